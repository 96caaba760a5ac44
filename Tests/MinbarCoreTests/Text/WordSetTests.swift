import Testing
@testable import MinbarCore

/// `WordSet` and `UTF8Key` replace `Set<String>` on the scoring path: they compare words
/// by their bytes, which on normalised text is the same answer `String` gives.
@Suite struct WordSetTests {
    @Test func findsItsWordsInBothScriptsAndNothingElse() {
        let set: WordSet = ["سوف", "وسوف", "راح", "will", "shall", "i'll"]
        for word in ["سوف", "وسوف", "راح", "will", "shall", "i'll"] { #expect(set.contains(word), "\(word)") }
        for word in ["سو", "سوفف", "رايح", "Will", "wil", "", "ill"] { #expect(!set.contains(word), "\(word)") }
        #expect(set.count == 6 && !set.isEmpty)
        // Substrings (a hashtag's part, a split) are looked up by their text.
        #expect(set.contains("#راح".dropFirst()))
    }

    @Test func growsPastItsFirstTableAndKeepsEveryWord() {
        let words = (0..<500).map { "كلمة\($0)" } + (0..<500).map { "word\($0)" }
        var set = WordSet(words)
        #expect(set.count == 1_000)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("كلمة500") && !set.contains("word1000"))
        set.insert("word1")
        #expect(set.count == 1_000, "a word already there is not added twice")
        let more = set.union(["جديد"])
        #expect(more.contains("جديد") && !set.contains("جديد") && more.count == 1_001)
        #expect(Set(more).count == 1_001, "iterating gives every word once")
    }

    /// Normalised Arabic has no marks or hamza seats, so equal words are equal bytes; a
    /// word a normaliser would fold is a different word to the set, as it always was to
    /// the rules that normalise first.
    @Test func comparesNormalisedWordsByTheirBytes() {
        let set = WordSet(["مسؤول", "اخي"].map(TextNormalizer.normalize))
        #expect(set.contains(TextNormalizer.normalize("مسئول")))
        #expect(set.contains(TextNormalizer.normalize("أخي")))
        #expect(!set.contains("أخي"), "unnormalised text is not looked up")
        #expect(UTF8Key("نعتذر") == UTF8Key(String("xنعتذر".dropFirst())))
        #expect(UTF8Key("نعتذر") != UTF8Key("نعتذرو"))
        var table: [UTF8Key: Int] = [:]
        table[UTF8Key("الأرباح")] = 1
        table[UTF8Key("profits")] = 2
        #expect(table[UTF8Key(String("الأرباح"))] == 1 && table[UTF8Key("profits")] == 2 && table[UTF8Key("profit")] == nil)
    }

    @Test func scalarChecksMatchTheirStringMeaningOnNormalisedWords() {
        for word in ["بالتعاون", "للمتابعة", "كالعادة", "ببساطة", "ب", "", "bal"] {
            for prefix in ["بال", "لل", "كال"] {
                #expect(word.startsWithScalars(prefix) == word.hasPrefix(prefix), "\(word) \(prefix)")
            }
        }
        #expect("ه".isOneScalar && "a".isOneScalar && "٣".isOneScalar)
        #expect(!"".isOneScalar && !"ab".isOneScalar && !"هه".isOneScalar && !"👍🏽".isOneScalar)
    }

    /// The look-alike substitutes' bit test answers as their dictionary does, for every
    /// scalar it could be asked about.
    @Test func substituteBitsAgreeWithTheTable() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Confusables.isSubstitute(scalar) == (Confusables.substitutes[scalar] != nil), "\(value)")
        }
        #expect(!Confusables.isSubstitute("\u{1F600}"))
    }
}
