import Testing
@testable import MinbarCore

/// A crisis that remembers: trust falls with each bad post, the lawyer is called once,
/// and the last beat asks how the first went.
let storyScenario = """
# Leak at the plant
id: crisis-leak
kind: crisis
audience: residents
platform: x
language: en
difficulty: 3

## State
- trust: 0
- lawyer-called: no

## Beat t0: The smell
at: T+0
deadline: 15m
### Situation
Residents report a chemical smell near the plant.
### Goals
- apologise: sorry | needs: apology
### Reactions
- when finding tone.blame: Residents are furious. | set: trust - 2, lawyer-called
- when late: "Two hours and nothing from the plant?" | set: trust - 1
- otherwise: Residents wait for news.
### Branches
- when trust < 0 or late: t1-angry | set: trust - 1
- otherwise: t1-calm

## Beat t1-angry: Anger
at: T+1h
### Situation
A protest is called.
### Goals
- own it: our fault
### Branches
- when t0.verdict blocked or lawyer-called: t2-court
- otherwise: t2-review

## Beat t1-calm: Calm
at: T+1h
### Situation
Residents wait.
### Goals
- progress: update
### Branches
- when average overall >= 70 and trust >= 0: t2-review
- otherwise: t2-court

## Beat t2-court: Court
at: T+3h
### Situation
A lawsuit is filed.
### Branches
- otherwise: end

## Beat t2-review: Review
at: T+3h
### Situation
An independent review starts.
### Branches
- otherwise: end
"""

@Suite struct StoryStateTests {
    func parsed(_ text: String = storyScenario) throws -> Scenario {
        let result = ScenarioParser.parse(path: "leak.scenario.md", text: text)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.formatted))")
        return try #require(result.scenario)
    }

    @Test func stateDeadlinesAndChangesAreRead() throws {
        let scenario = try parsed()
        #expect(scenario.state.map(\.name) == ["trust", "lawyer-called"])
        #expect(scenario.state.map(\.isFlag) == [false, true])
        #expect(scenario.beats[0].deadline == 15)
        let blame = scenario.beats[0].reactions[0]
        #expect(blame.text == "Residents are furious.")
        #expect(blame.changes.map(\.description) == ["trust - 2", "lawyer-called = 1"])
        #expect(scenario.beats[0].branches[0].changes.map(\.description) == ["trust - 1"])
        #expect(scenario.beats[0].branches[0].condition == .or(.counter("trust", .less, 0), .late))
        #expect(scenario.beats[1].branches[0].condition == .or(.earlier(beat: "t0", .verdict(.blocked)), .flag("lawyer-called")))
        #expect(scenario.beats[2].branches[0].condition == .and(.average(.overall, .greaterOrEqual, 70), .counter("trust", .greaterOrEqual, 0)))
        #expect(scenario.beats[1].branches[0].condition?.description == "t0.verdict blocked or lawyer-called")
    }

    @Test func mistakesInStateAreLocated() throws {
        func diagnostics(_ text: String) -> [Diagnostic] { ScenarioParser.parse(path: "s", text: text).diagnostics }
        let unknownSet = storyScenario.replacingOccurrences(of: "set: trust - 2, lawyer-called", with: "set: trsut - 2, lawyer-called")
        let set = try #require(diagnostics(unknownSet).first { $0.problem.code == "unknown-state-name" })
        #expect(set.problem == .unknownStateName("trsut", suggestion: "trust"))
        #expect(set.location == SourceLocation(line: 21, column: 58))
        let unknownCounter = storyScenario.replacingOccurrences(of: "when trust < 0 or late", with: "when trst < 0 or late")
        let counter = try #require(diagnostics(unknownCounter).first { $0.problem.code == "unknown-score" })
        #expect(counter.problem == .unknownScore("trst", suggestion: "trust"))
        let unknownBeat = storyScenario.replacingOccurrences(of: "when t0.verdict blocked", with: "when t9.verdict blocked")
        let beat = try #require(diagnostics(unknownBeat).first { $0.problem.code == "unknown-beat" })
        #expect(beat.location == SourceLocation(line: 35, column: 8))
        let badDeadline = storyScenario.replacingOccurrences(of: "deadline: 15m", with: "deadline: soon")
        #expect(diagnostics(badDeadline).contains { $0.problem.code == "invalid-value" && $0.location == SourceLocation(line: 15, column: 11) })
        let reserved = storyScenario.replacingOccurrences(of: "- trust: 0", with: "- late: 0")
        #expect(diagnostics(reserved).contains { $0.problem.code == "invalid-id" })
    }

    @Test func theQuicktestReasonsAboutCounters() throws {
        #expect(!ConditionSatisfiability.canHold(.and(.counter("trust", .less, 0), .counter("trust", .greater, 2))))
        #expect(ConditionSatisfiability.canHold(.counter("trust", .less, -5)), "counters may go below zero")
        #expect(!ConditionSatisfiability.canHold(.and(.flag("x"), .counter("x", .equal, 0))))
        #expect(!ConditionSatisfiability.canHold(.and(.late, .not(.late))))
        #expect(ConditionSatisfiability.canHold(.and(.earlier(beat: "t0", .verdict(.blocked)), .verdict(.ready))))
        let shadowed = storyScenario.replacingOccurrences(of: "- otherwise: t2-court\n\n## Beat t2-court",
                                                          with: "- when trust >= 0 and average overall >= 80: t2-review\n- otherwise: t2-court\n\n## Beat t2-court")
        let lint = ScenarioLinter.lint(try parsed(shadowed))
        #expect(lint.contains { $0.problem.code == "condition-shadowed" }, "\(lint.map(\.formatted))")
    }

    @Test func conditionsReadTheStory() throws {
        let scenario = try parsed()
        func report(_ overall: Int, _ verdict: Verdict, _ rules: [String] = []) -> StoryState.BeatResult {
            StoryState.BeatResult(beat: "", scores: [.overall: Double(overall), .compliance: 90], ruleIDs: rules, verdict: verdict)
        }
        var state = StoryState(scenario: scenario)
        #expect(state.counters == ["trust": 0, "lawyer-called": 0])
        // A blaming post at t0: the reaction's and the branch's changes both apply.
        let first = StoryMoment(post: report(40, .revise, ["tone.blame"]), beat: "t0", before: state)
        let step = PracticeSession.step(scenario.beats[0], in: scenario, for: first)
        #expect(step.reactionIndex == 0)
        #expect(step.branchIndex == 1, "the branch is chosen on the counters before this post's changes")
        #expect(step.after.counters == ["trust": -2, "lawyer-called": 1])
        state = step.after
        // At the angry beat the flag set at t0 sends the story to court.
        let second = StoryMoment(post: report(90, .ready), beat: "t1-angry", before: state)
        #expect(PracticeSession.step(scenario.beats[1], in: scenario, for: second).next?.id == "t2-court")
        // A late post at t0 takes the first branch however good it is.
        let late = StoryMoment(post: report(95, .ready), beat: "t0", before: StoryState(scenario: scenario), late: true)
        let lateStep = PracticeSession.step(scenario.beats[0], in: scenario, for: late)
        #expect(lateStep.reaction?.text.contains("Two hours") == true)
        #expect(lateStep.next?.id == "t1-angry")
        #expect(lateStep.after.counters["trust"] == -2)
        // The running average counts every post so far, this one included.
        let calm = StoryState(counters: ["trust": 0], results: [report(90, .ready)])
        #expect(Condition.average(.overall, .greaterOrEqual, 70).holds(in: StoryMoment(post: report(60, .revise), beat: "t1-calm", before: calm)))
        #expect(!Condition.average(.overall, .greaterOrEqual, 70).holds(in: StoryMoment(post: report(40, .revise), beat: "t1-calm", before: calm)))
        #expect(Condition.any(.finding("tone.*")).holds(in: StoryMoment(post: report(90, .ready), beat: "x",
                                                                             before: StoryState(results: [report(40, .revise, ["tone.blame"])]))))
    }
}

@Suite struct RandomTestTests {
    @Test func everyPathOfTheStoryPlays() throws {
        let scenario = try #require(ScenarioParser.parse(path: "leak.scenario.md", text: storyScenario).scenario)
        let coverage = RandomTest.run(scenario, walks: 200, seed: 42) { _ in [] }
        #expect(coverage.isComplete, "\(coverage.unreached)")
        #expect(coverage.beats.map(\.beat) == ["t0", "t1-angry", "t1-calm", "t2-court", "t2-review"])
        #expect(coverage.beats[0].count == 200)
        #expect(coverage.beats[1].count + coverage.beats[2].count == 200)
        #expect(coverage.endings.values.reduce(0, +) == 200)
    }

    @Test func theSameSeedGivesTheSameWalks() throws {
        let scenario = try #require(ScenarioParser.parse(path: "leak.scenario.md", text: storyScenario).scenario)
        let first = RandomTest.run(scenario, walks: 60, seed: 7) { _ in [] }
        #expect(first == RandomTest.run(scenario, walks: 60, seed: 7) { _ in [] })
        let other = RandomTest.run(scenario, walks: 60, seed: 8) { _ in [] }
        #expect(first.branches.map(\.count) != other.branches.map(\.count))
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF, "the published first output of SplitMix64 for seed 0")
    }

    @Test func aBranchNoStoryCanReachIsReported() throws {
        // Trust only ever falls, so `trust > 0` can hold for the quicktest but no walk reaches it.
        let text = storyScenario.replacingOccurrences(of: "- when t0.verdict blocked or lawyer-called: t2-court",
                                                      with: "- when trust > 0: t2-review\n- when t0.verdict blocked or lawyer-called: t2-court")
        let scenario = try #require(ScenarioParser.parse(path: "leak.scenario.md", text: text).scenario)
        #expect(ScenarioLinter.lint(scenario).filter { $0.problem != .noExamples && $0.severity != .note }.isEmpty,
                "the quicktest cannot see it")
        let coverage = RandomTest.run(scenario, walks: 300, seed: 1) { _ in [] }
        #expect(!coverage.isComplete)
        #expect(coverage.unreached.map(\.label) == ["trust > 0 → t2-review"])
        #expect(coverage.unreached.first?.location.line == 35)
    }

    @Test func deadEndsAndEndlessLoopsAreFound() throws {
        let deadEnd = storyScenario.replacingOccurrences(of: "## Beat t2-review: Review\nat: T+3h\n### Situation\nAn independent review starts.\n### Branches\n- otherwise: end",
                                                         with: "## Beat t2-review: Review\nat: T+3h\n### Situation\nAn independent review starts.\n### Branches\n- when overall > 50: end")
        let scenario = try #require(ScenarioParser.parse(path: "leak.scenario.md", text: deadEnd).scenario)
        let coverage = RandomTest.run(scenario, walks: 100, seed: 3) { _ in [] }
        #expect(coverage.deadEnds.map(\.from) == ["t2-review"])
        let loop = storyScenario.replacingOccurrences(of: "### Situation\nA lawsuit is filed.\n### Branches\n- otherwise: end",
                                                      with: "### Situation\nA lawsuit is filed.\n### Branches\n- otherwise: t1-angry")
        let looping = try #require(ScenarioParser.parse(path: "leak.scenario.md", text: loop).scenario)
        let endless = RandomTest.run(looping, walks: 50, seed: 3) { _ in [] }
        #expect(endless.endless > 0)
        #expect(endless.loops.contains { $0.from == "t2-court" && $0.to == "t1-angry" })
        #expect(!endless.isComplete)
    }
}

@Suite struct PracticeStoryTests {
    @Test func theSessionKeepsTheStoryAndRetryUndoesAPost() throws {
        let scenario = try #require(ScenarioParser.parse(path: "leak.scenario.md", text: storyScenario).scenario)
        let engine = ScoringEngine()
        var practice = PracticeSession(scenarios: [scenario]) { scenario, beat in
            ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: beat), date: nil)
        }
        try practice.open("crisis-leak")
        #expect(practice.story.counters == ["trust": 0, "lawyer-called": 0])
        let first = try practice.submit("It is not our fault: the contractor's valve failed.")
        #expect(first.report.findings.contains { $0.ruleID == "tone.blame" })
        #expect(first.reaction?.text == "Residents are furious.")
        #expect(practice.story.counters == ["trust": -2, "lawyer-called": 1])
        #expect(practice.story.results.map(\.beat) == ["t0"])
        try practice.retry()
        #expect(practice.story.counters == ["trust": 0, "lawyer-called": 0], "the retried post's changes are undone")
        #expect(practice.story.results.isEmpty)
        let late = try practice.submit("We are sorry about the smell near the plant tonight.", late: true)
        #expect(late.late)
        #expect(late.next?.id == "t1-angry")
        // A facilitator's jump keeps what happened so far.
        try practice.jump(to: "t2-review")
        #expect(practice.beat?.id == "t2-review")
        #expect(practice.story.results.count == 1)
        #expect(throws: PracticeSession.Failure.unknownBeat("t3", scenario: "crisis-leak", suggestion: "t0")) { try practice.jump(to: "t3") }
    }
}
