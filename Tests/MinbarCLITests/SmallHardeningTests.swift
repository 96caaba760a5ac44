import Foundation
import Testing
@testable import MinbarCLI

/// The smaller items of issue 16, item 12.
@Suite struct SmallHardeningTests {
    let clock = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func benchRefusesAPostCountItCannotHold() {
        let run = runMinbar(["bench", "--posts", "99999999999"])
        #expect(run.status == 2)
        #expect(run.error.contains("from 1 to 10000000"), "\(run.error)")
    }

    @Test func profileNamesAreCountedInBytesAndLookAlikesAreOneProfile() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let marks = "a" + String(repeating: "\u{0301}", count: 200)
        #expect(runMinbar(["--data", data.path, "--profile", marks], input: "/progress\n").status == 2)
        #expect(runMinbar(["--data", data.path, "--profile", "م" + String(repeating: "\u{064E}", count: 40)], input: "").status == 2)
        // Full-width letters are the same name as their plain form.
        _ = runMinbar(["--data", data.path, "--profile", "ｈｕｄａ", "--open", "investor-q3-margins"], input: "هامشنا ٣٧٪ كما ورد في النتائج.\n", now: clock)
        let export = runMinbar(["export", "--data", data.path, "--profile", "huda", "--format", "json"], now: clock)
        #expect(export.status == 0, "\(export.error)")
        #expect(export.output.contains("هامشنا ٣٧٪"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("profiles").path) == ["huda"])
    }

    @Test func exportingAProfileThatDoesNotExistFails() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["export", "--data", data.path, "--profile", "nobody"])
        #expect(run.status == 2)
        #expect(run.error.contains("nobody"))
    }

    @Test func dataPointingAtAFileSaysSo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try write("not a folder", to: file)
        let run = runMinbar(["--data", file.path], input: "/progress\n")
        #expect(run.status == 2)
        #expect(run.error.contains("is a file, not a folder"), "\(run.error)")
        #expect(!run.error.contains("NSCocoaErrorDomain"))
    }

    @Test func aDumbTerminalGetsNoCursorMovement() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-dumb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try PseudoTerminal(arguments: ["--data", data.path], environment: ["TERM": "dumb"])
        #expect(terminal.waitFor("›"))
        terminal.type("/list\n")
        #expect(terminal.waitFor("investor"))
        terminal.type("\u{04}")
        _ = terminal.waitForExit()
        #expect(!terminal.output.contains("\u{1B}["), "\(terminal.output.prefix(300))")
    }
}
