import Testing
@testable import MinbarCore

/// Feedback follows the post: an Arabic post is explained in Arabic, an English one in
/// English, a mixed one in the interface's language.
@Suite struct RuleLanguageTests {
    static func arabicLetters(_ text: String) -> Int { text.unicodeScalars.filter { (0x0621...0x064A).contains($0.value) }.count }
    static func latinWords(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter }).filter { $0.allSatisfy { $0.isASCII } && $0.count > 2 }
    }

    // Every rule's Arabic and English examples, and the policy-driven rules, are held to
    // the post's language in FeedbackLanguageTests.

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
