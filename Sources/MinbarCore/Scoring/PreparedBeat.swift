/// A scenario beat made ready for scoring: its goals', avoid items' and facts' terms
/// compiled into one matcher. Prepare once, score many posts against it.
public struct PreparedBeat: Sendable {
    public let scenario: Scenario
    public let beat: Beat
    public let avoid: [AvoidItem]
    /// What the scenario keeps confidential in this beat (`## Confidential`).
    public let confidential: [AvoidItem]
    public let facts: [Fact]
    /// What each fact states as figures, in `facts` order.
    let factFigures: [FactFigures]
    let matcher: PhraseMatcher
    /// Each matcher group's lexicon (goals, avoid items, facts, then confidential items) as its id (`LexiconIDs`).
    let groupIDs: [Int32]

    public init(scenario: Scenario, beat: Beat) {
        self.scenario = scenario
        self.beat = beat
        self.avoid = scenario.avoid(in: beat)
        self.confidential = scenario.confidential(in: beat)
        self.facts = scenario.facts(in: beat)
        self.factFigures = facts.map(FactFigures.init)
        // Groups in order: goals, avoid items, facts, then confidential items, each its own lexicon.
        var named = NamedPhraseMatcher()
        for (index, goal) in beat.goals.enumerated() { named.add(goal.cues.map(\.text), as: PreparedBeat.goalLexicon(index)) }
        for (index, item) in avoid.enumerated() { named.add(item.terms.map(\.text), as: PreparedBeat.avoidLexicon(index)) }
        for (index, fact) in facts.enumerated() { named.add(fact.cues.map(\.text), as: PreparedBeat.factLexicon(index)) }
        for (index, item) in confidential.enumerated() { named.add(item.terms.map(\.text), as: PreparedBeat.confidentialLexicon(index)) }
        matcher = named.matcher
        groupIDs = named.ids
    }

    public static func goalLexicon(_ index: Int) -> String { "beat.goal.\(index)" }
    public static func avoidLexicon(_ index: Int) -> String { "beat.avoid.\(index)" }
    public static func factLexicon(_ index: Int) -> String { "beat.fact.\(index)" }
    public static func confidentialLexicon(_ index: Int) -> String { "beat.confidential.\(index)" }
}

/// A policy made ready for scoring: its banned terms, code names, competitor names,
/// disclaimer triggers and allow-lists compiled into one matcher.
public struct PreparedPolicy: Sendable {
    public let policy: Policy
    let matcher: PhraseMatcher
    /// Each matcher group's lexicon (`banned`, `disclaimerTrigger(_:)`, …) as its id (`LexiconIDs`).
    let groupIDs: [Int32]

    public static let banned = "policy.banned"
    public static let codeNames = "policy.code-names"
    public static let competitors = "policy.competitors"
    public static let ownOrganisation = "policy.organisation"
    public static func disclaimerTrigger(_ index: Int) -> String { "policy.disclaimer.\(index)" }
    public static func disclaimerText(_ index: Int) -> String { "policy.disclaimer-text.\(index)" }
    public static func allowed(_ rule: String) -> String { "policy.allow.\(rule)" }

    public init(_ policy: Policy) {
        self.policy = policy
        var named = NamedPhraseMatcher()
        named.add(policy.bannedTerms, as: PreparedPolicy.banned)
        named.add(policy.codeNames, as: PreparedPolicy.codeNames)
        named.add(policy.competitors, as: PreparedPolicy.competitors)
        named.add(policy.organisation.map { [$0] } ?? [], as: PreparedPolicy.ownOrganisation)
        for (index, disclaimer) in policy.disclaimers.enumerated() {
            named.add(disclaimer.triggers, as: PreparedPolicy.disclaimerTrigger(index))
            named.add([disclaimer.text], as: PreparedPolicy.disclaimerText(index))
        }
        for (rule, phrases) in policy.allowed.sorted(by: { $0.key < $1.key }) {
            named.add(phrases, as: PreparedPolicy.allowed(rule))
        }
        self.matcher = named.matcher
        self.groupIDs = named.ids
    }
}

/// A prepared policy held by reference: the engine makes one, and every post's analysis
/// (`PostAnalysis.policy`) shares it. Held by value, the policy (its matcher's many
/// arrays) was copied into every post's analysis, each of its references retained, and
/// released again when the analysis was done with.
final class SharedPreparedPolicy: Sendable {
    let value: PreparedPolicy

    init(_ value: PreparedPolicy) {
        self.value = value
    }
}
