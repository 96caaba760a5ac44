/// Everything a post is judged against, in one value: the compiled policy stack and rule
/// selection (the engine), the scenario beat, the plan, the platform and the publication
/// day, each with where it came from. Every entry point (practice, `score`, `check`,
/// `bench`) builds one of these the same way and scores through `score(_:)`, so a post
/// never gets two verdicts by two doors. A new scoring input is a new field here and in
/// the one builder that fills it, not a change to every command.
public struct ScoringContext: Sendable {
    /// The rules that run and the policy stack they run under, compiled.
    public let engine: ScoringEngine
    /// The policy files laid over the default, bottom first, for people to read.
    public var policyLayers: [PolicyLayer]
    /// The scenario beat judged against; nil for a post without a scenario.
    public var beat: PreparedBeat?
    /// The communication plan in force, and why it is the one.
    public var plan: PreparedPlan?
    public var planSource: PlanSource?
    /// The platform the post is written for (an explicit choice, else the scenario's, else X).
    public var platform: Platform
    /// The day the post would go out: quiet periods, certificate expiry and figure age use it.
    /// The builder always sets it (today at the latest); nil only where code scores a post
    /// with no day at all, and then no date-bound rule applies.
    public var date: CalendarDate?
    public var dateSource: DateSource
    /// The interface language: feedback on a mixed post is written in it (a post in one
    /// language gets feedback in that language).
    public var interface: Language = .en

    public init(engine: ScoringEngine, policyLayers: [PolicyLayer] = [], beat: PreparedBeat? = nil,
                plan: PreparedPlan? = nil, planSource: PlanSource? = nil, platform: Platform? = nil,
                date: CalendarDate?, dateSource: DateSource = .given) {
        self.engine = engine
        self.policyLayers = policyLayers
        self.beat = beat
        self.plan = plan
        self.planSource = planSource
        self.platform = platform ?? beat.map { $0.scenario.platform(in: $0.beat) } ?? .x
        self.date = date
        self.dateSource = dateSource
    }

    /// Scores `text` under this context. The one way a post is scored.
    public func score(_ text: String) -> ScoreReport {
        engine.score(text, in: self)
    }

    /// One policy file in the stack.
    public struct PolicyLayer: Sendable, Equatable {
        public enum Origin: String, Sendable, Equatable {
            /// `--policy FILE`: the organisation's policy for this run.
            case organisation
            /// The scenario's own `policy:`.
            case scenario
        }
        public var origin: Origin
        public var name: String
        public var path: String?

        public init(origin: Origin, name: String, path: String?) {
            self.origin = origin
            self.name = name
            self.path = path
        }
    }

    /// Why a plan applies.
    public enum PlanSource: Sendable, Equatable {
        /// `--plan` on the command line (or `/profile plan` for this session).
        case option(String)
        /// The scenario's own `plan:`.
        case scenario(String)
        /// The profile's plan, for a scenario that names none.
        case profile(String)

        public var kind: String {
            switch self {
            case .option: "option"
            case .scenario: "scenario"
            case .profile: "profile"
            }
        }

        public var reference: String {
            switch self {
            case .option(let reference), .scenario(let reference), .profile(let reference): reference
            }
        }
    }

    /// Where the publication day came from.
    public enum DateSource: String, Sendable, Equatable {
        /// `--date` or `/date`.
        case option
        /// The scenario's `date:` (its in-story day).
        case scenario
        /// Neither: today's date.
        case today
        /// Set directly by code (tests, the API).
        case given
    }
}
