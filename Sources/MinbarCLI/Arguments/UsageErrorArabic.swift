import Foundation
import MinbarCore

/// A usage error in the interface's language. The frame is translated case by case (the
/// switch is exhaustive, so a new error cannot go without its Arabic); the details the
/// commands pass (what a value should be, what is missing) go through `UsageDetail`.
/// Option names, paths and values the person typed stay as they are.
extension UsageError {
    public func message(_ language: Language) -> String {
        guard language == .ar else { return message }
        let d = UsageDetail.arabic
        switch self {
        case .unknownCommand(let name, _): return "أمر غير معروف '\(name)'"
        case .unknownOption(let name, let command, _): return "الخيار '\(name)' غير معروف للأمر '\(command)'"
        case .missingValue(let option): return "الخيار '\(option)' يحتاج إلى قيمة"
        case .unexpectedValue(let option): return "الخيار '\(option)' لا يأخذ قيمة"
        case .unexpectedArgument(let argument, let command): return "الأمر '\(command)' لا يأخذ الوسيط '\(argument)'"
        case .invalidValue(let option, let value, let expected): return "'\(value)' ليست قيمة صالحة لـ \(option)؛ المتوقع: \(d(expected))"
        case .missingArgument(let what, let command): return "الأمر '\(command)' يحتاج إلى \(d(what))"
        case .fileNotFound(let path): return "\(path): لا يوجد ملف أو مجلد بهذا الاسم"
        case .postGivenAsFile(let text): return "'\(text.prefix(40))\(text.count > 40 ? "…" : "")' ليس ملفاً"
        case .unreadable(let path, let reason): return "\(path): \(d(reason))"
        case .unknownScenario(let id, _): return "لا يوجد سيناريو باسم '\(id)'"
        case .optionWithOperand(let option, let operand, let name): return "لا يُستعمل \(option) مع \(name) ('\(operand)') معاً"
        }
    }

    public func hint(_ language: Language) -> String? {
        guard language == .ar else { return hint }
        switch self {
        case .unknownCommand(_, let suggestion), .unknownOption(_, _, let suggestion), .unknownScenario(_, let suggestion):
            return suggestion.map { "هل تقصد '\($0)'؟" }
        case .postGivenAsFile:
            return "لتقييم هذه الكلمات منشوراً، مرّرها مع --text \"…\"، أو عبر الإدخال: echo \"…\" | minbar score"
        case .optionWithOperand(let option, _, let name):
            return "أعطِ أحدهما فقط: \(option) … أو \(name)"
        default:
            return nil
        }
    }
}

/// The details commands write into usage errors, in Arabic: whole phrases first, then
/// phrases with numbers or lists in them. A detail it does not know is shown as written.
enum UsageDetail {
    static let phrases: [String: String] = [
        "YYYY-MM-DD": "تاريخ بصيغة YYYY-MM-DD",
        "a day as YYYY-MM-DD": "يوم بصيغة YYYY-MM-DD",
        "a file inside the scenario's folder": "ملف داخل مجلد السيناريو",
        "a whole number, 0 or more": "عدد صحيح، صفر أو أكثر",
        "ar or en": "ar أو en",
        "bash, zsh or fish": "bash أو zsh أو fish",
        "en, ar or any": "en أو ar أو any",
        "gregorian or islamic": "gregorian أو islamic",
        "md, html or csv": "md أو html أو csv",
        "md, html, json or csv": "md أو html أو json أو csv",
        "text or json": "text أو json",
        "a JSON export to read": "ملف تصدير JSON لقراءته",
        "a rule id (see 'minbar rules')": "معرّف قاعدة (انظر 'minbar rules')",
        "JSON exports (files or folders)": "ملفات تصدير JSON (ملفات أو مجلدات)",
        "a shell: bash, zsh or fish": "صدفة أوامر: bash أو zsh أو fish",
        "at least one readable JSON export": "ملف تصدير JSON واحد مقروء على الأقل",
        "--scenario with --beat": "--scenario مع --beat",
        "a post to score (in FILE or on standard input)": "منشورٍ لتقييمه (في FILE أو على المدخل القياسي)",
        "is a folder; score reads one post from a file (or --jsonl for many)": "مجلد، والأمر score يقرأ منشوراً واحداً من ملف (أو عدة منشورات مع ‎--jsonl‎)",
        "cannot list the folder": "تعذّر سرد محتوى المجلد",
        "is larger than a post may be (1 MiB, 1048576 bytes)": "أكبر مما يُسمح به للمنشور (1 ميبيبايت، أي 1048576 بايت)",
        "is not UTF-8 text here; score reads a post written as text": "ليس نصاً بترميز UTF-8 في هذا الموضع، والأمر score يقرأ منشوراً مكتوباً نصاً",
        "holds a NUL byte here; score reads a post written as text": "فيه بايت NUL في هذا الموضع، والأمر score يقرأ منشوراً مكتوباً نصاً",
        "cannot read the file": "تعذّرت قراءة الملف",
        "not a JSON object with a string \"text\"": "ليس كائن JSON فيه نص \"text\"",
        "no posts": "لا منشورات فيه",
        "is a file, not a folder for profiles": "ملف وليس مجلداً للملفات الشخصية",
    ]

    /// Phrases that carry a number, a list or a path: the English lead-in and its Arabic.
    static let leads: [(String, String)] = [
        ("a whole number from ", "عدد صحيح من "),
        ("at most ", "على الأكثر "),
        ("a .plan.md file or a bundled plan: ", "ملف ‎.plan.md‎ أو خطة مضمّنة: "),
        ("a plan: --plan FILE or a bundled id (", "خطة: ‎--plan FILE‎ أو معرّف خطة مضمّنة ("),
        ("a profile with saved practice in ", "ملف شخصي فيه تدريب محفوظ في "),
        ("one of ", "واحد من "),
        ("letters, digits, '-', '_' or '.', at most ", "حروف أو أرقام أو '-' أو '_' أو '.'، على الأكثر "),
        ("larger than ", "أكبر من "),
        ("the plan has errors", "في الخطة أخطاء"),
        ("the scenario names it, and it has errors ", "يسمّيه السيناريو، وفيه أخطاء "),
        ("the policy has errors (run ", "في السياسة أخطاء (شغّل "),
        ("the scenario has errors (run ", "في السيناريو أخطاء (شغّل "),
        ("not a Minbar JSON export: ", "ليس ملف تصدير JSON من Minbar: "),
        ("schema version ", "إصدار المخطط "),
        ("attempt ", "المحاولة "),
    ]

    static func arabic(_ detail: String) -> String {
        if let whole = phrases[detail] { return whole }
        var text = detail
        var known = detail.first?.isNumber ?? false
        for (english, arabic) in leads where text.hasPrefix(english) {
            text = arabic + text.dropFirst(english.count)
            known = true
            break
        }
        // The system's own words (a reason from the file system) stay as written.
        guard known else { return detail }
        // Numbers with their English units and connectives.
        return text
            .replacingOccurrences(of: " bytes", with: " بايت")
            .replacingOccurrences(of: " to ", with: " إلى ")
            .replacingOccurrences(of: " or ", with: " أو ")
            .replacingOccurrences(of: "e.g. ", with: "مثلاً ")
    }
}
