/// Decides whether a condition can ever hold, so the trainer's quicktest can warn about
/// reactions and branches that never fire. Scores are whole numbers from 0 to 100;
/// findings are independent except that a rule implies its family (`policy.mnpi`
/// implies `policy.*`); a post has exactly one verdict.
///
/// The answer errs towards "can hold": when a condition is too large to expand, it is
/// assumed satisfiable, so a warning is only given when it is certain.
public enum ConditionSatisfiability {
    /// - Parameter alignmentAvailable: false where the beat has no goals, so the post
    ///   has no alignment score and every alignment comparison is false.
    public static func canHold(_ condition: Condition, unless earlier: [Condition] = [], alignmentAvailable: Bool = true) -> Bool {
        var terms = dnf(condition, negated: false, alignment: alignmentAvailable)
        for previous in earlier {
            guard let current = terms, let negatedPrevious = dnf(previous, negated: true, alignment: alignmentAvailable) else {
                return true
            }
            terms = conjoin(current, negatedPrevious)
        }
        guard let terms else { return true }
        return terms.contains(where: isSatisfiable)
    }

    /// Whether `otherwise` after `earlier` can still be reached.
    public static func otherwiseReachable(after earlier: [Condition], alignmentAvailable: Bool = true) -> Bool {
        guard let first = earlier.first else { return true }
        return canHold(.not(first), unless: Array(earlier.dropFirst()), alignmentAvailable: alignmentAvailable)
    }

    enum Literal {
        /// A number compared: a score (`overall`), a running average (`average overall`)
        /// or a counter (`counter trust`).
        case range(String, Condition.Comparison, Double)
        case finding(String, Bool)
        case verdict(Verdict, Bool)
        /// A test on the story the reasoning treats as independent (an earlier beat's
        /// result, `any …`, `late`): only `x and not x` is a contradiction.
        case atom(String, Bool)
    }

    /// Counters have no natural bounds; these keep the arithmetic finite.
    static let counterBounds = -1_000_000...1_000_000

    typealias Term = [Literal]
    static let maximumTerms = 512

    static func dnf(_ condition: Condition, negated: Bool, alignment: Bool) -> [Term]? {
        switch condition {
        case .score(let name, let comparison, let value):
            if name == .alignment && !alignment { return negated ? [[]] : [] }
            return [[.range(name.rawValue, negated ? comparison.negated : comparison, value)]]
        case .finding(let pattern):
            return [[.finding(pattern, !negated)]]
        case .verdict(let verdict):
            return [[.verdict(verdict, !negated)]]
        case .average(let name, let comparison, let value):
            return [[.range("average \(name.rawValue)", negated ? comparison.negated : comparison, value)]]
        case .counter(let name, let comparison, let value):
            return [[.range("counter \(name)", negated ? comparison.negated : comparison, value)]]
        case .flag(let name):
            return [[.range("counter \(name)", negated ? .equal : .notEqual, 0)]]
        case .earlier, .any, .late:
            return [[.atom(condition.description, !negated)]]
        case .not(let inner):
            return dnf(inner, negated: !negated, alignment: alignment)
        case .and(let lhs, let rhs), .or(let lhs, let rhs):
            let isAnd: Bool = if case .and = condition { true } else { false }
            guard let left = dnf(lhs, negated: negated, alignment: alignment),
                let right = dnf(rhs, negated: negated, alignment: alignment)
            else { return nil }
            // De Morgan: a negated `and` is an `or` of negations, and the other way round.
            if isAnd != negated { return conjoin(left, right) }
            let union = left + right
            return union.count > maximumTerms ? nil : union
        }
    }

    static func conjoin(_ left: [Term], _ right: [Term]) -> [Term]? {
        guard left.count * right.count <= maximumTerms else { return nil }
        var result: [Term] = []
        for a in left { for b in right { result.append(a + b) } }
        return result
    }

    static func isSatisfiable(_ term: Term) -> Bool {
        var low: [String: Int] = [:]
        var high: [String: Int] = [:]
        var excluded: [String: Set<Int>] = [:]
        var bounds: [String: ClosedRange<Int>] = [:]
        var atoms: [String: Bool] = [:]
        var present: [String] = []
        var absent: [String] = []
        var verdicts: [Verdict] = []
        var notVerdicts: Set<Verdict> = []
        for literal in term {
            switch literal {
            case .atom(let key, let positive):
                if let seen = atoms[key], seen != positive { return false }
                atoms[key] = positive
            case .range(let name, let comparison, let value):
                let range = name.hasPrefix("counter ") ? counterBounds : 0...100
                bounds[name] = range
                var lo = low[name] ?? range.lowerBound, hi = high[name] ?? range.upperBound
                switch comparison {
                case .less: hi = min(hi, Int((value - 1).rounded(.up)))
                case .lessOrEqual: hi = min(hi, Int(value.rounded(.down)))
                case .greater: lo = max(lo, Int((value + 1).rounded(.down)))
                case .greaterOrEqual: lo = max(lo, Int(value.rounded(.up)))
                case .equal:
                    guard value == value.rounded() else { return false }
                    lo = max(lo, Int(value)); hi = min(hi, Int(value))
                case .notEqual:
                    if value == value.rounded() { excluded[name, default: []].insert(Int(value)) }
                }
                low[name] = lo; high[name] = hi
            case .finding(let pattern, let positive):
                if positive { present.append(pattern) } else { absent.append(pattern) }
            case .verdict(let verdict, let positive):
                if positive { verdicts.append(verdict) } else { notVerdicts.insert(verdict) }
            }
        }
        for (name, range) in bounds {
            let lo = low[name] ?? range.lowerBound, hi = high[name] ?? range.upperBound
            guard lo <= hi else { return false }
            let holes = (excluded[name] ?? []).filter { (lo...hi).contains($0) }.count
            if hi - lo + 1 - holes <= 0 { return false }
        }
        // A present finding is some rule id; it contradicts an absent pattern that covers it.
        for pattern in present {
            let example = pattern.hasSuffix(".*") || pattern == "*" ? nil : pattern
            for excludedPattern in absent {
                if excludedPattern == pattern || excludedPattern == "*" { return false }
                if let example, Condition.rule(example, matches: excludedPattern) { return false }
                if pattern.hasSuffix(".*"), excludedPattern.hasSuffix(".*"),
                    pattern.hasPrefix(excludedPattern.dropLast()) { return false }
            }
        }
        if Set(verdicts).count > 1 { return false }
        if let verdict = verdicts.first, notVerdicts.contains(verdict) { return false }
        if notVerdicts.count == Verdict.allCases.count { return false }
        return true
    }
}
