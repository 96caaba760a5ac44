import Foundation
import Testing
@testable import MinbarCore

/// A seeded mutator: the same broken inputs on every run, so a failure reproduces.
struct Mutator {
    var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }

    static let fragments = ["## ", "### ", "- ", "|", ":", "<!--", "-->", "\r\n", "\t", "٣٧٪", "؟", "\u{0}", "\u{FEFF}", "\u{1B}[2J",
                            "(", ")", " and ", " not ", "needs:", "cues:", "window:", "public:", "\"", "\\", "{", "}", "[", "]",
                            "نعتذر", "🚀", "\u{202E}", "T+", "2027-02-30", "Q5 2027", String(repeating: "x", count: 300)]

    /// `base` with one to six random edits: bytes dropped, random bytes, structural fragments.
    mutating func mutate(_ base: [UInt8]) -> [UInt8] {
        var bytes = base
        for _ in 0..<Int(next() % 6) + 1 {
            let position = bytes.isEmpty ? 0 : Int(next() % UInt64(bytes.count))
            switch next() % 4 {
            case 0: if !bytes.isEmpty { bytes.remove(at: position) }
            case 1: bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
            case 2: bytes.insert(contentsOf: Array(Mutator.fragments[Int(next() % UInt64(Mutator.fragments.count))].utf8), at: position)
            default:
                let end = min(bytes.count, position + Int(next() % 40))
                if position < end { bytes.removeSubrange(position..<end) }
            }
        }
        return bytes
    }
}

@Suite struct MutationTests {
    @Test func policiesNeverCrashAndRejectionsSayWhy() {
        var mutator = Mutator(seed: 1)
        let base = Array(samplePolicy.utf8)
        for _ in 0..<1_500 {
            let result = PolicyParser.parse(SourceText(path: "fuzz.policy.md", bytes: mutator.mutate(base)))
            if result.policy == nil { #expect(result.diagnostics.hasErrors) }
            if let policy = result.policy { _ = ScoringEngine(policy: policy).score("Our shares will double, lol") }
        }
    }

    @Test func plansNeverCrashAndRejectionsSayWhy() {
        var mutator = Mutator(seed: 2)
        let base = Array(samplePlanText.utf8)
        for _ in 0..<1_500 {
            let result = PlanParser.parse(SourceText(path: "fuzz.plan.md", bytes: mutator.mutate(base)))
            if result.plan == nil { #expect(result.diagnostics.hasErrors) }
            if let plan = result.plan {
                _ = ScoringEngine().score("Emissions down 18%, revenue up 12%", plan: PreparedPlan(plan))
                _ = TimelineChart(width: 60).render(PlanTracker.report(for: plan, posts: [], today: CalendarDate(year: 2027, month: 1, day: 1)), plan: plan)
            }
        }
    }

    @Test func scenariosWithBeatsNeverCrash() {
        var mutator = Mutator(seed: 3)
        let base = Array(crisisScenario.utf8)
        let engine = ScoringEngine()
        for _ in 0..<1_500 {
            let result = ScenarioParser.parse(SourceText(path: "fuzz.scenario.md", bytes: mutator.mutate(base)))
            if result.scenario == nil { #expect(result.diagnostics.hasErrors) }
            guard let scenario = result.scenario else { continue }
            _ = ScenarioLinter.lint(scenario)
            _ = ExampleChecker.check(scenario) { beat in ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: beat), date: scenario.date) }
            var session = PracticeSession(scenarios: [scenario]) { scenario, beat in ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: beat), date: nil) }
            if (try? session.open(scenario.id)) != nil { _ = try? session.submit("We are sorry. Update at 18:00.") }
        }
    }

    @Test func jsonImportsNeverCrashAndRejectionsAreTyped() throws {
        var mutator = Mutator(seed: 4)
        let base = Array(try JSONExporter.render(try FixedStore.transcript()).utf8)
        var rejected = 0
        for _ in 0..<1_000 {
            do { _ = try JSONExporter.read(Data(mutator.mutate(base))) } catch {
                rejected += 1
                switch error {
                case .notJSON(let place): #expect(place.line >= 1 && place.column >= 1)
                case .missingField(let field, _, _): #expect(!field.isEmpty)
                case .wrongType(let place, _), .unreadable(let place): #expect(!place.isEmpty)
                case .unsupportedSchema, .invalid: break
                }
            }
        }
        #expect(rejected > 500, "most random edits break JSON; if not, the mutator is not mutating")
    }

    @Test func postsOfAnyBytesScore() {
        var mutator = Mutator(seed: 5)
        let base = Array("نعتذر عن التأخير! Our Q3 margin was 37% as reported; call 800123 or care@manara.example #Oman 🚀🚀🚀".utf8)
        let engine = ScoringEngine()
        for _ in 0..<2_000 {
            let text = String(decoding: mutator.mutate(base), as: UTF8.self)
            let report = engine.score(text)
            for finding in report.findings {
                #expect(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.unicodeScalars.count)
            }
        }
    }

    @Test func conditionsOfAnyTextParseOrSayWhy() {
        var mutator = Mutator(seed: 6)
        let base = Array("(overall < 50 or finding tone.blame) and not verdict ready".utf8)
        for _ in 0..<2_000 {
            let text = String(decoding: mutator.mutate(base), as: UTF8.self)
            switch ConditionParser.parse(text) {
            case .success(let condition): _ = ConditionSatisfiability.canHold(condition)
            case .failure(let failure): #expect(failure.offset >= 0 && failure.offset <= text.count)
            }
        }
    }
}
