import MinbarCore

/// A `minbar` subcommand. Its options are declared once and feed both the parser and
/// the `--help` text.
protocol Command: Sendable {
    static var name: String { get }
    static var summary: String { get }
    /// What follows the options on the command line (`[FILE|-]`, `RULE`); empty for none.
    static var operands: String { get }
    static var discussion: String { get }
    static var options: [OptionSpec] { get }
    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode
}

extension Command {
    static var discussion: String { "" }
    static var operands: String { "" }

    /// How the command is invoked as typed (`minbar` alone for practice).
    static var invocation: String { name == PracticeCommand.name ? "minbar" : "minbar \(name)" }

    /// The synopsis, made from the declared options so it never leaves one out.
    static var usage: String {
        let parts = options.map { option in "[" + option.name + (option.valueName.map { " " + $0 } ?? "") + "]" }
            + (operands.isEmpty ? [] : [operands])
        var lines: [String] = []
        var line = invocation
        for part in parts {
            if line.count + 1 + part.count > 78, line.count > invocation.count {
                lines.append(line)
                line = String(repeating: " ", count: invocation.count)
            }
            line += " " + part
        }
        lines.append(line)
        return lines.joined(separator: "\n       ")
    }

    /// `--help` output: usage, what it does, every option.
    static var helpText: String {
        var text = "Usage: \(usage)\n\n\(summary)\n"
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        text += "\nOptions:\n"
        let allOptions = options + [OptionSpec("--help", help: "Show this help.")]
        let labels = allOptions.map { option in
            option.valueName.map { "\(option.name) \($0)" } ?? option.name
        }
        let width = labels.map(\.count).max() ?? 0
        for (label, option) in zip(labels, allOptions) {
            text += "  " + label.padding(toLength: width + 2, withPad: " ", startingAt: 0) + option.help + "\n"
        }
        return text
    }
}

/// Options every command that reads scenarios accepts.
enum CommonOptions {
    static let scenarios = OptionSpec("--scenarios", value: "DIR", repeatable: true,
                                      help: "Add a folder of trainer scenarios (repeatable; also MINBAR_SCENARIOS=DIR:DIR).")
    static let noColor = OptionSpec("--no-color", help: "Never use colour (NO_COLOR does the same).")
    static let json = OptionSpec("--json", help: "Print JSON for scripts instead of text.")
}
