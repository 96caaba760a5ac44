/// A plan made ready for scoring: objective cues, figure cues, certificate names and
/// rating bodies compiled into one matcher.
public struct PreparedPlan: Sendable {
    public let plan: CommunicationPlan
    let matcher: PhraseMatcher
    /// Each plan figure's value, read once (`StatedFigure`), in `plan.figures` order.
    let figureValues: [StatedFigure?]
    /// Each figure's unit as its name gives it ("…, OMR million" is 1e6, «…، مليون ريال» too;
    /// 1 when the name names none): a post writes "OMR 65 million" for a value of 65.
    let figureUnits: [Double]
    /// Each matcher group's lexicon (`objective(_:)`, `figure(_:)`, …) as its id (`LexiconIDs`).
    let groupIDs: [Int32]

    public init(_ plan: CommunicationPlan) {
        self.plan = plan
        var named = NamedPhraseMatcher()
        for (index, objective) in plan.objectives.enumerated() { named.add(objective.cues, as: PreparedPlan.objective(index)) }
        for (index, figure) in plan.figures.enumerated() { named.add(figure.cues, as: PreparedPlan.figure(index)) }
        for (index, certificate) in plan.certificates.enumerated() { named.add([certificate.name], as: PreparedPlan.certificate(index)) }
        for (index, rating) in plan.ratings.enumerated() { named.add([rating.body], as: PreparedPlan.rating(index)) }
        self.matcher = named.matcher
        groupIDs = named.ids
        figureValues = plan.figures.map { StatedFigure(reading: $0.value) }
        figureUnits = plan.figures.map { figure in
            AnalyzedText(figure.name).tokens.lazy.compactMap { StatedFigure.scales[$0.text] }.first ?? 1
        }
    }

    static func objective(_ index: Int) -> String { "plan.objective.\(index)" }
    static func figure(_ index: Int) -> String { "plan.figure.\(index)" }
    static func certificate(_ index: Int) -> String { "plan.certificate.\(index)" }
    static func rating(_ index: Int) -> String { "plan.rating.\(index)" }
}

/// What a post does with a plan: the objectives it advances and the evidence it cites.
public struct PlanCitation: Sendable {
    public var objectives: [Int] = []
    public var figures: [Int] = []
    public var certificates: [Int] = []
    public var ratings: [Int] = []

    public var citesEvidence: Bool { !figures.isEmpty || !certificates.isEmpty || !ratings.isEmpty }

    /// Names of the evidence cited, for the progress store.
    public func evidenceNames(in plan: CommunicationPlan) -> [String] {
        figures.map { plan.figures[$0].name } + certificates.map { plan.certificates[$0].name }
            + ratings.map { "\(plan.ratings[$0].body): \(plan.ratings[$0].grade)" }
    }

    /// What a post cites of `plan`, from the parts of its analysis this reads: its tokens,
    /// its lexicon hits and its evidence. (Not the analysis itself: `PostAnalysis.init`
    /// handing over `self` made it build the whole analysis apart and copy it out, for
    /// every post, with a plan or without.)
    init(tokens: [Token], hits: LexiconHits, evidence: Evidence, plan: PreparedPlan) {
        for index in plan.plan.objectives.indices where !hits[PreparedPlan.objective(index).lexicon].isEmpty {
            objectives.append(index)
        }
        // A figure is cited when its value (in any digit system) appears with one of its cues.
        for index in plan.plan.figures.indices where !hits[PreparedPlan.figure(index).lexicon].isEmpty {
            guard let stated = plan.figureValues[index] else { continue }
            // As the plan writes it ("65"), or in the unit its name gives ("65 million").
            let inUnit = StatedFigure(number: stated.number * plan.figureUnits[index], isPercent: stated.isPercent)
            let cited = evidence.figures.contains { figure in
                let read = StatedFigure(at: figure.lowerBound, in: tokens)
                return read == stated || read == inUnit
            }
            if cited { figures.append(index) }
        }
        for index in plan.plan.certificates.indices where !hits[PreparedPlan.certificate(index).lexicon].isEmpty {
            certificates.append(index)
        }
        for index in plan.plan.ratings.indices where !hits[PreparedPlan.rating(index).lexicon].isEmpty {
            ratings.append(index)
        }
    }
}
