import Foundation
import FoundationXML
import Testing
@testable import MinbarCLI

@Suite struct ExportCommandTests {
    let clock = Date(timeIntervalSince1970: 1_796_000_000)

    func practise(into data: URL, profile: String, posts: [String]) {
        let drill = "/open investor-q3-margins\n" + posts.joined(separator: "\n/retry\n") + "\n"
        _ = runMinbar(["--data", data.path, "--profile", profile], input: drill, now: clock)
    }

    @Test func jsonExportImportExportIsIdentical() throws {
        let first = try temporaryFolder(), second = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        practise(into: first, profile: "huda", posts: ["هامشنا ٣٧٪ \"كما ورد\" في النتائج 📉", "Margins are fine!!! =HYPERLINK(\"x\")"])
        let exported = runMinbar(["export", "--data", first.path, "--profile", "huda", "--format", "json"], now: clock)
        #expect(exported.status == 0, "\(exported.error)")
        let file = second.appendingPathComponent("huda.json")
        try exported.output.write(to: file, atomically: true, encoding: .utf8)
        let imported = runMinbar(["import", file.path, "--data", second.path], now: clock)
        #expect(imported.status == 0 && imported.output.contains("imported 2 attempts into profile huda"), "\(imported.output)\(imported.error)")
        let again = runMinbar(["export", "--data", second.path, "--profile", "huda", "--format", "json"], now: clock)
        #expect(again.output == exported.output)
        #expect(runMinbar(["import", file.path, "--data", second.path]).output.contains("imported 0 attempts"))
        #expect(runMinbar(["import", "/no/such.json"]).status == 2)
    }

    /// The facilitator's notes and injects travel with the attempts: the trainer's
    /// machine rebuilds the same after-action review, and importing twice adds nothing.
    @Test func facilitatorEventsSurviveExportAndImport() throws {
        let first = try temporaryFolder(), second = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let drill = "/open investor-q3-margins\n/note ترددت قبل الرقم\nOur margin was 37%, as published in our results.\n/inject A journalist calls about the margin.\n"
        _ = runMinbar(["--data", first.path, "--profile", "huda", "--facilitator"], input: drill, now: clock)
        let exported = runMinbar(["export", "--data", first.path, "--profile", "huda", "--format", "json"], now: clock)
        #expect(exported.output.contains("ترددت قبل الرقم") && exported.output.contains("A journalist calls"), "\(exported.output)")
        let file = second.appendingPathComponent("huda.json")
        try exported.output.write(to: file, atomically: true, encoding: .utf8)
        #expect(runMinbar(["import", file.path, "--data", second.path], now: clock).status == 0)
        let again = runMinbar(["export", "--data", second.path, "--profile", "huda", "--format", "json"], now: clock)
        #expect(again.output == exported.output)
        #expect(runMinbar(["import", file.path, "--data", second.path], now: clock).status == 0)
        let twice = runMinbar(["export", "--data", second.path, "--profile", "huda", "--format", "json"], now: clock)
        #expect(twice.output == exported.output, "a second import adds no event twice")
        let review = runMinbar(["export", "--data", second.path, "--profile", "huda", "--format", "md"], now: clock)
        #expect(review.output.contains("A journalist calls"), "\(review.output)")
    }

    @Test func everyFormatSurvivesArabicEmojiAndQuotes() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        practise(into: data, profile: "default", posts: ["نعتذر \"بصدق\" عن الهامش ٣٧٪ 🙏, <b>'quoted'</b>"])
        for format in ["md", "html", "json", "csv"] {
            let out = data.appendingPathComponent("t.\(format)")
            let run = runMinbar(["export", "--data", data.path, "--out", out.path], now: clock)
            #expect(run.status == 0, "\(format): \(run.error)")
            let text = String(decoding: try Data(contentsOf: out), as: UTF8.self)
            #expect(text.contains("نعتذر") || format == "csv", "\(format)")
            if format == "html" { #expect(XMLParser(data: Data(text.utf8)).parse()) }
            if format == "json" { #expect(try parseJSON(text) is [String: Any]) }
            if format == "csv" { #expect(text.hasPrefix("\u{FEFF}time,profile,scenario")) }
        }
        let filtered = runMinbar(["export", "--data", data.path, "--kind", "crisis"], now: clock)
        #expect(filtered.output.contains("- Attempts: 0"))
        #expect(runMinbar(["export", "--format", "pdf"]).status == 2)
    }

    @Test func cohortReadsAFolderOfExports() throws {
        let data = try temporaryFolder(), exports = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: exports) }
        practise(into: data, profile: "rania", posts: ["Margins are fine!!!", "Our gross margin was 37% as in our published results, down on freight costs; our plan: steps by 30 June."])
        practise(into: data, profile: "salem", posts: ["Next quarter margin will be 41%."])
        for profile in ["rania", "salem"] {
            let run = runMinbar(["export", "--data", data.path, "--profile", profile, "--out", exports.appendingPathComponent("\(profile).json").path], now: clock)
            #expect(run.status == 0)
        }
        let report = runMinbar(["cohort", exports.path, "--anonymise", "--scenario", "investor-q3-margins"], now: clock)
        #expect(report.status == 0, "\(report.error)")
        #expect(report.output.contains("Trainee A") && report.output.contains("Trainee B"))
        #expect(!report.output.contains("rania"))
        #expect(report.output.contains("Rules the cohort breaks most"))
        #expect(report.output.contains("policy.guidance"))
        #expect(report.output.contains("After action"))
        #expect(runMinbar(["cohort", exports.path, "--format", "csv"]).output.contains("rania"))
    }

    /// Two trainees who never chose a profile name are both "default": the cohort showed
    /// "default" twice, and counted them as one trainee in "by 1 of 2 trainees". Each is
    /// told apart by its export's file name, or its folder's when the files are named
    /// alike, in every format and in both languages.
    @Test func traineesWithTheSameProfileNameAreToldApart() throws {
        let exports = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: exports) }
        for (trainee, post) in [("rania", "Margins are fine!!!"), ("omar", "Next quarter margin will be 41%.")] {
            let data = exports.appendingPathComponent("\(trainee)-data")
            for folder in [trainee, "by-name"] {
                try FileManager.default.createDirectory(at: exports.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            _ = runMinbar(["--data", data.path], input: "/open investor-q3-margins\n\(post)\n", now: clock)
            let export = runMinbar(["export", "--data", data.path, "--out", exports.appendingPathComponent("\(trainee)/export.json").path], now: clock)
            #expect(export.status == 0, "\(export.error)")
            _ = runMinbar(["export", "--data", data.path, "--out", exports.appendingPathComponent("by-name/\(trainee).json").path], now: clock)
        }
        // Files named alike (rania/export.json, omar/export.json): the folders tell them apart.
        let report = runMinbar(["cohort", "rania/export.json", "omar/export.json", "--scenario", "investor-q3-margins"], directory: exports.path, now: clock)
        #expect(report.status == 0, "\(report.error)")
        #expect(report.output.contains("| default (rania) | 1 |") && report.output.contains("| default (omar) | 1 |"), "\(report.output)")
        #expect(!report.output.contains("| default |"), "\(report.output)")
        #expect(report.output.contains("- `goal.missing`: ") && report.output.contains(", by 2 of 2 trainees"), "\(report.output)")
        let arabic = runMinbar(["cohort", "--lang", "ar", "rania/export.json", "omar/export.json"], directory: exports.path, now: clock)
        #expect(arabic.output.contains("| default (rania) |") && arabic.output.contains("| default (omar) |"), "\(arabic.output)")
        #expect(arabic.output.contains("المخالفون 2، والمجموعة متدربان"), "\(arabic.output)")
        let csv = runMinbar(["cohort", "--format", "csv", "rania/export.json", "omar/export.json"], directory: exports.path, now: clock)
        #expect(csv.output.contains("\r\ndefault (rania),1,") && csv.output.contains("\r\ndefault (omar),1,"), "\(csv.output)")
        // Files named apart (by-name/rania.json, by-name/omar.json): their names do.
        let folder = runMinbar(["cohort", "--format", "html", "by-name"], directory: exports.path, now: clock)
        #expect(folder.output.contains("<td dir=\"auto\">default (omar)</td>") && folder.output.contains("<td dir=\"auto\">default (rania)</td>"), "\(folder.output)")
        // Anonymised, no name is shown, whether two were alike or not.
        let anonymous = runMinbar(["cohort", "--anonymise", "by-name"], directory: exports.path, now: clock)
        #expect(anonymous.output.contains("| Trainee A |") && !anonymous.output.contains("default"), "\(anonymous.output)")
    }

    /// An --out extension no format writes is refused, as /export refuses it, not filled with Markdown.
    @Test func anOutExtensionNoFormatWritesIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-export-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("debrief.pdf").path
        for language in ["en", "ar"] {
            let run = runMinbar(["export", "--lang", language, "--out", pdf], environment: ["HOME": folder.path])
            #expect(run.status == 2, "\(run.error)")
            #expect(run.error.contains("'pdf'") && run.error.contains("--out"), "\(run.error)")
            #expect(!FileManager.default.fileExists(atPath: pdf))
        }
    }

    /// cohort settles its format before it reads a file: a wrong --out or --format is a
    /// usage error even when an export is unreadable, and no "not an export" line comes first.
    @Test func cohortRefusesAWrongFormatBeforeReadingExports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-cohort-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{ not json".utf8).write(to: broken)
        for arguments in [["--out", folder.appendingPathComponent("cohort.pdf").path], ["--format", "pdf"]] {
            let run = runMinbar(["cohort", broken.path] + arguments)
            #expect(run.status == 2, "\(run.error)")
            #expect(run.error.contains("'pdf'"), "\(run.error)")
            #expect(!run.error.contains("broken.json"), "\(run.error)")
        }
    }
}
