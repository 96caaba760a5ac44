import Foundation
import Testing
@testable import MinbarCLI

@Suite struct RobustnessTests {
    var binary: URL { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("minbar") }

    @Test func jsonlSurvivesMangledLines() {
        var state: UInt64 = 77
        func next() -> UInt64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }
        let base = Array(#"{"id": "p", "text": "نعتذر \"جداً\" 🚀 Q4 revenue will double", "platform": "x"}"#.utf8)
        var lines: [String] = []
        for index in 0..<400 {
            var bytes = base
            for _ in 0..<Int(next() % 4) {
                let position = Int(next() % UInt64(bytes.count))
                if next() % 2 == 0 { bytes.remove(at: position) } else { bytes.insert(UInt8(truncatingIfNeeded: next() | 0x20), at: position) }
            }
            let line = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
            lines.append(line.trimmingCharacters(in: .whitespaces).isEmpty ? "{\"id\": \(index), \"text\": \"x\"}" : line)
        }
        let run = runMinbar(["score", "--jsonl"], input: lines.joined(separator: "\n"))
        #expect(run.status == 0)
        let outputs = run.output.split(separator: "\n")
        #expect(outputs.count == lines.count)
        for output in outputs {
            let object = (try? parseJSON(String(output))) as? [String: Any]
            #expect(object != nil && (object?["verdict"] != nil || object?["error"] != nil), "\(output)")
        }
    }

    /// A kill at any moment loses nothing already scored.
    @Test func sigkillRightAfterScoringLosesNothing() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--data", data.path, "--open", "investor-q3-margins"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data("نعتذر: هامشنا ٣٧٪ كما ورد في النتائج المنشورة.\n".utf8))
        // Wait until the score is on screen: by then the attempt must be on disk.
        var seen = Data()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !String(decoding: seen, as: UTF8.self).contains("overall") {
            seen.append(output.fileHandleForReading.availableData)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(log.contains("نعتذر: هامشنا ٣٧٪"))
        // And the next session reads it back.
        #expect(runMinbar(["--data", data.path], input: "/progress\n").output.contains("Progress for default: 1 attempt"))
    }

    /// Two REPLs on one profile at once (a second terminal) keep each other's attempts.
    @Test func twoSessionsOnOneProfileKeepEveryAttempt() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let perSession = 40
        var processes: [Process] = []
        for session in 0..<2 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["--data", data.path, "--open", "investor-q3-margins"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var drill = ""
            for index in 0..<perSession { drill += "/retry\nsession \(session) post \(index): margin 37%.\n" }
            input.fileHandleForWriting.write(Data(drill.utf8))
            try input.fileHandleForWriting.close()
            processes.append(process)
        }
        for process in processes { process.waitUntilExit(); #expect(process.terminationStatus == 0) }
        let lines = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 2 * perSession)
        for session in 0..<2 {
            for index in 0..<perSession { #expect(lines.contains { $0.contains("session \(session) post \(index):") }) }
        }
    }
}

@Suite struct PathSafetyTests {
    @Test func linksOutOfATrainerFolderAreNotFollowed() throws {
        let folder = try temporaryFolder(), outside = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: outside) }
        try write(sampleScenario.replacingOccurrences(of: "id: trainer-q3", with: "id: secret-elsewhere"), to: outside.appendingPathComponent("x.scenario.md"))
        try write(sampleScenario, to: folder.appendingPathComponent("real.scenario.md"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("escape.scenario.md"),
                                                   withDestinationURL: outside.appendingPathComponent("x.scenario.md"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("alias.scenario.md"),
                                                   withDestinationURL: folder.appendingPathComponent("real.scenario.md"))
        let run = runMinbar(["check", "--json", folder.path])
        let report = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(report["files"] as? Int == 2, "the real file and the link inside the folder")
        #expect(!run.output.contains("secret-elsewhere"))
    }
}

@Suite struct TerminalSafetyTests {
    @Test func escapeSequencesInPostsAndScenariosNeverReachTheTerminal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hostile = sampleScenario
            .replacingOccurrences(of: "# Analyst asks about margins after Q3", with: "# Margins \u{1B}[2J\u{1B}]0;pwned\u{07}")
            .replacingOccurrences(of: "The thread keeps asking.", with: "The thread \u{1B}[8mhidden\u{9B}31m keeps asking.")
        try write(hostile, to: folder.appendingPathComponent("q3.scenario.md"))
        let data = folder.appendingPathComponent("data")
        let run = runMinbar(["--data", data.path, "--scenarios", folder.path],
                            input: "/list\n/open trainer-q3\nMargins \u{1B}[31mred\u{1B}[0m fell \u{202E}37%\n/progress\n")
        for text in [run.output, run.error] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 || $0.value == 0x202E })
        }
        #expect(run.output.contains("Margins �[2J�]0;pwned�"))
        let json = runMinbar(["score", "--json"], input: "x \u{9B}31m \u{1B}[2J y")
        #expect(!json.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
        let list = runMinbar(["list", "--scenarios", folder.path])
        #expect(!list.output.unicodeScalars.contains { $0.value == 0x1B })
    }
}

@Suite struct LimitTests {
    @Test func oversizedPostsAreRefusedWithAClearError() {
        let huge = String(repeating: "نعتذر ", count: 200_000)
        let single = runMinbar(["score"], input: huge)
        #expect(single.status == 2)
        #expect(single.error.contains("larger than a post may be (1 MiB, 1048576 bytes)"), "\(single.error)")
        let line = "{\"id\": 1, \"text\": \"" + huge + "\"}"
        let stream = runMinbar(["score", "--jsonl"], input: line + "\n{\"id\": 2, \"text\": \"fine\"}\n")
        #expect(stream.status == 0)
        #expect(stream.output.contains("the limit is 1048576"))
        #expect(stream.output.contains("\"id\":2"))
    }
}

@Suite struct TrainerFolderTests {
    @Test func aTrainerFolderGivenAsALinkIsFollowed() throws {
        let real = try temporaryFolder(), links = try temporaryFolder(), outside = try temporaryFolder()
        defer { for url in [real, links, outside] { try? FileManager.default.removeItem(at: url) } }
        try write(sampleScenario, to: real.appendingPathComponent("q3.scenario.md"))
        try write(sampleScenario.replacingOccurrences(of: "id: trainer-q3", with: "id: secret-elsewhere"), to: outside.appendingPathComponent("x.scenario.md"))
        try FileManager.default.createSymbolicLink(at: real.appendingPathComponent("escape.scenario.md"),
                                                   withDestinationURL: outside.appendingPathComponent("x.scenario.md"))
        let root = links.appendingPathComponent("scenarios")
        try FileManager.default.createSymbolicLink(at: root, withDestinationURL: real)
        let list = runMinbar(["list", "--json"], environment: ["MINBAR_SCENARIOS": root.path])
        #expect(list.output.contains("trainer-q3"), "the scenario behind the linked root loads")
        #expect(!list.output.contains("secret-elsewhere"), "a link inside it that leads out stays refused")
        let check = runMinbar(["check", "--json", root.path])
        let report = try #require(try parseJSON(check.output) as? [String: Any])
        #expect(report["scenarios"] as? Int == 1)
    }

    @Test func overridingABundledIdIsANoteInTheTrainersFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("mine.scenario.md")
        try write(sampleScenario.replacingOccurrences(of: "id: trainer-q3", with: "id: investor-q3-margins"), to: path)
        let run = runMinbar(["check", "--json", "--strict", "--scenarios", folder.path])
        let report = try #require(try parseJSON(run.output) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.contains { $0["code"] as? String == "duplicate-id" }, "\(diagnostics)")
        let note = try #require(diagnostics.first { $0["code"] as? String == "overrides-bundled" })
        #expect(note["severity"] as? String == "note")
        #expect((note["path"] as? String)?.hasSuffix("mine.scenario.md") == true)
        #expect(note["line"] as? Int == 2)
        #expect(report["notes"] as? Int == diagnostics.filter { $0["severity"] as? String == "note" }.count)
        #expect(diagnostics.filter { $0["code"] as? String == "overrides-bundled" }.count == 1)
        #expect(run.status == 0, "a note does not fail --strict")
    }
}
