/// A practice scenario: a moment an executive meets, what a good post achieves, and
/// how stakeholders respond. Parsed from a `.scenario.md` file by `ScenarioParser`.
public struct Scenario: Sendable, Equatable {
    public var id: String
    public var title: String
    public var kind: ScenarioKind
    public var audience: [String]
    public var platform: Platform
    public var language: ScenarioLanguage
    public var difficulty: Int
    public var organisation: String?
    public var organisationType: OrganisationType?
    /// A policy file named by the scenario, relative to the scenario file.
    public var policy: String?
    /// A communication plan named by the scenario, relative to the scenario file.
    public var plan: String?
    /// The in-story day posts go out on (`date: 2026-12-10`): quiet periods, certificate
    /// expiry and figure age are judged on it unless `--date` says otherwise.
    public var date: CalendarDate?
    public var tags: [String]
    /// Background shown before the first beat (the top-level Situation of a scenario
    /// with beats). Empty for a single-beat scenario, whose situation is its beat's.
    public var background: String
    /// Avoid items and facts that hold for every beat.
    public var avoid: [AvoidItem]
    public var facts: [Fact]
    /// What the story keeps confidential (`## Confidential`): a post that names it
    /// discloses it, whatever else it does well (`policy.confidential`).
    public var confidential: [AvoidItem] = []
    /// Counters and flags the story keeps (`## State`), with their starting values.
    public var state: [StateVariable] = []
    /// At least one. A scenario written without beats has one beat called `main`.
    public var beats: [Beat]
    /// The file it was read from, as the user named it.
    public var path: String
    /// True when the file declares beats (`## Beat …`), false when it is one moment.
    public var hasBeats: Bool
    /// Where the values of `policy:` and `plan:` are written (by key), so an error about
    /// the file they name points at the line that names it.
    public var referenceLocations: [String: SourceLocation] = [:]

    public func beat(_ id: String) -> Beat? { beats.first { $0.id == id } }

    /// The Avoid items and facts in force during `beat`.
    public func avoid(in beat: Beat) -> [AvoidItem] { avoid + beat.avoid }
    public func facts(in beat: Beat) -> [Fact] { facts + beat.facts }
    /// The confidential items in force during `beat`.
    public func confidential(in beat: Beat) -> [AvoidItem] { confidential + beat.confidential }
    /// The platform a post on `beat` is written for: the beat's own, else the scenario's.
    public func platform(in beat: Beat) -> Platform { beat.platform ?? platform }
}

/// One moment of a scenario, at a simulated time, with its own goals and responses.
public struct Beat: Sendable, Equatable {
    public var id: String
    public var title: String
    public var at: SimulatedTime
    /// Where this beat's post goes when it differs from the scenario's (`platform:`
    /// under the beat's heading): a crisis may move from X to a LinkedIn statement.
    public var platform: Platform?
    /// How long the executive has to answer, in minutes (`deadline: 15m`); nil for no clock.
    public var deadline: Int?
    public var situation: String
    public var goals: [Goal]
    public var avoid: [AvoidItem]
    /// What this beat keeps confidential, beside the scenario's own list.
    public var confidential: [AvoidItem] = []
    public var facts: [Fact]
    public var reactions: [Reaction]
    public var branches: [Branch]
    public var examples: [Example]
    public var location: SourceLocation

    public init(id: String, title: String, at: SimulatedTime = SimulatedTime(minutes: 0), location: SourceLocation) {
        self.id = id
        self.title = title
        self.at = at
        self.situation = ""
        self.goals = []
        self.avoid = []
        self.facts = []
        self.reactions = []
        self.branches = []
        self.examples = []
        self.location = location
    }
}
