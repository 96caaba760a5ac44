import Foundation
import Testing
@testable import MinbarCLI

/// Standard input, files and JSONL lines are read with limits and refused past them
/// without being held whole (issue 16, item 3). Memory is measured as the child's peak
/// resident size (`VmHWM`), which grew past 1 GB before.
@Suite struct BoundedInputTests {
    var binary: URL { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("minbar") }

    /// Runs the binary on `input` (a file handle) and returns status, stderr, stdout and
    /// peak memory in kB, read from /proc just before it exits (under ptrace-free polling).
    func run(_ arguments: [String], input: FileHandle) throws -> (status: Int32, error: String, output: String, peakKB: Int) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardInput = input
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var peak = 0
        let collected = Locked(Data())
        let reader = Thread { collected.set(output.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
                peak = max(peak, kb)
            }
            usleep(20_000)
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        while reader.isExecuting { usleep(1_000) }
        return (process.terminationStatus, said, String(decoding: collected.value, as: UTF8.self), peak)
    }

    @Test func scoreOfEndlessStandardInputIsRefusedInBoundedMemory() throws {
        let zero = try #require(FileHandle(forReadingAtPath: "/dev/zero"))
        let result = try run(["score"], input: zero)
        #expect(result.status == 2)
        #expect(result.error.contains("larger than a post may be (1 MiB, 1048576 bytes)"), "\(result.error)")
        #expect(result.peakKB < 200_000, "peak \(result.peakKB) kB")
    }

    @Test func jsonlOfEndlessStandardInputIsRefusedInBoundedMemory() throws {
        // /dev/zero never ends, so the run is stopped after a few seconds; what matters is
        // that memory stayed flat while it skipped the endless line.
        let zero = try #require(FileHandle(forReadingAtPath: "/dev/zero"))
        let process = Process()
        process.executableURL = binary
        process.arguments = ["score", "--jsonl"]
        process.standardInput = zero
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var peak = 0
        for _ in 0..<60 {
            usleep(50_000)
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
                peak = max(peak, kb)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(peak > 0 && peak < 200_000, "peak \(peak) kB")
    }

    @Test func aHugeJSONLLineIsRefusedAndTheNextLineStillScored() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("posts.jsonl")
        try #require(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        handle.write(Data("{\"id\": 1, \"text\": \"".utf8))
        let block = Data(String(repeating: "نعتذر عن التأخير ", count: 4_000).utf8)
        var written = 0
        while written < 16 << 20 { handle.write(block); written += block.count }
        handle.write(Data("\"}\n{\"id\": 2, \"text\": \"Our Q3 margin was 37%, as published.\"}\n".utf8))
        try handle.close()
        let result = try run(["score", "--jsonl", file.path], input: FileHandle.nullDevice)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("the limit is 8388608") == true, "\(lines.first ?? "")")
        #expect(lines.last?.contains("\"id\":2") == true)
        #expect(result.peakKB < 200_000, "peak \(result.peakKB) kB")
    }

    @Test func aFileLargerThanAPostIsRefusedAndAFIFOIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("post.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data("هامشنا ٣٧٪ كما ورد في النتائج المنشورة.\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let viaFIFO = runMinbar(["score", fifo])
        #expect(viaFIFO.status != 2, "\(viaFIFO.error)")
        #expect(viaFIFO.output.contains("overall"), "\(viaFIFO.error)")
        let endless = runMinbar(["score", "/dev/zero"])
        #expect(endless.status == 2)
        #expect(endless.error.contains("larger than a post may be (1 MiB, 1048576 bytes)"), "\(endless.error)")
    }

    @Test func theREPLRefusesAHugeLineAndDoesNotKeepIt() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let huge = String(repeating: "x", count: 3 << 20)
        let run = runMinbar(["--data", data.path, "--open", "investor-q3-margins"], input: huge + "\nOur Q3 margin was 37%, as published.\n")
        #expect(run.output.contains("posts are limited to 1048576"), "\(run.output.prefix(500))")
        #expect(run.output.contains("overall"))
        let history = (try? Data(contentsOf: data.appendingPathComponent("profiles/default/history"))) ?? Data()
        #expect(history.count < 1_000)
    }
}
