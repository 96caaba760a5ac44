import Testing
@testable import MinbarCore

/// The answers `CommonScalars` gives without the Unicode tables must be the tables'
/// answers, for every scalar they cover, and the tokenizer's questions asked through them
/// must be answered as the tables answer them, for every scalar of the blocks posts use.
@Suite struct CommonScalarsTests {
    /// Every scalar of the blocks posts are written in past ASCII: Latin-1 and Latin
    /// Extended, combining marks, Arabic and its supplements, general punctuation and
    /// symbols, Arabic presentation forms, and the emoji blocks.
    static let scalars: [Unicode.Scalar] = [0x80...0x24F, 0x300...0x36F, 0x600...0x8FF, 0x2000...0x2BFF, 0xFB50...0xFEFF,
                                            0x1F000...0x1FAFF].flatMap { $0.compactMap(Unicode.Scalar.init) }

    @Test func plainSymbolsAreNoSpaceMarkOrFormat() {
        for scalar in Self.scalars where CommonScalars.isPlainSymbol(scalar) {
            let category = scalar.properties.generalCategory
            #expect(!scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
            #expect(category != .nonspacingMark && category != .spacingMark && category != .format, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func arabicMarksAndDigitsAreNoLetters() {
        var covered = 0
        for scalar in Self.scalars where CommonScalars.isArabicMarkOrDigit(scalar.value) {
            #expect(!scalar.properties.isAlphabetic, "U+\(String(scalar.value, radix: 16))")
            covered += 1
        }
        #expect(covered == 28)
    }

    /// The tokenizer's word start and the normaliser's word marks, against their
    /// definitions read from the tables for every scalar.
    @Test func tokenizerQuestionsAreAnsweredAsTheTablesAnswerThem() {
        for scalar in Self.scalars {
            let wordStart = TextNormalizer.isArabicLetter(scalar) || (scalar.properties.isAlphabetic && !Tokenizer.isEmoji(scalar))
            #expect(Tokenizer.isWordStartBeyondASCII(scalar) == wordStart, "U+\(String(scalar.value, radix: 16))")
            let v = scalar.value
            let listed = v == 0x0640 || (v >= 0x064B && v <= 0x065F) || v == 0x0670 || (v >= 0x0610 && v <= 0x061A)
                || (v >= 0x06D6 && v <= 0x06ED) || v == 0x200C || v == 0x200D
            let category = scalar.properties.generalCategory
            let wordMark = listed || (v >= 0x300 && (category == .nonspacingMark || category == .spacingMark))
            #expect(TextNormalizer.isWordMark(scalar) == wordMark, "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Realistic posts tokenise as the tables say: each of their scalars past ASCII is
    /// asked both ways, and the tokens are those of the same text with the emoji and the
    /// Arabic marks spelt as their own tokens.
    @Test(arguments: [
        "نعتذر عن الانقطاع، وتمت استعادة الخدمة الساعة ١٨:٤٠؟ الأرباح ارتفعت ١٢٫٥٪ 🚀🚀",
        "Congratulations to the team 🤡 on 2 million safe hours 😂 — «well done»… thank you!",
        "شكراً للفريق 👍🏽 على الجهد؛ النتائج ٣٥٬٠٠٠ ريال ۱۲۳ 🇴🇲",
    ])
    func realisticPostsAreReadAsTheTablesSay(_ text: String) {
        for scalar in text.unicodeScalars where !scalar.isASCII {
            let wordStart = TextNormalizer.isArabicLetter(scalar) || (scalar.properties.isAlphabetic && !Tokenizer.isEmoji(scalar))
            #expect(Tokenizer.isWordStartBeyondASCII(scalar) == wordStart, "U+\(String(scalar.value, radix: 16))")
            if CommonScalars.isPlainSymbol(scalar) {
                #expect(!scalar.properties.isWhitespace && scalar.properties.generalCategory != .format)
            }
        }
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        #expect(tokens.contains { $0.kind == .emoji } == text.unicodeScalars.contains { CommonScalars.isEmojiBlock($0.value) })
    }
}
