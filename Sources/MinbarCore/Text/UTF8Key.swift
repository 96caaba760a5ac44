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

/// Text whose bytes alone decide `String`'s equality, hashing and prefixes: printable
/// ASCII and the Arabic letters U+0621–U+064A (every match key of an Arabic or English
/// word). Such text is already in NFC, has no combining marks, and each scalar is a
/// grapheme of its own, so two plain strings are canonically equivalent exactly when
/// their bytes are equal, and one starts with the other's characters exactly when it
/// starts with its bytes. `String` works this out by normalising every scalar outside
/// ASCII on every hash and comparison, which was most of the cost of a word met for the
/// first time (its keys are built, compared and looked up in string-keyed tables).
enum PlainText {
    /// Whether `text` is plain (see above), read from its bytes.
    static func isPlain(_ text: String) -> Bool {
        // Read in place (a key is a native string); the iterator read a byte at a time
        // through the string's general path.
        if let plain = text.utf8.withContiguousStorageIfAvailable(isPlain) { return plain }
        return Array(text.utf8).withUnsafeBufferPointer { isPlain($0) }
    }

    /// Whether one scalar is plain: printable ASCII or an Arabic letter U+0621–U+064A
    /// (the scalars whose UTF-8 `isPlain(_:)` accepts).
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x20 && value <= 0x7E) || (value >= 0x0621 && value <= 0x064A)
    }

    /// Whether text made of `scalars` is plain, from the scalars (a key being built
    /// need not be read again as bytes).
    @inline(__always)
    static func arePlain<Scalars: Sequence>(_ scalars: Scalars) -> Bool where Scalars.Element == Unicode.Scalar {
        scalars.allSatisfy { isPlain($0) }
    }

    /// `isPlain(_:)` of UTF-8 bytes.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            index += 1
            if byte >= 0x20 && byte <= 0x7E { continue }
            // U+0621–U+063F are D8 A1–BF; U+0640–U+064A are D9 80–8A.
            guard index < count else { return false }
            let next = utf8[index]
            index += 1
            if byte == 0xD8, next >= 0xA1, next <= 0xBF { continue }
            if byte == 0xD9, next >= 0x80, next <= 0x8A { continue }
            return false
        }
        return true
    }

    /// Whether a text that is not plain could still be canonically equivalent to a plain
    /// one: only if each of its scalars is plain or one of the few whose decomposition is
    /// made of plain scalars and the Arabic marks U+0653–U+0655 (those marks themselves,
    /// U+037E, U+1FEF and U+212A; found from the Unicode data, Unicode 14). A table with
    /// such a key falls back to `String`'s own comparison.
    static func couldEqualPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (value >= 0x20 && value <= 0x7E) || (value >= 0x0621 && value <= 0x064A) || (value >= 0x0653 && value <= 0x0655)
                || value == 0x037E || value == 0x1FEF || value == 0x212A
        }
    }

    /// Whether the plain text `text` starts with the plain text `prefix` (the same answer
    /// as `String.hasPrefix` for plain texts, from the bytes).
    @inline(__always)
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let a = text.utf8, b = prefix.utf8
        guard a.count >= b.count else { return false }
        guard !b.isEmpty else { return true }
        // In place with one memcmp (every key of every new word is asked about every `*`
        // prefix); the views' generic `starts(with:)` cost far more than the bytes.
        let same = a.withContiguousStorageIfAvailable { x in
            b.withContiguousStorageIfAvailable { y in memcmp(x.baseAddress!, y.baseAddress!, y.count) == 0 }
        }
        if let same, let same { return same }
        return a.starts(with: b)
    }
}
