import Testing
@testable import MinbarCore

/// Mistakes a trainer makes that used to pass silently: each now gets a located error or
/// warning with a reason and a fix.
@Suite struct SilentMistakeTests {
    static let beats = """
    # Video spreads
    id: crisis-video
    kind: crisis
    audience: public
    platform: x
    language: en
    difficulty: 2

    ## Beat t0: The video spreads
    at: T+0
    ### Situation
    A clip of the gate is spreading.
    ### Goals
    - apologise: sorry, apologise | needs: apology
    ### Reactions
    - when finding tone.blame: "They blame a 71-year-old" trends.
    - otherwise: Replies keep asking.
    ### Branches
    - when overall < 50: t1-backlash
    - otherwise: t1-calm
    ### Examples
    - ready: I am sorry. We apologise to the passenger and his daughter tonight.

    ## Beat t1-backlash: Backlash
    at: T+45m
    ### Situation
    It trends.
    ### Goals
    - own it: our fault

    ## Beat t1-calm: Calm
    at: T+45m
    ### Situation
    It calms.
    ### Goals
    - follow up: update
    """

    func diagnostics(_ text: String) -> [Diagnostic] {
        ScenarioParser.parse(path: "s.scenario.md", text: text).diagnostics
    }

    func one(_ text: String, code: String) throws -> Diagnostic {
        let found = diagnostics(text).filter { $0.problem.code == code }
        #expect(found.count == 1, "\(diagnostics(text).map(\.formatted))")
        return try #require(found.first)
    }

    @Test func aConditionNamingNoRuleIsAnErrorWithDidYouMean() throws {
        let text = Self.beats.replacingOccurrences(of: "when finding tone.blame:", with: "when finding tone.blam:")
        let diagnostic = try one(text, code: "unknown-condition-rule")
        #expect(diagnostic.location == SourceLocation(line: 16, column: 16))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.hint == "did you mean 'tone.blame'?")
        #expect(ScenarioParser.parse(path: "s", text: text).scenario == nil)
    }

    @Test func aConditionNamingNoFamilyIsAnError() throws {
        let text = Self.beats.replacingOccurrences(of: "when finding tone.blame:", with: "when finding tones.*:")
        let diagnostic = try one(text, code: "unknown-condition-rule")
        #expect(diagnostic.problem == .unknownConditionRule("tones.*", suggestion: "tone.*", isFamily: true))
        // Real families and the catch-all pass.
        for good in ["finding policy.*", "finding *", "finding goal.avoid", "not finding tone.*"] {
            #expect((try? ConditionParser.parse(good).get()) != nil, "\(good)")
        }
    }

    @Test(arguments: [("=>", ">="), ("=<", "<="), ("===", "=="), ("<>", "!="), (">>", ">")])
    func operatorTyposAreNamed(_ typo: String, _ meant: String) throws {
        let text = Self.beats.replacingOccurrences(of: "when overall < 50:", with: "when overall \(typo) 50:")
        let diagnostic = try one(text, code: "operator-typo")
        #expect(diagnostic.problem == .operatorTypo(typo, suggestion: meant))
        #expect(diagnostic.location == SourceLocation(line: 19, column: 16))
        #expect(diagnostic.hint?.contains("did you mean '\(meant)'?") == true)
    }

    @Test func aTabBeforeTheMarkerStartsAnItemAndSaysSo() throws {
        let text = Self.beats.replacingOccurrences(of: "- otherwise: Replies keep asking.", with: "\t- otherwise: Replies keep asking.")
        let diagnostic = try one(text, code: "indented-list-marker")
        #expect(diagnostic.location == SourceLocation(line: 17, column: 2))
        #expect(diagnostic.hint?.contains("two or more spaces") == true)
        let scenario = try #require(ScenarioParser.parse(path: "s", text: text).scenario)
        #expect(scenario.beats[0].reactions.count == 2, "the otherwise is its own reaction, not part of the line above")
    }

    @Test func spacesBeforeAnItemThatLooksLikeAnItemStartIt() throws {
        let text = Self.beats.replacingOccurrences(of: "- otherwise: t1-calm", with: "   - otherwise: t1-calm")
        _ = try one(text, code: "indented-list-marker")
        let scenario = try #require(ScenarioParser.parse(path: "s", text: text).scenario)
        #expect(scenario.beats[0].branches.count == 2)
        // An indented dash that continues a post stays part of it.
        let post = Self.beats.replacingOccurrences(of: "daughter tonight.", with: "daughter tonight.\n  - and we will call every family")
        let kept = try #require(ScenarioParser.parse(path: "s", text: post).scenario)
        #expect(kept.beats[0].examples[0].text.hasSuffix("- and we will call every family"))
    }

    /// A goal indented by mistake was glued onto the goal above, and the error named a move
    /// ("unknown move 'answer - give the current figure…'") on the wrong line.
    @Test func anIndentedGoalIsItsOwnGoalAndSaysSo() throws {
        let text = Self.beats.replacingOccurrences(of: "- apologise: sorry, apologise | needs: apology",
                                                   with: "- apologise: sorry, apologise | needs: apology\n   - give the facts: gate, delay | needs: figure")
        let diagnostic = try one(text, code: "indented-list-marker")
        #expect(diagnostic.location.line == 15)
        let scenario = try #require(ScenarioParser.parse(path: "s", text: text).scenario)
        #expect(scenario.beats[0].goals.count == 2, "\(scenario.beats[0].goals.map(\.label))")
    }

    @Test func aOneSpaceContinuationSpellsOutTheRule() throws {
        let text = Self.beats.replacingOccurrences(of: "- otherwise: Replies keep asking.", with: "- otherwise: Replies keep\n asking.")
        let diagnostic = try one(text, code: "continuation-indent")
        #expect(diagnostic.location == SourceLocation(line: 18, column: 2))
        #expect(diagnostic.hint?.contains("two or more spaces") == true)
        #expect(diagnostic.hint?.contains("a tab counts as four") == true)
    }

    @Test func needsAfterALabelAreRead() throws {
        let text = Self.beats.replacingOccurrences(of: "- own it: our fault", with: "- route to investor relations | needs: contact")
        let result = ScenarioParser.parse(path: "s", text: text)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let goal = try #require(result.scenario?.beats[1].goals.first)
        #expect(goal.label == "route to investor relations")
        #expect(goal.needs == [.contact])
        #expect(goal.cues.map(\.text) == ["route to investor relations"])
        let bad = Self.beats.replacingOccurrences(of: "- own it: our fault", with: "- route to investor relations | needs: contcat")
        let typo = try one(bad, code: "unknown-need")
        #expect(typo.location == SourceLocation(line: 29, column: 40))
    }

    @Test func aBeatWithoutATimeIsAWarning() throws {
        let text = Self.beats.replacingOccurrences(of: "## Beat t1-calm: Calm\nat: T+45m\n", with: "## Beat t1-calm: Calm\n")
        let diagnostic = try one(text, code: "missing-time")
        #expect(diagnostic.location.line == 31)
        #expect(diagnostic.severity == .warning)
    }

    @Test func timeRunningBackwardsAndLoopsAreReported() throws {
        let backwards = Self.beats.replacingOccurrences(of: "## Beat t1-calm: Calm\nat: T+45m", with: "## Beat t1-calm: Calm\nat: T+30m")
            .replacingOccurrences(of: "- own it: our fault", with: "- own it: our fault\n### Branches\n- otherwise: t1-calm")
        let scenario = try #require(ScenarioParser.parse(path: "s", text: backwards).scenario)
        let lint = ScenarioLinter.lint(scenario)
        let back = try #require(lint.first { $0.problem.code == "time-runs-backwards" })
        #expect(back.problem == .timeRunsBackwards(from: "t1-backlash", fromTime: "T+45m", to: "t1-calm", toTime: "T+30m"))
        #expect(back.location.line == 31)

        let loop = Self.beats.replacingOccurrences(of: "- own it: our fault", with: "- own it: our fault\n### Branches\n- when overall < 40: t0\n- otherwise: end")
        let looped = try #require(ScenarioParser.parse(path: "s", text: loop).scenario)
        let found = try #require(ScenarioLinter.lint(looped).first { $0.problem.code == "loops-back" })
        #expect(found.problem == .loopsBack(to: "t0", isStart: true))
        #expect(found.location.line == 31)
    }

    @Test func aBeatMayWriteForAnotherPlatform() throws {
        let text = Self.beats.replacingOccurrences(of: "## Beat t1-calm: Calm\nat: T+45m", with: "## Beat t1-calm: Calm\nat: T+45m\nplatform: linkedin")
        let scenario = try #require(ScenarioParser.parse(path: "s", text: text).scenario)
        #expect(scenario.platform(in: scenario.beats[2]) == .linkedin)
        #expect(scenario.platform(in: scenario.beats[0]) == .x)
        // Scoring follows the beat: a long post fits LinkedIn but not X.
        let long = String(repeating: "We are sorry and we are reviewing what happened at the gate tonight. ", count: 6)
        let engine = ScoringEngine()
        let onX = engine.score(long, beat: PreparedBeat(scenario: scenario, beat: scenario.beats[0]))
        let onLinkedIn = engine.score(long, beat: PreparedBeat(scenario: scenario, beat: scenario.beats[2]))
        #expect(onX.findings.contains { $0.ruleID == "platform.length" })
        #expect(!onLinkedIn.findings.contains { $0.ruleID == "platform.length" })
        let wrong = Self.beats.replacingOccurrences(of: "## Beat t1-calm: Calm\nat: T+45m", with: "## Beat t1-calm: Calm\nat: T+45m\nplatform: linkdin")
        #expect(diagnostics(wrong).contains { $0.problem.code == "invalid-value" && $0.location == SourceLocation(line: 33, column: 11) })
    }

    @Test func aBranchNoExampleTakesIsReported() throws {
        let scenario = try #require(ScenarioParser.parse(path: "s", text: Self.beats).scenario)
        let engine = ScoringEngine()
        let found = ExampleChecker.check(scenario) { ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: $0), date: CalendarDate(year: 2027, month: 1, day: 15)) }.filter { $0.problem.code == "branch-not-exercised" }
        #expect(found.map(\.location.line) == [19], "only the ready example is given, and it takes 'otherwise'")
    }
}
