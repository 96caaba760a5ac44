/// A post as the timeline sees it: when, which objectives it advanced, what it cited.
public struct PlanPost: Sendable, Equatable {
    public var date: CalendarDate
    public var objectives: [String]
    public var evidence: [String]

    public init(date: CalendarDate, objectives: [String], evidence: [String]) {
        self.date = date
        self.objectives = objectives
        self.evidence = evidence
    }
}

/// Where one objective stands on a given day.
public struct ObjectiveStatus: Sendable {
    public enum State: String, Sendable, CaseIterable {
        case notStarted = "not started", building, onTrack = "on track", atRisk = "at risk", overdue, achieved
    }

    public var objective: Objective
    public var state: State
    /// The window, or the current period of a cadence.
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    /// Posts for this objective in the period, and in all.
    public var postsInPeriod: Int
    public var posts: [PlanPost]
    /// How many posts the schedule expects by today.
    public var expected: Double
    /// Posts exist but none of them carried evidence.
    public var unbacked: Bool
}

/// Something about the plan that needs attention.
public struct PlanWarning: Sendable, Equatable {
    /// What needs attention, as data; `message(_:)` puts it into words.
    public enum Kind: Sendable, Equatable {
        case unbacked(objective: Objective)
        case quiet(objective: Objective, weeks: Int)
        case expired(certificate: String, on: CalendarDate)
        case expires(certificate: String, inDays: Int)
        case figureAge(figure: PlanFigure, months: Int)
        case ratingAge(body: String, months: Int)
    }

    public var kind: Kind
    /// The day it concerns, when there is one (for ordering and the chart).
    public var date: CalendarDate?

    public init(_ kind: Kind, date: CalendarDate?) {
        self.kind = kind
        self.date = date
    }

    /// In English, as JSON carries it.
    public var message: String { message(.en) }

    /// The warning in words, in `language` (names from the plan file stay as written).
    public func message(_ language: Language) -> String {
        switch kind {
        case .unbacked(let objective): UIText.planWarningUnbacked(language, objective.title(language))
        case .quiet(let objective, let weeks): UIText.planWarningQuiet(language, objective.title(language), UIText.weeksCount.countAfterPreposition(weeks, language))
        case .expired(let certificate, let day): UIText.planWarningExpired(language, certificate, day)
        case .expires(let certificate, let days): UIText.planWarningExpires(language, certificate, UIText.daysCount.countAfterPreposition(days, language))
        case .figureAge(let figure, let months): UIText.planWarningFigureAge(language, figure.name(in: language), UIText.monthsCount.count(months, language))
        case .ratingAge(let body, let months): UIText.planWarningRatingAge(language, body, UIText.monthsCount.count(months, language))
        }
    }
}

/// Works out each objective's status and the plan's warnings on a given day. Pure: the
/// day is passed in, so tests can walk a plan through time.
public enum PlanTracker {
    public struct Report: Sendable {
        public var today: CalendarDate
        public var statuses: [ObjectiveStatus]
        public var warnings: [PlanWarning]
    }

    /// Days without a post, while an objective is running, before it is called a gap.
    public static let gapDays = 21

    /// The day a practice record's timeline is judged on: `now`, or the latest post's story
    /// day when the drills are set later (a bundled drill set in 2027 practised today).
    public static func judgingDay(for posts: [PlanPost], now: CalendarDate) -> CalendarDate {
        max(now, posts.map(\.date).max() ?? now)
    }

    public static func report(for plan: CommunicationPlan, posts: [PlanPost], today: CalendarDate) -> Report {
        var warnings: [PlanWarning] = []
        let statuses = plan.objectives.map { objective -> ObjectiveStatus in
            let mine = posts.filter { $0.objectives.contains(objective.id) }.sorted { $0.date < $1.date }
            let (start, end) = period(of: objective, on: today)
            let inPeriod = mine.filter { $0.date >= start && $0.date <= end }
            let length = Double(end.dayNumber - start.dayNumber + 1)
            let elapsed = min(1, max(0, Double(today.dayNumber - start.dayNumber + 1) / length))
            let expected = Double(objective.targetPosts) * elapsed
            let state: ObjectiveStatus.State
            if today < start {
                state = .notStarted
            } else if inPeriod.count >= objective.targetPosts {
                state = .achieved
            } else if today > end {
                state = .overdue
            } else if inPeriod.isEmpty {
                state = elapsed < 0.25 ? .notStarted : .atRisk
            } else if Double(inPeriod.count) >= expected.rounded(.down) {
                state = .onTrack
            } else if Double(inPeriod.count) >= expected / 2 {
                state = .building
            } else {
                state = .atRisk
            }
            let unbacked = !inPeriod.isEmpty && inPeriod.allSatisfy { $0.evidence.isEmpty }
            if unbacked {
                warnings.append(PlanWarning(.unbacked(objective: objective), date: nil))
            }
            if today >= start && today <= end {
                let since = mine.last.map { max($0.date, start) } ?? start
                let quiet = today.dayNumber - since.dayNumber
                if quiet >= gapDays {
                    warnings.append(PlanWarning(.quiet(objective: objective, weeks: quiet / 7), date: since))
                }
            }
            return ObjectiveStatus(objective: objective, state: state, periodStart: start, periodEnd: end,
                                   postsInPeriod: inPeriod.count, posts: mine, expected: expected, unbacked: unbacked)
        }
        for certificate in plan.certificates {
            guard let expires = certificate.expires else { continue }
            let days = expires.dayNumber - today.dayNumber
            if days < 0 {
                warnings.append(PlanWarning(.expired(certificate: certificate.name, on: expires), date: expires))
            } else if days <= 90 {
                warnings.append(PlanWarning(.expires(certificate: certificate.name, inDays: days), date: expires))
            }
        }
        for figure in plan.figures where figure.isPublic {
            if let asOf = figure.asOf, today.dayNumber - asOf.dayNumber > 365 {
                warnings.append(PlanWarning(.figureAge(figure: figure, months: (today.dayNumber - asOf.dayNumber) / 30), date: asOf))
            }
        }
        for rating in plan.ratings {
            if let date = rating.date, today.dayNumber - date.dayNumber > 548 {
                warnings.append(PlanWarning(.ratingAge(body: rating.body, months: (today.dayNumber - date.dayNumber) / 30), date: date))
            }
        }
        return Report(today: today, statuses: statuses, warnings: warnings)
    }

    /// The objective's window, or the week (from Monday), month or quarter holding `day`.
    public static func period(of objective: Objective, on day: CalendarDate) -> (CalendarDate, CalendarDate) {
        switch objective.schedule {
        case .window(let start, let due):
            return (start, due)
        case .cadence(.weekly):
            // 1970-01-01 was a Thursday: Monday is day number ≡ 4 (mod 7).
            let monday = day.dayNumber - ((day.dayNumber - 4) % 7 + 7) % 7
            return (CalendarDate(dayNumber: monday), CalendarDate(dayNumber: monday + 6))
        case .cadence(.monthly):
            return (CalendarDate(year: day.year, month: day.month, day: 1),
                    CalendarDate(year: day.year, month: day.month, day: CalendarDate.daysIn(month: day.month, year: day.year)))
        case .cadence(.quarterly):
            let first = (day.month - 1) / 3 * 3 + 1
            return (CalendarDate(year: day.year, month: first, day: 1),
                    CalendarDate(year: day.year, month: first + 2, day: CalendarDate.daysIn(month: first + 2, year: day.year)))
        }
    }
}
