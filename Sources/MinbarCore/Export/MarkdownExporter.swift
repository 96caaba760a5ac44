import Foundation

/// The debrief as Markdown: a summary, then every attempt by scenario and beat with its
/// post verbatim, scores, verdict, findings, the reaction, and what changed since the
/// previous attempt. Posts sit in `<div dir="auto">` so Arabic reads right to left
/// wherever the Markdown is rendered. The headings and labels are in `language`; the
/// posts, findings and reactions stay in the language they were written in.
public enum MarkdownExporter {
    public static func render(_ transcript: Transcript, language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        var text = "# \(t(.exportTitle, escape(transcript.profile)))\n\n"
        text += "\(t(.exportGenerated, Transcript.format(transcript.generated, language)))\n\n## \(t(.exportSummary))\n\n"
        text += "- \(t(.exportSessions, transcript.sessions))\n- \(t(.exportAttempts, transcript.attempts.count))\n- \(t(.exportScenarios, transcript.scenariosDone))\n"
        if !transcript.attempts.isEmpty {
            text += "\n| \(t(.exportDimension)) | \(t(.exportAverage)) | \(t(.exportBest)) |\n| --- | --- | --- |\n"
            for (name, dimension) in dimensionRows(language) {
                let values = transcript.values(dimension)
                guard let average = transcript.average(dimension) else { text += "| \(name) | \(t(.notAvailable)) | \(t(.notAvailable)) |\n"; continue }
                text += "| \(name) | \(String(format: "%.1f", average)) | \(values.max()!) |\n"
            }
        }
        if let trend = transcript.trend {
            text += "\n" + t(.exportTrend, String(format: "%.1f", trend.first), String(format: "%.1f", trend.latest)) + "\n"
        }
        for group in transcript.byScenarioAndBeat {
            text += "\n## \(escape(group.title)) (`\(group.scenario)`\(language == .ar ? "،" : ",") \(kindLabel(group.kind, language)))\n"
            for beat in group.beats {
                text += "\n### \(beat.title.isEmpty ? t(.exportPost) : escape(beat.title)) · \(SimulatedTime.label(beat.time, language))\n"
                for index in beat.attempts {
                    text += "\n" + attemptText(transcript, index, language: language)
                }
            }
        }
        if !transcript.events.isEmpty {
            text += "\n## \(t(.exportFacilitator))\n\n"
            for event in transcript.events {
                text += "- \(Transcript.format(event.time, language)) · `\(event.scenario)` · \(escape(event.beat)): <span dir=\"auto\">\(escape(AfterActionReview.describe(event, language)))</span>\n"
            }
        }
        return text
    }

    /// The four score rows, capitalised as table labels.
    static func dimensionRows(_ language: Language) -> [(String, Dimension?)] {
        [(UIText.professionalism(language), .professionalism), (UIText.alignment(language), .alignment),
         (UIText.compliance(language), .compliance), (UIText.overall(language), nil)].map { ($0.0.capitalizingFirst, $0.1) }
    }

    /// A scenario kind as saved, in `language` (an unknown kind stays as saved).
    static func kindLabel(_ kind: String, _ language: Language) -> String {
        ScenarioKind(rawValue: kind)?.label(language) ?? kind
    }

    static func attemptText(_ transcript: Transcript, _ index: Int, language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        let attempt = transcript.attempts[index]
        var text = "#### \(t(.exportAttempt, index + 1, Transcript.format(attempt.time, language)))\n\n"
        text += "<div dir=\"auto\">\n\n" + attempt.post.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + escape(String($0)) }.joined(separator: "\n") + "\n\n</div>\n\n"
        let alignment = attempt.scores.alignment.map(String.init) ?? t(.notAvailable)
        text += t(.exportScoresLine, attempt.scores.professionalism, alignment, attempt.scores.compliance, attempt.scores.overall)
            + " · **\(attempt.verdict.label(language))**\n"
        if let change = transcript.change(at: index) {
            let fixed = change.fixed.isEmpty ? t(.exportNone) : change.fixed.map { "`\($0)`" }.joined(separator: Localized.listSeparator.text(language))
            let new = change.new.isEmpty ? t(.exportNone) : change.new.map { "`\($0)`" }.joined(separator: Localized.listSeparator.text(language))
            text += "\n" + t(.exportSince, fixed, new) + ".\n"
        }
        if let strengths = attempt.strengths, !strengths.isEmpty {
            text += "\n*\(t(.exportStrengths))* " + strengths.map { escape($0.message) }.joined(separator: " ") + "\n"
        }
        if !attempt.findings.isEmpty {
            text += "\n"
            for finding in attempt.findings {
                let cost = finding.penalty > 0 ? " (" + UIText.points(language, finding.penalty, finding.dimension.label(language)) + ")" : ""
                let quote = finding.excerpt.isEmpty ? "" : " «\(escape(finding.excerpt))»"
                text += "- `\(finding.rule)` \(finding.severity.label(language))\(cost)\(quote): \(escape(finding.message)) *\(UIText.exportTry(Language.of(feedback: finding.suggestion)))* \(escape(finding.suggestion))\n"
            }
        }
        if let reaction = attempt.reaction { text += "\n*\(t(.exportReaction))* \(escape(reaction))\n" }
        return text
    }

    /// Keeps user text from being read as Markdown or HTML structure.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "*", "_", "`", "[", "]", "#", "|", "\\": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
