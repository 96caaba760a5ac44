import Foundation
import MinbarCore

/// The whole `minbar` program as a function of its inputs, so tests run it in memory.
/// This is the one place that turns a `UsageError` into text and an exit code.
public enum MinbarApp {
    public static let version = "0.1.0"

    /// Options every command takes, declared once: parsing, `--help` and completion read them.
    static let globalOptions = [
        OptionSpec("--lang", value: "ar|en", help: "The interface language (default: MINBAR_LANG, else LC_ALL/LANG, else English).", helpAr: "لغة الواجهة (الافتراضي: MINBAR_LANG، وإلا LC_ALL/LANG، وإلا الإنجليزية)."),
        OptionSpec("--help", help: "Show this help.", helpAr: "اعرض هذه المساعدة."),
    ]

    static let commands: [any Command.Type] = [CheckCommand.self, ListCommand.self, ScoreCommand.self, RulesCommand.self, ExplainCommand.self, TimelineCommand.self, ExportCommand.self, ImportCommand.self, CohortCommand.self, BenchCommand.self, CompletionCommand.self]

    /// Runs `minbar` with `arguments` (without the program name) and returns the exit status.
    /// Output that could not be written (a full disk, a closed pipe) makes the run fail,
    /// whatever the command thought of it.
    public static func run(_ arguments: [String], in context: ProgramContext) -> Int32 {
        var status: Int32
        do {
            status = try dispatch(arguments, in: context).rawValue
        } catch {
            let language = interfaceLanguage(arguments, context)
            context.printError((language == .ar ? "minbar: خطأ: " : "minbar: error: ") + error.message(language))
            if let hint = error.hint(language) { context.printError((language == .ar ? "minbar: تلميح: " : "minbar: hint: ") + hint) }
            status = ExitCode.usage.rawValue
        }
        if let failure = context.standardOutput.failure {
            context.printError("minbar: error: cannot write to standard output: \(failure)")
            if status == ExitCode.success.rawValue { status = ExitCode.failure.rawValue }
        }
        return status
    }

    /// The interface language for messages written before a command has parsed its
    /// options: `--lang` anywhere on the line, else what the environment chose.
    static func interfaceLanguage(_ arguments: [String], _ context: ProgramContext) -> Language {
        var rest = arguments
        return ((try? languageOption(&rest)) ?? nil) ?? context.language
    }

    static func dispatch(_ arguments: [String], in context: ProgramContext) throws(UsageError) -> ExitCode {
        guard let first = arguments.first else {
            return try PracticeCommand.run(ParsedArguments(), in: context)
        }
        switch first {
        case "--help", "-h", "help":
            // `minbar help CMD --lang ar` and `minbar --help --lang ar` honour the language too.
            var rest = Array(arguments.dropFirst())
            let language = try languageOption(&rest) ?? context.language
            if first == "help", let name = rest.first {
                guard let command = (commands + [PracticeCommand.self]).first(where: { $0.name == name }) else {
                    throw .unknownCommand(name, suggestion: Suggestion.closest(to: name, among: commands.map { $0.name }))
                }
                context.standardOutput.write(command.helpText(width: context.width, language: language))
            } else {
                context.standardOutput.write(overview(width: context.width, language: language))
            }
            return .success
        case "--version":
            context.print("minbar \(version)")
            return .success
        default:
            break
        }
        if first.hasPrefix("-") {
            // Options may come before the command (`minbar --lang ar rules`, `minbar --data
            // DIR list`): they move after it, so each command parses them as its own. An
            // option's value is skipped over, so `minbar --profile list` is a profile.
            var leading: [String] = []
            var rest = arguments[...]
            while let option = rest.first, option.hasPrefix("-"), option != "-", option != "--", option != "-h", option != "--help" {
                let name = option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
                guard let spec = allOptions.first(where: { $0.name == name }) else { break }
                leading.append(rest.removeFirst())
                if spec.valueName != nil, !option.contains("="), let value = rest.first { leading.append(value); rest.removeFirst() }
            }
            if let option = rest.first, option == "--help" || option == "-h" || option == "help" {
                // `minbar --lang ar --help`: the overview in that language.
                return try dispatch(Array(rest) + leading, in: context)
            }
            if let name = rest.first, let command = (commands + [PracticeCommand.self]).first(where: { $0.name == name }) {
                return try runCommand(command, Array(rest.dropFirst()) + leading, in: context)
            }
            // Options before any command belong to practice (`minbar --data DIR`).
            return try runCommand(PracticeCommand.self, arguments, in: context)
        }
        // `minbar practice …` is the same as `minbar …`, so `minbar practice --help` works.
        guard let command = (commands + [PracticeCommand.self]).first(where: { $0.name == first }) else {
            throw .unknownCommand(first, suggestion: Suggestion.closest(to: first, among: commands.map { $0.name }))
        }
        return try runCommand(command, Array(arguments.dropFirst()), in: context)
    }

    /// Every option any command takes, to read options given before the command.
    static var allOptions: [OptionSpec] { (commands + [PracticeCommand.self]).flatMap { $0.options } + globalOptions }

    /// Options of the session as a whole (where the data is, whose profile, colour, which
    /// scenario folders): every command accepts them, before or after its name, so a
    /// shell alias such as `minbar --data DIR` works with any command. A command that has
    /// no use for one ignores it; its `--help` lists only those it uses.
    static let sessionOptions: [OptionSpec] = PracticeCommand.options.filter { ["--data", "--profile"].contains($0.name) }
        + [CommonOptions.noColor, CommonOptions.scenarios]

    static func runCommand(_ command: any Command.Type, _ arguments: [String], in context: ProgramContext) throws(UsageError) -> ExitCode {
        let ignored = sessionOptions.filter { option in !command.options.contains { $0.name == option.name } }
        let parsed = try ArgumentParser.parse(arguments, options: command.options + globalOptions + ignored, command: command.name)
        var context = context
        if let code = parsed.value("--lang") {
            guard let language = Language(code: code), code.count == 2 else {
                throw .invalidValue(option: "--lang", value: code, expected: "ar or en")
            }
            context.language = language
        }
        if parsed.has("--help") {
            context.standardOutput.write(command.helpText(width: context.width, language: context.language))
            return .success
        }
        // A command that takes no operands refuses one: "minbar list extra" ran as "minbar list".
        if command.operands.isEmpty, command.name != PracticeCommand.name, let extra = parsed.positionals.first {
            throw .unexpectedArgument(extra, command: command.name)
        }
        return try command.run(parsed, in: context)
    }

    static var overview: String { overview(width: nil) }

    /// Takes `--lang X` / `--lang=X` out of `arguments` and returns the language it names.
    static func languageOption(_ arguments: inout [String]) throws(UsageError) -> Language? {
        var language: Language?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            var code: String?
            if argument == "--lang" {
                guard index + 1 < arguments.count else { throw .missingValue(option: "--lang") }
                code = arguments[index + 1]
                arguments.removeSubrange(index...(index + 1))
            } else if argument.hasPrefix("--lang=") {
                code = String(argument.dropFirst("--lang=".count))
                arguments.remove(at: index)
            } else {
                index += 1
                continue
            }
            guard let code, let chosen = Language(code: code), code.count == 2 else {
                throw .invalidValue(option: "--lang", value: code ?? "", expected: "ar or en")
            }
            language = chosen
        }
        return language
    }

    static func overview(width: Int?, language: Language = .en) -> String {
        let arabic = language == .ar
        var text = TextWrapper.fit(arabic ? "minbar \(version): تدرّب على التحدث باسم مؤسستك على وسائل التواصل الاجتماعي، دون اتصال."
                                          : "minbar \(version): practise speaking for your organisation on social media, offline.", width: width) + "\n\n"
        let usageLabel = arabic ? "الاستخدام: " : "Usage: "
        let pad = String(repeating: " ", count: usageLabel.count)
        text += TextWrapper.fit(arabic ? "minbar [--data DIR] [--profile NAME]     ابدأ التدريب (الافتراضي)" : "minbar [--data DIR] [--profile NAME]     start practising (the default)", width: width,
                                indent: usageLabel, continuation: pad + "    ") + "\n"
        text += pad + "minbar COMMAND [OPTIONS]\n\n" + (arabic ? "الأوامر:\n" : "Commands:\n")
        let nameWidth = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text += TextWrapper.fit(command.summary(in: language), width: width, indent: "  " + command.name.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0),
                                    continuation: String(repeating: " ", count: nameWidth + 4)) + "\n"
        }
        text += "\n" + TextWrapper.fit(arabic ? "شغّل `minbar COMMAND --help` لخيارات أمر ما؛ ويعرض `minbar practice --help` خيارات التدريب (--facilitator و--no-clock و--date و--plan و…)."
                                              : "Run 'minbar COMMAND --help' for a command's options; 'minbar practice --help' lists practice's (--facilitator, --no-clock, --date, --plan, …).", width: width) + "\n"
        return text
    }
}
