import Foundation

/// A profile's attempts chosen for an export, with the summary every format shows.
public struct Transcript: Sendable {
    public struct Filter: Sendable {
        public var since: CalendarDate?
        public var until: CalendarDate?
        public var scenario: String?
        public var kind: String?
        public init(since: CalendarDate? = nil, until: CalendarDate? = nil, scenario: String? = nil, kind: String? = nil) {
            self.since = since
            self.until = until
            self.scenario = scenario
            self.kind = kind
        }
    }

    public let profile: String
    public let generated: Date
    /// In time order.
    public let attempts: [AttemptRecord]
    /// A facilitator's jumps, injects, pauses and notes, in time order.
    public let events: [FacilitatorEvent]

    public init(profile: String, attempts: [AttemptRecord], events: [FacilitatorEvent] = [], filter: Filter = Filter(), generated: Date) {
        self.profile = profile
        self.generated = generated
        self.events = events.filter { event in
            let day = CalendarDate(event.time)
            return (filter.since.map { day >= $0 } ?? true) && (filter.until.map { day <= $0 } ?? true)
                && (filter.scenario.map { event.scenario == $0 } ?? true)
        }.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        self.attempts = attempts.filter { attempt in
            let day = attempt.planPost.date
            return (filter.since.map { day >= $0 } ?? true) && (filter.until.map { day <= $0 } ?? true)
                && (filter.scenario.map { attempt.scenario == $0 } ?? true) && (filter.kind.map { attempt.kind == $0 } ?? true)
        }.inTimeOrder()
    }

    /// Practice sessions: runs of attempts with no gap longer than an hour.
    public var sessions: Int {
        var count = 0
        var last: Date?
        for attempt in attempts {
            if last == nil || attempt.time.timeIntervalSince(last!) > 3600 { count += 1 }
            last = attempt.time
        }
        return count
    }

    public var scenariosDone: Int { Set(attempts.map(\.scenario)).count }

    public func values(_ dimension: Dimension?) -> [Int] { ProgressSummary(attempts).series(dimension) }

    public func average(_ dimension: Dimension?) -> Double? {
        let values = values(dimension)
        return values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }

    /// Average overall in the first week of practice and in the latest week.
    public var trend: (first: Double, latest: Double)? {
        guard let start = attempts.first?.time, let end = attempts.last?.time, end.timeIntervalSince(start) >= 7 * 86_400 else { return nil }
        let first = attempts.filter { $0.time.timeIntervalSince(start) < 7 * 86_400 }.map(\.scores.overall)
        let latest = attempts.filter { end.timeIntervalSince($0.time) < 7 * 86_400 }.map(\.scores.overall)
        guard !first.isEmpty, !latest.isEmpty else { return nil }
        return (Double(first.reduce(0, +)) / Double(first.count), Double(latest.reduce(0, +)) / Double(latest.count))
    }

    /// Rule ids fixed and new since the previous attempt at the same scenario and beat.
    public func change(at index: Int) -> (fixed: [String], new: [String])? {
        let attempt = attempts[index]
        guard let previous = attempts[..<index].last(where: { $0.scenario == attempt.scenario && $0.beat == attempt.beat }) else { return nil }
        let before = Set(previous.findings.map(\.rule)), now = Set(attempt.findings.map(\.rule))
        return (before.subtracting(now).sorted(), now.subtracting(before).sorted())
    }

    /// How often each rule cost points, most frequent first. A note that costs nothing
    /// is advice, not a rule broken: `/progress` and the cohort count the same way.
    public var ruleCounts: [(rule: String, count: Int)] {
        var counts: [String: Int] = [:]
        for attempt in attempts { for finding in attempt.findings where finding.penalty > 0 { counts[finding.rule, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// Groups in the order a debrief reads: scenario, then beat, then attempts.
    public var byScenarioAndBeat: [(scenario: String, title: String, kind: String, beats: [(beat: String, title: String, time: String, attempts: [Int])])] {
        var order: [String] = []
        var beatsByScenario: [String: [String]] = [:]
        for attempt in attempts {
            if !order.contains(attempt.scenario) { order.append(attempt.scenario) }
            if !(beatsByScenario[attempt.scenario] ?? []).contains(attempt.beat) { beatsByScenario[attempt.scenario, default: []].append(attempt.beat) }
        }
        return order.map { scenario in
            let first = attempts.first { $0.scenario == scenario }!
            let beats = (beatsByScenario[scenario] ?? []).map { beat -> (String, String, String, [Int]) in
                let indices = attempts.indices.filter { attempts[$0].scenario == scenario && attempts[$0].beat == beat }
                let sample = attempts[indices[0]]
                return (beat, sample.beatTitle, sample.simulatedTime, indices)
            }
            return (scenario, first.scenarioTitle, first.kind, beats)
        }
    }

    /// `2026-11-23T10:46:32Z`: UTC, whole seconds, the same everywhere.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.dayNumber * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(inDay / 3600)):\(two(inDay % 3600 / 60)):\(two(inDay % 60))Z"
    }

    /// The same moment for a reader of `language`: ISO 8601 in English, and in Arabic the
    /// day and the time with the zone in words (`2026-11-23 10:46:32 بتوقيت غرينتش`).
    public static func format(_ date: Date, _ language: Language) -> String {
        let iso = format(date)
        guard language == .ar else { return iso }
        return UIText.timestampUTC(language, String(iso.prefix(10)), String(iso.dropFirst(11).dropLast()))
    }
}
