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
        /// The reaction the post drew (the first whose condition held), if any.
        public var reaction: Reaction?
        /// The beat the scenario moves to; nil when it ended.
        public var next: Beat?
    }

    public let scenarios: [Scenario]
    private let engine: (Scenario) -> ScoringEngine
    /// The plan posts are scored against, if any (objectives and evidence).
    public var plan: PreparedPlan?
    public private(set) var scenario: Scenario?
    public private(set) var beat: Beat?
    /// Set once a scenario has run past its last beat.
    public private(set) var ended = false
    /// The last outcome on the open scenario (for /hint and /retry).
    public private(set) var lastOutcome: Outcome?
    private var prepared: PreparedBeat?

    /// - Parameter engine: the scoring engine for a scenario (its policy decides which).
    public init(scenarios: [Scenario], engine: @escaping (Scenario) -> ScoringEngine) {
        self.scenarios = scenarios
        self.engine = engine
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
        if let scenario { prepared = PreparedBeat(scenario: scenario, beat: beat) }
    }

    /// Scores a post on the open beat, plays the reaction and moves to the next beat.
    public mutating func submit(_ text: String) throws(Failure) -> Outcome {
        guard let scenario, let beat, let prepared else { throw .noScenarioOpen }
        guard !ended else { throw .scenarioEnded(scenario.id) }
        guard !text.trimmingWhitespace().isEmpty else { throw .emptyPost }
        let report = engine(scenario).score(text, beat: prepared, plan: plan)
        let reaction = beat.reactions.first { $0.condition?.holds(in: report) ?? true }
        let next = PracticeSession.nextBeat(after: beat, in: scenario, for: report)
        let outcome = Outcome(scenario: scenario, beat: beat, report: report, reaction: reaction, next: next)
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
            }
            hints.append(hint)
        }
        if let report, report.verdict == .blocked {
            let rules = Set(report.findings.filter { $0.dimension == .compliance && $0.severity == .error }.map(\.ruleID)).sorted().joined(separator: ", ")
            hints.append((arabic ? "أزل أولاً ما يخالف السياسة: " : "Remove what breaks policy first: ") + rules + ".")
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
