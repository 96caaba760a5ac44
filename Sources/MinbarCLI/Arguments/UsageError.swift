/// A command called the wrong way. One place (`MinbarApp`) turns it into words on
/// standard error and exit code 2.
public enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String)
    case unexpectedValue(option: String)
    case unexpectedArgument(String, command: String)
    case invalidValue(option: String, value: String, expected: String)
    case missingArgument(String, command: String)
    case fileNotFound(String)
    /// A post's words given where a file was expected (`minbar score "We are sorry…"`).
    case postGivenAsFile(String)
    case unreadable(String, reason: String)
    case unknownScenario(String, suggestion: String?)
    /// An option and an operand that say the same thing twice (`score --text POST FILE`:
    /// two posts for one score).
    case optionWithOperand(option: String, operand: String, operandName: String)

    public var message: String {
        switch self {
        case .unknownCommand(let name, _): "unknown command '\(name)'"
        case .unknownOption(let name, let command, _): "unknown option '\(name)' for '\(command)'"
        case .missingValue(let option): "option '\(option)' needs a value"
        case .unexpectedValue(let option): "option '\(option)' takes no value"
        case .unexpectedArgument(let argument, let command): "'\(command)' takes no argument '\(argument)'"
        case .invalidValue(let option, let value, let expected): "'\(value)' is not valid for \(option); expected \(expected)"
        case .missingArgument(let what, let command): "'\(command)' needs \(what)"
        case .fileNotFound(let path): "\(path): no such file or directory"
        case .postGivenAsFile(let text): "'\(text.prefix(40))\(text.count > 40 ? "…" : "")' is not a file"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .unknownScenario(let id, _): "no scenario is called '\(id)'"
        case .optionWithOperand(let option, let operand, let name): "\(option) and a \(name) ('\(operand)') cannot be used together"
        }
    }

    public var hint: String? {
        switch self {
        case .unknownCommand(_, let suggestion), .unknownOption(_, _, let suggestion), .unknownScenario(_, let suggestion):
            return suggestion.map { "did you mean '\($0)'?" }
        case .postGivenAsFile:
            return "to score these words as a post, give them with --text \"…\", or pipe them in: echo \"…\" | minbar score"
        case .optionWithOperand(let option, _, let name):
            return "give one or the other: \(option) … or \(name)"
        default:
            return nil
        }
    }
}
