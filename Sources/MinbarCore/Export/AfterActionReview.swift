import Foundation

/// The debrief of one scenario, as a crisis-exercise trainer runs it: for each trainee,
/// the path taken through the beats with times, posts, reactions and findings, and the
/// facilitator's jumps, injects and notes in their place; then the paths compared
/// across the cohort (who went where, and what sent them there).
public struct AfterActionReview: Sendable {
    /// One line of a trainee's timeline: a post or a facilitator's action.
    public enum Entry: Sendable {
        case post(AttemptRecord)
        case facilitator(FacilitatorEvent)

        public var time: Date {
            switch self {
            case .post(let attempt): attempt.time
            case .facilitator(let event): event.time
            }
        }
    }

    /// One play of the scenario by one trainee, from its opening beat.
    public struct TraineePath: Sendable {
        public var trainee: String
        public var entries: [Entry]
        /// The beats posted on, in order, and where the story went after the last.
        public var beats: [String]
        public var ending: String?
        /// Which play of the scenario this is (1, 2, …) and how many the trainee made.
        public var run = 1
        public var runs = 1

        /// The trainee's name, with the run when there are several ("dana, run 2").
        public func label(_ language: Language) -> String {
            runs > 1 ? UIText.aarRun(language, trainee, run) : trainee
        }

        /// `t0 → t1-backlash → t2-inquiry → end`.
        public var route: String {
            (beats + [ending ?? "…"]).joined(separator: " → ")
        }

        /// What sent the trainee off the first beat: its verdict and the rules it broke.
        public var firstTurn: String? { firstTurn(.en) }

        public func firstTurn(_ language: Language) -> String? {
            guard let first = entries.lazy.compactMap({ if case .post(let a) = $0 { a } else { nil } }).first else { return nil }
            let rules = Array(Set(first.findings.filter { $0.severity != .note && $0.rule != "goal.missing" }.map(\.rule))).sorted()
            return UIText.aarFirstTurn(language, first.beat, first.verdict.label(language), first.scores.overall)
                + (rules.isEmpty ? "" : " (" + Localized.list(Array(rules.prefix(3)), language) + ")")
        }
    }

    public let scenario: String
    public let paths: [TraineePath]

    public init(scenario: String, trainees: [CohortReport.Trainee]) {
        self.scenario = scenario
        paths = trainees.flatMap { trainee -> [TraineePath] in
            let attempts = trainee.attempts.filter { $0.scenario == scenario }
            let events = trainee.events.filter { $0.scenario == scenario }
            guard !attempts.isEmpty || !events.isEmpty else { return [] }
            // An event saved after the n-th post on the scenario comes after that post and
            // before the next, whatever the clock says; older events without the count go by time.
            let keyed = attempts.enumerated().map { (key: 2 * $0.offset + 1, time: $0.element.time, entry: Entry.post($0.element)) }
                + events.map { event in
                    let key = event.postsBefore.map { 2 * $0 }
                        ?? 2 * attempts.filter { $0.time <= event.time }.count
                    return (key: key, time: event.time, entry: Entry.facilitator(event))
                }
            let entries = keyed.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.entry)
            let runs = AfterActionReview.runs(entries)
            return runs.enumerated().map { index, entries in
                var beats: [String] = []
                for entry in entries {
                    switch entry {
                    case .post(let attempt): beats.append(attempt.beat)
                    case .facilitator(let event) where event.kind == .jump: beats.append("↪" + event.beat)
                    default: break
                    }
                }
                let ending = entries.last { if case .post = $0 { true } else { false } }.flatMap { entry -> String? in
                    if case .post(let attempt) = entry { attempt.nextBeat ?? "end" } else { nil }
                }
                return TraineePath(trainee: trainee.name, entries: entries, beats: beats, ending: ending, run: index + 1, runs: runs.count)
            }
        }
    }

    /// A trainee's entries cut into plays of the scenario. A post starts a new play when
    /// the story starts again: it is on the beat the play opened with, not where the post
    /// before it (or a facilitator's jump) had led, and the play had already moved past
    /// that beat, as after `/open` or a `/retry` of the opening beat once the story went
    /// on. Redrafts of the opening beat before it moves on stay in one play (a scenario of
    /// one beat is all redrafts: "main → main → main → end"), and so does a `/retry` of a
    /// later beat ("t0 → t1 → t1 → t2"). Facilitator entries stay with the play they were
    /// typed in.
    static func runs(_ entries: [Entry]) -> [[Entry]] {
        var runs: [[Entry]] = [[]]
        var opening: String?
        var expected: String?
        for entry in entries {
            switch entry {
            case .post(let attempt):
                if let opening, attempt.beat == opening, attempt.beat != expected,
                   runs[runs.count - 1].contains(where: { if case .post(let earlier) = $0 { earlier.beat != opening } else { false } }) {
                    runs.append([])
                }
                if runs[runs.count - 1].allSatisfy({ if case .post = $0 { false } else { true } }) { opening = attempt.beat }
                expected = attempt.nextBeat ?? "end"
            case .facilitator(let event) where event.kind == .jump:
                expected = event.beat
            case .facilitator:
                break
            }
            runs[runs.count - 1].append(entry)
        }
        return runs
    }

    /// Trainees grouped by the route they took, most common first.
    public var routes: [(route: String, trainees: [TraineePath])] {
        var groups: [String: [TraineePath]] = [:]
        for path in paths { groups[path.route, default: []].append(path) }
        return groups.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map { ($0.key, $0.value) }
    }

    static func clock(_ attempt: AttemptRecord, _ language: Language = .en) -> String {
        guard let seconds = attempt.responseSeconds else { return "" }
        let text = language == .en ? (seconds >= 60 ? "\(seconds / 60)m \(seconds % 60)s" : "\(seconds)s") : language.duration(seconds)
        let allowed = attempt.deadlineMinutes.map { language == .en ? "\($0)m" : language.duration($0 * 60) }
        if attempt.late == true, let allowed { return UIText.aarLate(language, text, allowed) }
        if let allowed { return UIText.aarOf(language, text, allowed) }
        return text
    }

    static func findings(_ attempt: AttemptRecord, _ language: Language = .en) -> String {
        var counts: [(String, Int)] = []
        for finding in attempt.findings where finding.severity != .note {
            if let index = counts.firstIndex(where: { $0.0 == finding.rule }) { counts[index].1 += 1 } else { counts.append((finding.rule, 1)) }
        }
        return counts.isEmpty ? UIText.exportNone(language) : Localized.list(counts.map { $0.1 > 1 ? "\($0.0) ×\($0.1)" : $0.0 }, language)
    }

    static func describe(_ event: FacilitatorEvent, _ language: Language = .en) -> String {
        switch event.kind {
        case .jump: UIText.eventJump(language, event.text, event.beat)
        case .inject: UIText.eventInject(language, event.text)
        case .note: UIText.eventNote(language, event.text)
        case .pause: UIText.eventPause(language)
        case .resume: UIText.eventResume(language)
        }
    }

    /// The review with its headings and labels in `language` (names, posts and ids as written).
    public func markdown(language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        let e = MarkdownExporter.escape
        let overall = UIText.overall(language).capitalizingFirst
        var text = "\n## \(t(.aarTitle, "`\(scenario)`"))\n"
        for path in paths {
            text += "\n### \(e(path.label(language)))\n\n\(t(.aarPath, e(path.route)))\n\n"
            text += "| " + [t(.colTime), t(.colBeat), t(.colSimulated), t(.colResponse), t(.exportPost), overall, t(.colVerdict), t(.colReaction), t(.colFindings)].joined(separator: " | ") + " |\n"
            text += "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
            for entry in path.entries {
                switch entry {
                case .post(let a):
                    text += "| \(Transcript.format(a.time, language)) | \(e(a.beat)) | \(SimulatedTime.label(a.simulatedTime, language)) | \(Self.clock(a, language)) | <span dir=\"auto\">\(e(a.post).replacingOccurrences(of: "\n", with: " "))</span> | \(a.scores.overall) | \(a.verdict.label(language)) | <span dir=\"auto\">\(e(a.reaction ?? ""))</span> | \(e(Self.findings(a, language))) |\n"
                case .facilitator(let event):
                    text += "| \(Transcript.format(event.time, language)) | \(e(event.beat)) |  |  | *<span dir=\"auto\">\(e(Self.describe(event, language)))</span>* |  |  |  |  |\n"
                }
            }
        }
        text += "\n### \(t(.aarPaths))\n\n"
        for (route, trainees) in routes {
            text += "- \(e(route)): " + trainees.map { e($0.label(language)) + ($0.firstTurn(language).map { " (" + e($0) + ")" } ?? "") }.joined(separator: "; ") + "\n"
        }
        return text
    }

    public func html(language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        let e = HTMLExporter.escape
        let overall = UIText.overall(language).capitalizingFirst
        var html = "<h2>" + Localized.fill(e(UIText.aarTitle.localized.text(language)), ["<bdi class=\"id\">\(e(scenario))</bdi>"]) + "</h2>\n"
        for path in paths {
            html += "<h3 dir=\"auto\">\(e(path.label(language)))</h3>\n<p>" + Localized.fill(e(UIText.aarPath.localized.text(language)), ["<bdi>\(e(path.route))</bdi>"]) + "</p>\n<table>\n"
            html += "<tr>" + [t(.colTime), t(.colBeat), t(.colSimulated), t(.colResponse), t(.exportPost), overall, t(.colVerdict), t(.colReaction), t(.colFindings)]
                .map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
            for entry in path.entries {
                switch entry {
                case .post(let a):
                    html += "<tr><td>\(e(Transcript.format(a.time, language)))</td><td>\(e(a.beat))</td><td>\(e(SimulatedTime.label(a.simulatedTime, language)))</td><td>\(e(Self.clock(a, language)))</td><td dir=\"auto\">\(e(a.post))</td><td>\(a.scores.overall)</td><td>\(e(a.verdict.label(language)))</td><td dir=\"auto\">\(e(a.reaction ?? ""))</td><td>\(e(Self.findings(a, language)))</td></tr>\n"
                case .facilitator(let event):
                    html += "<tr class=\"facilitator\"><td>\(e(Transcript.format(event.time, language)))</td><td>\(e(event.beat))</td><td colspan=\"7\" dir=\"auto\"><em>\(e(Self.describe(event, language)))</em></td></tr>\n"
                }
            }
            html += "</table>\n"
        }
        html += "<h3>\(e(t(.aarPaths)))</h3>\n<ul>\n"
        for (route, trainees) in routes {
            html += "<li><bdi>\(e(route))</bdi>: " + trainees.map { "<span dir=\"auto\">\(e($0.label(language)))</span>" + ($0.firstTurn(language).map { " (" + e($0) + ")" } ?? "") }.joined(separator: "; ") + "</li>\n"
        }
        return html + "</ul>\n"
    }
}
