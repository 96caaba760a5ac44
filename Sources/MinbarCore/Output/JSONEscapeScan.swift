/// Which bytes of a string `JSONWriter` must look at before copying them: the test is
/// asked of every byte of every string of every result, so it is asked of sixteen bytes
/// at a time where there are sixteen, eight where there are eight, and one by one only
/// in what is left. All the tests answer alike for the same bytes (a test holds each wide
/// one to the one-byte test at every position).
extension JSONWriter {
    /// Whether a byte of UTF-8 may start something `JSONValue.mustEscape` or RFC 8259
    /// escapes: an ASCII control, DEL, a quote or a backslash; or one of the only two lead
    /// bytes of an escaped multi-byte scalar, C2 (the C1 controls) and E2 (U+2028, U+2029,
    /// bidi embeddings, overrides, isolates). Every other byte, lead or continuation, is
    /// copied as it is (all of Arabic), and C2 and E2 never occur as continuation bytes,
    /// so the test holds at any byte of valid UTF-8.
    @inline(__always)
    static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// `mayNeedEscape(_:)` for eight bytes at once (SWAR): true when any of them may.
    /// Uses the exact zero-byte test `(v - 0x01…01) & ~v & 0x80…80`, which is non-zero
    /// exactly when some byte of `v` is zero; `v ^ (c * 0x01…01)` has a zero byte where `v`
    /// has byte `c`, and subtracting `0x20…20` instead finds a byte below 0x20.
    /// Two pairs are found with one test each, the 0x20 bit of every byte set first: a
    /// byte that becomes 0x22 was a quote or the control 0x02, and one that becomes 0xE2
    /// was 0xC2 or 0xE2; every one of them needs a look, so the answer is the same.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
        @inline(__always) func has(_ byte: UInt8, in value: UInt64) -> UInt64 { hasZeroByte(value ^ (ones &* UInt64(byte))) }
        let control = (word &- ones &* 0x20) & ~word & highBits
        let folded = word | (ones &* 0x20)
        return control | has(UInt8(ascii: "\""), in: folded) | has(0xE2, in: folded)
            | has(UInt8(ascii: "\\"), in: word) | has(0x7F, in: word) != 0
    }

    /// `mayNeedEscape(_:)` for sixteen bytes at once: true when any of them may.
    @inline(__always)
    static func mayNeedEscape(_ block: SIMD16<UInt8>) -> Bool {
        let halves = unsafeBitCast(lanesThatMayNeedEscape(block), to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// Where the first of sixteen bytes that may need an escape is (0 to 15), or 16 when
    /// none may: the escaping writer goes straight to it rather than a byte at a time.
    @inline(__always)
    static func firstThatMayNeedEscape(_ block: SIMD16<UInt8>) -> Int {
        // Lane i is byte i of the halves read as little-endian words, so the lowest set
        // bit tells the first lane.
        let halves = unsafeBitCast(lanesThatMayNeedEscape(block), to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: halves[0]), high = UInt64(littleEndian: halves[1])
        if low != 0 { return low.trailingZeroBitCount / 8 }
        if high != 0 { return 8 + high.trailingZeroBitCount / 8 }
        return 16
    }

    /// `mayNeedEscape(_:)` of each of sixteen bytes, as the high bit of its lane: the test
    /// of eight bytes, done in each byte's own lane of a vector register, where no borrow
    /// crosses from byte to byte. (Written with wrapping arithmetic and bit operations,
    /// which compile to vector instructions; the vector comparisons (`.==`, `.<`) and
    /// `any` compiled to a loop over the lanes, several times slower than the eight-byte test.)
    @inline(__always)
    private static func lanesThatMayNeedEscape(_ block: SIMD16<UInt8>) -> SIMD16<UInt8> {
        typealias Lanes = SIMD16<UInt8>
        // A lane's high bit is set exactly when the lane is zero.
        @inline(__always) func zeroLanes(_ value: Lanes) -> Lanes { (value &- Lanes(repeating: 1)) & ~value }
        @inline(__always) func lanes(_ byte: UInt8, in value: Lanes) -> Lanes { zeroLanes(value ^ Lanes(repeating: byte)) }
        let control = (block &- Lanes(repeating: 0x20)) & ~block
        let folded = block | Lanes(repeating: 0x20)
        return (control | lanes(UInt8(ascii: "\""), in: folded) | lanes(0xE2, in: folded)
            | lanes(UInt8(ascii: "\\"), in: block) | lanes(0x7F, in: block)) & Lanes(repeating: 0x80)
    }

    /// Copies `utf8` to `output` as it tests it, sixteen bytes at a time, and says whether
    /// no byte of it may need an escape (`mayNeedEscape(_:)` of each byte). On false, what
    /// was copied is to be forgotten. The last sixteen bytes (or the last eight of a
    /// shorter string) are read and written again, overlapping, rather than one by one: a
    /// byte read twice gives the same answer, and is written as the same byte.
    ///
    /// (One pass: testing a string whole and then copying it read it twice, and called
    /// `memmove` for each of the thirty strings of a report.)
    @inline(__always)
    static func copyIfNoEscape(_ utf8: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return true }
        let count = utf8.count
        let source = UnsafeRawPointer(base), target = UnsafeMutableRawPointer(output)
        if count >= 16 {
            @inline(__always) func copyBlock(at index: Int) -> Bool {
                let block = source.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                if mayNeedEscape(block) { return false }
                target.storeBytes(of: block, toByteOffset: index, as: SIMD16<UInt8>.self)
                return true
            }
            var index = 0
            while index + 16 <= count {
                if !copyBlock(at: index) { return false }
                index += 16
            }
            return index == count || copyBlock(at: count - 16)
        }
        if count >= 8 {
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            if mayNeedEscape(first) || mayNeedEscape(last) { return false }
            target.storeBytes(of: first, as: UInt64.self)
            target.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
            return true
        }
        for index in 0..<count {
            let byte = base[index]
            if mayNeedEscape(byte) { return false }
            output[index] = byte
        }
        return true
    }
}
