import Foundation

/// A test on a scored post, used by reactions and branches:
/// `alignment >= 80`, `finding policy.mnpi`, `verdict blocked`, combined with
/// `not`, `and`, `or` and parentheses.
public indirect enum Condition: Sendable, Equatable, CustomStringConvertible {
    case score(ScoreName, Comparison, Double)
    /// A finding whose rule id equals the pattern, or starts with it when it ends in `.*`.
    case finding(String)
    case verdict(Verdict)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    public enum ScoreName: String, Sendable, CaseIterable {
        case professionalism, alignment, compliance, overall
    }

    public enum Comparison: String, Sendable, CaseIterable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="

        public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
            switch self {
            case .less: lhs < rhs
            case .lessOrEqual: lhs <= rhs
            case .greater: lhs > rhs
            case .greaterOrEqual: lhs >= rhs
            case .equal: lhs == rhs
            case .notEqual: lhs != rhs
            }
        }

        public var negated: Comparison {
            switch self {
            case .less: .greaterOrEqual
            case .lessOrEqual: .greater
            case .greater: .lessOrEqual
            case .greaterOrEqual: .less
            case .equal: .notEqual
            case .notEqual: .equal
            }
        }
    }

    /// Whether the condition holds for a scored post. A comparison on a score the post
    /// does not have (alignment without goals) does not hold.
    public func holds(in outcome: some ConditionSubject) -> Bool {
        switch self {
        case .score(let name, let comparison, let value):
            guard let score = outcome.score(name) else { return false }
            return comparison.holds(score, value)
        case .finding(let pattern):
            return outcome.ruleIDs.contains { Condition.rule($0, matches: pattern) }
        case .verdict(let verdict):
            return outcome.verdict == verdict
        case .not(let inner):
            return !inner.holds(in: outcome)
        case .and(let lhs, let rhs):
            return lhs.holds(in: outcome) && rhs.holds(in: outcome)
        case .or(let lhs, let rhs):
            return lhs.holds(in: outcome) || rhs.holds(in: outcome)
        }
    }

    /// `policy.mnpi` matches `policy.mnpi` and `policy.*`; `*` matches every rule.
    public static func rule(_ id: String, matches pattern: String) -> Bool {
        if pattern == "*" { return true }
        if pattern.hasSuffix(".*") { return id.hasPrefix(pattern.dropLast()) }
        return id == pattern
    }

    public var description: String {
        switch self {
        case .score(let name, let comparison, let value):
            let number = value == value.rounded() ? String(Int(value)) : String(value)
            return "\(name.rawValue) \(comparison.rawValue) \(number)"
        case .finding(let pattern): return "finding \(pattern)"
        case .verdict(let verdict): return "verdict \(verdict.rawValue)"
        case .not(let inner): return "not \(inner.parenthesisedDescription)"
        case .and(let lhs, let rhs): return "\(lhs.parenthesisedDescription) and \(rhs.parenthesisedDescription)"
        case .or(let lhs, let rhs): return "\(lhs) or \(rhs)"
        }
    }

    private var parenthesisedDescription: String {
        if case .or = self { return "(\(self))" }
        return description
    }
}

/// What a condition looks at: a scored post's scores, findings and verdict.
public protocol ConditionSubject {
    func score(_ name: Condition.ScoreName) -> Double?
    var ruleIDs: [String] { get }
    var verdict: Verdict { get }
}
