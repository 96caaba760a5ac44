/// A post read once: its scalars, tokens, sentences and language. Rules read this and
/// never the raw string, so every rule sees the same normalisation and the same spans.
public struct AnalyzedText: Sendable {
    public let original: String
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let language: PostLanguage
    /// For each sentence, the range of token indices it holds.
    public let sentences: [Range<Int>]
    /// Where the tokens' text ids are: in the `TokenTextCache` with this `serial`, under
    /// this tokenisation number (`TokenTextCache.idStamp`), while that cache has not
    /// tokenised another text. By them the post's match keys are found without hashing
    /// each text again (`PhraseMatcher.PostKeys`); an id means something only to that
    /// cache, and only while its slot still holds the text; otherwise the keys are found
    /// by the text.
    let textIDSerial: Int
    let textIDStamp: Int
    /// For text beyond ASCII, the UTF-8 offset in `original` of each scalar offset (one
    /// more entry than `scalars`), so an excerpt is a copy of the original's bytes: it was
    /// encoded again scalar by scalar, and its bytes validated, for every finding. Empty
    /// for ASCII text, whose offsets are the same in both. (A post is at most 1 MiB, so
    /// 32 bits hold any offset.)
    private let byteOffsets: [Int32]

    public init(_ text: String) {
        original = text
        scalars = text.scalarArray
        // The tokenizer may skip sentence numbers (a full stop before a line break ends
        // one sentence twice); renumber them densely so they index `sentences`.
        var tokens = Tokenizer.tokenize(scalars)
        let texts = TokenTextCache.current
        textIDSerial = texts.serial
        textIDStamp = texts.idStamp
        var dense = -1
        var previous = Int.min
        // Through a buffer pointer: each write through the array asked whether its storage
        // was shared, once a token.
        tokens.withUnsafeMutableBufferPointer { tokens in
            for index in tokens.indices {
                if tokens[index].sentence != previous {
                    previous = tokens[index].sentence
                    dense += 1
                }
                tokens[index].sentence = dense
            }
        }
        self.tokens = tokens
        if scalars.count == text.utf8.count {
            byteOffsets = []
        } else {
            let scalars = self.scalars
            byteOffsets = [Int32](unsafeUninitializedCapacity: scalars.count + 1) { offsets, count in
                var offset: Int32 = 0
                for index in scalars.indices {
                    offsets[index] = offset
                    let value = scalars[index].value
                    offset += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                }
                offsets[scalars.count] = offset
                count = scalars.count + 1
            }
        }
        language = PostLanguage.detect(tokens)
        // One range per sentence (`dense` is the last sentence's number): room for all of
        // them at once, where growing from empty reallocated about three times a post.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(dense + 1)
        var start = 0
        for index in tokens.indices where index + 1 == tokens.count || tokens[index + 1].sentence != tokens[index].sentence {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        sentences = ranges
    }

    /// Length of the post in Unicode scalars (the unit of finding spans).
    public var length: Int { scalars.count }

    /// The original text between two scalar offsets.
    public func excerpt(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
        // The whole post (a finding on its length or its tone as a whole) is the original
        // itself: the same bytes, shared rather than copied and validated again.
        if lower == 0 && upper == scalars.count { return original }
        // The original's own bytes between the two scalars (the same bytes the scalars
        // encode to), through its scalar view: the string's own subscript would round the
        // ends to whole characters.
        let from = byteOffsets.isEmpty ? lower : Int(byteOffsets[lower])
        let to = byteOffsets.isEmpty ? upper : Int(byteOffsets[upper])
        // The bytes copied straight from the original's storage: they lie between scalars,
        // so they are the same bytes the scalar view's slice gives, without its index checks
        // (a tenth of the cost of an excerpt, and every finding has one).
        if let copied = original.utf8.withContiguousStorageIfAvailable({ bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }) { return copied }
        let utf8 = original.utf8
        let first = utf8.index(utf8.startIndex, offsetBy: from)
        let last = utf8.index(first, offsetBy: to - from)
        return String(original.unicodeScalars[first..<last])
    }

    /// Whether a token of `kind` lies in `range` (the whole post by default). Rules ask
    /// this of every post; it reads the kinds in place, where a closure over `tokens`
    /// copies each token it is handed.
    public func hasToken(_ kind: Token.Kind, in range: Range<Int>? = nil) -> Bool {
        for index in range ?? tokens.indices where tokens[index].kind == kind { return true }
        return false
    }

    /// Words (Latin or Arabic) in the post.
    public var wordCount: Int { tokens.lazy.filter { $0.kind == .word }.count }
}
