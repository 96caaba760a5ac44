import Testing
@testable import MinbarCore

/// The greeting «السلام عليكم ورحمة الله وبركاته» masks the words inside it; the same words
/// outside a greeting keep their meaning.
@Suite struct SetPhrasesTests {
    var engine: ScoringEngine { .sharedForTests }

    func tragedyHits(_ text: String) -> Int { engine.analyze(text).hits(Concepts.tragedy.lexicon).count }

    @Test func theGreetingMournsNobody() {
        #expect(tragedyHits("السلام عليكم ورحمة الله وبركاته، ألف مبروك لفريقنا على الفوز") == 0)
        #expect(tragedyHits("وعليكم السلام ورحمة الله، وشكراً على سؤالك") == 0)
    }

    @Test func thePrayerForTheDeadOutsideAGreetingStillCounts() {
        #expect(tragedyHits("توفي زميلنا أحمد رحمه الله") >= 1)
        // A greeting and a death in one post: only the greeting is masked.
        #expect(tragedyHits("السلام عليكم ورحمة الله وبركاته، توفي زميلنا أحمد رحمه الله") >= 1)
    }

    /// Hits inside any of several overlapping phrases are masked; one that runs past them is kept.
    @Test func onlyHitsWhollyInsideAPhraseAreMasked() {
        func hit(_ group: Int, _ first: Int, _ end: Int) -> PhraseMatcher.Hit {
            PhraseMatcher.Hit(group: group, phrase: 0, firstToken: first, endToken: end)
        }
        var hits = [hit(0, 2, 6), hit(1, 3, 5), hit(0, 4, 9), hit(1, 7, 9), hit(1, 8, 11), hit(1, 0, 2)]
        SetPhrases.removeMaskedHits(from: &hits, group: 0)
        // (1, 3..<5) lies inside 2..<6 and (1, 7..<9) inside 4..<9; 8..<11 runs past both.
        #expect(hits == [hit(0, 2, 6), hit(0, 4, 9), hit(1, 8, 11), hit(1, 0, 2)])
        var none = [hit(1, 0, 2), hit(2, 1, 3)]
        SetPhrases.removeMaskedHits(from: &none, group: 0)
        #expect(none.count == 2)
    }
}
