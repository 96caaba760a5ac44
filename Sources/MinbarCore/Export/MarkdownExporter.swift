import Foundation

/// The debrief as Markdown: a summary, then every attempt by scenario and beat with its
/// post verbatim, scores, verdict, findings, the reaction, and what changed since the
/// previous attempt. Posts sit in `<div dir="auto">` so Arabic reads right to left
/// wherever the Markdown is rendered.
public enum MarkdownExporter {
    public static func render(_ transcript: Transcript) -> String {
        var text = "# Minbar practice transcript: \(escape(transcript.profile))\n\n"
        text += "Generated \(Transcript.format(transcript.generated))\n\n## Summary\n\n"
        text += "- Sessions: \(transcript.sessions)\n- Attempts: \(transcript.attempts.count)\n- Scenarios practised: \(transcript.scenariosDone)\n"
        let rows: [(String, Dimension?)] = [("Professionalism", .professionalism), ("Alignment", .alignment), ("Compliance", .compliance), ("Overall", nil)]
        if !transcript.attempts.isEmpty {
            text += "\n| Dimension | Average | Best |\n| --- | --- | --- |\n"
            for (name, dimension) in rows {
                let values = transcript.values(dimension)
                guard let average = transcript.average(dimension) else { text += "| \(name) | n/a | n/a |\n"; continue }
                text += "| \(name) | \(String(format: "%.1f", average)) | \(values.max()!) |\n"
            }
        }
        if let trend = transcript.trend {
            text += "\nTrend: overall \(String(format: "%.1f", trend.first)) in the first week, \(String(format: "%.1f", trend.latest)) in the latest week.\n"
        }
        for group in transcript.byScenarioAndBeat {
            text += "\n## \(escape(group.title)) (`\(group.scenario)`, \(group.kind))\n"
            for beat in group.beats {
                text += "\n### \(beat.title.isEmpty ? "Post" : escape(beat.title)) · \(beat.time)\n"
                for index in beat.attempts {
                    text += "\n" + attemptText(transcript, index)
                }
            }
        }
        if !transcript.events.isEmpty {
            text += "\n## Facilitator\n\n"
            for event in transcript.events {
                text += "- \(Transcript.format(event.time)) · `\(event.scenario)` · \(escape(event.beat)): <span dir=\"auto\">\(escape(AfterActionReview.describe(event)))</span>\n"
            }
        }
        return text
    }

    static func attemptText(_ transcript: Transcript, _ index: Int) -> String {
        let attempt = transcript.attempts[index]
        var text = "#### Attempt \(index + 1) · \(Transcript.format(attempt.time))\n\n"
        text += "<div dir=\"auto\">\n\n" + attempt.post.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + escape(String($0)) }.joined(separator: "\n") + "\n\n</div>\n\n"
        let alignment = attempt.scores.alignment.map(String.init) ?? "n/a"
        text += "Professionalism \(attempt.scores.professionalism) · alignment \(alignment) · compliance \(attempt.scores.compliance) · overall \(attempt.scores.overall) · **\(attempt.verdict)**\n"
        if let change = transcript.change(at: index) {
            let fixed = change.fixed.isEmpty ? "none" : change.fixed.map { "`\($0)`" }.joined(separator: ", ")
            let new = change.new.isEmpty ? "none" : change.new.map { "`\($0)`" }.joined(separator: ", ")
            text += "\nSince the previous attempt: fixed \(fixed); new \(new).\n"
        }
        if let strengths = attempt.strengths, !strengths.isEmpty {
            text += "\n*Strengths:* " + strengths.map { escape($0.message) }.joined(separator: " ") + "\n"
        }
        if !attempt.findings.isEmpty {
            text += "\n"
            for finding in attempt.findings {
                let cost = finding.penalty > 0 ? " (−\(finding.penalty) \(finding.dimension))" : ""
                let quote = finding.excerpt.isEmpty ? "" : " «\(escape(finding.excerpt))»"
                text += "- `\(finding.rule)` \(finding.severity)\(cost)\(quote): \(escape(finding.message)) *Try:* \(escape(finding.suggestion))\n"
            }
        }
        if let reaction = attempt.reaction { text += "\n*Reaction:* \(escape(reaction))\n" }
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
