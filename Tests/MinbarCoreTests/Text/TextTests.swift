import Testing
@testable import MinbarCore

@Suite struct NormalizationTests {
    @Test(arguments: [
        ("أإآٱا", "ااااا"), ("مستشفى", "مستشفي"), ("الشركة", "الشركه"), ("رائـــــع", "راءع"), ("مُحَمَّدٌ", "محمد"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"), ("۰۱۲۳۴۵۶۷۸۹", "0123456789"), ("٣٧٪", "37%"), ("١٢٫٥", "12.5"), ("مسؤولية", "مسءوليه"), ("مسئولية", "مسءوليه"),
        ("Q3 RESULTS", "q3 results"), ("«نعم»، ولكن؟", "\"نعم\", ولكن?"), ("É", "é"),
    ])
    func foldsWhatReadersTreatAsTheSame(_ input: String, _ expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }
}

@Suite struct TokenizerTests {
    func kinds(_ text: String) -> [String] {
        AnalyzedText(text).tokens.map { "\($0.kind):\($0.text)" }
    }

    @Test func readsWordsNumbersLinksAndHandles() {
        #expect(kinds("Call +968 2400 0000, see https://sahab.example/help. @SahabCare #Oman care@sahab.example 🎉🎉")
                == ["word:call", "punctuation:+", "number:968", "number:2400", "number:0000", "punctuation:,", "word:see",
                    "url:https://sahab.example/help", "punctuation:.", "mention:@sahabcare", "hashtag:#oman",
                    "email:care@sahab.example", "emoji:🎉", "emoji:🎉"])
    }

    /// `lastAtSign` searches the scalars' bytes for 0x40: a scalar holding that byte but
    /// not an @ (U+0440 р, U+0640 tatweel, 👀 U+1F440, U+4040) is passed over, and the
    /// answer is the standard library's last index of "@", in both scripts.
    @Test("The last @ is found past scalars that hold its byte", arguments: [
        "", "@", "no at sign here", "write to care@sahab.example or @SahabCare",
        "привет 👀 ـــ 䁀 and then @ops", "@first then р 👀 ـ 䁀 with none after",
        "تواصلوا عبر care@sahab.example أو @سحاب_كير ــ شكراً 👀", "👀👀👀", "ррр@р@ррр",
    ])
    func lastAtSignIsTheLastAt(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(Tokenizer.lastAtSign(in: scalars) == (scalars.lastIndex(of: "@") ?? -1))
    }

    @Test func readsArabicWithItsDigitsAndMarks() {
        let analyzed = AnalyzedText("ارتفعت الإيرادات ١٢٫٥٪ في الربعِ الثالث #سديم")
        #expect(analyzed.tokens.map(\.text) == ["ارتفعت", "الايرادات", "12.5", "%", "في", "الربع", "الثالث", "#سديم"])
        #expect(analyzed.tokens[2].number == 12.5)
        #expect(analyzed.language == .ar)
        // Spans are offsets in the original text, diacritics included.
        let word = analyzed.tokens[5]
        #expect(analyzed.excerpt(word.start, word.end) == "الربعِ")
    }

    @Test(arguments: [("1,200", 1200.0), ("12.5", 12.5), ("١٬٢٠٠", 1200.0), ("3,5", 3.5), ("2026", 2026.0)])
    func readsNumbersInEveryDigitSystem(_ text: String, _ value: Double) {
        #expect(AnalyzedText(text).tokens.first?.number == value)
    }

    @Test(arguments: [
        ("We are proud of our team.", PostLanguage.en), ("نفخر بفريقنا في صحار.", .ar),
        ("شكراً لفريق Sadeem Logistics على هذا الإنجاز", .mixed), ("🎉🎉", .en),
    ])
    func detectsTheLanguage(_ text: String, _ language: PostLanguage) {
        #expect(AnalyzedText(text).language == language)
    }

    @Test func sentencesAreDenseEvenAcrossLineBreaks() {
        let analyzed = AnalyzedText("One.\n\nTwo!\nThree?\n")
        #expect(analyzed.sentences.count == 3)
        #expect(analyzed.tokens.map(\.sentence) == [0, 0, 1, 1, 2, 2])
    }

    /// A full stop with no space after it, between letters or digits, is inside a name: an
    /// address without its scheme, a model name. It ends no sentence; one before a space does.
    @Test(arguments: [
        ("The bank's statement (cb.example/press/0412) says funds are safe. Read it.", 2),
        ("Results are at ir.manara.example. Call us.", 2),
        ("Our all-new ID.4 is here. Order today.", 2),
        ("التفاصيل في moh.gov.sa. شكراً لكم.", 2),
        ("Done. Next step.", 2),
    ])
    func aFullStopInsideANameEndsNoSentence(_ text: String, _ sentences: Int) {
        #expect(AnalyzedText(text).sentences.count == sentences, "\(AnalyzedText(text).tokens.map { ($0.text, $0.sentence) })")
    }

    @Test func terminalUnsafeCharactersAreNeutralised() {
        #expect("title\u{1B}]0;pwned\u{07}".terminalSafe == "title\u{FFFD}]0;pwned\u{FFFD}")
        #expect("كلمة\u{202E}عكس".terminalSafe == "كلمة\u{FFFD}عكس")
        #expect("line\nnext\ttab".terminalSafe == "line\nnext\ttab")
    }

    @Test(arguments: [("abc", 3), ("مرحبا", 5), ("مُحَمَّد", 4), ("👍🏽", 2), ("漢字", 4), ("e\u{301}", 1)])
    func measuresDisplayWidth(_ text: String, _ columns: Int) {
        #expect(text.terminalColumns == columns)
    }
}

@Suite struct PhraseMatcherTests {
    func matches(_ phrases: [String], _ text: String) -> [String] {
        var matcher = PhraseMatcher()
        matcher.add(phrases, group: 0)
        let analyzed = AnalyzedText(text)
        return matcher.hits(in: analyzed).map { hit in
            analyzed.excerpt(analyzed.tokens[hit.firstToken].start, analyzed.tokens[hit.endToken - 1].end)
        }
    }

    @Test func matchesArabicWithCliticsAndAttachedPronouns() {
        #expect(matches(["الشركة"], "وبالشركة نفخر") == ["وبالشركة"])
        #expect(matches(["قبل الإعلان"], "خبر قبل إعلانه رسمياً") == ["قبل إعلانه"])
        #expect(matches(["اعتذار"], "نقدم اعتذارنا") == ["اعتذارنا"])
    }

    @Test func matchesEnglishInflectionsAndPrefixes() {
        #expect(matches(["cost"], "input costs rose") == ["costs"])
        #expect(matches(["apologise"], "we apologised") == ["apologised"])
        #expect(matches(["fuck*"], "fucking awful") == ["fucking"])
        #expect(matches(["37%"], "margin of ٣٧٪ today") == ["٣٧٪"])
    }

    @Test func doesNotMatchInsideOtherWords() {
        #expect(matches(["ban"], "the bank and the banner").isEmpty)
        #expect(matches(["الحين"], "حين وصلنا").isEmpty)
    }

    @Test func stopsAtEveryOccurrenceWithItsOwnSpan() {
        // Spans are recorded when matched, so repeated words each get their own.
        let analyzed = AnalyzedText("sorry, sorry, sorry")
        var matcher = PhraseMatcher()
        matcher.add(["sorry"], group: 0)
        #expect(matcher.hits(in: analyzed).map { analyzed.tokens[$0.firstToken].start } == [0, 7, 14])
    }

    /// A matcher with no phrase skips the post; one whose only phrase is an address, a
    /// `*` prefix or a word found in a glued hashtag (each kept apart from the others)
    /// still reads it.
    @Test func aMatcherWithNoPhraseFindsNothingAndEveryKindOfPhraseCounts() {
        let analyzed = AnalyzedText("Management wrote to ir@sadeem.example about #BarqExpress")
        #expect(PhraseMatcher().hits(in: analyzed).isEmpty)
        var blank = PhraseMatcher()
        blank.add([], group: 0)
        blank.add(["  "], group: 1)
        #expect(blank.phraseCount == 0 && blank.hits(in: analyzed).isEmpty)
        var address = PhraseMatcher()
        address.add(["ir@sadeem"], group: 0)
        #expect(address.hits(in: analyzed).count == 1)
        var prefix = PhraseMatcher()
        prefix.add(["manag*"], group: 0)
        #expect(prefix.hits(in: analyzed).count == 1)
        var glued = PhraseMatcher()
        glued.add(["express"], group: 0)
        #expect(glued.hits(in: analyzed).map(\.firstToken) == [5])
    }
}

@Suite struct AddressMatchingTests {
    @Test func goalCuesMayNameAnAddress() {
        var matcher = PhraseMatcher()
        matcher.add(["ir@sadeem", "sadeem.example/results"], group: 0)
        let analyzed = AnalyzedText("IR: ir@sadeem.example or https://sadeem.example/results")
        #expect(matcher.hits(in: analyzed).count == 2, "one in the e-mail address, one in the link")
        var exact = PhraseMatcher()
        exact.add(["ir@sadeem.example"], group: 0)
        #expect(exact.hits(in: analyzed).count == 1)
    }
}
