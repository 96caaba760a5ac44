/// A message text read once into its pieces: the runs of text between placeholders and
/// the placeholders' numbers. Rules fill their messages for every finding of every post,
/// and `Localized.fillInOnePass` read the whole template byte by byte each time (its
/// braces counted, every byte asked whether it opens a placeholder, the neighbours of
/// each placeholder decoded) to find what this finds once.
///
/// There is a template only where `fillInOnePass` would accept the text for some
/// arguments: every `{` opens a placeholder `{1}`, `{2}`, … (no `{0}`, `{01}`, `{}` or
/// brace left open), no `}` stands alone, and the character on either side of each
/// placeholder stands on its own. Whether the arguments pass (no brace in them, each
/// standing alone at its ends, one for every placeholder) is still asked on each fill,
/// so a fill decides exactly as `fillInOnePass` decides, and writes the same bytes.
struct MessageTemplate: Sendable, Hashable {
    /// Byte ranges of the template's text: `literals[i]` comes before placeholder `i`,
    /// and the last one ends the text (one more literal than placeholders).
    let literals: [Range<Int>]
    /// The argument number (1-based) of each placeholder, in order.
    let placeholders: [Int]
    /// The largest placeholder number: a fill needs at least this many arguments.
    let highest: Int
    /// The text of each of `literals`, and their length in bytes together.
    let literalTexts: [String]
    let literalLength: Int

    /// The pieces of `text`, or nil when `fillInOnePass` would give up on it whatever
    /// the arguments (then every fill goes the way it went before).
    init?(_ text: String) {
        var text = text
        guard let pieces = text.withUTF8({ MessageTemplate.pieces(of: $0) }), !pieces.placeholders.isEmpty else { return nil }
        literals = pieces.literals
        placeholders = pieces.placeholders
        highest = pieces.placeholders.max() ?? 0
        // Each run lies between ASCII braces (or an end), so on scalar boundaries.
        let utf8 = text.utf8
        literalTexts = pieces.literals.map { range in
            String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        literalLength = pieces.literals.reduce(0) { $0 + $1.count }
    }

    /// `fillInOnePass`'s reading of the template, the test of the arguments left out.
    private static func pieces(of bytes: UnsafeBufferPointer<UInt8>) -> (literals: [Range<Int>], placeholders: [Int])? {
        var literals: [Range<Int>] = []
        var placeholders: [Int] = []
        var index = 0, runStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "{") else {
                if byte == UInt8(ascii: "}") { return nil }
                index += 1
                continue
            }
            var cursor = index + 1
            var number = 0
            while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9"), number < 1_000 {
                number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                cursor += 1
            }
            guard cursor > index + 1, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}"),
                  bytes[index + 1] != UInt8(ascii: "0"), number >= 1,
                  index == 0 || Localized.standsAlone(scalar(endingAt: index, in: bytes)),
                  cursor + 1 >= bytes.count || Localized.standsAlone(String.scalar(at: cursor + 1, in: bytes))
            else { return nil }
            literals.append(runStart..<index)
            placeholders.append(number)
            index = cursor + 1
            runStart = index
        }
        literals.append(runStart..<bytes.count)
        return (literals, placeholders)
    }

    /// The scalar whose UTF-8 ends just before `index`.
    private static func scalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String.scalar(at: start, in: bytes)
    }

    /// `template` (the text this was read from) with its placeholders replaced by
    /// `arguments`, or nil when `fillInOnePass` would give up on these arguments.
    ///
    /// The message's bytes are copied straight into the new string's storage: the
    /// template's runs from the template's own bytes, then each argument's. Appending
    /// the runs and arguments as strings cost about three hundred instructions an append
    /// (and as many to reserve the room), several times what checking the written bytes
    /// once costs. Every piece is whole UTF-8 scalars, so the bytes are the same.
    func fill(_ template: String, _ arguments: [String]) -> String? {
        guard highest <= arguments.count, Localized.argumentsStandAlone(arguments) else { return nil }
        var length = literalLength
        for number in placeholders { length += arguments[number - 1].utf8.count }
        let written = template.utf8.withContiguousStorageIfAvailable { templateBytes -> String in
            guard let source = templateBytes.baseAddress else { return "" }
            return String(unsafeUninitializedCapacity: length) { buffer in
                // Written out rather than through a local function: one capturing `at` had
                // every use of it checked for exclusive access.
                let output = buffer.baseAddress!
                var at = 0
                for place in 0...placeholders.count {
                    let literal = literals[place]
                    if !literal.isEmpty {
                        (output + at).update(from: source + literal.lowerBound, count: literal.count)
                        at += literal.count
                    }
                    guard place < placeholders.count else { break }
                    let argument = arguments[placeholders[place] - 1]
                    let copied = argument.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                        if let base = bytes.baseAddress, !bytes.isEmpty { (output + at).update(from: base, count: bytes.count) }
                        return bytes.count
                    }
                    if let copied {
                        at += copied
                    } else {
                        for byte in argument.utf8 {
                            output[at] = byte
                            at += 1
                        }
                    }
                }
                return at
            }
        }
        if let written { return written }
        // A template without contiguous UTF-8 (not made by this program): appended piece by piece.
        var message = ""
        message.reserveCapacity(length)
        for place in placeholders.indices {
            message.append(literalTexts[place])
            message.append(arguments[placeholders[place] - 1])
        }
        message.append(literalTexts[literalTexts.count - 1])
        return message
    }
}
