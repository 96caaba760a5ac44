import Glibc
import Synchronization

/// Each thread's memory of the token texts it has made, by their folded UTF-8 bytes:
/// the tokenizer folds a token into bytes on the stack and asks here for its `String`.
/// Posts repeat their words, and each post shares most of its vocabulary with the last,
/// so nearly every token is answered with a string made before: one FNV-1a hash of the
/// bytes and one comparison, where making the string again validated its bytes, and
/// allocated storage for any past 15 bytes.
///
/// A direct-mapped table of `slotCount` places, each holding the bytes of the last text
/// that hashed there (at most `slotWidth` of them) and its string. A collision only
/// means a string is made as before and takes the place, so no input makes a token
/// dearer than making its string, and memory stays fixed. One table per thread (no
/// lock; `--jobs N` gives each worker its own); a string is the same value whichever
/// thread made it, so what is remembered never changes a result.
final class TokenTextCache {
    /// How many texts are remembered (a power of two).
    static let slotCount = 16_384
    /// The longest text remembered, in bytes: nearly every word fits, and a longer token
    /// (a link, a long number) is made afresh.
    static let slotWidth = 32

    // `@exclusivity(unchecked)`: a cache belongs to one thread, and none of its methods
    // calls back into it while touching a table (see `MatchKeyCache`).
    @exclusivity(unchecked) private var texts: [String] = Array(repeating: "", count: slotCount)
    /// How many texts each slot has held (0: none yet): a text's id is its slot and this
    /// count when it was made or found (`version << 16 | slot`, and no count can reach
    /// 2^47), so an id goes stale when its slot takes another text, and nothing
    /// remembered by id (`MatchKeyCache`) can be read for the wrong text.
    @exclusivity(unchecked) private var versions: [UInt64] = Array(repeating: 0, count: slotCount)
    /// This cache among all the threads' caches, for ids kept beside a post's tokens
    /// (`AnalyzedText.textIDs`): they mean something only to the cache that gave them.
    let serial = TokenTextCache.serials.add(1, ordering: .relaxed).newValue
    private static let serials = Atomic<Int>(0)

    /// The text ids of the tokens of the post tokenised last on this thread, in token
    /// order (`ids[0..<idCount]`), and the number of that tokenisation (`idStamp`). They
    /// are read right after, by the same thread (`PhraseMatcher.PostKeys`); a post's own
    /// array of them cost more to fill than the look-ups they spare.
    private(set) var ids = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
    private var idCapacity = 256
    private(set) var idCount = 0
    private(set) var idStamp = 0

    /// Starts the ids of a new tokenisation; returns its number.
    func beginIDs() -> Int {
        idCount = 0
        idStamp += 1
        return idStamp
    }

    /// Adds the next token's text id.
    @inline(__always)
    func appendID(_ id: UInt64) {
        if idCount == idCapacity { growIDs() }
        ids[idCount] = id
        idCount += 1
    }

    private func growIDs() {
        let larger = UnsafeMutablePointer<UInt64>.allocate(capacity: idCapacity * 2)
        larger.update(from: ids, count: idCount)
        ids.deallocate()
        ids = larger
        idCapacity *= 2
    }

    /// The id of a text no slot remembers (too long, or empty).
    static let noID = UInt64.max

    /// The slot of an id (`noID` aside).
    @inline(__always)
    static func slot(of id: UInt64) -> Int { Int(truncatingIfNeeded: id & 0xFFFF) }
    /// The bytes of each slot's text, `slotWidth` per slot; `lengths` says how many are used
    /// (0: the slot is empty, or holds the empty text, which is never asked for).
    private let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount * slotWidth)
    private let lengths = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount)
    /// The facts of each slot's text (`WordFacts`), worked out when the slot took the
    /// text: every later token with that text carries them without asking a word list.
    private let facts = UnsafeMutablePointer<WordFacts>.allocate(capacity: slotCount)

    private init() {
        bytes.initialize(repeating: 0, count: Self.slotCount * Self.slotWidth)
        lengths.initialize(repeating: 0, count: Self.slotCount)
        facts.initialize(repeating: .unknown, count: Self.slotCount)
    }

    deinit {
        bytes.deallocate()
        lengths.deallocate()
        facts.deallocate()
        ids.deallocate()
    }

    /// The spellings tokens were written in, in front of this cache (see `TokenSpellingCache`).
    let spellings = TokenSpellingCache()

    /// This thread's cache, made on first use and freed with the thread.
    static var current: TokenTextCache {
        if let pointer = pthread_getspecific(threadKey) {
            return Unmanaged<TokenTextCache>.fromOpaque(pointer).takeUnretainedValue()
        }
        let cache = TokenTextCache()
        pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// The string of `utf8` (valid UTF-8, as the tokenizer writes it): the one made last
    /// time these bytes were seen, or a new one, remembered.
    ///
    /// `id` is set to the text's id here (its slot and the slot's version), or `noID`;
    /// `facts` to the text's `WordFacts` (worked out now for a text met the first time, or
    /// for one too long to remember).
    ///
    /// `want: false` (a lexicon's phrase) leaves `facts` unknown and works out none for a
    /// new text; a slot whose facts are unknown gets them when a token that wants them
    /// meets it (facts are a function of the text alone).
    @inline(__always)
    func text(_ utf8: UnsafeBufferPointer<UInt8>, id: inout UInt64, facts textFacts: inout WordFacts, want: Bool = true) -> String {
        let count = utf8.count
        guard count > 0, count <= Self.slotWidth, let base = utf8.baseAddress else {
            id = Self.noID
            let made = String(decoding: utf8, as: UTF8.self)
            textFacts = want ? WordFacts.of(made) : .unknown
            return made
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<count { hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (Self.slotCount - 1)
        let stored = bytes + slot * Self.slotWidth
        if Int(lengths[slot]) == count && memcmp(stored, base, count) == 0 {
            id = versions[slot] << 16 | UInt64(slot)
            if want && !facts[slot].contains(.known) { facts[slot] = WordFacts.of(texts[slot]) }
            textFacts = want ? facts[slot] : .unknown
            return texts[slot]
        }
        let made = String(decoding: utf8, as: UTF8.self)
        stored.update(from: base, count: count)
        lengths[slot] = UInt8(count)
        texts[slot] = made
        facts[slot] = want ? WordFacts.of(made) : .unknown
        versions[slot] += 1
        id = versions[slot] << 16 | UInt64(slot)
        textFacts = facts[slot]
        return made
    }

    /// The text with id `id` (not `noID`), with its facts as `text(_:id:facts:want:)` gives
    /// them for its bytes, while the id's slot still holds that text; nil once the slot has
    /// taken another (its version moved on). Asked by `TokenSpellingCache`'s answers.
    @inline(__always)
    func text(remembered id: UInt64, facts textFacts: inout WordFacts, want: Bool) -> String? {
        let slot = Self.slot(of: id)
        guard versions[slot] == id >> 16 else { return nil }
        if want && !facts[slot].contains(.known) { facts[slot] = WordFacts.of(texts[slot]) }
        textFacts = want ? facts[slot] : .unknown
        return texts[slot]
    }

    /// `text(_:id:facts:)` without the id and the facts.
    @inline(__always)
    func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        var id = Self.noID
        var facts = WordFacts.unknown
        return text(utf8, id: &id, facts: &facts)
    }
}

/// The thread-specific slot holding each thread's `TokenTextCache`; the cache is
/// released when its thread ends.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
        guard let pointer else { return }
        Unmanaged<TokenTextCache>.fromOpaque(pointer).release()
    }
    return key
}()
