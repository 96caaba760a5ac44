/// What the phrase matcher sees beyond the words as tokenised, kept apart from word
/// forms (stemming runs after this, on what this produces):
/// - a hashtag or handle is an ordinary word (`#idiots`, `#الصقر`), and a glued one
///   is split at capitals, underscores and digits (`@BarqExpress`, `#barq_express`);
/// - a word in disguise reads as the word (`fuсk` in Cyrillic, `ｆｕｃｋ`, `ﺗﺎﻓﻪ`, `sh1t`,
///   `f-u-c-k`), see `Confusables`;
/// - pieces glued by symbols or invisible characters (`f*ck`, `$hit`, `fu​ck` with a
///   zero-width space) and runs of single letters (`f u c k`, `ت ا ف ه`) are read as one
///   word, but only when that word is a phrase's word.
/// Every hit still names the original tokens, so spans point at what was written.
extension PhraseMatcher {
    /// The keys `keys` gives for the token, plus those of its matching forms.
    static func matchingKeys(of token: Token, keys: (Token) -> [String]) -> [String] {
        switch token.kind {
        case .hashtag, .mention:
            var word = token
            word.kind = .word
            word.text = String(token.text.unicodeScalars.dropFirst())
            return [token.text] + keys(word) + foldedKeys(of: word, keys: keys)
        case .word:
            return keys(token) + foldedKeys(of: token, keys: keys)
        default:
            return keys(token)
        }
    }

    static func foldedKeys(of token: Token, keys: (Token) -> [String]) -> [String] {
        var result: [String] = []
        var spellings: [String] = []
        let skeleton = Confusables.fold(token.text) ?? token.text
        if skeleton != token.text { spellings.append(skeleton) }
        // Letters spelt out with hyphens: f-u-c-k.
        if skeleton.unicodeScalars.contains("-") {
            let parts = skeleton.unicodeScalars.split(separator: "-")
            if parts.count >= 3, parts.allSatisfy({ $0.count == 1 }) {
                spellings.append(parts.map { String(String.UnicodeScalarView($0)) }.joined())
            }
        }
        if skeleton.unicodeScalars.contains(where: Confusables.isSubstitute) {
            spellings += Confusables.unsubstituted(skeleton)
        }
        for spelling in spellings {
            var folded = token
            folded.text = spelling
            folded.isArabic = token.isArabic || spelling.unicodeScalars.contains(where: TextNormalizer.isArabicLetter)
            result += keys(folded)
        }
        return result
    }

    /// One reading of disguised words in a post: each of `lookups` is a word read as one
    /// post word (a hashtag's part, pieces glued together, letters spelt out, or one of
    /// their unsubstituted spellings), whose phrases start at `firstToken` and go on with
    /// `restWords` (the hashtag's later parts) and then the tokens from `after`.
    struct DisguisedReading: Sendable {
        var firstToken: Int
        var after: Int
        var lookups: [MatchKeyCache.Resolved]
        var restWords: ArraySlice<[Int32]>
    }

    /// What the token-by-token pass cannot see: phrases inside a glued hashtag or
    /// handle, words glued from pieces, and words spelt out letter by letter. Found once
    /// per post (it does not depend on the lexicons) and in token order; each matcher
    /// then looks the words up (`disguisedHits`).
    static func disguisedReadings(in text: AnalyzedText, cache: MatchKeyCache) -> [DisguisedReading] {
        let tokens = text.tokens
        let scalars = text.scalars
        var readings: [DisguisedReading] = []
        /// Whether nothing but invisible characters lies between two tokens.
        func glued(_ left: Int, _ right: Int) -> Bool {
            var index = tokens[left].end
            while index < tokens[right].start {
                if !Confusables.isInvisible(scalars[index]) { return false }
                index += 1
            }
            return true
        }

        var index = 0
        var gluedUntil = 0
        while index < tokens.count {
            // Most tokens start nothing here: not a hashtag or handle, not glued to the next
            // token (something visible lies between), and not a lone letter. Such tokens are
            // passed at once (`passed(from:)`); the full reading below would find a run of one
            // piece and stop. (It would also move `gluedUntil` up to the next token, which
            // decides nothing: every later token is past it either way.)
            index = Self.passed(from: index, tokens, scalars)
            guard index < tokens.count else { break }
            let kind = tokens[index].kind
            // A glued hashtag or handle: its parts as consecutive words.
            if kind == .hashtag || kind == .mention {
                let parts = PhraseMatcher.parts(of: scalars[(tokens[index].start + 1)..<tokens[index].end])
                if parts.count >= 2 {
                    let resolved = parts.map(cache.word)
                    let partKeys = resolved.map(\.ids)
                    for offset in parts.indices {
                        readings.append(DisguisedReading(firstToken: index, after: index + 1, lookups: [resolved[offset]],
                                                         restWords: partKeys[(offset + 1)...]))
                    }
                }
                index += 1
                continue
            }
            // Pieces glued by symbols, digits or invisible characters: f*ck, $hit, fu​ck.
            // Each run is read once, from its first piece, and only when short enough to
            // be one word, so the pass stays linear.
            var end = index
            var words = 0
            while index >= gluedUntil, end < tokens.count, end - index <= 16 {
                // Whether the piece is glued on is asked first: it is cheap, and after a run's
                // first piece it is nearly always no (a space), which spares the look-ups below.
                guard end == index || glued(end - 1, end) else { break }
                // What the texts say is read as bits of their `WordFacts`: every token is asked.
                let piece = tokens[end].kind
                let usable = piece == .word
                    || (piece == .punctuation && tokens.has(.letterStandIn, at: end))
                    || (piece == .number && tokens.has(.oneScalar, at: end))
                guard usable else { break }
                if piece == .word { words += 1 }
                end += 1
            }
            if end > index { gluedUntil = end }
            if end - index >= 2, end - index <= 16, words >= 1 {
                let joined = tokens[index..<end].map(\.text).joined()
                let arabic = joined.unicodeScalars.contains(where: TextNormalizer.isArabicLetter)
                var lookups = [cache.word(joined)]
                if !arabic { lookups += Confusables.unsubstituted(joined).map(cache.word) }
                readings.append(DisguisedReading(firstToken: index, after: end, lookups: lookups, restWords: []))
            }
            // Letters spelt out one by one with spaces: f u c k, ت ا ف ه.
            if kind == .word, tokens.has(.oneScalar, at: index) {
                var last = index
                while last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens.has(.oneScalar, at: last + 1),
                      tokens[last + 1].start - tokens[last].end == 1, last - index < 24 {
                    last += 1
                }
                if last - index >= 2 {
                    let letters = tokens[index...last].map(\.text).joined()
                    readings.append(DisguisedReading(firstToken: index, after: last + 1, lookups: [cache.word(letters)], restWords: []))
                    index = last + 1
                    continue
                }
            }
            index += 1
        }
        return readings
    }

    /// The first token from `start` on that may start a disguised reading: a hashtag or
    /// handle, a word of one scalar, or a token glued to the next (nothing visible between),
    /// or `tokens.count`. The tokens and scalars are read in place, through buffer pointers:
    /// read through the arrays, every token's fields were checked against the array's
    /// bounds one by one, about sixty instructions a token of every post.
    static func passed(from start: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            scalars.withUnsafeBufferPointer { scalars in
                var index = start
                while index < tokens.count {
                    let kind = tokens[index].kind
                    if kind == .hashtag || kind == .mention { return index }
                    if kind == .word {
                        // `Array<Token>.has(.oneScalar, at:)`: the tokenizer's facts, or the text's.
                        let facts = tokens[index].facts
                        let oneScalar = facts.contains(.known) ? facts.contains(.oneScalar) : WordFacts.of(tokens[index].text).contains(.oneScalar)
                        if oneScalar { return index }
                    }
                    let end = tokens[index].end
                    if index + 1 < tokens.count && (tokens[index + 1].start <= end || Confusables.isInvisible(scalars[end])) { return index }
                    index += 1
                }
                return index
            }
        }
    }

    /// The hits of this matcher's phrases in a post's disguised readings. Each word is
    /// kept only when it starts a phrase.
    func disguisedHits(_ readings: [DisguisedReading], forms: [MatchKeyCache.Resolved]) -> [Hit] {
        var hits: [Hit] = []
        // Hits starting at one token can only repeat each other.
        var firstHitHere = 0
        var currentToken = -1
        for reading in readings {
            if reading.firstToken != currentToken {
                currentToken = reading.firstToken
                firstHitHere = hits.count
            }
            // The entries the words start: by their keys, then by prefix.
            var found: [Entry] = []
            for resolved in reading.lookups {
                for id in resolved.ids { found += entries(startingWith: id) }
                if !resolved.prefixes.isEmpty {
                    for (prefix, entry) in prefixEntries where resolved.prefixes.contains(prefix) { found.append(entry) }
                }
            }
            for entry in found {
                var words = reading.restWords
                var end = reading.after
                var matched = true
                let first = Int(entry.restStart)
                for place in first..<(first + Int(entry.restCount)) {
                    if let word = words.first {
                        words = words.dropFirst()
                        if accepts(word, word: place) { continue }
                        matched = false
                        break
                    }
                    guard end < forms.count, accepts(forms[end].ids, word: place) else { matched = false; break }
                    end += 1
                }
                let hit = Hit(group: entry.group, phrase: entry.phrase, firstToken: reading.firstToken, endToken: end)
                if matched && !hits[firstHitHere...].contains(where: hit.repeats) { hits.append(hit) }
            }
        }
        return hits
    }

    /// A hashtag's or handle's words: split at a small letter followed by a capital, at
    /// underscores and between letters and digits; each normalised.
    static func parts(of scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        var parts: [String] = []
        // A part is a run of the scalars (an underscore ends one and belongs to none), so it
        // is read as a slice, not gathered scalar by scalar into a string of its own.
        var partStart = scalars.startIndex
        var previous: Unicode.Scalar?
        func flush(before end: Int) {
            if end > partStart { parts.append(TextNormalizer.normalize(scalars: scalars[partStart..<end])) }
        }
        // ASCII letters by range: the only ASCII scalars with the Lowercase or the Uppercase
        // property (a look-up of the property cost about three hundred instructions).
        @inline(__always) func isLowercase(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? s.value >= 0x61 && s.value <= 0x7A : s.properties.isLowercase
        }
        @inline(__always) func isUppercase(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
        }
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "_" { flush(before: index); partStart = index + 1; previous = nil; continue }
            if let before = previous {
                let caseBreak = isLowercase(before) && isUppercase(scalar)
                let digitBreak = (TextNormalizer.digitValue(before) != nil) != (TextNormalizer.digitValue(scalar) != nil)
                    && !TextNormalizer.isWordMark(scalar)
                if caseBreak || digitBreak { flush(before: index); partStart = index }
            }
            previous = scalar
        }
        flush(before: scalars.endIndex)
        return parts
    }
}
