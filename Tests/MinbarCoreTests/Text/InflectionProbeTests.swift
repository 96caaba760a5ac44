import Foundation
import Testing
@testable import MinbarCore

/// Arabic inflection probes written blind (Tests/MinbarCoreTests/Corpus/inflection-probes.jsonl):
/// a writer who never saw the matcher took posts that fire a bundled rule or meet a bundled
/// scenario's goal (and clean ones that do not), checked only those base posts with the
/// binary, and wrote each variant (another person, tense, number, dialect, spelling) without
/// running it. A probe keeps its outcome when the variant does what the base does. Split
/// like the real cases, by FNV-1a of the id: the development half was read; the test half
/// prints only aggregates.
struct InflectionProbe: CustomTestStringConvertible {
    enum Check { case rule(String), goal(scenario: String, index: Int) }
    var id: String
    var category: String
    var check: Check
    var base: String
    var variant: String
    var expect: Bool

    var testDescription: String { "\(id) [\(category)]" }

    static let all: [InflectionProbe] = CorpusFile.objects("inflection-probes.jsonl").compactMap { object in
        guard let id = object["id"] as? String, let category = object["category"] as? String,
              let base = object["base"] as? String, let variant = object["variant"] as? String,
              let expect = object["expect"] as? Bool else { return nil }
        let check: Check
        if let rule = object["rule"] as? String {
            check = .rule(rule)
        } else if let scenario = object["scenario"] as? String, let goal = object["goal"] as? Int {
            check = .goal(scenario: scenario, index: goal)
        } else { return nil }
        return InflectionProbe(id: id, category: category, check: check, base: base, variant: variant, expect: expect)
    }

    static var development: [InflectionProbe] { all.filter { RealCases.fnv1a64($0.id) % 2 == 0 } }
    static var test: [InflectionProbe] { all.filter { RealCases.fnv1a64($0.id) % 2 == 1 } }

    static let engine = ScoringEngine()
    static let date = CalendarDate(year: 2027, month: 1, day: 15)

    /// The probe's outcome on a post: the rule fires, or the goal is met with the evidence it needs.
    func outcome(_ post: String) -> Bool? {
        switch check {
        case .rule(let id):
            return Self.engine.score(post, beat: nil, date: Self.date).findings.contains { $0.ruleID == id }
        case .goal(let scenarioID, let index):
            guard let text = WordFormCorpus.bundledScenario(scenarioID),
                  let scenario = ScenarioParser.parse(path: "\(scenarioID).scenario.md", text: text).scenario else { return nil }
            let beat = PreparedBeat(scenario: scenario, beat: scenario.beats[0])
            guard let status = Self.engine.analyze(post, beat: beat).goals.first(where: { $0.index == index }) else { return nil }
            return status.met && status.missingNeeds.isEmpty
        }
    }

    /// Kept when the base has its stated outcome and the variant the same.
    var kept: Bool {
        guard let base = outcome(base), base == expect else { return false }
        return outcome(variant) == base
    }
}

@Suite struct InflectionProbeTests {
    static func figures(_ probes: [InflectionProbe]) -> (kept: Int, total: Int, byCategory: [String: (Int, Int)], failures: [String]) {
        var byCategory: [String: (Int, Int)] = [:]
        var failures: [String] = []
        for probe in probes {
            let kept = probe.kept
            byCategory[probe.category, default: (0, 0)].0 += kept ? 1 : 0
            byCategory[probe.category, default: (0, 0)].1 += 1
            if !kept { failures.append("\(probe.id) [\(probe.category)] \(probe.base) => \(probe.variant)") }
        }
        let kept = byCategory.values.reduce(0) { $0 + $1.0 }
        return (kept, probes.count, byCategory, failures)
    }

    @Test func probesCoverTheCategoriesAndBothOutcomes() {
        let probes = InflectionProbe.all
        #expect(probes.count >= 300)
        #expect(Set(probes.map(\.id)).count == probes.count)
        #expect(Set(probes.map(\.category)).count >= 8)
        #expect(probes.contains { !$0.expect } && probes.contains { $0.expect })
    }

    /// `MINBAR_PROBE_REPORT=1 swift test --filter InflectionProbeTests` lists the development misses.
    @Test func developmentHalfKeepsItsOutcomes() {
        let result = Self.figures(InflectionProbe.development)
        print("inflection probes dev: \(result.kept)/\(result.total)")
        if ProcessInfo.processInfo.environment["MINBAR_PROBE_REPORT"] != nil { print(result.failures.joined(separator: "\n")) }
        #expect(Double(result.kept) >= 0.95 * Double(result.total))
    }

    /// The test half, aggregates only. Measured 1 Dec 2026: 153/159 before this round's
    /// word forms (weak verbs, bare past verbs, dialect future and negation, more broken
    /// plurals) and 156/159 after; the build before the word-form layer kept 121/159,
    /// close to the 76% the issue quotes for the hidden set. The bar sits under the figure.
    @Test func testHalfKeepsItsOutcomes() {
        let result = Self.figures(InflectionProbe.test)
        let categories = result.byCategory.keys.sorted().map { "\($0) \(result.byCategory[$0]!.0)/\(result.byCategory[$0]!.1)" }
        print("inflection probes test: \(result.kept)/\(result.total); \(categories.joined(separator: ", "))")
        #expect(Double(result.kept) >= 0.95 * Double(result.total))
    }
}
