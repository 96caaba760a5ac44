extension String {
    /// A string of `scalars`, encoded straight into UTF-8 (see `encodingUTF8(atMost:_:)`):
    /// the hot path builds excerpts this way, because appending to a
    /// `String.UnicodeScalarView` one scalar (or one slice) at a time is many times slower.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        self = String.encodingUTF8(atMost: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars { count = String.encode(scalar, into: buffer, at: count) }
            return count
        }
    }

    /// The string `encode` writes as UTF-8 into a buffer of `maximum` bytes (it returns
    /// how many it wrote; they must be valid UTF-8).
    ///
    /// Why not `String(unsafeUninitializedCapacity:)` directly: it stores a string inline
    /// (no allocation, and no reference count to touch each time the string is copied)
    /// only when the *capacity asked for* is 15 bytes or fewer, and allocates otherwise,
    /// however few bytes are written. A token of four scalars or more has a worst case
    /// past 15 bytes, so nearly every token text was allocated, though few are longer
    /// than 15 bytes. Here the bytes go to scratch space on the stack first, and the
    /// string is made of exactly those bytes.
    @inline(__always)
    static func encodingUTF8(atMost maximum: Int, _ encode: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        // Small enough to be inline whatever is written, or too large for stack scratch
        // (and then almost surely allocated anyway): build in place.
        if maximum <= smallUTF8Capacity || maximum > stackScratchLimit {
            return String(unsafeUninitializedCapacity: maximum, initializingUTF8With: encode)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximum) { scratch in
            let count = encode(scratch)
            return String(decoding: UnsafeBufferPointer(rebasing: scratch[..<count]), as: UTF8.self)
        }
    }

    /// The string's Unicode scalars, decoded from its UTF-8 in one pass: the same array as
    /// `Array(unicodeScalars)`, which goes through the generic sequence copy and costs
    /// several times more on every post.
    var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            // At most one scalar per byte (see `Array.init(initializingAtMost:with:)`).
            [Unicode.Scalar](initializingAtMost: bytes.count) { scalars in
                var index = 0
                var count = 0
                while index < bytes.count {
                    // Eight ASCII bytes (most of most posts) are eight scalars: one test for
                    // all of them, where each byte was asked alone. There is room: no more
                    // scalars are written than bytes read (`count <= index`).
                    if index + 8 <= bytes.count {
                        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                        if word & 0x8080_8080_8080_8080 == 0 {
                            let output = scalars.baseAddress! + count
                            for offset in 0..<8 { output[offset] = Unicode.Scalar(UInt8(truncatingIfNeeded: word &>> (offset * 8))) }
                            index += 8
                            count += 8
                            continue
                        }
                    }
                    let lead = bytes[index]
                    if lead < 0x80 {
                        scalars[count] = Unicode.Scalar(lead)
                        index += 1
                    } else if lead >= 0xC2 && lead <= 0xDF && index + 1 < bytes.count {
                        // Two bytes (Arabic, and most else that is not ASCII), decoded here as
                        // `scalar(at:in:)` decodes them: U+0080 to U+07FF, never a surrogate.
                        let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        scalars[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        index += 2
                    } else {
                        scalars[count] = String.scalar(at: index, in: bytes)
                        index += String.utf8Length(lead: lead)
                    }
                    count += 1
                }
                return count
            }
        }
    }

    /// The most UTF-8 bytes a string holds inline on 64-bit platforms.
    private static let smallUTF8Capacity = 15
    /// The most scratch bytes `encodingUTF8` takes from the stack.
    private static let stackScratchLimit = 1_024

    /// `hasPrefix` for a prefix of whole letters, without grapheme breaking (which costs
    /// on every Arabic word): the scalars match, and the one after them does not join the
    /// prefix's last letter (a combining mark, which normalised text may still hold, or a joiner).
    func startsWithScalars(_ prefix: String) -> Bool {
        var scalars = unicodeScalars.makeIterator()
        for expected in prefix.unicodeScalars {
            guard scalars.next() == expected else { return false }
        }
        guard let next = scalars.next() else { return true }
        return !Self.joinsPrevious(next)
    }

    /// `hasSuffix` for a suffix of Arabic letters (U+0621…U+064A only), answered from the
    /// bytes where they decide it, without grapheme breaking (which costs on every
    /// Arabic word). No character but the bare letter is canonically equivalent to one
    /// of these letters, so a word whose bytes do not end in the suffix's does not end in
    /// it. When they do, only a scalar before the suffix that grapheme breaking joins to
    /// the letter after it (a prepended mark such as U+0600) could make the answer no:
    /// the start of the word, an ASCII scalar or an Arabic letter cannot, and anything
    /// else is left to `hasSuffix`.
    func endsWithArabicLetters(_ suffix: String) -> Bool {
        let answer: Bool?? = utf8.withContiguousStorageIfAvailable { word -> Bool? in
            suffix.utf8.withContiguousStorageIfAvailable { tail -> Bool? in
                guard word.count >= tail.count else { return false }
                let start = word.count - tail.count
                for offset in 0..<tail.count where word[start + offset] != tail[offset] { return false }
                if start == 0 || word[start - 1] < 0x80 { return true }
                // An Arabic letter before: two bytes, D8 A1 to D9 8A.
                if start >= 2, word[start - 2] == 0xD8 || word[start - 2] == 0xD9, word[start - 1] & 0xC0 == 0x80 {
                    let value = (UInt32(word[start - 2]) & 0x1F) << 6 | (UInt32(word[start - 1]) & 0x3F)
                    if value >= 0x0621 && value <= 0x064A { return true }
                }
                return nil
            } ?? nil
        }
        if let answer, let answer { return answer }
        return hasSuffix(suffix)
    }

    /// `body` on the string's UTF-8 bytes, read where they lie (every native string, small
    /// ones included), else from a copy: the hot path asks a word's first or last bytes
    /// without the UTF-8 view's generic index machinery.
    func readingUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }

    /// `unicodeScalars.first`, decoded from the leading UTF-8 bytes in place: the scalar
    /// view's generic `first` validated an index on the way and cost about a hundred
    /// instructions, and it is asked of nearly every word (the Egyptian future, the
    /// dialect and glued-word readings, the commitment marker).
    var firstScalar: Unicode.Scalar? {
        if let first = utf8.withContiguousStorageIfAvailable({ bytes -> Unicode.Scalar? in
            bytes.isEmpty ? nil : String.scalar(at: 0, in: bytes)
        }) { return first }
        return unicodeScalars.first
    }

    /// A scalar that belongs to the character before it: a combining mark or a joiner.
    static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value)
        }
    }

    /// Whether the string is exactly one scalar, found without counting them all (the
    /// disguised-word pass asks it of every word).
    var isOneScalar: Bool {
        // From the bytes in place: one scalar is exactly the bytes its lead byte starts.
        if let one = utf8.withContiguousStorageIfAvailable({ bytes in
            !bytes.isEmpty && bytes.count == String.utf8Length(lead: bytes[0])
        }) { return one }
        var scalars = unicodeScalars.makeIterator()
        return scalars.next() != nil && scalars.next() == nil
    }

    /// The length in bytes of the UTF-8 sequence a lead byte starts.
    @inline(__always)
    static func utf8Length(lead: UInt8) -> Int { lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }

    /// The scalar whose valid UTF-8 starts at `index` in `bytes`, decoded in place (U+FFFD
    /// for a sequence cut short): the JSON writer and the message fill read text this way.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let lead = bytes[index]
        let length = utf8Length(lead: lead)
        guard index + length <= bytes.count else { return "\u{FFFD}" }
        var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Writes one scalar as UTF-8 at `index`; returns the index after it.
    @inline(__always)
    static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            buffer[index] = UInt8(value)
            return index + 1
        case 0x80..<0x800:
            buffer[index] = UInt8(0xC0 | (value >> 6))
            buffer[index + 1] = UInt8(0x80 | (value & 0x3F))
            return index + 2
        case 0x800..<0x10000:
            buffer[index] = UInt8(0xE0 | (value >> 12))
            buffer[index + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[index + 2] = UInt8(0x80 | (value & 0x3F))
            return index + 3
        default:
            buffer[index] = UInt8(0xF0 | (value >> 18))
            buffer[index + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
            buffer[index + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[index + 3] = UInt8(0x80 | (value & 0x3F))
            return index + 4
        }
    }
}
