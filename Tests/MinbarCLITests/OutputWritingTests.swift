import Foundation
import Testing
@testable import MinbarCLI

/// `--out` never replaces what is at the path unless it is a plain file, and output that
/// could not be written is never reported as success (issue 16, items 1 and 11).
@Suite struct OutputWritingTests {
    var binary: URL { URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("minbar") }
    let clock = Date(timeIntervalSince1970: 1_796_000_000)

    func practisedData() throws -> URL {
        let data = try temporaryFolder()
        _ = runMinbar(["--data", data.path, "--open", "investor-q3-margins"], input: "هامشنا ٣٧٪ كما ورد في النتائج المنشورة.\n", now: clock)
        return data
    }

    func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func exportIntoAFIFOWritesIntoItAndLeavesItAFIFO() throws {
        let data = try practisedData()
        defer { try? FileManager.default.removeItem(at: data) }
        let fifo = data.appendingPathComponent("pipe.md").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader on the other end, as `cat pipe.md` would be.
        let received = Locked(Data())
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received.set(handle.readDataToEndOfFile()) }
        }
        reader.start()
        let run = runMinbar(["export", "--data", data.path, "--out", fifo], now: clock)
        #expect(run.status == 0, "\(run.error)")
        let deadline = Date().addingTimeInterval(10)
        while received.value.isEmpty, Date() < deadline { usleep(10_000) }
        #expect(fileType(fifo) == S_IFIFO)
        #expect(String(decoding: received.value, as: UTF8.self).contains("هامشنا ٣٧٪"))
    }

    @Test func exportThroughASymbolicLinkWritesTheTargetAndKeepsTheLink() throws {
        let data = try practisedData()
        defer { try? FileManager.default.removeItem(at: data) }
        let target = data.appendingPathComponent("reports/latest-report.md")
        try write("old", to: target)
        let link = data.appendingPathComponent("latest.md").path
        #expect(symlink("reports/latest-report.md", link) == 0)
        let run = runMinbar(["export", "--data", data.path, "--out", link], now: clock)
        #expect(run.status == 0, "\(run.error)")
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("هامشنا ٣٧٪"))
    }

    @Test func exportsGetTheStoresPermissions() throws {
        let data = try practisedData()
        defer { try? FileManager.default.removeItem(at: data) }
        let out = data.appendingPathComponent("debrief.html").path
        #expect(runMinbar(["export", "--data", data.path, "--out", out], now: clock).status == 0)
        var status = stat()
        #expect(stat(out, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
    }

    @Test func dashIsStandardOutputAndFoldersAreRefusedClearly() throws {
        let data = try practisedData()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["export", "--data", data.path, "--out", "-", "--format", "json"], directory: data.path, now: clock)
        #expect(run.status == 0)
        #expect(run.output.contains("\"schemaVersion\"") || run.output.contains("هامشنا"))
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("-").path))
        let folder = runMinbar(["export", "--data", data.path, "--out", data.path], now: clock)
        #expect(folder.status == 2)
        #expect(folder.error.contains("cannot write: it is a folder"), "\(folder.error)")
    }

    /// An Arabic interface says why an export could not be written in Arabic: the system's
    /// own reason ("No such file or directory") is English.
    @Test func anExportThatCannotBeWrittenSaysWhyInTheInterfacesLanguage() throws {
        let data = try practisedData()
        defer { try? FileManager.default.removeItem(at: data) }
        let missing = data.appendingPathComponent("no-such-folder/debrief.html").path
        let arabic = runMinbar(["--lang", "ar", "export", "--data", data.path, "--out", missing], now: clock)
        #expect(arabic.status == 2)
        #expect(arabic.error.contains("تعذّرت الكتابة: المجلد غير موجود"), "\(arabic.error)")
        #expect(!arabic.error.contains("No such file"))
        let english = runMinbar(["export", "--data", data.path, "--out", missing], now: clock)
        #expect(english.error.contains("cannot write: No such file or directory"), "\(english.error)")
        let folder = runMinbar(["--lang", "ar", "export", "--data", data.path, "--out", data.path], now: clock)
        #expect(folder.error.contains("المسار مجلد"), "\(folder.error)")
    }

    @Test func writeErrorsOnStandardOutputFailTheRun() throws {
        let data = try practisedData()
        defer { try? FileManager.default.removeItem(at: data) }
        for arguments in [["export", "--data", data.path], ["list"], ["rules"], ["score", "-"]] {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            let input = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data("Our Q3 margin was 37%.\n".utf8))
            try input.fileHandleForWriting.close()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus != 0, "\(arguments)")
            #expect(message.contains("No space left on device"), "\(arguments): \(message)")
        }
    }
}

/// A value shared with a helper thread in a test.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ value: Value) { lock.lock(); stored = value; lock.unlock() }
}
