/// What a score measures.
public enum Dimension: String, Sendable, CaseIterable, Codable {
    /// Tone, clarity, platform fit: no attacks, hype, self-glory or slang.
    case professionalism
    /// Whether the post serves the scenario's goals (or the plan's objectives), with evidence.
    case alignment
    /// Whether the organisation's social media and disclosure policy allows it.
    case compliance
}

/// How much a finding matters. Any compliance `error` blocks the post.
public enum FindingSeverity: String, Sendable, CaseIterable, Codable, Comparable {
    case error, warning, note

    /// The place in `allCases` (error, warning, note), without building `allCases` per
    /// comparison: findings are sorted by severity for every post.
    @inline(__always)
    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        lhs.rank < rhs.rank
    }
}
