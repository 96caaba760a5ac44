/// One thing a rule found in a post: what, where, why, and a better way. Every point a
/// post loses is the `penalty` of one finding.
public struct Finding: Sendable, Equatable {
    public var ruleID: String
    public var dimension: Dimension
    public var severity: FindingSeverity
    /// What is wrong and why, citing the practice it breaks.
    public var message: String
    /// Offsets in the original post, in Unicode scalars; `start == end` marks where
    /// something is missing (the end of the post).
    public var start: Int
    public var end: Int
    /// A concrete way to do better.
    public var suggestion: String
    /// Points taken from `dimension`.
    public var penalty: Int
    /// The words of the post the finding points at, taken when the post was matched
    /// (empty for a point where something is missing).
    public var excerpt: String

    public init(ruleID: String, dimension: Dimension, severity: FindingSeverity, message: String,
                start: Int, end: Int, suggestion: String, penalty: Int = 0, excerpt: String = "") {
        self.ruleID = ruleID
        self.dimension = dimension
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.suggestion = suggestion
        self.penalty = penalty
        self.excerpt = excerpt
    }
}
