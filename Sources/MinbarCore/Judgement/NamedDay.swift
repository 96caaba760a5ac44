/// A day named by its date in a post: "28 April", "April 28", «٢٨ يوليو», «28 أبريل»,
/// read against the day the post goes out. "Results are announced on 28 April", posted on
/// 17 April, says the results are still to come as plainly as "next week" does; posted on
/// 7 July it points back at results already out.
public enum NamedDay {
    /// Month names in both languages, normalised, to their number: English with its short
    /// forms, the Gregorian names Gulf posts use with their Egyptian spellings, and the
    /// Levantine names. One table for every reader of dates (`FactMismatchRule` too).
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "يناير", "كانون الثاني"], ["february", "feb", "فبراير", "شباط"], ["march", "mar", "مارس", "اذار"],
            ["april", "apr", "ابريل", "أبريل", "إبريل", "نيسان"], ["may", "مايو", "ايار"], ["june", "jun", "يونيو", "يونيه", "حزيران"],
            ["july", "jul", "يوليو", "يوليه", "تموز"], ["august", "aug", "اغسطس", "أغسطس", "اب"],
            ["september", "sep", "sept", "سبتمبر", "ايلول"], ["october", "oct", "اكتوبر", "أكتوبر"], ["november", "nov", "نوفمبر"],
            ["december", "dec", "ديسمبر"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() { for name in group { table[TextNormalizer.normalize(name)] = index + 1 } }
        return table
    }()

    /// The days named in `range` of `tokens`: a day number (1 to 31) right before or right
    /// after a month name, in the year of `today` (a post names the year only when it is
    /// another one, and then this reads none).
    public static func days(in range: Range<Int>, of tokens: [Token], today: CalendarDate) -> [CalendarDate] {
        var found: [CalendarDate] = []
        for index in range {
            // An English month is capitalised: "we may 30 times" names no day. The table is
            // asked only of a month name (the token's `WordFacts` say whether its text is one).
            guard tokens[index].kind == .word, tokens[index].isArabic || tokens[index].isCapitalised,
                  tokens.has(.monthName, at: index), let month = months[tokens.text(at: index)] else { continue }
            // "28 April" and «٢٨ أبريل» put the day first; "April 28" after.
            let neighbours = [index - 1, index + 1].filter { range.contains($0) }
            guard let dayIndex = neighbours.first(where: { isDayNumber(tokens[$0]) }), let value = tokens[dayIndex].number else { continue }
            // A year right after ("28 April 2026", "April 28, 2026") is read when it is there.
            var year = today.year
            let after = dayIndex > index ? dayIndex + 1 : index + 1
            for candidate in [after, after + 1] where range.contains(candidate) && tokens[candidate].kind == .number {
                if let written = tokens[candidate].number, written >= 1900, written <= 2200, written == written.rounded() { year = Int(written) }
                break
            }
            let day = Int(value)
            guard day <= CalendarDate.daysIn(month: month, year: year) else { continue }
            found.append(CalendarDate(year: year, month: month, day: day))
        }
        return found
    }

    /// Whether sentence `sentence` of `post` names a day after the day the post goes out.
    public static func namesALaterDay(_ sentence: Int, in post: PostAnalysis) -> Bool {
        guard let today = post.date else { return false }
        return days(in: post.text.sentences[sentence], of: post.text.tokens, today: today).contains { today < $0 }
    }

    /// A whole number from 1 to 31 written alone ("28", «٢٨»), not a share of anything.
    static func isDayNumber(_ token: Token) -> Bool {
        guard token.kind == .number, let value = token.number else { return false }
        // The marks looked for as bytes: a number's text is digits and separators, no
        // combining mark, so a byte is the same answer as Foundation's search, at a hundredth
        // of its cost.
        return value >= 1 && value <= 31 && value == value.rounded()
            && !token.text.utf8.contains(UInt8(ascii: ".")) && !token.text.utf8.contains(UInt8(ascii: ","))
    }
}
