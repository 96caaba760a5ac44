import MinbarCore

/// `minbar rules`: every rule Minbar applies.
enum RulesCommand: Command {
    static let name = "rules"
    static let summary = "List every rule with its id, dimension, severity, languages and an example."
    static let summaryAr = "اعرض كل قاعدة بمعرّفها وبُعدها وشدتها ولغاتها ومثال عليها."
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
        let language = context.language
        let width = rules.map(\.id.count).max() ?? 0
        let languageLabels = rules.map { rule in rule.languages.map { Language(code: $0.rawValue)?.label(language) ?? $0.rawValue }.joined(separator: "+") }
        let languageWidth = max(8, (languageLabels.map(\.terminalColumns).max() ?? 0) + 1)
        let severityWidth = max(9, (FindingSeverity.allCases.map { $0.label(language).terminalColumns }.max() ?? 0) + 2)
        for dimension in Dimension.allCases {
            context.print(style.bold(dimension.label(language).capitalizingFirst))
            for (rule, languages) in zip(rules, languageLabels) where rule.dimension == dimension {
                context.print("  " + rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                              + rule.severity.label(language).padded(to: severityWidth)
                              + (languages.isEmpty ? UIText.rulesPolicy(language) : languages).padded(to: languageWidth)
                              + rule.title(in: language))
                // The example in the reader's language (English ones for English, as before).
                let exampleLanguage: PostLanguage = language == .ar ? .ar : .en
                if let example = rule.examples.first(where: { $0.triggers && $0.language == exampleLanguage }) {
                    context.print(style.dim("      " + UIText.rulesExample(language, example.text.prefix(90))))
                }
            }
            context.print("")
        }
        context.print(style.dim(UIText.rulesFooter(language, rules.count)))
        return .success
    }
}
