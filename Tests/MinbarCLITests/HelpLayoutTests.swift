import Foundation
import Testing
import MinbarCore
@testable import MinbarCLI

/// The shape of `--help` in both languages: the synopsis's continuation lines start under
/// its first option, and paragraphs have no line broken in the middle.
@Suite struct HelpLayoutTests {
    static let commands: [String] = MinbarApp.commands.map { $0.name } + [PracticeCommand.name]

    /// The Arabic label is 11 columns, not 7: its continuation lines, indented for
    /// "Usage: ", started four columns left of the options; at a terminal the wrapper
    /// added its own indent, and both languages' lines ran in at 29 and 33 columns.
    @Test(arguments: [("en", "Usage: "), ("ar", "الاستخدام: ")], [nil, 60, 120] as [Int?])
    func theSynopsisLinesUpUnderItsFirstOption(_ interface: (language: String, label: String), _ width: Int?) {
        let (language, label) = interface
        for command in Self.commands {
            let run = runMinbar([command, "--help", "--lang", language], width: width)
            #expect(run.status == 0, "\(command): \(run.error)")
            let synopsis = run.output.components(separatedBy: "\n\n")[0].split(separator: "\n").map(String.init)
            let first = synopsis[0]
            #expect(first.hasPrefix(label + "minbar"), "\(command): \(first)")
            // The first option (or operand) starts after "LABEL minbar NAME ".
            let invocation = command == PracticeCommand.name ? "minbar " : "minbar \(command) "
            let column = (label + invocation).terminalColumns
            #expect(first.dropFirst(label.count + invocation.count).first == "[" || !first.contains("["), "\(command): \(first)")
            for line in synopsis.dropFirst() {
                let indent = line.prefix { $0 == " " }.count
                #expect(indent == column, "\(command) \(language) at \(width.map(String.init) ?? "no width"): '\(line)' is indented \(indent), not \(column)")
                // A line holds whole options, or the operands alone ("RULE") when they wrap.
                let rest = line.dropFirst(indent)
                let isOperands = !rest.isEmpty && rest.allSatisfy { $0.isUppercase || "|-. ".contains($0) }
                #expect(rest.hasPrefix("[") || isOperands, "an option is never split across lines: '\(line)'")
            }
            if let width {
                for line in synopsis { #expect(line.terminalColumns <= width, "\(command) at \(width): '\(line)'") }
            }
        }
    }

    /// "… when FILE is '-' or absent. With a" / "scenario, alignment is judged …": a stray
    /// line break in the middle of a sentence; the paragraph reads as one.
    @Test func scoresDiscussionHasNoStrayLineBreak() {
        let piped = runMinbar(["score", "--help"]).output
        #expect(piped.contains("absent. With a scenario, alignment is judged against its goals (the first beat,\nor --beat ID)."), "\(piped)")
        let narrow = runMinbar(["score", "--help"], width: 60).output
        let paragraph = narrow.components(separatedBy: "\n\n").first { $0.hasPrefix("Reads the post") } ?? ""
        let lines = paragraph.split(separator: "\n")
        #expect(lines.count > 1, "\(paragraph)")
        // Every line but the last is filled: no line ends far short of the width.
        for line in lines.dropLast() { #expect(line.terminalColumns > 45, "'\(line)'") }
    }

    /// At a terminal the discussion is reflowed to its width: a paragraph is one line when
    /// the line is wide enough. A hard-wrapped line that began with an option ("--beat ID).",
    /// the Arabic export's "--out (…") was taken for a list item and stood alone.
    @Test(arguments: ["en", "ar"])
    func everyParagraphOfTheDiscussionIsReflowed(_ language: String) {
        for command in Self.commands {
            let help = runMinbar([command, "--help", "--lang", language], width: 1000).output
            let blocks = help.components(separatedBy: "\n\n")
            // After the synopsis, up to the options: the summary and the discussion.
            for block in blocks.dropFirst() where !block.hasPrefix("Options:") && !block.hasPrefix("الخيارات:") {
                #expect(!block.contains("\n"), "\(command) \(language): a paragraph broken at a terminal: \(block)")
            }
        }
    }
}
