/// How much a diagnostic matters: an error stops the file (or the item) from loading;
/// a warning is worth fixing but the file still works.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}
