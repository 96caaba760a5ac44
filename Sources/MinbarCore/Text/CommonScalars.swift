/// What the Unicode tables say of the scalars past ASCII that posts are full of, answered
/// by comparisons: emoji, Arabic punctuation and Arabic-Indic digits.
///
/// Why: the tokenizer asks whether each such scalar is a space, a letter, a word mark or
/// a format character, and each question was a look-up in the standard library's Unicode
/// tables (`Unicode.Scalar.Properties`, two to three hundred instructions); an emoji or an
/// Arabic comma was asked three or four of them, several times a post. Each answer here
/// is the one those properties give for every scalar it covers (`CommonScalarsTests`
/// holds every scalar of the ranges to it); a scalar it does not cover is asked of the tables.
enum CommonScalars {
    /// The emoji block the tokenizer takes as emoji (`Tokenizer.isEmoji`), so none of it
    /// starts a word whatever the tables say (a few squared letters in it are alphabetic);
    /// no scalar in it is a space, a mark or a format character.
    @inline(__always)
    static func isEmojiBlock(_ value: UInt32) -> Bool { value >= 0x1F000 && value <= 0x1FAFF }

    /// Arabic punctuation and digits: the comma, semicolon and question mark, the
    /// percent, decimal, thousands and five-pointed-star signs, the full stop, and both
    /// sets of Arabic-Indic digits. None is a letter, a space, a mark or a format character.
    @inline(__always)
    static func isArabicMarkOrDigit(_ value: UInt32) -> Bool {
        value == 0x060C || value == 0x061B || value == 0x061F || (value >= 0x0660 && value <= 0x066D)
            || value == 0x06D4 || (value >= 0x06F0 && value <= 0x06F9)
    }

    /// Whether a scalar past ASCII is known here to start no word (`Tokenizer.isWordStartBeyondASCII`)
    /// and to be no space, mark or format character (false: ask the tables).
    @inline(__always)
    static func isPlainSymbol(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return isEmojiBlock(value) || isArabicMarkOrDigit(value)
    }
}
