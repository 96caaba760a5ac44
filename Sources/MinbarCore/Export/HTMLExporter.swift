import Foundation

/// The debrief as one self-contained HTML file: no scripts, fonts, images or external
/// links; inline SVG charts; `dir="auto"` on posts and titles so Arabic reads right to
/// left, and mixed messages isolated run by run (`<bdi>`, see `mixed`); everything escaped; well-formed enough to parse as XML; prints cleanly.
public enum HTMLExporter {
    public static func render(_ transcript: Transcript, plan: CommunicationPlan? = nil) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Minbar transcript: \(escape(transcript.profile))</title>
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
            h1,h2,h3{line-height:1.2}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
            .post{border-left:4px solid #888;padding:.4rem .8rem;background:#f6f6f6;white-space:pre-wrap}
            .verdict-ready{color:#17692f}.verdict-revise{color:#8a5a00}.verdict-blocked{color:#a4161a}
            .charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-size:.9rem;color:#444}
            .finding{margin:.2rem 0}.rule{font-family:ui-monospace,monospace}
            @media print{body{margin:0;max-width:none}.attempt{break-inside:avoid}}
            </style>
            </head>
            <body>
            <h1>Minbar practice transcript: <span dir="auto">\(escape(transcript.profile))</span></h1>
            <p>Generated \(Transcript.format(transcript.generated)) · \(plural(transcript.sessions, "session")) · \(plural(transcript.attempts.count, "attempt")) · \(plural(transcript.scenariosDone, "scenario"))</p>

            """
        html += summaryTable(transcript)
        html += "<h2>Charts</h2>\n<div class=\"charts\">\n"
        for (name, dimension) in [("Professionalism", Dimension.professionalism), ("Alignment", .alignment), ("Compliance", .compliance)] as [(String, Dimension?)] + [("Overall", nil)] {
            let values = transcript.values(dimension)
            let caption = values.last.map { "latest \($0), best \(values.max() ?? $0), over \(plural(values.count, "attempt"))" } ?? "no scores yet"
            html += figure(caption: caption, svg: SVGCharts.line(values, title: "\(name) over time"))
        }
        let byKind = Dictionary(grouping: transcript.attempts, by: \.kind).map { kind, attempts in
            (kind, Double(attempts.map(\.scores.overall).reduce(0, +)) / Double(attempts.count))
        }.sorted { $0.0 < $1.0 }
        html += figure(caption: "overall score, 0 to 100, averaged over each kind's attempts",
                       svg: SVGCharts.bars(byKind.map { ($0.0, $0.1) }, maximum: 100, title: "Average overall by scenario kind", scaleLabel: "score"))
        html += figure(caption: "findings per rule, most frequent first",
                       svg: SVGCharts.bars(transcript.ruleCounts.prefix(10).map { ($0.rule, Double($0.count)) },
                                           maximum: Double(transcript.ruleCounts.first?.count ?? 1), title: "Most frequent rules", scaleLabel: "findings"))
        if let plan {
            let today = CalendarDate(transcript.generated)
            let report = PlanTracker.report(for: plan, posts: transcript.attempts.map(\.planPost), today: today)
            html += figure(caption: "band: the objective's window · dot: a post (orange: without evidence) · dashed: today",
                           svg: SVGCharts.timeline(report, title: "Objectives timeline: \(plan.title)"))
        }
        html += "</div>\n"
        for group in transcript.byScenarioAndBeat {
            html += "<h2><span dir=\"auto\">\(escape(group.title))</span> <small>(\(escape(group.scenario)), \(escape(group.kind)))</small></h2>\n"
            for beat in group.beats {
                html += "<h3><span dir=\"auto\">\(escape(beat.title.isEmpty ? "Post" : beat.title))</span> · \(escape(beat.time))</h3>\n"
                for index in beat.attempts { html += attemptHTML(transcript, index) }
            }
        }
        if !transcript.events.isEmpty {
            html += "<h2>Facilitator</h2>\n<ul>\n"
            for event in transcript.events {
                html += "<li>\(escape(Transcript.format(event.time))) · \(escape(event.scenario)) · \(escape(event.beat)): <span dir=\"auto\">\(escape(AfterActionReview.describe(event)))</span></li>\n"
            }
            html += "</ul>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    static func summaryTable(_ transcript: Transcript) -> String {
        var html = "<h2>Summary</h2>\n<table>\n<tr><th>Dimension</th><th>Average</th><th>Best</th></tr>\n"
        for (name, dimension) in [("Professionalism", Dimension.professionalism), ("Alignment", .alignment), ("Compliance", .compliance)] as [(String, Dimension?)] + [("Overall", nil)] {
            let values = transcript.values(dimension)
            let average = transcript.average(dimension).map { String(format: "%.1f", $0) } ?? "n/a"
            html += "<tr><td>\(name)</td><td>\(average)</td><td>\(values.max().map(String.init) ?? "n/a")</td></tr>\n"
        }
        html += "</table>\n"
        if let trend = transcript.trend {
            html += "<p>Trend: overall \(String(format: "%.1f", trend.first)) in the first week, \(String(format: "%.1f", trend.latest)) in the latest week.</p>\n"
        }
        return html
    }

    static func figure(caption: String, svg: String) -> String {
        "<figure>\n\(svg)<figcaption>\(escape(caption))</figcaption>\n</figure>\n"
    }

    static func attemptHTML(_ transcript: Transcript, _ index: Int) -> String {
        let attempt = transcript.attempts[index]
        var html = "<div class=\"attempt\">\n<h4>Attempt \(index + 1) · \(Transcript.format(attempt.time))</h4>\n"
        html += "<p class=\"post\" dir=\"auto\">\(escape(attempt.post))</p>\n"
        let alignment = attempt.scores.alignment.map(String.init) ?? "n/a"
        html += "<p>Professionalism \(attempt.scores.professionalism) · alignment \(alignment) · compliance \(attempt.scores.compliance) · overall \(attempt.scores.overall) · <strong class=\"verdict-\(escape(attempt.verdict.rawValue))\">\(escape(attempt.verdict.rawValue))</strong></p>\n"
        if let change = transcript.change(at: index) {
            html += "<p>Since the previous attempt: fixed \(change.fixed.isEmpty ? "none" : escape(change.fixed.joined(separator: ", "))); new \(change.new.isEmpty ? "none" : escape(change.new.joined(separator: ", ")))</p>\n"
        }
        if let strengths = attempt.strengths, !strengths.isEmpty {
            html += "<p class=\"strengths\"><em>Strengths:</em> <span dir=\"auto\">" + strengths.map { escape($0.message) }.joined(separator: " ") + "</span></p>\n"
        }
        if !attempt.findings.isEmpty {
            html += "<ul>\n"
            for finding in attempt.findings {
                let quote = finding.excerpt.isEmpty ? "" : " «<bdi>\(escape(finding.excerpt))</bdi>»"
                html += "<li class=\"finding\"><span class=\"rule\">\(escape(finding.rule))</span> \(escape(finding.severity.rawValue))\(finding.penalty > 0 ? " (−\(finding.penalty) \(escape(finding.dimension.rawValue)))" : "")\(quote): \(mixed(finding.message)) <em>Try:</em> \(mixed(finding.suggestion))</li>\n"
            }
            html += "</ul>\n"
        }
        if let reaction = attempt.reaction { html += "<p><em>Reaction:</em> \(mixed(reaction))</p>\n" }
        return html + "</div>\n"
    }

    /// Text that may mix Arabic and English, escaped: laid out in the direction most of
    /// its letters take, with each run of the other direction in `<bdi>`, so a quoted
    /// Arabic phrase does not drag an English sentence's punctuation around (or the
    /// reverse).
    public static func mixed(_ text: String) -> String {
        let base = BidiIsolation.baseDirection(of: text)
        var html = "<span dir=\"\(base.rawValue)\">"
        for piece in BidiIsolation.runs(text, base: base) {
            html += piece.isolated ? "<bdi>" + escape(String(piece.text)) + "</bdi>" : escape(String(piece.text))
        }
        return html + "</span>"
    }

    /// Escapes for text and attribute values alike; control characters become U+FFFD so
    /// the document stays well-formed XML.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
