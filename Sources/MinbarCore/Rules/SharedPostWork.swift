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

    /// `find(post)`, worked out on the first call only. `find` is handed the post
    /// rather than capturing it: a closure over the post took a copy of it.
    func contempt(of post: PostAnalysis, _ find: (PostAnalysis) -> [PhraseMatcher.Hit]) -> [PhraseMatcher.Hit] {
        if let known = contemptHits.withLock({ $0 }) { return known }
        let found = find(post)
        contemptHits.withLock { $0 = found }
        return found
    }
}
