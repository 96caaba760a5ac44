import Glibc

/// Each thread's memory of the tokens it has matched: a token's match keys (word forms,
/// hashtag words, look-alike spellings; see `PhraseMatcher.matchingKeys`) resolved to
/// `MatchKeyTable` ids once per distinct token text. Posts repeat their words, and each
/// post shares most of its vocabulary with the last, so after the first posts nearly
/// every token is one dictionary probe, with no lock and no key built.
///
/// One cache per thread (no lock per token; `--jobs N` gives each worker its own). It
/// starts again when a phrase key is interned (a remembered token may lack the new id)
/// and when it holds `limit` tokens, so memory stays bounded on any input.
final class MatchKeyCache {
    /// A token's key ids and the ids of the `*` prefixes its keys start with.
    ///
    /// A class, made once per text and shared: a post's keys (`PhraseMatcher.PostKeys`)
    /// hold one for each token, and as a struct of two lists each token's copy retained
    /// both lists, and released both when the post was done (nearly every token's
    /// prefixes are none, and even the empty list was retained); one reference is retained
    /// and released once.
    final class Resolved: Sendable {
        let ids: [Int32]
        let prefixes: [Int32]
        /// `PhraseMatcher.keyMask(of: ids)`, worked out once with the answer: the matchers
        /// read it for every token of every post (`PhraseMatcher.PostKeys.keyMasks`).
        let mask: UInt64

        init(ids: [Int32], prefixes: [Int32]) {
            self.ids = ids
            self.prefixes = prefixes
            mask = PhraseMatcher.keyMask(of: ids)
        }
    }

    private var generation = -1
    // Keyed by bytes (`UTF8Key`): hashing an Arabic `String` checks its normalisation.
    //
    // The tables are `@exclusivity(unchecked)`: a cache belongs to one thread and none of
    // its methods calls back into it while it touches a table, so no two accesses can
    // overlap; the run-time check on every access was a third of a cached lookup.
    // Room for a few thousand words at once: grown from empty, the table was rehashed a
    // dozen times over the first posts.
    @exclusivity(unchecked) private var words: [UTF8Key: Resolved] = Dictionary(minimumCapacity: 4_096)
    @exclusivity(unchecked) private var tags: [UTF8Key: Resolved] = [:]
    @exclusivity(unchecked) private var others: [UTF8Key: Resolved] = [:]
    private var count = 0
    private let limit = 100_000

    /// The last word seen at each of `recentSlotCount` places, by an FNV-1a hash of its
    /// bytes, in front of `words`: most words of a post were met moments ago, and this
    /// answers them with a cheap hash and one comparison, where the dictionary pays a
    /// seeded SipHash. A collision only sends a word on to the dictionary, so no input can
    /// make a lookup slower than the dictionary alone.
    @exclusivity(unchecked) private var recentWords: [UTF8Key?] = Array(repeating: nil, count: recentSlotCount)
    @exclusivity(unchecked) private var recentResolved: [Resolved] = Array(repeating: Resolved(ids: [], prefixes: []), count: recentSlotCount)
    private static let recentSlotCount = 4_096
    /// The same in front of `others`: every post has its punctuation and numbers, and
    /// each was a seeded SipHash of the dictionary.
    @exclusivity(unchecked) private var recentOthers: [UTF8Key?] = Array(repeating: nil, count: recentOtherSlotCount)
    @exclusivity(unchecked) private var recentOthersResolved: [Resolved] = Array(repeating: Resolved(ids: [], prefixes: []), count: recentOtherSlotCount)
    private static let recentOtherSlotCount = 1_024

    /// The answer for each `TokenTextCache` slot, by the id of the text it was for (0:
    /// none) and the kind of look-up (`word` 1, `other` 2): a post's tokens carry their
    /// text ids (`AnalyzedText.textIDs`), so a token met before is one array read and one
    /// comparison, with no hash of its text and no key built.
    @exclusivity(unchecked) private var byTextID: [UInt64] = Array(repeating: 0, count: TokenTextCache.slotCount)
    @exclusivity(unchecked) private var byTextIDKind: [UInt8] = Array(repeating: 0, count: TokenTextCache.slotCount)
    @exclusivity(unchecked) private var byTextIDResolved: [Resolved] = Array(repeating: Resolved(ids: [], prefixes: []), count: TokenTextCache.slotCount)
    /// Scratch for the keys of a new Arabic word (`ArabicStemmer.addPostKeys`), kept from
    /// word to word so its buffers are not allocated each time.
    @exclusivity(unchecked) private var keyBytes = KeyBytes()
    /// Whether the last `word` or `other` answer belongs to this cache's generation (it
    /// was found here, or remembered): only such an answer is kept by text id.
    private var lastAnswerKept = false

    /// This thread's cache, made on first use and freed with the thread.
    static var current: MatchKeyCache {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<MatchKeyCache>.fromOpaque(pointer).takeUnretainedValue()
        }
        let cache = MatchKeyCache()
        pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// Called once per post, before its tokens: forgets everything if a key was added.
    func begin(generation current: Int) {
        if current != generation || count >= limit { forget(generation: current) }
    }

    private func forget(generation current: Int) {
        generation = current
        words.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        others.removeAll(keepingCapacity: true)
        for slot in recentWords.indices { recentWords[slot] = nil }
        for slot in recentOthers.indices { recentOthers[slot] = nil }
        for slot in byTextID.indices { byTextID[slot] = 0 }
        count = 0
    }

    /// The resolved keys of a post token, as `PhraseMatcher.matchingKeys` gives them.
    @inline(__always)
    func resolved(_ token: Token) -> Resolved {
        switch token.kind {
        case .word: return word(token.text)
        case .hashtag, .mention:
            if let known = tags[UTF8Key(token.text)] { return known }
            let keys = PhraseMatcher.matchingKeys(of: token, keys: PhraseMatcher.uncachedPostKeys(of:))
            return remember(MatchKeyTable.shared.resolve(keys, withPrefixes: true), as: UTF8Key(token.text), in: &tags).resolved
        default: return other(token.text)
        }
    }

    /// `resolved(tokens[index])`, with a word's or a mark's text fetched alone
    /// (`text(at:)`): only a hashtag or a mention needs the whole token copied.
    @inline(__always)
    func resolved(_ tokens: [Token], at index: Int) -> Resolved {
        switch tokens[index].kind {
        case .word: return word(tokens.text(at: index))
        case .hashtag, .mention: return resolved(tokens[index])
        default: return other(tokens.text(at: index))
        }
    }

    /// `resolved(tokens, at: index)`, found by the token's text id (`textID`, from this
    /// thread's `TokenTextCache`) when the answer for that text is kept, and kept by it
    /// otherwise. Hashtags and mentions, and texts with no id, take the usual way.
    @inline(__always)
    func resolved(_ tokens: [Token], at index: Int, textID: UInt64) -> Resolved {
        let kind = tokens[index].kind
        guard textID != TokenTextCache.noID, kind != .hashtag, kind != .mention else { return resolved(tokens, at: index) }
        let slot = TokenTextCache.slot(of: textID)
        let lookup: UInt8 = kind == .word ? 1 : 2
        if byTextID[slot] == textID && byTextIDKind[slot] == lookup { return byTextIDResolved[slot] }
        let answer = kind == .word ? word(tokens.text(at: index)) : other(tokens.text(at: index))
        if lastAnswerKept {
            byTextID[slot] = textID
            byTextIDKind[slot] = lookup
            byTextIDResolved[slot] = answer
        }
        return answer
    }

    /// The resolved keys of a token that is neither a word nor a hashtag or mention:
    /// its text as written, through `recentOthers` and then `others` (see `word`).
    func other(_ text: String) -> Resolved {
        let key = UTF8Key(text)
        let hash = WordSet.hash(text)
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (Self.recentOtherSlotCount - 1)
        lastAnswerKept = true
        if recentOthers[slot] == key { return recentOthersResolved[slot] }
        if let known = others[key] {
            recentOthers[slot] = key
            recentOthersResolved[slot] = known
            return known
        }
        let (resolved, kept) = remember(MatchKeyTable.shared.resolve([text], withPrefixes: false), as: key, in: &others)
        // Only what `others` remembers goes in front of it (an answer of a newer generation does not).
        lastAnswerKept = kept
        if kept {
            recentOthers[slot] = key
            recentOthersResolved[slot] = resolved
        }
        return resolved
    }

    /// The resolved keys of a word (its keys and those of its look-alike spellings), as
    /// a post word with this normalised text would have them.
    func word(_ text: String) -> Resolved {
        let key = UTF8Key(text)
        let hash = WordSet.hash(text)
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (Self.recentSlotCount - 1)
        lastAnswerKept = true
        if recentWords[slot] == key { return recentResolved[slot] }
        if let known = words[key] {
            recentWords[slot] = key
            recentResolved[slot] = known
            return known
        }
        let (resolved, kept) = remember(resolveNew(word: text), as: key, in: &words)
        // Only what `words` remembers goes in front of it (an answer of a newer generation does not).
        lastAnswerKept = kept
        if kept {
            recentWords[slot] = key
            recentResolved[slot] = resolved
        }
        return resolved
    }

    /// The resolved keys of a word not met before. A word of two or more Arabic letters
    /// (U+0621–U+064A and nothing else; most new words) has its keys made as bytes and
    /// looked up as bytes (`KeyBytes`), with no `String` per key: the same answer, since
    /// such a word has no look-alike spellings (`PhraseMatcher.foldedKeys` gives it none:
    /// no scalar to fold, no hyphen, no substitute) and its keys are the stemmer's, all
    /// plain. Any other word, or a table bytes cannot decide, takes the string way.
    private func resolveNew(word text: String) -> (MatchKeyCache.Resolved, generation: Int) {
        // A stretched word («غبيييي») also has its unstretched keys, which only the string way gives.
        if ArabicStemmer.bytesReady, Self.isArabicLetters(text), !WordForms.isStretched(text) {
            keyBytes.removeAll()
            ArabicStemmer.addPostKeys(of: text, scalars: text.scalarArray, into: &keyBytes)
            if let answer = MatchKeyTable.shared.resolve(keyBytes, withPrefixes: true) { return answer }
        }
        let token = Token(kind: .word, text: text, start: 0, end: 0, number: nil, isArabic: false,
                          isAllCaps: false, isCapitalised: false, sentence: 0, letterCount: 0)
        let keys = PhraseMatcher.matchingKeys(of: token, keys: PhraseMatcher.uncachedPostKeys(of:))
        return MatchKeyTable.shared.resolve(keys, withPrefixes: true)
    }

    /// Whether `text` is two or more Arabic letters U+0621–U+064A and nothing else, read
    /// from its UTF-8 (D8 A1–BF, D9 80–8A).
    static func isArabicLetters(_ text: String) -> Bool {
        text.readingUTF8 { bytes in
            guard bytes.count >= 4, bytes.count % 2 == 0 else { return false }
            var index = 0
            while index < bytes.count {
                let lead = bytes[index], next = bytes[index + 1]
                guard (lead == 0xD8 && next >= 0xA1 && next <= 0xBF) || (lead == 0xD9 && next >= 0x80 && next <= 0x8A) else { return false }
                index += 2
            }
            return true
        }
    }

    /// Keeps `answer` under `key` if it belongs to this cache's generation, and says
    /// whether it did (the key was not in the table: the callers asked it first).
    private func remember(_ answer: (MatchKeyCache.Resolved, generation: Int), as key: UTF8Key,
                          in table: inout [UTF8Key: Resolved]) -> (resolved: Resolved, kept: Bool) {
        // An answer from a newer generation is right but not remembered: this cache's
        // other entries belong to the older one until the next post begins.
        guard answer.generation == generation else { return (answer.0, false) }
        table[key] = answer.0
        count += 1
        return (answer.0, true)
    }
}

/// The thread-specific slot holding each thread's `MatchKeyCache`; the cache is
/// released when its thread ends.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
        guard let pointer else { return }
        Unmanaged<MatchKeyCache>.fromOpaque(pointer).release()
    }
    return key
}()
