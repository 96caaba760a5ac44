import Foundation
import Testing
@testable import MinbarCLI

@Suite struct CheckCommandTests {
    @Test func brokenFileIsReportedWithLocationAndTheRestStillLoad() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trainers = folder.appendingPathComponent("trainers")
        try write(sampleScenario, to: trainers.appendingPathComponent("good.scenario.md"))
        try write(sampleScenario.replacingOccurrences(of: "id: trainer-q3", with: "id: trainer-arabic")
                    .replacingOccurrences(of: "language: en", with: "language: ar"),
                  to: trainers.appendingPathComponent("nested/arabic.scenario.md"))
        try write(sampleScenario.replacingOccurrences(of: "id: trainer-q3", with: "id: trainer-broken")
                    .replacingOccurrences(of: "platform: x", with: "platfrom: x"),
                  to: trainers.appendingPathComponent("broken.scenario.md"))
        try write("not a scenario", to: trainers.appendingPathComponent("notes.txt"))

        let run = runMinbar(["check", "trainers"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.output.contains("trainers/broken.scenario.md:5:1: warning: unknown key 'platfrom'"))
        #expect(run.output.contains("hint: did you mean 'platform'?"))
        #expect(run.output.contains("trainers/broken.scenario.md:1:1: error: the required key 'platform' is missing"))
        #expect(run.output.contains("checked 3 files: 2 scenarios loaded, 1 error in 1 file, 1 warning"), "\(run.output)")
    }

    /// A scenario that loads but names a plan or policy that is not there: the error points
    /// at the value that names it, and the summary says the errors span two files, so
    /// "1 scenario loaded" is not read as "all is well".
    @Test func aMissingPlanOrPolicyIsReportedWhereItIsNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(sampleScenario.replacingOccurrences(of: "difficulty: 2", with: "difficulty: 2\nplan: ../plans/manara-2027.plan.md\npolicy: board.policy.md"),
                  to: folder.appendingPathComponent("lib/moved.scenario.md"))
        try write("# Broken\n## Beat t0: x\n", to: folder.appendingPathComponent("lib/bad.scenario.md"))
        let run = runMinbar(["check", "lib"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.output.contains("lib/moved.scenario.md:8:7: error: the plan file '../plans/manara-2027.plan.md' is not there, or it cannot be read"), "\(run.output)")
        #expect(run.output.contains("lib/moved.scenario.md:9:9: error: the policy file 'board.policy.md' is not there, or it cannot be read"), "\(run.output)")
        #expect(run.output.contains("checked 2 files: 1 scenario loaded, ") && run.output.contains(" errors in 2 files, "), "\(run.output)")
        let arabic = runMinbar(["check", "--lang", "ar", "lib"], directory: folder.path)
        #expect(arabic.output.contains("lib/moved.scenario.md:8:7: خطأ: ملف الخطة '../plans/manara-2027.plan.md' غير موجود، أو تعذّرت قراءته"), "\(arabic.output)")
        #expect(arabic.output.contains(" في ملفين"), "\(arabic.output)")
        let json = runMinbar(["check", "--json", "lib/moved.scenario.md"], directory: folder.path)
        #expect(json.output.contains("\"code\": \"reference-not-found\""), "\(json.output)")
        // The plan is there but outside the folder checked: said as such, with what to check instead.
        try write("# Manara plan\nid: manara-2027\n", to: folder.appendingPathComponent("plans/manara-2027.plan.md"))
        let outside = runMinbar(["check", "lib"], directory: folder.path)
        #expect(outside.output.contains("lib/moved.scenario.md:8:7: error: '../plans/manara-2027.plan.md' is not a valid plan; expected a file inside the scenario's folder"), "\(outside.output)")
        #expect(outside.output.contains("check or practise the folder that holds both"), "\(outside.output)")
        let outsideArabic = runMinbar(["check", "--lang", "ar", "lib"], directory: folder.path)
        #expect(outsideArabic.output.contains("الملف خارج المجلد المقروء"), "\(outsideArabic.output)")
    }

    @Test func aTitleKeyInFrontMatterIsSentToTheHeadingInBothLanguages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("---\ntitle: Q3 margins\n---\n" + sampleScenario, to: folder.appendingPathComponent("front.scenario.md"))
        let run = runMinbar(["check", "front.scenario.md"], directory: folder.path)
        #expect(run.output.contains("front.scenario.md:2:1: warning: unknown key 'title'"), "\(run.output)")
        #expect(!run.output.contains("did you mean 'title'"))
        #expect(run.output.split(separator: "\n").contains { $0.contains("hint: ") && $0.contains("'# Title'") }, "\(run.output)")
        let arabic = runMinbar(["check", "--lang", "ar", "front.scenario.md"], directory: folder.path)
        #expect(arabic.output.contains("front.scenario.md:2:1: تحذير: مفتاح غير معروف 'title'"), "\(arabic.output)")
        #expect(!arabic.output.contains("هل تقصد 'title'"))
        #expect(arabic.output.split(separator: "\n").contains { $0.contains("تلميح: ") && $0.contains("'# Title'") }, "\(arabic.output)")
    }

    /// A misspelt `move:` got the list of twelve moves and no "did you mean"; a word
    /// with nothing close (a trainer's 'contact' for 'route') still gets the list.
    @Test func aMisspeltMoveGetsADidYouMeanInBothLanguages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(sampleScenario.replacingOccurrences(of: "- acknowledge: margin, 37%, decline",
                                                      with: "- acknowledge: margin, 37%, decline | move: answr\n- timing: next update, Thursday | needs: date | move: shedule"),
                  to: folder.appendingPathComponent("q3.scenario.md"))
        try write("""
            # انقطاع المياه عن حي الخوض
            id: trainer-water
            kind: community
            audience: السكان
            platform: x
            language: ar
            difficulty: 2

            ## Situation
            انقطعت المياه عن حي الخوض منذ الصباح، والسكان يسألون متى تعود.

            ## Goals
            - الاعتذار: نعتذر, نأسف | move: apolgy
            - التواصل: الرقم المجاني | move: contact

            ## Reactions
            - otherwise: يواصل السكان السؤال.
            """, to: folder.appendingPathComponent("water.scenario.md"))
        let run = runMinbar(["check", "q3.scenario.md", "water.scenario.md"], directory: folder.path)
        #expect(run.status == 1)
        #expect(run.output.contains("q3.scenario.md:13:45: error: unknown move 'answr'\n"), "\(run.output)")
        #expect(run.output.contains("hint: did you mean 'answer'?"), "\(run.output)")
        #expect(run.output.contains("q3.scenario.md:14:55: error: unknown move 'shedule'\n"), "\(run.output)")
        #expect(run.output.contains("hint: did you mean 'schedule'?"), "\(run.output)")
        #expect(run.output.contains("water.scenario.md:13:33: error: unknown move 'apolgy'\n"), "\(run.output)")
        #expect(run.output.contains("hint: did you mean 'apology'?"), "\(run.output)")
        #expect(run.output.contains("water.scenario.md:14:34: error: unknown move 'contact'\n"), "\(run.output)")
        #expect(run.output.contains("hint: moves are: 'answer', 'cause', 'evidence', 'commit', 'schedule', 'apology', 'credit', 'reassure', 'route', 'invite', 'decline', 'inform'"),
                "\(run.output)")
        let arabic = runMinbar(["check", "--lang", "ar", "q3.scenario.md", "water.scenario.md"], directory: folder.path)
        #expect(arabic.output.contains("water.scenario.md:13:33: خطأ: حركة غير معروفة 'apolgy'\n"), "\(arabic.output)")
        #expect(arabic.output.contains("تلميح: هل تقصد 'apology'؟"), "\(arabic.output)")
        #expect(arabic.output.contains("تلميح: هل تقصد 'schedule'؟"), "\(arabic.output)")
        #expect(arabic.output.contains("water.scenario.md:14:34: خطأ: حركة غير معروفة 'contact'\n"), "\(arabic.output)")
        #expect(arabic.output.contains("تلميح: الحركات هي: 'answer'، 'cause'، "), "\(arabic.output)")
    }

    @Test func jsonOutputIsMachineReadable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(sampleScenario.replacingOccurrences(of: "kind: investor", with: "kind: investr"),
                  to: folder.appendingPathComponent("a.scenario.md"))
        let run = runMinbar(["check", "--json", folder.path])
        #expect(run.status == 1)
        let report = try #require(try parseJSON(run.output) as? [String: Any])
        #expect(report["errors"] as? Int == 1)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["line"] as? Int == 3)
        #expect(diagnostics.first?["column"] as? Int == 7)
        #expect(diagnostics.first?["code"] as? String == "invalid-value")
    }

    @Test func theBundledLibraryIsClean() {
        let run = runMinbar(["check", "--strict"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("0 errors, 0 warnings"))
    }

    @Test func usageErrorsExitTwoWithAHint() {
        let missing = runMinbar(["check", "/no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("/no/such/folder: no such file or directory"))

        let option = runMinbar(["check", "--stirct"])
        #expect(option.status == 2)
        #expect(option.error.contains("did you mean '--strict'?"))

        let command = runMinbar(["chek"])
        #expect(command.status == 2)
        #expect(command.error.contains("did you mean 'check'?"))
    }

    /// A folder with nothing to check printed "checked 0 files … 0 errors" and exited 0,
    /// as a pass. It is named in a warning, in the interface's language, and the check
    /// fails; a folder beside it with a scenario is still checked.
    @Test(arguments: [
        ("en", "minbar: warning: no scenario files found in "),
        ("ar", "minbar: تحذير: لا توجد ملفات سيناريو في "),
    ])
    func aFolderWithNothingToCheckIsWarnedAboutAndFails(_ language: String, _ warning: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        let notes = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try write("# Not a scenario\n", to: notes.appendingPathComponent("README.md"))
        for path in [empty.path, notes.path] {
            let run = runMinbar(["check", "--lang", language, path])
            #expect(run.status == 1, "nothing checked is a failed check: \(run.output)")
            #expect(run.error.contains(warning + path), "\(run.error)")
            let json = runMinbar(["check", "--json", "--lang", language, path])
            #expect(json.status == 1)
            #expect(json.error.contains(warning + path), "the warning goes to standard error, the JSON stays JSON")
            #expect(try (parseJSON(json.output) as? [String: Any])?["files"] as? Int == 0)
        }
        let good = folder.appendingPathComponent("good")
        try write(sampleScenario, to: good.appendingPathComponent("q3.scenario.md"))
        let both = runMinbar(["check", "--lang", language, good.path, empty.path])
        #expect(both.error.contains(warning + empty.path), "\(both.error)")
        #expect(!both.error.contains(good.path), "\(both.error)")
        #expect(both.status == 0, "a folder with a clean scenario was checked: \(both.output)")
    }

    @Test func everyCommandHasHelp() {
        for command in MinbarApp.commands {
            let run = runMinbar([command.name, "--help"])
            #expect(run.status == 0)
            #expect(run.output.hasPrefix("Usage: minbar"))
        }
        #expect(runMinbar(["--help"]).output.contains("check"))
    }
}

@Suite struct ListCommandTests {
    func catalogue(_ extra: [String] = [], environment: [String: String] = [:]) throws -> [[String: Any]] {
        let run = runMinbar(["list", "--json"] + extra, environment: environment)
        #expect(run.status == 0, "\(run.error)")
        return try #require(try parseJSON(run.output) as? [[String: Any]])
    }

    @Test func theBundledLibraryHasWhatTheProductPromises() throws {
        let entries = try catalogue()
        #expect(entries.count >= 28)
        func count(_ key: String, _ value: String) -> Int { entries.filter { $0[key] as? String == value }.count }
        for kind in ["investor", "employee", "media", "crisis"] {
            #expect(count("kind", kind) >= 6, "\(kind)")
        }
        #expect(count("kind", "community") >= 4)
        #expect(count("language", "ar") >= 10)
        #expect(entries.filter { $0["kind"] as? String == "crisis" && ($0["beats"] as? Int ?? 0) >= 3 }.count >= 3)
        let types = Set(entries.compactMap { $0["orgType"] as? String })
        #expect(types.isSuperset(of: ["listed", "state-owned", "family", "government"]))
        for entry in entries {
            for key in ["id", "title", "kind", "language", "platform", "path"] { #expect(entry[key] is String, "\(key)") }
            #expect(entry["difficulty"] is Int)
        }
        #expect(Set(entries.compactMap { $0["id"] as? String }).count == entries.count)
    }

    @Test func filtersByKindAndLanguage() throws {
        let crises = try catalogue(["--kind", "crisis"])
        #expect(!crises.isEmpty && crises.allSatisfy { $0["kind"] as? String == "crisis" })
        let arabic = try catalogue(["--language", "ar"])
        #expect(!arabic.isEmpty && arabic.allSatisfy { ["ar", "any"].contains($0["language"] as? String) })
        #expect(runMinbar(["list", "--kind", "gossip"]).status == 2)
    }

    @Test func trainerFoldersComeFromOptionsAndEnvironment() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(sampleScenario, to: folder.appendingPathComponent("q3.scenario.md"))
        let viaOption = try catalogue(["--scenarios", folder.path])
        #expect(viaOption.contains { $0["id"] as? String == "trainer-q3" })
        let viaEnvironment = try catalogue(environment: ["MINBAR_SCENARIOS": folder.path])
        #expect(viaEnvironment.contains { $0["id"] as? String == "trainer-q3" })
        let text = runMinbar(["list", "--scenarios", folder.path])
        #expect(text.output.contains("trainer-q3"))
        #expect(text.error.isEmpty, "\(text.error)")
        // A trainer's copy of a bundled scenario replaces it quietly.
        try write(sampleScenario.replacingOccurrences(of: "id: trainer-q3", with: "id: investor-q3-margins")
                    .replacingOccurrences(of: "# Analyst asks about margins after Q3", with: "# Our own version"),
                  to: folder.appendingPathComponent("override.scenario.md"))
        let overridden = try catalogue(["--scenarios", folder.path])
        #expect(overridden.first { $0["id"] as? String == "investor-q3-margins" }?["title"] as? String == "Our own version")
        #expect(runMinbar(["list", "--scenarios", folder.path]).error.isEmpty)
        #expect(text.output.contains("Analyst asks about margins after Q3"))
    }

    /// A broken trainer file is reported, in the interface's language, and the rest list.
    @Test func brokenTrainerFilesAreReportedInEitherLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(sampleScenario, to: folder.appendingPathComponent("q3.scenario.md"))
        try write("# Half a scenario\nid: broken-one\n", to: folder.appendingPathComponent("broken.scenario.md"))
        let english = runMinbar(["list", "--scenarios", folder.path])
        #expect(english.output.contains("trainer-q3") && english.error.contains("1 scenario file could not be loaded"), "\(english.error)")
        let arabic = runMinbar(["list", "--lang", "ar", "--scenarios", folder.path])
        #expect(arabic.output.contains("trainer-q3") && arabic.error.contains("تعذّر تحميل 1 من ملفات السيناريو"), "\(arabic.error)")
        // Practice says so in its greeting: the broken scenario is missing from /list.
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let practice = runMinbar(["--data", data.path, "--scenarios", folder.path], input: "/exit\n")
        #expect(practice.output.contains("1 scenario file could not be loaded"), "\(practice.output)")
    }
}

@Suite struct PathResolutionTests {
    @Test(arguments: [
        ("../plans/a.plan.md", "scenarios/community/x.scenario.md", "scenarios/plans/a.plan.md"),
        ("./p.policy.md", "trainers/x.scenario.md", "trainers/p.policy.md"),
        ("../p.policy.md", "/data/trainers/x.scenario.md", "/data/p.policy.md"),
        ("p.policy.md", "x.scenario.md", "p.policy.md"),
    ])
    func foldsDotDot(_ relative: String, _ file: String, _ expected: String) {
        #expect(ScenarioFiles.resolve(relative, besides: file) == expected)
    }

    @Test(arguments: [("../../x", "a/b.md"), ("/etc/passwd", "a/b.md"), ("../x", "b.md")])
    func refusesToClimbOutOrGoAbsolute(_ relative: String, _ file: String) {
        #expect(ScenarioFiles.resolve(relative, besides: file) == nil)
    }
}

/// A policy file checked with the folder and named by a scenario in it was parsed twice:
/// each of its warnings was printed twice and counted twice.
@Suite struct CheckPolicyOnceTests {
    @Test(arguments: ["en", "ar"])
    func aPolicyNamedByAScenarioIsDiagnosedOnce(_ language: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("# Acme policy\nid: acme\n\n## Rules\n- frobnicate the thing\n", to: folder.appendingPathComponent("acme.policy.md"))
        try write(sampleScenario.replacingOccurrences(of: "difficulty: 2\n", with: "difficulty: 2\npolicy: acme.policy.md\n"),
                  to: folder.appendingPathComponent("t.scenario.md"))
        let run = runMinbar(["check", "--lang", language, folder.path])
        let lines = run.output.split(separator: "\n").filter { $0.contains("acme.policy.md:5:3:") }
        #expect(lines.count == 1, "\(run.output)")
        let json = runMinbar(["check", "--json", folder.path])
        let report = try #require(try parseJSON(json.output) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        let policy = diagnostics.filter { ($0["path"] as? String)?.hasSuffix("acme.policy.md") == true && $0["line"] as? Int == 5 }
        #expect(policy.count == 1, "\(policy)")
        #expect(report["warnings"] as? Int == diagnostics.filter { $0["severity"] as? String == "warning" }.count)
    }
}
