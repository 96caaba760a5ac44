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

    func verdictLine(_ verdict: Verdict) -> String {
        switch verdict {
        case .ready: "Verdict: " + style.paint("READY", "1;32") + ": fit to publish as written."
        case .revise: "Verdict: " + style.paint("REVISE", "1;33") + ": no policy breach, but fix the points below first."
        case .blocked: "Verdict: " + style.paint("BLOCKED", "1;31") + ": breaks policy; this must not be posted."
        }
    }

    func render(_ report: ScoreReport) -> String {
        var lines: [String] = []
        lines.append("  professionalism  " + bar(report.scores.professionalism))
        lines.append("  alignment        " + bar(report.scores.alignment))
        lines.append("  compliance       " + bar(report.scores.compliance))
        lines.append("  overall          " + bar(report.scores.overall))
        lines.append("")
        lines.append(TextWrapper.fit(verdictLine(report.verdict), width: width, continuation: "  "))
        if !report.strengths.isEmpty {
            // What to keep, before what to fix: a coach starts with what worked.
            lines.append("")
            lines.append(style.bold("Keep:"))
            for strength in report.strengths {
                lines.append(TextWrapper.fit("  " + style.paint("✓", "1;32") + " " + strength.message, width: width, continuation: "    "))
            }
        }
        if report.findings.isEmpty {
            if !report.strengths.isEmpty { lines.append("") }
            lines.append(style.dim("No findings."))
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("")
        for finding in report.findings.prefix(limit) {
            lines.append(findingText(finding))
        }
        if report.findings.count > limit {
            lines.append(style.dim("  … and \(report.findings.count - limit) more (/why RULE explains any rule)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func findingText(_ finding: Finding) -> String {
        let severity: String
        switch finding.severity {
        case .error: severity = style.paint("error  ", "1;31")
        case .warning: severity = style.paint("warning", "1;33")
        case .note: severity = style.paint("note   ", "1;36")
        }
        let cost = finding.penalty > 0 ? style.dim("  −\(finding.penalty) \(finding.dimension.rawValue)") : ""
        var block = TextWrapper.fit("\(severity) \(style.bold(finding.ruleID))\(cost)", width: width, indent: "  ", continuation: "    ") + "\n"
        if finding.end > finding.start {
            let excerpt = finding.excerpt.replacingOccurrences(of: "\n", with: " ")
            let shown = excerpt.count > 120 ? String(excerpt.prefix(117)) + "…" : excerpt
            block += TextWrapper.fit("at \(finding.start)-\(finding.end): «\(style.paint(shown.terminalSafe, "4"))»", width: width,
                                     indent: "    ", continuation: "      ") + "\n"
        }
        block += TextWrapper.fit(prose(finding.message), width: width, indent: "    ") + "\n"
        block += TextWrapper.fit(prose(finding.suggestion), width: width, indent: "    " + style.cyan("try:") + " ",
                                 continuation: "         ") + "\n"
        return block
    }
}
