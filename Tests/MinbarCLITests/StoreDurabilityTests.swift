import Foundation
import Testing
@testable import MinbarCLI

/// No attempt is lost after a write cut short, damaged bytes are copied aside once, and a
/// full disk or a file-size limit is reported in the system's words while the session
/// goes on (issue 16, item 2).
@Suite struct StoreDurabilityTests {
    var binary: URL { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("minbar") }

    func practise(_ data: URL, _ post: String, at seconds: TimeInterval = 1_796_000_000) -> ProgramRun {
        runMinbar(["--data", data.path, "--open", "investor-q3-margins"], input: post + "\n", now: Date(timeIntervalSince1970: seconds))
    }

    func log(_ data: URL) -> URL { data.appendingPathComponent("profiles/default/attempts.jsonl") }

    @Test func aTornTailStaysItsOwnDamagedLineAndTheNextAttemptIsKept() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = practise(data, "Our Q3 gross margin was 37%, as published this morning.")
        // A save cut short by a full disk: half a record, no line end.
        let handle = try FileHandle(forWritingTo: log(data))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"time":"2026-11-30T10:00:00Z","profile":"default","scenario":"investor-q3-ma"#.utf8))
        try handle.close()
        _ = practise(data, "هامشنا ٣٧٪ كما ورد في النتائج المنشورة.", at: 1_796_000_100)
        let progress = runMinbar(["--data", data.path], input: "/progress\n")
        #expect(progress.output.contains("Progress for default: 2 attempts"), "\(progress.output)")
        #expect(progress.output.contains("1 damaged line"), "\(progress.output)")
        let export = runMinbar(["export", "--data", data.path, "--format", "json"])
        #expect(export.output.contains("هامشنا ٣٧٪"))
    }

    @Test func damagedBytesAreCopiedAsideOnceNotOncePerStart() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        for index in 0..<4 { _ = practise(data, "Q3 margin was 37% (note \(index)), as published.", at: 1_796_000_000 + Double(index)) }
        let damagedLine = "{\"time\": not json at all}\n"
        let handle = try FileHandle(forWritingTo: log(data))
        handle.seekToEndOfFile()
        handle.write(Data(damagedLine.utf8))
        try handle.close()
        for round in 0..<3 {
            _ = runMinbar(["--data", data.path], input: "/progress\n")
            if round < 2 { Thread.sleep(forTimeInterval: 1.05) }  // copies used to be named by the second
        }
        let folder = data.appendingPathComponent("profiles/default")
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("damaged") }
        #expect(copies.count == 1, "\(copies)")
        let copied = try copies.reduce(0) { $0 + (try Data(contentsOf: folder.appendingPathComponent($1)).count) }
        #expect(copied == damagedLine.utf8.count)
    }

    @Test func aFileSizeLimitIsReportedWithItsReasonAndTheSessionGoesOn() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = practise(data, "Our Q3 gross margin was 37%, as published this morning.")
        let size = try Data(contentsOf: log(data)).count
        // `ulimit -f` counts 512-byte blocks: room for the first record, not for two more.
        let blocks = size / 512 + 1
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f \(blocks); exec \"$0\" --data \"$1\" --open investor-q3-margins", binary.path, data.path]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("Our gross margin was 37% in Q3, down on freight costs, as in our published results.\n/retry\nهامشنا ٣٧٪ كما ورد في النتائج المنشورة.\n".utf8))
        try input.fileHandleForWriting.close()
        let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by a signal")
        #expect(said.contains("File too large"), "\(said)")
        #expect(!said.contains("Success"), "\(said)")
        // Both posts were still scored and shown: the session went on.
        #expect(shown.components(separatedBy: "overall").count - 1 >= 2, "\(shown)")
    }

    /// A full disk, as the kernel reports it: the log is a link to `/dev/full`, where every
    /// write fails with ENOSPC. The reason is the system's own words and the session goes on.
    @Test func aFullDiskIsReportedWithItsReasonAndTheSessionGoesOn() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { return }
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let folder = log(data).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: log(data).path, withDestinationPath: "/dev/full")
        let run = runMinbar(["--data", data.path, "--open", "investor-q3-margins"],
                            input: "Our Q3 gross margin was 37%, as published this morning.\n/retry\nهامشنا ٣٧٪ كما ورد في النتائج المنشورة.\n")
        #expect(run.error.contains("No space left on device"), "\(run.error)")
        #expect(!run.error.contains("Success"), "\(run.error)")
        #expect(run.output.components(separatedBy: "overall").count - 1 >= 2, "\(run.output)")
        #expect(run.status == 1, "attempts were lost, so the session did not succeed")
    }
}
