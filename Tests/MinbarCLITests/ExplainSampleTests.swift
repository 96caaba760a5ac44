import Foundation
import Testing
@testable import MinbarCLI

/// `explain` and `/why` show a sample of a rule's examples, with the way to see them all:
/// a rule can carry over a hundred, and the rationale must not scroll away.
@Suite struct ExplainSampleTests {
    static func exampleLines(_ output: String, tag: String) -> Int {
        output.split(separator: "\n").filter { $0.hasPrefix("  [\(tag)]") }.count
    }

    @Test func explainShowsASampleAndSaysHowToSeeAll() {
        let sample = runMinbar(["explain", "tone.personal-attack"])
        #expect(sample.status == 0, "\(sample.error)")
        let shown = Self.exampleLines(sample.output, tag: "en") + Self.exampleLines(sample.output, tag: "ar")
        #expect(shown == 2 * ExplainCommand.sampleSize, "\(sample.output)")
        #expect(sample.output.contains("minbar explain tone.personal-attack --all"), "\(sample.output)")
        let all = runMinbar(["explain", "--all", "tone.personal-attack"])
        let every = Self.exampleLines(all.output, tag: "en") + Self.exampleLines(all.output, tag: "ar")
        #expect(every > shown + 50, "every example with --all")
        #expect(!all.output.contains("--all"), "nothing is left to show")
        // The count said is the count hidden.
        let hidden = every - shown
        #expect(sample.output.contains("More (\(hidden) examples)"), "\(sample.output)")
    }

    @Test func arabicCountsTheRestInArabic() {
        let run = runMinbar(["explain", "--lang", "ar", "tone.personal-attack"])
        #expect(run.status == 0)
        #expect(Self.exampleLines(run.output, tag: "عربي") == 2 * ExplainCommand.sampleSize, "\(run.output)")
        #expect(run.output.contains("والمزيد ("), "\(run.output)")
        #expect(run.output.contains("مثالاً)") || run.output.contains("أمثلة)"), "\(run.output)")
    }

    @Test func aRuleWithFewExamplesShowsThemAllWithNoHint() {
        let run = runMinbar(["explain", "platform.links"])
        #expect(run.status == 0)
        #expect(!run.output.contains("--all"), "\(run.output)")
    }
}
