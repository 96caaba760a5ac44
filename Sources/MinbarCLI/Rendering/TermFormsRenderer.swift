import MinbarCore

/// Prints `check --forms`: each term a trainer wrote, where it is, and the word-form keys
/// each of its words matches by, grouped by scenario (and beat) or plan.
struct TermFormsRenderer {
    var style: Style
    var language: Language = .en

    static let heading = Localized(
        en: "Word forms (a post word matches a term word when they share a key; ~ marks a verb key, ~> a future one, ~! one a bare past verb meets, ~# ~% ~@ a weak verb's two consonants, = an exact one)",
        ar: "صيغ الكلمات (تطابق كلمةُ المنشور كلمةَ العبارة إذا اشتركتا في مفتاح؛ ~ مفتاح فعل، ~> فعل مستقبل، ~! مفتاح يطابقه الماضي المجرد، ~# ~% ~@ حرفا الفعل المعتل أو المضعّف، = مطابقة حرفية)")
    static let uses: [TermForms.Use: Localized] = [
        .goal: Localized(en: "goal", ar: "هدف"),
        .avoid: Localized(en: "avoid", ar: "تجنّب"),
        .confidential: Localized(en: "confidential", ar: "سري"),
        .fact: Localized(en: "fact", ar: "حقيقة"),
        .objective: Localized(en: "objective", ar: "غاية"),
        .figure: Localized(en: "figure", ar: "رقم"),
    ]

    func text(_ terms: [TermForms]) -> String {
        var text = "\n" + style.bold(Self.heading.text(language)) + "\n"
        var group: String?
        for term in terms {
            let owner = term.owner + (term.beat.map { " · " + $0 } ?? "")
            if owner != group {
                text += "\n" + style.bold(owner.terminalSafe) + "\n"
                group = owner
            }
            let words = term.words.map { "\($0.text) {\($0.keys.joined(separator: " "))}" }.joined(separator: " + ")
            let use = Self.uses[term.use]?.text(language) ?? term.use.rawValue
            text += "  \(term.path.terminalSafe):\(term.location.line):\(term.location.column): \(use) '\(term.label.terminalSafe)': "
                + "\(term.term.terminalSafe)  →  \(words.terminalSafe)\n"
        }
        return text
    }

    static func json(_ term: TermForms) -> JSONValue {
        .object([
            ("path", .string(term.path)), ("line", .int(term.location.line)), ("column", .int(term.location.column)),
            ("owner", .string(term.owner)), ("beat", term.beat.map(JSONValue.string) ?? .null), ("use", .string(term.use.rawValue)),
            ("label", .string(term.label)), ("term", .string(term.term)),
            ("words", .array(term.words.map { .object([("word", .string($0.text)), ("keys", .array($0.keys.map(JSONValue.string)))]) })),
        ])
    }
}
