import Foundation

/// What an imported attempt must satisfy to be believed: everything Minbar itself could
/// have written. A file with one impossible attempt is refused whole (a file that lies
/// in one place cannot be trusted in the others), naming the attempt and the field.
public enum ImportValidation {
    /// One impossible value: which attempt (1-based, in file order), which field, why.
    public struct Problem: Error, Equatable, Sendable {
        public var attempt: Int
        public var field: String
        public var reason: Reason
    }

    /// Why a value is impossible, told in the interface's language (`text(in:)`).
    public enum Reason: Equatable, Sendable {
        case outsideScoreRange(Int)
        case wrongSchema(found: Int, expected: Int)
        case outsideDateRange(String)
        case notAnIdentifier(String)
        case notOneOf(String, allowed: [String])
        case tooLarge(bytes: Int, limit: Int)
        case negative(String)
        case unknownRule(String)
        case spanOutsidePost(start: Int, end: Int, length: Int)

        public func text(in language: Language) -> String {
            // Values from the file are Latin runs in an Arabic line: isolated left to right.
            func value(_ text: String) -> String { language == .ar ? "\u{200E}\(text)\u{200E}" : text }
            switch (self, language) {
            case (.outsideScoreRange(let score), .ar): return "\(score) خارج المدى 0-100"
            case (.outsideScoreRange(let score), _): return "\(score) is outside 0-100"
            case (.wrongSchema(let found, let expected), .ar): return "\(found) ليس \(expected)"
            case (.wrongSchema(let found, let expected), _): return "\(found) is not \(expected)"
            case (.outsideDateRange(let date), .ar): return "\(value(date)) ليس بين ٢٠٠٠ و٢١٠٠"
            case (.outsideDateRange(let date), _): return "\(date) is not between 2000 and 2100"
            case (.notAnIdentifier(let id), .ar): return "\(value("'" + id + "'")) ليس معرّفاً (حروف وأرقام و\(value("'-' '_' '.'")))"
            case (.notAnIdentifier(let id), _): return "'\(id)' is not an id (letters, digits, '-', '_', '.')"
            case (.notOneOf(let found, let allowed), .ar):
                return "\(value("'" + found + "'")) ليس واحداً من \(value(allowed.joined(separator: ", ")))"
            case (.notOneOf(let found, let allowed), _): return "'\(found)' is not one of \(allowed.joined(separator: ", "))"
            case (.tooLarge(let bytes, let limit), .ar): return "\(bytes) بايت، أكثر من الحد \(limit)"
            case (.tooLarge(let bytes, let limit), _): return "\(bytes) bytes is more than the limit of \(limit)"
            case (.negative(let number), .ar): return "\(number) قيمة سالبة"
            case (.negative(let number), _): return "\(number) is negative"
            case (.unknownRule(let id), .ar): return "\(value("'" + id + "'")) ليست قاعدة في هذا الإصدار من Minbar"
            case (.unknownRule(let id), _): return "'\(id)' is not a rule of this Minbar"
            case (.spanOutsidePost(let start, let end, let length), .ar): return "\(start)-\(end) خارج المنشور (\(length) حرفاً)"
            case (.spanOutsidePost(let start, let end, let length), _): return "\(start)-\(end) is not inside the post (\(length) characters)"
            }
        }
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

    static func problem(in record: AttemptRecord) -> (String, Reason)? {
        func score(_ value: Int, _ field: String) -> (String, Reason)? {
            (0...100).contains(value) ? nil : (field, .outsideScoreRange(value))
        }
        if record.schemaVersion != AttemptRecord.schemaVersion {
            return ("schemaVersion", .wrongSchema(found: record.schemaVersion, expected: AttemptRecord.schemaVersion))
        }
        if record.time < earliest || record.time > latest {
            return ("time", .outsideDateRange(ISO8601DateFormatter().string(from: record.time)))
        }
        if let problem = identifier(record.scenario, "scenario") ?? identifier(record.beat, "beat") { return problem }
        if let next = record.nextBeat, let problem = identifier(next, "nextBeat") { return problem }
        if ScenarioKind(rawValue: record.kind) == nil {
            return ("kind", .notOneOf(record.kind, allowed: ScenarioKind.allCases.map(\.rawValue)))
        }
        if Platform(rawValue: record.platform) == nil {
            return ("platform", .notOneOf(record.platform, allowed: Platform.allCases.map(\.rawValue)))
        }
        if PostLanguage(rawValue: record.language) == nil {
            return ("language", .notOneOf(record.language, allowed: PostLanguage.allCases.map(\.rawValue)))
        }
        let size = record.post.utf8.count
        if size > ScoringEngine.maximumPostBytes {
            return ("post", .tooLarge(bytes: size, limit: ScoringEngine.maximumPostBytes))
        }
        if let problem = score(record.scores.professionalism, "scores.professionalism")
            ?? score(record.scores.compliance, "scores.compliance")
            ?? score(record.scores.overall, "scores.overall")
            ?? record.scores.alignment.flatMap({ score($0, "scores.alignment") }) {
            return problem
        }
        if let seconds = record.responseSeconds, seconds < 0 { return ("responseSeconds", .negative("\(seconds)")) }
        if let minutes = record.deadlineMinutes, minutes < 0 { return ("deadlineMinutes", .negative("\(minutes)")) }
        let length = record.post.unicodeScalars.count
        for (index, finding) in record.findings.enumerated() {
            let field = "findings[\(index + 1)]"
            if RuleRegistry.descriptor(id: finding.rule) == nil {
                return ("\(field).rule", .unknownRule(finding.rule))
            }
            if !(0...100).contains(finding.penalty) { return ("\(field).penalty", .outsideScoreRange(finding.penalty)) }
            if finding.start < 0 || finding.start > finding.end || finding.end > length {
                return ("\(field).start/end", .spanOutsidePost(start: finding.start, end: finding.end, length: length))
            }
        }
        return nil
    }

    /// Ids become parts of paths and lines on screen: lowercase letters, digits, '-',
    /// '_' and '.', not starting with '.' (so never `..`).
    static func identifier(_ value: String, _ field: String) -> (String, Reason)? {
        let allowed = !value.isEmpty && value.utf8.count <= 128 && value.first != "." && value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
        return allowed ? nil : (field, .notAnIdentifier(value))
    }
}
