import MinbarCore

/// A `minbar` subcommand. Its options are declared once and feed both the parser and
/// the `--help` text.
protocol Command: Sendable {
    static var name: String { get }
    static var summary: String { get }
    /// The summary in Arabic, for `--lang ar`; every command must give one.
    static var summaryAr: String { get }
    /// What follows the options on the command line (`[FILE|-]`, `RULE`); empty for none.
    static var operands: String { get }
    static var discussion: String { get }
    /// The discussion in Arabic; a test fails if a command has a discussion but no Arabic one.
    static var discussionAr: String { get }
    static var options: [OptionSpec] { get }
    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode
}

extension Command {
    static var discussion: String { "" }
    static var discussionAr: String { "" }

    static func summary(in language: Language) -> String { language == .ar ? summaryAr : summary }
    static func discussion(in language: Language) -> String { language == .ar ? discussionAr : discussion }
    static var operands: String { "" }

    /// How the command is invoked as typed (`minbar` alone for practice).
    static var invocation: String { name == PracticeCommand.name ? "minbar" : "minbar \(name)" }

    /// The synopsis, made from the declared options so it never leaves one out.
    static var usage: String { usage(label: "") }

    /// The synopsis after `label` ("Usage: ", "الاستخدام: "): each option whole, lines
    /// broken as they were at 78 columns after the label or at `width`, whichever is
    /// narrower, and continued under the first option. The indent is the label's width on
    /// screen: counted in characters it fitted only "Usage: ", and the Arabic lines
    /// started four columns left of their options.
    static func usage(label: String, width: Int? = nil) -> String {
        let parts = options.map { option in "[" + option.name + (option.valueName.map { " " + $0 } ?? "") + "]" }
            + (operands.isEmpty ? [] : [operands])
        let lead = label + invocation + " "
        let indent = String(repeating: " ", count: lead.terminalColumns)
        let room = min(78 - invocation.terminalColumns - 1, (width ?? .max) - lead.terminalColumns)
        let lines = TextWrapper.pack(parts, separator: " ", width: max(room, 1))
        return lead + lines.joined(separator: "\n" + indent)
    }

    /// `--help` output: usage, what it does, every option.
    static var helpText: String { helpText(width: nil) }

    /// `--help` output fitted to `width` columns (nil: not wrapped): paragraphs of the
    /// discussion are reflowed, option help hangs under its own column.
    static func helpText(width: Int?, language: Language = .en) -> String {
        let arabic = language == .ar
        let usageLabel = arabic ? "الاستخدام: " : "Usage: "
        var text = usage(label: usageLabel, width: width) + "\n\n"
        text += TextWrapper.fit(summary(in: language), width: width) + "\n"
        let discussion = discussion(in: language)
        if !discussion.isEmpty { text += "\n" + TextWrapper.fit(width == nil ? discussion : reflowed(discussion), width: width) + "\n" }
        text += arabic ? "\nالخيارات:\n" : "\nOptions:\n"
        let allOptions = options + MinbarApp.globalOptions
        let labels = allOptions.map { option in
            option.valueName.map { "\(option.name) \($0)" } ?? option.name
        }
        let labelWidth = labels.map(\.count).max() ?? 0
        for (label, option) in zip(labels, allOptions) {
            if let width, labelWidth + 4 + 20 > width {
                // Too narrow for two columns: the help goes under the option.
                text += "  " + label + "\n" + TextWrapper.fit(option.help(in: language), width: width, indent: "      ") + "\n"
            } else {
                text += TextWrapper.fit(option.help(in: language), width: width, indent: "  " + label.padding(toLength: labelWidth + 2, withPad: " ", startingAt: 0),
                                        continuation: String(repeating: " ", count: labelWidth + 4)) + "\n"
            }
        }
        return text
    }

    /// Hard-wrapped paragraphs joined back into lines, so they can be wrapped to any
    /// width; indented lines and list items keep their own line. A list item is "- " or
    /// "• ": a line that a hard wrap started with an option ("--beat ID).") is still
    /// inside its paragraph, and stood on a line of its own at a terminal.
    static func reflowed(_ text: String) -> String {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let starts = line.isEmpty || line.hasPrefix(" ") || line.hasPrefix("- ") || line.hasPrefix("• ")
            if !starts, let last = result.last, !last.isEmpty {
                result[result.count - 1] += " " + line
            } else {
                result.append(String(line))
            }
        }
        return result.joined(separator: "\n")
    }
}

/// Options every command that reads scenarios accepts.
enum CommonOptions {
    static let scenarios = OptionSpec("--scenarios", value: "DIR", repeatable: true,
                                      help: "Add a folder of trainer scenarios (repeatable; also MINBAR_SCENARIOS=DIR:DIR).", helpAr: "أضف مجلدًا من سيناريوهات المدرّب (يتكرر؛ وكذلك MINBAR_SCENARIOS=DIR:DIR).")
    static let noColor = OptionSpec("--no-color", help: "Never use colour (NO_COLOR does the same).", helpAr: "لا تستخدم الألوان أبدًا (ومثله NO_COLOR).")
    static let json = OptionSpec("--json", help: "Print JSON for scripts instead of text.", helpAr: "اطبع JSON للبرامج النصية بدل النص.")
}
