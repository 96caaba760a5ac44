import Testing
@testable import MinbarCore

/// Token texts and excerpts are encoded straight to UTF-8; they must equal what the
/// standard library builds from the same scalars, for every UTF-8 length.
struct ScalarStringTests {
    static let samples = [
        "Our Q3 gross margin was 37%.",
        "ارتفعت الإيرادات ١٢٪ كما ورد في القوائم المالية.",
        "mixed: Sohar صحار 🚀🧑‍💼 e\u{301} \u{202E}x\u{202C} \u{0}end",
        "",
    ]

    @Test("Strings from scalars equal the standard library's, in both scripts and beyond the BMP", arguments: samples)
    func matchesStandardLibrary(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars).utf8.elementsEqual(text.utf8))
        let analyzed = AnalyzedText(text)
        for start in stride(from: 0, through: scalars.count, by: 3) {
            let end = min(scalars.count, start + 7)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(analyzed.excerpt(start, end) == String(view))
        }
    }

    @Test("A string's scalar array is its unicodeScalars, one to four bytes each", arguments: samples + ["\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func scalarArrayMatchesStandardLibrary(text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
        #expect(AnalyzedText(text).scalars == Array(text.unicodeScalars))
        // A substring's text (a bridged or shared string is made contiguous first).
        let inner = String(text.dropFirst())
        #expect(inner.scalarArray == Array(inner.unicodeScalars))
    }

    /// `scalarArray` reads eight ASCII bytes at a time where it can: every length of ASCII
    /// run, at every offset, next to one- to four-byte scalars (Arabic, C1 controls, bidi
    /// controls, emoji) decodes as the standard library decodes it.
    @Test("scalarArray's eight-byte ASCII path decodes every run as the standard library does")
    func scalarArrayASCIIRunsMatchStandardLibrary() {
        let ascii = "We said \"no\" \\ then: 12,400.5 tonnes; CEO Falcon @ops #Q3."
        let others = ["", "ا", "\u{85}", "\u{202E}", "\u{2028}", "١٢", "🚀", "\u{9}", "é"]
        for other in others {
            for length in 0...20 {
                for lead in 0..<3 {
                    let run = String(ascii.prefix(length))
                    let text = String(repeating: "x", count: lead) + run + other + run + other
                    #expect(text.scalarArray == Array(text.unicodeScalars), "\(text.debugDescription)")
                }
            }
        }
        for text in ["تم تسليم الرصيف الجديد Sohar berth قبل موعده بشهرين.", "Congratulations\u{85}to the Salalah team 👏 شكراً"] {
            #expect(text.scalarArray == Array(text.unicodeScalars))
        }
    }

    /// What the tokenizer notes of a token's letters as it folds them (capitals, small
    /// letters, the case of the first ASCII letter, an Arabic letter) is what the token's
    /// own scalars say, in both scripts.
    @Test("Token letter facts are those of the token's scalars", arguments: samples + [
        "URGENT: CEO Falcon said ok, McDONALD's iPhone x1 ABC١٢ e\u{301}TA",
        "الرئيس التنفيذي CEO قال: Oman's 2026 plan, «نعم» OK.",
    ])
    func tokenLetterFactsMatchScalars(text: String) {
        let analyzed = AnalyzedText(text)
        for token in analyzed.tokens {
            let scalars = analyzed.scalars[token.start..<token.end]
            let upper = scalars.filter { $0.value >= 0x41 && $0.value <= 0x5A }.count
            let lower = scalars.filter { $0.value >= 0x61 && $0.value <= 0x7A }.count
            let first = scalars.first { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) }
            #expect(token.letterCount == upper + lower, "\(token.text)")
            #expect(token.isCapitalised == (first.map { $0.value <= 0x5A } ?? false), "\(token.text)")
            #expect(token.isAllCaps == (token.kind == .word && upper >= 2 && lower == 0), "\(token.text)")
            #expect(token.isArabic == scalars.contains(where: TextNormalizer.isArabicLetter), "\(token.text)")
        }
    }

    @Test("Token texts are the folded scalars of the post")
    func tokenTextsAreFolded() {
        let tokens = AnalyzedText("أعلنت الشركة ARRIVED 🚀 ١٢٪").tokens
        #expect(tokens.map(\.text).contains("اعلنت"))
        #expect(tokens.map(\.text).contains("arrived"))
        #expect(tokens.contains { $0.text == "12" || $0.text == "12%" })
    }

    /// `endsWithArabicLetters` is `hasSuffix` for suffixes of Arabic letters, read from the
    /// bytes: the same answer for words that end in the suffix, words that do not, words
    /// shorter than it, a mark or a prepended number sign (U+0600) before it, and Latin.
    @Test("endsWithArabicLetters answers as hasSuffix does", arguments: [
        "قلوبكم", "عليكما", "كم", "م", "حكم", "تظنون", "ون", "فشلك", "ك", "", "abcكم", "a",
        "قلوب\u{0600}كم", "\u{0600}كم", "قلوبكمَ", "قلوبك\u{0651}م", "x\u{0301}كم", "🚀كم", "\u{200D}كم", "كم\u{200D}",
    ])
    func endsWithArabicLettersIsHasSuffix(word: String) {
        for suffix in ["كما", "كم", "ون", "ك", "يون", "را", "ح"] {
            #expect(word.endsWithArabicLetters(suffix) == word.hasSuffix(suffix), "\(word) \(suffix)")
        }
    }

    @Test func textAtIsTheTokensText() {
        let tokens = AnalyzedText("We will publish the report by 5pm, سننشر التقرير.").tokens
        for index in tokens.indices { #expect(tokens.text(at: index) == tokens[index].text) }
    }
}
