import Foundation
import Testing
@testable import MinbarCore

/// One metamorphic pair from Tests/MinbarCoreTests/Corpus/word-forms.jsonl: a base post
/// and a variant a native reader takes to mean the same (or, for precision probes, a
/// variant that only shares letters), and the outcome both must have.
struct WordFormPair: Sendable, CustomTestStringConvertible {
    enum Check: Sendable {
        /// A goal of the scenario is met (one of its cues occurs in the post).
        case goal(Int)
        /// The rule fires on the post.
        case rule(String)
        /// The post carries this evidence.
        case need(EvidenceNeed)
    }

    var id: String
    var category: String
    var language: PostLanguage
    var check: Check
    /// An inline scenario (built from `cues`, `needs`, `facts`) or a bundled one.
    var scenarioText: String?
    var base: String
    var variant: String
    /// The base post's outcome.
    var expect: Bool
    /// Whether the variant keeps the outcome (false for precision probes: words that
    /// merely share letters must not match).
    var same: Bool

    var testDescription: String { "\(id) [\(category)]" }
}

enum WordFormCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let pairs: [WordFormPair] = load()

    static func load() -> [WordFormPair] {
        CorpusFile.objects("word-forms.jsonl").compactMap { object in
            guard let id = object["id"] as? String, let category = object["category"] as? String,
                  let language = (object["lang"] as? String).flatMap(PostLanguage.init(rawValue:)),
                  let base = object["base"] as? String, let variant = object["variant"] as? String
            else { return nil }
            var check = WordFormPair.Check.goal(object["goal"] as? Int ?? 0)
            if let rule = object["rule"] as? String { check = .rule(rule) }
            if let need = (object["need"] as? String).flatMap(EvidenceNeed.init(rawValue:)) { check = .need(need) }
            var scenario: String?
            if let bundled = object["scenario"] as? String {
                scenario = bundledScenario(bundled)
            } else if object["cues"] != nil || object["facts"] != nil {
                scenario = inlineScenario(language: language, cues: object["cues"] as? [String] ?? ["placeholder"],
                                          needs: object["needs"] as? [String] ?? [], facts: object["facts"] as? [String] ?? [])
            }
            return WordFormPair(id: id, category: category, language: language, check: check, scenarioText: scenario,
                                base: base, variant: variant, expect: object["expect"] as? Bool ?? true,
                                same: object["same"] as? Bool ?? true)
        }
    }

    static func inlineScenario(language: PostLanguage, cues: [String], needs: [String], facts: [String]) -> String {
        var text = """
            # Word forms
            id: word-forms
            kind: crisis
            audience: public
            platform: x
            language: \(language.rawValue)
            difficulty: 1

            ## Situation
            A small scenario for one metamorphic pair.

            ## Goals
            - goal: \(cues.joined(separator: ", "))\(needs.isEmpty ? "" : " | needs: " + needs.joined(separator: ", "))

            """
        if !facts.isEmpty { text += "\n## Facts\n" + facts.map { "- \($0)\n" }.joined() }
        return text
    }

    static func bundledScenario(_ id: String) -> String? {
        let folder = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")
        for kind in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let url = folder.appendingPathComponent(kind).appendingPathComponent("\(id).scenario.md")
            if let text = try? String(contentsOf: url, encoding: .utf8) { return text }
        }
        return nil
    }

    static let engine = ScoringEngine()

    static func outcome(_ pair: WordFormPair, _ post: String) -> Bool {
        let beat = pair.scenarioText.flatMap { text -> PreparedBeat? in
            guard let scenario = ScenarioParser.parse(path: "word-forms.scenario.md", text: text).scenario else { return nil }
            return PreparedBeat(scenario: scenario, beat: scenario.beats[0])
        }
        switch pair.check {
        case .goal(let index):
            guard let beat else { return false }
            return beat.cueHit(forGoal: index, in: engine.analyze(post, beat: beat)) != nil
        case .rule(let id):
            return engine.score(post, beat: beat, date: CalendarDate(year: 2027, month: 1, day: 15)).findings.contains { $0.ruleID == id }
        case .need(let need):
            return engine.analyze(post, beat: beat).evidence.has(need)
        }
    }

    /// Per category: pairs and how many kept their outcome; pairs whose base post does
    /// not have its stated outcome are listed apart (the pair is then meaningless).
    static func evaluate() -> (rates: [(category: String, passed: Int, total: Int)], failures: [String], badBases: [String]) {
        var byCategory: [String: (Int, Int)] = [:]
        var failures: [String] = [], badBases: [String] = []
        for pair in pairs {
            let base = outcome(pair, pair.base)
            if base != pair.expect {
                badBases.append("\(pair.id): base gives \(base): \(pair.base)")
                continue
            }
            let variant = outcome(pair, pair.variant)
            let passed = (variant == base) == pair.same
            var entry = byCategory[pair.category, default: (0, 0)]
            entry.1 += 1
            if passed { entry.0 += 1 } else { failures.append("\(pair.id) [\(pair.category)] \(pair.variant)") }
            byCategory[pair.category] = entry
        }
        let rates = byCategory.keys.sorted().map { (category: $0, passed: byCategory[$0]!.0, total: byCategory[$0]!.1) }
        return (rates, failures, badBases)
    }
}

@Suite struct WordFormsMetamorphicTests {
    @Test func corpusIsLargeEnoughInBothLanguages() {
        let pairs = WordFormCorpus.pairs
        #expect(pairs.filter { $0.language == .ar && $0.same }.count >= 400)
        #expect(pairs.filter { $0.language == .en && $0.same }.count >= 150)
        #expect(Set(pairs.map(\.id)).count == pairs.count)
        #expect(pairs.allSatisfy { $0.check.isGoal ? $0.scenarioText != nil : true })
    }

    /// Same meaning, another form, same outcome, at 95% or more overall; precision
    /// probes (a word that only shares letters) must all keep apart.
    @Test func variantsKeepTheOutcome() {
        let (rates, failures, badBases) = WordFormCorpus.evaluate()
        let passed = rates.reduce(0) { $0 + $1.passed }, total = rates.reduce(0) { $0 + $1.total }
        for rate in rates {
            print("word-forms \(rate.category): \(rate.passed)/\(rate.total) (\(String(format: "%.1f", 100 * Double(rate.passed) / Double(max(1, rate.total))))%)")
        }
        print("word-forms overall: \(passed)/\(total) (\(String(format: "%.1f", 100 * Double(passed) / Double(max(1, total))))%)")
        if ProcessInfo.processInfo.environment["MINBAR_CORPUS_REPORT"] != nil {
            print(failures.joined(separator: "\n"))
        }
        #expect(badBases.isEmpty, "base posts without their stated outcome:\n\(badBases.joined(separator: "\n"))")
        #expect(total > 0 && Double(passed) >= 0.95 * Double(total), "failing pairs:\n\(failures.joined(separator: "\n"))")
        let precision = rates.filter { $0.category.hasPrefix("precision") }
        #expect(precision.allSatisfy { $0.passed == $0.total }, "\(failures.filter { $0.contains("[precision") })")
    }
}

extension WordFormPair.Check {
    var isGoal: Bool { if case .goal = self { true } else { false } }
}
