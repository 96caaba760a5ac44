import Foundation

/// A string hashed and compared by its UTF-8 bytes. `String`'s own `hash(into:)` and `==`
/// follow canonical equivalence, which for text outside ASCII (every Arabic word) means a
/// normalisation check of every scalar on every probe. Token texts are normalised once
/// by `TextNormalizer`, so their bytes are the identity a per-word cache needs.
struct UTF8Key: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for byte in text.utf8 { hasher.combine(byte) } }
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        // Two strings with the same representation have the same bytes: a small string
        // (up to 15 bytes, most words) holds its bytes and count in these 16 bytes, and a
        // large one points to storage it shares. The key caches compare a token with the
        // word it was last time on every probe, so most answers end here, without the
        // count, the contiguous views and the memcmp below.
        if unsafeBitCast(lhs.text, to: (UInt64, UInt64).self) == unsafeBitCast(rhs.text, to: (UInt64, UInt64).self) { return true }
        let left = lhs.text.utf8, right = rhs.text.utf8
        guard left.count == right.count else { return false }
        let same = left.withContiguousStorageIfAvailable { a in
            right.withContiguousStorageIfAvailable { b in
                a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
            }
        }
        if let same, let same { return same }
        return left.elementsEqual(right)
    }
}
