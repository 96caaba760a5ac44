import Testing
@testable import MinbarCore

/// Written laughter has no fixed length, so no list holds it (see `Laughter`). Each case
/// is a word as a post writes it.
@Suite struct LaughterTests {
    private func isLaughter(_ word: String) -> Bool {
        Laughter.isWritten(AnalyzedText(word).tokens, at: 0)
    }

    @Test(arguments: ["ههه", "هههههههههههههههههه", "خخخ", "خخخخخخخخخخ", "hahaha", "hahahahahahaha", "HAHAHA"])
    func aRunOfLaughterIsLaughter(_ word: String) {
        #expect(isLaughter(word))
    }

    @Test(arguments: [
        // Too short to be more than a sound, or another word.
        "هه", "خخ", "haha", "hah", "hahah", "hash", "هذه", "خير", "هههخ", "hahaho",
        // «هال…» is the dialect "this", read by `tone.slang` on its own.
        "هالشي",
    ])
    func otherWordsAreNot(_ word: String) {
        #expect(!isLaughter(word))
    }

    /// Through the engine: a run longer than any listed laugh reaches every rule that reads
    /// the laughter concept, here mockery of people hit by a flood; without the laugh the
    /// same sentence reports their complaint.
    @Test func aLongRunIsReadAsLaughterByTheFrames() {
        let engine = ScoringEngine()
        let long = engine.score("المتضررين من السيول يشتكون من تأخر التعويضات هههههههههههههههه")
        #expect(long.findings.contains { $0.ruleID == "tone.tragedy-mockery" })
        let none = engine.score("المتضررين من السيول يشتكون من تأخر التعويضات")
        #expect(!none.findings.contains { $0.ruleID == "tone.tragedy-mockery" })
    }

    /// One laugh is one fault of register: `tone.slang` reads it, `tone.shouting` does not
    /// read its repeated letter as a stretched word.
    @Test func aLaughIsNotAlsoShouting() {
        let report = ScoringEngine().score("أجواء العيد في المكتب هههههههه كل عام وأنتم بخير")
        #expect(report.findings.contains { $0.ruleID == "tone.slang" })
        #expect(!report.findings.contains { $0.ruleID == "tone.shouting" })
        // A laugh is told to go, not to be "written out in full", however long it is.
        for post in ["أجواء العيد في المكتب ههههه", "أجواء العيد في المكتب هههههههههههه"] {
            let slang = ScoringEngine().score(post).findings.filter { $0.ruleID == "tone.slang" }
            #expect(slang.count == 1 && slang[0].suggestion == SlangRule.dropIt(PostLanguage.ar), "\(post)")
        }
    }

    /// The short laughs the slang list holds ("lol", "haha", «لول») have no full form
    /// either: they are told to go too, while other text-speak ("thx", «وش») is still told
    /// to be written out.
    @Test(arguments: [
        ("Great turnout at the staff iftar lol, thx everyone", "lol", "thx", PostLanguage.en),
        ("Our new logo is finally live haha. Gonna share the story soon", "haha", "gonna", .en),
        ("وش رأيكم في الشعار الجديد؟ لول", "لول", "وش", .ar),
    ])
    func aListedLaughIsToldToGo(post: String, laugh: String, other: String, language: PostLanguage) {
        let slang = ScoringEngine().score(post).findings.filter { $0.ruleID == "tone.slang" }
        let laughFinding = slang.first { $0.excerpt.lowercased() == laugh }
        let otherFinding = slang.first { $0.excerpt.lowercased() == other }
        #expect(laughFinding?.suggestion == SlangRule.dropIt(language), "\(post)")
        #expect(otherFinding?.suggestion == SlangRule.inFull(language), "\(post)")
    }

    /// A laugh beside "this morning's run" is not a laugh at mourning: the possessive of a
    /// word the stemmer leaves whole stays whole.
    @Test func aMorningIsNotMourning() {
        let report = ScoringEngine().score("Runners at this morning's 10K kept stopping to high-five our volunteers haha. Slowest splits, best vibes.")
        #expect(!report.findings.contains { $0.ruleID == "tone.tragedy-mockery" })
        #expect(report.verdict != .blocked)
        // The laugh at the mourning itself is still read.
        let mocking = ScoringEngine().score("The whole town is in mourning haha, you'd think someone important died.")
        #expect(mocking.findings.contains { $0.ruleID == "tone.tragedy-mockery" })
    }
}
