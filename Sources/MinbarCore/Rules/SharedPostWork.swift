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
    private let addressed = Mutex<[Bool]?>(nil)

    /// Per sentence, whether it speaks to someone: an @handle, a second-person phrase
    /// (`SharedLexicons.secondPerson`) or an Arabic word that says "you"
    /// (`SecondPersonForms`). Read in one pass over the post the first time a rule asks:
    /// asked for every judging word, the scan of its sentence made a long sentence of them
    /// quadratic.
    func addressedSentences(of post: PostAnalysis) -> [Bool] {
        if let known = addressed.withLock({ $0 }) { return known }
        let tokens = post.text.tokens
        var found = [Bool](repeating: false, count: post.text.sentences.count)
        for hit in post.hits(SharedLexicons.secondPerson) { found[tokens[hit.firstToken].sentence] = true }
        for token in tokens where !found[token.sentence] {
            if token.kind == .mention || token.isArabic && SecondPersonForms.addresses(token.text) { found[token.sentence] = true }
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
