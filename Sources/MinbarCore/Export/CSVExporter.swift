/// One row per attempt, RFC 4180 quoting, UTF-8 with a byte order mark so spreadsheets
/// read Arabic correctly. Cells that a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or carriage return) are prefixed with `'`.
public enum CSVExporter {
    public static let header = ["time", "profile", "scenario", "beat", "kind", "language", "professionalism", "alignment",
                                "compliance", "overall", "verdict", "rules"]

    public static func render(_ transcript: Transcript, byteOrderMark: Bool = true) -> String {
        var lines = [header.map(cell).joined(separator: ",")]
        for attempt in transcript.attempts {
            let fields = [Transcript.format(attempt.time), attempt.profile, attempt.scenario, attempt.beat, attempt.kind, attempt.language,
                          String(attempt.scores.professionalism), attempt.scores.alignment.map(String.init) ?? "",
                          String(attempt.scores.compliance), String(attempt.scores.overall), attempt.verdict.rawValue,
                          attempt.findings.map(\.rule).joined(separator: " ")]
            lines.append(fields.map(cell).joined(separator: ","))
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), Double(text) == nil { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}

import Foundation
