/// A problem in Arabic: the same facts as `Problem.message` and `Problem.hint`, one case
/// at a time (the switch is exhaustive, so a new problem cannot go without its Arabic).
/// Quoted file syntax (`'## Goals'`, `'- otherwise: …'`, `T+45m`), keys, ids and values
/// from the file stay as they are written: they are what the author types.
extension Problem {
    /// The message in `language`.
    public func message(_ language: Language) -> String {
        language == .ar ? arabicMessage : message
    }

    /// The hint in `language`, when there is one.
    public func hint(_ language: Language) -> String? {
        language == .ar ? arabicHint : hint
    }

    var arabicMessage: String {
        let d = ProblemDetail.arabic
        switch self {
        case .invalidUTF8(let offset):
            return "الملف ليس بترميز UTF-8 صالح (أول بايت خاطئ عند الموضع \(offset))"
        case .nulByte(let offset):
            return "في الملف بايت صفري (الموضع \(offset))؛ فهو ليس ملفاً نصياً"
        case .fileTooLarge(let bytes, let limit):
            return "حجم الملف \(bytes) بايت، والحد الأقصى \(limit)"
        case .lineTooLong(let characters, let limit):
            return "طول السطر \(characters) حرفاً، والحد الأقصى \(limit)"
        case .unterminatedComment:
            return "تعليق فُتح بـ '<!--' ولم يُغلق"
        case .unreadableFile(let reason):
            return "تعذّرت قراءة الملف: \(d(reason))"
        case .referenceNotFound(let key, let value):
            return (key == "plan" ? "ملف الخطة" : "ملف السياسة") + " '\(value)' غير موجود، أو تعذّرت قراءته"
        case .emptyFile:
            return "الملف فارغ"
        case .missingTitle:
            return "لا يوجد في الملف سطر عنوان ('# Title')"
        case .missingKey(let key):
            return "المفتاح المطلوب '\(key)' غير موجود"
        case .unknownKey(let key, _), .titleAsKey(let key):
            return "مفتاح غير معروف '\(key)'"
        case .duplicateKey(let key, let firstLine):
            return "'\(key)' مذكور مرتين (أول مرة في السطر \(firstLine))"
        case .invalidValue(let key, let value, let expected):
            return "'\(value)' ليست قيمة صالحة لـ '\(key)'؛ المتوقع: \(d(expected))"
        case .inferredMove(let goal, let move):
            return "الهدف '\(goal)' بلا 'move:'؛ فيُحكم عليه بالحركة '\(move)'"
        case .invalidIdentifier(let id):
            return "'\(id)' ليس معرّفاً صالحاً؛ استخدم حروفاً لاتينية صغيرة وأرقاماً وشَرطات"
        case .unexpectedText(let context):
            return "النص \(d(context)) مُهمَل"
        case .frontMatterFence:
            return "السطر '---' مُهمَل: ملفات منبر لا تحيط مفاتيحها بفواصل"
        case .keyWithoutColon(let key, let value):
            return "'\(key) \(value)' لم يُقرأ: المفتاح يحتاج إلى نقطتين (:)"
        case .unknownSection(let name, _, _):
            return "قسم غير معروف '\(name)'؛ ومحتواه مُهمَل"
        case .duplicateSection(let name, let firstLine):
            return "القسم '\(name)' مكرر (أول مرة في السطر \(firstLine))؛ وتُدمج بنوده"
        case .missingSection(let name):
            return "القسم '\(name)' غير موجود"
        case .malformedItem(let section, let expected):
            return "تعذّرت قراءة هذا البند (\(d(section)))؛ المتوقع: \(d(expected))"
        case .emptyItem(let section):
            return "هذا البند (\(d(section))) فارغ"
        case .unknownNeed(let need, _):
            return "نوع دليل غير معروف '\(need)'"
        case .unknownMove(let move, _):
            return "حركة غير معروفة '\(move)'"
        case .unknownVerdict(let verdict, _):
            return "حكم غير معروف '\(verdict)'"
        case .invalidNumber(let text):
            return "'\(text)' ليس رقماً"
        case .numberOutOfRange(let key, let value, let lowest, let highest):
            return "'\(key): \(value)' خارج النطاق؛ يجب أن تكون قيمة \(key) بين \(lowest) و\(highest)"
        case .strayByteOrderMark:
            return "علامة ترتيب بايتات غير مرئية (U+FEFF) داخل الملف؛ تم تجاهلها"
        case .sectionNeedsBeat(let name):
            return "'\(name)' يخص مرحلة في سيناريو ذي مراحل"
        case .beatSectionLevel(let name):
            return "'\(name)' بمستوى عنوان خاطئ"
        case .tooMany(let what, let count, let limit):
            return "العدد \(count) (\(d(what)))؛ والحد الأقصى \(limit)"
        case .invalidCondition(let reason):
            return "شرط غير صالح: \(d(reason))"
        case .unknownScore(let name, _):
            return "درجة غير معروفة '\(name)'"
        case .otherwiseNotLast(let section):
            return "يجب أن يكون 'otherwise' آخر بند في \(d(section))؛ فالبنود بعده لا تنطبق أبداً"
        case .missingOtherwise(let section):
            return "ليس في \(d(section)) بند 'otherwise'، فبعض المنشورات لا تلقى أي استجابة"
        case .unknownBeat(let id, _):
            return "لا توجد مرحلة باسم '\(id)'"
        case .duplicateBeat(let id, let firstLine):
            return "المرحلة '\(id)' معرّفة مرتين (أول مرة في السطر \(firstLine))"
        case .duplicateObjective(let id, let firstLine):
            return "الهدف '\(id)' معرّف مرتين (أول مرة في السطر \(firstLine))"
        case .malformedBeatHeading:
            return "عنوان المرحلة هذا بلا معرّف؛ المتوقع '## Beat ID: Title'"
        case .invalidTime(let text):
            return "'\(text)' ليس وقتاً محاكىً"
        case .duplicateID(let id, let otherPath):
            return "معرّف السيناريو '\(id)' مستخدم في \(otherPath)"
        case .unreachableBeat(let id):
            return "لا يمكن الوصول إلى المرحلة '\(id)': لا تفرّع يقود إليها"
        case .conditionNeverHolds(let text):
            return "الشرط '\(text)' لا يتحقق أبداً"
        case .conditionShadowed(let text, let line):
            return "الشرط '\(text)' لا ينطبق أبداً: البند في السطر \(line) يطابق قبله دائماً"
        case .goalWithoutCues(let label):
            return "الهدف '\(label)' بلا كلمات دالة، فلا يمكن لأي منشور أن يحققه"
        case .duplicateGoal(let label, let firstLine):
            return "الهدف '\(label)' مذكور مرتين في هذه المرحلة (أول مرة في السطر \(firstLine))، فيُنبَّه المنشور الذي يفوته مرتين"
        case .goalInOtherLanguage(let label, let language):
            return "كلمات الهدف '\(label)' الدالة كلها \(language == .ar ? "إنجليزية" : "عربية")، فلا تستطيع مسودة \(language == .ar ? "عربية" : "إنجليزية") أن تحققه"
        case .noExamples:
            return "ليس في السيناريو قسم Examples، فلا شيء يختبره"
        case .reactionNotExercised(let text):
            return "لا منشور من الأمثلة يستدعي ردّ الفعل '\(text)'"
        case .exampleVerdictMismatch(let expected, let actual, let reasons):
            return "هذا المثال موسوم بـ '\(expected)' لكن نتيجته '\(actual)'"
                + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: "؛ ") + ")")
        case .unknownRule(let id, _):
            return "لا توجد قاعدة باسم '\(id)'"
        case .unknownConditionRule(let id, _, let isFamily):
            return isFamily ? "لا قاعدة تنتمي إلى العائلة '\(id)'، فهذا الشرط لا يتحقق أبداً"
                : "لا توجد قاعدة باسم '\(id)'، فهذا الشرط لا يتحقق أبداً"
        case .operatorTypo(let written, _):
            return "'\(written)' ليست علامة مقارنة"
        case .indentedListMarker(let indent):
            return "يبدأ هذا البند بعد \(d(indent))؛ فيُقرأ بنداً جديداً"
        case .continuationIndent:
            return "هذا السطر مُزاح بمسافة واحدة، فلا يبدأ بنداً ولا يُكمل البند الذي فوقه"
        case .missingTime(let beat):
            return "المرحلة '\(beat)' بلا سطر 'at:'، فتظهر عند T+0"
        case .timeRunsBackwards(let from, let fromTime, let to, let toTime):
            return "الوقت يعود إلى الوراء: المرحلة '\(from)' عند \(fromTime) تقود إلى المرحلة '\(to)' عند \(toTime)"
        case .loopsBack(let to, let isStart):
            return isStart ? "هذا التفرّع يعود إلى المرحلة الأولى '\(to)'، فيمكن أن يبدأ السيناريو من جديد بلا نهاية"
                : "هذا التفرّع يعود إلى مرحلته '\(to)'، فيمكن أن يتكرر السيناريو بلا نهاية"
        case .branchNotExercised(let text):
            return "لا منشور من الأمثلة يسلك التفرّع '\(text)'"
        case .unknownStateName(let name, _):
            return "'\(name)' غير معرّف في '## State'"
        case .overridesBundled(let id, let bundledPath):
            return "السيناريو '\(id)' يحل محل السيناريو المرفق (\(bundledPath))"
        }
    }

    var arabicHint: String? {
        func didYouMean(_ suggestion: String) -> String { "هل تقصد '\(suggestion)'؟" }
        switch self {
        case .invalidValue(_, _, Problem.insideTheScenarioFolder):
            return "الملف خارج المجلد المقروء: افحص المجلد الذي يضم الاثنين أو تدرّب عليه (المجلد الأعلى مثلاً)"
        case .unknownConditionRule(_, let suggestion, let isFamily):
            if let suggestion { return didYouMean(suggestion) }
            return isFamily ? "العائلات هي tone.* و policy.* و goal.* و platform.* و plan.* و style.*؛ ويعرض 'minbar rules' كل القواعد"
                : "يعرض 'minbar rules' كل معرّفات القواعد"
        case .operatorTypo(_, let suggestion):
            return (suggestion.map { didYouMean($0) + " " } ?? "") + "علامات المقارنة هي < و <= و > و >= و == و !="
        case .indentedListMarker:
            return "اكتب '- ' في بداية السطر (أو بعد مسافة واحدة) لبند جديد؛ والسطر المُزاح بمسافتين أو أكثر (وتُحسب الجدولة أربعاً) يُكمل البند الذي فوقه"
        case .continuationIndent:
            return "أزِح سطر التكملة بمسافتين أو أكثر (وتُحسب الجدولة أربعاً)، أو ابدأ بنداً جديداً بـ '- ' في بداية السطر"
        case .missingTime:
            return "أضف 'at: T+45m' (أو T+0 أو T+3h أو T+1d أو T+1h30m) تحت عنوان المرحلة"
        case .timeRunsBackwards:
            return "امنح المرحلة اللاحقة 'at:' أبعد، أو وجّه التفرّع إلى مرحلة تأتي بعدها"
        case .loopsBack:
            return "وجّه التفرّع إلى مرحلة لاحقة أو إلى 'end'"
        case .branchNotExercised:
            return "أضف منشوراً مثالاً يسلك هذا التفرّع، أو احذفه"
        case .unknownStateName(_, let suggestion):
            if let suggestion { return didYouMean(suggestion) }
            return "عرّفه تحت '## State'، مثل '- trust: 0' أو '- lawyer-called: no'"
        case .overridesBundled:
            return "هذا هو الغرض من نسخة المدرّب؛ غيّر معرّفها للإبقاء على الاثنين"
        case .titleAsKey:
            return "العنوان ليس مفتاحاً: اكتبه في سطر العنوان الأول في الملف، '# Title'"
        case .frontMatterFence:
            return "ابدأ الملف بسطر العنوان '# Title'، وضع أسطر 'key: value' تحته مباشرة"
        case .keyWithoutColon(let key, let value):
            return didYouMean("\(key): \(value)")
        case .unknownNeed(_, let suggestion):
            return suggestion.map(didYouMean) ?? "أنواع الأدلة هي: " + EvidenceNeed.allCases.map { "'\($0.rawValue)'" }.joined(separator: "، ")
        case .unknownMove(_, let suggestion):
            return suggestion.map(didYouMean) ?? "الحركات هي: " + Move.allCases.map { "'\($0.rawValue)'" }.joined(separator: "، ")
        case .unknownKey(_, let suggestion),
            .unknownVerdict(_, let suggestion), .unknownScore(_, let suggestion),
            .unknownBeat(_, let suggestion), .unknownRule(_, let suggestion):
            return suggestion.map(didYouMean)
        case .unknownSection(_, let suggestion, let allowed):
            if let suggestion { return didYouMean(suggestion) }
            return "الأقسام هي: " + allowed.joined(separator: "، ")
        case .emptyFile:
            return "ابدأ بـ '# ' وعنوان، ثم المفاتيح ('id:' و'kind:' …)؛ ويعرض قسم 'Scenario format' في 'README' ملفاً كاملاً"
        case .missingTitle:
            return "ابدأ الملف بـ '# ' ثم عنوان السيناريو"
        case .invalidIdentifier:
            return "مثلاً 'crisis-data-breach'"
        case .invalidUTF8:
            return "احفظ الملف بترميز UTF-8"
        case .unterminatedComment:
            return "أغلقه بـ '-->'"
        case .strayByteOrderMark:
            return "تنتج عادة عن دمج ملفين؛ احذفها (لا تظهر في معظم المحررات)"
        case .malformedBeatHeading:
            return "اكتب معرّف المرحلة بعد 'Beat' وعنوانها بعد ':'، مثل '## Beat regulator-calls: اتصال الهيئة'"
        case .malformedItem:
            return "يبدأ البند بـ '- ' في أول السطر، ويأتي عنوانه قبل ':'"
        case .invalidTime:
            return "اكتب T+0 أو T+45m أو T+3h أو T+1d أو T+1h30m"
        case .sectionNeedsBeat(let name):
            return "انقل '\(name)' تحت عنوان '## Beat ID: Title' بصيغة '### \(name)'"
        case .beatSectionLevel(let name):
            return "داخل المرحلة اكتب '### \(name)'؛ وخارج المراحل اكتب '## \(name)'"
        case .unreachableBeat:
            return "أضف إليها تفرّعاً، أو احذفها"
        case .duplicateID:
            return "يجب أن تكون المعرّفات فريدة في كل مجلدات السيناريوهات"
        case .goalWithoutCues:
            return "اكتب '- label: term, term' بالكلمات التي يستخدمها منشور جيد"
        case .duplicateGoal:
            return "اجمع كلمات السطرين الدالة في هدف واحد، أو أعطِ كل هدف اسماً مختلفاً"
        case .goalInOtherLanguage(_, let language):
            return "أضف الكلمات التي يستخدمها منشور \(language == .ar ? "عربي" : "إنجليزي") جيد، أو اجعل 'language:' لغة الأهداف"
        case .inferredMove(_, let move):
            return "اكتب '| move: \(move)' للإبقاء عليها، أو سمِّ حركة أخرى (" + Move.allCases.map(\.rawValue).joined(separator: "، ") + ")"
        case .noExamples:
            return "أضف '## Examples' فيه منشورات '- ready: …' و'- revise: …' و'- blocked: …'"
        case .missingOtherwise:
            return "اختم القائمة بـ '- otherwise: …'"
        case .invalidCondition:
            return "مثلاً 'alignment >= 80' أو 'finding policy.mnpi' أو 'verdict blocked'"
        default:
            return nil
        }
    }
}

/// The details parsers pass as text (what was expected, where text was found, why a
/// condition failed) in Arabic. Quoted syntax inside them stays as written; a detail not
/// listed here is shown as the parser wrote it.
enum ProblemDetail {
    static func arabic(_ text: String) -> String {
        if let fixed = phrases[text] { return fixed }
        for (prefix, arabic) in prefixes where text.hasPrefix(prefix) {
            return arabic + arabicList(String(text.dropFirst(prefix.count)))
        }
        if text.hasSuffix(" (a second title)") { return String(text.dropLast(" (a second title)".count)) + " (عنوان ثانٍ)" }
        if text.hasPrefix("unexpected '") { return "'" + text.dropFirst("unexpected '".count) + " غير متوقع" }
        if text.hasPrefix("scores run from 0 to 100, not ") { return "الدرجات من 0 إلى 100، لا " + text.dropFirst("scores run from 0 to 100, not ".count) }
        if text.hasSuffix(" is out of range") { return String(text.dropLast(" is out of range".count)) + " خارج النطاق" }
        if text.hasPrefix("expected <, <=, >, >=, == or != after ") {
            return "المتوقع < أو <= أو > أو >= أو == أو != بعد " + text.dropFirst("expected <, <=, >, >=, == or != after ".count)
        }
        if text.hasPrefix("'"), text.contains("' needs a comparison, such as '") {
            let parts = text.components(separatedBy: "' needs a comparison, such as '")
            return parts[0] + "' يحتاج إلى مقارنة، مثل '" + parts[1]
        }
        if text.hasPrefix("nested more than ") { return "التداخل أعمق من " + text.dropFirst("nested more than ".count).replacingOccurrences(of: " deep", with: " مستوى") }
        if text.hasPrefix("longer than ") { return "أطول من " + text.dropFirst("longer than ".count).replacingOccurrences(of: " words and symbols", with: " كلمة ورمزاً") }
        if text.hasSuffix(" spaces"), let count = Int(text.dropLast(" spaces".count)) { return "\(count) مسافات" }
        if text.hasPrefix("items in ") { return "البنود في " + text.dropFirst("items in ".count) }
        return text
    }

    /// `a, b or c` → `a، b أو c`.
    static func arabicList(_ text: String) -> String {
        text.replacingOccurrences(of: ", ", with: "، ").replacingOccurrences(of: " or ", with: " أو ")
    }

    static let prefixes: [(String, String)] = [("one of ", "أحد القيم: "), ("a whole number from ", "عدد صحيح من "),
                                               ("a date after 'awarded' ", "تاريخ بعد تاريخ المنح 'awarded' ")]

    static let phrases: [String: String] = [
        // Where text was found.
        "outside any section": "خارج أي قسم",
        "before the title": "قبل العنوان",
        // What was expected.
        "a day as YYYY-MM-DD": "يوم بصيغة YYYY-MM-DD",
        "a date YYYY-MM-DD": "تاريخ بصيغة YYYY-MM-DD",
        "a duration such as 15m, 1h or 1h30m": "مدة مثل 15m أو 1h أو 1h30m",
        "1, 2 or 3": "1 أو 2 أو 3",
        "off, error, warning or note": "off أو error أو warning أو note",
        "weekly, monthly or quarterly": "weekly أو monthly أو quarterly",
        "yes or no": "yes أو no",
        "a file inside the scenario's folder": "ملف داخل مجلد السيناريو",
        "'2027-01-01 to 2027-06-30' or 'Q1-Q2 2027'": "'2027-01-01 to 2027-06-30' أو 'Q1-Q2 2027'",
        // Why a condition cannot be read.
        "the condition is empty": "الشرط فارغ",
        "the condition ends too early": "الشرط ينتهي قبل أوانه",
        "missing ')'": "ينقص ')'",
        "'otherwise' cannot be combined with other conditions": "لا يُجمع 'otherwise' مع شروط أخرى",
        "'any' needs a test, such as 'any finding policy.*'": "يحتاج 'any' إلى اختبار، مثل 'any finding policy.*'",
        "'average' needs a score, such as 'average overall >= 70'": "يحتاج 'average' إلى درجة، مثل 'average overall >= 70'",
        "'finding' needs a rule id, such as 'finding policy.mnpi'": "يحتاج 'finding' إلى معرّف قاعدة، مثل 'finding policy.mnpi'",
        "'verdict' needs ready, revise or blocked": "يحتاج 'verdict' إلى ready أو revise أو blocked",
        "expected a number from 0 to 100": "المتوقع رقم من 0 إلى 100",
        "expected a whole number": "المتوقع عدد صحيح",
        // What a count is of, and which kind of item.
        "lines": "الأسطر", "beats": "المراحل",
        "goals": "بند أهداف", "goal": "بند هدف", "avoid": "بند تجنّب", "fact": "بند حقيقة", "facts": "بند حقائق",
        "example": "بند مثال", "examples": "بند أمثلة", "state": "بند حالة", "reaction": "بند ردّ فعل", "reactions": "قسم ردود الفعل",
        "branch": "بند تفرّع", "branches": "قسم التفرّعات", "quiet period": "بند فترة صمت",
        "disclaimer": "بند إخلاء مسؤولية", "figure": "بند رقم", "rating": "بند تصنيف",
        "Reactions": "القسم 'Reactions'", "Branches": "القسم 'Branches'",
        "a tab": "جدولة", "permission denied": "الإذن مرفوض",
    ]
}
