import Foundation
import Testing
@testable import MinbarCLI

/// `check --forms` shows a trainer which word forms each cue, avoid term and fact cue
/// matches, so they can see why a cue did or did not count (issue 11).
@Suite struct CheckFormsTests {
    func forms(_ path: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let run = runMinbar(["check", "--json", "--forms"] + extra + [path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
        return try #require(object["forms"] as? [[String: Any]])
    }

    func keys(_ entry: [String: Any]) -> Set<String> {
        Set(((entry["words"] as? [[String: Any]]) ?? []).flatMap { ($0["keys"] as? [String]) ?? [] })
    }

    @Test func listsEveryArabicCueWithItsKeysAndLocation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = """
            # الممرضات يشتكين تأخر المكافأة

            id: forms-check-ar
            kind: employee
            audience: الموظفون
            platform: x
            language: ar
            difficulty: 2

            ## Situation
            تأخرت مكافأة الأداء، واعتمدت الإدارة المالية الصرف مع راتب مايو.

            ## Goals
            - تقدير الطواقم: زملائي, زملاءنا | move: credit
            - موعد الصرف: موعد الصرف, اجتماعاً | move: schedule | needs: date

            ## Avoid
            - العموميات: في أقرب وقت

            ## Facts
            - موعد الصرف المعتمد: 28 مايو 2025 | cues: موعد الصرف

            ## Examples
            - ready: زملائي في تنوير: نعتذر عن التأخير، وموعد الصرف 28 مايو مع راتب مايو.
            """
        let file = folder.appendingPathComponent("forms.scenario.md")
        try write(scenario, to: file)
        let entries = try forms(file.path)
        #expect(entries.count == 6, "\(entries)")
        let byTerm = Dictionary(entries.map { ($0["term"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let colleague = try #require(byTerm["زملائي"]), ours = try #require(byTerm["زملاءنا"])
        // Two persons of one word share a key: that is why one cue covers both.
        #expect(!keys(colleague).isDisjoint(with: keys(ours)), "\(keys(colleague)) \(keys(ours))")
        #expect(colleague["use"] as? String == "goal")
        #expect(colleague["line"] as? Int == 14)
        #expect(byTerm["في أقرب وقت"]?["use"] as? String == "avoid")
        #expect(entries.filter { $0["use"] as? String == "fact" }.count == 1)
        // Words that merely share letters do not share a key.
        let meeting = try #require(byTerm["اجتماعاً"])
        #expect(keys(meeting).isDisjoint(with: keys(colleague)))
    }

    @Test func theTextListingNamesFileLineAndKeysInTheInterfaceLanguage() throws {
        let path = "scenarios/employee/employee-delayed-bonuses-ar.scenario.md"
        let bundled = try #require(BundledScenarios.files.first { $0.path.hasSuffix("employee-delayed-bonuses-ar.scenario.md") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
        try Data(bundled.bytes).write(to: file)
        let goalLine = try #require(String(decoding: bundled.bytes, as: UTF8.self).components(separatedBy: "\n").firstIndex { $0.hasPrefix("- تقدير الطواقم") }) + 1
        let english = runMinbar(["check", "--forms", "--no-color", file.path])
        #expect(english.output.contains("Word forms"), "\(english.output)")
        #expect(english.output.contains("employee-delayed-bonuses-ar.scenario.md:\(goalLine):"), "\(english.output)")
        #expect(english.output.contains("goal 'تقدير الطواقم': زملائي  →  زملاءي {"), "\(english.output)")
        let arabic = runMinbar(["check", "--forms", "--no-color", "--lang", "ar", file.path])
        #expect(arabic.output.contains("صيغ الكلمات"), "\(arabic.output)")
        #expect(arabic.output.contains("هدف 'تقدير الطواقم'"), "\(arabic.output)")
    }

    @Test func planCuesAreListedToo() throws {
        let bundled = try #require(BundledScenarios.files.first { $0.path.hasSuffix("sadeem-2027.plan.md") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sadeem-2027.plan.md")
        try Data(bundled.bytes).write(to: file)
        let entries = try forms(file.path)
        #expect(entries.contains { $0["use"] as? String == "objective" && $0["term"] as? String == "freight rates" })
        #expect(entries.allSatisfy { !keys($0).isEmpty })
    }
}
