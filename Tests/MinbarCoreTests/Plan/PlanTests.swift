import Testing
@testable import MinbarCore

let samplePlanText = """
# Sadeem Logistics communication plan 2027
id: sadeem-test
organisation: Sadeem Logistics
type: listed
executive: Rania Al-Harthy

## Objective sustainability: Show the sustainability strategy to shareholders
audience: shareholders, analysts
window: Q1-Q2 2027
posts: 6
cues: emissions, sustainability, الاستدامة, الانبعاثات

## Objective safety: Keep the safety record visible
audience: employees
cadence: monthly
posts: 2
cues: safety, السلامة

## Figures
- emissions per unit down 18% since 2021 | value: 18% | as-of: 2026-12-31 | source: 2026 sustainability report | public: yes | cues: emissions, الانبعاثات
- Q4 revenue +12% | value: 12% | as-of: 2026-12-31 | public: no | cues: revenue, الإيرادات

## Certificates
- ISO 14001 | issuer: BSI | awarded: 2025-03-01 | expires: 2027-03-01

## Ratings
- MSCI ESG: A | date: 2026-11-01
"""

func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

@Suite struct PlanParserTests {
    @Test func parsesTheIssueExample() throws {
        let result = PlanParser.parse(path: "sadeem.plan.md", text: samplePlanText)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let plan = try #require(result.plan)
        #expect(plan.organisationType == .listed)
        #expect(plan.objectives.map(\.id) == ["sustainability", "safety"])
        #expect(plan.objectives[0].schedule == .window(start: day("2027-01-01"), due: day("2027-06-30")))
        #expect(plan.objectives[1].schedule == .cadence(.monthly))
        #expect(plan.objectives[0].cues.contains("الاستدامة"))
        #expect(plan.figures.map(\.isPublic) == [true, false])
        #expect(plan.figures[0].source == "2026 sustainability report")
        #expect(plan.certificates.first?.expires == day("2027-03-01"))
        #expect(plan.ratings.first?.body == "MSCI ESG" && plan.ratings.first?.grade == "A")
    }

    @Test func reportsBadPlansWithLocations() {
        let broken = samplePlanText
            .replacingOccurrences(of: "window: Q1-Q2 2027", with: "window: spring")
            .replacingOccurrences(of: "type: listed", with: "type: listd")
            .replacingOccurrences(of: "posts: 6", with: "posts: 6\nsoon: yes")
        let diagnostics = PlanParser.parse(path: "p.plan.md", text: broken).diagnostics
        #expect(diagnostics.contains { $0.problem.code == "invalid-value" && $0.location.line == 9 })
        #expect(diagnostics.contains { $0.problem.code == "invalid-value" && $0.location.line == 4 })
        #expect(diagnostics.contains { $0.problem == .unknownKey("soon", suggestion: nil) && $0.location.line == 11 })
        #expect(PlanParser.parse(path: "p.plan.md", text: broken).plan == nil)
    }

    /// `public:` is yes or no, and a certificate cannot expire before it was awarded: both
    /// were accepted without a word ("maybe" read as no).
    @Test func publicMustBeYesOrNoAndCertificatesRunForward() {
        let text = """
            # Bad plan
            id: bad-plan
            organisation: Test
            type: listed

            ## Objective jobs: Jobs
            window: 2027-01-01 to 2027-03-31
            posts: 2
            cues: jobs

            ## Figures
            - jobs created | value: 120 | public: maybe | cues: jobs
            - apprentices | value: 40 | public: no | cues: apprentices

            ## Certificates
            - ISO 9001 | issuer: BSI | awarded: 2027-05-01 | expires: 2026-05-01
            - ISO 14001 | issuer: BSI | awarded: 2024-05-01 | expires: 2027-05-01
            """
        let diagnostics = PlanParser.parse(path: "bad.plan.md", text: text).diagnostics
        #expect(diagnostics.contains { $0.problem == .invalidValue(key: "public", value: "maybe", expected: "yes or no") && $0.location.line == 12 },
                "\(diagnostics)")
        #expect(diagnostics.contains { $0.problem.code == "invalid-value" && $0.location.line == 16 }, "\(diagnostics)")
        #expect(diagnostics.count == 2, "the good figure and certificate pass: \(diagnostics)")
        #expect(Problem.invalidValue(key: "public", value: "maybe", expected: "yes or no").message(.ar).contains("yes أو no"))
    }

    /// A header key written without its colon, as a scenario's is told: "did you mean".
    /// A sentence that starts with a key's name is still just ignored text.
    @Test func aPlanKeyWithoutItsColonGetsAHint() throws {
        let slipped = samplePlanText.replacingOccurrences(of: "organisation: Sadeem Logistics", with: "organisation Sadeem Logistics")
        let diagnostics = PlanParser.parse(path: "p.plan.md", text: slipped).diagnostics
        let slip = try #require(diagnostics.first { $0.location.line == 3 }, "\(diagnostics.map(\.formatted))")
        #expect(slip.problem == .keyWithoutColon(key: "organisation", value: "Sadeem Logistics"))
        #expect(slip.problem.hint == "did you mean 'organisation: Sadeem Logistics'?")
        let prose = samplePlanText.replacingOccurrences(of: "executive: Rania Al-Harthy",
                                                        with: "executive: Rania Al-Harthy\ntype of plan agreed with the board last week.")
        let stray = PlanParser.parse(path: "p.plan.md", text: prose).diagnostics
        #expect(stray.contains { $0.location.line == 6 && $0.problem.code == "unexpected-text" }
                    && !stray.contains { $0.problem.hint?.contains("did you mean") == true }, "\(stray.map(\.formatted))")
        // A key's name in sentence case opens a sentence ("Executive sign-off pending").
        let capitalised = PlanParser.parse(path: "p.plan.md", text: samplePlanText.replacingOccurrences(
            of: "executive: Rania Al-Harthy", with: "executive: Rania Al-Harthy\nExecutive sign-off pending")).diagnostics
        #expect(!capitalised.contains { $0.problem.hint?.contains("did you mean") == true }, "\(capitalised.map(\.formatted))")
    }
}

@Suite struct PlanScoringTests {
    var engine: ScoringEngine { .sharedForTests }
    var plan: PreparedPlan { PreparedPlan(PlanParser.parse(path: "p.plan.md", text: samplePlanText).plan!) }

    @Test(arguments: [
        "Emissions per unit are down 18% since 2021, and MSCI rates us A.",
        "انخفضت الانبعاثات ١٨٪ منذ ٢٠٢١، وتصنيفنا من MSCI هو A.",
        "انخفضت الانبعاثات ۱۸٪ منذ ۲۰۲۱.",
    ])
    func evidenceIsMatchedInEveryDigitSystem(_ text: String) {
        let report = engine.score(text, plan: plan, date: day("2027-02-01"))
        #expect(report.objectives == ["sustainability"])
        #expect(report.evidence.contains("emissions per unit down 18% since 2021"))
        #expect(report.verdict != .blocked)
    }

    @Test(arguments: ["Q4 revenue is up 12% and our sustainability story is why.", "ارتفعت الإيرادات ١٢٪ في الربع الرابع."])
    func citingAFigureThatIsNotPublicBlocks(_ text: String) {
        let report = engine.score(text, plan: plan, date: day("2027-02-01"))
        #expect(report.verdict == .blocked)
        #expect(report.ruleIDs.contains("plan.unpublished-figure"))
    }

    @Test func advancingAnObjectiveWithoutEvidenceCostsAlignment() {
        let report = engine.score("Sustainability is at the heart of what we do.", plan: plan)
        #expect(report.ruleIDs.contains("plan.unbacked"))
        #expect(report.scores.alignment == 75)
        #expect(engine.score("Nice weather today.", plan: plan).ruleIDs.contains("plan.off-plan"))
    }
}

@Suite struct PlanTrackerTests {
    let plan = PlanParser.parse(path: "p.plan.md", text: samplePlanText).plan!

    func status(_ id: String, posts: [PlanPost], today: String) -> ObjectiveStatus {
        PlanTracker.report(for: plan, posts: posts, today: day(today)).statuses.first { $0.objective.id == id }!
    }

    func posts(_ dates: [String], evidence: Bool = true) -> [PlanPost] {
        dates.map { PlanPost(date: day($0), objectives: ["sustainability"], evidence: evidence ? ["ISO 14001"] : []) }
    }

    @Test func statusesFollowTheCalendar() {
        #expect(status("sustainability", posts: [], today: "2026-12-01").state == .notStarted)
        #expect(status("sustainability", posts: [], today: "2027-01-10").state == .notStarted)
        #expect(status("sustainability", posts: [], today: "2027-03-01").state == .atRisk)
        #expect(status("sustainability", posts: posts(["2027-01-15", "2027-02-10", "2027-03-05"]), today: "2027-03-20").state == .onTrack)
        #expect(status("sustainability", posts: posts(["2027-01-15", "2027-02-10"]), today: "2027-04-01").state == .building)
        #expect(status("sustainability", posts: posts(["2027-01-15"]), today: "2027-06-01").state == .atRisk)
        #expect(status("sustainability", posts: posts(["2027-01-15"]), today: "2027-07-15").state == .overdue)
        let six = posts(["2027-01-05", "2027-02-05", "2027-03-05", "2027-04-05", "2027-05-05", "2027-05-25"])
        #expect(status("sustainability", posts: six, today: "2027-06-01").state == .achieved)
    }

    @Test func cadenceObjectivesAreJudgedPerPeriod() {
        let safety = [PlanPost(date: day("2027-03-02"), objectives: ["safety"], evidence: []),
                      PlanPost(date: day("2027-03-20"), objectives: ["safety"], evidence: [])]
        let march = status("safety", posts: safety, today: "2027-03-25")
        #expect(march.state == .achieved)
        #expect(march.periodStart == day("2027-03-01") && march.periodEnd == day("2027-03-31"))
        #expect(march.unbacked)
        #expect(status("safety", posts: safety, today: "2027-04-20").state == .atRisk)
    }

    @Test func warnsAboutGapsExpiringCertificatesAndUnbackedPosts() {
        let report = PlanTracker.report(for: plan, posts: posts(["2027-01-05"], evidence: false), today: day("2027-02-10"))
        let messages = report.warnings.map(\.message)
        #expect(messages.contains("no post for 'Show the sustainability strategy to shareholders' in 5 weeks"))
        #expect(messages.contains("ISO 14001 expires in 19 days"))
        #expect(messages.contains { $0.contains("no figure, certificate or rating") })
        let later = PlanTracker.report(for: plan, posts: [], today: day("2027-04-01")).warnings.map(\.message)
        #expect(later.contains("ISO 14001 expired on 2027-03-01"))
    }
}

@Suite struct TimelineChartTests {
    let plan = PlanParser.parse(path: "p.plan.md", text: samplePlanText).plan!

    @Test(arguments: [40, 80, 160])
    func fitsTheWidthAndShowsEveryObjective(_ width: Int) {
        let posts = [PlanPost(date: day("2027-01-20"), objectives: ["sustainability"], evidence: ["x"])]
        let report = PlanTracker.report(for: plan, posts: posts, today: day("2027-02-01"))
        let text = TimelineChart(width: width).render(report, plan: plan)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines { #expect(line.terminalColumns <= width, "\(width): \(line)") }
        // Rows that only continue a long objective name have empty cells.
        let rows = lines.filter { $0.contains("│") && !$0.contains(/│ *│$/) }
        #expect(rows.count == 3, "two objectives and the evidence row")
        #expect(rows[0].contains("●") && rows[0].contains("┃"))
        #expect(rows[0].hasSuffix("on track") || rows[0].hasSuffix("building") || rows[0].hasSuffix("at risk"))
        #expect(text.contains("ISO 14001 expires in 28 days"))
        // Columns line up: every row's bars sit at the same display column.
        let bars = rows.map { row in row.prefix { $0 != "│" }.terminalColumns }
        #expect(Set(bars).count == 1)
    }

    @Test func hijriMonthLabels() {
        let report = PlanTracker.report(for: plan, posts: [], today: day("2027-02-01"))
        let text = TimelineChart(width: 100, calendar: .islamic).render(report, plan: plan)
        #expect(text.contains("AH"))
        #expect(text.contains("Ram") || text.contains("Sha") || text.contains("Raj"))
        // 2027-02-01 is in Sha'ban 1448 in the Umm al-Qura calendar.
        #expect(TimelineChart.hijri(day("2027-02-01")).month == 8)
    }
}
