import Foundation
import FoundationXML
import Testing
@testable import MinbarCore

/// A fixed practice history: two scenarios, a retry with findings fixed, Arabic, emoji,
/// quotes and a formula-looking post, at fixed times (no clock involved).
enum FixedStore {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T... UTC

    static func attempts() throws -> [AttemptRecord] {
        let q3 = try #require(ScenarioParser.parse(path: "q3.scenario.md", text: canonicalScenario).scenario)
        let crisis = try #require(ScenarioParser.parse(path: "c.scenario.md", text: crisisScenario).scenario)
        let engine = ScoringEngine()
        let posts: [(Scenario, Int, String, Double)] = [
            (q3, 0, "Margins are fine!!! Short sellers lie, \"trust me\" 🚀", 0),
            (q3, 0, "Our Q3 gross margin was 37%, down from 41%, as shown in our published results. Freight costs drove the decline; our plan cuts them by 30 June.", 600),
            (crisis, 0, "نعتذر: انقطعت الكهرباء عن السيب 😔 والتحديث القادم الساعة ٦ مساء اليوم.", 8 * 86_400),
            (crisis, 2, "=SUM(A1) power is restored in Seeb, crews still in Bausher", 8 * 86_400 + 300),
        ]
        return posts.map { scenario, beatIndex, text, offset in
            let beat = scenario.beats[beatIndex]
            let report = engine.score(text, beat: PreparedBeat(scenario: scenario, beat: beat))
            let reaction = beat.reactions.first { $0.condition?.holds(in: report) ?? true }
            return AttemptRecord(time: start.addingTimeInterval(offset), profile: "rania", scenario: scenario, beat: beat,
                                 platform: scenario.platform, report: report, reaction: reaction?.text, nextBeat: nil)
        }
    }

    static func transcript() throws -> Transcript {
        Transcript(profile: "rania", attempts: try attempts(), generated: Date(timeIntervalSince1970: 1_796_000_000))
    }
}

/// Compares with a golden file; `MINBAR_RECORD_GOLDEN=1 swift test` writes it anew.
func expectGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["MINBAR_RECORD_GOLDEN"] != nil {
        try Data(text.utf8).write(to: url)
        return
    }
    // Raw bytes: String(contentsOf:) would drop the CSV's byte order mark.
    let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text == golden, "differs from Golden/\(name); inspect, then re-record with MINBAR_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
}

@Suite struct ExportTests {
    /// The transcript's rule chart counts what the cohort and `/progress` count: findings
    /// that cost points, not free notes (a new user saw a note top the "most frequent rules").
    @Test func ruleCountsCountOnlyFindingsThatCostPoints() throws {
        var attempts = try FixedStore.attempts()
        let counts = { (attempts: [AttemptRecord]) in
            Dictionary(uniqueKeysWithValues: Transcript(profile: "rania", attempts: attempts, generated: Date()).ruleCounts.map { ($0.rule, $0.count) })
        }
        let before = counts(attempts)
        let index = try #require(attempts.firstIndex { !$0.findings.isEmpty })
        let rule = attempts[index].findings[0].rule
        let costing = attempts.flatMap(\.findings).filter { $0.rule == rule && $0.penalty > 0 }.count
        #expect(before[rule] == costing && costing > 0)
        // The same finding as a free note leaves the count.
        attempts[index].findings[0].penalty = 0
        #expect(counts(attempts)[rule] == (costing > 1 ? costing - 1 : nil))
    }

    @Test func markdownMatchesItsGoldenFile() throws {
        let markdown = MarkdownExporter.render(try FixedStore.transcript())
        try expectGolden(markdown, "transcript.md")
        #expect(markdown.contains("Since the previous attempt: fixed"))
        #expect(markdown.contains("<div dir=\"auto\">"))
        #expect(markdown.contains("نعتذر: انقطعت الكهرباء عن السيب 😔"))
    }

    @Test func csvMatchesItsGoldenFileAndQuotesProperly() throws {
        let csv = CSVExporter.render(try FixedStore.transcript())
        try expectGolden(csv, "transcript.csv")
        let rows = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 5)
        #expect(rows[0] == CSVExporter.header.joined(separator: ","))
        #expect(CSVExporter.cell("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVExporter.cell("say \"hi\", ok") == "\"say \"\"hi\"\", ok\"")
        #expect(CSVExporter.cell("-12") == "-12", "numbers are not formulas")
    }

    @Test func htmlIsSelfContainedWellFormedAndHasOneSVGPerChart() throws {
        let plan = PlanParser.parse(path: "p.plan.md", text: samplePlanText).plan
        let html = HTMLExporter.render(try FixedStore.transcript(), plan: plan)
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(html.components(separatedBy: "<svg").count - 1 == 7, "4 dimensions, kinds, rules, timeline")
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("url("))
        #expect(html.contains("dir=\"auto\""))
        #expect(html.contains("&quot;trust me&quot;"))
        #expect(html.contains("نعتذر"))
        #expect(HTMLExporter.render(try FixedStore.transcript()).components(separatedBy: "<svg").count - 1 == 6)
        // Every objective's title in full under the chart, which cuts long ones to a line.
        for objective in try #require(plan).objectives {
            #expect(html.contains("<li><bdi>\(HTMLExporter.escape(objective.title(.en)))</bdi>: "), "\(objective.title(.en))")
        }
    }

    /// A value put into an Arabic sentence (the profile name, a scenario's title and id)
    /// is isolated whole. Isolating the filled sentence by its letters instead left a
    /// value's leading digit outside: "2nd-team" was drawn as "nd-team2", and the
    /// `<title>`, where markup cannot go, had no isolation at all.
    /// A score of 100 is labelled above its point; the label must clear the chart's title
    /// (baseline 14, 12 px), in either language's title.
    @Test(arguments: ["Professionalism", "المهنية"])
    func aTopScoresLabelClearsTheTitle(_ title: String) throws {
        let svg = SVGCharts.line([100, 60, 100], title: title)
        let pattern = try NSRegularExpression(pattern: ##"<text x="[0-9.]+" y="([0-9.]+)" font-size="9"[^>]*fill="#1f5fa8"[^>]*>100<"##)
        let labels = pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { match in
            Range(match.range(at: 1), in: svg).flatMap { Double(svg[$0]) }
        }
        #expect(labels.count == 2, "\(svg)")
        // A 9 px label's top is about 7 px above its baseline; the title ends about 3 px below its own.
        #expect(labels.allSatisfy { $0 - 7 >= 14 + 3 }, "\(labels)")
    }

    @Test func theArabicPageIsolatesEachValueWhole() throws {
        let transcript = Transcript(profile: "2nd-team", attempts: try FixedStore.attempts(), generated: Date(timeIntervalSince1970: 1_796_000_000))
        let html = HTMLExporter.render(transcript, language: .ar)
        // Brand and profile joined by Arabic words: a colon between the two isolated runs took the
        // page's direction and read "2nd-team :Minbar".
        #expect(html.contains("<title>سجل \u{2068}Minbar\u{2069} للملف \u{2068}2nd-team\u{2069}</title>"))
        #expect(html.contains("<h1><bdi dir=\"rtl\">سجل التدريب في <bdi>Minbar</bdi> للملف الشخصي <bdi>2nd-team</bdi></bdi></h1>"))
        #expect(html.contains("<h2><bdi>Analyst asks about margins after Q3</bdi> <small>(<bdi>investor-q3-margins</bdi>، المستثمرون)</small></h2>"))
        #expect(html.contains("<h3><bdi>"), "beat titles are values too")
        // A long id wrapped at its hyphen put the parenthesis at the end of the first line
        // («(crisis-warehouse-» / «fire، الأزمات)» in Chromium): the id and kind stay together,
        // as one box that moves to the next line whole; on a phone narrower than the box it
        // wraps inside rather than running off the page (nowrap overflowed at 400 px).
        #expect(html.contains("h2 small{display:inline-block;max-width:100%;overflow-wrap:anywhere}"))
        // A chart's caption opens with its count, which stays nominative («محاولتان: الأخيرة …»);
        // after «خلال» a dual would need «محاولتين».
        #expect(html.contains("محاولات: الأخيرة ") || html.contains("محاولتان: الأخيرة ") || html.contains("محاولة: الأخيرة "))
        #expect(!html.contains("خلال محاولتان"))
        // An English finding (the post was English) sits in an Arabic list item as blocks of
        // its own direction, so a wrapped sentence keeps its order and its full stop.
        let finding = try #require(html.components(separatedBy: "<li class=\"finding\">").dropFirst().first)
        #expect(finding.contains(":<div dir=\"ltr\"><bdi dir=\"ltr\">"), "\(finding)")
        // Its "Try:" label is part of the finding, so it is in the finding's language.
        #expect(finding.contains("<div dir=\"ltr\"><em>Try:</em> <bdi dir=\"ltr\">"), "\(finding)")
        #expect(!finding.contains("<span dir="), "\(finding)")
        // English strengths are one isolated run: isolated one by one, they were laid right
        // to left as a row on the Arabic page and wrapped mid-message (found in Chromium).
        let paragraphs = html.components(separatedBy: "<p class=\"strengths\">").dropFirst().compactMap { $0.components(separatedBy: "</p>").first }
        let english = try #require(paragraphs.first { $0.contains("Explained the cause.") && $0.contains("Committed to") })
        #expect(english.components(separatedBy: "<bdi").count - 1 == 1, "\(english)")
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    /// The English page says the same words; only the values gain isolation, which an
    /// Arabic profile name or title needs there just as much.
    @Test func theEnglishPageKeepsItsWordsWithValuesIsolated() throws {
        let transcript = Transcript(profile: "2nd-team", attempts: try FixedStore.attempts(), generated: Date(timeIntervalSince1970: 1_796_000_000))
        let html = HTMLExporter.render(transcript)
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(html.contains("<title>Minbar transcript: \u{2068}2nd-team\u{2069}</title>"))
        #expect(html.contains("<h1><bdi dir=\"ltr\">Minbar practice transcript: <bdi>2nd-team</bdi></bdi></h1>"))
        #expect(html.contains("<h2><bdi>Analyst asks about margins after Q3</bdi> <small>(<bdi>investor-q3-margins</bdi>, investor)</small></h2>"))
    }

    @Test func jsonRoundTripsExactly() throws {
        let transcript = try FixedStore.transcript()
        let json = try JSONExporter.render(transcript)
        let document = try JSONExporter.read(Data(json.utf8))
        #expect(document.schemaVersion == 1)
        #expect(document.attempts == transcript.attempts)
        let again = try JSONExporter.render(Transcript(profile: document.profile, attempts: document.attempts, generated: document.generated))
        #expect(again == json)
        #expect(throws: JSONExporter.ImportError.unsupportedSchema(9)) { _ = try JSONExporter.read(Data("{\"schemaVersion\": 9}".utf8)) }
    }

    @Test func summaryAndFilters() throws {
        let transcript = try FixedStore.transcript()
        #expect(transcript.sessions == 2)
        #expect(transcript.scenariosDone == 2)
        #expect(transcript.trend != nil)
        #expect(transcript.change(at: 1)?.fixed.contains("tone.punctuation-run") == true)
        let onlyCrisis = Transcript(profile: "rania", attempts: try FixedStore.attempts(), filter: .init(kind: "crisis"), generated: Date())
        #expect(onlyCrisis.attempts.count == 2)
        let since = Transcript(profile: "rania", attempts: try FixedStore.attempts(),
                               filter: .init(since: CalendarDate(dayNumber: Int(FixedStore.start.timeIntervalSince1970 / 86_400) + 5)), generated: Date())
        #expect(since.attempts.count == 2)
    }

    /// Both HTML exports read on a phone: a viewport line, and tables that scroll inside
    /// themselves (the cohort's after-action table has eight columns; at 400 px in Chromium
    /// the Arabic cohort report ran off the page, its right half out of reach).
    @Test func everyHTMLExportFitsAPhone() throws {
        let attempts = try FixedStore.attempts()
        let cohort = CohortReport(documents: [JSONExporter.Document(schemaVersion: 1, profile: "rania", generated: Date(), attempts: attempts)],
                                  anonymise: false, generated: Date(timeIntervalSince1970: 1_796_000_000))
        let debrief = HTMLExporter.render(Transcript(profile: "rania", attempts: attempts, generated: Date(timeIntervalSince1970: 1_796_000_000)), language: .ar)
        #expect(cohort.html(scenario: "investor-q3-margins", language: .ar).contains("<bdi class=\"id\">investor-q3-margins</bdi>"))
        for html in [cohort.html(scenario: "investor-q3-margins", language: .ar), cohort.html(), debrief] {
            #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"))
            #expect(html.contains("table{border-collapse:collapse;display:block;max-width:100%;overflow-x:auto}"))
            #expect(html.contains("svg{max-width:100%;height:auto}.id{display:inline-block;max-width:100%;overflow-wrap:anywhere}"))
            #expect(XMLParser(data: Data(html.utf8)).parse())
        }
    }

    /// "Improved least" names someone who had room to improve: a trainee at the top from
    /// the first attempt is not the one to coach, while one who stayed low is.
    @Test func aTraineeAtTheTopFromTheStartIsNotTheLeastImproved() throws {
        let attempts = try FixedStore.attempts()
        try #require(attempts.count >= 2)
        func scored(_ overall: [Int]) -> [AttemptRecord] {
            overall.enumerated().map { index, score in
                var record = attempts[index % attempts.count]
                record.time = Date(timeIntervalSince1970: 1_796_000_000 + Double(index) * 60)
                record.scores.overall = score
                return record
            }
        }
        let documents = [
            JSONExporter.Document(schemaVersion: 1, profile: "khalid", generated: Date(), attempts: scored([100, 100])),
            JSONExporter.Document(schemaVersion: 1, profile: "hilal", generated: Date(), attempts: scored([55, 60])),
            JSONExporter.Document(schemaVersion: 1, profile: "huda", generated: Date(), attempts: scored([40, 85])),
        ]
        let cohort = CohortReport(documents: documents, anonymise: false, generated: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(cohort.leastImproved?.name == "hilal", "\(String(describing: cohort.leastImproved?.name))")
        // A trainee who fell from the top is still named.
        let fell = CohortReport(documents: documents + [JSONExporter.Document(schemaVersion: 1, profile: "salim", generated: Date(), attempts: scored([95, 70]))],
                                anonymise: false, generated: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(fell.leastImproved?.name == "salim")
    }

    @Test func cohortComparesTraineesAndAnonymises() throws {
        let attempts = try FixedStore.attempts()
        let documents = [
            JSONExporter.Document(schemaVersion: 1, profile: "rania", generated: Date(), attempts: attempts),
            JSONExporter.Document(schemaVersion: 1, profile: "khalid", generated: Date(), attempts: Array(attempts.prefix(1))),
        ]
        let named = CohortReport(documents: documents, anonymise: false, generated: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(named.trainees.map(\.name) == ["rania", "khalid"])
        #expect(named.leastImproved?.name == "rania" || named.leastImproved?.improvement != nil)
        // The HTML carries what the Markdown does: by scenario kind, and each rule with how many trainees broke it.
        for language in Language.allCases {
            let html = named.html(language: language), markdown = named.markdown(language: language)
            #expect(html.contains(UIText.cohortByKind.localized.text(language)) && markdown.contains(UIText.cohortByKind.localized.text(language)))
            let rule = try #require(named.ruleCounts.first?.rule)
            #expect(html.contains("<li><bdi class=\"id\">\(rule)</bdi>"), "\(language)")
            #expect(XMLParser(data: Data(html.utf8)).parse())
        }
        let anonymous = CohortReport(documents: documents, anonymise: true, generated: Date())
        let markdown = anonymous.markdown(scenario: "investor-q3-margins")
        #expect(markdown.contains("Trainee A") && markdown.contains("Trainee B"))
        #expect(!markdown.contains("rania") && !markdown.contains("khalid"))
        #expect(markdown.contains("After action"))
        #expect(XMLParser(data: Data(anonymous.html(scenario: "crisis-outage").utf8)).parse())
        #expect(anonymous.csv().contains("Trainee A"))
        // Counts take their number's form: "1 time", «مرة واحدة», «7 مرات», not "1 times" or «7 مرة».
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("- `") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.hasSuffix("of 2 trainees") }, "\(rows)")
        #expect(!rows.contains { $0.contains(" 1 times") })
        let arabic = anonymous.markdown(scenario: "investor-q3-margins", language: .ar)
            .split(separator: "\n").filter { $0.hasPrefix("- `") }
        #expect(!arabic.isEmpty && arabic.allSatisfy { $0.hasSuffix("، والمجموعة متدربان") }, "\(arabic)")
        #expect(!arabic.contains { $0.contains("من المتدربين") })
    }

    @Test func attemptsInTheSameSecondKeepTheirOrder() throws {
        var attempts = try FixedStore.attempts()
        for index in attempts.indices { attempts[index].time = FixedStore.start }
        let reordered = [attempts[2], attempts[0], attempts[3], attempts[1]]
        #expect(Transcript(profile: "p", attempts: reordered, generated: Date()).attempts.map(\.post) == reordered.map(\.post))
        #expect(ProgressSummary(reordered).series(nil) == reordered.map(\.scores.overall))
    }
}

/// A chart of counts marks whole numbers only; a chart of scores keeps its middle.
@Suite struct ChartScaleTests {
    static func axisLabels(_ svg: String) -> [String] {
        // The scale's labels are the size-9, middle-anchored texts under the axis.
        svg.components(separatedBy: "<text").dropFirst().compactMap { piece in
            guard piece.contains("text-anchor=\"middle\""), let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</text>") else { return nil }
            return String(piece[piece.index(after: start)..<end.lowerBound])
        }
    }

    /// Every rule id is shown whole, and the bars start where the longest label ends.
    @Test func barLabelsAreShownWhole() throws {
        let longest = try #require(RuleRegistry.all.map(\.id).max { $0.count < $1.count })
        let svg = SVGCharts.bars([(longest, 2), ("tone.hype", 1)], maximum: 2)
        #expect(svg.contains(">\(longest)</text>"), "\(longest) cut in \(svg)")
        let short = SVGCharts.bars([("tone.hype", 1)], maximum: 1)
        #expect(short.contains("<rect x=\"150.0\""), "\(short)")
        #expect(!svg.contains("<rect x=\"150.0\""), "the bars leave room for '\(longest)'")
    }

    @Test func countsHaveNoHalfMarks() {
        let counts = SVGCharts.bars([("tone.hype", 3), ("policy.mnpi", 1)], maximum: 3)
        #expect(Self.axisLabels(counts) == ["0", "3"], "\(Self.axisLabels(counts))")
        let even = SVGCharts.bars([("tone.hype", 4)], maximum: 4)
        #expect(Self.axisLabels(even) == ["0", "2", "4"])
        let scores = SVGCharts.bars([("investor", 72.5)], maximum: 100)
        #expect(Self.axisLabels(scores) == ["0", "50", "100"])
    }
}
