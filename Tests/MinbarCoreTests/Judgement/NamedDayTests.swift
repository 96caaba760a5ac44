import Testing
@testable import MinbarCore

/// Days named by their date ("28 April", «٢٨ يوليو»), read against the day a post goes out.
@Suite struct NamedDayTests {
    let today = CalendarDate(year: 2025, month: 4, day: 17)

    func days(_ text: String) -> [String] {
        let analysed = AnalyzedText(text)
        return NamedDay.days(in: 0..<analysed.tokens.count, of: analysed.tokens, today: today).map(\.description)
    }

    @Test func aDayAndAMonthInEitherOrderAndEitherScript() {
        #expect(days("Full results on 28 April.") == ["2025-04-28"])
        #expect(days("Full results on April 28.") == ["2025-04-28"])
        #expect(days("والإعلان في ٢٨ يوليو") == ["2025-07-28"])
        #expect(days("النتائج في 3 أبريل") == ["2025-04-03"])
        #expect(days("The meeting is on 2 March 2026.") == ["2026-03-02"])
    }

    @Test func aMonthWithoutADayOrAnImpossibleDayIsNone() {
        #expect(days("Results come out in April.") == [])
        #expect(days("Profit rose 40% in April.") == [])
        #expect(days("On 31 April we open.") == [])
        #expect(days("We may 30 times a day say thanks.") == [])
    }

    /// `days` asks the month table only of a word whose `WordFacts` say it is a month name.
    @Test func theMonthFactIsTheTablesAnswer() {
        let words = ["april", "apr", "may", "sept", "يوليو", "أبريل", "إبريل", "ايلول", "اب", "تموز", "كانون",
                     "results", "maybe", "mars", "أب", "يولي", "النتائج", "الأحد", ""].map(TextNormalizer.normalize)
        for word in words {
            #expect(WordFacts.of(word).contains(.monthName) == (NamedDay.months[word] != nil), "\(word)")
        }
        #expect(WordFacts.of("april").contains(.monthName))
        #expect(!WordFacts.of("results").contains(.monthName))
    }

    @Test func aDayNumberIsAWholeNumberWithoutAMark() {
        func isDay(_ text: String) -> Bool { AnalyzedText(text).tokens.first.map(NamedDay.isDayNumber) ?? false }
        #expect(isDay("28"))
        #expect(isDay("٢٨"))
        #expect(!isDay("28.0"))
        #expect(!isDay("٢٨٫٠"))
        #expect(!isDay("1,5"))
        #expect(!isDay("32"))
        #expect(!isDay("April"))
    }

    @Test func laterMeansAfterThePostsDay() {
        func later(_ text: String, on day: CalendarDate) -> Bool {
            let analysis = ScoringEngine.sharedForTests.analyze(text, date: day)
            return NamedDay.namesALaterDay(0, in: analysis)
        }
        #expect(later("Results are announced on 28 April.", on: today))
        #expect(!later("Results were announced on 10 April.", on: today))
        #expect(!later("Results are announced on 28 April.", on: CalendarDate(year: 2025, month: 7, day: 7)))
    }
}
