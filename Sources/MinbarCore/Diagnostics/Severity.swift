/// How much a diagnostic matters: an error stops the file (or the item) from loading;
/// a warning is worth fixing but the file still works; a note says something the
/// author meant to do (a trainer's scenario taking a bundled one's place) or what Minbar
/// assumed (a goal's inferred move), for the record; it never fails a check.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
