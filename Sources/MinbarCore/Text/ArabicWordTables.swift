/// Forms of Arabic words that stripping affixes cannot join: broken plurals and
/// irregular forms (الدعاوى/الدعوى، أطنان/طن، وظائف/وظيفة) and Gulf and loanword
/// spellings (ميقابت/ميغابت/ميجابت، قوقل/جوجل). Curated for the vocabulary of the
/// rule lexicons and the bundled scenarios; each entry is written as people write it
/// and normalised once.
enum ArabicWordTables {
    /// Singular, then its plurals (and other irregular forms that mean the same word).
    static let brokenPlurals: [(String, [String])] = [
        ("دعوى", ["دعاوى"]), ("طن", ["أطنان"]), ("وظيفة", ["وظائف"]), ("مشروع", ["مشاريع"]), ("سهم", ["أسهم"]),
        ("عقد", ["عقود"]), ("منزل", ["منازل"]), ("عامل", ["عمال", "عمّال"]), ("أسرة", ["أسر"]), ("منفذ", ["منافذ"]),
        ("صهريج", ["صهاريج"]), ("مقعد", ["مقاعد"]), ("دقيقة", ["دقائق"]), ("رسالة", ["رسائل"]), ("يوم", ["أيام"]),
        ("شهر", ["أشهر", "شهور"]), ("عميل", ["عملاء"]), ("زميل", ["زملاء"]), ("سعر", ["أسعار"]), ("رقم", ["أرقام"]),
        ("ربح", ["أرباح"]), ("مصنع", ["مصانع"]), ("موقع", ["مواقع"]), ("فرع", ["فروع"]), ("حق", ["حقوق"]),
        ("طفل", ["أطفال"]), ("مريض", ["مرضى"]), ("مدينة", ["مدن"]), ("حي", ["أحياء"]), ("فحص", ["فحوص", "فحوصات"]),
        ("طبيب", ["أطباء"]), ("سؤال", ["أسئلة"]), ("قاعدة", ["قواعد"]), ("نتيجة", ["نتائج"]), ("منطقة", ["مناطق"]),
        ("مبلغ", ["مبالغ"]), ("مورد", ["موارد"]), ("شريك", ["شركاء"]), ("خبر", ["أخبار"]), ("رأي", ["آراء"]),
        ("ابن", ["أبناء"]), ("أخ", ["إخوة", "إخوان"]), ("صديق", ["أصدقاء"]), ("عضو", ["أعضاء"]), ("وزير", ["وزراء"]),
        ("مدير", ["مدراء"]), ("رئيس", ["رؤساء"]), ("خطأ", ["أخطاء"]), ("جزء", ["أجزاء"]), ("سبب", ["أسباب"]),
        ("هدف", ["أهداف"]), ("شخص", ["أشخاص"]), ("مال", ["أموال"]), ("سوق", ["أسواق"]), ("بيت", ["بيوت"]),
        ("طريق", ["طرق"]), ("درس", ["دروس"]), ("تقرير", ["تقارير"]), ("برنامج", ["برامج"]), ("مكتب", ["مكاتب"]),
        ("مصدر", ["مصادر"]), ("مجلس", ["مجالس"]), ("مركز", ["مراكز"]), ("مرحلة", ["مراحل"]), ("وسيلة", ["وسائل"]),
        ("فرصة", ["فرص"]), ("خطة", ["خطط"]), ("دولة", ["دول"]), ("بلد", ["بلاد", "بلدان"]), ("أسبوع", ["أسابيع"]),
        ("سنة", ["سنوات", "سنين"]), ("عام", ["أعوام"]), ("تفصيل", ["تفاصيل"]), ("بند", ["بنود"]), ("حد", ["حدود"]),
        ("شكوى", ["شكاوى"]), ("فتوى", ["فتاوى"]), ("نظام", ["أنظمة"]), ("قانون", ["قوانين"]), ("مشكلة", ["مشاكل"]),
        ("حل", ["حلول"]), ("وعد", ["وعود"]), ("عرض", ["عروض"]), ("قطعة", ["قطع"]), ("جهاز", ["أجهزة"]),
        ("دليل", ["أدلة"]), ("رابط", ["روابط"]), ("موعد", ["مواعيد"]), ("راتب", ["رواتب"]), ("طاقم", ["طواقم"]),
        ("فريق", ["فرق"]), ("قائد", ["قادة"]), ("عائلة", ["عوائل"]), ("ضحية", ["ضحايا"]), ("شاهد", ["شهود"]),
        ("قضية", ["قضايا"]), ("محكمة", ["محاكم"]), ("حكم", ["أحكام"]), ("مبدأ", ["مبادئ"]), ("قيمة", ["قيم"]),
        ("نجم", ["نجوم"]), ("شرط", ["شروط"]), ("خطر", ["أخطار", "مخاطر"]), ("نشاط", ["أنشطة"]), ("حقيبة", ["حقائب"]),
        ("وثيقة", ["وثائق"]), ("قسط", ["أقساط"]), ("ضريبة", ["ضرائب"]), ("رسم", ["رسوم"]), ("عائد", ["عوائد"]),
        ("هامش", ["هوامش"]), ("صك", ["صكوك"]), ("ورقة", ["أوراق"]), ("نموذج", ["نماذج"]), ("صورة", ["صور"]),
        ("وسم", ["وسوم"]), ("حادث", ["حوادث"]), ("حريق", ["حرائق"]), ("ضرر", ["أضرار"]), ("مخزن", ["مخازن"]),
        ("مطعم", ["مطاعم"]), ("مدرسة", ["مدارس"]), ("طالب", ["طلاب", "طلبة"]), ("دكتور", ["دكاترة"]), ("منحة", ["منح"]),
        ("سكن", ["مساكن"]), ("أرض", ["أراضي", "أراض"]), ("مبنى", ["مباني"]), ("شارع", ["شوارع"]), ("جسر", ["جسور"]),
        ("خط", ["خطوط"]), ("فاتورة", ["فواتير"]), ("ميزة", ["مزايا"]), ("هدية", ["هدايا"]), ("جائزة", ["جوائز"]),
        ("إجراء", ["إجراءات"]), ("مستشفى", ["مستشفيات"]), ("مستوى", ["مستويات"]), ("شائعة", ["شائعات", "إشاعات"]),
        ("إشاعة", ["إشاعات"]), ("معلومة", ["معلومات"]), ("منتج", ["منتجات"]), ("مسؤول", ["مسؤولون", "مسؤولين"]),
        ("حساب", ["حسابات"]), ("تحويل", ["تحويلات"]), ("طلب", ["طلبات"]), ("ملف", ["ملفات"]), ("قرار", ["قرارات"]),
        ("شاحنة", ["شواحن"]), ("أداة", ["أدوات"]), ("عبوة", ["عبوات"]), ("غرفة", ["غرف"]), ("كلمة", ["كلمات"]),
        ("سلعة", ["سلع"]), ("جهة", ["جهات"]), ("ساعة", ["ساعات"]), ("لجنة", ["لجان"]), ("وجبة", ["وجبات"]),
        ("صفقة", ["صفقات"]), ("أزمة", ["أزمات"]), ("كارثة", ["كوارث"]), ("مناسبة", ["مناسبات"]), ("حاجة", ["حاجات"]),
        // People an official post speaks of, and what it says about them.
        ("أجنبي", ["أجانب"]), ("رجل", ["رجال", "رياجيل"]), ("امرأة", ["نساء", "نسوان"]),
        ("شاب", ["شباب"]), ("فتاة", ["فتيات"]), ("ولد", ["أولاد", "عيال"]), ("شيخ", ["شيوخ", "مشايخ"]),
        ("أمير", ["أمراء"]), ("تاجر", ["تجار", "تجّار"]), ("خبير", ["خبراء"]), ("سفير", ["سفراء"]), ("جار", ["جيران"]),
        ("مالك", ["ملاك", "ملّاك"]), ("صاحب", ["أصحاب"]), ("قبيلة", ["قبائل"]), ("طائفة", ["طوائف"]), ("مذهب", ["مذاهب"]),
        ("كبير", ["كبار"]), ("صغير", ["صغار"]), ("فقير", ["فقراء"]), ("غني", ["أغنياء"]), ("ضعيف", ["ضعفاء"]),
        ("يتيم", ["أيتام"]), ("أرملة", ["أرامل"]), ("مسكين", ["مساكين"]), ("عدو", ["أعداء"]), ("ناقد", ["نقاد", "نقّاد"]),
        ("كسول", ["كسالى"]), ("جاهل", ["جهلة", "جهال", "جهّال"]), ("كذبة", ["أكاذيب"]), ("حقيقة", ["حقائق"]),
        ("قتيل", ["قتلى"]), ("جريح", ["جرحى"]), ("غريق", ["غرقى"]), ("ميت", ["أموات", "موتى"]), ("أسير", ["أسرى"]),
        ("مرض", ["أمراض"]), ("دواء", ["أدوية"]), ("جرح", ["جروح"]), ("تهمة", ["تهم"]), ("جريمة", ["جرائم"]),
        // Money, markets and institutions.
        ("بنك", ["بنوك"]), ("مصرف", ["مصارف"]), ("قرض", ["قروض"]), ("أصل", ["أصول"]), ("صندوق", ["صناديق"]),
        ("حصة", ["حصص"]), ("رمز", ["رموز"]), ("قناة", ["قنوات"]), ("لائحة", ["لوائح"]), ("تعميم", ["تعاميم"]),
        ("قسم", ["أقسام"]), ("ميناء", ["موانئ"]), ("رصيف", ["أرصفة"]), ("سفينة", ["سفن"]), ("تذكرة", ["تذاكر"]),
        ("بضاعة", ["بضائع"]), ("سيل", ["سيول"]), ("زلزال", ["زلازل"]), ("عاصفة", ["عواصف"]), ("إعصار", ["أعاصير"]),
        ("بئر", ["آبار"]), ("نهر", ["أنهار"]), ("وادي", ["أودية"]), ("رؤية", ["رؤى"]), ("شهادة", ["شهادات"]),
    ]

    /// Gulf, dialect and loanword spellings, then the spelling they are filed under.
    static let spellings: [(String, [String])] = [
        ("انستغرام", ["انستقرام", "انستجرام", "إنستغرام", "إنستقرام", "انستاغرام", "انستاجرام"]),
        ("جوجل", ["قوقل", "غوغل", "جوغل", "غوجل"]), ("واتساب", ["وتساب", "واتس", "واتسآب"]),
        ("تيليجرام", ["تلغرام", "تليغرام", "تيليغرام", "تلجرام", "تليجرام"]), ("إنترنت", ["انترنيت", "إنترنيت"]),
        ("فيديو", ["فديو", "فيدو"]), ("تكنولوجيا", ["تكنلوجيا", "تكنولوجيه"]), ("أوكسجين", ["أكسجين"]),
        ("ماجستير", ["ماجيستير"]), ("كمبيوتر", ["كومبيوتر"]), ("إيميل", ["إيمايل", "ايمل"]), ("تويتر", ["توتير"]),
        ("فيسبوك", ["فيس بوك", "فيسبوك"]), ("سناب", ["سناب شات", "سنابشات"]),
        ("دكتور", ["دكتورة"]), ("ليش", ["لويش"]), ("الحين", ["الحينه", "ذحين"]),
    ]

    /// Words whose ال or first letter is part of the word, not a clitic: الحين ("now")
    /// is not حين ("when"), الآن is not أن.
    static let lexicalised: WordSet = [
        "الحين", "اللي", "الله", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "الان", "الا", "الي", "الى", "اللهم",
    ].reduce(into: []) { $0.insert(TextNormalizer.normalize($1)) }

    static func isLexicalised(_ word: [Unicode.Scalar]) -> Bool {
        guard word.count <= 6, word.first == "\u{0627}" else { return false }
        return lexicalised.contains(letters: word[...])
    }

    /// Two-letter nouns that take suffixes and tanween like longer ones (حقكم، رداً).
    static let shortNouns: WordSet = ["حق", "رد", "حل", "دم", "اب", "اخ", "يد", "عم", "خط", "حد", "سن", "فم", "شك", "كل"]

    static func isShortNoun(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        guard letters.count == 2 else { return false }
        return shortNouns.contains(letters: letters)
    }

    /// Normalised form → the normalised form it is filed under.
    static let canonical: [String: String] = {
        var table: [String: String] = [:]
        for (base, others) in brokenPlurals + spellings {
            let target = TextNormalizer.normalize(base)
            for other in others { table[TextNormalizer.normalize(other)] = target }
        }
        return table
    }()

    /// `canonical`'s plain keys (`PlainText`) as a `WordSet` (read by bytes, with a hash
    /// far cheaper than `Hasher`'s) and each one's target, at the key's place in the set;
    /// nil when one of its keys is not plain but could equal a plain one, so bytes would
    /// not decide.
    static let canonicalByBytes: (keys: WordSet, targets: [String])? = {
        var keys = WordSet(), targets: [String] = []
        for (key, target) in canonical {
            if PlainText.isPlain(key) {
                keys.insert(key)
                targets.append(target)
            } else if PlainText.couldEqualPlain(key) {
                return nil
            }
        }
        return (keys, targets)
    }()

    /// `canonicalByBytes`' targets as UTF-8 bytes, in the same order.
    static let canonicalTargetBytes: [[UInt8]] = canonicalByBytes.map { $0.targets.map { Array($0.utf8) } } ?? []

    /// `canonical[key]`, found by the key's bytes when they decide (the same answer
    /// without hashing the key's normalised form).
    static func canonicalTarget(_ key: String) -> String? { canonicalTarget(key, plain: PlainText.isPlain(key)) }

    /// `canonicalTarget(_:)` of a key whose plainness (`PlainText.isPlain`) is known.
    static func canonicalTarget(_ key: String, plain: Bool) -> String? {
        if let table = canonicalByBytes, plain { return table.keys.index(of: key).map { table.targets[$0] } }
        return canonical[key]
    }

    /// Loanword prefixes whose ج is written ق، غ or ك in the Gulf: ميقابت، غيغابايت.
    static let prefixSpellings: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("ميقا", "ميجا"), ("ميغا", "ميجا"), ("ميكا", "ميجا"), ("قيقا", "جيجا"), ("غيغا", "جيجا"), ("جيغا", "جيجا"), ("كيكا", "جيجا"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// The first letters of `prefixSpellings`: a key that starts with none of them (nearly
    /// every key) is answered without reading it into an array.
    /// A short array, searched in order: cheaper than a `Set`'s hash for five letters.
    static let prefixSpellingStarts: [Unicode.Scalar] = Array(Set(prefixSpellings.compactMap(\.0.first)))

    static func respell(_ key: String) -> String? {
        guard let first = key.firstScalar, prefixSpellingStarts.contains(first) else { return nil }
        let scalars = key.scalarArray
        for (from, to) in prefixSpellings where scalars.count > from.count && scalars.starts(with: from) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: to)
            view.append(contentsOf: scalars[from.count...])
            return String(view)
        }
        return nil
    }
}
