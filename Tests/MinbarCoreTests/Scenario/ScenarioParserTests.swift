import Testing
@testable import MinbarCore

/// The example from the format's specification, byte for byte: it must load unchanged.
let canonicalScenario = """
# Analyst asks about margins after Q3
id: investor-q3-margins
kind: investor
audience: shareholders, analysts
platform: x
language: en
difficulty: 2

## Situation
Your Q3 results were published this morning. Gross margin fell from 41% to 37%.
An analyst with 80k followers replies to your results post:
> Margins down four points and not a word from the CEO. Is the growth story over?

## Goals
- acknowledge: margin, 37%, decline
- explain: freight, input costs, supply
- plan: plan, steps, measures | needs: date
- evidence: published results, report | needs: figure

## Avoid
- guidance: next quarter margin will, we expect margins
- blame: short sellers, analysts are wrong

## Facts
- gross margin q3: 37%
- gross margin q2: 41%

## Reactions
- when compliance < 60: The exchange's surveillance team asks you to clarify your statement.
- when alignment >= 80: The analyst replies: "Fair answer. Watching Q4."
- otherwise: The thread keeps asking whether margins will recover.
"""

func parse(_ text: String, path: String = "test.scenario.md") -> ScenarioParser.Result {
    ScenarioParser.parse(path: path, text: text)
}

@Suite struct ScenarioParserTests {
    @Test func canonicalExampleParsesToTheModelItDescribes() throws {
        let result = parse(canonicalScenario)
        #expect(result.diagnostics.isEmpty)
        let scenario = try #require(result.scenario)
        #expect(scenario.id == "investor-q3-margins")
        #expect(scenario.title == "Analyst asks about margins after Q3")
        #expect(scenario.kind == .investor)
        #expect(scenario.audience == ["shareholders", "analysts"])
        #expect(scenario.platform == .x)
        #expect(scenario.language == .en)
        #expect(scenario.difficulty == 2)
        #expect(!scenario.hasBeats)
        #expect(scenario.beats.count == 1)

        let beat = scenario.beats[0]
        #expect(beat.situation.hasPrefix("Your Q3 results were published this morning."))
        #expect(beat.situation.hasSuffix("Is the growth story over?"))
        #expect(beat.situation.split(separator: "\n").count == 3)

        #expect(beat.goals.map(\.label) == ["acknowledge", "explain", "plan", "evidence"])
        #expect(beat.goals[0].cues.map(\.text) == ["margin", "37%", "decline"])
        #expect(beat.goals[0].needs.isEmpty)
        #expect(beat.goals[2].cues.map(\.text) == ["plan", "steps", "measures"])
        #expect(beat.goals[2].needs == [.date])
        #expect(beat.goals[3].needs == [.figure])
        #expect(beat.goals[1].cues[1].location == SourceLocation(line: 16, column: 21))

        #expect(scenario.avoid.map(\.label) == ["guidance", "blame"])
        #expect(scenario.avoid[0].terms.map(\.text) == ["next quarter margin will", "we expect margins"])
        #expect(scenario.facts.map(\.name) == ["gross margin q3", "gross margin q2"])
        #expect(scenario.facts.map(\.value) == ["37%", "41%"])

        #expect(beat.reactions.count == 3)
        #expect(beat.reactions[0].condition == .score(.compliance, .less, 60))
        #expect(beat.reactions[0].text == "The exchange's surveillance team asks you to clarify your statement.")
        #expect(beat.reactions[1].condition == .score(.alignment, .greaterOrEqual, 80))
        #expect(beat.reactions[1].text == "The analyst replies: \"Fair answer. Watching Q4.\"")
        #expect(beat.reactions[2].condition == nil)
        #expect(beat.reactions[2].location.line == 31)
    }

    /// An empty file is one error, "the file is empty", not a missing title, seven
    /// missing keys and a missing section; the same for a plan.
    @Test(arguments: ["", "\n\n   \n", "\u{FEFF}\r\n\t\r\n"])
    func anEmptyFileIsOneError(_ text: String) {
        let scenario = ScenarioParser.parse(path: "s.scenario.md", text: text)
        #expect(scenario.scenario == nil)
        #expect(scenario.diagnostics.map(\.problem) == [.emptyFile], "\(scenario.diagnostics.map(\.message))")
        #expect(scenario.diagnostics.first?.message(.en) == "the file is empty")
        #expect(scenario.diagnostics.first?.message(.ar) == "الملف فارغ")
        #expect(PlanParser.parse(path: "p.plan.md", text: text).diagnostics.map(\.problem) == [.emptyFile])
        // A title alone is no longer empty: its missing keys are said.
        #expect(ScenarioParser.parse(path: "s.scenario.md", text: "# Title\n").diagnostics.contains { $0.problem == .missingKey("id") })
    }

    @Test func byteOrderMarkCRLFTabsAndBlankRunsAreHandled() throws {
        let messy = "\u{FEFF}" + canonicalScenario
            .replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "## Goals", with: "\r\n\r\n\r\n## Goals")
            .replacingOccurrences(of: "kind: investor", with: "kind:\tinvestor")
        let result = parse(messy)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let scenario = try #require(result.scenario)
        #expect(scenario.kind == .investor)
        #expect(scenario.beats[0].goals.count == 4)
        #expect(scenario.beats[0].situation.split(separator: "\n").count == 3)
    }

    @Test func arabicScenarioWithArabicIndicDigitsAndArabicCommas() throws {
        let text = """
        # مساهم يسأل عن التوزيعات
        id: investor-dividend-ar
        kind: investor
        audience: المساهمون، المحللون
        platform: x
        language: ar
        difficulty: 1

        ## Situation
        انخفض صافي الربح إلى ١٢٫٥ مليون ريال.

        ## Goals
        - التوضيح: التوزيعات، الأرباح، ٣٧٪ | needs: figure
        ## Facts
        - صافي الربح: ١٢٫٥ مليون | cues: الربح، صافي
        ## Reactions
        - when finding policy.*: هيئة السوق تطلب توضيحاً.
        - otherwise: المساهمون يشكرونك.
        """
        let result = parse(text)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let scenario = try #require(result.scenario)
        #expect(scenario.audience == ["المساهمون", "المحللون"])
        #expect(scenario.beats[0].goals[0].label == "التوضيح")
        #expect(scenario.beats[0].goals[0].cues.map(\.text) == ["التوزيعات", "الأرباح", "٣٧٪"])
        #expect(scenario.facts[0].value == "١٢٫٥ مليون")
        #expect(scenario.facts[0].cues.map(\.text) == ["الربح", "صافي"])
        #expect(scenario.beats[0].reactions[0].condition == .finding("policy.*"))
        // Columns count characters as a reader sees them, Arabic included.
        #expect(scenario.beats[0].goals[0].cues[1].location == SourceLocation(line: 13, column: 23))
    }

    @Test func commentsAreIgnoredWithoutShiftingColumns() throws {
        let text = canonicalScenario
            .replacingOccurrences(of: "## Goals\n", with: "## Goals\n<!-- trainers:\n these are hidden -->\n")
            .replacingOccurrences(of: "- explain: freight", with: "- explain: <!-- note --> freight")
        let scenario = try #require(parse(text).scenario)
        #expect(scenario.beats[0].goals.count == 4)
        #expect(scenario.beats[0].goals[1].cues[0].text == "freight")
        #expect(scenario.beats[0].goals[1].cues[0].location.column == 26)
    }

    @Test func multiBeatScenarioWithBranchesAndTimes() throws {
        let text = """
        # Outage
        id: crisis-outage
        kind: crisis
        audience: customers
        platform: x
        language: any
        difficulty: 3

        ## Situation
        A heatwave. The grid fails in two districts.

        ## Avoid
        - blame: the weather

        ## Beat t0: Lights out
        at: T+0
        ### Situation
        Customers post photos of dark streets.
        ### Goals
        - apologise: sorry, apologise | needs: apology
        ### Reactions
        - when overall >= 75: Customers thank you for the update.
        - otherwise: Anger grows.
        ### Branches
        - when finding tone.blame or overall < 50: -> t1-angry
        - otherwise: t1-calm
        ### Examples
        - ready: We are sorry: power is out in Seeb and Bausher. Crews are on site; next update at 18:00.

        ## Beat t1-angry: The hashtag trends
        at: T+45m
        ### Situation
        #ManaraFail trends.
        ### Branches
        - otherwise: end

        ## Beat t1-calm: Crews on site
        at: T+1h30m
        ### Situation
        Crews restore one district.
        """
        let result = parse(text)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let scenario = try #require(result.scenario)
        #expect(scenario.hasBeats)
        #expect(scenario.background == "A heatwave. The grid fails in two districts.")
        #expect(scenario.avoid.map(\.label) == ["blame"])
        #expect(scenario.beats.map(\.id) == ["t0", "t1-angry", "t1-calm"])
        #expect(scenario.beats.map(\.title) == ["Lights out", "The hashtag trends", "Crews on site"])
        #expect(scenario.beats.map(\.at.minutes) == [0, 45, 90])
        let branches = scenario.beats[0].branches
        #expect(branches.map(\.target) == [.beat("t1-angry"), .beat("t1-calm")])
        #expect(branches[0].condition == .or(.finding("tone.blame"), .score(.overall, .less, 50)))
        #expect(scenario.beats[1].branches.map(\.target) == [.end])
        #expect(scenario.beats[0].examples.map(\.verdict) == [.ready])
        #expect(ScenarioLinter.unreachableBeats(in: scenario).isEmpty)
    }

    /// What the story keeps confidential: the scenario's own list and a beat's, each item
    /// with its terms and where they are written, in both languages.
    @Test func confidentialItemsAreReadForTheScenarioAndForABeat() throws {
        let text = """
        # Rumour
        id: investor-rumour
        kind: investor
        audience: shareholders
        platform: x
        language: any
        difficulty: 2

        ## Situation
        A deal site reports a bid. The board did receive an approach.

        ## Confidential
        - the approach: khaleej ports, an approach, 0.620
        - المفاوضات: برق للألياف، مفاوضات متقدمة

        ## Beat t0: The rumour
        at: T+0
        ### Situation
        Shares are up 9%.
        ### Confidential
        - the advisers: our advisers
        ### Examples
        - ready: We do not comment on market rumours.
        """
        let result = parse(text)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")
        let scenario = try #require(result.scenario)
        #expect(scenario.confidential.map(\.label) == ["the approach", "المفاوضات"])
        #expect(scenario.confidential[0].terms.map(\.text) == ["khaleej ports", "an approach", "0.620"])
        #expect(scenario.confidential[1].terms.map(\.text) == ["برق للألياف", "مفاوضات متقدمة"])
        #expect(scenario.confidential[0].terms[0].location.line == 13)
        let beat = try #require(scenario.beat("t0"))
        #expect(beat.confidential.map(\.label) == ["the advisers"])
        #expect(scenario.confidential(in: beat).map(\.label) == ["the approach", "المفاوضات", "the advisers"])
    }

    /// An item that does start with "- " but has no label is told what is missing, in
    /// both languages (the hint used to say only that items start with "- ").
    @Test func anItemWithoutALabelIsToldToWriteOne() throws {
        let result = parse(canonicalScenario.replacingOccurrences(of: "## Facts", with: "## Confidential\n- : the approach\n\n## Facts"))
        let problem = try #require(result.diagnostics.first { $0.problem == .malformedItem(section: "confidential", expected: "'- label: term, term'") })
        #expect(problem.hint?.contains("label comes before the ':'") == true, "\(problem.hint ?? "")")
        #expect(problem.hint(.ar)?.contains("عنوانه قبل") == true)
    }

    @Test func listItemsContinueOnIndentedLines() throws {
        let text = canonicalScenario + """

        ## Examples
        - ready: Q3 gross margin was 37%, down from 41%, as published in this
          morning's results.
        - blocked: Next quarter margin will be back above 40%.
        """
        let scenario = try #require(parse(text).scenario)
        let examples = scenario.beats[0].examples
        #expect(examples.count == 2)
        #expect(examples[0].text == "Q3 gross margin was 37%, down from 41%, as published in this morning's results.")
        #expect(examples[1].verdict == .blocked)
    }
}
