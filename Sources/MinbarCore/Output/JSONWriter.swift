/// Writes compact JSON straight into a byte buffer: the output side of `score --jsonl`,
/// where building a `String` one scalar at a time cost a quarter of the run.
/// It writes exactly what `JSONValue.serialized()` writes (the same escapes, including
/// C1 controls, U+2028/U+2029 and bidi overrides), byte for byte; a test holds it to that.
public struct JSONWriter: Sendable {
    /// What has been written so far, UTF-8.
    public var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Forgets what was written and keeps the storage.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends bytes that are already JSON (a value written earlier, punctuation).
    public mutating func appendRaw(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    public mutating func appendRaw(_ raw: StaticString) {
        raw.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// A value, compact (as `serialized()` without `pretty`).
    public mutating func write(_ value: JSONValue) {
        switch value {
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(string: key)
                bytes.append(UInt8(ascii: ":"))
                write(member)
            }
            bytes.append(UInt8(ascii: "}"))
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .string(let text):
            write(string: text)
        case .int(let number):
            write(int: number)
        case .double, .bool, .null:
            // Rare in results; the reference writer's own text keeps them identical.
            bytes.append(contentsOf: value.serialized().utf8)
        }
    }

    /// A whole number in decimal, without going through `String`.
    public mutating func write(int number: Int) {
        if number == 0 { bytes.append(UInt8(ascii: "0")); return }
        if number == .min { bytes.append(contentsOf: String(number).utf8); return }
        var magnitude = number < 0 ? -number : number
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// A string, quoted and escaped per RFC 8259; non-ASCII text stays UTF-8.
    public mutating func write(string text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let count = utf8.count
            var index = 0
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            while index < count {
                // Nearly every byte of a report needs nothing: skip them eight at a time.
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
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    writeEscape(scalar)
                    runStart = index + length
                }
                index += length
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
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
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
        @inline(__always) func hasByte(_ byte: UInt8) -> UInt64 { hasZeroByte(word ^ (ones &* UInt64(byte))) }
        let control = (word &- ones &* 0x20) & ~word & highBits
        return control | hasByte(UInt8(ascii: "\"")) | hasByte(UInt8(ascii: "\\")) | hasByte(0x7F)
            | hasByte(0xC2) | hasByte(0xE2) != 0
    }

    private mutating func writeEscape(_ scalar: Unicode.Scalar) {
        bytes.append(UInt8(ascii: "\\"))
        switch scalar {
        case "\"": bytes.append(UInt8(ascii: "\""))
        case "\\": bytes.append(UInt8(ascii: "\\"))
        case "\n": bytes.append(UInt8(ascii: "n"))
        case "\r": bytes.append(UInt8(ascii: "r"))
        case "\t": bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: JSONValue.unicodeEscape(scalar).utf8.dropFirst())
        }
    }
}
