import Foundation
import Testing
@testable import MinbarCore

/// The byte writer behind `score --jsonl` must write what `JSONValue.serialized()` writes.
struct JSONWriterTests {
    static let trickyStrings: [String] = [
        "Our Q3 gross margin was 37%, as published in this morning's results.",
        "ارتفعت الإيرادات ١٢٪ كما ورد في القوائم المالية المنشورة اليوم.",
        "He said \"guaranteed\" \\ twice\n\tand left\r",
        "bell \u{07} escape \u{1B}[2J delete \u{7F} nul \u{0}",
        "C1 controls: \u{80} \u{85} CSI \u{9B} \u{9F} then \u{A0} (kept)",
        "line\u{2028}separator and paragraph\u{2029}separator",
        "bidi override \u{202E}txet\u{202C} and isolate \u{2066}x\u{2069}, marks kept \u{200F}\u{200E}",
        "نعتذر \u{202B}عن\u{202C} الانقطاع، والتحديث القادم الساعة ٦ 🤡🚀 مساءً",
        "emoji beyond the BMP 😂🧑‍💼 and combining e\u{301}",
        "",
        "\"",
        "\u{9B}",
    ]

    @Test("Strings are written byte for byte as JSONValue writes them, in both scripts", arguments: trickyStrings)
    func stringsMatchReference(text: String) {
        var writer = JSONWriter()
        writer.write(string: text)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONValue.string(text).serialized())
        #expect(writer.bytes == Array(JSONValue.string(text).serialized().utf8))
    }

    @Test("The eight-byte test finds exactly the bytes the one-byte test finds, at every position")
    func wordTestMatchesByteTest() {
        for fill: UInt8 in [0x61, 0xD8, 0x80, 0xFF, 0x20, 0x23, 0xE3, 0xC3] {
            for byte in UInt8.min...UInt8.max {
                for position in 0..<8 {
                    var bytes = [UInt8](repeating: fill, count: 8)
                    bytes[position] = byte
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let expected = bytes.contains { JSONWriter.mayNeedEscape($0) }
                    #expect(JSONWriter.mayNeedEscape(word) == expected, "byte \(byte) at \(position) among \(fill)")
                }
            }
        }
    }

    /// And the first such byte is found where it is, with another after it or none.
    @Test("The sixteen-byte test finds exactly the bytes the one-byte test finds, at every position")
    func blockTestMatchesByteTest() {
        for fill: UInt8 in [0x61, 0xD8, 0x80, 0xFF, 0x20, 0x23, 0xE3, 0xC3] {
            for last: UInt8 in [fill, UInt8(ascii: "\"")] {
                for byte in UInt8.min...UInt8.max {
                    for position in 0..<16 {
                        var bytes = [UInt8](repeating: fill, count: 16)
                        bytes[15] = last
                        bytes[position] = byte
                        let block = bytes.withUnsafeBytes { $0.loadUnaligned(as: SIMD16<UInt8>.self) }
                        let expected = bytes.contains { JSONWriter.mayNeedEscape($0) }
                        #expect(JSONWriter.mayNeedEscape(block) == expected, "byte \(byte) at \(position) among \(fill)")
                        let first = bytes.firstIndex { JSONWriter.mayNeedEscape($0) } ?? 16
                        #expect(JSONWriter.firstThatMayNeedEscape(block) == first, "byte \(byte) at \(position) among \(fill)")
                    }
                }
            }
        }
    }

    @Test("Nested objects, arrays and numbers match the reference writer")
    func valuesMatchReference() {
        let value = JSONValue.object([
            ("id", .int(-42)), ("big", .int(Int.max)), ("least", .int(Int.min)), ("zero", .int(0)),
            ("text", .string(JSONWriterTests.trickyStrings[7])),
            ("scores", .object([("alignment", .null), ("ratio", .double(0.25)), ("whole", .double(3)), ("flag", .bool(true))])),
            ("list", .array(JSONWriterTests.trickyStrings.map(JSONValue.string))),
            ("empty", .object([])), ("none", .array([])),
        ])
        var writer = JSONWriter()
        writer.write(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == value.serialized())
    }

    @Test("Escaped output parses back to the original text")
    func escapedOutputRoundTrips() throws {
        for text in JSONWriterTests.trickyStrings {
            var writer = JSONWriter()
            writer.write(.array([.string(text)]))
            let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
            #expect(parsed == [text])
            // Nothing a terminal acts on is left raw.
            #expect(!String(decoding: writer.bytes, as: UTF8.self).unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x1B || $0.value == 0x202E })
        }
    }

    /// Every length around the eight-byte steps, with an escape (or a C2/E2 lead byte that
    /// needs none) at every place, so the whole-string test, its overlapping last word and
    /// the copy of runs all meet each case; and a writer that grows from its first room.
    @Test("Strings of every short length, an escape anywhere, and growth, match the reference writer")
    func everyPlaceAndLength() {
        var writer = JSONWriter(capacity: 1)
        var expected: [UInt8] = []
        for length in 0...24 {
            for place in 0...length {
                for mark in ["\"", "\n", "\u{9B}", "\u{A0}", "\u{2028}", "\u{2019}", "é", "ع"] {
                    var text = String(repeating: "a", count: length)
                    text.insert(contentsOf: mark, at: text.index(text.startIndex, offsetBy: place))
                    writer.write(string: text)
                    expected += Array(JSONValue.string(text).serialized().utf8)
                    writer.write(int: length * 1_000 - place)
                    expected += Array(String(length * 1_000 - place).utf8)
                }
            }
        }
        #expect(writer.count == expected.count)
        #expect(writer.bytes == expected)
        writer.removeAll()
        #expect(writer.isEmpty && writer.bytes.isEmpty)
    }

    /// Whole numbers take a short way below ten thousand (`write(int:)`): every number
    /// around it, each length's first and last, negatives and the extremes must be the
    /// digits `String` gives.
    @Test("Whole numbers are the digits String gives, on both sides of the short way")
    func wholeNumbersMatchString() {
        var writer = JSONWriter(capacity: 8)
        var expected: [UInt8] = []
        let numbers = Array(-1_100...12_000) + [99_999, 100_000, 1_234_567, Int.max, Int.min, Int.min + 1, -9_999, -10_000]
        for number in numbers {
            writer.write(int: number)
            writer.append(UInt8(ascii: ","))
            expected += Array(String(number).utf8) + [UInt8(ascii: ",")]
        }
        #expect(writer.bytes == expected)
    }
}
