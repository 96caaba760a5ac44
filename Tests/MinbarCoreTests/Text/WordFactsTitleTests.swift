import Testing
@testable import MinbarCore

/// `PersonalAttackRule.namesAPerson` reads whether a word is a title from the token's
/// `WordFacts`; these hold each fact to the word-set question it replaced.
struct WordFactsTitleTests {
    /// Every title, each after «و» and «ف», and words that are none.
    static var words: [String] {
        let titles = Array(PersonalAttackRule.titles)
        let others = ["و", "ف", "وا", "فلان", "والله", "ورد", "فريق", "mr.", "dear", "يا", "السيد", "الاستاذة", ""]
        return titles + titles.map { "و" + $0 } + titles.map { "ف" + $0 } + titles.map { "وو" + $0 } + others.map(TextNormalizer.normalize)
    }

    @Test("A title as written is the word-set answer")
    func titlesAsWritten() {
        for word in Self.words {
            let facts = WordFacts.of(word)
            #expect(facts.contains(.personTitle) == PersonalAttackRule.personTitles.contains(word), "\(word)")
            #expect(facts.contains(.title) == PersonalAttackRule.titles.contains(word), "\(word)")
        }
    }

    @Test("A title after «و» or «ف» is the word-set answer for the word without its first character")
    func titlesAfterAConjunction() {
        for word in Self.words {
            let facts = WordFacts.of(word)
            let stripped = word.startsWithScalars("و") || word.startsWithScalars("ف")
            let bare = String(word.dropFirst())
            #expect(facts.contains(.personTitleAfterConjunction) == (stripped && PersonalAttackRule.personTitles.contains(bare)), "\(word)")
            #expect(facts.contains(.titleAfterConjunction) == (stripped && PersonalAttackRule.titles.contains(bare)), "\(word)")
        }
    }
}
