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
    /// The latest post on an earlier (or this) beat: `t0.verdict blocked`,
    /// `t0.overall < 50`, `t0.finding tone.blame`. False when the beat was not played.
    case earlier(beat: String, Condition)
    /// Any post so far, this one included: `any finding policy.*`, `any verdict blocked`.
    case any(Condition)
    /// The mean of a score over the posts so far, this one included: `average overall >= 70`.
    case average(ScoreName, Comparison, Double)
    /// A counter declared in `## State`: `trust < 0`.
    case counter(String, Comparison, Double)
    /// A flag (or counter) declared in `## State` that is on (not 0): `lawyer-called`.
    case flag(String)
    /// The post came after the beat's `deadline:`.
    case late

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
        case .earlier(let beat, let inner):
            guard let result = outcome.history.last(where: { $0.beat == beat }) else { return false }
            return inner.holds(in: result)
        case .any(let inner):
            let history = outcome.history
            if history.isEmpty { return inner.holds(in: StoryState.BeatResult(beat: "", subject: outcome)) }
            return history.contains { inner.holds(in: $0) }
        case .average(let name, let comparison, let value):
            let history = outcome.history.isEmpty ? [StoryState.BeatResult(beat: "", subject: outcome)] : outcome.history
            let scores = history.compactMap { $0.scores[name] }
            guard !scores.isEmpty else { return false }
            return comparison.holds(scores.reduce(0, +) / Double(scores.count), value)
        case .counter(let name, let comparison, let value):
            return comparison.holds(Double(outcome.counters[name] ?? 0), value)
        case .flag(let name):
            return (outcome.counters[name] ?? 0) != 0
        case .late:
            return outcome.isLate
        }
    }

    /// Whether the condition reads the story (earlier beats, averages, counters, flags,
    /// `late`) rather than only the post: one example post cannot show it holds.
    public var readsStory: Bool {
        parts.contains {
            switch $0 {
            case .earlier, .any, .average, .counter, .flag, .late: true
            default: false
            }
        }
    }

    /// Every part of the condition, itself included, depth first.
    public var parts: [Condition] {
        switch self {
        case .not(let inner), .earlier(_, let inner), .any(let inner): [self] + inner.parts
        case .and(let lhs, let rhs), .or(let lhs, let rhs): [self] + lhs.parts + rhs.parts
        default: [self]
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
        case .earlier(let beat, let inner): return "\(beat).\(inner)"
        case .any(let inner): return "any \(inner)"
        case .average(let name, let comparison, let value):
            return "average " + Condition.score(name, comparison, value).description
        case .counter(let name, let comparison, let value):
            let number = value == value.rounded() ? String(Int(value)) : String(value)
            return "\(name) \(comparison.rawValue) \(number)"
        case .flag(let name): return name
        case .late: return "late"
        }
    }

    private var parenthesisedDescription: String {
        if case .or = self { return "(\(self))" }
        return description
    }
}

/// What a condition looks at: a scored post's scores, findings and verdict, and in a
/// story (see `StoryMoment`) the posts so far, the counters and whether it was late.
public protocol ConditionSubject {
    func score(_ name: Condition.ScoreName) -> Double?
    var ruleIDs: [String] { get }
    var verdict: Verdict { get }
    /// The posts so far, this one last; empty outside a story.
    var history: [StoryState.BeatResult] { get }
    var counters: [String: Int] { get }
    var isLate: Bool { get }
}

extension ConditionSubject {
    public var history: [StoryState.BeatResult] { [] }
    public var counters: [String: Int] { [:] }
    public var isLate: Bool { false }
}

extension StoryState.BeatResult: ConditionSubject {
    public func score(_ name: Condition.ScoreName) -> Double? { scores[name] }
    public var isLate: Bool { late }
}
