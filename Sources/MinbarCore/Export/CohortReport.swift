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

    /// - Parameters:
    ///   - sources: where each document was read from (the paths as given), to tell apart
    ///     trainees whose exports carry the same profile name; see `distinctNames`.
    ///   - anonymise: name trainees "Trainee A", "Trainee B"… in input order.
    public init(documents: [JSONExporter.Document], sources: [String] = [], anonymise: Bool, generated: Date) {
        self.generated = generated
        let names = CohortReport.distinctNames(documents.map(\.profile), sources: sources)
        trainees = documents.enumerated().map { index, document in
            Trainee(name: anonymise ? "Trainee " + CohortReport.letters(index) : names[index],
                    attempts: document.attempts.inTimeOrder(), events: document.events ?? [])
        }
    }

    /// The trainees' names, told apart. Every trainee who never chose a profile name is
    /// "default", so a name several exports share gets, in brackets, the first of these
    /// that differs across them: the export's file name without `.json` (`omar.json`),
    /// its folder's name (`omar/export.json`), the path as given; else its place among
    /// them (`default (2)`). A name no other export has stays as it is.
    static func distinctNames(_ profiles: [String], sources: [String]) -> [String] {
        func fileName(_ path: String) -> String {
            let name = (path as NSString).lastPathComponent
            return name.lowercased().hasSuffix(".json") ? String(name.dropLast(5)) : name
        }
        func folderName(_ path: String) -> String { ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent }
        var names = profiles
        for profile in Set(profiles) {
            let sharing = profiles.indices.filter { profiles[$0] == profile }
            guard sharing.count > 1 else { continue }
            let places = sharing.map { sources.indices.contains($0) ? sources[$0] : "" }
            let distinct = [places.map(fileName), places.map(folderName), places].first { tags in
                !tags.contains("") && Set(tags).count == tags.count
            } ?? sharing.indices.map { String($0 + 1) }
            for (index, tag) in zip(sharing, distinct) { names[index] = "\(profile) (\(tag))" }
        }
        return names
    }

    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : String(alphabet[index / 26 - 1]) + String(alphabet[index % 26])
    }

    public var kinds: [String] { Set(trainees.flatMap { $0.attempts.map(\.kind) }).sorted() }

    public var ruleCounts: [(rule: String, count: Int, trainees: Int)] {
        // Trainees are counted by their place in the cohort, not by name.
        var counts: [String: Int] = [:], who: [String: Set<Int>] = [:]
        for (index, trainee) in trainees.enumerated() {
            for attempt in trainee.attempts {
                // Only findings that cost points: advice-only notes are not rules broken.
                for finding in attempt.findings where finding.penalty > 0 {
                    counts[finding.rule, default: 0] += 1
                    who[finding.rule, default: []].insert(index)
                }
            }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value, who[$0.key]!.count) }
    }

    /// The trainee whose overall score moved least (or fell most). One who started at the
    /// top (90 or more) and stayed there had no room to improve: not the one to coach.
    public var leastImproved: Trainee? {
        trainees.filter { trainee in
            guard let change = trainee.improvement, let first = trainee.attempts.inTimeOrder().first else { return false }
            return !(first.scores.overall >= Self.topScore && change >= 0)
        }.min { ($0.improvement!, $0.name) < ($1.improvement!, $1.name) }
    }
    /// An overall score with no room left to show improvement.
    static let topScore = 90

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

    static func cell(_ value: Double?, _ language: Language = .en) -> String {
        value.map { String(format: "%.1f", $0) } ?? UIText.notAvailable(language)
    }

    // MARK: Formats

    /// The report with its headings and labels in `language` (names, posts and ids as written).
    public func markdown(scenario: String? = nil, language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        let escape = MarkdownExporter.escape
        let dimensions = MarkdownExporter.dimensionRows(language).map(\.0)
        var text = "# \(t(.cohortTitle))\n\n\(t(.cohortGenerated, Transcript.format(generated, language), UIText.traineesCount.count(trainees.count, language)))\n\n## \(t(.cohortByDimension))\n\n"
        text += "| " + ([t(.colTrainee), t(.colAttempts)] + dimensions + [t(.colChange)]).joined(separator: " | ") + " |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for trainee in trainees {
            let change = trainee.improvement.map { $0 >= 0 ? "+\($0)" : "\($0)" } ?? t(.notAvailable)
            text += "| \(escape(trainee.name)) | \(trainee.attempts.count) | \(Self.cell(trainee.average(.professionalism), language)) | \(Self.cell(trainee.average(.alignment), language)) | \(Self.cell(trainee.average(.compliance), language)) | \(Self.cell(trainee.average(nil), language)) | \(change) |\n"
        }
        text += "\n## \(t(.cohortByKind))\n\n| \(t(.colTrainee)) | " + kinds.map { MarkdownExporter.kindLabel($0, language) }.joined(separator: " | ") + " |\n| --- |" + String(repeating: " --- |", count: kinds.count) + "\n"
        for trainee in trainees {
            text += "| \(escape(trainee.name)) | " + kinds.map { Self.cell(trainee.average(kind: $0), language) }.joined(separator: " | ") + " |\n"
        }
        text += "\n## \(t(.cohortRules))\n\n"
        for item in ruleCounts.prefix(10) { text += "- " + t(.cohortRuleRow, "`\(item.rule)`", UIText.timesCount.count(item.count, language), item.trainees, UIText.traineesCount.count(trainees.count, language)) + "\n" }
        if let least = leastImproved {
            text += "\n## \(t(.cohortImprovedLeast))\n\n\(t(.cohortLeastLine, escape(least.name), least.improvement!))\n"
        }
        if let scenario {
            text += "\n## \(t(.cohortAfterAction, "`\(scenario)`"))\n"
            for beat in afterAction(scenario: scenario) {
                text += "\n### \(escape(beat.title.isEmpty ? beat.beat : beat.title))\n\n| \(t(.colTrainee)) | \(t(.exportPost)) | \(dimensions[3]) | \(t(.colVerdict)) |\n| --- | --- | --- | --- |\n"
                for post in beat.posts {
                    text += "| \(escape(post.trainee)) | <span dir=\"auto\">\(escape(post.attempt.post).replacingOccurrences(of: "\n", with: " "))</span> | \(post.attempt.scores.overall) | \(post.attempt.verdict.label(language)) |\n"
                }
            }
            text += AfterActionReview(scenario: scenario, trainees: trainees).markdown(language: language)
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

    public func html(scenario: String? = nil, language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        let e = HTMLExporter.escape
        let dimensions = MarkdownExporter.dimensionRows(language).map(\.0)
        var html = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\" dir=\"\(language.direction.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n\(HTMLExporter.sharedHead)\n<title>\(e(t(.cohortTitle)))</title>\n"
        html += "<style>\n\(HTMLExporter.sharedStyle)\n</style>\n</head>\n<body>\n"
        html += "<h1>\(HTMLExporter.mixed(t(.cohortTitle), base: language.direction))</h1>\n<p>\(e(t(.cohortGenerated, Transcript.format(generated, language), UIText.traineesCount.count(trainees.count, language))))</p>\n<h2>\(e(t(.cohortByDimension)))</h2>\n<table>\n"
        html += "<tr>" + ([t(.colTrainee), t(.colAttempts)] + dimensions + [t(.colChange)]).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for trainee in trainees {
            html += "<tr><td dir=\"auto\">\(e(trainee.name))</td><td>\(trainee.attempts.count)</td><td>\(e(Self.cell(trainee.average(.professionalism), language)))</td><td>\(e(Self.cell(trainee.average(.alignment), language)))</td><td>\(e(Self.cell(trainee.average(.compliance), language)))</td><td>\(e(Self.cell(trainee.average(nil), language)))</td><td>\(e(trainee.improvement.map(String.init) ?? t(.notAvailable)))</td></tr>\n"
        }
        // The same sections as the Markdown: by scenario kind, and each rule with how many trainees broke it.
        html += "</table>\n<h2>\(e(t(.cohortByKind)))</h2>\n<table>\n"
        html += "<tr>" + ([t(.colTrainee)] + kinds.map { MarkdownExporter.kindLabel($0, language) }).map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for trainee in trainees {
            html += "<tr><td dir=\"auto\">\(e(trainee.name))</td>" + kinds.map { "<td>\(e(Self.cell(trainee.average(kind: $0), language)))</td>" }.joined() + "</tr>\n"
        }
        html += "</table>\n<h2>\(e(t(.cohortRules)))</h2>\n"
        html += SVGCharts.bars(ruleCounts.prefix(10).map { ($0.rule, Double($0.count)) }, maximum: Double(ruleCounts.first?.count ?? 1),
                               title: t(.chartRulesTitle), scaleLabel: t(.chartFindings))
        html += "<ul>\n" + ruleCounts.prefix(10).map { item in
            "<li>" + Localized.fill(e(UIText.cohortRuleRow.localized.text(language)),
                                    ["<bdi class=\"id\">\(e(item.rule))</bdi>", e(UIText.timesCount.count(item.count, language)), String(item.trainees),
                                     e(UIText.traineesCount.count(trainees.count, language))]) + "</li>\n"
        }.joined() + "</ul>\n"
        if let least = leastImproved {
            html += "<p>" + Localized.fill(e(UIText.cohortLeastShort.localized.text(language)), ["<span dir=\"auto\">\(e(least.name))</span>", String(least.improvement!)]) + "</p>\n"
        }
        if let scenario {
            html += "<h2>" + Localized.fill(e(UIText.cohortAfterAction.localized.text(language)), ["<bdi class=\"id\">\(e(scenario))</bdi>"]) + "</h2>\n"
            for beat in afterAction(scenario: scenario) {
                html += "<h3 dir=\"auto\">\(e(beat.title.isEmpty ? beat.beat : beat.title))</h3>\n<table>\n<tr><th>\(e(t(.colTrainee)))</th><th>\(e(t(.exportPost)))</th><th>\(e(dimensions[3]))</th><th>\(e(t(.colVerdict)))</th></tr>\n"
                for post in beat.posts {
                    html += "<tr><td dir=\"auto\">\(e(post.trainee))</td><td dir=\"auto\">\(e(post.attempt.post))</td><td>\(post.attempt.scores.overall)</td><td>\(e(post.attempt.verdict.label(language)))</td></tr>\n"
                }
                html += "</table>\n"
            }
            html += AfterActionReview(scenario: scenario, trainees: trainees).html(language: language)
        }
        return html + "</body>\n</html>\n"
    }
}
