import Testing
@testable import MinbarCore

/// `PlainText` lets the key tables compare plain keys by their bytes; these hold it to
/// `String`'s own answers, and check that the texts it must refuse are refused.
@Suite struct PlainTextTests {
    static let samples: [String] = [
        "", "a", "ab", "abc", "=news", "~فصح", "~>فصح", "~#قل", "شركه", "شركة", "الافلاس", "افلاس", "مستشفي",
        "أ", "ا", "آ", "ء", "ـ", "ي", "ى", "K", "k", ";", "`",
        "\u{0627}\u{0653}", "\u{0627}\u{0654}", "\u{0648}\u{0654}", "\u{064A}\u{0654}", "\u{0627}\u{0655}",
        "\u{212A}", "\u{037E}", "\u{1FEF}", "e\u{0301}", "\u{00E9}", "café", "cafe", "\r\n", "\r", "\n",
        "٣", "3", "😀", "ﻻ", "لا", "\u{0651}", "ب\u{0651}", "ب",
    ]

    @Test func plainTextsAreExactlyTheAsciiAndArabicLetters() {
        #expect(PlainText.isPlain("~>فصح") && PlainText.isPlain("=news") && PlainText.isPlain(""))
        #expect(PlainText.isPlain("\u{0640}") && PlainText.isPlain("\u{064A}") && PlainText.isPlain("\u{0621}"))
        for text in ["\u{0620}", "\u{064B}", "\u{0653}", "\u{00E9}", "\r\n", "\t", "٣", "\u{212A}"] {
            #expect(!PlainText.isPlain(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func bytesGiveStringsAnswersForPlainTexts() {
        for a in Self.samples {
            for b in Self.samples where PlainText.isPlain(a) && PlainText.isPlain(b) {
                #expect((UTF8Key(a) == UTF8Key(b)) == (a == b), "\(a) \(b)")
                #expect(PlainText.hasPrefix(a, b) == a.hasPrefix(b), "\(a) \(b)")
            }
        }
    }

    /// A text that is not plain but equals a plain one under canonical equivalence must be
    /// caught by `couldEqualPlain`, so a table holding it falls back to `String`.
    @Test func everyTextEqualToAPlainOneIsFlagged() {
        for a in Self.samples where !PlainText.isPlain(a) {
            if Self.samples.contains(where: { PlainText.isPlain($0) && $0 == a }) {
                #expect(PlainText.couldEqualPlain(a), "\(a.unicodeScalars.map(\.value))")
            }
        }
        #expect(PlainText.couldEqualPlain("\u{0627}\u{0653}") && PlainText.couldEqualPlain("\u{212A}"))
        #expect(!PlainText.couldEqualPlain("café") && !PlainText.couldEqualPlain("٣"))
    }

    /// The tables the stemmer and the matcher read by bytes take that path.
    @Test func theKeyTablesAreReadByBytes() {
        #expect(ArabicWordTables.canonicalByBytes != nil)
        for (key, target) in ArabicWordTables.canonical { #expect(ArabicWordTables.canonicalTarget(key) == target) }
    }
}
