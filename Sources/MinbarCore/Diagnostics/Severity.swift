/// How much a diagnostic matters: an error stops the file (or the item) from loading;
/// a warning is worth fixing but the file still works; a note tells the author what
/// Minbar assumed (a goal's inferred move) and never fails a check.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case error
    case warning
    case note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }
}
