import MinbarCore

/// `minbar explain RULE`: why a rule exists, with its examples in both languages; with
/// `--forms`, every phrase the rule looks for and the word-form keys it matches by.
enum ExplainCommand: Command {
    static let name = "explain"
    static let summary = "Explain a rule: what it protects, why it matters, and examples that fire and pass."
    static let summaryAr = "اشرح قاعدة: ما تحميه، ولماذا تهم، وأمثلة تُطلقها وأخرى تجتازها."
    static let operands = "RULE"
    static let options = [CommonOptions.noColor, forms, all]
    static let forms = OptionSpec("--forms", help: "List the rule's phrases and the word forms each matches (keys: ~ a verb, ~> a future verb, = exact).", helpAr: "اعرض عبارات القاعدة وصيغ الكلمات التي تطابقها كل عبارة (الرموز: ~ فعل، ~> فعل مستقبل، = مطابقة تامة).")

    static let all = OptionSpec("--all", help: "Show every example (by default, the first \(sampleSize) that fire and \(sampleSize) that pass).", helpAr: "اعرض كل الأمثلة (افتراضياً: أول \(sampleSize) تنطبق عليها القاعدة وأول \(sampleSize) تجتازها).")
    /// Examples shown on each side unless `--all`: a rule can carry a hundred, and a
    /// screenful that starts with the rationale is what a trainee reads.
    static let sampleSize = 6

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        guard let id = arguments.positionals.first else { throw .missingArgument("a rule id (see 'minbar rules')", command: name) }
        guard arguments.positionals.count == 1 else { throw .unexpectedArgument(arguments.positionals[1], command: name) }
        guard let descriptor = RuleRegistry.descriptor(id: id) else {
            throw .invalidValue(option: "RULE", value: id,
                                expected: RuleRegistry.suggestion(for: id).map { "a rule id (did you mean '\($0)'?)" } ?? "a rule id (see 'minbar rules')")
        }
        let style = Style(context: context, arguments: arguments)
        context.standardOutput.write(text(for: descriptor, style: style, width: context.width, language: context.language,
                                          limit: arguments.has(all.name) ? nil : sampleSize))
        if arguments.has(forms.name) { context.standardOutput.write(formsText(for: RuleRegistry.rule(id: id)?.lexicons ?? [], style: style)) }
        return .success
    }

    /// The explanation of `rule`; with `limit`, at most that many examples on each side and
    /// a line saying how many more `minbar explain RULE --all` shows.
    static func text(for rule: RuleDescriptor, style: Style, width: Int? = nil, language: Language = .en, limit: Int? = nil) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String {
            Localized.fill(key.localized.text(language), arguments.map(\.description))
        }
        var text = "\(style.bold(rule.id)): \(rule.title(in: language))\n"
        let dimension = switch rule.dimension {
        case .professionalism: t(.professionalism)
        case .alignment: t(.alignment)
        case .compliance: t(.compliance)
        }
        let severity = switch rule.severity {
        case .error: t(.severityError)
        case .warning: t(.severityWarning)
        case .note: t(.severityNote)
        }
        text += t(.explainDefault, dimension, severity) + "\n\n"
        text += TextWrapper.fit(rule.rationale(in: language), width: width) + "\n"
        func exampleLine(_ example: RuleExample) -> String {
            let tag = Language(code: example.language.rawValue)?.label(language) ?? example.language.rawValue
            let indent = "  [\(tag)] "
            return TextWrapper.fit(String(example.text.prefix(200)), width: width, indent: indent,
                                   continuation: String(repeating: " ", count: indent.terminalColumns)) + "\n"
        }
        // An Arabic reader gets the Arabic examples (every rule has them); English shows both.
        let shown = language == .ar && rule.examples.contains(where: { $0.language == .ar }) ? rule.examples.filter { $0.language == .ar } : rule.examples
        let fires = shown.filter(\.triggers), passes = shown.filter { !$0.triggers }
        let cap = limit ?? Int.max
        if !fires.isEmpty {
            text += "\n" + style.red(t(.firesOn)) + "\n"
            for example in fires.prefix(cap) { text += exampleLine(example) }
        }
        if !passes.isEmpty {
            text += "\n" + style.green(t(.passes)) + "\n"
            for example in passes.prefix(cap) { text += exampleLine(example) }
        }
        let hidden = max(0, fires.count - cap) + max(0, passes.count - cap)
        if hidden > 0 {
            text += "\n" + style.dim(TextWrapper.fit(t(.moreExamples, UIText.examplesCount.count(hidden, language), rule.id), width: width)) + "\n"
        }
        if fires.isEmpty && passes.isEmpty {
            text += "\n" + TextWrapper.fit(t(.policyDriven), width: width) + "\n"
        }
        return text
    }

    /// Each lexicon's phrases with the keys their words match by: a post word counts when
    /// one of its own keys is among them (see the README: Word forms).
    static func formsText(for lexicons: [Lexicon], style: Style) -> String {
        var text = "\n" + style.bold("Word forms") + " (a post word matches a phrase word when they share a key; ~ marks a verb key, ~> a future one, ~! one a bare past verb meets, ~# ~% ~@ a weak verb's two consonants, = an exact one)\n"
        if lexicons.isEmpty { return text + "  This rule looks for no phrases.\n" }
        for lexicon in lexicons {
            text += "\n  \(lexicon.name)\n"
            for phrase in lexicon.terms {
                let words = PhraseMatcher.explain(phrase).map { "\($0.word) {\($0.keys.joined(separator: " "))}" }
                text += "    \(phrase)  →  \(words.joined(separator: " + "))\n"
            }
        }
        return text
    }
}
