import Foundation
import Testing
@testable import MinbarCLI
import MinbarCore

/// At a terminal, no line of prose is wider than the window, in either language.
@Suite struct WrappingTests {
    func visibleLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: [60, 120])
    func practiceScreensFitTheTerminal(_ width: Int) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let drill = """
            /help
            /list
            /open crisis-water-outage-ar
            نعتذر عن أي إزعاج، والمشكلة خارج عن إرادتنا!!! سنعود قريباً.
            /hint
            /open investor-q3-margins
            We regret any inconvenience caused; our shares are undervalued and margins will be back above 41% next quarter!!!
            /why policy.mnpi
            /quit
            """
        let run = runMinbar(["--data", data.path], input: drill, terminal: true, width: width)
        #expect(run.status == 0, "\(run.error)")
        let lines = visibleLines(run.output)
        #expect(lines.count > 40)
        for line in lines {
            #expect(line.terminalColumns <= width, "\(line.terminalColumns) > \(width): \(line)")
        }
        // Words are kept whole: a word of the situation is never split over two lines.
        #expect(run.output.contains("\u{1B}["), "colour is on")
    }

    /// At 60 columns the longest command (`/profile [org-type TYPE | plan FILE|ID]`) leaves
    /// too little room beside it: each summary goes whole under its command, not three
    /// words a line down a narrow column. At 120 columns the two columns stand side by side.
    @Test(arguments: [Language.en, .ar])
    func helpSummariesGoUnderTheirCommandsInANarrowTerminal(_ language: Language) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let summary = UIText.helpClock(language)
        let narrow = visibleLines(runMinbar(["--data", data.path, "--lang", language.rawValue], environment: ["NO_COLOR": "1"],
                                            input: "/help\n/quit\n", terminal: true, width: 60).output)
        let clock = try #require(narrow.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "/clock" }, "\(narrow)")
        #expect(narrow[clock + 1] == "      " + summary, "\(narrow[clock...].prefix(3))")
        let wide = visibleLines(runMinbar(["--data", data.path, "--lang", language.rawValue], environment: ["NO_COLOR": "1"],
                                          input: "/help\n/quit\n", terminal: true, width: 120).output)
        #expect(wide.contains { $0.hasPrefix("  /clock ") && $0.hasSuffix(summary) }, "\(wide)")
    }

    /// The line under a scenario's title ("community · Facebook · en · ●○○") was wrapped
    /// word by word after the title at 60 columns ("…tariff  community ·" then
    /// "Facebook · en · ●○○"). When it does not fit beside the title it goes whole on the
    /// next line; when it fits (120 columns) it stays beside the title.
    @Test(arguments: [
        ("en", "community-tariff-benefit", "Manara Energy explains the new household tariff", "community · Facebook · en · ●○○"),
        ("en", "crisis-overbooked-flight", "Elderly passenger filmed being taken off an overbooked Sahab Air flight", "crisis · X · en · ●●●"),
        ("ar", "community-tariff-benefit", "Manara Energy explains the new household tariff", "المجتمع · Facebook · إنجليزي · ●○○"),
        ("ar", "media-tv-invitation-ar", "برنامج تلفزيوني يدعو الرئيس التنفيذي بعد شكوى منتشرة", "الإعلام · X · عربي · ●●●"),
    ])
    func theScenarioHeaderKeepsItsDetailsOnOneLine(_ language: String, _ scenario: String, _ title: String, _ details: String) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        for width in [60, 120] {
            let run = runMinbar(["--data", data.path, "--lang", language], environment: ["NO_COLOR": "1"],
                                input: "/open \(scenario)\n/quit\n", terminal: true, width: width)
            let lines = visibleLines(run.output)
            let shown = try #require(lines.firstIndex { $0.hasSuffix(details) }, "at \(width): \(lines.prefix(12))")
            if title.terminalColumns + 2 + details.terminalColumns <= width {
                #expect(lines[shown] == title + "  " + details, "at \(width): \(lines[shown])")
            } else {
                #expect(lines[shown] == details, "at \(width): \(lines[max(0, shown - 2)...shown])")
                // The title above it, wrapped on its own if it must be.
                let above = lines[..<shown].reversed().prefix { !$0.isEmpty }.reversed().joined(separator: " ")
                #expect(above == title, "at \(width): \(lines[max(0, shown - 3)...shown])")
            }
        }
    }

    /// The stakeholder's reaction ("↳ …") came after two blank lines when the post had
    /// findings and after one when it had none; the score's report ended in a blank line
    /// of its own. One blank line, whatever the report held, in both languages.
    @Test(arguments: [
        ("en", "investor-q3-margins", "We remain confident."),
        ("en", "investor-q3-margins", "Our Q3 gross margin fell to 37% from 41% because freight and input costs rose, as our published results show. We will cut costs with new supply contracts by the end of Q1 2027."),
        // One finding (the apology is missing), then none.
        ("ar", "crisis-water-outage-ar", "انقطعت المياه عن أحياء الريان والنسيم والشروق والوادي بسبب كسر في الخط الناقل. خصصنا 120 صهريجاً مجانياً لكبار السن والمرضى، واطلبوها على الرقم 800123."),
        ("ar", "crisis-water-outage-ar", "نعتذر لسكان الريان والنسيم والشروق والوادي عن انقطاع المياه منذ الصباح بسبب كسر في الخط الناقل. خصصنا 120 صهريجاً مجانياً لكبار السن والمرضى، واطلبوها على الرقم 800123."),
    ])
    func aReactionFollowsTheReportAfterOneBlankLine(_ language: String, _ scenario: String, _ post: String) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        for width in [60, 120] {
            let run = runMinbar(["--data", data.path, "--lang", language, "--no-clock"], environment: ["NO_COLOR": "1"],
                                input: "/open \(scenario)\n\(post)\n/quit\n", terminal: true, width: width)
            let lines = visibleLines(run.output)
            let reaction = try #require(lines.firstIndex { $0.hasPrefix("↳ ") }, "\(run.output)")
            #expect(lines[reaction - 1].isEmpty && !lines[reaction - 2].isEmpty,
                    "at \(width): \(lines[(reaction - 4)...reaction])")
            // A reaction that wraps hangs under its arrow (the Arabic ones are longer than 60 columns).
            let continued = lines[(reaction + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("minbar") && !$0.hasPrefix("⏱") }
            for line in continued { #expect(line.hasPrefix("  ") && !line.hasPrefix("   "), "at \(width): \(line)") }
            if width == 60, language == "ar" { #expect(!continued.isEmpty, "\(lines[reaction...])") }
        }
        let scored = runMinbar(["score", "--lang", language, "--scenario", scenario], input: post)
        #expect(!scored.output.hasSuffix("\n\n"), "the report ends on its last line: \(scored.output.suffix(200))")
    }

    @Test func scoreAndExplainWrapAtTheTerminalWidthAndNotIntoAPipe() throws {
        let post = "We regret any inconvenience caused; our shares are undervalued and margins will be back above 41% next quarter!!!"
        let wrapped = runMinbar(["score"], input: post, terminal: true, width: 50)
        for line in visibleLines(wrapped.output) { #expect(line.terminalColumns <= 50, "\(line)") }
        let piped = runMinbar(["score"], input: post)
        #expect(visibleLines(piped.output).contains { $0.count > 50 }, "a pipe gets whole lines")
        for command in [["explain", "tone.non-apology"], ["list"], ["--help"], ["score", "--help"]] {
            let run = runMinbar(command, terminal: true, width: 60)
            for line in visibleLines(run.output) { #expect(line.terminalColumns <= 60, "\(command): \(line)") }
        }
    }

    @Test func theTimelineTakesTheTerminalWidthAndKeepsNamesWhole() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        for width in [60, 100] {
            let run = runMinbar(["timeline", "--plan", "sadeem-2027", "--data", data.path, "--today", "2026-12-01"],
                                terminal: true, width: width)
            #expect(run.status == 0, "\(run.error)")
            let lines = visibleLines(run.output).filter { !$0.isEmpty }
            #expect(lines.allSatisfy { $0.terminalColumns <= width }, "\(run.output)")
            #expect(lines.contains { $0.terminalColumns >= width - 2 }, "the chart uses the width it is given (\(width))")
            #expect(!run.output.contains("…"), "nothing is cut")
            #expect(run.output.contains("decarbonisation"), "a long objective name is wrapped whole")
        }
        let hijri = runMinbar(["timeline", "--plan", "sadeem-2027", "--data", data.path, "--today", "2026-12-01",
                               "--calendar", "islamic", "--width", "80"])
        let axis = try #require(visibleLines(hijri.output).first { $0.contains("Raj") })
        let months = axis.split(separator: " ")
        let order = ["Muh", "Saf", "Ra1", "Ra2", "Ju1", "Ju2", "Raj", "Sha", "Ram", "Shw", "DhQ", "DhH"]
        // Consecutive labels are consecutive months: none is dropped.
        for (a, b) in zip(months, months.dropFirst()) {
            let i = try #require(order.firstIndex(of: String(a))), j = try #require(order.firstIndex(of: String(b)))
            #expect(j == (i + 1) % 12, "\(axis)")
        }
        #expect(months.count >= 9)
    }
}
