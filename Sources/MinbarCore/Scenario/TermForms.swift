/// Every term a trainer wrote that posts are matched by (goal cues, avoid terms, fact
/// cues, plan cues), with the word-form keys each of its words matches. A post word
/// counts when one of its own keys is among them; this is what lets a trainer see why a
/// cue did or did not count (`minbar check --forms`).
public struct TermForms: Sendable, Equatable {
    /// Where the term is used: a goal, an avoid item, a fact, a plan objective or figure.
    public enum Use: String, Sendable {
        case goal, avoid, confidential, fact, objective, figure
    }

    public var path: String
    public var location: SourceLocation
    /// The scenario or plan id, and the beat for a scenario with beats.
    public var owner: String
    public var beat: String?
    public var use: Use
    /// The goal's, avoid item's, fact's or objective's label.
    public var label: String
    public var term: String
    public var words: [Word]

    public struct Word: Sendable, Equatable {
        public var text: String
        public var keys: [String]
    }

    init(path: String, location: SourceLocation, owner: String, beat: String?, use: Use, label: String, term: String) {
        self.path = path
        self.location = location
        self.owner = owner
        self.beat = beat
        self.use = use
        self.label = label
        self.term = term
        words = PhraseMatcher.explain(term).map { Word(text: $0.word, keys: $0.keys) }
    }

    /// The scenario's terms in file order: its own avoid items, confidential items and facts,
    /// then each beat's.
    public static func of(_ scenario: Scenario) -> [TermForms] {
        var result: [TermForms] = []
        func add(_ avoid: [AvoidItem], _ facts: [Fact], goals: [Goal], confidential: [AvoidItem], beat: String?) {
            for goal in goals {
                for cue in goal.cues {
                    result.append(TermForms(path: scenario.path, location: cue.location, owner: scenario.id, beat: beat,
                                            use: .goal, label: goal.label, term: cue.text))
                }
            }
            for (items, use) in [(avoid, Use.avoid), (confidential, Use.confidential)] {
                for item in items {
                    for term in item.terms {
                        result.append(TermForms(path: scenario.path, location: term.location, owner: scenario.id, beat: beat,
                                                use: use, label: item.label, term: term.text))
                    }
                }
            }
            for fact in facts {
                for cue in fact.cues {
                    result.append(TermForms(path: scenario.path, location: cue.location, owner: scenario.id, beat: beat,
                                            use: .fact, label: fact.name, term: cue.text))
                }
            }
        }
        add(scenario.avoid, scenario.facts, goals: [], confidential: scenario.confidential, beat: nil)
        for beat in scenario.beats {
            add(beat.avoid, beat.facts, goals: beat.goals, confidential: beat.confidential, beat: scenario.hasBeats ? beat.id : nil)
        }
        return result.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    /// The plan's objective and figure cues. Plan cues carry the line of their objective
    /// or figure, since they are written on one `cues:` line.
    public static func of(_ plan: CommunicationPlan) -> [TermForms] {
        plan.objectives.flatMap { objective in
            objective.cues.map {
                TermForms(path: plan.path, location: objective.location, owner: plan.id, beat: nil, use: .objective,
                          label: objective.id, term: $0)
            }
        } + plan.figures.flatMap { figure in
            figure.cues.map {
                TermForms(path: plan.path, location: figure.location, owner: plan.id, beat: nil, use: .figure,
                          label: figure.name, term: $0)
            }
        }
    }
}
