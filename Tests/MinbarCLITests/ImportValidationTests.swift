import Foundation
import Testing
@testable import MinbarCLI

/// An export with an impossible value is refused whole, naming the attempt and the
/// field (issue 16, item 6); values from outside never reach the terminal raw (item 5).
@Suite struct ImportValidationTests {
    let clock = Date(timeIntervalSince1970: 1_796_000_000)

    /// A real export of two attempts (English, then Arabic), as JSON objects to tamper with.
    func export() throws -> (data: URL, document: [String: Any]) {
        let data = try temporaryFolder()
        _ = runMinbar(["--data", data.path, "--open", "investor-q3-margins"],
                      input: "Margins are fine!!! We guarantee growth.\n/retry\nهامشنا ٣٧٪ كما ورد في النتائج المنشورة.\n", now: clock)
        let run = runMinbar(["export", "--data", data.path, "--format", "json"], now: clock)
        return (data, try #require(try parseJSON(run.output) as? [String: Any]))
    }

    func importing(_ document: [String: Any], into data: URL, language: String = "en") throws -> ProgramRun {
        let file = data.appendingPathComponent("tampered.json")
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        return runMinbar(["--lang", language, "import", file.path, "--data", data.path, "--profile", "imported"], now: clock)
    }

    /// Each case: the field named in the error, the attempt tampered with, and how.
    static func tamper(_ field: String, _ a: inout [String: Any]) {
        var scores = a["scores"] as! [String: Any]
        var findings = a["findings"] as! [[String: Any]]
        switch field {
        case "scores.overall": scores["overall"] = 1000
        case "scores.compliance": scores["compliance"] = -50
        case "findings[1].penalty": findings[0]["penalty"] = -20
        case "findings[1].start/end": findings[0]["end"] = 99_999
        case "findings[1].rule": findings[0]["rule"] = "\u{1B}c"
        case "kind": a["kind"] = "\u{1B}[2Jinvestor"
        case "platform": a["platform"] = "myspace"
        case "scenario": a["scenario"] = "../../etc"
        case "time": a["time"] = "9999-01-01T00:00:00Z"
        case "post": a["post"] = String(repeating: "نعتذر ", count: 500_000)
        default: break
        }
        a["scores"] = scores
        a["findings"] = findings
    }

    @Test(arguments: [("scores.overall", 1), ("scores.compliance", 2), ("findings[1].penalty", 1), ("findings[1].start/end", 1),
                      ("findings[1].rule", 1), ("kind", 2), ("platform", 1), ("scenario", 2), ("time", 1), ("post", 2)])
    func impossibleValuesRefuseTheWholeFile(field: String, attempt: Int) throws {
        var (data, document) = try export()
        defer { try? FileManager.default.removeItem(at: data) }
        var attempts = try #require(document["attempts"] as? [[String: Any]])
        #expect(attempts.count == 2)
        Self.tamper(field, &attempts[attempt - 1])
        document["attempts"] = attempts
        let run = try importing(document, into: data)
        #expect(run.status == 2, "\(field): \(run.output)")
        #expect(run.error.contains("attempt \(attempt), \(field)"), "\(run.error)")
        #expect(!run.error.unicodeScalars.contains { $0.value == 0x1B })
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("profiles/imported/attempts.jsonl").path), "nothing imported")
    }

    /// On an Arabic screen the refusal is Arabic, the file's own values isolated in it,
    /// with no English reason left inside (each case of `ImportValidation.Reason`).
    @Test(arguments: ["scores.overall", "findings[1].start/end", "findings[1].rule", "platform", "scenario", "time", "post"])
    func anArabicScreenIsToldWhyInArabic(field: String) throws {
        var (data, document) = try export()
        defer { try? FileManager.default.removeItem(at: data) }
        var attempts = try #require(document["attempts"] as? [[String: Any]])
        Self.tamper(field, &attempts[0])
        document["attempts"] = attempts
        let run = try importing(document, into: data, language: "ar")
        #expect(run.status == 2, "\(field): \(run.output)")
        #expect(run.error.contains("المحاولة 1") && run.error.contains(field) && run.error.contains("لم يُستورد شيء"), "\(run.error)")
        for english in ["is outside", "is not", "inside the post", "more than the limit", "nothing was imported", "attempt "] {
            #expect(!run.error.contains(english), "\(field): '\(english)' in \(run.error)")
        }
    }

    @Test func anUnsupportedSchemaIsNamedInBothLanguages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("future.json")
        try Data("{\"schemaVersion\": 99, \"profile\": \"x\", \"generated\": \"2026-12-07T00:00:00Z\", \"attempts\": []}".utf8).write(to: file)
        let english = runMinbar(["import", file.path, "--data", folder.path])
        #expect(english.status == 2 && english.error.contains("schema version 99 is not supported"), "\(english.error)")
        let arabic = runMinbar(["--lang", "ar", "import", file.path, "--data", folder.path])
        #expect(arabic.status == 2 && arabic.error.contains("إصدار المخطط 99 غير مدعوم"), "\(arabic.error)")
        #expect(!arabic.error.contains("is not supported") && !arabic.error.contains("this Minbar reads"), "\(arabic.error)")
    }

    @Test func anUnknownVerdictIsRefused() throws {
        var (data, document) = try export()
        defer { try? FileManager.default.removeItem(at: data) }
        var attempts = try #require(document["attempts"] as? [[String: Any]])
        attempts[0]["verdict"] = "triumphant"
        document["attempts"] = attempts
        #expect(try importing(document, into: data).status == 2)
    }

    @Test func aValidExportStillImports() throws {
        let (data, document) = try export()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = try importing(document, into: data)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("imported 2 attempts"))
    }

    @Test func argumentsInErrorMessagesCannotActOnTheTerminal() {
        for arguments in [["explain", "\u{1B}[2J"], ["--profile", "a\u{1B}]52;c;aGVsbG8=\u{07}b"], ["score", "\u{1B}c.txt"], ["\u{9B}31mcheck"]] {
            let run = runMinbar(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(!run.error.isEmpty)
            #expect(!run.error.unicodeScalars.contains { [0x1B, 0x07, 0x9B].contains($0.value) }, "\(arguments): \(run.error)")
        }
    }

    @Test func storedValuesAndExportPathsCannotActOnTheTerminal() throws {
        let (data, _) = try export()
        defer { try? FileManager.default.removeItem(at: data) }
        // The log edited by hand: a rule id and a kind carrying terminal commands.
        let log = data.appendingPathComponent("profiles/default/attempts.jsonl")
        let text = try String(contentsOf: log, encoding: .utf8)
        let tampered = text.replacingOccurrences(of: "\"kind\":\"investor\"", with: "\"kind\":\"\\u001bcinvestor\"")
            .replacingOccurrences(of: "\"rule\":\"", with: "\"rule\":\"\\u001b]0;owned\\u0007")
        #expect(tampered != text)
        try tampered.write(to: log, atomically: true, encoding: .utf8)
        let run = runMinbar(["--data", data.path], input: "/progress\n/export \u{1B}[2Jout.md\n", directory: data.path, now: clock)
        #expect(run.output.contains("Progress for default"))
        #expect(!run.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(run.output)")
    }
}

/// A policy or plan that a scenario names is read with links followed and then confined
/// to the trainer's folder (issue 16, item 9).
@Suite struct ConfinedPolicyTests {
    func trainerFolder(linking name: String, to target: String, key: String) throws -> URL {
        let folder = try temporaryFolder()
        let scenario = sampleScenario.replacingOccurrences(of: "difficulty: 2", with: "difficulty: 2\n\(key): sub/\(name)")
        try write(scenario, to: folder.appendingPathComponent("q3.scenario.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/\(name)").path, withDestinationPath: target)
        return folder
    }

    @Test func aPolicyLinkOutOfTheFolderIsNotRead() throws {
        let outside = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try write("# Leaked policy\nsecret-key: root:x:0:0\n", to: outside.appendingPathComponent("leak.policy.md"))
        for target in ["/etc/passwd", outside.appendingPathComponent("leak.policy.md").path] {
            let folder = try trainerFolder(linking: "x.policy.md", to: target, key: "policy")
            defer { try? FileManager.default.removeItem(at: folder) }
            let check = runMinbar(["check", folder.path])
            #expect(!check.output.contains("root") && !check.error.contains("root"), "\(check.output)")
            #expect(!check.output.contains("secret-key"), "\(check.output)")
            #expect(check.output.contains("inside the scenario's folder"), "\(check.output)")
            let score = runMinbar(["score", "--scenarios", folder.path, "--scenario", "trainer-q3", "-"], input: "Our Q3 gross margin was 37%.\n")
            #expect(!score.output.contains("Leaked policy"))
        }
    }

    @Test func aPolicyLinkInsideTheFolderIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("# Q3 policy\n\n## Banned terms\n- fine\n", to: folder.appendingPathComponent("policies/real.policy.md"))
        let scenario = sampleScenario.replacingOccurrences(of: "difficulty: 2", with: "difficulty: 2\npolicy: sub/x.policy.md")
        try write(scenario, to: folder.appendingPathComponent("q3.scenario.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/x.policy.md").path, withDestinationPath: "../policies/real.policy.md")
        let check = runMinbar(["check", folder.path])
        #expect(!check.output.contains("inside the scenario's folder"), "\(check.output)")
    }
}

/// A JSON file that is not a whole export says what is missing and where, in the file's
/// own terms (`attempts[0]`), not in Swift's ("attempts.Index 0").
@Suite struct ImportPathTests {
    @Test func aMissingFieldIsPlacedInTheFilesTerms() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let top = folder.appendingPathComponent("top.json")
        try Data("{\"schemaVersion\":1}".utf8).write(to: top)
        let topRun = runMinbar(["import", top.path, "--data", folder.path])
        #expect(topRun.status == 2)
        #expect(topRun.error.contains("missing \"profile\" at the top level"), "\(topRun.error)")
        let inner = folder.appendingPathComponent("inner.json")
        try Data("{\"schemaVersion\":1,\"profile\":\"x\",\"generated\":\"2026-12-07T00:00:00Z\",\"attempts\":[{\"time\":\"2026-12-07T00:00:00Z\"}]}".utf8).write(to: inner)
        let innerRun = runMinbar(["import", inner.path, "--data", folder.path])
        #expect(innerRun.status == 2)
        #expect(innerRun.error.contains("in attempts[0]") && !innerRun.error.contains("Index"), "\(innerRun.error)")
        // On an Arabic screen, in Arabic, with the place as the file has it.
        let arabic = runMinbar(["--lang", "ar", "import", inner.path, "--data", folder.path])
        #expect(arabic.status == 2 && arabic.error.contains("ينقصه الحقل \"schemaVersion\"") && arabic.error.contains("attempts[0]"), "\(arabic.error)")
    }

    /// A broken edit is placed as `path:line:column`, where an editor opens it.
    @Test func brokenJSONIsPlacedByLineAndColumn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"schemaVersion\": 1,\n \"profile\": \"x\",\n \"attempts\": [ {\"time\": 3 ]\n}\n".utf8).write(to: broken)
        for language in ["en", "ar"] {
            let run = runMinbar(["--lang", language, "import", broken.path, "--data", folder.path])
            #expect(run.status == 2)
            #expect(run.error.contains("broken.json:3:27:"), "\(run.error)")
        }
    }
}
