import Foundation
import Testing
@testable import MinbarCore

/// Every rule's own examples, run as tests: triggering examples must produce a finding
/// of that rule, passing ones must not. Each failure points at the example's own line.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    var ruleID: String
    var example: RuleExample
    var testDescription: String { "\(ruleID) \(example.triggers ? "fires on" : "passes") [\(example.language.rawValue)] \(example.text.prefix(40))" }
}

let allExampleCases: [ExampleCase] = (RuleRegistry.all.map(\.descriptor) + RuleRegistry.engineDescriptors).flatMap { descriptor in
    descriptor.examples.map { ExampleCase(ruleID: descriptor.id, example: $0) }
}

func preparedPlan(_ planText: String?) -> PreparedPlan? {
    guard let planText, let plan = PlanParser.parse(path: "example.plan.md", text: planText).plan else { return nil }
    return PreparedPlan(plan)
}

/// Rule examples are scored on a fixed day, so date-dependent rules behave the same every run.
let exampleDay = CalendarDate(year: 2027, month: 1, day: 15)

func prepared(_ scenarioText: String?) -> PreparedBeat? {
    guard let scenarioText, let scenario = ScenarioParser.parse(path: "example.scenario.md", text: scenarioText).scenario else { return nil }
    return PreparedBeat(scenario: scenario, beat: scenario.beats[0])
}

@Suite struct RuleExamplesTests {
    /// One engine for every case (see `ScoringEngine.sharedForTests`): an instance property
    /// built the whole engine again for each of the two thousand examples.
    var engine: ScoringEngine { .sharedForTests }

    @Test(arguments: allExampleCases)
    func exampleBehavesAsDocumented(_ testCase: ExampleCase) {
        let example = testCase.example
        let location = SourceLocation(fileID: "MinbarCore/\(example.file.split(separator: "/").last ?? "")",
                                      filePath: example.file, line: example.line, column: 1)
        let report = engine.score(example.text, beat: prepared(example.scenario), plan: preparedPlan(example.plan),
                                  platform: example.platform, date: exampleDay)
        let fired = report.findings.filter { $0.ruleID == testCase.ruleID }
        if example.triggers {
            #expect(!fired.isEmpty, "expected \(testCase.ruleID) to fire; got \(report.ruleIDs)", sourceLocation: location)
        } else {
            #expect(fired.isEmpty, "expected \(testCase.ruleID) not to fire; got \(fired.map(\.message))", sourceLocation: location)
        }
        #expect(PostLanguage.detect(AnalyzedText(example.text).tokens) == example.language, sourceLocation: location)
    }

    /// Text in front (Arabic, emoji, combining marks) must shift every span by exactly
    /// its length in scalars, and every span must still cover the same original text.
    @Test(arguments: allExampleCases.filter { $0.example.triggers && $0.example.platform == nil })
    func spansSurviveMultiByteTextInFront(_ testCase: ExampleCase) {
        let example = testCase.example
        let prefix = "مرحباً 👋🏽 é.\n"
        let shift = prefix.unicodeScalars.count
        let beat = prepared(example.scenario), plan = preparedPlan(example.plan)
        let plain = engine.score(example.text, beat: beat, plan: plan, date: exampleDay).findings.filter { $0.ruleID == testCase.ruleID }
        let prefixed = engine.score(prefix + example.text, beat: beat, plan: plan, date: exampleDay).findings.filter { $0.ruleID == testCase.ruleID }
        let plainSpans = plain.map { [$0.start + shift, $0.end + shift] }
        let prefixedSpans = prefixed.map { [$0.start, $0.end] }
        #expect(prefixedSpans == plainSpans, "\(testCase.ruleID)")
        for finding in plain {
            let original = AnalyzedText(example.text).excerpt(finding.start, finding.end)
            let moved = AnalyzedText(prefix + example.text).excerpt(finding.start + shift, finding.end + shift)
            #expect(original == moved)
        }
    }

    @Test func registryIsSound() {
        let ids = RuleRegistry.ids
        #expect(Set(ids).count == ids.count, "rule ids must be unique")
        #expect(Set(RuleRegistry.all.map { String(describing: type(of: $0)) }) == Self.ruleTypesInSources(),
                "every type that conforms to Rule must be listed in RuleRegistry.all, and nothing else")
        for rule in RuleRegistry.all {
            #expect(rule.id.contains("."), "\(rule.id) needs a family prefix")
            #expect(!rule.descriptor.rationale.isEmpty)
            let examples = rule.descriptor.examples
            // Rules driven by an organisation's own policy file are tested in PolicyTests.
            guard !["policy.quiet-period", "policy.banned-term", "policy.disclaimer"].contains(rule.id) else { continue }
            for language in [PostLanguage.en, .ar] {
                #expect(examples.contains { $0.triggers && $0.language == language }, "\(rule.id) needs a triggering \(language) example")
                #expect(examples.contains { !$0.triggers && $0.language == language }, "\(rule.id) needs a passing \(language) example")
            }
        }
    }

    /// The names of every type declared in `Sources/MinbarCore` that conforms to
    /// `Rule`, read from the source files: a rule written and never registered never runs.
    static func ruleTypesInSources() -> Set<String> {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/MinbarCore")
        var names = Set<String>()
        let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift", let source = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let declaration = try! NSRegularExpression(pattern: #"^\s*(?:public\s+)?(?:final\s+)?(?:struct|class|enum)\s+(\w+)\s*:([^{]*)"#,
                                                       options: .anchorsMatchLines)
            let range = NSRange(source.startIndex..., in: source)
            for match in declaration.matches(in: source, range: range) {
                let name = String(source[Range(match.range(at: 1), in: source)!])
                let conformances = source[Range(match.range(at: 2), in: source)!].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if conformances.contains("Rule") { names.insert(name) }
            }
        }
        return names
    }
}
