/// A day named by its date in a post: "28 April", "April 28", «٢٨ يوليو», «28 أبريل»,
/// read against the day the post goes out. "Results are announced on 28 April", posted on
/// 17 April, says the results are still to come as plainly as "next week" does; posted on
/// 7 July it points back at results already out.
public enum NamedDay {
    /// Month names in English and in the Gregorian names Gulf posts use, normalised, to
    /// their number.
    static let months: [String: Int] = {
        let names: [(String, Int)] = [
            ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("april", 4), ("apr", 4), ("may", 5), ("june", 6),
            ("july", 7), ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10),
            ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
            ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11),
            ("ديسمبر", 12),
        ]
        var table: [String: Int] = [:]
        for (name, number) in names { table[TextNormalizer.normalize(name)] = number }
        return table
    }()

    /// The days named in `range` of `tokens`: a day number (1 to 31) right before or right
    /// after a month name, in the year of `today` (a post names the year only when it is
    /// another one, and then this reads none).
    public static func days(in range: Range<Int>, of tokens: [Token], today: CalendarDate) -> [CalendarDate] {
        var found: [CalendarDate] = []
        for index in range {
            // An English month is capitalised: "we may 30 times" names no day.
            guard tokens[index].kind == .word, tokens[index].isArabic || tokens[index].isCapitalised,
                  let month = months[tokens.text(at: index)] else { continue }
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
        return value >= 1 && value <= 31 && value == value.rounded() && !token.text.contains(".") && !token.text.contains(",")
    }
}
