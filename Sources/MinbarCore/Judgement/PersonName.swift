/// Recognises a person's name written in Arabic, where names carry no capital letter.
///
/// A name is read from its shape, not looked up whole: a lineage (`X بن Y`، `X بنت Y`),
/// or a common given name followed by another given name or by a family name that ends
/// in the nisba ـي with the article (`فاطمة الحارثي`، `سعود الدوسري`). A given name on its
/// own is not enough: many are also ordinary words («سعيد» happy, «أمل» hope, «نور»
/// light), so those that are everyday words count only inside a lineage.
public enum PersonName {
    /// Given names common in the Gulf, written as `TextNormalizer` leaves them. The most
    /// common everyday words (سعيد، أمل، نور، حسن) are kept out; the rest count only before
    /// another name or a family name.
    static let givenNames: WordSet = WordSet([
        "محمد", "أحمد", "محمود", "عبدالله", "عبدالرحمن", "عبدالعزيز", "عبدالرحيم", "عبدالكريم", "عبدالمجيد", "عبدالملك",
        "عبدالمحسن", "عبداللطيف", "عبدالسلام", "عبدالحميد", "عبدالوهاب", "عبدالإله", "عبدالهادي", "عبدالناصر",
        "خالد", "فهد", "سعود", "سلطان", "فيصل", "تركي", "بندر", "ناصر", "حمد", "حمود", "حمدان", "راشد", "ماجد",
        "سليمان", "سلمان", "يوسف", "إبراهيم", "إسماعيل", "عمر", "عثمان", "حسين", "مصطفى", "طارق", "زياد",
        "مشعل", "نايف", "نواف", "متعب", "جاسم", "جابر", "حمزة", "هشام", "وليد", "يعقوب", "يحيى", "موسى",
        "عيسى", "هيثم", "مازن", "ياسر", "أنس", "عمار", "قاسم", "منصور", "حارب", "خلفان", "زايد",
        "خميس", "عوض", "مروان", "أيمن", "أسامة", "رائد", "غانم", "مرزوق", "ثامر", "عبيد",
        "فاطمة", "عائشة", "مريم", "خديجة", "زينب", "نورة", "سارة", "هند", "ليلى", "شيخة", "موزة", "منيرة",
        "العنود", "الجوهرة", "دانة", "عفراء", "رقية", "سلمى", "هيفاء", "نوال", "سميرة", "بدرية",
        "نادية", "رانيا", "دينا", "لمياء", "عبير", "منال", "غادة", "سعاد", "حليمة",
        // More names common in the Gulf that are no everyday word (not «وعد», «شهد», «حنان», «مالك», «يزيد»).
        "حارث", "مشاري", "تميم", "عمرو", "بسام", "تامر", "جاسر", "حازم", "خليفة", "ذياب", "زكريا", "سامر", "شادي", "عاصم", "عدنان",
        "فراس", "فواز", "قصي", "لؤي", "معاذ", "مهند", "نزار", "ياسين", "روان", "عبلة", "لبنى", "ميثاء", "نجلاء", "نوف",
    ].map(TextNormalizer.normalize))

    /// Given names that are also everyday words: a name only before a family name
    /// (`arabicName`). Not «علي»: folded it is «على» ("on"), and «على النادي» would read as
    /// a man called Ali Al-Nadi.
    static let ambiguousGivenNames: WordSet = WordSet([
        "سالم", "سعيد", "حسن", "سعد", "بدر", "سيف", "صالح", "عادل", "كريم", "جمال", "ماهر", "عامر", "مبارك", "وائل", "شريف",
        "نبيل", "رشيد", "حامد", "محسن", "هلال", "كمال", "أمين", "بلال", "عزيز", "فؤاد", "جميل", "فارس", "صقر", "منى", "هدى",
        "أمل", "نور", "وفاء", "سالمة", "صالحة", "جميلة", "عزيزة", "فرح",
    ].map(TextNormalizer.normalize))

    /// The everyday words among the names that are nouns, not adjectives («فرح» joy, «بدر»
    /// full moon, «سيف» sword), and «بلال», which is no word at all: right after a role
    /// («المريضة فرح», "the patient Farah") such a word is her name, where an adjective
    /// says how the person is («العميل سعيد», "the customer is happy"). Not «منى» or «هدى»:
    /// folded they are «مني» ("from me") and «هدي» ("guidance", "my guidance").
    static let nounGivenNames: WordSet = WordSet([
        "أمل", "نور", "وفاء", "فرح", "بدر", "سيف", "هلال", "صقر", "فارس", "جمال", "كمال", "بلال",
    ].map(TextNormalizer.normalize))

    /// The nouns among them that a person is said to have: «لدى المريض أمل كبير», «للمريض
    /// أمل» ("the patient has hope"). After a role word that says "has" they are not names.
    static let possessedNouns: WordSet = WordSet(["أمل", "نور", "وفاء"].map(TextNormalizer.normalize))

    /// Whether `word` (normalised), right after a role word such as «المريضة» or «زميلتنا»,
    /// is one of the everyday-noun names (`nounGivenNames`; a common given name is a name
    /// anywhere). `roleSaysHas` is whether the role word follows «لدى» or «عند» or carries
    /// «لـ» ("the patient has…"), where a name that is also a thing one has is that thing.
    public static func isNounNameAfterRole(_ word: String, roleSaysHas: Bool) -> Bool {
        nounGivenNames.contains(word) && !(roleSaysHas && possessedNouns.contains(word))
    }

    /// Words that begin a lineage: son of, daughter of.
    /// «ابنة» is left out: folded it is «ابنه» ("his son"), which any sentence may hold.
    static let lineage: WordSet = WordSet(["بن", "بنت", "ابن"].map(TextNormalizer.normalize))

    /// The tokens of a name that starts at `index`, or nil when none starts there.
    public static func arabicName(at index: Int, in tokens: [Token]) -> Range<Int>? {
        func word(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .word && tokens[i].isArabic }
        guard word(index) else { return nil }
        // X بن Y, when X or Y is a known given name or Y a family name (بنت is also "she
        // built", ابن any son).
        if word(index + 1), lineage.contains(tokens[index + 1].text), word(index + 2), !lineage.contains(tokens[index].text),
           givenNames.contains(tokens[index].text) || givenNames.contains(tokens[index + 2].text) || isFamilyName(tokens[index + 2].text) {
            return index..<(index + 3)
        }
        // A given name that is also an everyday word («سالم» "safe", «حسن» "good") counts
        // before a family name only: «سالم الهاشمي».
        if ambiguousGivenNames.contains(tokens[index].text), word(index + 1), isFamilyName(tokens[index + 1].text) {
            return index..<(index + 2)
        }
        // عبد الله written in two words is one given name.
        var end = index + 1
        if tokens[index].text == "عبد", word(index + 1) {
            end = index + 2
        } else if !givenNames.contains(tokens[index].text) {
            return nil
        }
        guard word(end) else { return nil }
        let next = tokens[end].text
        // A short family name («الشحي», «الهنائي» is long) only after a name that is never a
        // word: «الوعي», «الرأي» have its shape too.
        if givenNames.contains(next) || isFamilyName(next, short: end == index + 1) { return index..<(end + 1) }
        return nil
    }

    /// A family name of the shape ال…ي (الحارثي، الدوسري، البلوشي): the article and the
    /// nisba ending around at least three letters, or two (`short`, «الشحي») where the word
    /// before is sure to be a name.
    static func isFamilyName(_ word: String, short: Bool = false) -> Bool {
        var scalars = Array(word.unicodeScalars)
        // A woman's family name ends in ة (folded ه): «اللواتية», «البلوشية». It is the
        // man's with ة added, and an adjective in the feminine («الوطنية») is left out the same way.
        var masculine = word
        if scalars.count >= 7, scalars.last == "\u{0647}" || scalars.last == "\u{0629}", scalars[scalars.count - 2] == "\u{064A}" {
            scalars.removeLast()
            masculine = String(String.UnicodeScalarView(scalars))
        }
        guard scalars.count >= (short ? 5 : 6), scalars[0] == "\u{0627}", scalars[1] == "\u{0644}", scalars.last == "\u{064A}" else { return false }
        return !nisbaWords.contains(masculine)
    }

    /// Adjectives of the same shape that are not family names: the national, the medical…
    static let nisbaWords: WordSet = WordSet([
        "الوطني", "الطبي", "المالي", "الحالي", "التالي", "الماضي", "الجماعي", "الشخصي", "الرسمي", "الداخلي", "الخارجي",
        "الحكومي", "الإداري", "الفني", "الأساسي", "السنوي", "الشهري", "اليومي", "الأسبوعي", "التنفيذي", "الدولي", "المحلي",
        "العالمي", "الكلوي", "القلبي", "النفسي", "الصحي", "الجراحي", "الكيماوي", "الإشعاعي", "الذهبي", "الفضي", "الرقمي",
        "الإلكتروني", "الاجتماعي", "الاقتصادي", "السياسي", "القانوني", "القضائي", "الجنائي", "الأمني", "العسكري", "الصناعي",
        "التجاري", "الزراعي", "البحري", "الجوي", "البري", "الثاني", "الأولي", "النهائي", "الحقيقي", "الطبيعي",
        "الكافي", "الذاتي", "العربي", "الخليجي", "العماني", "السعودي", "الإماراتي", "الكويتي", "القطري", "البحريني",
        // What hospitals, centres and clubs are called after a founder's name: «مستشفى الملك فيصل التخصصي».
        "التخصصي", "الجامعي", "المرجعي", "الاستشاري", "التعليمي", "الميداني", "الأهلي", "الخيري", "التأهيلي", "الإقليمي",
        "المركزي", "الرياضي", "الثقافي", "العلمي", "البحثي",
    ].map(TextNormalizer.normalize))

    /// Whether a name occurs among `range`'s tokens.
    public static func occurs(in range: Range<Int>, of tokens: [Token]) -> Bool {
        range.contains { arabicName(at: $0, in: tokens).map { $0.upperBound <= range.upperBound } ?? false }
    }
}
