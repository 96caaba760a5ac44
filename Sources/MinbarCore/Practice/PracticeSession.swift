/// The practice state machine, with no terminal in sight: which scenario and beat are
/// open, what happens when a post is submitted (scored, a reaction chosen, the next beat
/// chosen by the branches), retrying a beat, and hints.
public struct PracticeSession {
    public enum Failure: Error, Equatable {
        case noScenarioOpen
        case unknownScenario(String, suggestion: String?)
        case unknownBeat(String, scenario: String, suggestion: String?)
        case emptyPost
        case scenarioEnded(String)
        case nothingToRetry
    }

    /// What a submitted post led to.
    public struct Outcome {
        public var scenario: Scenario
        public var beat: Beat
        public var report: ScoreReport
        /// What the post was judged against (policy, plan, platform, day).
        public var context: ScoringContext
        /// The reaction the post drew (the first whose condition held), if any.
        public var reaction: Reaction?
        /// The branch the post took, if one held (else the story fell through or ended).
        public var branch: Branch?
        /// The beat the scenario moves to; nil when it ended.
        public var next: Beat?
        /// Whether the post came after the beat's deadline.
        public var late: Bool = false
        /// The story before this post and after it (its result and `set:` changes applied).
        public var storyBefore: StoryState
        public var storyAfter: StoryState
    }

    public let scenarios: [Scenario]
    /// Makes the scoring context for a beat: the same builder `score` and `check` use.
    private let context: (Scenario, Beat) -> ScoringContext
    public private(set) var scenario: Scenario?
    public private(set) var beat: Beat?
    /// Set once a scenario has run past its last beat.
    public private(set) var ended = false
    /// The last outcome on the open scenario (for /hint and /retry).
    public private(set) var lastOutcome: Outcome?
    /// What the open scenario remembers: earlier beats' results and its counters.
    public private(set) var story = StoryState()

    /// - Parameter context: the scoring context for a beat of a scenario (its policy, plan,
    ///   platform and publication day).
    public init(scenarios: [Scenario], context: @escaping (Scenario, Beat) -> ScoringContext) {
        self.scenarios = scenarios
        self.context = context
    }

    /// The context a post on the open beat is scored in, if a scenario is open.
    public var currentContext: ScoringContext? {
        guard let scenario, let beat else { return nil }
        return context(scenario, beat)
    }

    /// Opens a scenario at its first beat, or at the beat named.
    @discardableResult
    public mutating func open(_ id: String, beat beatID: String? = nil) throws(Failure) -> Scenario {
        guard let found = scenarios.first(where: { $0.id == id }) else {
            throw .unknownScenario(id, suggestion: Suggestion.closestID(to: id, among: scenarios.map(\.id)))
        }
        var start = found.beats[0]
        if let beatID {
            guard let named = found.beat(beatID) else {
                throw .unknownBeat(beatID, scenario: id, suggestion: Suggestion.closestID(to: beatID, among: found.beats.map(\.id)))
            }
            start = named
        }
        scenario = found
        move(to: start)
        lastOutcome = nil
        story = StoryState(scenario: found)
        return found
    }

    private mutating func move(to beat: Beat) {
        self.beat = beat
        ended = false
    }

    /// Scores a post on the open beat, plays the reaction and moves to the next beat.
    /// - Parameter late: the post came after the beat's deadline (the caller keeps the clock).
    public mutating func submit(_ text: String, late: Bool = false) throws(Failure) -> Outcome {
        guard let scenario, let beat else { throw .noScenarioOpen }
        guard !ended else { throw .scenarioEnded(scenario.id) }
        guard !text.trimmingWhitespace().isEmpty else { throw .emptyPost }
        let scoring = context(scenario, beat)
        let report = scoring.score(text)
        let moment = StoryMoment(post: report, beat: beat.id, before: story, late: late)
        let step = PracticeSession.step(beat, in: scenario, for: moment)
        let outcome = Outcome(scenario: scenario, beat: beat, report: report, context: scoring, reaction: step.reaction,
                              branch: step.branch, next: step.next, late: late, storyBefore: story, storyAfter: step.after)
        lastOutcome = outcome
        story = step.after
        if let next = step.next { move(to: next) } else { ended = true }
        return outcome
    }

    /// One step of the story, the same in practice and in the randomtest: the reaction
    /// the post draws and the branch it takes are chosen on the story before it; then
    /// its result is recorded and the reaction's and branch's `set:` changes applied.
    public static func step<Post>(_ beat: Beat, in scenario: Scenario, for moment: StoryMoment<Post>)
        -> (reaction: Reaction?, reactionIndex: Int?, branch: Branch?, branchIndex: Int?, next: Beat?, after: StoryState) {
        let reactionIndex = beat.reactions.firstIndex { $0.condition?.holds(in: moment) ?? true }
        let branchIndex = beat.branches.firstIndex { $0.condition?.holds(in: moment) ?? true }
        let reaction = reactionIndex.map { beat.reactions[$0] }
        let branch = branchIndex.map { beat.branches[$0] }
        let next: Beat?
        if let branch {
            switch branch.target {
            case .end: next = nil
            case .beat(let id): next = scenario.beat(id)
            }
        } else if let index = scenario.beats.firstIndex(where: { $0.id == beat.id }), index + 1 < scenario.beats.count {
            next = scenario.beats[index + 1]
        } else {
            next = nil
        }
        let after = moment.after((reaction?.changes ?? []) + (branch?.changes ?? []))
        return (reaction, reactionIndex, branch, branchIndex, next, after)
    }

    /// Where the branches of `beat` send a post with no story before it: the first that
    /// holds, else the next beat in the file; nil when the scenario ends.
    public static func nextBeat(after beat: Beat, in scenario: Scenario, for report: ScoreReport) -> Beat? {
        step(beat, in: scenario, for: StoryMoment(post: report, beat: beat.id, before: StoryState(scenario: scenario))).next
    }

    /// Moves the open scenario to another beat without a post (a facilitator steering
    /// the room). The story keeps what happened so far.
    @discardableResult
    public mutating func jump(to id: String) throws(Failure) -> Beat {
        guard let scenario else { throw .noScenarioOpen }
        guard let target = scenario.beat(id.lowercased()) else {
            throw .unknownBeat(id, scenario: scenario.id, suggestion: Suggestion.closestID(to: id, among: scenario.beats.map(\.id)))
        }
        move(to: target)
        return target
    }

    /// Goes back to the beat of the last attempt, to write it again.
    @discardableResult
    public mutating func retry() throws(Failure) -> Beat {
        guard let outcome = lastOutcome else { throw .nothingToRetry }
        move(to: outcome.beat)
        // The retried post's result and changes are undone: the story is as it was.
        story = outcome.storyBefore
        return outcome.beat
    }

    /// What the open beat's goals still need, never the words to write: the move each
    /// missed goal needs and the information it takes, from the structured goal status
    /// of the last attempt on this beat (all goals before any attempt). In the language
    /// of the last post, or the scenario's before one.
    public func hints() -> [String] {
        guard let beat, let scenario else { return [] }
        let report = lastOutcome.flatMap { $0.beat.id == beat.id ? $0.report : nil }
        let language: PostLanguage = report.map { $0.language == .mixed ? (scenario.language == .ar ? .ar : .en) : $0.language }
            ?? (scenario.language == .ar ? .ar : .en)
        let arabic = language == .ar
        var hints: [String] = []
        // The last draft was in a language the goals' words are not: say so before the moves.
        if let report, beat.goals.contains(where: { !$0.canBeMet(byDraftIn: report.language) }) {
            hints.append(report.language == .ar
                ? "أهداف هذه المرحلة مكتوبة بالإنجليزية: اكتب مسودتك بالإنجليزية لتُحتسب."
                : "This beat's goals are worded in Arabic: write your draft in Arabic for them to count.")
        }
        for (index, goal) in beat.goals.enumerated() {
            let status = report?.goals.first { $0.index == index }
            if status?.met ?? false {
                let lacking = status?.missingNeeds ?? []
                if !lacking.isEmpty {
                    hints.append((arabic ? "«\(goal.label)» متحقق؛ " : "'\(goal.label)' is there; ")
                                 + lacking.map { $0.describe(language).how }.joined(separator: " "))
                }
                continue
            }
            var hint = goal.move.instruction(about: goal.label, language)
            for need in goal.needs where !goal.move.covers(need) { hint += " " + need.describe(language).how }
            if status?.state == .listOnly {
                hint += arabic ? " اكتبها جملة كاملة، لا قائمة كلمات." : " Write it as a sentence, not a list of words."
            } else if status?.state == .moveElsewhere {
                hint += arabic ? " في منشورك هذه الخطوة، لكن لا عن «\(goal.label)»." : " Your post makes this move, but not about '\(goal.label)'."
            }
            hints.append(hint)
        }
        if let report, report.verdict == .blocked {
            // Every finding that vetoes: an attack blocks a post as a policy breach does
            // (listing only compliance errors left "Remove what breaks policy first: .").
            let rules = Set(report.findings.filter { Veto.vetoes($0) && $0.ruleID != Veto.ruleID }.map(\.ruleID)).sorted().joined(separator: ", ")
            hints.append((arabic ? "أزل أولاً ما يمنع نشر المنشور: " : "Remove what stops this post first: ") + rules + ".")
        }
        if hints.isEmpty {
            if report == nil {
                hints.append(arabic ? "لا أهداف لهذه المرحلة: اكتب ما تتطلبه اللحظة." : "This beat has no goals: write what the moment calls for.")
            } else {
                hints.append(arabic ? "حقق منشورك الأخير كل الأهداف. حسّن النبرة أو انتقل بـ /next."
                             : "Your last post met every goal. Tighten the tone, or move on with /next.")
            }
        }
        return hints
    }

    /// The scenario after the open one in catalogue order (wrapping round).
    public func nextScenarioID() -> String? {
        guard !scenarios.isEmpty else { return nil }
        guard let scenario, let index = scenarios.firstIndex(where: { $0.id == scenario.id }) else { return scenarios[0].id }
        return scenarios[(index + 1) % scenarios.count].id
    }
}

import Foundation
