import Foundation
import Testing
@testable import MinbarCLI
import MinbarCore

/// The lines around the work speak the interface's language too: usage errors, the
/// `list` table and the randomtest's coverage (issue 14).
@Suite struct ArabicChromeTests {
    @Test func usageErrorsAreArabicWithLangBeforeOrAfterTheCommand() {
        let unknown = runMinbar(["score", "--lang", "ar", "--nope"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("minbar: خطأ: الخيار '--nope' غير معروف للأمر 'score'"), "\(unknown.error)")
        #expect(englishWords(unknown.error, typed: ["--nope", "score"]).isEmpty, "\(unknown.error)")
        let invalid = runMinbar(["--lang", "ar", "bench", "--posts", "many"])
        #expect(invalid.status == 2)
        #expect(invalid.error.contains("عدد صحيح من 1 إلى"), "\(invalid.error)")
        #expect(englishWords(invalid.error, typed: ["--posts", "many"]).isEmpty, "\(invalid.error)")
        let suggestion = runMinbar(["--lang=ar", "expain"])
        #expect(suggestion.error.contains("هل تقصد 'explain'؟"), "\(suggestion.error)")
        // English is unchanged.
        let english = runMinbar(["score", "--nope"])
        #expect(english.error.contains("minbar: error: unknown option '--nope' for 'score'"), "\(english.error)")
    }

    @Test func listPrintsArabicHeadersAndLabelsInAlignedColumns() throws {
        let run = runMinbar(["list", "--lang", "ar"], width: 160)
        let lines = run.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.contains("المعرّف") && header.contains("المراحل") && header.contains("العنوان"), "\(header)")
        #expect(!run.output.contains("KIND"))
        #expect(run.output.contains("المستثمرون") && run.output.contains("إنجليزي"), "\(run.output.prefix(400))")
        let titleColumn = try #require(header.range(of: "العنوان")).lowerBound
        let titleAt = String(header[..<titleColumn]).terminalColumns
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(runMinbar(["list", "--json"]).output.utf8)) as? [[String: Any]])
        var checked = 0
        for line in lines.dropFirst() {
            // Each title starts under the header's title, however wide the Arabic labels before it.
            guard let entry = listed.first(where: { line.hasPrefix(($0["id"] as? String ?? "") + " ") }),
                  let title = entry["title"] as? String, let at = line.range(of: title) else { continue }
            #expect(String(line[..<at.lowerBound]).terminalColumns == titleAt, "\(line)")
            checked += 1
        }
        #expect(checked >= 30)
        let english = runMinbar(["list"], width: 160)
        #expect(english.output.hasPrefix("ID "), "\(english.output.prefix(80))")
        #expect(english.output.contains("KIND       LANG  PLATFORM  LEVEL  BEATS  TITLE"))
    }

    @Test func randomtestCoverageIsArabic() throws {
        let bundled = try #require(BundledScenarios.files.first { $0.path.hasSuffix("crisis-water-outage-ar.scenario.md") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("water.scenario.md")
        try Data(bundled.bytes).write(to: file)
        let run = runMinbar(["check", "--randomtest", "3", "--lang", "ar", file.path])
        #expect(run.output.contains("الاختبار العشوائي: 3 جولات لكل سيناريو") || run.output.contains("الاختبار العشوائي: 3 جولة لكل سيناريو"), "\(run.output)")
        #expect(run.output.contains("المراحل"), "\(run.output)")
        #expect(!run.output.contains("walks per scenario") && !run.output.contains("unreached") && !run.output.contains("is never"), "\(run.output)")
        #expect(run.output.contains("لم يُبلَغ") || run.output.contains("مكتمل"), "\(run.output)")
    }
}
