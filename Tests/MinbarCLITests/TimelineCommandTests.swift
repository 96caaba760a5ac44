import Foundation
import Testing
@testable import MinbarCLI

let cliPlan = """
# Test plan
id: test-plan
organisation: Sadeem Logistics
type: listed

## Objective sustainability: Sustainability story
audience: shareholders
window: 2026-11-01 to 2027-02-28
posts: 4
cues: emissions, sustainability, الانبعاثات

## Figures
- emissions per unit down 18% | value: 18% | as-of: 2026-10-01 | public: yes | cues: emissions, الانبعاثات
- Q4 revenue +12% | value: 12% | public: no | cues: revenue

## Certificates
- ISO 14001 | issuer: BSI | expires: 2026-12-20
"""

@Suite struct TimelineCommandTests {
    /// Sets the test plan in practice, writes `post` on the investor scenario, then `after`;
    /// returns the run and the attempts the profile saved.
    func practise(_ post: String, then after: String = "", in folder: URL) throws -> (run: ProgramRun, log: String) {
        try write(cliPlan, to: folder.appendingPathComponent("test.plan.md"))
        let drill = "/profile plan test.plan.md\n/open investor-q3-margins\n\(post)\n\(after)"
        let run = runMinbar(["--data", folder.path], input: drill, directory: folder.path)
        #expect(run.status == 0, "\(run.error)")
        let log = try String(contentsOf: folder.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        return (run, log)
    }

    @Test func postsScoredInPracticeShowOnTheTimeline() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (practice, log) = try practise("انخفضت الانبعاثات ١٨٪ لكل وحدة منذ ٢٠٢١.", then: "/timeline\n", in: folder)
        #expect(practice.output.contains("Plan set: Test plan"))
        #expect(practice.output.contains("Sustainability story"))
        #expect(log.contains("\"objectives\":[\"sustainability\"]"))

        let json = runMinbar(["timeline", "--data", folder.path, "--json", "--today", "2026-12-01"], directory: folder.path)
        #expect(json.status == 0, "\(json.error)")
        let object = try #require(try parseJSON(json.output) as? [String: Any])
        let objective = try #require((object["objectives"] as? [[String: Any]])?.first)
        #expect(objective["id"] as? String == "sustainability")
        #expect(objective["target"] as? Int == 4)
        #expect((object["warnings"] as? [String])?.contains("ISO 14001 expires in 19 days") == true)

        let chart = runMinbar(["timeline", "--data", folder.path, "--width", "60", "--today", "2026-12-01"], directory: folder.path)
        #expect(chart.output.contains("Sustainability st"))
        #expect(chart.output.contains("●"), "the post shows on the chart")
        #expect(chart.output.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    /// A post Minbar blocks is one the executive should not publish: it advances nothing.
    @Test func aBlockedPostBuildsNoObjective() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, log) = try practise("Emissions per unit are down 18% since 2021, and between us Q4 revenue is up 12% before the results.", in: folder)
        #expect(log.contains("\"verdict\":\"blocked\""), "\(log)")
        #expect(log.contains("\"objectives\":[\"sustainability\"]"), "the record keeps what the post was about")
        let json = runMinbar(["timeline", "--data", folder.path, "--json", "--today", "2026-12-01"], directory: folder.path)
        let object = try #require(try parseJSON(json.output) as? [String: Any])
        let objective = try #require((object["objectives"] as? [[String: Any]])?.first)
        #expect(objective["posts"] as? Int == 0)
    }

    /// Objective titles and figure names are the plan's words: an Arabic screen quotes them
    /// with «», as it quotes a post, not with the ' it keeps for ids.
    @Test func arabicWarningsQuoteTheObjectiveWithGuillemets() {
        let run = runMinbar(["--lang", "ar", "timeline", "--plan", "sadeem-2027", "--today", "2026-12-02", "--width", "120"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("لا منشور لهدف «"), "\(run.output)")
        #expect(!run.output.contains("لهدف '"), "\(run.output)")
    }

    @Test func scoreWithAPlanBlocksUnpublishedFigures() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(cliPlan, to: folder.appendingPathComponent("test.plan.md"))
        let run = runMinbar(["score", "--plan", "test.plan.md", "--json"], input: "Q4 revenue is up 12%.", directory: folder.path)
        #expect(run.status == 1)
        #expect(run.output.contains("plan.unpublished-figure"))
        #expect(runMinbar(["timeline", "--data", folder.path]).status == 2, "no plan given and none in the profile")
        #expect(runMinbar(["timeline", "--plan", "no-such-plan"]).status == 2)
    }

    /// Colour codes are painted after the text is made safe, so a terminal shows colours,
    /// not "�[31mat risk�[0m".
    @Test func statusColoursReachTheTerminalAsColoursNotText() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(cliPlan, to: folder.appendingPathComponent("test.plan.md"))
        let chart = runMinbar(["timeline", "--data", folder.path, "--plan", "test.plan.md", "--today", "2026-12-01"],
                              directory: folder.path, terminal: true, width: 100)
        #expect(chart.status == 0, "\(chart.error)")
        #expect(chart.output.contains("\u{1B}[33mbuilding\u{1B}[0m") || chart.output.contains("\u{1B}[31m"), "\(chart.output.debugDescription)")
        #expect(!chart.output.contains("\u{FFFD}["), "no neutralised escapes shown as text: \(chart.output.debugDescription)")
        let practice = runMinbar(["--data", folder.path], input: "/profile plan test.plan.md\n/timeline\n", directory: folder.path,
                                 terminal: true, width: 100)
        #expect(practice.output.contains("\u{1B}[3"), "the REPL's timeline is coloured too")
        #expect(!practice.output.contains("\u{FFFD}["), "\(practice.output.debugDescription)")
    }
}

/// A drill is placed on its story's day: a bundled scenario set in February 2027 builds
/// the plan's objective of February 2027, in the REPL's `/timeline`, in `timeline` and in
/// the saved record, whenever it was practised.
@Suite struct StoryDayTimelineTests {
    static let answer = "@AbuFaisal_MSX I understand the frustration, and thank you for nine years with us. The board recommended 15 baisa so the OMR 48 million Berth 4 expansion at Sohar is paid from cash, not new debt. The reasoning is in our 16 Feb MSX disclosure, and you can raise it at the AGM on 24 March. ir@sadeem.example"

    @Test func aDrillCountsOnItsStoryDay() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let now = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-29, before the story
        let practice = runMinbar(["--data", data.path, "--profile", "huda"], input: "/open investor-dividend-cut\n\(Self.answer)\n/timeline\n", now: now)
        #expect(practice.output.contains("on track"), "\(practice.output)")
        let log = try String(contentsOf: data.appendingPathComponent("profiles/huda/attempts.jsonl"), encoding: .utf8)
        #expect(log.contains("\"postDate\":\"2027-02-17\""), "\(log)")
        let timeline = runMinbar(["timeline", "--data", data.path, "--profile", "huda", "--plan", "sadeem-2027", "--json"], now: now)
        #expect(timeline.status == 0, "\(timeline.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(timeline.output.utf8)) as? [String: Any])
        #expect(json["today"] as? String == "2027-02-17", "judged on the latest story day, not before it")
        let objectives = try #require(json["objectives"] as? [[String: Any]])
        let annual = try #require(objectives.first { $0["id"] as? String == "annual-plan" })
        #expect(annual["posts"] as? Int == 1)
        #expect(annual["status"] as? String == "on track", "\(annual)")
        // Asked as of a real day, it still says so.
        let asked = runMinbar(["timeline", "--data", data.path, "--profile", "huda", "--plan", "sadeem-2027", "--json", "--today", "2026-12-07"], now: now)
        let askedJSON = try #require(try JSONSerialization.jsonObject(with: Data(asked.output.utf8)) as? [String: Any])
        #expect(askedJSON["today"] as? String == "2026-12-07", "\(asked.output)")
    }
}

/// A plan with errors names the first one with its place, in the interface's language.
@Suite struct BrokenPlanMessageTests {
    @Test func theFirstErrorIsNamedInTheInterfacesLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("bad.plan.md")
        try write(cliPlan.replacingOccurrences(of: "public: yes", with: "public: maybe"), to: plan)
        let english = runMinbar(["timeline", "--plan", plan.path])
        #expect(english.status == 2)
        #expect(english.error.contains("bad.plan.md:") && english.error.contains("'maybe' is not a valid public"), "\(english.error)")
        let arabic = runMinbar(["timeline", "--plan", plan.path, "--lang", "ar"])
        #expect(arabic.error.contains("'maybe' ليست قيمة صالحة") && !arabic.error.contains("is not a valid"), "\(arabic.error)")
    }
}
