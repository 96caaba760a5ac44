import Foundation

/// Match keys (the word forms of `WordForms`) as small integers, shared by every
/// `PhraseMatcher` in the process. A phrase's keys, and the prefixes of its `*` words,
/// are interned when the matcher is built; a post token's keys become the ids of those
/// keys once per distinct token (see `MatchKeyCache`), so matching compares integers and
/// never builds or hashes a `String` per token per matcher.
///
/// Only keys some phrase uses get an id: a post word's other keys can match nothing and
/// are dropped, so the table grows with the lexicons, not with the posts. Interning
/// takes a lock; it happens while matchers are built and when a thread meets a word it
/// has not seen, never per token.
final class MatchKeyTable: @unchecked Sendable {
    static let shared = MatchKeyTable()

    private let lock = NSLock()
    // The tables below are `@exclusivity(unchecked)`: every access holds `lock`, and no
    // method calls back into the table while it touches one, so no two accesses can
    // overlap; the run-time check was paid on every key of every new word.
    //
    /// Every key that is not plain, by `String` (canonical equivalence), and the plain
    /// ones too once `plainKeysInIDs`: while no key could be canonically equivalent to a
    /// plain one, a plain key lives only in `plainKeys`, so interning the lexicons' keys
    /// (nearly all plain) pays no `String` hash with normalisation check, and no
    /// dictionary growth.
    @exclusivity(unchecked) private var ids: [String: Int32] = [:]
    /// Whether `ids` also holds every plain key: from the first look-up that may need a
    /// plain key found by canonical equivalence (see `id(of:plain:)`).
    private var plainKeysInIDs = false
    /// How many keys have an id (ids are 0..<keyCount, in the order keys were interned).
    private var keyCount = 0
    /// The prefixes of phrases written with a trailing `*`, by prefix id.
    @exclusivity(unchecked) private var prefixes: [String] = []
    private var prefixIDs: [String: Int32] = [:]
    /// `ids` for plain keys (`PlainText`), by their bytes: a post word's keys are looked up
    /// here without `String`'s normalising hash. Exact while `plainUnreliable` is false.
    @exclusivity(unchecked) private var plainKeys = WordSet()
    /// The id of each of `plainKeys`, at its place in the set (a `WordSet`'s hash is far
    /// cheaper than `Hasher`'s).
    @exclusivity(unchecked) private var plainIDs: [Int32] = []
    /// Set once a key that is not plain but could be canonically equivalent to a plain one
    /// is interned; from then on every look-up goes through `ids`.
    private var plainUnreliable = false
    /// Whether each prefix is plain, in `prefixes` order.
    @exclusivity(unchecked) private var plainPrefixes: [Bool] = []
    /// Each prefix's UTF-8 bytes, in `prefixes` order, and how many prefixes are not plain.
    @exclusivity(unchecked) private var prefixBytes: [[UInt8]] = []
    private var unplainPrefixCount = 0
    /// Goes up with every new key or prefix: ids resolved under an older generation may
    /// miss one, so caches of resolved tokens start again when it moves.
    private var generation = 0

    /// The id of a phrase key, made on first sight.
    func intern(_ key: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        // A plain key met before is found by its bytes (phrases repeat their words, and
        // hashing the string normalised every Arabic scalar); a new one goes on to `ids`.
        let plain = PlainText.isPlain(key)
        if let id = id(of: key, plain: plain) { return id }
        let id = Int32(keyCount)
        keyCount += 1
        if plain {
            // A new key differs from every key before it, so from every plain one's bytes.
            plainKeys.insert(key)
            plainIDs.append(id)
            if plainKeysInIDs { ids[key] = id }
        } else {
            if PlainText.couldEqualPlain(key) {
                // From now on plain keys are looked up as strings, so `ids` needs them all.
                addPlainKeysToIDs()
                plainUnreliable = true
            }
            ids[key] = id
        }
        generation += 1
        return id
    }

    /// The id of `key` (`plain`: `PlainText.isPlain(key)`), or nil; the caller holds the lock.
    ///
    /// A plain key is found by its bytes while no key in the table could be canonically
    /// equivalent to it (`plainUnreliable`). A key that is not plain and could not equal
    /// a plain one (`PlainText.couldEqualPlain`) can only be equivalent to another key
    /// that is not plain, all of which are in `ids`. Any other look-up needs every key
    /// in `ids`, as it was before plain keys were kept apart.
    @inline(__always)
    private func id(of key: String, plain: Bool) -> Int32? {
        if plain, !plainUnreliable { return plainKeys.index(of: key).map { plainIDs[$0] } }
        if !plain, !PlainText.couldEqualPlain(key) { return ids[key] }
        addPlainKeysToIDs()
        return ids[key]
    }

    /// Puts every plain key in `ids` (once); the caller holds the lock.
    @inline(never)
    private func addPlainKeysToIDs() {
        guard !plainKeysInIDs else { return }
        plainKeysInIDs = true
        for (place, key) in plainKeys.enumerated() { ids[key] = plainIDs[place] }
    }

    /// The id of a `*` phrase's prefix, made on first sight.
    func internPrefix(_ prefix: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = prefixIDs[prefix] { return id }
        let id = Int32(prefixes.count)
        prefixes.append(prefix)
        plainPrefixes.append(PlainText.isPlain(prefix))
        prefixBytes.append(Array(prefix.utf8))
        if !PlainText.isPlain(prefix) { unplainPrefixCount += 1 }
        prefixIDs[prefix] = id
        generation += 1
        return id
    }

    /// The current generation, read under the lock.
    var currentGeneration: Int {
        lock.lock()
        defer { lock.unlock() }
        return generation
    }

    /// A token's keys as ids, in the order given and each once (a key no phrase uses is
    /// left out), and the ids of the prefixes some key starts with (`withPrefixes`;
    /// only words, hashtags and handles are matched by prefix). Also returns the
    /// generation the answer belongs to.
    func resolve(_ keys: [String], withPrefixes: Bool) -> (MatchKeyCache.Resolved, generation: Int) {
        lock.lock()
        defer { lock.unlock() }
        var found: [Int32] = []
        found.reserveCapacity(keys.count)
        // The prefixes found so far, one bit per prefix id while there are at most 64 of
        // them (the lexicons have a handful): each key is read once, and no list of which
        // keys are plain is built per new word.
        let prefixCount = withPrefixes ? prefixes.count : 0
        let prefixesByBit = prefixCount <= 64
        var prefixBits: UInt64 = 0
        // Plain keys by their bytes (the same answers, see `PlainText`), the rest as strings.
        for key in keys {
            let isPlain = PlainText.isPlain(key)
            if let id = id(of: key, plain: isPlain), !found.contains(id) { found.append(id) }
            guard prefixesByBit else { continue }
            for prefixID in 0..<prefixCount where prefixBits & (1 &<< UInt64(prefixID)) == 0
                && Self.starts(key, plain: isPlain, with: prefixes[prefixID], plain: plainPrefixes[prefixID]) {
                prefixBits |= 1 &<< UInt64(prefixID)
            }
        }
        var foundPrefixes: [Int32] = []
        if prefixesByBit {
            for prefixID in 0..<prefixCount where prefixBits & (1 &<< UInt64(prefixID)) != 0 { foundPrefixes.append(Int32(prefixID)) }
        } else {
            for (id, prefix) in prefixes.enumerated() where keys.contains(where: { key in
                Self.starts(key, plain: PlainText.isPlain(key), with: prefix, plain: plainPrefixes[id])
            }) {
                foundPrefixes.append(Int32(id))
            }
        }
        return (MatchKeyCache.Resolved(ids: found, prefixes: foundPrefixes), generation)
    }

    /// `resolve(_:withPrefixes:)` of keys given as bytes (`KeyBytes`, every key plain), or
    /// nil when bytes alone may not decide the answer: a key in the table that is not
    /// plain could be canonically equivalent to a plain one (`plainUnreliable`), or some
    /// `*` prefix is not plain, or there are more than 64 prefixes. The same ids in the
    /// same order: a plain key is looked up by its bytes there too, and a repeated key
    /// adds no id.
    func resolve(_ keys: KeyBytes, withPrefixes: Bool) -> (MatchKeyCache.Resolved, generation: Int)? {
        lock.lock()
        defer { lock.unlock() }
        let prefixCount = withPrefixes ? prefixes.count : 0
        guard !plainUnreliable, prefixCount <= 64, !withPrefixes || unplainPrefixCount == 0 else { return nil }
        var found: [Int32] = []
        found.reserveCapacity(keys.ends.count)
        var prefixBits: UInt64 = 0
        keys.withBytes { all in
            var start = 0
            for end in keys.ends {
                let key = UnsafeBufferPointer(rebasing: all[start..<end])
                start = end
                if let place = plainKeys.index(ofUTF8: key) {
                    let id = plainIDs[place]
                    if !found.contains(id) { found.append(id) }
                }
                for prefixID in 0..<prefixCount where prefixBits & (1 &<< UInt64(prefixID)) == 0 {
                    let prefix = prefixBytes[prefixID]
                    guard prefix.count <= key.count else { continue }
                    let starts = prefix.isEmpty || prefix.withUnsafeBufferPointer { memcmp(key.baseAddress!, $0.baseAddress!, $0.count) == 0 }
                    if starts { prefixBits |= 1 &<< UInt64(prefixID) }
                }
            }
        }
        var foundPrefixes: [Int32] = []
        for prefixID in 0..<prefixCount where prefixBits & (1 &<< UInt64(prefixID)) != 0 { foundPrefixes.append(Int32(prefixID)) }
        return (MatchKeyCache.Resolved(ids: found, prefixes: foundPrefixes), generation)
    }

    /// Whether `key` starts with `prefix`: by bytes when both are plain, else as `String` does.
    @inline(__always)
    private static func starts(_ key: String, plain keyIsPlain: Bool, with prefix: String, plain prefixIsPlain: Bool) -> Bool {
        keyIsPlain && prefixIsPlain ? PlainText.hasPrefix(key, prefix) : key.hasPrefix(prefix)
    }
}
