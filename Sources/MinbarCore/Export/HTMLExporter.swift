import Foundation

/// The debrief as one self-contained HTML file: no scripts, fonts, images or external
/// links; inline SVG charts; `dir="auto"` on posts so Arabic reads right to left; values
/// in a sentence (profile name, ids, titles) each isolated whole (`<bdi>`, FSI…PDI in the
/// `<title>`) and mixed messages isolated run by run (see `mixed`); everything escaped;
/// well-formed enough to parse as XML; prints cleanly.
public enum HTMLExporter {
    /// The page every HTML export shares (the debrief and the cohort report): the one
    /// viewport line and style a phone needs. A table wider than the screen scrolls inside
    /// itself instead of widening the page (a cohort's after-action table has eight
    /// columns), a chart shrinks to fit, and a scenario id in a heading (`.id`) moves to the
    /// next line whole rather than breaking at its hyphen («crisis-dairy-recall-» / «ar»).
    static let sharedHead = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
    static let sharedStyle = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
        h1,h2,h3{line-height:1.2}table{border-collapse:collapse;display:block;max-width:100%;overflow-x:auto}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:start}
        svg{max-width:100%;height:auto}.id{display:inline-block;max-width:100%;overflow-wrap:anywhere}
        """

    /// The debrief with its headings, labels and charts in `language` (`lang` and `dir`
    /// follow it); posts, findings and reactions stay in the language they were written in.
    public static func render(_ transcript: Transcript, plan: CommunicationPlan? = nil, language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        func count(_ key: UIText, _ number: Int) -> String { key.count(number, language) }
        let direction = language == .ar ? "rtl" : "ltr"
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)" dir="\(direction)">
            <head>
            <meta charset="utf-8"/>
            \(Self.sharedHead)
            <title>\(escape(BidiIsolation.isolatedText(BidiIsolation.runs(filling: UIText.exportTitleShort.localized.text(language), with: [transcript.profile], base: language.direction))))</title>
            <style>
            \(Self.sharedStyle)
            .post{border-inline-start:4px solid #888;padding:.4rem .8rem;background:#f6f6f6;white-space:pre-wrap}
            .verdict-ready{color:#17692f}.verdict-revise{color:#8a5a00}.verdict-blocked{color:#a4161a}
            .charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0;max-width:100%}figcaption{font-size:.9rem;color:#444}
            .finding{margin:.2rem 0}.rule{font-family:ui-monospace,monospace}h2 small{display:inline-block;max-width:100%;overflow-wrap:anywhere}
            @media print{body{margin:0;max-width:none}.attempt{break-inside:avoid}}
            </style>
            </head>
            <body>
            <h1>\(filled(.exportTitle, [transcript.profile], language: language))</h1>
            <p>\(escape(t(.exportGenerated, Transcript.format(transcript.generated, language)))) · \(escape(count(.sessionsCount, transcript.sessions))) · \(escape(count(.attemptsCount, transcript.attempts.count))) · \(escape(count(.scenariosCount, transcript.scenariosDone)))</p>

            """
        html += summaryTable(transcript, language: language)
        html += "<h2>\(escape(t(.exportCharts)))</h2>\n<div class=\"charts\">\n"
        for (name, dimension) in MarkdownExporter.dimensionRows(language) {
            let values = transcript.values(dimension)
            let caption = values.last.map { t(.chartCaption, $0, values.max() ?? $0, count(.attemptsCount, values.count)) } ?? t(.chartNoScores)
            html += figure(caption: caption, svg: SVGCharts.line(values, title: t(.chartOverTime, name), xLabel: t(.chartAttempt)))
        }
        let byKind = Dictionary(grouping: transcript.attempts, by: \.kind).map { kind, attempts in
            (kind, Double(attempts.map(\.scores.overall).reduce(0, +)) / Double(attempts.count))
        }.sorted { $0.0 < $1.0 }
        html += figure(caption: t(.chartKindCaption),
                       svg: SVGCharts.bars(byKind.map { (MarkdownExporter.kindLabel($0.0, language), $0.1) }, maximum: 100, title: t(.chartKindTitle), scaleLabel: t(.chartScore)))
        html += figure(caption: t(.chartRulesCaption),
                       svg: SVGCharts.bars(transcript.ruleCounts.prefix(10).map { ($0.rule, Double($0.count)) },
                                           maximum: Double(transcript.ruleCounts.first?.count ?? 1), title: t(.chartRulesTitle), scaleLabel: t(.chartFindings)))
        if let plan {
            // Judged on the latest story day when the drills are set later than the export
            // (as `minbar timeline` is): posts are placed on their story's day.
            let posts = transcript.attempts.map(\.planPost)
            let today = PlanTracker.judgingDay(for: posts, now: CalendarDate(transcript.generated))
            let report = PlanTracker.report(for: plan, posts: posts, today: today)
            html += figure(caption: t(.chartTimelineCaption),
                           svg: SVGCharts.timeline(report, title: t(.chartTimelineTitle, plan.title(language)), language: language))
            // The chart cuts long titles to one line: each objective in full, with its status.
            html += "<ol class=\"objectives\">\n" + report.statuses.map { status in
                "<li><bdi>\(escape(status.objective.title(language)))</bdi>: \(escape(status.state.label(language))) "
                    + "<bdi>\(status.postsInPeriod)/\(status.objective.targetPosts)</bdi></li>\n"
            }.joined() + "</ol>\n"
        }
        html += "</div>\n"
        for group in transcript.byScenarioAndBeat {
            let comma = Localized.listSeparator.text(language)
            html += "<h2><bdi>\(escape(group.title))</bdi> <small>(<bdi>\(escape(group.scenario))</bdi>\(comma)\(escape(MarkdownExporter.kindLabel(group.kind, language))))</small></h2>\n"
            for beat in group.beats {
                html += "<h3><bdi>\(escape(beat.title.isEmpty ? t(.exportPost) : beat.title))</bdi> · <bdi>\(escape(SimulatedTime.label(beat.time, language)))</bdi></h3>\n"
                for index in beat.attempts { html += attemptHTML(transcript, index, language: language) }
            }
        }
        if !transcript.events.isEmpty {
            html += "<h2>\(escape(t(.exportFacilitator)))</h2>\n<ul>\n"
            for event in transcript.events {
                html += "<li>\(escape(Transcript.format(event.time, language))) · <bdi>\(escape(event.scenario))</bdi> · <bdi>\(escape(event.beat))</bdi>: \(mixed(AfterActionReview.describe(event, language), base: language.direction))</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    static func summaryTable(_ transcript: Transcript, language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        var html = "<h2>\(escape(t(.exportSummary)))</h2>\n<table>\n<tr><th>\(escape(t(.exportDimension)))</th><th>\(escape(t(.exportAverage)))</th><th>\(escape(t(.exportBest)))</th></tr>\n"
        for (name, dimension) in MarkdownExporter.dimensionRows(language) {
            let values = transcript.values(dimension)
            let average = transcript.average(dimension).map { String(format: "%.1f", $0) } ?? t(.notAvailable)
            html += "<tr><td>\(escape(name))</td><td>\(escape(average))</td><td>\(escape(values.max().map(String.init) ?? t(.notAvailable)))</td></tr>\n"
        }
        html += "</table>\n"
        if let trend = transcript.trend {
            html += "<p>\(escape(t(.exportTrend, String(format: "%.1f", trend.first), String(format: "%.1f", trend.latest))))</p>\n"
        }
        return html
    }

    static func figure(caption: String, svg: String) -> String {
        "<figure>\n\(svg)<figcaption>\(escape(caption))</figcaption>\n</figure>\n"
    }

    static func attemptHTML(_ transcript: Transcript, _ index: Int, language: Language = .en) -> String {
        func t(_ key: UIText, _ arguments: any CustomStringConvertible...) -> String { Localized.fill(key.localized.text(language), arguments.map(\.description)) }
        let attempt = transcript.attempts[index]
        var html = "<div class=\"attempt\">\n<h4>\(escape(t(.exportAttempt, index + 1, Transcript.format(attempt.time, language))))</h4>\n"
        html += "<p class=\"post\" dir=\"auto\">\(escape(attempt.post))</p>\n"
        let alignment = attempt.scores.alignment.map(String.init) ?? t(.notAvailable)
        html += "<p>\(escape(t(.exportScoresLine, attempt.scores.professionalism, alignment, attempt.scores.compliance, attempt.scores.overall))) · <strong class=\"verdict-\(escape(attempt.verdict.rawValue))\">\(escape(attempt.verdict.label(language)))</strong></p>\n"
        if let change = transcript.change(at: index) {
            let fixed = change.fixed.isEmpty ? escape(t(.exportNone)) : change.fixed.map { "<bdi>\(escape($0))</bdi>" }.joined(separator: Localized.listSeparator.text(language))
            let new = change.new.isEmpty ? escape(t(.exportNone)) : change.new.map { "<bdi>\(escape($0))</bdi>" }.joined(separator: Localized.listSeparator.text(language))
            html += "<p>\(Localized.fill(escape(UIText.exportSince.localized.text(language)), [fixed, new]))</p>\n"
        }
        if let strengths = attempt.strengths, !strengths.isEmpty {
            // Isolated as one run, not one run per message: English strengths on an Arabic page,
            // isolated one by one, were laid right to left as a row and wrapped mid-message.
            html += "<p class=\"strengths\"><em>\(escape(t(.exportStrengths)))</em> " + mixed(strengths.map(\.message).joined(separator: " ")) + "</p>\n"
        }
        if !attempt.findings.isEmpty {
            html += "<ul>\n"
            for finding in attempt.findings {
                let quote = finding.excerpt.isEmpty ? "" : " «<bdi>\(escape(finding.excerpt))</bdi>»"
                let cost = finding.penalty > 0 ? " (" + escape(UIText.points(language, finding.penalty, finding.dimension.label(language))) + ")" : ""
                // The message and the suggestion are in the post's language, which may not be the
                // page's: each gets a block of its own direction, so a sentence wrapped over two
                // lines is not split around the interface's words.
                html += "<li class=\"finding\"><bdi class=\"rule\">\(escape(finding.rule))</bdi> \(escape(finding.severity.label(language)))\(cost)\(quote):"
                    + "<div dir=\"\(BidiIsolation.baseDirection(of: finding.message).rawValue)\">\(mixed(finding.message))</div>"
                    + "<div dir=\"\(BidiIsolation.baseDirection(of: finding.suggestion).rawValue)\"><em>\(escape(UIText.exportTry(Language.of(feedback: finding.suggestion))))</em> \(mixed(finding.suggestion))</div></li>\n"
            }
            html += "</ul>\n"
        }
        if let reaction = attempt.reaction { html += "<p><em>\(escape(t(.exportReaction)))</em> \(mixed(reaction))</p>\n" }
        return html + "</div>\n"
    }

    /// Text that may mix Arabic and English, escaped: laid out in the direction most of
    /// its letters take, with each run of the other direction in `<bdi>`, so a quoted
    /// Arabic phrase does not drag an English sentence's punctuation around (or the
    /// reverse).
    public static func mixed(_ text: String, base given: BidiIsolation.Direction? = nil) -> String {
        let base = given ?? BidiIsolation.baseDirection(of: text)
        return markup(BidiIsolation.runs(text, base: base), base: base)
    }

    /// A catalogue message in the interface's direction with each value (a profile name,
    /// an id) in its own `<bdi>`, whole: see `BidiIsolation.runs(filling:with:base:)`.
    static func filled(_ key: UIText, _ values: [String], language: Language) -> String {
        markup(BidiIsolation.runs(filling: key.localized.text(language), with: values, base: language.direction), base: language.direction)
    }

    /// The whole is a `<bdi>` too, not a `<span dir>`: browsers isolate a `<span dir>` from
    /// its surroundings only sometimes (Chromium does not), and an English finding inside
    /// an Arabic list item then lends its full stop to the Arabic around it.
    static func markup(_ pieces: [(text: Substring, isolated: Bool)], base: BidiIsolation.Direction) -> String {
        var html = "<bdi dir=\"\(base.rawValue)\">"
        for piece in pieces {
            html += piece.isolated ? "<bdi>" + escape(String(piece.text)) + "</bdi>" : escape(String(piece.text))
        }
        return html + "</bdi>"
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
