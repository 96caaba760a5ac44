import Glibc

/// A piece of a post: a word, a number, a link. `start` and `end` are offsets in the
/// original text counted in Unicode scalars (code points, as Python counts), so a
/// finding points at exactly what the person wrote, diacritics and all.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, emoji, url, email, mention, hashtag
    }

    public var kind: Kind
    /// Normalised text (see `TextNormalizer`); a number's digits are ASCII.
    public var text: String {
        // Facts worked out for the old text are not the new text's.
        didSet { facts = .unknown }
    }
    public var start: Int
    public var end: Int
    /// The value of a number token (`1,200.5`, `١٢٫٥`).
    public var number: Double?
    public var isArabic: Bool
    /// A Latin word written all in capitals, two letters or more (`URGENT`, `CEO`).
    public var isAllCaps: Bool
    /// A Latin word that starts with a capital (`Falcon`).
    public var isCapitalised: Bool
    /// Index of the sentence it belongs to.
    public var sentence: Int
    /// Letters a Latin word has, for capitals and readability.
    public var letterCount: Int
    /// What the analysis asks of the text alone, as the tokenizer found it once for this
    /// text (see `WordFacts`); `unknown` on a token made elsewhere. Read through
    /// `Array<Token>.has(_:at:)`.
    var facts: WordFacts = .unknown

    /// Tokens are equal when what they say is: `facts` only repeats what `text` says.
    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.kind == rhs.kind && lhs.text == rhs.text && lhs.start == rhs.start && lhs.end == rhs.end
            && lhs.number == rhs.number && lhs.isArabic == rhs.isArabic && lhs.isAllCaps == rhs.isAllCaps
            && lhs.isCapitalised == rhs.isCapitalised && lhs.sentence == rhs.sentence && lhs.letterCount == rhs.letterCount
    }
}

extension Array where Element == Token {
    /// The text of token `index`. A loop that reads `tokens[index].text` and then calls
    /// out (a word-set look-up, a stemmer) had the compiler copy the whole token, its
    /// text retained and released, for every word; through this accessor, kept out of
    /// line on purpose, only the text is read.
    @inline(never)
    func text(at index: Int) -> String { self[index].text }

    /// Whether the text of token `index` is `word`, byte for byte: `text(at:) == word`
    /// for a `word` of small ASCII letters, which no other spelling is canonically
    /// equivalent to. `==` on strings compared an Arabic token's text with an ASCII word
    /// through Unicode normalisation, several hundred instructions each time; a rule that
    /// asked it of every token spent a tenth of a post's scoring on it.
    @inline(__always)
    func text(at index: Int, is word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        // Read in place: most tokens differ in length, and are turned away without the
        // text being copied out (retained and released).
        return withUnsafeBufferPointer { tokens in
            let utf8 = tokens[index].text.utf8
            guard utf8.count == count else { return false }
            if count == 0 { return true }
            return utf8.withContiguousStorageIfAvailable { bytes in
                memcmp(bytes.baseAddress!, word.utf8Start, count) == 0
            } ?? (tokens[index].text == String(describing: word))
        }
    }
}
