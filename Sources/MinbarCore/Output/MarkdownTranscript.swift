import Foundation

/// A profile's attempts as a Markdown debrief: each attempt's post verbatim, scores,
/// verdict, findings with suggestions, and the reaction it drew. Pure: the time of
/// writing is passed in, so the same attempts always give the same text.
public enum MarkdownTranscript {
    public static func render(_ attempts: [AttemptRecord], profile: String, generated: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        var text = "# Minbar practice transcript: \(profile)\n\n"
        text += "Generated \(formatter.string(from: generated)) UTC · \(attempts.count) attempt\(attempts.count == 1 ? "" : "s")\n"
        var currentScenario = ""
        for attempt in attempts.sorted(by: { $0.time < $1.time }) {
            if attempt.scenario != currentScenario {
                currentScenario = attempt.scenario
                text += "\n## \(escape(attempt.scenarioTitle)) (`\(attempt.scenario)`, \(attempt.kind))\n"
            }
            text += "\n### \(attempt.beatTitle.isEmpty ? attempt.beat : escape(attempt.beatTitle)) · \(attempt.simulatedTime) · \(formatter.string(from: attempt.time))\n\n"
            // Each line of the post as a quote; dir="auto" lets Arabic read right to left where HTML is rendered.
            text += "<div dir=\"auto\">\n\n" + attempt.post.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escape(String($0)) }.joined(separator: "\n") + "\n\n</div>\n\n"
            let alignment = attempt.scores.alignment.map(String.init) ?? "n/a"
            text += "Professionalism \(attempt.scores.professionalism) · alignment \(alignment) · compliance \(attempt.scores.compliance) · overall \(attempt.scores.overall) · **\(attempt.verdict)**\n"
            if !attempt.findings.isEmpty {
                text += "\n"
                for finding in attempt.findings {
                    let cost = finding.penalty > 0 ? " (−\(finding.penalty) \(finding.dimension))" : ""
                    text += "- `\(finding.rule)` \(finding.severity)\(cost): \(escape(finding.message)) *Try:* \(escape(finding.suggestion))\n"
                }
            }
            if let reaction = attempt.reaction { text += "\n*Reaction:* \(escape(reaction))\n" }
        }
        return text
    }

    /// Keeps user text from being read as Markdown or HTML structure.
    static func escape(_ text: String) -> String {
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
