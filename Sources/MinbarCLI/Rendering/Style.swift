import MinbarCore

/// Terminal colour, decided once per run: on when standard output is a terminal,
/// `TERM` is not `dumb`, `NO_COLOR` is unset and `--no-color` was not given.
struct Style {
    let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    init(context: ProgramContext, arguments: ParsedArguments) {
        let noColor = context.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        enabled = context.outputIsTerminal && !noColor && !arguments.has("--no-color")
            && context.environment["TERM"] != "dumb"
    }

    func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func red(_ text: String) -> String { paint(text, "31") }
    func green(_ text: String) -> String { paint(text, "32") }
    func yellow(_ text: String) -> String { paint(text, "33") }
    func cyan(_ text: String) -> String { paint(text, "36") }

    /// An objective's status word in the colour of how it is going.
    func status(_ text: String, _ state: ObjectiveStatus.State) -> String {
        switch state {
        case .achieved, .onTrack: green(text)
        case .building, .notStarted: yellow(text)
        case .atRisk, .overdue: red(text)
        }
    }

    func severity(_ severity: Severity, language: Language = .en) -> String {
        switch severity {
        case .error: paint(severity.label(language), "1;31")
        case .warning: paint(severity.label(language), "1;33")
        case .note: paint(severity.label(language), "1;36")
        }
    }
}
