/// Writes compact JSON straight into a byte buffer: the output side of `score --jsonl`,
/// where building a `String` one scalar at a time cost a quarter of the run.
/// It writes exactly what `JSONValue.serialized()` writes (the same escapes, including
/// C1 controls, U+2028/U+2029 and bidi overrides), byte for byte; a test holds it to that.
///
/// The bytes go into room made ahead (`storage`, of which the first `count` are written)
/// through a pointer: `Array.append(contentsOf:)` cost about ninety instructions a call
/// whatever it copied, and a report is a few hundred short runs.
public struct JSONWriter: Sendable {
    /// The room written into: the first `count` bytes are the output, the rest is spare.
    private var storage: [UInt8]
    /// How many bytes have been written.
    public private(set) var count = 0

    public init(capacity: Int = 0) { storage = [UInt8](repeating: 0, count: Swift.max(capacity, 64)) }

    /// What has been written so far, UTF-8 (a copy).
    public var bytes: [UInt8] {
        // Copied through a buffer pointer (one memcpy): the slice's own `Array` init went
        // byte by byte.
        storage.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// Calls `body` with what has been written so far, in place (no copy).
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    public var isEmpty: Bool { count == 0 }

    /// Forgets what was written and keeps the storage.
    public mutating func removeAll() { count = 0 }

    /// Makes room for `needed` more bytes, at least doubling the storage when it grows.
    @inline(__always)
    private mutating func reserve(_ needed: Int) {
        if count + needed > storage.count { grow(to: count + needed) }
    }

    private mutating func grow(to minimum: Int) {
        storage.append(contentsOf: repeatElement(0, count: Swift.max(minimum, storage.count * 2) - storage.count))
    }

    /// Copies `source` after what is written.
    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        reserve(source.count)
        let at = count
        storage.withUnsafeMutableBufferPointer { $0.baseAddress!.advanced(by: at).update(from: base, count: source.count) }
        count += source.count
    }

    /// Appends bytes that are already JSON (a value written earlier, punctuation).
    public mutating func appendRaw(_ raw: [UInt8]) { raw.withUnsafeBufferPointer { append($0) } }

    /// (Inlined: a report is written with a few hundred of these, and the call around the
    /// copy cost more than the copy.)
    @inline(__always)
    public mutating func appendRaw(_ raw: StaticString) {
        raw.withUTF8Buffer { append($0) }
    }

    public mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// A value, compact (as `serialized()` without `pretty`).
    public mutating func write(_ value: JSONValue) {
        switch value {
        case .object(let members):
            append(UInt8(ascii: "{"))
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                write(string: key)
                append(UInt8(ascii: ":"))
                write(member)
            }
            append(UInt8(ascii: "}"))
        case .array(let elements):
            append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                write(element)
            }
            append(UInt8(ascii: "]"))
        case .string(let text):
            write(string: text)
        case .int(let number):
            write(int: number)
        case .double, .bool, .null:
            // Rare in results; the reference writer's own text keeps them identical.
            for byte in value.serialized().utf8 { append(byte) }
        }
    }

    /// A whole number in decimal, without going through `String`.
    public mutating func write(int number: Int) {
        // Nearly every number of a result (a score, an offset, a penalty) is below ten
        // thousand and not negative: its length is told by comparisons, and its digits
        // written back to front, where counting them first cost a division a digit more.
        if number >= 0 && number < 10_000 {
            let length = number < 10 ? 1 : number < 100 ? 2 : number < 1_000 ? 3 : 4
            reserve(length)
            let at = count
            storage.withUnsafeMutableBufferPointer { buffer in
                var rest = number
                var index = at + length
                repeat {
                    index -= 1
                    buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                } while rest > 0
            }
            count += length
            return
        }
        if number == 0 { append(UInt8(ascii: "0")); return }
        if number == .min { for byte in String(number).utf8 { append(byte) }; return }
        var magnitude = number < 0 ? -number : number
        var digits = 0
        var rest = magnitude
        while rest > 0 { digits += 1; rest /= 10 }
        let length = digits + (number < 0 ? 1 : 0)
        reserve(length)
        let at = count
        storage.withUnsafeMutableBufferPointer { buffer in
            if number < 0 { buffer[at] = UInt8(ascii: "-") }
            var index = at + length - 1
            while magnitude > 0 {
                buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                index -= 1
            }
        }
        count += length
    }

    /// A string, quoted and escaped per RFC 8259; non-ASCII text stays UTF-8.
    public mutating func write(string text: String) {
        // The bytes read in place where the string has them (every native string): the
        // mutable copy `withUTF8` needs cost a retain and a release per string.
        if text.utf8.withContiguousStorageIfAvailable({ write(utf8: $0) }) != nil { return }
        var text = text
        text.withUTF8 { write(utf8: $0) }
    }

    /// `write(string:)` of the string whose UTF-8 is `utf8`.
    @inline(__always)
    private mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
        // Nearly every string of a report needs no escape: quote, copy, quote.
        guard JSONWriter.mayNeedEscape(utf8) else {
            let length = utf8.count
            reserve(length + 2)
            let at = count
            storage.withUnsafeMutableBufferPointer { output in
                output[at] = UInt8(ascii: "\"")
                if let base = utf8.baseAddress, length > 0 { output.baseAddress!.advanced(by: at + 1).update(from: base, count: length) }
                output[at + length + 1] = UInt8(ascii: "\"")
            }
            count += length + 2
            return
        }
        append(UInt8(ascii: "\""))
        writeEscaping(utf8)
        append(UInt8(ascii: "\""))
    }

    /// The bytes of a string that may need an escape, each run that needs none copied whole.
    private mutating func writeEscaping(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var index = 0
        var runStart = 0
        while index < count {
            // Skip eight bytes at a time where none needs a look.
            while index + 8 <= count,
                  !JSONWriter.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < count else { break }
            let byte = utf8[index]
            guard JSONWriter.mayNeedEscape(byte) else {
                index += 1
                continue
            }
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : String.scalar(at: index, in: utf8)
            let length = String.utf8Length(lead: byte)
            if byte < 0x80 || JSONValue.mustEscape(scalar) {
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                writeEscape(scalar)
                runStart = index + length
            }
            index += length
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }

    /// Whether any byte of `utf8` may need an escape (`mayNeedEscape(_:)` of each byte),
    /// eight bytes at a time: the last eight are read again, overlapping, rather than
    /// one by one; a byte read twice gives the same answer.
    @inline(__always)
    static func mayNeedEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        let count = utf8.count
        if count < 8 {
            for byte in utf8 where mayNeedEscape(byte) { return true }
            return false
        }
        var index = 0
        while index + 8 <= count {
            if mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
            index += 8
        }
        return index < count && mayNeedEscape(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
    }

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
    @inline(__always)
    /// Two pairs are found with one test each, the 0x20 bit of every byte set first: a
    /// byte that becomes 0x22 was a quote or the control 0x02, and one that becomes 0xE2
    /// was 0xC2 or 0xE2; every one of them needs a look, so the answer is the same.
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
        @inline(__always) func has(_ byte: UInt8, in value: UInt64) -> UInt64 { hasZeroByte(value ^ (ones &* UInt64(byte))) }
        let control = (word &- ones &* 0x20) & ~word & highBits
        let folded = word | (ones &* 0x20)
        return control | has(UInt8(ascii: "\""), in: folded) | has(0xE2, in: folded)
            | has(UInt8(ascii: "\\"), in: word) | has(0x7F, in: word) != 0
    }

    private mutating func writeEscape(_ scalar: Unicode.Scalar) {
        append(UInt8(ascii: "\\"))
        switch scalar {
        case "\"": append(UInt8(ascii: "\""))
        case "\\": append(UInt8(ascii: "\\"))
        case "\n": append(UInt8(ascii: "n"))
        case "\r": append(UInt8(ascii: "r"))
        case "\t": append(UInt8(ascii: "t"))
        default:
            for byte in JSONValue.unicodeEscape(scalar).utf8.dropFirst() { append(byte) }
        }
    }
}
