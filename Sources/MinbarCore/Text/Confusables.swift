import Foundation

/// Folding used only for matching phrases, never for what a post shows or counts: a
/// word written to slip past a lexicon is reduced to the letters a reader sees.
/// Latin, Greek and Cyrillic look-alikes map to one Latin skeleton (after UTS #39's
/// confusables, the letters that matter for words); full-width and mathematical
/// letters and Arabic presentation forms fold by compatibility mapping (NFKC);
/// combining accents on Latin letters are dropped. Spans are untouched: the folded
/// text is only looked up, and a hit still names the original tokens.
public enum Confusables {
    /// Look-alikes of Latin letters, lower case (the normaliser lower-cases Greek and
    /// Cyrillic before this runs).
    static let skeleton: [UInt32: Unicode.Scalar] = [
        // Cyrillic
        0x0430: "a", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y", 0x0445: "x",
        0x0456: "i", 0x0458: "j", 0x0455: "s", 0x0501: "d", 0x04BB: "h", 0x04CF: "l", 0x051B: "q",
        0x051D: "w", 0x0432: "b", 0x043A: "k", 0x043C: "m", 0x043D: "h", 0x0442: "t", 0x0457: "i",
        0x0491: "r", 0x0454: "e", 0x044C: "b", 0x0451: "e",
        // Greek
        0x03B1: "a", 0x03BF: "o", 0x03BD: "v", 0x03B9: "i", 0x03BA: "k", 0x03C1: "p", 0x03C4: "t",
        0x03C5: "u", 0x03C7: "x", 0x03B5: "e", 0x03B7: "n", 0x03B2: "b", 0x03BC: "u", 0x03C9: "w",
        0x03F2: "c", 0x03F3: "j", 0x03C2: "c", 0x03B3: "y",
        // Latin letters that read as others
        0x0131: "i", 0x0269: "i", 0x0261: "g", 0x01C0: "l", 0x0251: "a", 0x1D0F: "o", 0x1D1C: "u",
    ]

    /// Digits and symbols written for letters inside a word (`sh1t`, `id10ts`, `$hit`).
    static let substitutes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
        "@": "a", "$": "s", "!": "i", "|": "l", "+": "t",
    ]

    /// Whether `scalar` is a key of `substitutes`, answered from a bit per ASCII scalar
    /// (every key is ASCII): the disguised-word pass asks it of every punctuation mark of
    /// every post, and the dictionary hashed each with SipHash.
    @inline(__always)
    static func isSubstitute(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 64 { return substituteBitsLow & (1 &<< UInt64(v)) != 0 }
        if v < 128 { return substituteBitsHigh & (1 &<< UInt64(v - 64)) != 0 }
        return false
    }

    /// The keys of `substitutes` as bits: scalar `v` below 64 is bit `v` of the low
    /// word, from 64 to 127 bit `v - 64` of the high one.
    private static let substituteBitsLow: UInt64 = bits(from: 0)
    private static let substituteBitsHigh: UInt64 = bits(from: 64)

    private static func bits(from lower: UInt32) -> UInt64 {
        var bits: UInt64 = 0
        for key in substitutes.keys {
            precondition(key.value < 0x80, "every look-alike substitute is ASCII")
            if key.value >= lower && key.value < lower + 64 { bits |= 1 &<< UInt64(key.value - lower) }
        }
        return bits
    }

    /// Characters that are invisible inside a word: zero-width space, soft hyphen,
    /// word joiner, zero-width no-break space, Mongolian vowel separator.
    @inline(__always)
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x00AD, 0x2060, 0xFEFF, 0x180E, 0x200C, 0x200D, 0x2061...0x2064: return true
        default: return false
        }
    }

    /// Whether a scalar may need folding beyond `TextNormalizer` (so plain ASCII and
    /// plain Arabic words cost nothing).
    @inline(__always)
    static func needsFolding(_ v: UInt32) -> Bool {
        (v >= 0x80 && v < 0x0600) || (v >= 0x1D00 && v < 0x2000) || (v >= 0xFB00 && v <= 0xFFEF) || (v >= 0x1D400 && v <= 0x1D7FF)
    }

    /// The matching skeleton of an already-normalised word, or nil when it is its own.
    public static func fold(_ word: String) -> String? {
        guard word.unicodeScalars.contains(where: { needsFolding($0.value) }) else { return nil }
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let v = scalar.value
            if !needsFolding(v) { result.append(scalar); continue }
            if let mapped = skeleton[v] { result.append(mapped); continue }
            if isInvisible(scalar) { continue }
            // Compatibility decomposition: full-width, mathematical, presentation forms,
            // and Latin letters with accents (whose marks are then dropped).
            for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
                if part.properties.generalCategory == .nonspacingMark { continue }
                guard let folded = TextNormalizer.fold(part) else { continue }
                result.append(skeleton[folded.value] ?? folded)
            }
        }
        let folded = String(result)
        return folded == word ? nil : folded
    }

    /// A name with Latin letters and Greek or Cyrillic look-alikes among them
    /// (`fаlcon` with a Cyrillic `а`) spelled with the Latin letters it shows, keeping
    /// case; any other name unchanged. A name wholly in Greek or Cyrillic is left alone:
    /// only mixing scripts inside one name is the disguise (UTS #39's mixed-script test).
    public static func latinSpelling(ofMixedScriptName name: String) -> String {
        func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic && scalar.value < 0x0250
        }
        func isGreekOrCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x0370...0x052F).contains(scalar.value) }
        guard name.unicodeScalars.contains(where: isLatinLetter), name.unicodeScalars.contains(where: isGreekOrCyrillic)
        else { return name }
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            guard isGreekOrCyrillic(scalar), let lower = scalar.properties.lowercaseMapping.unicodeScalars.first,
                let latin = skeleton[lower.value]
            else { result.append(scalar); continue }
            if scalar.properties.isUppercase, let upper = latin.properties.uppercaseMapping.unicodeScalars.first {
                result.append(upper)
            } else {
                result.append(latin)
            }
        }
        return String(result)
    }

    /// A word with digits and symbols read as letters, one spelling per reading of `1`
    /// (`i` or `l`); empty when the word has no substitution, has a digit that reads
    /// as no letter (`b2b`), has no letter at all, or is too short to be a word in
    /// disguise (`3m`, `Q3`, `H1`, `4th`).
    public static func unsubstituted(_ word: String) -> [String] {
        var letters = 0, substituted = 0
        for scalar in word.unicodeScalars {
            // The bit test, and ASCII letters by range (the only ASCII scalars with the
            // Alphabetic property): every run of glued pieces in a post is read here.
            if isSubstitute(scalar) { substituted += 1 }
            else if scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic {
                letters += 1
            }
            else if TextNormalizer.digitValue(scalar) != nil || scalar == "*" { if scalar != "*" { return [] } }
        }
        let hasStar = word.unicodeScalars.contains("*")
        guard substituted > 0 || hasStar, letters >= 2, letters + substituted + (hasStar ? 1 : 0) >= 4 else { return [] }
        // Every spelling, one reading per scalar, the first scalar's varying slowest; more
        // than 32 spellings are none. Each is written out from its number (the readings of
        // `1` and `*` as its digits, the last scalar's the fastest), rather than every longer
        // spelling copied from every shorter one with a list of choices made per scalar.
        let original = Array(word.unicodeScalars)
        var total = 1
        for scalar in original {
            total *= readingCount(of: scalar)
            if total > 32 { return [] }
        }
        var spelling = original.map { isSubstitute($0) ? substitutes[$0] ?? $0 : $0 }
        var result: [String] = []
        for number in 0..<total {
            var rest = number
            for index in original.indices.reversed() {
                let count = readingCount(of: original[index])
                guard count > 1 else { continue }
                spelling[index] = (original[index] == "1" ? readingsOfOne : readingsOfStar)[rest % count]
                rest /= count
            }
            let made = String(scalars: spelling)
            if made != word { result.append(made) }
        }
        return result
    }

    /// What `1` reads as in a word, in order.
    private static let readingsOfOne: [Unicode.Scalar] = ["i", "l"]
    /// What a star reads as, in order: it hides a vowel (f*ck, sh*t).
    private static let readingsOfStar: [Unicode.Scalar] = ["a", "e", "i", "o", "u"]

    /// How many letters a scalar may stand for in `unsubstituted(_:)`: the readings of `1`
    /// or `*`, else one (`substitutes`' letter, or the scalar itself).
    @inline(__always)
    private static func readingCount(of scalar: Unicode.Scalar) -> Int {
        scalar == "1" ? readingsOfOne.count : scalar == "*" ? readingsOfStar.count : 1
    }
}
