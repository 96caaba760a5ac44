/// Time since a scenario began, as trainers write it: `T+0`, `T+45m`, `T+3h`,
/// `T+1d`, `T+1h30m`.
public struct SimulatedTime: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    /// Reads `T+…`; nil when the text is not of that form.
    public init?(parsing text: String) {
        var rest = Substring(text.trimmingWhitespace())
        guard rest.first == "T" || rest.first == "t" else { return nil }
        rest = rest.dropFirst()
        guard rest.first == "+" else { return nil }
        rest = rest.dropFirst()
        if rest == "0" { self.minutes = 0; return }
        var total = 0
        var number = 0
        var sawDigit = false
        var sawUnit = false
        for character in rest {
            if let digit = character.wholeNumberValue, character.isASCII {
                number = number * 10 + digit
                sawDigit = true
                guard number < 1_000_000 else { return nil }
            } else {
                guard sawDigit else { return nil }
                switch character {
                case "m": total += number
                case "h": total += number * 60
                case "d": total += number * 1440
                default: return nil
                }
                number = 0
                sawDigit = false
                sawUnit = true
            }
        }
        guard sawUnit, !sawDigit else { return nil }
        self.minutes = total
    }

    public static func < (lhs: SimulatedTime, rhs: SimulatedTime) -> Bool { lhs.minutes < rhs.minutes }

    /// `T+0`, `T+45m`, `T+3h`, `T+1h30m`, `T+1d2h`.
    public var description: String {
        if minutes == 0 { return "T+0" }
        var text = "T+"
        let days = minutes / 1440, hours = (minutes % 1440) / 60, mins = minutes % 60
        if days > 0 { text += "\(days)d" }
        if hours > 0 { text += "\(hours)h" }
        if mins > 0 { text += "\(mins)m" }
        return text
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (and other white space).
    func trimmingWhitespace() -> String {
        // Most text has nothing to trim: answer without rebuilding it. Its end scalars are
        // first read from the bytes in place (every phrase of every lexicon is trimmed at
        // start-up, and the scalar view's `first` and `last` cost several hundred
        // instructions a phrase); what the bytes cannot settle goes the general way.
        if let untouched = utf8.withContiguousStorageIfAvailable({ Self.endsAreNotSpace($0) }), untouched { return String(self) }
        let view = Substring(self).unicodeScalars
        guard let first = view.first, let last = view.last else { return "" }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
        }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        var scalars = view[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        // Copied as a substring's bytes: a scalar view built from the slice grew a string
        // scalar by scalar (about 20 K instructions a scenario line).
        return String(Substring(scalars))
    }

    /// Whether `bytes` (valid UTF-8) are not empty, and their first and last scalars are
    /// surely not white space: printable ASCII, or a scalar of the Arabic block (U+0600 to
    /// U+06FF, lead bytes D8 to DB), none of which is white space. False when unsure.
    private static func endsAreNotSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let firstByte = bytes.first else { return false }
        var lastLead = bytes.count - 1
        // Back over the continuation bytes (at most three) to the last scalar's lead byte.
        while lastLead > 0, bytes[lastLead] & 0xC0 == 0x80, bytes.count - lastLead < 4 { lastLead -= 1 }
        @inline(__always) func surelyNotSpace(_ lead: UInt8) -> Bool {
            (lead > 0x20 && lead < 0x7F) || (lead >= 0xD8 && lead <= 0xDB)
        }
        return surelyNotSpace(firstByte) && surelyNotSpace(bytes[lastLead])
    }
}
