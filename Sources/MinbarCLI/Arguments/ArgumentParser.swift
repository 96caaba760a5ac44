import MinbarCore

/// A command's options, declared once: the parser reads them and the help text lists them.
public struct OptionSpec: Sendable {
    public var name: String
    public var valueName: String?
    public var help: String
    /// The same help in Arabic, shown with `--lang ar`; required so no option is left English.
    public var helpAr: String
    public var repeatable: Bool

    /// The help in `language`.
    public func help(in language: Language) -> String { language == .ar ? helpAr : help }

    /// A flag (`--json`) when `valueName` is nil, else an option with a value (`--kind K`).
    public init(_ name: String, value valueName: String? = nil, repeatable: Bool = false, help: String, helpAr: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.helpAr = helpAr
        self.repeatable = repeatable
    }
}

/// Arguments after the parser has read them.
public struct ParsedArguments: Sendable {
    public var flags: Set<String> = []
    public var values: [String: [String]] = [:]
    public var positionals: [String] = []

    public func has(_ flag: String) -> Bool { flags.contains(flag) }
    public func value(_ option: String) -> String? { values[option]?.last }
    public func all(_ option: String) -> [String] { values[option] ?? [] }
}

/// Reads `--flag`, `--option value`, `--option=value`, `--` (the rest are positional)
/// and `-` (standard input, positional). Unknown options are errors with a suggestion.
public enum ArgumentParser {
    public static func parse(_ arguments: [String], options: [OptionSpec], command: String) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            guard let spec = options.first(where: { $0.name == name }) else {
                throw .unknownOption(name, command: command,
                                     suggestion: Suggestion.closest(to: name, among: options.map(\.name)))
            }
            if spec.valueName == nil {
                guard inlineValue == nil else { throw .unexpectedValue(option: name) }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw .missingValue(option: name) }
                value = arguments[index]
                index += 1
            }
            if spec.repeatable {
                parsed.values[name, default: []].append(value)
            } else {
                parsed.values[name] = [value]
            }
        }
        return parsed
    }
}

