import Testing
@testable import MinbarCore

/// Feedback follows the post: an Arabic post is explained in Arabic, an English one in
/// English, a mixed one in the interface's language. Checked on every rule's own examples.
@Suite struct RuleLanguageTests {
    static func arabicLetters(_ text: String) -> Int { text.unicodeScalars.filter { (0x0621...0x064A).contains($0.value) }.count }
    static func latinWords(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter }).filter { $0.allSatisfy { $0.isASCII } && $0.count > 2 }
    }

    /// Rules whose messages are in both languages (each keeps them at the bottom of its file).
    static let bilingual: Set<String> = [
        "tone.blame", "tone.contempt", "tone.hard-sell", "tone.hype", "tone.non-apology", "tone.profanity", "tone.self-glory",
        "tone.emoji-run", "tone.personal-attack", "tone.punctuation-run", "style.readability", "tone.shouting", "tone.slang",
        "goal.missing", "goal.needs", "goal.avoid", "goal.audience-fit",
        "policy.mnpi", "policy.guidance", "policy.share-price", "policy.mna", "policy.guarantee", "policy.personal-data",
        "policy.litigation", "policy.competitor", "policy.hate-speech",
    ]

    @Test func theBilingualRulesExist() {
        #expect(Self.bilingual.isSubset(of: Set(RuleRegistry.ids)), "\(Self.bilingual.subtracting(RuleRegistry.ids))")
    }

    @Test func arabicPostsGetArabicFeedbackAndEnglishPostsEnglish() {
        let engine = ScoringEngine()
        var checked = 0
        for rule in RuleRegistry.all where Self.bilingual.contains(rule.id) {
            for example in rule.descriptor.examples where example.triggers {
                let beat = example.scenario.flatMap { ScenarioParser.parse(path: "x.scenario.md", text: $0).scenario }.map { PreparedBeat(scenario: $0, beat: $0.beats[0]) }
                let report = engine.score(example.text, beat: beat, platform: example.platform)
                for finding in report.findings where finding.ruleID == rule.id {
                    checked += 1
                    // What the rule wrote, without the quoted words of the post.
                    let own = (finding.message + " " + finding.suggestion).replacingOccurrences(of: finding.excerpt, with: "")
                    if example.language == .ar {
                        #expect(Self.arabicLetters(own) > 10, "\(rule.id): \(finding.message) / \(finding.suggestion)")
                        // Brand-like names and the scenario author's own words (an audience written in English) may stay.
                        let authored = Set(Self.latinWords(example.scenario ?? ""))
                        #expect(Self.latinWords(own).filter { !["ISO", "BSI", "MSCI", "ESG", "care", "press"].contains($0) && !authored.contains($0) }.isEmpty,
                                "\(rule.id) writes English to an Arabic post: \(Self.latinWords(own))")
                    } else if example.language == .en {
                        #expect(Self.arabicLetters(own) == 0 || rule.id.hasPrefix("goal."), "\(rule.id): \(finding.message)")
                    }
                }
            }
        }
        #expect(checked >= 20)
    }

    @Test func aMixedPostFollowsTheInterface() {
        let post = "نعتذر عن أي إزعاج caused by the outage at our plant today"
        let engine = ScoringEngine()
        var context = ScoringContext(engine: engine, date: nil)
        context.interface = .ar
        let arabic = context.score(post).findings.first { $0.ruleID == "tone.non-apology" }
        context.interface = .en
        let english = context.score(post).findings.first { $0.ruleID == "tone.non-apology" }
        #expect(arabic.map { Self.arabicLetters($0.suggestion) > 10 } == true, "\(String(describing: arabic))")
        #expect(english.map { Self.arabicLetters($0.suggestion) == 0 } == true, "\(String(describing: english))")
    }
}
