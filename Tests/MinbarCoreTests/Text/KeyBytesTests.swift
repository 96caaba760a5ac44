import Foundation
import Testing
@testable import MinbarCore

/// A post word of Arabic letters met for the first time has its keys made and looked up
/// as bytes (`KeyBytes`, `MatchKeyTable.resolve(_:withPrefixes:)` of bytes) instead of
/// strings. This holds that way to the string one: the same keys in the same order (a
/// repeat aside), and the same resolved ids and prefixes.
@Suite struct KeyBytesTests {
    /// Words that reach every branch: clitics, pronouns, plurals, tanween, weak verbs of
    /// each class, broken plurals and Gulf spellings filed under another form, respelled
    /// loanword prefixes, lexicalised words, short nouns and two-letter words.
    static let crafted = [
        "وبالشركات", "فسيعلنون", "بنعلن", "سنفصح", "أفصحنا", "قال", "يقول", "قلنا", "دعا", "يدعو", "رددنا", "يرد", "يصل",
        "وصلنا", "حقق", "نحقق", "شركتنا", "مستشفانا", "موظفينا", "اجتماعا", "رداً", "حقكم", "بنوك", "البنوك", "وقوقل", "قوقل",
        "ميقابايت", "غيغابايت", "كيكا", "الحين", "اللي", "حق", "يد", "كل", "لا", "من", "تفاهتك", "سيولتنا", "كأنها", "بلاك",
        "اشترك", "ستتجاوز", "بتتجاوز", "التزم", "التقى", "مؤكد", "نؤكد", "أكدنا", "ءامن", "الأرباح", "انستقرام", "لانستقرام",
        "الميقابايت", "بالميقا", "ميقا", "وميقاتنا", "تذاكرنا", "شركتين", "معلمات", "معلمون", "رموزها",
    ].map(TextNormalizer.normalize)

    static func arabicWords() throws -> [String] {
        var seen = Set<String>(), words: [String] = []
        let texts = try PhraseMatcherEquivalenceTests.corpusTexts() + Array(MixedLengthCorpus(count: 200))
        for text in texts {
            for token in AnalyzedText(text).tokens where token.kind == .word && MatchKeyCache.isArabicLetters(token.text) {
                if seen.insert(token.text).inserted { words.append(token.text) }
            }
        }
        for word in crafted where MatchKeyCache.isArabicLetters(word) && seen.insert(word).inserted { words.append(word) }
        return words
    }

    static func keyStrings(_ keys: KeyBytes) -> [String] {
        var start = 0, result: [String] = []
        for end in keys.ends {
            result.append(String(decoding: keys.bytes[start..<end], as: UTF8.self))
            start = end
        }
        return result
    }

    @Test("Keys as bytes are the string keys, in order")
    func sameKeysAsStrings() throws {
        #expect(ArabicStemmer.bytesReady)
        let words = try Self.arabicWords()
        #expect(words.count > 2_000)
        var keys = KeyBytes()
        // A stretched word («غبيييي») takes the string way (`MatchKeyCache.resolveNew`).
        for word in words where !WordForms.isStretched(word) {
            keys.removeAll()
            ArabicStemmer.addPostKeys(of: word, scalars: word.scalarArray, into: &keys)
            var seen = Set<[UInt8]>(), deduplicated: [String] = []
            for key in Self.keyStrings(keys) where seen.insert(Array(key.utf8)).inserted { deduplicated.append(key) }
            let expected = PhraseMatcher.matchingKeys(of: Token(kind: .word, text: word, start: 0, end: 0, number: nil, isArabic: true,
                                                                isAllCaps: false, isCapitalised: false, sentence: 0, letterCount: 0),
                                                      keys: PhraseMatcher.uncachedPostKeys(of:))
            #expect(deduplicated == expected, "\(word)")
        }
    }

    @Test("Keys as bytes resolve to the ids and prefixes the strings do")
    func sameIDsAsStrings() throws {
        // The engine's lexicons and a policy with Arabic and Latin `*` prefixes intern their keys.
        _ = ScoringEngine()
        var matcher = PhraseMatcher()
        matcher.add(["الارباح*", "مستشف*", "guarantee*", "قوق*"], group: 0)
        let words = try Self.arabicWords()
        var keys = KeyBytes()
        var withIDs = 0
        for word in words where !WordForms.isStretched(word) {
            keys.removeAll()
            ArabicStemmer.addPostKeys(of: word, scalars: word.scalarArray, into: &keys)
            let strings = PhraseMatcher.matchingKeys(of: Token(kind: .word, text: word, start: 0, end: 0, number: nil, isArabic: true,
                                                               isAllCaps: false, isCapitalised: false, sentence: 0, letterCount: 0),
                                                     keys: PhraseMatcher.uncachedPostKeys(of:))
            let expected = MatchKeyTable.shared.resolve(strings, withPrefixes: true)
            let answer = try #require(MatchKeyTable.shared.resolve(keys, withPrefixes: true))
            #expect(answer.0.ids == expected.0.ids && answer.0.prefixes == expected.0.prefixes, "\(word)")
            if !answer.0.ids.isEmpty { withIDs += 1 }
        }
        #expect(withIDs > 500)
    }
}

/// `Concept.withoutUnderscores` reads plain hashtags from their bytes; Foundation's
/// search gives the same text.
@Suite struct HashtagUnderscoreTests {
    @Test func sameAsFoundation() {
        let tags = ["#اليوم_العالمي_للتأتأة", "#barq_express", "#WhyIStayed", "#_a__b_", "#", "#__", "#١٢_٣", "#café_ok",
                    "#ﺗﺎﻓﻪ_x", "#a_\u{0301}b", "#مرحبا", "＃وسم_ثاني"]
        for tag in tags {
            let text = tag.dropFirst()
            #expect(Concept.withoutUnderscores(text) == text.replacingOccurrences(of: "_", with: ""), "\(tag)")
        }
    }
}
