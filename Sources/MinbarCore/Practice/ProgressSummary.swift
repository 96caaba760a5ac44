/// What a profile's attempts add up to: trends per dimension, best and latest per
/// scenario and kind, the rules to work on next, and practice days.
public struct ProgressSummary: Sendable {
    public let attempts: [AttemptRecord]

    public init(_ attempts: [AttemptRecord]) {
        self.attempts = attempts.inTimeOrder()
    }

    /// Each dimension's scores in time order (alignment only where it was scored).
    public func series(_ dimension: Dimension?) -> [Int] {
        attempts.compactMap { attempt in
            switch dimension {
            case .professionalism: attempt.scores.professionalism
            case .alignment: attempt.scores.alignment
            case .compliance: attempt.scores.compliance
            case nil: attempt.scores.overall
            }
        }
    }

    /// The best overall score per scenario id.
    public var bestByScenario: [String: Int] {
        var best: [String: Int] = [:]
        for attempt in attempts { best[attempt.scenario] = max(best[attempt.scenario] ?? 0, attempt.scores.overall) }
        return best
    }

    /// Best and latest overall score per scenario kind.
    public var byKind: [(kind: String, best: Int, latest: Int, count: Int)] {
        let kinds = Set(attempts.map(\.kind)).sorted()
        return kinds.map { kind in
            let mine = attempts.filter { $0.kind == kind }
            return (kind, mine.map(\.scores.overall).max() ?? 0, mine.last?.scores.overall ?? 0, mine.count)
        }
    }

    /// Rules that cost the most points over the latest attempts (20 by default).
    public func weakestRules(recent: Int = 20, limit: Int = 3) -> [(rule: String, points: Int, times: Int)] {
        var points: [String: Int] = [:], times: [String: Int] = [:]
        for attempt in attempts.suffix(recent) {
            // Advice that costs nothing (a long post's platform note) is not something to work on.
            for finding in attempt.findings where finding.penalty > 0 {
                points[finding.rule, default: 0] += finding.penalty
                times[finding.rule, default: 0] += 1
            }
        }
        return points.keys.sorted { (points[$0]!, times[$0]!, $1) > (points[$1]!, times[$1]!, $0) }
            .prefix(limit).map { ($0, points[$0]!, times[$0]!) }
    }

    /// Days in a row, ending on `today` or the day before, with at least one attempt.
    public func streak(today: CalendarDate) -> Int {
        let days = Set(attempts.map { CalendarDate($0.time) })
        var day = days.contains(today) ? today : today.adding(days: -1)
        var count = 0
        while days.contains(day) {
            count += 1
            day = day.adding(days: -1)
        }
        return count
    }

    /// A trend as block characters, one per score, lowest ▁ to highest █ on a 0-100 scale.
    public static func sparkline(_ values: [Int], width: Int = 30) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return String(values.suffix(width).map { blocks[min(7, max(0, $0 * 8 / 101))] })
    }
}

import Foundation
