import Testing
@testable import MinbarCore

/// `PostAnalysis.hasHit(of:within:of:in:)` reads only the hits that start at most
/// `PostAnalysis.longestPhrase` tokens before a place; a longer phrase could reach the
/// place unseen. Every lexicon the engine matches is held to the bound.
@Suite struct LexiconLengthTests {
    @Test func noPhraseSpansMoreThanTheLongestABoundedReadExpects() {
        var seen = Set<String>()
        var longest = (tokens: 0, phrase: "")
        for lexicon in Evidence.lexicons + MoveLexicons.all + RuleRegistry.all.flatMap(\.lexicons) where seen.insert(lexicon.name).inserted {
            for term in lexicon.terms {
                let count = AnalyzedText(term).tokens.count
                if count > longest.tokens { longest = (count, term) }
            }
        }
        #expect(longest.tokens > 3, "the lexicons were read")
        #expect(longest.tokens <= PostAnalysis.longestPhrase, "'\(longest.phrase)' spans \(longest.tokens) tokens")
    }

    /// The bounded read answers as a full scan of the hits does, at every place of real
    /// posts in both languages, with people named before, after and far away.
    @Test func theBoundedReadAgreesWithAFullScan() {
        let engine = ScoringEngine.sharedForTests
        let texts = [
            "Our customers deserve better. The arrogant manager Khalid Saleh told the staff and the employees nothing, and our lazy employees are useless.",
            "المدير المتعجرف خالد صالح لم يخبر الموظفين بشيء، وموظفونا الكسالى فاشلون، والعملاء يستحقون أفضل من ذلك.",
        ]
        var asked = 0, found = 0
        for text in texts {
            let post = engine.analyze(text)
            let hits = post.hits(Entity.personWords)
            for index in post.text.tokens.indices {
                let sentence = post.text.tokens[index].sentence
                let full = hits.contains {
                    post.sentenceIndex(of: $0) == sentence && ($0.endToken <= index || $0.firstToken >= index + 1)
                        && $0.endToken > index - 4 && $0.firstToken < index + 1 + 4
                }
                #expect(post.hasHit(of: Entity.personWords, within: 4, of: index..<(index + 1), in: sentence) == full, "\(text) at \(index)")
                asked += 1
                if full { found += 1 }
            }
        }
        #expect(found > 0 && found < asked, "both answers were asked for (\(found) of \(asked))")
    }
}
