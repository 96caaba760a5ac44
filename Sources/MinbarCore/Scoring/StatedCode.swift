/// A code written as one run of letters and digits: a batch ("L-2405-17"), a flight
/// ("SH417"), a permit ("QR/1021"). Read from the tokens the tokenizer split it into,
/// joined where nothing separates them, so "batch L-2405-17" and «التشغيلة L-2405-17»
/// both give `L-2405-17`. Letters are compared without case and digits in either script
/// (Arabic-Indic "١٧" is "17").
struct StatedCode: Sendable, Equatable {
    /// The code in a canonical spelling: upper-case Latin letters, ASCII digits, the
    /// separators as written.
    let text: String
    /// The tokens it spans.
    let tokens: Range<Int>

    /// The code that starts at token `index`, if one does: two or more joined tokens, or
    /// one word, with at least one digit and at least one letter, hyphen or slash (a bare
    /// number is a figure, not a code).
    init?(at index: Int, in tokens: [Token]) {
        guard tokens.indices.contains(index), Self.isPart(tokens[index]), tokens[index].text != "-", tokens[index].text != "/" else { return nil }
        var end = index + 1
        while end < tokens.count, tokens[end].start == tokens[end - 1].end, Self.isPart(tokens[end]) { end += 1 }
        // A separator at the end ("L-2405-") is punctuation after the code.
        while end > index + 1, ["-", "/"].contains(tokens[end - 1].text) { end -= 1 }
        let spelled = tokens[index..<end].map(\.text).joined()
        let canonical = Self.canonical(spelled)
        // A letter or a joining mark makes it a code; "38,000" and "4.5" are figures.
        guard canonical.contains(where: \.isASCIIDigit),
              canonical.contains(where: { $0.isLetter || $0 == "-" || $0 == "/" }) else { return nil }
        self.text = canonical
        self.tokens = index..<end
    }

    /// The code a fact's value is, when the whole value is one ("L-2405-17"); nil for a
    /// figure ("42,000"), a date or words.
    init?(value: String) {
        let tokens = AnalyzedText(value).tokens
        guard let code = StatedCode(at: 0, in: tokens), code.tokens.upperBound == tokens.count else { return nil }
        self = code
    }

    /// Whether token `index` is part of a code that has a letter in it: the 2405 of
    /// "L-2405-17" is no figure, while "300-500 shops" is a range of figures.
    static func isInsideLetteredCode(_ index: Int, in tokens: [Token]) -> Bool {
        var start = index
        while start > 0, tokens[start].start == tokens[start - 1].end, isPart(tokens[start - 1]) { start -= 1 }
        guard start < index || (index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end && isPart(tokens[index + 1])),
              let code = StatedCode(at: start, in: tokens), code.tokens.contains(index) else { return false }
        return code.text.contains(where: \.isLetter)
    }

    static func isPart(_ token: Token) -> Bool {
        token.kind == .number || (token.kind == .word && !token.isArabic) || token.text == "-" || token.text == "/"
    }

    static func canonical(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            if let digit = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
                return Character(String(Int(digit)))
            }
            return Character(String(scalar).uppercased())
        })
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
