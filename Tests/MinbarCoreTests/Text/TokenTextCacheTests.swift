import Testing
@testable import MinbarCore

/// The tokenizer's remembered texts (`TokenTextCache`) and its digits-only number
/// reading must give exactly what making each string and parsing each number gave.
@Suite struct TokenTextCacheTests {
    func text(_ cache: TokenTextCache, _ string: String) -> String {
        Array(string.utf8).withUnsafeBufferPointer { cache.text($0) }
    }

    @Test func givesTheStringOfTheBytesWhateverItRemembers() {
        let cache = TokenTextCache.current
        // More distinct texts than places (collisions replace), Arabic and Latin, the
        // longest remembered and longer, each asked twice.
        var words = (0..<10_000).map { "w\($0)" } + (0..<500).map { "كلمه\($0)" }
        words += [String(repeating: "a", count: TokenTextCache.slotWidth), String(repeating: "b", count: TokenTextCache.slotWidth + 1),
                  String(repeating: "ع", count: 16), String(repeating: "ع", count: 17), "", "🎉"]
        for _ in 0..<2 {
            for word in words {
                let made = text(cache, word)
                #expect(made == word)
                #expect(Array(made.utf8) == Array(word.utf8))
            }
        }
    }

    @Test func tokensOfAPostAreTheSameReadTwice() {
        let post = "URGENT: the CEO said «الشركة» will pay 1,200 on 2026-11-30 https://sahab.example/x #Oman @Sahab_Care 🎉🎉"
        let first = AnalyzedText(post).tokens, second = AnalyzedText(post).tokens
        #expect(first == second)
        #expect(first.map(\.text) == ["urgent", ":", "the", "ceo", "said", "\"", "الشركه", "\"", "will", "pay", "1,200", "on",
                                      "2026", "-", "11", "-", "30", "https://sahab.example/x", "#oman", "@sahab_care", "🎉", "🎉"])
    }

    /// Tokens answered from their spelling (`TokenSpellingCache`) must be the tokens
    /// folding makes: the same text, letters and facts, and a text id that is the one
    /// `TokenTextCache` gives the text's bytes right after. Read again after more distinct
    /// words than either cache has places, so remembered spellings point at slots that
    /// have taken other texts since, and one text is written in spellings that fold alike.
    @Test func tokensFromTheirSpellingAreThoseFoldingMakes() {
        let posts = [
            "URGENT: Urgent urgent uRGENT! The CEO said «الشركة» «الشركه» and أعلنت اعلنت إعلان ٣٠ 30 fuсk f*ck",
            "Résumé RÉSUMÉ résumé ΣΟΦΙΑ σοφια don't re-accommodate #Oman @Sahab_Care 🎉 ﺗﺎﻓﻪ",
        ]
        // (The ids are checked for the short posts: in the long filler, later words take
        // the slots of earlier ones, whose ids are then rightly out of date.)
        func check(_ post: String, ids checkIDs: Bool = true) -> [Token] {
            let tokens = AnalyzedText(post).tokens
            let cache = TokenTextCache.current
            #expect(cache.idCount == tokens.count)
            let ids = (0..<cache.idCount).map { cache.ids[$0] }
            for (token, id) in zip(tokens, ids) {
                #expect(token.facts == WordFacts.of(token.text), "\(token.text)")
                guard checkIDs, id != TokenTextCache.noID else { continue }
                var found = TokenTextCache.noID
                var facts = WordFacts.unknown
                let text = Array(token.text.utf8).withUnsafeBufferPointer { cache.text($0, id: &found, facts: &facts) }
                #expect(text == token.text && found == id, "\(token.text)")
            }
            return tokens
        }
        let first = posts.map { check($0) }
        // Fillers of several sizes: a small one takes some of the texts' slots and leaves
        // most spellings remembered, a large one takes nearly every slot of both.
        for (round, size) in [500, 2_000, 6_000, 2 * TokenTextCache.slotCount].enumerated() {
            #expect(posts.map { check($0) } == first)
            let filler = (0..<size).map { "w\(round)x\($0) W\(round)X\($0)" }.joined(separator: " ")
            _ = check(filler, ids: false)
            #expect(posts.map { check($0) } == first)
        }
    }

    /// Digits alone are read as a whole number; it must be the value `Double` reads
    /// from the spelling, leading zeros and other digit systems included.
    @Test(arguments: ["0", "007", "2026", "999999999999999", "123456789012345", "٣٠", "۱۲۳", "0000000000000001"])
    func readsDigitsAsDoubleWould(_ digits: String) {
        let scalars = Array(digits.unicodeScalars)
        let ascii = String(scalars.map { Character(String(TextNormalizer.digitValue($0)!)) })
        #expect(Tokenizer.numberValue(scalars[...]) == Double(ascii))
    }

    /// A post's match keys found by its tokens' text ids must be those found by their
    /// texts: here each post is read both ways (a text tokenised in between sends the
    /// second reading by text), over more distinct words than the cache has places.
    @Test func postKeysByTextIDAreThoseByText() {
        _ = ScoringEngine()  // every lexicon's keys interned
        var posts = [
            "We will publish the results by 5 March; call 800 123 for help. #SahabCare @Sahab_Care",
            "نعتذر عن الانقطاع، وسنعلن التحديث القادم الساعة ٦ مساءً. للتواصل: care@sahab.example",
            "This is a f*cking disgrace, u guys r idiots lol 😂😂 https://x.example/y",
            "والشركة ستصرف الأرباح للمساهمين خلال ثلاثة أيام هههههه",
        ]
        posts += (0..<3_000).map { "word\($0) كلمة\($0) guaranteed \($0 % 97) returns" }
        for post in posts {
            let analyzed = AnalyzedText(post)
            let byID = PhraseMatcher.PostKeys(analyzed)
            _ = AnalyzedText("another text")
            let byText = PhraseMatcher.PostKeys(analyzed)
            #expect(byID.tokens.map(\.ids) == byText.tokens.map(\.ids), "\(post)")
            #expect(byID.tokens.map(\.prefixes) == byText.tokens.map(\.prefixes), "\(post)")
        }
    }
}
