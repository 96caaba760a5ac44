/// Whether an Arabic word speaks to someone. Arabic folds "you" into the word: a
/// possessive or object suffix («قلوبكم», «عندكم»), a present-tense verb of "you" plural
/// («تظنون»), or a pronoun written the way people speak («إنتي», «انتو»). A list of
/// pronouns alone misses most posts aimed at a reader, which is where attacks hide.
///
/// The patterns are shapes, so each has the words it would misread listed against it
/// («حكم» "ruling" ends in «كم»; «تعاون» "cooperation" starts with «ت» and ends in «ون»).
public enum SecondPersonForms {
    /// Pronouns of "you" in their written and spoken spellings.
    static let pronouns = WordSet([
        "أنت", "انت", "إنت", "أنتِ", "إنتي", "انتي", "أنتم", "انتم", "إنتم", "أنتما", "أنتن", "انتو", "إنتو", "انتوا", "إنتوا",
        "أيها", "ايها", "أيتها", "ايتها",
    ].map(TextNormalizer.normalize))

    /// Words whose «كم» or «ون» ending is part of the word, not "you".
    static let exceptions = WordSet([
        "كم", "حكم", "الحكم", "بحكم", "والحكم", "للحكم", "محكم", "تحكم", "يحكم", "حاكم", "الحاكم", "محاكم", "المحاكم", "تراكم", "التراكم",
        "ركام", "مركم", "تعاون", "التعاون", "تهاون", "تلون", "تكون", "ستكون", "تلفزيون", "التلفزيون", "تون", "تخزين", "تسعون",
    ].map(TextNormalizer.normalize))

    /// Whether `word` (a normalised Arabic token) addresses the reader.
    public static func addresses(_ word: String) -> Bool {
        if pronouns.contains(word) { return true }
        guard !exceptions.contains(word) else { return false }
        // "Your" or "you" plural as a suffix: «قلوبكم», «عليكم», «قلوبكما»; not the «حكم» family,
        // and not «كن» («يمكن», «ولكن», «الأماكن» end in it far more often than "you" women do).
        // The endings are tested on bytes (`endsWithArabicLetters`): this runs for every Arabic
        // word of a sentence a rule asks about, and `hasSuffix` breaks graphemes backwards.
        for suffix in ["كما", "كم"] where word.endsWithArabicLetters(suffix) {
            let stem = word.dropLast(suffix.count)
            return stem.count >= 2 && !stem.hasSuffix("ح") && !stem.hasSuffix("را")
        }
        // A present-tense verb of "you" plural, with or without a conjunction or a future
        // prefix: «تظنون», «وتسمحون», «ستندمون». Not «تت…» («تتعاون», «تتكون»: she or it),
        // and the exceptions are read on the word without its prefix («وتعاون», «وتسعون»).
        if word.endsWithArabicLetters("ون") {
            var stem = Substring(word)
            for prefix in ["و", "ف", "س"] where stem.hasPrefix(prefix) && stem.count > 5 { stem = stem.dropFirst() }
            return stem.count >= 5 && stem.hasPrefix("ت") && !stem.hasPrefix("تت") && !stem.hasSuffix("يون")
                && !exceptions.contains(String(stem))
        }
        return false
    }

    /// Whether `word` carries a singular "your" suffix on top of what it says: «فشلك»,
    /// «غبائك», «أسلوبك». Read only beside a word that judges someone (on it, or on the
    /// word it qualifies: «أسلوبك المتعجرف»), with the common words whose «ك» is their own
    /// listed against it.
    public static func carriesSingularYou(_ word: String) -> Bool {
        // Not «كي»: «الذكي», «البنكي», «الملكي» end in it as adjectives.
        word.unicodeScalars.count >= 4 && word.endsWithArabicLetters("ك") && !stemsEndingInKaf.contains(word)
    }

    /// Whether `word` says "you" in any of its forms: `addresses(_:)` or a singular "your"
    /// (`carriesSingularYou(_:)`). For a word already read beside an attack: «تفاهتك»,
    /// «غبائكم», «افتراءاتكم».
    public static func saysYou(_ word: String) -> Bool {
        addresses(word) || carriesSingularYou(word)
    }

    /// Common words whose final «ك» is theirs: that, there, king, bank, partner.
    static let stemsEndingInKaf = WordSet([
        "ذلك", "تلك", "كذلك", "لذلك", "بذلك", "وذلك", "هناك", "هنالك", "وهناك", "الملك", "للملك", "البنك", "للبنك", "شريك",
        "الشريك", "مشترك", "المشترك", "مبارك", "المبارك", "السمك", "المعارك", "معارك", "المسلك", "سلوك", "السلوك", "الشبابيك",
    ].map(TextNormalizer.normalize))
}
