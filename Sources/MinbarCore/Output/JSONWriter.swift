/// Writes compact JSON straight into a byte buffer: the output side of `score --jsonl`,
/// where building a `String` one scalar at a time cost a quarter of the run.
/// It writes exactly what `JSONValue.serialized()` writes (the same escapes, including
/// C1 controls, U+2028/U+2029 and bidi overrides), byte for byte; a test holds it to that.
///
/// The bytes go into a `ByteBuffer` through a pointer, each write a copy into room
/// claimed for it: `Array.append(contentsOf:)` cost about ninety instructions a call
/// whatever it copied, an array written through its buffer pointer asked on every write
/// whether its storage was shared, and a report is a few hundred short writes.
/// Noncopyable, as its buffer is: a writer is written in place (`inout`), never copied.
public struct JSONWriter: ~Copyable, Sendable {
    private var buffer: ByteBuffer

    public init(capacity: Int = 0) { buffer = ByteBuffer(capacity: capacity) }

    /// How many bytes have been written.
    public var count: Int { buffer.count }

    /// What has been written so far, UTF-8 (a copy).
    public var bytes: [UInt8] { Array(buffer.written) }

    /// Calls `body` with what has been written so far, in place (no copy).
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(buffer.written)
    }

    public var isEmpty: Bool { buffer.count == 0 }

    /// Forgets what was written and keeps the storage.
    public mutating func removeAll() { buffer.removeAll() }

    /// Appends bytes that are already JSON (a value written earlier, punctuation).
    public mutating func appendRaw(_ raw: [UInt8]) { raw.withUnsafeBufferPointer { buffer.append($0) } }

    /// (Inlined: a report is written with a few hundred of these, and the call around the
    /// copy cost more than the copy.)
    @inline(__always)
    public mutating func appendRaw(_ raw: StaticString) {
        raw.withUTF8Buffer { buffer.append($0) }
    }

    @inline(__always)
    public mutating func append(_ byte: UInt8) { buffer.append(byte) }

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
            let digits = buffer.claim(length)
            var rest = number
            var index = length
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            return
        }
        if number == .min { for byte in String(number).utf8 { append(byte) }; return }
        var magnitude = number < 0 ? -number : number
        var length = number < 0 ? 1 : 0
        var rest = magnitude
        while rest > 0 { length += 1; rest /= 10 }
        let digits = buffer.claim(length)
        if number < 0 { digits[0] = UInt8(ascii: "-") }
        var index = length - 1
        while magnitude > 0 {
            digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            index -= 1
        }
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
        // Nearly every string of a report needs no escape: quote, copy, quote, the copy
        // tested as it is made. One that may need an escape is written again, escaped.
        let length = utf8.count
        let output = buffer.claim(length + 2)
        output[0] = UInt8(ascii: "\"")
        guard JSONWriter.copyIfNoEscape(utf8, to: output + 1) else {
            buffer.removeLast(length + 1)
            writeEscaping(utf8)
            append(UInt8(ascii: "\""))
            return
        }
        output[length + 1] = UInt8(ascii: "\"")
    }

    /// The bytes of a string that may need an escape, each run that needs none copied whole.
    private mutating func writeEscaping(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var index = 0
        var runStart = 0
        while index < count {
            // Sixteen bytes at a time, straight to the first that needs a look: in Arabic
            // messages that is a «» (lead byte C2, as the C1 controls'), several a string.
            if index + 16 <= count {
                let next = JSONWriter.firstThatMayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self))
                index += next
                if next == 16 { continue }
            } else if !JSONWriter.mayNeedEscape(utf8[index]) {
                index += 1
                continue
            }
            let byte = utf8[index]
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : String.scalar(at: index, in: utf8)
            let length = String.utf8Length(lead: byte)
            if byte < 0x80 || JSONValue.mustEscape(scalar) {
                buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                writeEscape(scalar)
                runStart = index + length
            }
            index += length
        }
        buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
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
