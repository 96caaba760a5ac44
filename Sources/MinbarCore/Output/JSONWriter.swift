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
            let count = utf8.count
            var index = 0
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            while index < count {
                let byte = utf8[index]
                if byte < 0x80 {
                    if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0x7F {
                        index += 1
                        continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    writeEscape(Unicode.Scalar(byte))
                    index += 1
                    runStart = index
                    continue
                }
                // A multi-byte scalar: decode it only to ask whether it must be escaped.
                let length = String.utf8Length(lead: byte)
                // Only two lead bytes start a scalar that `mustEscape` accepts: C2 (the C1
                // controls) and E2 (U+2028, U+2029, bidi embeddings, overrides, isolates).
                // Every other scalar (all of Arabic) is copied without decoding.
                if byte != 0xC2 && byte != 0xE2 {
                    index += length
                    continue
                }
                let scalar = String.scalar(at: index, in: utf8)
                if JSONValue.mustEscape(scalar) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    writeEscape(scalar)
                    index += length
                    runStart = index
                } else {
                    index += length
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
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
