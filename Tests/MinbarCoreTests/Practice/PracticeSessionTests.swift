import Foundation
import Testing
@testable import MinbarCore

let crisisScenario = """
# Outage in a heatwave
id: crisis-outage
kind: crisis
audience: customers
platform: x
language: any
difficulty: 3

## Beat t0: Lights out
at: T+0
### Situation
Power is out in Seeb and Bausher.
### Goals
- apologise: sorry, نعتذر | needs: apology
- next: update, التحديث | needs: date
### Reactions
- when finding tone.blame: Customers screenshot your post: "They blame the weather."
- when overall >= 80: Customers thank you for the quick update.
- otherwise: Questions pile up.
### Branches
- when finding tone.blame or overall < 60: t1-angry
- otherwise: t1-calm

## Beat t1-angry: The hashtag trends
at: T+45m
### Situation
#ManaraFail trends.
### Goals
- own it: responsibility, مسؤوليتنا
### Branches
- otherwise: end

## Beat t1-calm: Crews on site
at: T+1h30m
### Situation
Crews restore one district.
### Goals
- progress: restored, أعيدت
"""

@Suite struct PracticeSessionTests {
    func session() throws -> PracticeSession {
        let crisis = try #require(ScenarioParser.parse(path: "c.scenario.md", text: crisisScenario).scenario)
        let q3 = try #require(ScenarioParser.parse(path: "q.scenario.md", text: canonicalScenario).scenario)
        let engine = ScoringEngine()
        return PracticeSession(scenarios: [crisis, q3]) { scenario, beat in ScoringContext(engine: engine, beat: PreparedBeat(scenario: scenario, beat: beat), date: nil) }
    }

    @Test func aCalmFirstPostLeadsToTheCalmBeat() throws {
        var practice = try session()
        try practice.open("crisis-outage")
        #expect(practice.beat?.id == "t0")
        let first = try practice.submit("We are sorry: power is out in Seeb and Bausher. Next update at 18:00 today.")
        #expect(first.reaction?.text == "Customers thank you for the quick update.")
        #expect(first.next?.id == "t1-calm")
        #expect(practice.beat?.id == "t1-calm")
        #expect(practice.beat?.at.description == "T+1h30m")
        let second = try practice.submit("Power is restored in Seeb; crews are still in Bausher.")
        #expect(second.next == nil, "the last beat ends the scenario")
        #expect(practice.ended)
        #expect(throws: PracticeSession.Failure.scenarioEnded("crisis-outage")) { _ = try practice.submit("More.") }
    }

    @Test func aBlamingFirstPostLeadsToTheBacklash() throws {
        var practice = try session()
        try practice.open("crisis-outage")
        let first = try practice.submit("The outage was not our fault: the weather is beyond our control.")
        #expect(first.report.ruleIDs.contains("tone.blame"))
        #expect(first.reaction?.text == "Customers screenshot your post: \"They blame the weather.\"")
        #expect(first.next?.id == "t1-angry")
        let second = try practice.submit("هذه مسؤوليتنا، ونعتذر لكل عملائنا.")
        #expect(second.report.language == .ar)
        #expect(second.next == nil)
    }

    @Test func retryGoesBackToTheBeatJustAttemptedAndHintsNeverGiveTheAnswer() throws {
        var practice = try session()
        try practice.open("crisis-outage")
        let apologise = "For 'apologise': Apologise in the first person, with no 'if', and name the mistake as yours."
        #expect(practice.hints().contains(apologise))
        _ = try practice.submit("Not our fault: the grid failed. Update soon.")
        #expect(practice.beat?.id == "t1-angry")
        try practice.retry()
        #expect(practice.beat?.id == "t0")
        let hints = practice.hints()
        #expect(hints.contains(apologise), "the move the goal needs, from the structured goal status")
        #expect(hints.contains { $0.hasPrefix("For 'next':") && $0.contains("date or time") })
        #expect(!hints.joined().contains("sorry"), "a hint names the goal and its move, not the words")
        #expect(!hints.joined().contains("update"), "a hint names the goal and its move, not the words")
    }

    @Test func aPostBlockedForAnAttackIsToldWhatStopsIt() throws {
        // An attack vetoes a post without breaking policy: the hint names it all the same.
        var practice = try session()
        try practice.open("crisis-outage")
        let outcome = try practice.submit("@khalid_fin you are lying about the outage. We fixed it.")
        #expect(outcome.report.verdict == .blocked)
        #expect(!outcome.report.findings.contains { $0.dimension == .compliance && $0.severity == .error })
        try practice.retry()
        let stop = practice.hints().filter { $0.hasPrefix("Remove what stops this post first:") }
        #expect(stop == ["Remove what stops this post first: tone.personal-attack."], "\(practice.hints())")
        _ = try practice.submit("@khalid_fin أنت تكذب بشأن الانقطاع، وقد أصلحناه.")
        try practice.retry()
        #expect(practice.hints().contains("أزل أولاً ما يمنع نشر المنشور: tone.personal-attack."), "\(practice.hints())")
    }

    /// A post that gives a time, but not for the update the goal names, is told that the
    /// move is there and its subject is not, in the post's language.
    @Test func hintsSayWhenTheMoveIsMadeAboutSomethingElse() throws {
        var practice = try session()
        try practice.open("crisis-outage")
        _ = try practice.submit("We apologise for the outage. Power returns at 18:00 today.")
        try practice.retry()
        #expect(practice.hints().contains { $0.hasPrefix("For 'next':") && $0.hasSuffix("Your post makes this move, but not about 'next'.") },
                "\(practice.hints())")
        _ = try practice.submit("نعتذر عن الانقطاع. تعود الكهرباء الساعة 6 مساء اليوم.")
        try practice.retry()
        #expect(practice.hints().contains { $0.hasSuffix("في منشورك هذه الخطوة، لكن لا عن «next».") }, "\(practice.hints())")
        // Not when the post never makes the move at all.
        _ = try practice.submit("Not our fault: the grid failed.")
        try practice.retry()
        #expect(!practice.hints().contains { $0.contains("makes this move") }, "\(practice.hints())")
    }

    @Test func hintsFollowTheLanguageOfThePost() throws {
        var practice = try session()
        try practice.open("crisis-outage")
        _ = try practice.submit("نعمل على الأمر.")
        try practice.retry()
        let hints = practice.hints()
        #expect(hints.contains { $0.hasPrefix("لهدف «apologise»: اعتذر بصيغة المتكلم") }, "\(hints)")
        #expect(!hints.joined().contains("نعتذر"), "never the goal's cue words")
        #expect(!hints.contains { $0.contains("مكتوبة بالإنجليزية") }, "these goals have Arabic words too")
    }

    @Test func hintsSayWhenTheGoalsAreWordedInTheOtherLanguage() throws {
        var practice = try session()
        try practice.open("investor-q3-margins")
        _ = try practice.submit("تراجع هامشنا بسبب ارتفاع تكاليف الشحن، وخطتنا لخفضها تكتمل في يونيو.")
        try practice.retry()
        #expect(practice.hints().first == "أهداف هذه المرحلة مكتوبة بالإنجليزية: اكتب مسودتك بالإنجليزية لتُحتسب.", "\(practice.hints())")
        _ = try practice.submit("Our margin fell because freight costs rose; our plan cuts them by June.")
        try practice.retry()
        #expect(!practice.hints().contains { $0.contains("worded in") }, "\(practice.hints())")
    }

    @Test func errorsAreTyped() throws {
        var practice = try session()
        #expect(throws: PracticeSession.Failure.noScenarioOpen) { _ = try practice.submit("Hello") }
        #expect(throws: PracticeSession.Failure.unknownScenario("crisis-outag", suggestion: "crisis-outage")) { try practice.open("crisis-outag") }
        try practice.open("investor-q3-margins")
        #expect(throws: PracticeSession.Failure.emptyPost) { _ = try practice.submit("   ") }
        #expect(practice.nextScenarioID() == "crisis-outage")
    }

    @Test func attemptsRoundTripThroughTheirJSONLine() throws {
        var practice = try session()
        try practice.open("crisis-outage")
        let outcome = try practice.submit("نعتذر: انقطعت الكهرباء \"فجأة\" 😔 والتحديث القادم الساعة ٦ مساء اليوم.")
        let record = AttemptRecord(time: Date(timeIntervalSince1970: 1_795_000_000), profile: "rania", scenario: outcome.scenario,
                                   beat: outcome.beat, platform: .x, report: outcome.report, reaction: outcome.reaction?.text,
                                   nextBeat: outcome.next?.id)
        let line = try record.jsonLine()
        #expect(!line.contains("\n"))
        #expect(try AttemptRecord.decode(line: line) == record)
    }

    @Test func progressSummarisesTrendsAndWeakRules() throws {
        var practice = try session()
        try practice.open("investor-q3-margins")
        var records: [AttemptRecord] = []
        for (day, post) in ["Margins are fine!!! Short sellers lie.", "Margin fell to 37% on freight costs.",
                            "Our Q3 gross margin was 37%, down from 41%, as shown in our published results. Freight costs drove the decline; our plan cuts them by 30 June."].enumerated() {
            try practice.open("investor-q3-margins")
            let outcome = try practice.submit(post)
            records.append(AttemptRecord(time: Date(timeIntervalSince1970: Double(1_795_000_000 + day * 86_400)), profile: "p",
                                         scenario: outcome.scenario, beat: outcome.beat, platform: .x, report: outcome.report,
                                         reaction: outcome.reaction?.text, nextBeat: nil))
        }
        let summary = ProgressSummary(records)
        let overall = summary.series(nil)
        #expect(overall.count == 3 && overall.last! > overall.first!)
        #expect(summary.bestByScenario["investor-q3-margins"] == overall.max())
        #expect(summary.weakestRules().first?.rule == "goal.missing")
        let lastDay = CalendarDate(dayNumber: Int((records.last!.time.timeIntervalSince1970 / 86_400).rounded(.down)))
        #expect(summary.streak(today: lastDay) == 3)
        #expect(summary.streak(today: lastDay.adding(days: 5)) == 0)
        #expect(ProgressSummary.sparkline([0, 50, 100]) == "▁▄█")
    }
}
