import Foundation

/// One scored attempt, as the progress store keeps it: everything needed to show,
/// export and compare it later without the scenario file at hand.
public struct AttemptRecord: Codable, Sendable, Equatable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var time: Date
    public var profile: String
    public var scenario: String
    public var scenarioTitle: String
    public var kind: String
    public var beat: String
    public var beatTitle: String
    public var simulatedTime: String
    public var language: String
    public var platform: String
    public var post: String
    public var scores: RecordedScores
    public var verdict: Verdict
    public var findings: [RecordedFinding]
    public var reaction: String?
    /// The beat the scenario moved to, or nil when it ended.
    public var nextBeat: String?
    /// With a response clock: seconds from the beat's appearance to the post (pauses
    /// left out), the beat's deadline in minutes, and whether the post came after it.
    public var responseSeconds: Int?
    public var deadlineMinutes: Int?
    public var late: Bool?
    /// The story's counters and flags after this post, when the scenario keeps any.
    public var counters: [String: Int]?
    /// With a plan: objectives the post advanced and evidence it cited (absent in older records).
    public var objectives: [String]?
    public var evidence: [String]?
    /// What the post did well (absent when nothing, and in older records).
    public var strengths: [RecordedStrength]?
    /// The day the post goes out in the story ("2027-02-17", the scenario's date and the
    /// beat's days, or `/date`); absent when the scoring had no date, and in older records.
    public var postDate: String?

    /// The attempt as the objectives timeline sees it. A blocked post is one Minbar told
    /// the executive not to publish: it builds no objective, whatever it was about.
    /// It is placed on the story's day when the record has one: a drill set in February 2027
    /// builds the objectives of February 2027, whenever it was practised.
    public var planPost: PlanPost {
        let day = postDate.flatMap(CalendarDate.init(parsing:)) ?? CalendarDate(time)
        guard verdict != .blocked else { return PlanPost(date: day, objectives: [], evidence: []) }
        return PlanPost(date: day, objectives: objectives ?? [], evidence: evidence ?? [])
    }

    public struct RecordedScores: Codable, Sendable, Equatable {
        public var professionalism: Int
        public var alignment: Int?
        public var compliance: Int
        public var overall: Int
    }

    public struct RecordedFinding: Codable, Sendable, Equatable {
        public var rule: String
        public var dimension: Dimension
        public var severity: FindingSeverity
        public var message: String
        public var start: Int
        public var end: Int
        public var excerpt: String
        public var suggestion: String
        public var penalty: Int
    }

    public struct RecordedStrength: Codable, Sendable, Equatable {
        public var move: String
        public var message: String
    }

    public init(time: Date, profile: String, scenario: Scenario, beat: Beat, platform: Platform, report: ScoreReport,
                reaction: String?, nextBeat: String?) {
        schemaVersion = AttemptRecord.schemaVersion
        self.time = time
        self.profile = profile
        self.scenario = scenario.id
        scenarioTitle = scenario.title
        kind = scenario.kind.rawValue
        self.beat = beat.id
        beatTitle = beat.title
        simulatedTime = beat.at.description
        language = report.language.rawValue
        self.platform = platform.rawValue
        post = report.text
        scores = RecordedScores(professionalism: report.scores.professionalism, alignment: report.scores.alignment,
                                compliance: report.scores.compliance, overall: report.scores.overall)
        verdict = report.verdict
        findings = report.findings.map {
            RecordedFinding(rule: $0.ruleID, dimension: $0.dimension, severity: $0.severity, message: $0.message,
                            start: $0.start, end: $0.end, excerpt: $0.excerpt, suggestion: $0.suggestion,
                            penalty: $0.penalty)
        }
        self.reaction = reaction
        self.nextBeat = nextBeat
        objectives = report.objectives.isEmpty ? nil : report.objectives
        evidence = report.evidence.isEmpty ? nil : report.evidence
        strengths = report.strengths.isEmpty ? nil : report.strengths.map { RecordedStrength(move: $0.move.rawValue, message: $0.message) }
    }

    /// One line of the progress log (JSON, keys sorted, no line breaks).
    public func jsonLine() throws -> String {
        String(decoding: try AttemptRecord.encoder.encode(self), as: UTF8.self)
    }

    public static func decode(line: String) throws -> AttemptRecord {
        try decoder.decode(AttemptRecord.self, from: Data(line.utf8))
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}

extension Array where Element == AttemptRecord {
    /// By time; attempts saved in the same second keep the order they were saved in.
    public func inTimeOrder() -> [AttemptRecord] {
        enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }
}
