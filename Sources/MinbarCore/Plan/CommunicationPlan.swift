/// What an executive's posts are meant to build over time: objectives on a timeline,
/// and the evidence (figures, certificates, independent ratings) that backs them.
/// Parsed from a `.plan.md` file by `PlanParser`.
public struct CommunicationPlan: Sendable, Equatable {
    public var id: String
    public var title: String
    public var organisation: String?
    public var organisationType: OrganisationType?
    public var executive: String?
    public var objectives: [Objective]
    public var figures: [PlanFigure]
    public var certificates: [Certificate]
    public var ratings: [Rating]
    public var path: String
    /// The title in Arabic (`title-ar:`), shown to an Arabic interface.
    public var arabicTitle: String? = nil

    /// The title a person reads in `language`: the Arabic one when the plan gives it.
    public func title(_ language: Language) -> String { language == .ar ? arabicTitle ?? title : title }
}

/// Something to get across, over a window of dates or on a cadence.
public struct Objective: Sendable, Equatable {
    public enum Schedule: Sendable, Equatable {
        /// From `start` to `due`, both days included.
        case window(start: CalendarDate, due: CalendarDate)
        /// Every week, month or quarter, for as long as the plan runs.
        case cadence(Cadence)
    }

    public enum Cadence: String, Sendable, CaseIterable {
        case weekly, monthly, quarterly
    }

    public var id: String
    public var title: String
    public var audiences: [String]
    public var schedule: Schedule
    /// Posts wanted over the window, or in each period of a cadence.
    public var targetPosts: Int
    /// Terms in either language that show a post advances it.
    public var cues: [String]
    public var location: SourceLocation
    /// The title in Arabic (`title-ar:`), shown to an Arabic interface.
    public var arabicTitle: String? = nil

    /// The title a person reads in `language`: the Arabic one when the plan gives it.
    public func title(_ language: Language) -> String { language == .ar ? arabicTitle ?? title : title }
}

/// A figure the executive may cite, and whether it may be cited yet.
public struct PlanFigure: Sendable, Equatable {
    public var name: String
    public var value: String
    public var asOf: CalendarDate?
    public var source: String?
    /// False until the figure is published: citing it is a leak.
    public var isPublic: Bool
    public var cues: [String]
    public var location: SourceLocation
    /// The figure's name in Arabic (`name-ar:`), for an Arabic screen; the name otherwise.
    public var arabicName: String? = nil

    /// The name to show in `language`.
    public func name(in language: Language) -> String { language == .ar ? arabicName ?? name : name }
}

public struct Certificate: Sendable, Equatable {
    public var name: String
    public var issuer: String?
    public var awarded: CalendarDate?
    public var expires: CalendarDate?
    public var location: SourceLocation
}

/// A rating from an independent expert body (`MSCI ESG: A`).
public struct Rating: Sendable, Equatable {
    public var body: String
    public var grade: String
    public var date: CalendarDate?
    public var location: SourceLocation
}
