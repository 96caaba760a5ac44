import Foundation
import Testing
import MinbarCLI
@testable import MinbarCore

/// Long work shows progress on standard error when it is a terminal, and never in a pipe
/// or with --json, where it would end up in someone's log or break their parser.
struct ProgressReportTests {
    /// Runs the program with standard error a terminal (or not) and a clock that moves a
    /// second every time it is read, so the meter always has something to draw.
    func run(_ arguments: [String], input: String = "", directory: String = FileManager.default.currentDirectoryPath,
             errorIsTerminal: Bool) -> ProgramRun {
        let output = CapturedText(), error = CapturedText()
        let clock = TickingClock()
        let context = ProgramContext(environment: [:], standardOutput: output, standardError: error,
                                     standardInput: ScriptedLines(text: input), currentDirectory: directory,
                                     now: { clock.tick() }, errorIsTerminal: errorIsTerminal)
        let status = MinbarApp.run(arguments, in: context)
        return ProgramRun(status: status, output: output.text, error: error.text)
    }

    final class TickingClock: @unchecked Sendable {
        var seconds = 1_800_000_000.0
        func tick() -> Date { seconds += 1; return Date(timeIntervalSince1970: seconds) }
    }

    static let posts = [
        "Our Q3 gross margin was 37%, as published in this morning's results.",
        "نعتذر لعملائنا عن انقطاع المياه، والتحديث القادم الساعة ٦ مساء اليوم.",
        "Next quarter revenue will beat expectations, trust me!!!",
    ].enumerated().map { JSONValue.object([("id", .int($0)), ("text", .string($1))]).serialized() }.joined(separator: "\n")

    @Test("score --jsonl from a file shows done, rate and time left on a terminal's standard error")
    func scoreShowsProgressOnTerminal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(ProgressReportTests.posts + "\n", to: folder.appendingPathComponent("posts.jsonl"))
        // One job counts post by post; a file's default (every core) counts a batch at a time (below).
        let shown = run(["score", "--jsonl", "posts.jsonl", "--jobs", "1"], directory: folder.path, errorIsTerminal: true)
        #expect(shown.status == 0)
        #expect(shown.error.contains("scoring: 1 posts"))
        #expect(shown.error.contains("posts/s"))
        #expect(shown.error.contains("left"))
        #expect(shown.error.contains("scoring 3 posts in"))
        // Progress never reaches the results.
        #expect(!shown.output.contains("scoring"))
        #expect(shown.output.split(separator: "\n").count == 3)
    }

    @Test("On every core, a file's progress moves a batch at a time, with rate and time left")
    func batchedScoringShowsProgress() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = Array(repeating: ProgressReportTests.posts, count: 1_400).joined(separator: "\n")
        try write(lines + "\n", to: folder.appendingPathComponent("posts.jsonl"))
        let shown = run(["score", "--jsonl", "posts.jsonl"], directory: folder.path, errorIsTerminal: true)
        #expect(shown.status == 0)
        #expect(shown.error.contains("scoring: 2048 posts"), "\(shown.error)")
        #expect(shown.error.contains("posts/s"))
        #expect(shown.error.contains("left"))
        #expect(shown.error.contains("scoring 4200 posts in"), "\(shown.error)")
        #expect(shown.output.split(separator: "\n").count == 4_200)
    }

    @Test("With --lang ar the progress line is Arabic, figures unchanged")
    func progressSpeaksTheInterfaceLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(ProgressReportTests.posts + "\n", to: folder.appendingPathComponent("posts.jsonl"))
        let shown = run(["score", "--jsonl", "posts.jsonl", "--lang", "ar", "--jobs", "1"], directory: folder.path, errorIsTerminal: true)
        #expect(shown.status == 0)
        #expect(shown.error.contains("التقييم: 1 منشور"), "\(shown.error)")
        #expect(shown.error.contains("يتبقى نحو"), "\(shown.error)")
        #expect(shown.error.contains("التقييم: 3 منشور في"), "\(shown.error)")
        #expect(shown.error.range(of: "[A-Za-z]{3,}", options: .regularExpression) == nil, "\(shown.error)")
    }

    @Test("In a pipe, score --jsonl, check and bench print no progress")
    func pipedRunsAreQuiet() throws {
        let scored = run(["score", "--jsonl"], input: ProgressReportTests.posts, errorIsTerminal: false)
        #expect(scored.output.split(separator: "\n").count == 3)
        #expect(scored.error.isEmpty)
        let checked = run(["check"], errorIsTerminal: false)
        #expect(!checked.error.contains("checking"))
        let terminalChecked = run(["check"], errorIsTerminal: true)
        #expect(terminalChecked.error.contains("checking"))
    }

    @Test("With --json, check prints no progress even on a terminal")
    func jsonRunsAreQuiet() throws {
        let checked = run(["check", "--json"], errorIsTerminal: true)
        #expect(!checked.error.contains("checking"))
        #expect(try JSONSerialization.jsonObject(with: Data(checked.output.utf8)) is [String: Any])
    }
}
