import Testing
@testable import MinbarCore

let samplePolicy = """
# Sadeem Logistics social media policy
organisation: Sadeem Logistics
competitors: Barq Express, Gulf Ports

## Banned terms
- guaranteed delivery, cheapest in Oman
## Code names
- Falcon
- الصقر
## Quiet periods
- 2026-12-15 to 2027-01-20: Q4 results
## Disclaimers
- Not investment advice. | when: shares, dividend, أسهم
## Rules
- tone.hype: error
- platform.hashtags: off
## Allow
- tone.slang: Yalla Pay
"""

@Suite struct PolicyTests {
    func engine(_ text: String = samplePolicy) throws -> ScoringEngine {
        let policy = try #require(PolicyParser.parse(path: "sadeem.policy.md", text: text).policy)
        return ScoringEngine(policy: policy.merged(over: .standard))
    }

    @Test func parsesEverySection() throws {
        let result = PolicyParser.parse(path: "sadeem.policy.md", text: samplePolicy)
        #expect(result.diagnostics.isEmpty)
        let policy = try #require(result.policy)
        #expect(policy.name == "Sadeem Logistics social media policy")
        #expect(policy.organisation == "Sadeem Logistics")
        #expect(policy.competitors == ["Barq Express", "Gulf Ports"])
        #expect(policy.bannedTerms == ["guaranteed delivery", "cheapest in Oman"])
        #expect(policy.codeNames == ["Falcon", "الصقر"])
        #expect(policy.quietPeriods == [.init(start: CalendarDate(year: 2026, month: 12, day: 15), end: CalendarDate(year: 2027, month: 1, day: 20), label: "Q4 results")])
        #expect(policy.disclaimers == [.init(text: "Not investment advice.", triggers: ["shares", "dividend", "أسهم"])])
        #expect(policy.ruleSettings == ["tone.hype": .severity(.error), "platform.hashtags": .off])
        #expect(policy.allowed == ["tone.slang": ["Yalla Pay"]])
    }

    @Test func reportsProblemsWithLocations() {
        let broken = samplePolicy
            .replacingOccurrences(of: "- tone.hype: error", with: "- tone.hipe: error")
            .replacingOccurrences(of: "- 2026-12-15 to 2027-01-20: Q4 results", with: "- 2026-12-15 until 2027-01-20")
            .replacingOccurrences(of: "## Allow", with: "## Alow")
        let diagnostics = PolicyParser.parse(path: "p.policy.md", text: broken).diagnostics
        #expect(diagnostics.contains { $0.problem == .unknownRule("tone.hipe", suggestion: "tone.hype") && $0.location.line == 15 })
        #expect(diagnostics.contains { $0.problem.code == "malformed-item" && $0.location.line == 11 })
        #expect(diagnostics.contains { $0.problem == .unknownSection("Alow", suggestion: "Allow", allowed: PolicyParser.sectionNames) })
        // Front matter fences, as other tools write them, get the hint a scenario's do.
        let fenced = PolicyParser.parse(path: "p.policy.md", text: "---\n" + samplePolicy).diagnostics
        #expect(fenced.contains { $0.problem == .frontMatterFence && $0.location.line == 1 }, "\(fenced.map(\.formatted))")
        // And a header key without its colon, the hint a scenario's gets.
        let slipped = PolicyParser.parse(path: "p.policy.md", text: samplePolicy.replacingOccurrences(
            of: "organisation: ", with: "organisation ")).diagnostics
        #expect(slipped.contains { if case .keyWithoutColon(key: "organisation", _) = $0.problem { true } else { false } },
                "\(slipped.map(\.formatted))")
    }

    @Test func bannedTermsAndCodeNamesBlockInBothLanguages() throws {
        let engine = try engine()
        let banned = engine.score("We offer guaranteed delivery across the country.")
        #expect(banned.findings.contains { $0.ruleID == "policy.banned-term" })
        #expect(banned.verdict == .blocked)
        #expect(engine.score("Proud of the Falcon team this week.").ruleIDs.contains("policy.confidential"))
        #expect(engine.score("فخورون بفريق الصقر هذا الأسبوع.").ruleIDs.contains("policy.confidential"))
        #expect(!engine.score("Proud of the warehouse team this week.").ruleIDs.contains("policy.confidential"))
    }

    @Test func quietPeriodsDependOnTheDay() throws {
        let engine = try engine()
        let text = "Revenue has been strong and our team is doing great work."
        #expect(engine.score(text, date: CalendarDate(year: 2027, month: 1, day: 5)).ruleIDs.contains("policy.quiet-period"))
        #expect(!engine.score(text, date: CalendarDate(year: 2027, month: 2, day: 5)).ruleIDs.contains("policy.quiet-period"))
        #expect(engine.score("الإيرادات قوية هذا العام", date: CalendarDate(year: 2026, month: 12, day: 20)).ruleIDs.contains("policy.quiet-period"))
    }

    /// What the quiet period asks for is not a breach of it: declining to comment, and the
    /// day the results come out. A figure or a verdict beside that day still is.
    @Test func theResultsDayAndARefusalAreNotPerformance() throws {
        let engine = try engine()
        let day = CalendarDate(year: 2027, month: 1, day: 5)
        for text in ["We're in our quiet period, so I can't comment on Q4. Our Q4 results will be published on 20 January.",
                     "نحن في فترة الصمت ولا نعلق على الأداء. ستُنشر نتائج الربع الرابع في ٢٠ يناير."] {
            #expect(!engine.score(text, date: day).ruleIDs.contains("policy.quiet-period"), "\(text)")
        }
        for text in ["Our Q4 results will be published on 20 January, and they are our best quarter yet.",
                     "We made 30% more profit in Q4 than last year.",
                     "ستُنشر النتائج في ٢٠ يناير، والأرباح ارتفعت ٣٠٪.",
                     "I can't comment on Q4, but profit is up 30%."] {
            #expect(engine.score(text, date: day).ruleIDs.contains("policy.quiet-period"), "\(text)")
        }
    }

    @Test func disclaimersAreRequiredOnTheirSubjects() throws {
        let engine = try engine()
        #expect(engine.score("Our dividend was paid on 3 May.").ruleIDs.contains("policy.disclaimer"))
        #expect(!engine.score("Our dividend was paid on 3 May. Not investment advice.").ruleIDs.contains("policy.disclaimer"))
        #expect(!engine.score("Our warehouse opened on 3 May.").ruleIDs.contains("policy.disclaimer"))
    }

    @Test func settingsChangeSeverityOrSwitchRulesOffAndAllowListsExemptPhrases() throws {
        let engine = try engine()
        let hype = engine.score("Our revolutionary app is live.")
        #expect(hype.findings.first { $0.ruleID == "tone.hype" }?.severity == .error)
        #expect(!engine.rules.contains { $0.id == "platform.hashtags" })
        #expect(!engine.score("Pay with Yalla Pay at every branch.").ruleIDs.contains("tone.slang"))
        #expect(ScoringEngine().score("Pay with Yalla Pay, u will love it").ruleIDs.contains("tone.slang"))
    }

    @Test func competitorsNamedByThePolicyAreProtected() throws {
        let engine = try engine()
        #expect(engine.score("Gulf Ports is a joke compared with us.").ruleIDs.contains("policy.competitor"))
        #expect(!engine.score("Congratulations to Gulf Ports on the new terminal.").ruleIDs.contains("policy.competitor"))
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-1-1", "tomorrow", "2024-02-30"])
    func rejectsImpossibleDates(_ text: String) { #expect(CalendarDate(parsing: text) == nil) }

    @Test func countsDays() throws {
        let date = try #require(CalendarDate(parsing: "2024-02-29"))
        #expect(date.adding(days: 1) == CalendarDate(year: 2024, month: 3, day: 1))
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
    }
}
