/// The three scores of a post and the overall one, each 0-100.
public struct Scores: Sendable, Equatable {
    public var professionalism: Int
    /// Nil when neither a scenario nor a plan gives the post goals.
    public var alignment: Int?
    public var compliance: Int
    public var overall: Int

    public func value(_ dimension: Dimension) -> Int? {
        switch dimension {
        case .professionalism: professionalism
        case .alignment: alignment
        case .compliance: compliance
        }
    }
}

/// Everything Minbar says about one post. The same input always gives the same report.
public struct ScoreReport: Sendable, Equatable, ConditionSubject {
    public var text: String
    public var language: PostLanguage
    public var scores: Scores
    public var verdict: Verdict
    /// Errors first, then by position, then by rule id.
    public var findings: [Finding]
    /// With a plan: ids of the objectives the post advances, and the evidence it cites.
    public var objectives: [String] = []
    public var evidence: [String] = []
    /// With a scenario: how far the post got with each goal (hints read this).
    public var goals: [GoalStatus] = []
    /// What the post did well, in the order it did it.
    public var strengths: [Strength] = []

    public func score(_ name: Condition.ScoreName) -> Double? {
        switch name {
        case .professionalism: Double(scores.professionalism)
        case .alignment: scores.alignment.map(Double.init)
        case .compliance: Double(scores.compliance)
        case .overall: Double(scores.overall)
        }
    }

    public var ruleIDs: [String] { findings.map(\.ruleID) }
}
