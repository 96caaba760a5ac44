/// What a scenario remembers as it unfolds: the result of every post so far (so a later
/// beat can ask how `t0` went) and the named counters and flags a `## State` section
/// declares and reactions and branches change with `set:`.
public struct StoryState: Sendable, Equatable {
    /// One scored post, as later conditions see it.
    public struct BeatResult: Sendable, Equatable {
        public var beat: String
        public var scores: [Condition.ScoreName: Double]
        public var ruleIDs: [String]
        public var verdict: Verdict
        public var late: Bool

        public init(beat: String, scores: [Condition.ScoreName: Double], ruleIDs: [String], verdict: Verdict, late: Bool = false) {
            self.beat = beat
            self.scores = scores
            self.ruleIDs = ruleIDs
            self.verdict = verdict
            self.late = late
        }

        public init(beat: String, subject: some ConditionSubject, late: Bool = false) {
            var scores: [Condition.ScoreName: Double] = [:]
            for name in Condition.ScoreName.allCases { scores[name] = subject.score(name) }
            self.init(beat: beat, scores: scores, ruleIDs: subject.ruleIDs, verdict: subject.verdict, late: late)
        }
    }

    /// Counters and flags by name (a flag is a counter that is 0 or 1).
    public var counters: [String: Int]
    /// Every post so far, oldest first.
    public var results: [BeatResult]

    /// The state a scenario starts in: its declared initial values, no posts.
    public init(scenario: Scenario) {
        counters = Dictionary(scenario.state.map { ($0.name, $0.initial) }, uniquingKeysWith: { first, _ in first })
        results = []
    }

    public init(counters: [String: Int] = [:], results: [BeatResult] = []) {
        self.counters = counters
        self.results = results
    }

    /// Applies `set:` changes in order.
    public mutating func apply(_ changes: [StateChange]) {
        for change in changes {
            switch change.operation {
            case .add(let amount): counters[change.name, default: 0] += amount
            case .assign(let value): counters[change.name] = value
            }
        }
    }
}

/// A counter or flag a scenario declares in `## State`: `- trust: 0`, `- lawyer-called: no`.
public struct StateVariable: Sendable, Equatable {
    public var name: String
    public var initial: Int
    /// Declared with `yes`/`no`: shown and tested as a flag.
    public var isFlag: Bool
    public var location: SourceLocation
}

/// `set: trust - 1`, `set: trust = 3`, `set: lawyer-called` (a flag on), `set: not
/// lawyer-called` (off), written after a reaction or branch.
public struct StateChange: Sendable, Equatable, CustomStringConvertible {
    public enum Operation: Sendable, Equatable {
        case add(Int)
        case assign(Int)
    }
    public var name: String
    public var operation: Operation
    public var location: SourceLocation

    public var description: String {
        switch operation {
        case .add(let amount): amount < 0 ? "\(name) - \(-amount)" : "\(name) + \(amount)"
        case .assign(let value): "\(name) = \(value)"
        }
    }
}

/// A post in the story: its own result, the story before it, and whether it came after
/// the beat's deadline. Conditions on earlier beats, running averages, counters and
/// `late` read it; everything else reads the post.
public struct StoryMoment<Post: ConditionSubject>: ConditionSubject {
    public var post: Post
    public var beat: String
    /// The story before this post (its counters are what conditions compare).
    public var before: StoryState
    public var isLate: Bool

    public init(post: Post, beat: String, before: StoryState, late: Bool = false) {
        self.post = post
        self.beat = beat
        self.before = before
        self.isLate = late
    }

    public func score(_ name: Condition.ScoreName) -> Double? { post.score(name) }
    public var ruleIDs: [String] { post.ruleIDs }
    public var verdict: Verdict { post.verdict }

    /// Earlier posts and this one, oldest first.
    public var history: [StoryState.BeatResult] {
        before.results + [StoryState.BeatResult(beat: beat, subject: post, late: isLate)]
    }

    public var counters: [String: Int] { before.counters }

    /// The story after this post: its result recorded, then the changes applied.
    public func after(_ changes: [StateChange]) -> StoryState {
        var state = before
        state.results.append(StoryState.BeatResult(beat: beat, subject: post, late: isLate))
        state.apply(changes)
        return state
    }
}
