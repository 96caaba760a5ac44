import Foundation
import Testing
@testable import MinbarCLI
import MinbarCore

/// English that was left in the Arabic interface (a new user's QA): the heading of
/// `score`, the whole of `bench`, the message for a file `import` cannot read, and the
/// "try:" label under a finding about an English post.
@Suite struct ArabicLeftoversTests {
    /// Latin words left once ids, paths, units and the command lines are removed.
    func englishWords(_ text: String, typed: [String]) -> [String] {
        MinbarCLITests.englishWords(text, typed: typed, allowing: ["minbar", "Minbar", "MiB", "jsonl", "FILE", "score"])
    }

    @Test func theScoreHeadingIsArabic() throws {
        let run = runMinbar(["--lang", "ar", "score", "--scenario", "crisis-water-outage-ar", "--text", "نعتذر عن انقطاع المياه"])
        let heading = try #require(run.output.split(separator: "\n").first.map(String.init))
        #expect(heading.hasPrefix("السيناريو: crisis-water-outage-ar · t0 · "), "\(heading)")
        #expect(heading.contains(" · الخطة manara-2027"), "\(heading)")
        #expect(englishWords(heading, typed: ["crisis-water-outage-ar", "manara-2027"]).isEmpty, "\(heading)")
        let english = runMinbar(["score", "--scenario", "crisis-water-outage-ar", "--text", "نعتذر عن انقطاع المياه"])
        #expect(english.output.hasPrefix("Scenario: crisis-water-outage-ar · t0 · "), "\(english.output.prefix(100))")
        #expect(english.output.split(separator: "\n")[0].hasSuffix(" · plan manara-2027"))
    }

    /// `minbar import` of a file holding `contents`, on a screen in `language`, with the
    /// file's path for the error to name.
    func importing(_ contents: String, named name: String, language: String) throws -> (run: ProgramRun, path: String) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try write(contents, to: file)
        return (runMinbar(["--lang", language, "--data", folder.path, "import", file.path]), file.path)
    }

    /// A file that is not JSON at all gets Minbar's own words in either language, not
    /// Foundation's "The given data was not valid JSON."
    @Test(arguments: [("ar", "الملف ليس JSON"), ("en", "the file is not JSON")])
    func importingAFileThatIsNotJSONSaysSoInTheInterfacesLanguage(_ language: String, _ message: String) throws {
        let (run, path) = try importing("time,scenario,post\n2027-01-01,x,hello\n", named: "ex.csv", language: language)
        #expect(run.status == 2)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(!run.error.contains("given data"), "\(run.error)")
        if language == "ar" {
            #expect(englishWords(run.error, typed: [path, "JSON", "export", "--format", "json"]).isEmpty, "\(run.error)")
        }
    }

    /// A field missing from one attempt is placed at the line where that attempt starts,
    /// in either language (it was named by its path alone).
    @Test(arguments: [("ar", "ينقصه الحقل \"schemaVersion\""), ("en", "missing \"schemaVersion\" in attempts[0]")])
    func aMissingFieldIsPlacedAtItsAttemptsLine(_ language: String, _ message: String) throws {
        let export = "{\n  \"schemaVersion\": 1,\n  \"profile\": \"p\",\n  \"generated\": \"2027-01-01T00:00:00Z\",\n"
            + "  \"attempts\": [\n    {\"time\": \"2027-01-01T00:00:00Z\"}\n  ]\n}\n"
        let (run, path) = try importing(export, named: "export.json", language: language)
        #expect(run.status == 2)
        #expect(run.error.contains("\(path):6:5"), "\(run.error)")
        #expect(run.error.contains(message), "\(run.error)")
    }

    /// On an Arabic screen the label is Arabic whatever the post's language; on an
    /// English screen it still follows the suggestion (ScoreCommandTests).
    /// A folder given to `score` is named as a folder, in either language, not answered
    /// with a request for a post; and the Arabic asks for «منشورٍ» (the genitive after «إلى»).
    @Test func scoringAFolderSaysItIsAFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arabic = runMinbar(["--lang", "ar", "score", folder.path])
        #expect(arabic.status == 2 && arabic.error.contains("مجلد، والأمر score يقرأ منشوراً واحداً"), "\(arabic.error)")
        let english = runMinbar(["score", folder.path])
        #expect(english.status == 2 && english.error.contains("is a folder"), "\(english.error)")
        let empty = runMinbar(["--lang", "ar", "score", "-"], input: "  \n")
        #expect(empty.error.contains("يحتاج إلى منشورٍ لتقييمه") && !empty.error.contains("إلى منشوراً"), "\(empty.error)")
    }

    @Test func theTryLabelIsArabicOnAnArabicScreen() {
        let run = runMinbar(["score", "--lang", "ar"], input: "Thank you all!!!")
        #expect(run.output.contains("جرّب: "), "\(run.output)")
        #expect(!run.output.contains("try: "), "\(run.output)")
    }

    /// `bench` speaks Arabic too, and `--posts 5` is a small run: the mixed corpus was
    /// 20,000 posts whatever --posts said.
    @Test func benchIsArabicAndASmallRunIsSmall() {
        let run = runMinbar(["--lang", "ar", "bench", "--posts", "5"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("قُيّم 5 منشوراً"), "\(run.output)")
        #expect(run.output.contains("المدونة المختلطة: 5 منشوراً"), "\(run.output)")
        #expect(englishWords(run.output, typed: []).isEmpty, "\(englishWords(run.output, typed: []))")
    }
}
