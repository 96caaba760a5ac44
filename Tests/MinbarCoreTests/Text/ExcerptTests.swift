import Testing
@testable import MinbarCore

/// An excerpt is cut from the original's bytes (`AnalyzedText.excerpt`): it must be the
/// scalars between the two offsets, whatever lies there, even when the offsets split a
/// character (a mark from its letter, an emoji sequence, a flag, CR LF), and offsets
/// out of range are clamped as before.
@Suite struct ExcerptTests {
    static let texts: [String] = [
        "plain ASCII, a post like most",
        "مُحَمَّدٌ قالَ: نعتذر عن الانقطاع ١٢٫٥٪",
        "e\u{301}te\u{301} cafe\u{301} 👨\u{200D}💼 team 🇴🇲 flag 👍🏽 ok",
        "line one\r\nline two\u{2028}three \u{202E}txet",
        "",
        "😂",
    ]

    @Test(arguments: texts)
    func isTheScalarsBetweenTheOffsets(_ text: String) {
        let analyzed = AnalyzedText(text)
        let scalars = Array(text.unicodeScalars)
        for start in -1...(scalars.count + 1) {
            for end in (start - 1)...(scalars.count + 2) {
                let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
                let expected = String(String.UnicodeScalarView(scalars[lower..<upper]))
                let excerpt = analyzed.excerpt(start, end)
                #expect(Array(excerpt.utf8) == Array(expected.utf8), "\(text.debugDescription) \(start) \(end)")
            }
        }
    }
}
