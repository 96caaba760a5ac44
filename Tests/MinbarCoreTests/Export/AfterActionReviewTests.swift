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
}
