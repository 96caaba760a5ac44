import Foundation
import Testing
@testable import MinbarCLI
import MinbarCore

@Suite struct ReplTests {
    @Test func theDrillFromTheIssueScoresReactsAndSaves() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path], input: "/open investor-q3-margins\nWe remain confident.\n/progress\n/quit\n")
        #expect(run.status == 0)
        #expect(run.output.contains("overall"))
        #expect(run.output.contains("↳ The thread keeps asking whether margins will recover."))
        #expect(run.output.contains("Progress for default: 1 attempt over 1 day"))
        #expect(!run.output.contains("\u{1B}["), "no escape sequences when input is not a terminal")
        let log = try String(contentsOf: data.appendingPathComponent("profiles/default/attempts.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1)
        #expect(log.contains("\"post\":\"We remain confident.\""))
    }

    /// The goals line gives what each goal needs in brackets, unless the label already
    /// says it in so many words: "a contact (a contact)" and "…, with a figure (a figure)"
    /// said it twice. A label that only touches it («الاعتذار» beside «اعتذار») keeps it.
    /// Several needs are listed in the interface's language (an English screen showed
    /// "(a figure، an independent rating)" with an Arabic comma).
    @Test(arguments: [
        ("en", "crisis-telecom-data-breach", "next update at a set time (a date or time) · a contact\n", "a contact (a contact)"),
        ("en", "community-tariff-benefit", "say who is protected, with a figure · the social benefit", "with a figure (a figure)"),
        ("en", "investor-activist-letter", "anchor in published performance (a figure, an independent rating)", "،"),
        // The label names the need in the scenario's language: said once on an Arabic screen too.
        ("ar", "crisis-telecom-data-breach", "next update at a set time (موعد) · a contact\n", "(قناة تواصل)"),
        ("ar", "investor-dividend-delay-ar", "السبب الإجرائي دون تهويل · موعد الصرف المفصح عنه · الإحالة", "(موعد)"),
        // A label that does not name its need keeps it, once, at the end of the line.
        ("ar", "investor-dividend-delay-ar", "الاعتذار والإقرار بالتأخير (اعتذار) · ", "(اعتذار) (اعتذار)"),
        ("ar", "investor-dividend-delay-ar", "الإحالة إلى الإفصاح والقناة الرسمية (قناة تواصل)\n", "(قناة تواصل) (قناة تواصل)"),
    ])
    func aGoalsNeedIsNotSaidTwice(_ language: String, _ scenario: String, _ shown: String, _ notShown: String) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path, "--lang", language], input: "/open \(scenario)\n/quit\n")
        let goals = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("Goals: ") || $0.hasPrefix("الأهداف: ") }, "\(run.output)")
        #expect((goals + "\n").contains(shown), "\(goals)")
        #expect(!goals.contains(notShown), "\(goals)")
    }

    /// A newcomer is pointed to an easy scenario written in the language of the screen:
    /// an English screen once suggested an Arabic scenario to an English speaker.
    @Test(arguments: ["en", "ar"])
    func theFirstSuggestionIsInTheScreensLanguage(_ language: String) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--lang", language, "--data", data.path], input: "/quit\n")
        #expect(run.status == 0, "\(run.error)")
        let suggested = try #require(run.output.components(separatedBy: "/open ").dropFirst().first?
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" })
        let list = try #require(JSONSerialization.jsonObject(with: Data(runMinbar(["list", "--json"]).output.utf8)) as? [[String: Any]])
        let scenario = try #require(list.first { $0["id"] as? String == String(suggested) }, "suggested \(suggested)")
        #expect(scenario["language"] as? String == language)
        #expect(scenario["difficulty"] as? Int == 1)
    }

    /// Every finding that costs points can be explained: `/progress` offered
    /// "/why judgement.veto" and `/why` answered "No rule called 'judgement.veto'".
    @Test func theVetoFindingIsExplainedLikeARule() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let drill = "/open investor-q3-margins\nRelax: next quarter margin will be back above 41%.\n/progress\n/why judgement.veto\n/quit\n"
        let run = runMinbar(["--data", data.path], input: drill)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("judgement.veto: Do not post: a finding that vetoes the post\nprofessionalism"), "\(run.output)")
        #expect(!run.output.contains("No rule called"))
        #expect(run.output.contains("Posting a compliance breach anyway is also a lapse of judgement"))
        let explained = runMinbar(["explain", "--lang", "ar", "judgement.veto"])
        #expect(explained.status == 0, "\(explained.error)")
        #expect(explained.output.contains("لا تنشر: مخالفة تمنع النشر"))
    }

    /// The water outage opened and its first beat answered well: where the drills below start.
    static let waterOutageFirstPost = """
        /open crisis-water-outage-ar
        نعتذر لأهالي السيب وبوشر عن انقطاع المياه منذ الظهر بسبب عطل في خط النقل الرئيسي. فرقنا في الموقع، وصهاريج مجانية متاحة الآن، والتحديث القادم الساعة ٦ مساء اليوم. للاستفسار: 80012345
        """

    @Test func aMultiBeatCrisisUnfoldsWithSimulatedTimeInArabic() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let drill = """
            \(Self.waterOutageFirstPost)
            /hint
            /retry
            /long
            السطر الأول من المنشور.
            .
            /quit
            """
        let run = runMinbar(["--data", data.path, "--profile", "huda"], input: drill)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("⏱ T+"), "the next beat is shown with its simulated time")
        let lines = try String(contentsOf: data.appendingPathComponent("profiles/huda/attempts.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("السطر الأول من المنشور."))
    }

    /// `/retry` goes back to the beat just answered, and the story's clock with it: after
    /// reaching t1, retrying t0 showed t1's later time ("[ت+2س] …") for the first beat.
    @Test(arguments: [Language.en, .ar])
    func retryShowsTheRetriedBeatAtItsOwnTime(_ language: Language) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let drill = """
            \(Self.waterOutageFirstPost)
            /retry
            /quit
            """
        let run = runMinbar(["--data", data.path, "--lang", language.rawValue], input: drill)
        #expect(run.status == 0, "\(run.error)")
        let start = SimulatedTime(minutes: 0).label(language)
        let headings = run.output.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains("]") }
        #expect(headings.count == 2, "\(run.output)")
        #expect(headings.allSatisfy { $0.hasPrefix("[\(start)]") }, "\(headings)")
        #expect(run.output.contains("⏱ "), "the story had moved on before the retry")
    }

    /// Ctrl-D (here the end of input) inside `/long` drops the half-written post: it was
    /// sent as a post and scored. Said in the interface's language.
    @Test(arguments: [("en", "Post dropped: it ended without a line"), ("ar", "أُلغي المنشور: انتهى دون سطرٍ")])
    func theEndOfInputInsideLongDropsThePost(_ language: String, _ message: String) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path, "--lang", language], input: "/open investor-q3-margins\n/long\nOur Q3 margin was 37%,\nas published\n")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains(message), "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("profiles/default/attempts.jsonl").path), "nothing scored")
    }

    @Test func unknownCommandsGetADidYouMeanAndEndOfInputExitsZero() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path], input: "/progres\n/opne x\nA post with nothing open.\n/list crisis\n/why tone.hyp\n")
        #expect(run.status == 0)
        #expect(run.output.contains("Did you mean /progress?"))
        #expect(run.output.contains("Did you mean /open?"))
        #expect(run.output.contains("No scenario is open yet"))
        #expect(run.output.contains("crisis-overbooked-flight"))
        #expect(run.output.contains("Did you mean tone.hype?"))
    }

    /// /progress rows line up whatever the scores' digits: "best" stands in one column.
    @Test func progressRowsLineUp() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let posts = "/open investor-q3-margins\nOur Q3 gross margin was 37%, down from 41%, as published today.\n"
            + "/open crisis-overbooked-flight\nLOL whatever.\n/progress\n"
        let run = runMinbar(["--data", data.path], input: posts)
        // The dimension rows: "  overall  <sparkline>  latest  85  best 100".
        let rows = run.output.split(separator: "\n").map(String.init).filter { row in
            guard let latest = row.range(of: "latest "), let best = row.range(of: "best ") else { return false }
            return latest.lowerBound < best.lowerBound
        }
        #expect(rows.count == 4, "\(run.output)")
        let columns = Set(rows.compactMap { row in row.range(of: "best ").map { row.distance(from: row.startIndex, to: $0.lowerBound) } })
        #expect(columns.count == 1, "\(rows)")
    }

    /// At an Arabic terminal, each "work on next" row of `/progress` names the command to
    /// type, `/why RULE`, in one isolate (FSI…PDI), slash included. Cut by its letters,
    /// the row drew "/" outside the isolate ("‎/⁨why goal.avoid⁩‎"), and a row with more
    /// Latin letters than Arabic was taken for English, so its Arabic words were isolated
    /// instead. The rule id that opens the row is one isolate too; an English row and a
    /// pipe get no isolates at all.
    @Test(arguments: [
        ("ar", "crisis-water-outage-ar", "نعتذر عن أي إزعاج، والمشكلة خارج عن إرادتنا!!! سنعود قريباً، والبلدية هي المسؤولة."),
        ("en", "crisis-overbooked-flight", "We regret any inconvenience; the passenger refused to leave and security did their job."),
    ])
    func theWhyCommandOfAProgressRowIsOneIsolate(_ language: String, _ scenario: String, _ post: String) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let drill = "/open \(scenario)\n\(post)\n/progress\n/quit\n"
        let terminal = runMinbar(["--data", data.path, "--lang", language, "--no-clock"], environment: ["NO_COLOR": "1"],
                                 input: drill, terminal: true, width: 120)
        let rows = terminal.output.split(separator: "\n").map(String.init).filter { $0.contains("why") && $0.contains("(−") }
        #expect(!rows.isEmpty, "\(terminal.output)")
        for row in rows {
            let rule = try #require(row.dropFirst(2).split(separator: ":").first.map { String($0).filter { !"\u{2068}\u{2069}".contains($0) } })
            guard language == "ar" else {
                // An English row is all left to right: nothing to isolate.
                #expect(!row.contains("\u{2068}") && row.hasSuffix("; /why \(rule))"), "\(row)")
                continue
            }
            #expect(row.contains("\u{2068}/why \(rule)\u{2069}"), "\(row)")
            #expect(!row.contains("/\u{2068}why"), "\(row)")
            #expect(row.hasPrefix("  \u{2068}\(rule)\u{2069}: "), "\(row)")
            // Only the English runs are isolated: the Arabic title and count are the sentence.
            let isolates = row.split(separator: "\u{2068}").dropFirst().compactMap { $0.split(separator: "\u{2069}").first }
            #expect(isolates.allSatisfy { !$0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }, "\(isolates)")
        }
        let piped = runMinbar(["--data", data.path, "--lang", language], input: "/progress\n/quit\n")
        #expect(piped.output.contains("/why "), "\(piped.output)")
        #expect(!piped.output.contains("\u{2068}"), "pipes get the text unchanged")
    }

    /// The screen after scoring shows five findings; `/why` alone shows them all.
    @Test func whyAloneShowsEveryFindingOfTheLastDraft() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let post = "LOL idiots!!! Our shares will DOUBLE next quarter, buy now before the results. Call Ahmed on 0551234567 😂😂😂😂 #a #b #c #d #e #f"
        let run = runMinbar(["--data", data.path], input: "/open crisis-overbooked-flight\n\(post)\n/why\n")
        #expect(run.output.contains("/why shows them all"), "\(run.output)")
        let shown = run.output.components(separatedBy: "try: ").count - 1
        #expect(shown > 10, "five after scoring, then every one: \(shown)")
    }

    @Test func anUnwritableStoreIsReportedAndTheSessionGoesOn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A data folder inside a plain file cannot be created, even by root (ENOTDIR).
        let file = folder.appendingPathComponent("not-a-folder")
        try write("x", to: file)
        let run = runMinbar(["--data", file.appendingPathComponent("data").path], input: "/open investor-q3-margins\nWe remain confident.\n/progress\n")
        // The session went on, but an attempt was lost: the exit status says so.
        #expect(run.status == 1)
        #expect(run.error.contains("could not save this attempt"))
        #expect(run.output.contains("overall"))
    }

    @Test func exportWritesATranscript() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let out = data.appendingPathComponent("debrief.md")
        _ = runMinbar(["--data", data.path], input: "/open investor-q3-margins\nMargins <b>fell</b> to 37%.\n/export \(out.path)\n")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("# Minbar practice transcript: default"))
        #expect(text.contains("&lt;b&gt;fell&lt;/b&gt;"))
    }

    /// The format may be named first, as people type it; a bare file then gets its extension.
    @Test func exportTakesAFormatNamedFirst() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path], input: "/open investor-q3-margins\nMargins fell to 37%.\n/export html \(data.path)/debrief\n/export json \(data.path)/debrief.json\n/export html\n")
        let html = try String(contentsOf: data.appendingPathComponent("debrief.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let json = try String(contentsOf: data.appendingPathComponent("debrief.json"), encoding: .utf8)
        #expect(json.hasPrefix("{"))
        #expect(run.output.contains("Where to? /export FILE.md"))
        #expect(run.output.contains("Wrote 1 attempt to "), "one attempt, not '1 attempts'")
    }

    /// `/export y.pdf` wrote Markdown under a PDF's name and called it done; it is refused
    /// as `minbar export --format pdf` is, in the interface's language, and nothing is
    /// written. A known extension, or none (Markdown), still exports.
    @Test(arguments: [
        ("en", "Could not export: 'pdf' is not valid for /export; expected md, html, json or csv", "Wrote 1 attempt to "),
        ("ar", "تعذّر التصدير: 'pdf' ليست قيمة صالحة لـ /export؛ المتوقع: md أو html أو json أو csv", "كُتبت "),
    ])
    func exportRefusesAnExtensionItCannotWrite(_ language: String, _ refused: String, _ wrote: String) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let folder = data.path
        let run = runMinbar(["--data", folder, "--lang", language], input: """
            /open investor-q3-margins
            Margins fell to 37%.
            /export \(folder)/debrief.pdf
            /export \(folder)/debrief.csv
            /export \(folder)/debrief

            """)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains(refused), "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/debrief.pdf"), "nothing is written under the refused name")
        let csv = try String(contentsOfFile: "\(folder)/debrief.csv", encoding: .utf8)
        #expect(!csv.hasPrefix("#"), "a .csv export is a table, not Markdown: \(csv.prefix(80))")
        let markdown = try String(contentsOfFile: "\(folder)/debrief", encoding: .utf8)
        #expect(markdown.hasPrefix("# "), "no extension exports Markdown: \(markdown.prefix(80))")
        #expect(run.output.components(separatedBy: wrote).count == 3, "two exports written: \(run.output)")
    }

    @Test func badProfileNamesAreRefused() {
        #expect(runMinbar(["--profile", "../etc"]).status == 2)
    }

    @Test func aDamagedStoreIsReportedRecoveredAndKeptAside() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = runMinbar(["--data", data.path], input: "/open investor-q3-margins\nWe remain confident.\n")
        let log = data.appendingPathComponent("profiles/default/attempts.jsonl")
        let good = try String(contentsOf: log, encoding: .utf8)
        try (good + "{\"truncated\": tr" + "\n" + good).write(to: log, atomically: true, encoding: .utf8)
        let run = runMinbar(["--data", data.path], input: "/progress\n")
        #expect(run.output.contains("1 damaged line"))
        #expect(run.output.contains("2 attempts were recovered"))
        #expect(run.output.contains("Progress for default: 2 attempts"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: log.deletingLastPathComponent().path).filter { $0.hasPrefix("attempts.jsonl.damaged") }
        #expect(kept.count == 1)
        #expect(try String(contentsOf: log, encoding: .utf8).contains("{\"truncated\": tr"), "never silently emptied")
    }
}
