/// Reads the common `score --jsonl` input line, `{"id": …, "text": …}`, straight from its
/// UTF-8 bytes. Anything else (other keys, a fractional id, malformed JSON, a lone
/// surrogate escape) is declined with nil, and the caller uses the full JSON parser, so
/// the fast path never decides differently from the slow one: it only skips its cost.
public enum PostLineReader {
    /// The id (a string, a whole number, or null when absent) and the text of a line.
    public struct Post: Sendable, Equatable {
        public var id: JSONValue
        public var text: String
    }

    /// The post on `line`, or nil when the line is not exactly an object with a string
    /// `text` and an optional string or whole-number `id`.
    public static func read(_ line: String) -> Post? {
        var bytes = line
        return bytes.withUTF8 { utf8 in
            var reader = Reader(bytes: utf8, line: line)
            return reader.post()
        }
    }

    public static func read(bytes: UnsafeBufferPointer<UInt8>) -> Post? {
        var reader = Reader(bytes: bytes)
        return reader.post()
    }

    /// Whether any of eight bytes is a quote, a backslash or a control below 0x20 (what
    /// ends a run of a JSON string's plain bytes), by the exact zero-byte test of
    /// `JSONWriter.mayNeedEscape(_:)`: `(v - 0x01…01) & ~v & 0x80…80` is non-zero exactly
    /// when a byte of `v` is zero.
    @inline(__always)
    static func mayEndRun(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
        let control = (word &- ones &* 0x20) & ~word & highBits
        return control | hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            | hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\")))) != 0
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The line `bytes` are the UTF-8 of, when the caller has it as a `String`.
        var line: String? = nil
        var index = 0

        /// The string between two quotes at `range` of `bytes`, with no escape in it. Taken
        /// from `line` when there is one: a copy of part of a `String` is not validated
        /// again, where decoding the bytes checked every byte of the post a second time.
        /// Both ends are next to an ASCII quote, so they fall between scalars.
        func unescaped(_ range: Range<Int>) -> String {
            guard let line else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            let lower = line.utf8.index(line.utf8.startIndex, offsetBy: range.lowerBound)
            let upper = line.utf8.index(lower, offsetBy: range.count)
            return String(line[lower..<upper])
        }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func post() -> Post? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var id: JSONValue?
            var text: String?
            repeat {
                skipSpace()
                guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                switch key {
                case "id":
                    guard id == nil, index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: "\"") {
                        guard let value = string() else { return nil }
                        id = .string(value)
                    } else {
                        guard let value = wholeNumber() else { return nil }
                        id = .int(value)
                    }
                case "text":
                    guard text == nil, let value = string() else { return nil }
                    text = value
                default:
                    return nil
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")), let text else { return nil }
            skipSpace()
            guard index == bytes.count else { return nil }
            return Post(id: id ?? .null, text: text)
        }

        /// An integer as JSON writes one (no fraction, no exponent, no leading zeros),
        /// small enough that the full parser gives the same `Int`.
        mutating func wholeNumber() -> Int? {
            var negative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
            let start = index
            var value = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            let digits = index - start
            guard digits > 0, digits <= 15, !(digits > 1 && bytes[start] == 0x30) else { return nil }
            if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
            if negative && value == 0 { return nil }
            return negative ? -value : value
        }

        /// A JSON string at `index` (which must be its opening quote), unescaped.
        mutating func string() -> String? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            let start = index
            // Most strings have no escape: one scan, one copy. The scan passes eight bytes
            // at a time while none of them is a quote, a backslash or a control (the post's
            // text is most of the line, and this looked at it byte by byte).
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count,
                      !PostLineReader.mayEndRun(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = unescaped(start..<index)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                index += 1
            }
            var decoded = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: decoded, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else {
                    decoded.append(byte)
                    index += 1
                    continue
                }
                index += 1
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
                case UInt8(ascii: "b"): decoded.append(0x08)
                case UInt8(ascii: "f"): decoded.append(0x0C)
                case UInt8(ascii: "n"): decoded.append(0x0A)
                case UInt8(ascii: "r"): decoded.append(0x0D)
                case UInt8(ascii: "t"): decoded.append(0x09)
                case UInt8(ascii: "u"):
                    guard var value = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(value) {
                        // A high surrogate must be followed by an escaped low one.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
                        index += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(value) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(value) else { return nil }
                    decoded.append(contentsOf: UTF8.encode(scalar)!)
                default:
                    return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }
    }
}
