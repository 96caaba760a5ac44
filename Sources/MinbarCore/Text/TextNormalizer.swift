/// Folds text so that spellings a reader treats as the same word compare equal:
/// case; Arabic alef forms (أ إ آ ٱ → ا), alef maqsura (ى → ي), ta marbuta (ة → ه),
/// hamza on a seat (ؤ ئ → ء, so مسؤول and مسئول agree), Persian ya and kaf; tatweel and diacritics removed;
/// Arabic-Indic and Persian digits as ASCII digits; Arabic punctuation (٪ ٫ ٬ ، ؛ ؟)
/// and curly quotes as their ASCII counterparts.
public enum TextNormalizer {
    /// What one scalar of the original becomes: nothing (removed), or one scalar.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20) }
            return scalar
        }
        // The Arabic letters that stay as they are, most of any Arabic post: answered before
        // the table below (which maps the others in this block).
        if foldsToItself(arabic: v) { return scalar }
        switch v {
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"
        case 0x0649: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x0624, 0x0626: return "\u{0621}"             // hamza seats: مسؤول = مسئول
        case 0x06CC: return "\u{064A}"
        case 0x06A9: return "\u{0643}"
        case 0x0640: return nil                       // tatweel
        case 0x064B...0x065F, 0x0670: return nil      // harakat, superscript alef
        case 0x0610...0x061A, 0x06D6...0x06ED: return nil  // Quranic annotation marks
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x066A: return "%"
        case 0x066B: return "."
        case 0x066C: return ","
        case 0x060C: return ","
        case 0x061B: return ";"
        case 0x061F: return "?"
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x201C, 0x201D, 0x00AB, 0x00BB: return "\""
        case 0x00A0, 0x202F, 0x2007: return " "
        case 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF: return nil  // joiners and direction marks
        default:
            if v < 0x250 || (v >= 0x370 && v < 0x530) {
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let first = lower.first { return first }
            }
            return scalar
        }
    }

    /// Whether `v` is one of the Arabic letters `fold` leaves as they are (most scalars of
    /// an Arabic post), asked before its table; the tokenizer writes these straight out.
    @inline(__always)
    static func foldsToItself(arabic v: UInt32) -> Bool {
        (v >= 0x0627 && v <= 0x0628) || (v >= 0x062A && v <= 0x063A) || (v >= 0x0641 && v <= 0x0648) || v == 0x064A
    }

    /// The folded form of a whole string (used for terms a trainer writes).
    public static func normalize(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) { result.append(folded) }
        }
        return String(result)
    }

    /// `normalize(_:)` of the string of `scalars`, encoded straight into UTF-8: building a
    /// string and then a scalar view appended one scalar at a time cost several hundred
    /// instructions a scalar, on every hashtag of every post.
    static func normalize(scalars: ArraySlice<Unicode.Scalar>) -> String {
        String.encodingUTF8(atMost: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                if let folded = fold(scalar) { count = String.encode(folded, into: buffer, at: count) }
            }
            return count
        }
    }

    /// The value of a digit in any of the digit systems Minbar reads, or nil.
    @inline(__always)
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0x0660 && v <= 0x0669 { return Int(v - 0x0660) }
        if v >= 0x06F0 && v <= 0x06F9 { return Int(v - 0x06F0) }
        return nil
    }

    @inline(__always)
    public static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x0621 && v <= 0x064A) || (v >= 0x066E && v <= 0x06D3) || (v >= 0x06FA && v <= 0x06FF)
            || (v >= 0x0750 && v <= 0x077F) || (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC)
    }

    /// Marks that stay inside a word (Arabic diacritics, tatweel, combining accents).
    @inline(__always)
    public static func isWordMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0640 || (v >= 0x064B && v <= 0x065F) || v == 0x0670 || (v >= 0x0610 && v <= 0x061A)
            || (v >= 0x06D6 && v <= 0x06ED) || v == 0x200C || v == 0x200D {
            return true
        }
        if v < 0x300 { return false }
        // An emoji or an Arabic comma (the scalars past ASCII a word most often stops at) is
        // no mark, and is not looked up (see `CommonScalars`); any other is looked up once.
        if CommonScalars.isPlainSymbol(scalar) { return false }
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark
    }
}
