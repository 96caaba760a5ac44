import Foundation
import Testing
import MinbarCLI

/// The practice prompt leaves room to type. The line editor scrolls a draft sideways on
/// one line, and at 60 columns `minbar crisis-overbooked-flight·t0 T+0› ` took 41 of
/// them; a narrow terminal gets a shorter prompt, and the scenario and beat the prompt
/// leaves out are said as the beat opens.
@Suite struct PromptWidthTests {
    /// Practice at a terminal of `width` columns that cannot move the cursor (TERM=dumb):
    /// the prompts are written as plain text, so the test reads them as they were shown.
    func practise(_ lines: String, language: String, width: Int) throws -> String {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let output = CapturedText()
        let context = ProgramContext(environment: ["TERM": "dumb"], standardOutput: output, standardError: CapturedText(),
                                     standardInput: ScriptedLines(text: lines), currentDirectory: data.path,
                                     now: { Date(timeIntervalSince1970: 1_796_000_000) },
                                     outputIsTerminal: true, inputIsTerminal: true, terminalWidth: width)
        #expect(MinbarApp.run(["--data", data.path, "--lang", language], in: context) == 0)
        return output.text
    }

    @Test(arguments: [("en", "T+0"), ("ar", "ت+0")])
    func theWholeContextFitsAt120Columns(_ language: String, _ time: String) throws {
        let shown = try practise("/open crisis-overbooked-flight\n/quit\n", language: language, width: 120)
        #expect(shown.contains("\nminbar crisis-overbooked-flight·t0 \(time)› "), "\(shown.suffix(300))")
        #expect(!shown.contains("\ncrisis-overbooked-flight·t0\n"), "the prompt says it; it is not said twice")
    }

    @Test(arguments: [("en", "T+0"), ("ar", "ت+0")])
    func aNarrowTerminalGetsTheBeatAndItsTime(_ language: String, _ time: String) throws {
        let shown = try practise("/open crisis-overbooked-flight\n/quit\n", language: language, width: 60)
        let prompt = "\nt0 \(time)› "
        #expect(shown.contains(prompt), "\(shown.suffix(300))")
        #expect(prompt.count - 1 <= 30, "at least half the line is left for typing")
        #expect(!shown.contains("minbar crisis-overbooked-flight·"), "\(shown.suffix(300))")
        // The context the prompt leaves out is on the screen, under the beat's heading.
        #expect(shown.contains("\ncrisis-overbooked-flight·t0\n"), "\(shown)")
        // Before a scenario is open the prompt is short and stays whole.
        #expect(shown.contains("\nminbar› "))
    }

    /// So narrow that even the beat's id would take half: the time alone, then `›` alone.
    @Test(arguments: ["en", "ar"])
    func aVeryNarrowTerminalGetsLessStill(_ language: String) throws {
        let shown = try practise("/open crisis-overbooked-flight\n/quit\n", language: language, width: 12)
        #expect(shown.contains("\n› ") || shown.contains(language == "ar" ? "\nت+0› " : "\nT+0› "), "\(shown.suffix(200))")
        #expect(!shown.contains("\nt0 "), "\(shown.suffix(200))")
    }
}
