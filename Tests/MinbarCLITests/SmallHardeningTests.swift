import Foundation
import Testing
@testable import MinbarCLI

/// The smaller items of issue 16, item 12.
@Suite struct SmallHardeningTests {
    let clock = Date(timeIntervalSince1970: 1_796_000_000)

    /// A command that takes no operands refuses one instead of running as if it were not
    /// there; the commands that take one still do.
    @Test(arguments: [["list", "extra-arg"], ["rules", "foo"], ["timeline", "x"], ["bench", "10"]])
    func aStrayOperandIsRefused(_ arguments: [String]) {
        let run = runMinbar(arguments)
        #expect(run.status == 2, "\(arguments)")
        #expect(run.error.contains("takes no argument '\(arguments[1])'"), "\(run.error)")
        let arabic = runMinbar(arguments + ["--lang", "ar"])
        #expect(arabic.status == 2 && arabic.error.contains("لا يأخذ الوسيط"), "\(arabic.error)")
    }

    @Test func operandsStillWorkWhereTheyBelong() {
        #expect(runMinbar(["completion", "bash"]).status == 0)
        #expect(runMinbar(["explain", "policy.mnpi"]).status == 0)
    }

    @Test func benchRefusesAPostCountItCannotHold() {
        let run = runMinbar(["bench", "--posts", "99999999999"])
        #expect(run.status == 2)
        #expect(run.error.contains("from 1 to 10000000"), "\(run.error)")
    }

    /// `--corpus` measures on posts with a real vocabulary; a bad line is named before any
    /// measuring, since a figure from part of a corpus would not say so.
    @Test func benchMeasuresOnAGivenCorpusAndNamesABadLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("posts.jsonl")
        try Data("""
            {"id": "a", "text": "We opened our new Sohar warehouse today with 40 new colleagues."}

            {"id": "b", "text": "نعتذر عن تأخر صرف التوزيعات، وموعد الصرف الجديد الأحد ٢٧ أبريل."}
            """.utf8).write(to: good)
        let run = runMinbar(["bench", "--posts", "10", "--corpus", good.path, "--json"])
        #expect(run.status == 0, "\(run.error)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(report["mixedPosts"] as? Int == 2)
        #expect(report["corpus"] as? String == good.path)
        let bad = folder.appendingPathComponent("bad.jsonl")
        try Data("{\"id\": 1, \"text\": \"fine\"}\n{\"id\": 2}\n".utf8).write(to: bad)
        let refused = runMinbar(["bench", "--corpus", bad.path])
        #expect(refused.status == 2)
        #expect(refused.error.contains("bad.jsonl:2:1: not a JSON object with a string \"text\""), "\(refused.error)")
        #expect(refused.output.isEmpty)
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

    @Test func latinNamesWithCyrillicOrGreekLookAlikesAreOneProfile() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // "huda" with a Cyrillic а, then with a Greek ο in "noor"; then the plain names.
        _ = runMinbar(["--data", data.path, "--profile", "hud\u{0430}", "--open", "investor-q3-margins"], input: "Our Q3 margin was 37%, as published.\n", now: clock)
        _ = runMinbar(["--data", data.path, "--profile", "n\u{03BF}or", "--open", "investor-q3-margins"], input: "هامشنا ٣٧٪ كما ورد في النتائج.\n", now: clock)
        // A name wholly in Cyrillic is a name, not a disguise.
        _ = runMinbar(["--data", data.path, "--profile", "\u{0410}\u{043D}\u{043D}\u{0430}", "--open", "investor-q3-margins"], input: "Margin 37%, as published.\n", now: clock)
        let folders = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("profiles").path).sorted()
        #expect(folders == ["huda", "noor", "\u{0410}\u{043D}\u{043D}\u{0430}"].sorted(), "\(folders)")
        let export = runMinbar(["export", "--data", data.path, "--profile", "noor", "--format", "json"], now: clock)
        #expect(export.status == 0, "\(export.error)")
        #expect(export.output.contains("هامشنا ٣٧٪"))
    }

    /// Two files joined leave a byte order mark mid-file, in front of a key. It is
    /// invisible in an editor, so it is ignored and named, not read as part of the key.
    @Test func aByteOrderMarkInsideAFileIsIgnoredAndNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundled = try #require(BundledScenarios.files.first { $0.path.hasSuffix("investor-q3-margins.scenario.md") })
        var lines = String(decoding: bundled.bytes, as: UTF8.self).components(separatedBy: "\n")
        let idLine = try #require(lines.firstIndex { $0.hasPrefix("id:") })
        lines[idLine] = "\u{FEFF}" + lines[idLine]
        let file = folder.appendingPathComponent("joined.scenario.md")
        try write(lines.joined(separator: "\n"), to: file)
        let run = runMinbar(["check", "--json", file.path])
        #expect(!run.output.contains("missing-key"), "\(run.output)")
        #expect(run.output.contains("stray-byte-order-mark"), "\(run.output)")
        let text = runMinbar(["check", file.path])
        #expect(text.output.contains("joined.scenario.md:\(idLine + 1):1"), "\(text.output)")
        #expect(text.output.contains("byte order mark"), "\(text.output)")
    }

    @Test func aPlanTargetOutOfRangeSaysTheRangeNotThatItIsNoNumber() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = """
            # Sadeem 2027
            id: sadeem-range

            ## Objective trust: Investor trust
            audience: investors
            window: 2027-01-01 to 2027-06-30
            posts: 1000000
            cues: quarterly results, dividend
            """
        let file = folder.appendingPathComponent("sadeem.plan.md")
        try write(plan, to: file)
        let run = runMinbar(["check", file.path])
        #expect(run.output.contains("must be between 1 and 1000"), "\(run.output)")
        #expect(!run.output.contains("is not a number"), "\(run.output)")
        try write(plan.replacingOccurrences(of: "posts: 1000000", with: "posts: many"), to: file)
        #expect(runMinbar(["check", file.path]).output.contains("'many' is not a number"))
        try write(plan.replacingOccurrences(of: "posts: 1000000", with: "posts: ١٢"), to: file)
        let arabicDigits = runMinbar(["check", "--json", file.path])
        #expect(!arabicDigits.output.contains("invalid-number") && !arabicDigits.output.contains("number-out-of-range"), "\(arabicDigits.output)")
        #expect(arabicDigits.output.contains("\"plans\": 1") && arabicDigits.output.contains("\"errors\": 0"), "\(arabicDigits.output)")
    }
}
