import Glibc

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
    private static let slotCount = 4_096
    /// The longest text remembered, in bytes: nearly every word fits, and a longer token
    /// (a link, a long number) is made afresh.
    static let slotWidth = 32

    // `@exclusivity(unchecked)`: a cache belongs to one thread, and none of its methods
    // calls back into it while touching a table (see `MatchKeyCache`).
    @exclusivity(unchecked) private var texts: [String] = Array(repeating: "", count: slotCount)
    /// The bytes of each slot's text, `slotWidth` per slot; `lengths` says how many are used
    /// (0: the slot is empty, or holds the empty text, which is never asked for).
    private let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount * slotWidth)
    private let lengths = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount)

    private init() {
        bytes.initialize(repeating: 0, count: Self.slotCount * Self.slotWidth)
        lengths.initialize(repeating: 0, count: Self.slotCount)
    }

    deinit {
        bytes.deallocate()
        lengths.deallocate()
    }

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
    @inline(__always)
    func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        let count = utf8.count
        guard count > 0, count <= Self.slotWidth, let base = utf8.baseAddress else {
            return String(decoding: utf8, as: UTF8.self)
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<count { hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (Self.slotCount - 1)
        let stored = bytes + slot * Self.slotWidth
        if Int(lengths[slot]) == count && memcmp(stored, base, count) == 0 { return texts[slot] }
        let made = String(decoding: utf8, as: UTF8.self)
        stored.update(from: base, count: count)
        lengths[slot] = UInt8(count)
        texts[slot] = made
        return made
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
