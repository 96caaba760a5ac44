import Foundation
import MinbarCLI
import Testing

/// A clock the test moves: each scripted line is read after the pause written before it.
final class TestClock: @unchecked Sendable {
    var now: Date
    init(_ start: Date) { now = start }
}

/// Lines read one by one, the clock moved on by each line's delay before it is read,
/// as a room where people take their time to answer.
final class TimedLines: LineSource {
    private var lines: [(delay: TimeInterval, text: String)]
    private let clock: TestClock
    init(_ lines: [(TimeInterval, String)], clock: TestClock) {
        self.lines = lines.reversed().map { (delay: $0.0, text: $0.1) }
        self.clock = clock
    }
    func readLine() -> String? {
        guard let next = lines.popLast() else { return nil }
        clock.now += next.delay
        return next.text
    }
}

func runTimed(_ arguments: [String], lines: [(TimeInterval, String)], clock: TestClock) -> ProgramRun {
    let output = CapturedText(), error = CapturedText()
    let context = ProgramContext(environment: [:], standardOutput: output, standardError: error,
                                 standardInput: TimedLines(lines, clock: clock),
                                 currentDirectory: FileManager.default.currentDirectoryPath, now: { clock.now })
    return ProgramRun(status: MinbarApp.run(arguments, in: context), output: output.text, error: error.text)
}

@Suite struct FacilitatorTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let goodFirstPost = "We are investigating a claim that 2 million Qimmah customer records are for sale. We cut off unusual access to one support server and do not yet know what was taken. We never ask for OTPs or passwords. Next update by 14:00 today. Report scams: security@qimmah.example"

    @Test func aLateAnswerBranchesAndIsRecorded() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let clock = TestClock(Self.start)
        let run = runTimed(["--data", data.path], lines: [
            (0, "/open crisis-telecom-data-breach"),
            (25 * 60, Self.goodFirstPost),
            (0, "/quit"),
        ], clock: clock)
        #expect(run.output.contains("You have 20m to answer"), "\(run.output)")
        #expect(run.output.contains("Late: answered in 25m, 5m past the 20m deadline."))
        #expect(run.output.contains("Forty minutes of silence"), "the late reaction")
        #expect(run.output.contains("T+2h · The rumour was true"), "a late answer takes the 'late' branch to t1-exposed")
        let line = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        let record = try #require(try parseJSON(String(line.split(separator: "\n")[0])) as? [String: Any])
        #expect(record["late"] as? Bool == true)
        #expect(record["responseSeconds"] as? Int == 1500)
        #expect(record["deadlineMinutes"] as? Int == 20)
        #expect((record["counters"] as? [String: Int])?["trust"] == -1)

        // The same post on time takes the calm road; with --no-clock nothing is ever late.
        let onTime = runTimed(["--data", data.path, "--profile", "b"], lines: [
            (0, "/open crisis-telecom-data-breach"), (10 * 60, Self.goodFirstPost), (0, "/quit"),
        ], clock: TestClock(Self.start))
        #expect(onTime.output.contains("Answered in 10m of 20m."))
        #expect(onTime.output.contains("Forensics confirm the breach"))
        let noClock = runTimed(["--data", data.path, "--profile", "c", "--no-clock"], lines: [
            (0, "/open crisis-telecom-data-breach"), (60 * 60, Self.goodFirstPost), (0, "/quit"),
        ], clock: TestClock(Self.start))
        #expect(!noClock.output.contains("Late"))
        #expect(noClock.output.contains("Forensics confirm the breach"))
    }

    @Test func aPipedFacilitatorSessionShowsUpInTheAfterActionReview() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let clock = TestClock(Self.start)
        let session = runTimed(["--data", data.path, "--profile", "rania", "--facilitator"], lines: [
            (0, "/open crisis-telecom-data-breach"),
            (60, "/note Rania drafts alone; the comms lead is silent"),
            (60, "/pause"),
            (30 * 60, "/resume"),
            (5 * 60, Self.goodFirstPost),
            (60, "/inject The Personal Data Protection Office phones your general counsel."),
            (60, "/jump t2-regulator"),
            (4 * 60, "We accept the Office's investigation and will cooperate fully; our report goes in by 24 March. Report scam calls: fraud@qimmah.example"),
            (0, "/quit"),
        ], clock: clock)
        #expect(session.status == 0)
        #expect(session.output.contains("Clock paused."))
        #expect(session.output.contains("Answered in 7m of 20m."), "the 30 paused minutes do not count: \(session.output)")
        #expect(session.output.contains("📣 The Personal Data Protection Office phones your general counsel."))
        #expect(session.output.contains("moved the scenario to t2-regulator"))

        let export = data.appendingPathComponent("rania.json")
        let exported = runMinbar(["export", "--data", data.path, "--profile", "rania", "--out", export.path], now: clock.now)
        #expect(exported.status == 0, "\(exported.error)")
        // The trainee's own transcript carries the facilitator's log too.
        let transcript = runMinbar(["export", "--data", data.path, "--profile", "rania", "--format", "md"], now: clock.now)
        #expect(transcript.output.contains("## Facilitator"))
        #expect(transcript.output.contains("note: Rania drafts alone; the comms lead is silent"))
        for format in ["md", "html"] {
            let review = runMinbar(["cohort", export.path, "--scenario", "crisis-telecom-data-breach", "--format", format], now: clock.now)
            #expect(review.status == 0)
            let text = review.output
            #expect(text.contains("After-action review"))
            #expect(text.contains("note: Rania drafts alone; the comms lead is silent"), "\(format): \(text)")
            #expect(text.contains("inject: The Personal Data Protection Office phones your general counsel."))
            #expect(text.contains("facilitator moved the scenario from t1-confirmed to t2-regulator"))
            #expect(text.contains("clock paused"))
            #expect(text.contains("7m 0s of 20m"))
            #expect(text.contains("t0 → ↪t2-regulator → t2-regulator → end") || text.contains("t0 → ↪t2-regulator → t2-regulator → end".replacingOccurrences(of: "→", with: "&rarr;")),
                    "the path with the jump: \(text)")
        }
    }
}

/// A mistyped beat gets "did you mean"; one nothing like a beat gets the list of beats.
@Suite struct JumpTargetTests {
    @Test func anUnknownBeatListsTheBeatsThereAre() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let english = runMinbar(["--data", data.path, "--facilitator"], input: "/open crisis-overbooked-flight\n/jump zzz\n/jump t2-inquirry\n")
        #expect(english.output.contains("Its beats: t0, t1-backlash, t1-calm, t2-inquiry, t2-followup."), "\(english.output)")
        #expect(english.output.contains("t2-inquiry?") || english.output.contains("'t2-inquiry'"), "\(english.output)")
        let arabic = runMinbar(["--lang", "ar", "--data", data.path, "--facilitator"], input: "/open crisis-bus-collision-ar\n/jump t2-nonexistent\n")
        #expect(arabic.output.contains("مراحله: t0، t1-video"), "\(arabic.output)")
    }
}
