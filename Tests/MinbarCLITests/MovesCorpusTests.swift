import Foundation
import MinbarCore
import Testing

/// Five posts per bundled scenario, written as a coach would before the engine learnt
/// moves (Tests/MinbarCoreTests/Corpus/moves-by-scenario.jsonl): a genuine answer to the
/// first beat, cue-word salad, corporate filler, an evasive reply and a polished post on
/// another subject. Scored through the real program, with each scenario's policy and plan.
@Suite struct MovesCorpusTests {
    struct Scored {
        var alignment: Int
        var overall: Int
        var verdict: String
        var suggestions: [String] = []
    }

    static let kinds = ["genuine", "salad", "filler", "evasive", "off-topic"]

    /// Scenarios that met every check when the corpus was written, before the moves
    /// layer: none. Kept so a reader can see where the engine started.
    static let baselinePassing = 0

    static func corpusLines() throws -> [[String: String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MinbarCoreTests/Corpus/moves-by-scenario.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
        }
    }

    /// Scores every post with `minbar score --jsonl` and groups the results by scenario.
    static func scoreAll() throws -> [String: [String: Scored]] {
        let lines = try corpusLines()
        var input = ""
        for line in lines {
            let object: [String: String] = ["id": "\(line["scenario"]!)/\(line["kind"]!)", "scenario": line["scenario"]!, "text": line["text"]!]
            input += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        let run = runMinbar(["score", "--jsonl", "--date", "2026-11-30", "-"], input: input)
        var results: [String: [String: Scored]] = [:]
        for line in run.output.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let scores = object["scores"] as? [String: Any],
                  let verdict = object["verdict"] as? String else { continue }
            let parts = id.split(separator: "/").map(String.init)
            let findings = object["findings"] as? [[String: Any]] ?? []
            results[parts[0], default: [:]][parts[1]] = Scored(alignment: scores["alignment"] as? Int ?? 0,
                                                               overall: scores["overall"] as? Int ?? 0, verdict: verdict,
                                                               suggestions: findings.compactMap { $0["suggestion"] as? String })
        }
        return results
    }

    /// What a scenario's five posts get wrong against the issue's checks; empty when all hold.
    static func problems(_ posts: [String: Scored]) -> [String] {
        guard let genuine = posts["genuine"] else { return ["no genuine post scored"] }
        var problems: [String] = []
        for kind in kinds.dropFirst() {
            guard let other = posts[kind] else { problems.append("no \(kind) post scored"); continue }
            if genuine.alignment < other.alignment + 25 {
                problems.append("genuine alignment \(genuine.alignment) is not 25 above \(kind) \(other.alignment)")
            }
            if kind != "off-topic" && other.alignment > 50 {
                problems.append("\(kind) alignment \(other.alignment) > 50")
            }
        }
        if posts["salad"]?.verdict == "ready" { problems.append("salad is ready") }
        if !["ready", "revise"].contains(genuine.verdict) || genuine.overall < 80 {
            problems.append("genuine is \(genuine.verdict) with overall \(genuine.overall)")
        }
        return problems
    }

    @Test func everyScenarioHasFivePostsInItsLanguage() throws {
        let lines = try Self.corpusLines()
        let scenarios = Set(lines.compactMap { $0["scenario"] })
        #expect(scenarios.count == 32)
        for scenario in scenarios {
            let kinds = lines.filter { $0["scenario"] == scenario }.compactMap { $0["kind"] }
            #expect(kinds.sorted() == Self.kinds.sorted(), "\(scenario)")
            let arabic = scenario.hasSuffix("-ar")
            for line in lines where line["scenario"] == scenario {
                let hasArabic = line["text"]!.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
                #expect(hasArabic == arabic, "\(scenario)/\(line["kind"]!) is not in the scenario's language")
            }
        }
    }

    @Test func genuineAnswersOutscoreSaladFillerEvasionAndOffTopic() throws {
        let results = try Self.scoreAll()
        #expect(results.count == 32)
        var passing = 0
        for (scenario, posts) in results.sorted(by: { $0.key < $1.key }) {
            let problems = Self.problems(posts)
            if problems.isEmpty { passing += 1 } else { print("moves corpus: \(scenario): \(problems.joined(separator: "; "))") }
        }
        print("moves corpus: \(passing) of \(results.count) scenarios pass (baseline before moves: \(Self.baselinePassing))")
        #expect(passing == results.count, "every bundled scenario must order its five posts like a coach")
    }

    /// The bundled scenarios, parsed from the repository's `scenarios/` folder.
    static func bundledScenarios() throws -> [Scenario] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios")
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".scenario.md") } ?? []
        return try paths.sorted().map { path in
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            return try #require(ScenarioParser.parse(path: path, text: text).scenario)
        }
    }

    /// A goal's cue terms that a suggestion must not hand out: those not already in the
    /// goal's own label (a label may share a word with its cues).
    static func secretCues(_ goal: Goal, labels: String) -> [String] {
        goal.cues.map { $0.text.lowercased() }.filter { $0.count > 3 && !labels.contains($0) }
    }

    /// What a text gives away of one goal's cue list: two or more of its cues, or any cue
    /// in quotes ("for example with 'published results', 'report'" was the old habit).
    static func leaked(_ text: String, goal: Goal, labels: String) -> [String] {
        let lowered = text.lowercased()
        let cues = secretCues(goal, labels: labels)
        let present = cues.filter { lowered.contains($0) }
        let quoted = cues.filter { cue in ["'\(cue)'", "«\(cue)»", "\"\(cue)\""].contains { lowered.contains($0) } }
        return present.count >= 2 ? present : quoted
    }

    @Test func noSuggestionOrHintHandsOutTheGoalsCueWords() throws {
        let results = try Self.scoreAll()
        let lines = try Self.corpusLines()
        var texts = 0
        for scenario in try Self.bundledScenarios() {
            let goals = scenario.beats[0].goals
            let labels = goals.map { $0.label.lowercased() }.joined(separator: " | ")
            var said: [String] = (results[scenario.id] ?? [:]).values.flatMap(\.suggestions)
            // /hint before any attempt and after each kind of post.
            let engine = ScoringEngine()
            var practice = PracticeSession(scenarios: [scenario]) { scenario, beat in
                ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: beat), date: nil)
            }
            _ = try practice.open(scenario.id)
            said += practice.hints()
            for line in lines where line["scenario"] == scenario.id {
                _ = try practice.submit(line["text"]!)
                try practice.retry()
                said += practice.hints()
            }
            texts += said.count
            for text in said {
                for goal in goals {
                    let leaked = Self.leaked(text, goal: goal, labels: labels)
                    #expect(leaked.isEmpty, "\(scenario.id): '\(text)' gives away the cues of '\(goal.label)': \(leaked)")
                }
            }
        }
        #expect(texts > 1_000, "suggestions and hints were actually read")
    }
}
