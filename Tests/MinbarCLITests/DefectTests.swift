import Foundation
import Testing
@testable import MinbarCLI
import MinbarCore

/// Defects found by trying Minbar as an executive would (issue 14), each pinned by a test.
@Suite struct DefectTests {
    /// A rule that runs without a scenario must not name a scenario's flight, product or
    /// organisation in its advice: "SH417" in a reply about a dividend confuses everyone.
    @Test func genericSuggestionsCarryNoScenarioText() throws {
        let organisations = BundledScenarios.scenarioFiles.compactMap { file in
            ScenarioParser.parse(path: file.path, text: String(decoding: file.bytes, as: UTF8.self)).scenario?.organisation
        }
        #expect(!organisations.isEmpty)
        let engine = ScoringEngine()
        var checked = 0
        for rule in RuleRegistry.all {
            for example in rule.descriptor.examples where example.triggers && example.scenario == nil && example.plan == nil {
                let report = engine.score(example.text, platform: example.platform)
                for finding in report.findings {
                    checked += 1
                    // Codes that mix letters and digits (flights, products) must come from the post.
                    let codes = finding.suggestion.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                        .filter { word in word.contains(where: \.isNumber) && word.contains(where: \.isLetter) }
                    for code in codes {
                        #expect(example.text.contains(code), "\(finding.ruleID) suggests '\(code)' to a post without it: \(finding.suggestion)")
                    }
                    for organisation in organisations where !example.text.contains(organisation) {
                        #expect(!finding.suggestion.contains(organisation), "\(finding.ruleID) names \(organisation)")
                    }
                }
            }
        }
        #expect(checked > 30)
        let run = runMinbar(["score"], input: "We regret any inconvenience caused by the dividend decision.")
        #expect(run.output.contains("tone.non-apology"))
        #expect(!run.output.contains("SH417"), "\(run.output)")
    }

    @Test func ruleIdsGetADidYouMeanInWhyAndExplain() throws {
        let explain = runMinbar(["explain", "mnpi"])
        #expect(explain.status == 2)
        #expect(explain.error.contains("policy.mnpi"), "\(explain.error)")
        let typo = runMinbar(["explain", "tone.non-apolgy"])
        #expect(typo.error.contains("tone.non-apology"), "\(typo.error)")
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let why = runMinbar(["--data", data.path], input: "/why mnpi\n/why share-price\n")
        #expect(why.output.contains("policy.mnpi"), "\(why.output)")
        #expect(why.output.contains("policy.share-price"), "\(why.output)")
    }
}
