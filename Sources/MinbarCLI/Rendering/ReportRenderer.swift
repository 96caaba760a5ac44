import MinbarCore

/// A scored post as text for a terminal: the scores as bars, the verdict, then each
/// finding with the words it points at, why, and a better way. Readable without colour.
struct ReportRenderer {
    var style: Style
    /// How many findings to show in full (the rest are counted).
    var limit = Int.max
    /// Columns to wrap prose to (nil: no wrapping, for pipes and files).
    var width: Int?
    /// At a terminal, runs of the other script in a message are isolated (FSI…PDI), so a
    /// terminal that lays out bidi text keeps an English sentence's quotes around an
    /// Arabic excerpt in place (and the reverse). Pipes get the text unchanged.
    var isolateRuns = false
    /// The interface language (findings themselves come in the post's language).
    var language: Language = .en

    func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String {
        Localized.fill(key.localized.text(language), arguments.map(\.description))
    }

    func prose(_ text: String) -> String {
        isolateRuns ? BidiIsolation.isolatedForTerminal(text.terminalSafe) : text.terminalSafe
    }

    func bar(_ value: Int?, width: Int = 20) -> String {
        guard let value else { return style.dim(String(repeating: "·", count: width)) + "    -" }
        let filled = Int((Double(value) / 100 * Double(width)).rounded())
        let text = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let painted = value >= 80 ? style.green(text) : value >= 60 ? style.yellow(text) : style.red(text)
        let number = String(value)
        return painted + String(repeating: " ", count: max(1, 5 - number.count)) + number
    }

    /// The verdict. A ready post the platform will not take as it stands (308 characters on
    /// X) is not "fit to publish as written": length never outweighs judgement, so it stays
    /// ready, but the line says to fit it first.
    func verdictLine(_ verdict: Verdict, misfitsThePlatform: Bool = false) -> String {
        switch verdict {
        case .ready: verdictText(misfitsThePlatform ? .verdictReadyForAnotherPlatform : .verdictReady, "1;32")
        case .revise: verdictText(.verdictRevise, "1;33")
        case .blocked: verdictText(.verdictBlocked, "1;31")
        }
    }

    /// "Verdict: WORD: what it means", the word painted.
    func verdictText(_ key: UIText, _ colour: String) -> String {
        let parts = t(key).split(separator: "|", maxSplits: 1).map(String.init)
        return t(.verdict, style.paint(parts[0], colour), parts.count > 1 ? parts[1] : "")
    }

    func render(_ report: ScoreReport) -> String {
        var lines: [String] = []
        let labels = [t(.professionalism), t(.alignment), t(.compliance), t(.overall)]
        let labelWidth = (labels.map(\.terminalColumns).max() ?? 0) + 2
        // Bars shrink on a narrow terminal: label, bar and the number fit the width.
        let barWidth = width.map { max(5, min(20, $0 - 2 - labelWidth - 5)) } ?? 20
        for (label, value) in zip(labels, [report.scores.professionalism, report.scores.alignment, report.scores.compliance, report.scores.overall]) {
            lines.append("  " + label.padded(to: labelWidth) + bar(value, width: barWidth))
        }
        lines.append("")
        lines.append(TextWrapper.fit(verdictLine(report.verdict, misfitsThePlatform: report.findings.contains { $0.ruleID == "platform.length" }), width: width, continuation: "  "))
        // What to keep, before what to fix: a coach starts with what worked. A blocked post
        // is not to be posted, so its strengths come after the findings, as what to keep
        // when it is rewritten: "Keep:" under "must not be posted" read as a contradiction.
        let blocked = report.verdict == .blocked
        var strengths: [String] = []
        if !report.strengths.isEmpty {
            strengths.append("")
            strengths.append(style.bold(t(blocked ? .keepWhenRewritingLabel : .keepLabel)))
            for strength in report.strengths {
                strengths.append(TextWrapper.fit("  " + style.paint("✓", "1;32") + " " + strength.message, width: width, continuation: "    "))
            }
        }
        if !blocked { lines += strengths }
        if report.findings.isEmpty {
            if !report.strengths.isEmpty { lines.append("") }
            lines.append(style.dim(t(.noFindings)))
            return lines.joined(separator: "\n") + "\n"
        }
        // A blank line between findings and none after the last: the report ends on its
        // last line whatever it holds, and whoever prints what follows (the REPL before a
        // reaction or the deadline line, and after `/why`) puts the one blank line.
        for finding in report.findings.prefix(limit) {
            lines.append("")
            lines.append(findingText(finding))
        }
        if report.findings.count > limit {
            // Arabic counts with the noun («ملاحظة واحدة», «ملاحظتان», «3 ملاحظات»); English says "3 more".
            let more = report.findings.count - limit
            lines.append("")
            lines.append(style.dim("  " + t(.moreFindings, language == .ar ? UIText.findingsCount.count(more, .ar) : "\(more)")))
        }
        if blocked { lines += strengths }
        return lines.joined(separator: "\n") + "\n"
    }

    func findingText(_ finding: Finding) -> String {
        let severity: String
        switch finding.severity {
        case .error: severity = style.paint(t(.severityError).padded(to: 7), "1;31")
        case .warning: severity = style.paint(t(.severityWarning).padded(to: 7), "1;33")
        case .note: severity = style.paint(t(.severityNote).padded(to: 7), "1;36")
        }
        let dimension: String
        switch finding.dimension {
        case .professionalism: dimension = t(.professionalism)
        case .alignment: dimension = t(.alignment)
        case .compliance: dimension = t(.compliance)
        }
        let cost = finding.penalty > 0 ? style.dim("  " + t(.points, finding.penalty, dimension)) : ""
        var block = TextWrapper.fit("\(severity) \(style.bold(finding.ruleID))\(cost)", width: width, indent: "  ", continuation: "    ") + "\n"
        if finding.end > finding.start {
            let excerpt = finding.excerpt.replacingOccurrences(of: "\n", with: " ")
            let shown = excerpt.count > 120 ? String(excerpt.prefix(117)) + "…" : excerpt
            block += TextWrapper.fit(t(.at, finding.start, finding.end) + ": «\(style.paint(shown.terminalSafe, "4"))»", width: width,
                                     indent: "    ", continuation: "      ") + "\n"
        }
        block += TextWrapper.fit(prose(finding.message), width: width, indent: "    ") + "\n"
        block += TextWrapper.fit(prose(finding.suggestion), width: width, indent: "    " + style.cyan(UIText.tryLabel(tryLabelLanguage(finding.suggestion))) + " ",
                                 continuation: "         ")
        return block
    }

    /// The "try:" label is Arabic on an Arabic screen, whatever the post's language (an
    /// English "try:" was left in Arabic output about an English post), and on an English
    /// screen follows the suggestion, so an Arabic suggestion is not headed by an English word.
    func tryLabelLanguage(_ suggestion: String) -> Language {
        language == .ar ? .ar : Language.of(feedback: suggestion)
    }
}
