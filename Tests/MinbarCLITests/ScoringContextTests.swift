import Foundation
import Testing
import MinbarCLI

/// One scoring context: the same post in the same scenario, on the same day, gets the same
/// scores, verdict and rule ids whichever door it comes in by.
@Suite struct ScoringContextTests {
    /// The repository's own `scenarios/` folder (the bundled library as files).
    static let libraryFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios").path

    struct Outcome: Equatable, CustomStringConvertible {
        var scores: [String: Int?]
        var verdict: String
        var rules: [String]
        var description: String { "\(verdict) \(scores.sorted { $0.key < $1.key }) \(rules)" }
    }

    static func outcome(_ result: [String: Any]) -> Outcome {
        let scores = result["scores"] as? [String: Any] ?? [:]
        let findings = result["findings"] as? [[String: Any]] ?? []
        return Outcome(scores: ["professionalism": scores["professionalism"] as? Int, "alignment": scores["alignment"] as? Int,
                                "compliance": scores["compliance"] as? Int, "overall": scores["overall"] as? Int],
                       verdict: result["verdict"] as? String ?? "?",
                       rules: findings.compactMap { $0["rule"] as? String }.sorted())
    }

    @Test func everyBundledExampleGetsTheSameVerdictFromCheckScoreAndPractice() throws {
        let day = "2027-02-01"
        let check = runMinbar(["check", "--json", "--examples", "--date", day])
        let report = try #require(try parseJSON(check.output) as? [String: Any])
        let examples = try #require(report["examples"] as? [[String: Any]])
        #expect(examples.count >= 200)

        // Practice: every example typed into one piped session, each on its own beat.
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        var drill = ""
        for example in examples {
            drill += "/open \(example["scenario"]!) \(example["beat"]!)\n\(example["text"]!)\n"
        }
        let practice = runMinbar(["--data", data.path, "--date", day], input: drill)
        #expect(practice.status == 0, "\(practice.error)")
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        let attempts = log.split(separator: "\n").map { try? parseJSON(String($0)) as? [String: Any] }
        #expect(attempts.count == examples.count)

        // `score --scenario` by id and by a relative path to the same file (from the library
        // folder), once per beat with that beat's examples as JSON lines.
        var byID: [Int: Outcome] = [:], byFile: [Int: Outcome] = [:]
        let beats = Dictionary(grouping: examples.indices) { "\(examples[$0]["scenario"]!) \(examples[$0]["beat"]!)" }
        for indices in beats.values {
            let first = examples[indices[0]]
            let scenario = first["scenario"] as! String, beat = first["beat"] as! String
            let path = String((first["path"] as! String).dropFirst("scenarios/".count))
            let lines = try indices.map { index in
                String(decoding: try JSONSerialization.data(withJSONObject: ["id": index, "text": examples[index]["text"]!]), as: UTF8.self)
            }.joined(separator: "\n")
            for (reference, directory) in [(scenario, FileManager.default.currentDirectoryPath), (path, Self.libraryFolder)] {
                let run = runMinbar(["score", "--jsonl", "--scenario", reference, "--beat", beat, "--date", day], input: lines, directory: directory)
                #expect(run.status == 0, "\(run.error)")
                for line in run.output.split(separator: "\n") {
                    let result = try #require(try parseJSON(String(line)) as? [String: Any])
                    let index = try #require(result["id"] as? Int)
                    if reference == scenario { byID[index] = Self.outcome(result) } else { byFile[index] = Self.outcome(result) }
                }
            }
        }

        for (index, example) in examples.enumerated() {
            let scenario = example["scenario"] as! String, beat = example["beat"] as! String, text = example["text"] as! String
            let fromCheck = Self.outcome(example["result"] as! [String: Any])
            let attempt = try #require(attempts[index])
            let recordedFindings = attempt["findings"] as? [[String: Any]] ?? []
            let recordedScores = attempt["scores"] as? [String: Any] ?? [:]
            let fromPractice = Outcome(scores: ["professionalism": recordedScores["professionalism"] as? Int,
                                                "alignment": recordedScores["alignment"] as? Int,
                                                "compliance": recordedScores["compliance"] as? Int,
                                                "overall": recordedScores["overall"] as? Int],
                                       verdict: attempt["verdict"] as? String ?? "?",
                                       rules: recordedFindings.compactMap { $0["rule"] as? String }.sorted())
            #expect(attempt["scenario"] as? String == scenario && attempt["beat"] as? String == beat)
            #expect(byID[index] == fromCheck, "\(scenario)·\(beat) score by id: \(String(describing: byID[index])) ≠ check: \(fromCheck) for «\(text)»")
            #expect(byFile[index] == fromCheck, "\(scenario)·\(beat) score by file: \(String(describing: byFile[index])) ≠ check: \(fromCheck) for «\(text)»")
            #expect(fromPractice == fromCheck, "\(scenario)·\(beat) practice: \(fromPractice) ≠ check: \(fromCheck) for «\(text)»")
        }
    }

    /// A trainer's organisation: a quiet period in its policy, a figure its plan keeps private.
    static let policy = """
        # Rimal Bank disclosure policy
        organisation: Rimal Bank
        ## Quiet periods
        - 2026-12-01 to 2026-12-31: Q4 results
        """
    static let plan = """
        # Rimal Bank plan 2027
        id: rimal-2027
        organisation: Rimal Bank
        type: listed

        ## Objective growth: Show steady growth to shareholders
        audience: shareholders
        window: 2026-10-01 to 2027-06-30
        posts: 4
        cues: branches, customers

        ## Figures
        - new customers in 2026 | value: 41,000 | as-of: 2026-12-31 | public: no | cues: customers, new customers
        """
    static func scenario(date: String?) -> String {
        """
        # A shareholder asks about the quarter
        id: rimal-quarter
        kind: investor
        audience: shareholders
        platform: x
        language: en
        difficulty: 1
        organisation: Rimal Bank
        org-type: listed
        policy: org/rimal.policy.md
        plan: org/rimal.plan.md
        \(date.map { "date: \($0)" } ?? "")

        ## Situation
        A shareholder asks on X how the quarter is going.

        ## Goals
        - thank the shareholder: thank, thanks

        ## Reactions
        - otherwise: The shareholder waits for the results.
        """
    }

    func trainerFolder(date: String?) throws -> URL {
        let folder = try temporaryFolder()
        try write(Self.scenario(date: date), to: folder.appendingPathComponent("rimal.scenario.md"))
        try write(Self.policy, to: folder.appendingPathComponent("org/rimal.policy.md"))
        try write(Self.plan, to: folder.appendingPathComponent("org/rimal.plan.md"))
        return folder
    }

    static let revenuePost = "Thanks for asking: revenue is tracking well ahead of last year."
    static let privateFigurePost = "Thanks for the support: we welcomed 41,000 new customers this year."

    /// The verdict and rule ids a piped practice session saved for one post.
    func practise(_ post: String, in folder: URL, extra: [String] = []) throws -> (verdict: String, rules: [String]) {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path, "--scenarios", folder.path] + extra, input: "/open rimal-quarter\n\(post)\n")
        #expect(run.status == 0, "\(run.error)")
        let line = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        let record = try #require(try parseJSON(line.trimmingCharacters(in: .newlines)) as? [String: Any])
        let rules = (record["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        return (record["verdict"] as? String ?? "?", rules)
    }

    func score(_ post: String, _ arguments: [String], in folder: URL) throws -> (verdict: String, rules: [String], context: [String: Any]) {
        let run = runMinbar(["score", "--json"] + arguments, input: post, directory: folder.path)
        let result = try #require(try parseJSON(run.output) as? [String: Any], "\(run.error)")
        let rules = (result["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        return (result["verdict"] as? String ?? "?", rules, result["context"] as? [String: Any] ?? [:])
    }

    @Test func theScenariosDateBringsItsQuietPeriodIntoPracticeAndScore() throws {
        let folder = try trainerFolder(date: "2026-12-10")
        defer { try? FileManager.default.removeItem(at: folder) }
        let practice = try practise(Self.revenuePost, in: folder)
        #expect(practice.verdict == "blocked" && practice.rules.contains("policy.quiet-period"), "\(practice)")
        let byID = try score(Self.revenuePost, ["--scenarios", folder.path, "--scenario", "rimal-quarter"], in: folder)
        #expect(byID.verdict == "blocked" && byID.rules.contains("policy.quiet-period"))
        #expect(byID.context["date"] as? String == "2026-12-10" && byID.context["dateSource"] as? String == "scenario")
        // A relative path from inside the folder applies the scenario's policy too.
        let byFile = try score(Self.revenuePost, ["--scenario", "rimal.scenario.md"], in: folder)
        #expect(byFile.verdict == "blocked" && byFile.rules.contains("policy.quiet-period"), "\(byFile)")
        // After the quiet period, by --date, the same post is no longer blocked by it.
        let later = try practise(Self.revenuePost, in: folder, extra: ["--date", "2027-01-10"])
        #expect(!later.rules.contains("policy.quiet-period"))
    }

    @Test func dateOnTheCommandLineBringsTheQuietPeriodIntoPracticeAndScore() throws {
        let folder = try trainerFolder(date: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let practice = try practise(Self.revenuePost, in: folder, extra: ["--date", "2026-12-10"])
        #expect(practice.verdict == "blocked" && practice.rules.contains("policy.quiet-period"), "\(practice)")
        let scored = try score(Self.revenuePost, ["--scenario", "rimal.scenario.md", "--date", "2026-12-10"], in: folder)
        #expect(scored.verdict == "blocked" && scored.rules.contains("policy.quiet-period"))
        let outside = try score(Self.revenuePost, ["--scenario", "rimal.scenario.md", "--date", "2027-02-10"], in: folder)
        #expect(!outside.rules.contains("policy.quiet-period"))
    }

    @Test func theScenariosPlanKeepsItsPrivateFigureBlockedEverywhere() throws {
        let folder = try trainerFolder(date: "2027-02-10")
        defer { try? FileManager.default.removeItem(at: folder) }
        let practice = try practise(Self.privateFigurePost, in: folder)
        #expect(practice.verdict == "blocked" && practice.rules.contains("plan.unpublished-figure"), "\(practice)")
        let byFile = try score(Self.privateFigurePost, ["--scenario", "rimal.scenario.md"], in: folder)
        #expect(byFile.verdict == "blocked" && byFile.rules.contains("plan.unpublished-figure"))
        let plan = try #require(byFile.context["plan"] as? [String: Any])
        #expect(plan["id"] as? String == "rimal-2027" && plan["source"] as? String == "scenario")
        let byID = try score(Self.privateFigurePost, ["--scenarios", folder.path, "--scenario", "rimal-quarter"], in: folder)
        #expect(byID.verdict == "blocked" && byID.rules.contains("plan.unpublished-figure"))
    }

    @Test func practiceSaysWhichDayAndPlanApplyAndDateChangesTheDay() throws {
        let folder = try trainerFolder(date: "2026-12-10")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path, "--scenarios", folder.path],
                            input: "/open rimal-quarter\n/date\n/date 2027-01-05\n\(Self.revenuePost)\n/date scenario\n/date 12/10\n")
        #expect(run.output.contains("Day: 2026-12-10 (the scenario's date)"))
        #expect(run.output.contains("Plan: Rimal Bank plan 2027 (the scenario's plan)"))
        #expect(run.output.contains("Policy: default + Rimal Bank disclosure policy"))
        #expect(run.output.contains("Posts go out on 2027-01-05 (set for this session"))
        #expect(run.output.contains("Posts go out on 2026-12-10 (the scenario's date)"))
        #expect(run.output.contains("Write the day as YYYY-MM-DD"))
        // The post went out on the day /date set: after the quiet period.
        let line = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(!line.contains("policy.quiet-period") && line.contains("\"verdict\""))
    }

    /// A later beat's day is the scenario's date moved on by the beat's whole days, in
    /// practice (the "Day" line and /date) and in `score --beat` alike: the bus collision's
    /// court beat (T+10d) is set on 20 October, not on the collision's 10 October.
    @Test func aLaterBeatIsSetOnTheDayItsClockReaches() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path, "--lang", "ar"], input: "/open crisis-bus-collision-ar t3-court\n/date\n/open crisis-bus-collision-ar t1-video\n/date\n")
        #expect(run.output.contains("اليوم: 2027-10-20"), "\(run.output.suffix(600))")
        #expect(run.output.contains("2027-10-20 (تاريخ السيناريو)"))
        #expect(run.output.contains("اليوم: 2027-10-10"), "T+2h is still the collision's day")
        let court = runMinbar(["score", "--json", "--scenario", "crisis-bus-collision-ar", "--beat", "t3-court"], input: "نتابع القضية باحترام.")
        let result = try #require(try parseJSON(court.output) as? [String: Any])
        let context = try #require(result["context"] as? [String: Any])
        #expect(context["date"] as? String == "2027-10-20" && context["dateSource"] as? String == "scenario")
    }

    @Test func everyScoringOptionIsInTheHelpOfEveryScoringCommand() {
        for command in ["score", "check", "bench", "practice"] {
            let help = runMinbar(["help", command]).output
            let usage = help.components(separatedBy: "\n\n").first ?? ""
            for option in ["--date", "--policy", "--plan"] {
                #expect(usage.contains(option) && help.contains("  \(option) "), "\(command) --help lacks \(option)")
            }
        }
        let practice = runMinbar(["practice", "--help"])
        #expect(practice.status == 0 && practice.output.contains("--facilitator") && practice.output.contains("--date"))
        #expect(runMinbar(["--help"]).output.contains("minbar practice --help"))
        let score = runMinbar(["score", "--help"]).output
        for option in ["--beat", "--only", "--disable", "--jobs", "--platform"] {
            #expect(score.components(separatedBy: "\n\n").first!.contains(option), "score usage lacks \(option)")
        }
    }
}
