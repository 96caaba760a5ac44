import Testing
@testable import MinbarCore

struct FakeOutcome: ConditionSubject {
    var scores: [Condition.ScoreName: Double]
    var ruleIDs: [String] = []
    var verdict: Verdict = .ready
    func score(_ name: Condition.ScoreName) -> Double? { scores[name] }
}

@Suite struct ConditionTests {
    @Test(arguments: [
        ("alignment >= 80", Condition.score(.alignment, .greaterOrEqual, 80)),
        ("finding policy.mnpi", .finding("policy.mnpi")),
        ("verdict blocked", .verdict(.blocked)),
        ("not finding tone.*", .not(.finding("tone.*"))),
        ("overall < 50 or finding tone.blame and compliance >= 90",
         .or(.score(.overall, .less, 50), .and(.finding("tone.blame"), .score(.compliance, .greaterOrEqual, 90)))),
        ("(overall < 50 or verdict revise) and professionalism != 100",
         .and(.or(.score(.overall, .less, 50), .verdict(.revise)), .score(.professionalism, .notEqual, 100))),
    ])
    func parsesTheConditionLanguage(_ text: String, _ expected: Condition) throws {
        #expect(try ConditionParser.parse(text).get() == expected)
    }

    @Test(arguments: [
        ("", 0), ("alignment", 9), ("alignment >> 3", 10), ("finding", 7), ("verdict maybe", 8),
        ("(overall < 3", 12), ("overall < 3 extra", 12), ("otherwise", 0), ("overall < 3 and", 15),
    ])
    func rejectsBrokenConditionsAtTheRightOffset(_ text: String, _ offset: Int) throws {
        guard case .failure(let failure) = ConditionParser.parse(text) else {
            Issue.record("'\(text)' should not parse")
            return
        }
        #expect(failure.offset == offset, "\(failure.problem)")
    }

    @Test func deepNestingIsRefusedNotFollowed() {
        let deep = String(repeating: "(", count: 40) + "overall > 1" + String(repeating: ")", count: 40)
        guard case .failure(let failure) = ConditionParser.parse(deep) else { Issue.record("must be refused"); return }
        #expect(failure.problem == .invalidCondition("nested more than 32 deep"))
        let huge = String(repeating: "(", count: 100_000) + "overall > 1" + String(repeating: ")", count: 100_000)
        guard case .failure(let tooLong) = ConditionParser.parse(huge) else { Issue.record("must be refused"); return }
        #expect(tooLong.problem == .invalidCondition("longer than 256 words and symbols"))
        let nots = String(repeating: "not ", count: 50_000) + "verdict ready"
        #expect((try? ConditionParser.parse(nots).get()) == nil)
        let chain = Array(repeating: "overall > 1", count: 5_000).joined(separator: " and ")
        #expect((try? ConditionParser.parse(chain).get()) == nil)
        #expect((try? ConditionParser.parse(String(repeating: "(", count: 20) + "overall > 1" + String(repeating: ")", count: 20)).get()) != nil)
    }

    @Test func evaluatesAgainstAScoredPost() throws {
        let post = FakeOutcome(scores: [.professionalism: 90, .alignment: 82, .compliance: 40, .overall: 70],
                               ruleIDs: ["policy.mnpi", "tone.hype"], verdict: .blocked)
        func holds(_ text: String) throws -> Bool { try ConditionParser.parse(text).get().holds(in: post) }
        #expect(try holds("compliance < 60"))
        #expect(try holds("alignment >= 80"))
        #expect(try !holds("alignment > 82"))
        #expect(try holds("finding policy.*"))
        #expect(try holds("finding policy.mnpi and verdict blocked"))
        #expect(try !holds("finding policy.guidance"))
        #expect(try holds("not finding goal.*"))
        let withoutGoals = FakeOutcome(scores: [.overall: 70])
        #expect(try !ConditionParser.parse("alignment < 50").get().holds(in: withoutGoals))
    }

    @Test(arguments: [
        ("overall > 100", false), ("overall < 0", false), ("overall > 80 and overall < 50", false),
        ("overall >= 50 and overall <= 50", true), ("overall == 50.5", false),
        ("finding tone.blame and not finding tone.*", false), ("finding tone.* and not finding tone.blame", true),
        ("verdict ready and verdict blocked", false), ("not verdict ready and not verdict revise", true),
        ("not (overall >= 0)", false), ("compliance < 60 or compliance > 200", true),
    ])
    func knowsWhichConditionsCanHold(_ text: String, _ expected: Bool) throws {
        let condition = try ConditionParser.parse(text.replacingOccurrences(of: " > 200", with: " > 99")).get()
        #expect(ConditionSatisfiability.canHold(condition) == expected)
    }

    @Test func alignmentComparisonsNeverHoldWithoutGoals() throws {
        let condition = try ConditionParser.parse("alignment >= 80").get()
        #expect(!ConditionSatisfiability.canHold(condition, alignmentAvailable: false))
        #expect(ConditionSatisfiability.canHold(.not(condition), alignmentAvailable: false))
    }
}

@Suite struct SimulatedTimeTests {
    @Test(arguments: [("T+0", 0), ("T+45m", 45), ("T+3h", 180), ("T+1d", 1440), ("T+1h30m", 90), ("t+2d3h", 3060)])
    func readsAndWritesTrainerTimes(_ text: String, _ minutes: Int) throws {
        let time = try #require(SimulatedTime(parsing: text))
        #expect(time.minutes == minutes)
        #expect(SimulatedTime(parsing: time.description) == time)
    }

    @Test(arguments: ["", "T", "T+", "45m", "T+45", "T+h", "T+3x", "T-3h", "T+99999999999d"])
    func rejectsOtherText(_ text: String) {
        #expect(SimulatedTime(parsing: text) == nil)
    }
}
