import Glibc

/// Each thread's memory of the spellings its tokens were written in, in front of
/// `TokenTextCache`: a token's scalars as written (before folding) lead straight to the
/// text id its folded text had, and to what folding noticed of its letters. Posts repeat
/// their words, so most tokens are answered with one hash of their scalars and one
/// comparison, where folding them into bytes and hashing the bytes cost about three
/// hundred instructions a token.
///
/// Folding is a function of the scalars alone (`TextNormalizer.fold`), so a spelling
/// always folds to the same text and the same letters. The text itself is taken from
/// `TokenTextCache` by the remembered id, and only while the id's slot still holds that
/// text (`TokenTextCache.text(remembered:facts:want:)`); otherwise the token is made the
/// usual way. Either way the token, its id and its facts are exactly what folding gives.
///
/// A direct-mapped table of `slotCount` places, each holding the last spelling (at most
/// `width` scalars) that hashed there; a collision only means a token is folded as
/// before. Memory stays fixed, and no input makes a token dearer than folding it plus
/// one hash of its scalars.
final class TokenSpellingCache {
    /// How many spellings are remembered (a power of two).
    static let slotCount = 8_192
    /// The longest spelling remembered, in scalars: nearly every word fits.
    static let width = 16

    /// The scalars of each slot's spelling, `width` per slot; `lengths` says how many are
    /// used (0: empty).
    private let spelling = UnsafeMutablePointer<UInt32>.allocate(capacity: slotCount * width)
    private let lengths = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount)
    /// The `TokenTextCache` id of each slot's folded text, and what folding noticed.
    private let ids = UnsafeMutablePointer<UInt64>.allocate(capacity: slotCount)
    private let letters = UnsafeMutablePointer<Tokenizer.Letters>.allocate(capacity: slotCount)

    init() {
        spelling.initialize(repeating: 0, count: Self.slotCount * Self.width)
        lengths.initialize(repeating: 0, count: Self.slotCount)
        ids.initialize(repeating: TokenTextCache.noID, count: Self.slotCount)
        letters.initialize(repeating: Tokenizer.Letters(), count: Self.slotCount)
    }

    deinit {
        spelling.deallocate()
        lengths.deallocate()
        ids.deallocate()
        letters.deinitialize(count: Self.slotCount)
        letters.deallocate()
    }

    /// The slot of the spelling `scalars[0..<count]`: FNV-1a over the scalars' values taken
    /// two at a time (a pair as one 64-bit value, a last odd scalar alone), its high half
    /// folded down at the end (a pair's second scalar lands there). A pair per multiply
    /// halves the hash's chain of dependent multiplies, which was the costliest step of a
    /// token the cache answers. Any function of the scalars would give the same tokens:
    /// `find` compares the whole spelling, and a collision only means folding as before.
    @inline(__always)
    static func slot(of scalars: UnsafePointer<UInt32>, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        while index + 1 < count {
            hash = (hash ^ (UInt64(scalars[index]) | UInt64(scalars[index + 1]) << 32)) &* 0x0000_0100_0000_01B3
            index += 2
        }
        if index < count { hash = (hash ^ UInt64(scalars[index])) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (slotCount - 1)
    }

    /// The remembered text id and letters of the spelling `scalars[0..<count]` (at most
    /// `width` scalars) in `slot`, or nil when the slot holds another spelling.
    @inline(__always)
    func find(_ scalars: UnsafePointer<UInt32>, count: Int, slot: Int) -> (id: UInt64, letters: Tokenizer.Letters)? {
        guard Int(lengths[slot]) == count,
              memcmp(spelling + slot * Self.width, scalars, count * MemoryLayout<UInt32>.stride) == 0 else { return nil }
        return (ids[slot], letters[slot])
    }

    /// Remembers that the spelling `scalars[0..<count]` (at most `width` scalars) folded
    /// to the text with id `id`, noticing `found` of its letters.
    @inline(__always)
    func remember(_ scalars: UnsafePointer<UInt32>, count: Int, slot: Int, id: UInt64, letters found: Tokenizer.Letters) {
        (spelling + slot * Self.width).update(from: scalars, count: count)
        lengths[slot] = UInt8(truncatingIfNeeded: count)
        ids[slot] = id
        letters[slot] = found
    }
}
