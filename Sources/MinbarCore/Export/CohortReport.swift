import Foundation

/// Several trainees' exports side by side, for the trainer's debrief: averages by
/// dimension and scenario kind, the rules the cohort breaks most, who improved least,
/// and an after-action view of one scenario.
public struct CohortReport: Sendable {
    public struct Trainee: Sendable {
        public var name: String
        public var attempts: [AttemptRecord]
        /// The facilitator's jumps, injects, pauses and notes in this trainee's practice.
        public var events: [FacilitatorEvent] = []

        public func average(_ values: [Int]) -> Double? { values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count) }
        public func average(_ dimension: Dimension?) -> Double? { average(ProgressSummary(attempts).series(dimension)) }
        public func average(kind: String) -> Double? { average(attempts.filter { $0.kind == kind }.map(\.scores.overall)) }

        /// Latest overall minus first overall (by time); nil with fewer than two attempts.
        public var improvement: Int? {
            let ordered = attempts.inTimeOrder()
            guard ordered.count >= 2 else { return nil }
            return ordered.last!.scores.overall - ordered.first!.scores.overall
        }
    }

    public let trainees: [Trainee]
    public let generated: Date

    /// - Parameter anonymise: name trainees "Trainee A", "Trainee B"… in input order.
    public init(documents: [JSONExporter.Document], anonymise: Bool, generated: Date) {
        self.generated = generated
        trainees = documents.enumerated().map { index, document in
            Trainee(name: anonymise ? "Trainee " + CohortReport.letters(index) : document.profile,
                    attempts: document.attempts.inTimeOrder(), events: document.events ?? [])
        }
    }

    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : String(alphabet[index / 26 - 1]) + String(alphabet[index % 26])
    }

    public var kinds: [String] { Set(trainees.flatMap { $0.attempts.map(\.kind) }).sorted() }

    public var ruleCounts: [(rule: String, count: Int, trainees: Int)] {
        var counts: [String: Int] = [:], who: [String: Set<String>] = [:]
        for trainee in trainees {
            for attempt in trainee.attempts {
                for finding in attempt.findings {
                    counts[finding.rule, default: 0] += 1
                    who[finding.rule, default: []].insert(trainee.name)
                }
            }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value, who[$0.key]!.count) }
    }

    /// The trainee whose overall score moved least (or fell most).
    public var leastImproved: Trainee? {
        trainees.filter { $0.improvement != nil }.min { ($0.improvement!, $0.name) < ($1.improvement!, $1.name) }
    }

    /// For one scenario: each beat, and every trainee's attempts at it.
    public func afterAction(scenario: String) -> [(beat: String, title: String, posts: [(trainee: String, attempt: AttemptRecord)])] {
        var beats: [String] = []
        for trainee in trainees {
            for attempt in trainee.attempts where attempt.scenario == scenario && !beats.contains(attempt.beat) { beats.append(attempt.beat) }
        }
        return beats.map { beat in
            let posts: [(trainee: String, attempt: AttemptRecord)] = trainees.flatMap { trainee in
                trainee.attempts.filter { $0.scenario == scenario && $0.beat == beat }.map { (trainee: trainee.name, attempt: $0) }
            }
            return (beat, posts.first?.attempt.beatTitle ?? beat, posts)
        }
    }

    static func cell(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "n/a" }

    // MARK: Formats

    public func markdown(scenario: String? = nil) -> String {
        let escape = MarkdownExporter.escape
        var text = "# Minbar cohort report\n\nGenerated \(Transcript.format(generated)) · \(trainees.count) trainees\n\n## By dimension\n\n"
        text += "| Trainee | Attempts | Professionalism | Alignment | Compliance | Overall | Change |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for trainee in trainees {
            let change = trainee.improvement.map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? "n/a"
            text += "| \(escape(trainee.name)) | \(trainee.attempts.count) | \(Self.cell(trainee.average(.professionalism))) | \(Self.cell(trainee.average(.alignment))) | \(Self.cell(trainee.average(.compliance))) | \(Self.cell(trainee.average(nil))) | \(change) |\n"
        }
        text += "\n## By scenario kind (average overall)\n\n| Trainee | " + kinds.joined(separator: " | ") + " |\n| --- |" + String(repeating: " --- |", count: kinds.count) + "\n"
        for trainee in trainees {
            text += "| \(escape(trainee.name)) | " + kinds.map { Self.cell(trainee.average(kind: $0)) }.joined(separator: " | ") + " |\n"
        }
        text += "\n## Rules the cohort breaks most\n\n"
        for item in ruleCounts.prefix(10) { text += "- `\(item.rule)`: \(item.count) times, by \(item.trainees) of \(trainees.count) trainees\n" }
        if let least = leastImproved {
            text += "\n## Improved least\n\n\(escape(least.name)): overall changed by \(least.improvement!) from first to latest attempt.\n"
        }
        if let scenario {
            text += "\n## After action: `\(scenario)`\n"
            for beat in afterAction(scenario: scenario) {
                text += "\n### \(escape(beat.title.isEmpty ? beat.beat : beat.title))\n\n| Trainee | Post | Overall | Verdict |\n| --- | --- | --- | --- |\n"
                for post in beat.posts {
                    text += "| \(escape(post.trainee)) | <span dir=\"auto\">\(escape(post.attempt.post).replacingOccurrences(of: "\n", with: " "))</span> | \(post.attempt.scores.overall) | \(post.attempt.verdict) |\n"
                }
            }
            text += AfterActionReview(scenario: scenario, trainees: trainees).markdown()
        }
        return text
    }

    public func csv() -> String {
        var lines = [(["trainee", "attempts", "professionalism", "alignment", "compliance", "overall", "change"] + kinds.map { "kind:" + $0 })
            .map(CSVExporter.cell).joined(separator: ",")]
        for trainee in trainees {
            let fields = [trainee.name, String(trainee.attempts.count), Self.cell(trainee.average(.professionalism)),
                          Self.cell(trainee.average(.alignment)), Self.cell(trainee.average(.compliance)), Self.cell(trainee.average(nil)),
                          trainee.improvement.map(String.init) ?? ""] + kinds.map { Self.cell(trainee.average(kind: $0)) }
            lines.append(fields.map(CSVExporter.cell).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    public func html(scenario: String? = nil) -> String {
        let e = HTMLExporter.escape
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Minbar cohort report</title>\n"
        html += "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .6rem}</style>\n</head>\n<body>\n"
        html += "<h1>Minbar cohort report</h1>\n<p>Generated \(Transcript.format(generated)) · \(trainees.count) trainees</p>\n<h2>By dimension</h2>\n<table>\n"
        html += "<tr><th>Trainee</th><th>Attempts</th><th>Professionalism</th><th>Alignment</th><th>Compliance</th><th>Overall</th><th>Change</th></tr>\n"
        for trainee in trainees {
            html += "<tr><td dir=\"auto\">\(e(trainee.name))</td><td>\(trainee.attempts.count)</td><td>\(Self.cell(trainee.average(.professionalism)))</td><td>\(Self.cell(trainee.average(.alignment)))</td><td>\(Self.cell(trainee.average(.compliance)))</td><td>\(Self.cell(trainee.average(nil)))</td><td>\(trainee.improvement.map(String.init) ?? "n/a")</td></tr>\n"
        }
        html += "</table>\n<h2>Rules the cohort breaks most</h2>\n"
        html += SVGCharts.bars(ruleCounts.prefix(10).map { ($0.rule, Double($0.count)) }, maximum: Double(ruleCounts.first?.count ?? 1),
                               title: "Most frequent rules", scaleLabel: "findings")
        if let least = leastImproved { html += "<p>Improved least: <span dir=\"auto\">\(e(least.name))</span> (\(least.improvement!)).</p>\n" }
        if let scenario {
            html += "<h2>After action: \(e(scenario))</h2>\n"
            for beat in afterAction(scenario: scenario) {
                html += "<h3 dir=\"auto\">\(e(beat.title.isEmpty ? beat.beat : beat.title))</h3>\n<table>\n<tr><th>Trainee</th><th>Post</th><th>Overall</th><th>Verdict</th></tr>\n"
                for post in beat.posts {
                    html += "<tr><td dir=\"auto\">\(e(post.trainee))</td><td dir=\"auto\">\(e(post.attempt.post))</td><td>\(post.attempt.scores.overall)</td><td>\(e(post.attempt.verdict.rawValue))</td></tr>\n"
                }
                html += "</table>\n"
            }
            html += AfterActionReview(scenario: scenario, trainees: trainees).html()
        }
        return html + "</body>\n</html>\n"
    }
}
