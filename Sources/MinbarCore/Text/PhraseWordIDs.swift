import Glibc

/// Each thread's memory of the key ids of the phrase words it has read, by the word's
/// text id in this thread's `TokenTextCache` (see `PhraseMatcher.add`). Lexicons repeat
/// their words from phrase to phrase (some 17 thousand phrases at start-up, two words in
/// three met before), and each repeat cost a look-up of its keys by a hash of its text
/// (`WordForms.cachedPhraseKeys`) and then one look-up per key in `MatchKeyTable`, about
/// two thousand instructions a word; by text id it is one array read and a comparison.
///
/// A word's keys are a function of its text and of `exact` (`WordForms.phraseKeys`), and
/// an interned key keeps its id (`MatchKeyTable` forgets no key), so a remembered answer
/// is the one the word would get again. A word met the first time is interned key by
/// key in the order of its keys, as before, so every key gets the id it always got. Each
/// `TokenTextCache` slot holds one answer per kind of phrase (exact or not), for the
/// text id it was found for: an id goes stale when its slot takes another text, and
/// then the answer is found again.
final class PhraseWordIDs {
    // `@exclusivity(unchecked)`: the memory belongs to one thread, and `ids` does not call
    // back into it while it touches a table (see `MatchKeyCache`); the run-time check was
    // paid twice a word.

    /// The text id each place's answer is for (`noID`: none); place `slot << 1 | exact`.
    @exclusivity(unchecked) private var textIDs: [UInt64] = Array(repeating: TokenTextCache.noID, count: TokenTextCache.slotCount * 2)
    /// Each place's key ids, one per key of the word, in the order of its keys.
    @exclusivity(unchecked) private var answers: [[Int32]] = Array(repeating: [], count: TokenTextCache.slotCount * 2)

    /// This thread's memory, made on first use (only a thread that builds a matcher makes
    /// one) and freed with the thread.
    static var current: PhraseWordIDs {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<PhraseWordIDs>.fromOpaque(pointer).takeUnretainedValue()
        }
        let memory = PhraseWordIDs()
        pthread_setspecific(threadKey, Unmanaged.passRetained(memory).toOpaque())
        return memory
    }

    /// The ids in `table` of the keys of phrase word `word` (`WordForms.phraseKeys`),
    /// one per key and in their order, interning any key met the first time. `textID` is
    /// the word's text id in this thread's `TokenTextCache`, or `noID`.
    func ids(of word: String, textID: UInt64, exact: Bool, in table: MatchKeyTable) -> [Int32] {
        guard textID != TokenTextCache.noID else { return Self.intern(word, exact: exact, in: table) }
        let place = TokenTextCache.slot(of: textID) << 1 | (exact ? 1 : 0)
        if textIDs[place] == textID { return answers[place] }
        let ids = Self.intern(word, exact: exact, in: table)
        textIDs[place] = textID
        answers[place] = ids
        return ids
    }

    /// The ids of a word's keys, worked out. Its keys are made here, not through the shared
    /// memo (`WordForms.cachedPhraseKeys`): a word reaches this the first time this thread
    /// meets it (or after its slot took another text), so the memo nearly always missed,
    /// and its table, growing from empty under a lock, cost a third as much again as
    /// making the keys.
    private static func intern(_ word: String, exact: Bool, in table: MatchKeyTable) -> [Int32] {
        WordForms.phraseKeys(of: word, exact: exact).map { table.intern($0) }
    }
}

/// The thread-specific slot holding each thread's `PhraseWordIDs`; it is released when
/// its thread ends.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
        guard let pointer else { return }
        Unmanaged<PhraseWordIDs>.fromOpaque(pointer).release()
    }
    return key
}()
