/// The practice state machine, with no terminal in sight: which scenario and beat are
/// open, what happens when a post is submitted (scored, a reaction chosen, the next beat
/// chosen by the branches), retrying a beat, and hints.
public struct PracticeSession {
    public enum Failure: Error, Equatable {
        case noScenarioOpen
        case unknownScenario(String, suggestion: String?)
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
        /// The beat the scenario moves to; nil when it ended.
        public var next: Beat?
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

    /// Opens a scenario at its first beat.
    @discardableResult
    public mutating func open(_ id: String) throws(Failure) -> Scenario {
        guard let found = scenarios.first(where: { $0.id == id }) else {
            throw .unknownScenario(id, suggestion: Suggestion.closest(to: id, among: scenarios.map(\.id)))
        }
        scenario = found
        move(to: found.beats[0])
        lastOutcome = nil
        return found
    }

    private mutating func move(to beat: Beat) {
        self.beat = beat
        ended = false
    }

    /// Scores a post on the open beat, plays the reaction and moves to the next beat.
    public mutating func submit(_ text: String) throws(Failure) -> Outcome {
        guard let scenario, let beat else { throw .noScenarioOpen }
        guard !ended else { throw .scenarioEnded(scenario.id) }
        guard !text.trimmingWhitespace().isEmpty else { throw .emptyPost }
        let scoring = context(scenario, beat)
        let report = scoring.score(text)
        let reaction = beat.reactions.first { $0.condition?.holds(in: report) ?? true }
        let next = PracticeSession.nextBeat(after: beat, in: scenario, for: report)
        let outcome = Outcome(scenario: scenario, beat: beat, report: report, context: scoring, reaction: reaction, next: next)
        lastOutcome = outcome
        if let next { move(to: next) } else { ended = true }
        return outcome
    }

    /// Where the branches of `beat` send a post: the first that holds, else the next beat
    /// in the file; nil when the scenario ends.
    public static func nextBeat(after beat: Beat, in scenario: Scenario, for report: ScoreReport) -> Beat? {
        if let branch = beat.branches.first(where: { $0.condition?.holds(in: report) ?? true }) {
            switch branch.target {
            case .end: return nil
            case .beat(let id): return scenario.beat(id)
            }
        }
        guard let index = scenario.beats.firstIndex(where: { $0.id == beat.id }), index + 1 < scenario.beats.count else { return nil }
        return scenario.beats[index + 1]
    }

    /// Goes back to the beat of the last attempt, to write it again.
    @discardableResult
    public mutating func retry() throws(Failure) -> Beat {
        guard let outcome = lastOutcome else { throw .nothingToRetry }
        move(to: outcome.beat)
        return outcome.beat
    }

    /// What the open beat's goals still need, never the words to write: goals the last
    /// attempt on this beat missed (all goals before any attempt) and evidence it lacked.
    public func hints() -> [String] {
        guard let beat else { return [] }
        let report = lastOutcome.flatMap { $0.beat.id == beat.id ? $0.report : nil }
        var hints: [String] = []
        for goal in beat.goals {
            let missed = report?.findings.contains { $0.ruleID == "goal.missing" && $0.message.contains("'\(goal.label)'") } ?? true
            let lacking = report?.findings.filter { $0.ruleID == "goal.needs" && $0.message.contains("'\(goal.label)'") } ?? []
            if missed {
                let needs = goal.needs.isEmpty ? "" : " (with " + goal.needs.map { GoalNeedsRule.describe($0).what }.joined(separator: ", ") + ")"
                hints.append("Address '\(goal.label)'\(needs).")
            } else if !lacking.isEmpty {
                hints.append("'\(goal.label)' is there; back it with " + lacking.map { $0.message.components(separatedBy: "lacks ").last ?? "" }
                    .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: " and ") + ".")
            }
        }
        if let report, report.verdict == .blocked {
            hints.append("Remove what breaks policy first: " + Set(report.findings.filter { $0.dimension == .compliance && $0.severity == .error }.map(\.ruleID)).sorted().joined(separator: ", ") + ".")
        }
        if hints.isEmpty { hints.append(report == nil ? "This beat has no goals: write what the moment calls for." : "Your last post met every goal. Tighten the tone, or move on with /next.") }
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
