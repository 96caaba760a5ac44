import Foundation

/// What an imported attempt must satisfy to be believed: everything Minbar itself could
/// have written. A file with one impossible attempt is refused whole (a file that lies
/// in one place cannot be trusted in the others), naming the attempt and the field.
public enum ImportValidation {
    /// One impossible value: which attempt (1-based, in file order), which field, why.
    public struct Problem: Error, Equatable, Sendable {
        public var attempt: Int
        public var field: String
        public var reason: String
    }

    /// Attempts are dated from 2000 up to the end of 2100; anything else is a typo or a forgery.
    static let earliest = Date(timeIntervalSince1970: 946_684_800)
    static let latest = Date(timeIntervalSince1970: 4_133_980_800)

    /// The first impossible value in `attempts`, or nil when every attempt could be Minbar's.
    public static func firstProblem(in attempts: [AttemptRecord]) -> Problem? {
        for (index, record) in attempts.enumerated() {
            if let (field, reason) = problem(in: record) { return Problem(attempt: index + 1, field: field, reason: reason) }
        }
        return nil
    }

    static func problem(in record: AttemptRecord) -> (String, String)? {
        func score(_ value: Int, _ field: String) -> (String, String)? {
            (0...100).contains(value) ? nil : (field, "\(value) is outside 0-100")
        }
        if record.schemaVersion != AttemptRecord.schemaVersion {
            return ("schemaVersion", "\(record.schemaVersion) is not \(AttemptRecord.schemaVersion)")
        }
        if record.time < earliest || record.time > latest {
            return ("time", "\(ISO8601DateFormatter().string(from: record.time)) is not between 2000 and 2100")
        }
        if let problem = identifier(record.scenario, "scenario") ?? identifier(record.beat, "beat") { return problem }
        if let next = record.nextBeat, let problem = identifier(next, "nextBeat") { return problem }
        if ScenarioKind(rawValue: record.kind) == nil {
            return ("kind", "'\(record.kind)' is not one of \(ScenarioKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if Platform(rawValue: record.platform) == nil {
            return ("platform", "'\(record.platform)' is not one of \(Platform.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if PostLanguage(rawValue: record.language) == nil {
            return ("language", "'\(record.language)' is not one of \(PostLanguage.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let size = record.post.utf8.count
        if size > ScoringEngine.maximumPostBytes {
            return ("post", "\(size) bytes is more than the limit of \(ScoringEngine.maximumPostBytes)")
        }
        if let problem = score(record.scores.professionalism, "scores.professionalism")
            ?? score(record.scores.compliance, "scores.compliance")
            ?? score(record.scores.overall, "scores.overall")
            ?? record.scores.alignment.flatMap({ score($0, "scores.alignment") }) {
            return problem
        }
        if let seconds = record.responseSeconds, seconds < 0 { return ("responseSeconds", "\(seconds) is negative") }
        if let minutes = record.deadlineMinutes, minutes < 0 { return ("deadlineMinutes", "\(minutes) is negative") }
        let length = record.post.unicodeScalars.count
        for (index, finding) in record.findings.enumerated() {
            let field = "findings[\(index + 1)]"
            if RuleRegistry.descriptor(id: finding.rule) == nil {
                return ("\(field).rule", "'\(finding.rule)' is not a rule of this Minbar")
            }
            if !(0...100).contains(finding.penalty) { return ("\(field).penalty", "\(finding.penalty) is outside 0-100") }
            if finding.start < 0 || finding.start > finding.end || finding.end > length {
                return ("\(field).start/end", "\(finding.start)-\(finding.end) is not inside the post (\(length) characters)")
            }
        }
        return nil
    }

    /// Ids become parts of paths and lines on screen: lowercase letters, digits, '-',
    /// '_' and '.', not starting with '.' (so never `..`).
    static func identifier(_ value: String, _ field: String) -> (String, String)? {
        let allowed = !value.isEmpty && value.utf8.count <= 128 && value.first != "." && value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
        return allowed ? nil : (field, "'\(value)' is not an id (letters, digits, '-', '_', '.')")
    }
}
