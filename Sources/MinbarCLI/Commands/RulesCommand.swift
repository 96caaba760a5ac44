import MinbarCore

/// `minbar rules`: every rule Minbar applies.
enum RulesCommand: Command {
    static let name = "rules"
    static let summary = "List every rule with its id, dimension, severity, languages and an example."
    static let options = [CommonOptions.json, CommonOptions.noColor]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        let rules = RuleRegistry.all.map(\.descriptor)
        if arguments.has("--json") {
            context.print(JSONValue.array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("title", .string(rule.title)),
                    ("dimension", .string(rule.dimension.rawValue)),
                    ("severity", .string(rule.severity.rawValue)),
                    ("languages", .strings(rule.languages.map(\.rawValue))),
                    ("examples", .array(PostLanguage.allCases.compactMap { language in
                        rule.examples.first { $0.triggers && $0.language == language }.map { example in
                            .object([("language", .string(language.rawValue)), ("text", .string(example.text))])
                        }
                    })),
                ])
            }).serialized(pretty: true))
            return .success
        }
        let style = Style(context: context, arguments: arguments)
        let width = rules.map(\.id.count).max() ?? 0
        for dimension in Dimension.allCases {
            context.print(style.bold(dimension.rawValue.capitalized))
            for rule in rules where rule.dimension == dimension {
                let languages = rule.languages.map(\.rawValue).joined(separator: "+")
                context.print("  " + rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                              + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                              + (languages.isEmpty ? "policy" : languages).padding(toLength: 8, withPad: " ", startingAt: 0)
                              + rule.title)
                if let example = rule.examples.first(where: { $0.triggers && $0.language == .en }) {
                    context.print(style.dim("      e.g. " + example.text.prefix(90)))
                }
            }
            context.print("")
        }
        context.print(style.dim("\(rules.count) rules. 'minbar explain RULE' shows why each matters, with examples in both languages."))
        return .success
    }
}
