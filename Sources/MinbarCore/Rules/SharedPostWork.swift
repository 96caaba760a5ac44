import Synchronization

/// Work on one post that more than one rule reads, done the first time a rule asks and
/// kept for the others. `ContemptRule` reports a post's contempt, and
/// `PersonalAttackRule` reads the same hits to find contempt aimed at one person:
/// worked out for each, they cost about five thousand instructions more on every post
/// with a dismissive or judging word in it.
///
/// One per `PostAnalysis`, shared by its copies. What it keeps is a function of the
/// post's text and hits alone (not of the interface language a copy may be given), so
/// whichever rule asks first, every rule reads the same answer.
final class SharedPostWork: Sendable {
    private let contemptHits = Mutex<[PhraseMatcher.Hit]?>(nil)
    private let addressed = Mutex<Addressed?>(nil)

    /// Per sentence, whether it speaks to someone, read in one pass over the post the first
    /// time a rule asks: asked for every judging word or every frame hit, the scan of its
    /// sentence made a long sentence of them quadratic.
    struct Addressed: Sendable {
        /// "You" in any of its forms: a second-person phrase (`SharedLexicons.secondPerson`)
        /// or an Arabic word that says it (`SecondPersonForms.addresses`). `Entity.addressee`.
        var you: [Bool]
        /// An @handle.
        var mention: [Bool]
    }

    func addressedSentences(of post: PostAnalysis) -> Addressed {
        if let known = addressed.withLock({ $0 }) { return known }
        let tokens = post.text.tokens
        var found = Addressed(you: [Bool](repeating: false, count: post.text.sentences.count),
                              mention: [Bool](repeating: false, count: post.text.sentences.count))
        for hit in post.hits(SharedLexicons.secondPerson) { found.you[tokens[hit.firstToken].sentence] = true }
        for token in tokens {
            if token.kind == .mention { found.mention[token.sentence] = true }
            if !found.you[token.sentence], token.isArabic, SecondPersonForms.addresses(token.text) { found.you[token.sentence] = true }
        }
        addressed.withLock { $0 = found }
        return found
    }

    /// `find(post)`, worked out on the first call only. `find` is handed the post
    /// rather than capturing it: a closure over the post took a copy of it.
    func contempt(of post: PostAnalysis, _ find: (PostAnalysis) -> [PhraseMatcher.Hit]) -> [PhraseMatcher.Hit] {
        if let known = contemptHits.withLock({ $0 }) { return known }
        let found = find(post)
        contemptHits.withLock { $0 = found }
        return found
    }
}
