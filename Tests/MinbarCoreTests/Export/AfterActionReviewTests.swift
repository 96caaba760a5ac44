import Foundation
import Testing
@testable import MinbarCore

@Suite struct AfterActionReviewTests {
    /// Three trainees play the leak crisis: two blame the contractor and end in court,
    /// one apologises and reaches the review.
    func documents() throws -> [JSONExporter.Document] {
        let scenario = try #require(ScenarioParser.parse(path: "leak.scenario.md", text: storyScenario).scenario)
        let engine = ScoringEngine()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        func play(_ name: String, _ posts: [String], late: Bool = false) throws -> JSONExporter.Document {
            var practice = PracticeSession(scenarios: [scenario]) { scenario, beat in
                ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: beat), date: nil)
            }
            try practice.open("crisis-leak")
            var records: [AttemptRecord] = []
            for (index, post) in posts.enumerated() {
                let outcome = try practice.submit(post, late: late && index == 0)
                var record = AttemptRecord(time: start.addingTimeInterval(Double(index) * 600), profile: name, scenario: scenario,
                                           beat: outcome.beat, platform: .x, report: outcome.report, reaction: outcome.reaction?.text,
                                           nextBeat: outcome.next?.id)
                record.late = outcome.beat.deadline == nil ? nil : outcome.late
                records.append(record)
            }
            let note = FacilitatorEvent(time: start.addingTimeInterval(60), profile: name, scenario: "crisis-leak", beat: "t0",
                                        kind: .note, text: "\(name) asked legal first", postsBefore: 1)
            return JSONExporter.Document(schemaVersion: 1, profile: name, generated: start, attempts: records, events: [note])
        }
        return [
            try play("amal", ["It is not our fault: the contractor's valve failed.", "We own this.", "We will see them in court."]),
            try play("badr", ["The contractor is to blame, not us.", "Our fault, and we are sorry.", "Court dates are set."]),
            try play("carla", ["We are sorry about the smell near the plant tonight.", "An update on the leak follows.", "The review starts today."]),
        ]
    }

    @Test func pathsAreComparedAcrossTheCohort() throws {
        let report = CohortReport(documents: try documents(), anonymise: false, generated: Date(timeIntervalSince1970: 1_800_100_000))
        let review = AfterActionReview(scenario: "crisis-leak", trainees: report.trainees)
        // Blame at t0 costs trust after the branch is chosen, so the calm beat's test on trust sends them to court.
        #expect(review.paths.map(\.route) == ["t0 → t1-calm → t2-court → end", "t0 → t1-calm → t2-court → end",
                                               "t0 → t1-calm → t2-review → end"])
        #expect(review.routes.map(\.route) == ["t0 → t1-calm → t2-court → end", "t0 → t1-calm → t2-review → end"])
        #expect(review.routes[0].trainees.map(\.trainee) == ["amal", "badr"])
        #expect(review.paths[0].firstTurn?.contains("tone.blame") == true, "why amal went the angry way")
        // The note sits after the first post, before the second.
        let kinds = review.paths[0].entries.map { entry -> String in
            if case .post(let attempt) = entry { return attempt.beat } else { return "note" }
        }
        #expect(kinds == ["t0", "note", "t1-calm", "t2-court"])
        let markdown = report.markdown(scenario: "crisis-leak")
        #expect(markdown.contains("### Paths across the cohort"))
        #expect(markdown.contains("- t0 → t1-calm → t2-court → end: amal (t0: revise"))
        #expect(markdown.contains("note: carla asked legal first"))
        let html = report.html(scenario: "crisis-leak")
        #expect(html.contains("<h3>Paths across the cohort</h3>"))
        #expect(html.contains("<em>note: amal asked legal first</em>"))
    }

    /// A trainee who plays the scenario again (opens it anew, or rewrites its opening
    /// beat) walks a second path; the review joined them into one ("t0 → t0 → t1-calm
    /// → …"), grouped it with nobody and judged the first turn of the two together.
    /// Rewriting a later beat (/retry at t1) stays in the same path.
    @Test func aSecondPlayOfTheScenarioIsAPathOfItsOwn() throws {
        var play = RecordedPractice(try #require(ScenarioParser.parse(path: "leak.scenario.md", text: storyScenario).scenario))
        try play.practice.open("crisis-leak")
        try play.post("It is not our fault: the contractor's valve failed.")
        try play.post("We own this.")
        try play.practice.open("crisis-leak")
        try play.post("We are sorry about the smell near the plant tonight.")
        try play.post("An update follows.")
        _ = try play.practice.retry()
        try play.post("An update on the leak follows.")
        try play.post("The review starts today.")
        let start = play.start
        let dana = JSONExporter.Document(schemaVersion: 1, profile: "dana", generated: start, attempts: play.records, events: [])
        let report = CohortReport(documents: try documents() + [dana], anonymise: false, generated: start)
        let review = AfterActionReview(scenario: "crisis-leak", trainees: report.trainees)
        let routes = review.paths.filter { $0.trainee == "dana" }.map(\.route)
        #expect(routes == ["t0 → t1-calm → t2-court", "t0 → t1-calm → t1-calm → t2-review → end"], "\(review.paths.map(\.route))")
        #expect(review.routes.first { $0.route == "t0 → t1-calm → t2-court" }?.trainees.count == 1)
        let markdown = report.markdown(scenario: "crisis-leak")
        #expect(markdown.contains("### dana, run 1\n\nPath: t0 → t1-calm → t2-court\n"), "\(markdown)")
        #expect(markdown.contains("### dana, run 2\n\nPath: t0 → t1-calm → t1-calm → t2-review → end\n"), "\(markdown)")
        #expect(markdown.contains("### amal\n"), "a trainee who played once keeps a plain heading")
        #expect(report.markdown(scenario: "crisis-leak", language: .ar).contains("### dana، الجولة 2\n"))
        #expect(report.html(scenario: "crisis-leak").contains("<h3 dir=\"auto\">dana, run 2</h3>"))
    }

    /// A scenario of one beat is all redrafts: three drafts and two `/retry`s are one play
    /// ("main → main → main → end"), not three runs of "main → end" (28 of the 31 bundled
    /// scenarios have one beat).
    @Test func redraftsOfAOneBeatScenarioAreOnePlay() throws {
        let text = """
            # Margins
            id: t-margins
            kind: investor
            audience: analysts
            platform: x
            language: en
            difficulty: 1

            ## Situation
            An analyst asks about margins.

            ## Goals
            - explain: freight, input costs | move: cause
            """
        var play = RecordedPractice(try #require(ScenarioParser.parse(path: "t.scenario.md", text: text).scenario))
        try play.practice.open("t-margins")
        try play.post("Margins are fine.")
        _ = try play.practice.retry()
        try play.post("Margins fell.")
        _ = try play.practice.retry()
        try play.post("Margins fell because freight and input costs rose.")
        let dana = JSONExporter.Document(schemaVersion: 1, profile: "dana", generated: play.start, attempts: play.records, events: [])
        let report = CohortReport(documents: [dana], anonymise: false, generated: play.start)
        let review = AfterActionReview(scenario: "t-margins", trainees: report.trainees)
        #expect(review.paths.map(\.route) == ["main → main → main → end"], "\(review.paths.map(\.route))")
        #expect(!report.markdown(scenario: "t-margins").contains("run 2"))
    }
}

/// One trainee's practice of a scenario, each post recorded as the REPL saves it, ten
/// minutes apart.
struct RecordedPractice {
    let scenario: Scenario
    var practice: PracticeSession
    var records: [AttemptRecord] = []
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    init(_ scenario: Scenario) {
        self.scenario = scenario
        let engine = ScoringEngine()
        practice = PracticeSession(scenarios: [scenario]) { scenario, beat in
            ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: beat), date: nil)
        }
    }

    mutating func post(_ text: String) throws {
        let outcome = try practice.submit(text, late: false)
        records.append(AttemptRecord(time: start.addingTimeInterval(Double(records.count) * 600), profile: "default", scenario: scenario,
                                     beat: outcome.beat, platform: .x, report: outcome.report, reaction: outcome.reaction?.text,
                                     nextBeat: outcome.next?.id))
    }
}
