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
        if skeleton.unicodeScalars.contains(where: { Confusables.substitutes[$0] != nil }) {
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

    /// Hits the token-by-token pass cannot see: phrases inside a glued hashtag or
    /// handle, words glued from pieces, and words spelt out letter by letter. Each is
    /// looked up as one word and kept only when it starts a phrase.
    func disguisedHits(in text: AnalyzedText, forms: [MatchKeyCache.Resolved]) -> [Hit] {
        let tokens = text.tokens
        let scalars = text.scalars
        var hits: [Hit] = []
        // Hits starting at one token can only repeat each other.
        var firstHitHere = 0
        let cache = MatchKeyCache.current

        func complete(_ entries: [Entry], firstToken: Int, after: Int, restWords: ArraySlice<[Int32]>) {
            for entry in entries {
                var words = restWords
                var end = after
                var matched = true
                for accepted in entry.rest {
                    if let word = words.first {
                        words = words.dropFirst()
                        if word.contains(where: { accepted.contains($0) }) { continue }
                        matched = false
                        break
                    }
                    guard end < tokens.count, forms[end].ids.contains(where: { accepted.contains($0) }) else { matched = false; break }
                    end += 1
                }
                let hit = Hit(group: entry.group, phrase: entry.phrase, firstToken: firstToken, endToken: end)
                if matched && !hits[firstHitHere...].contains(hit) { hits.append(hit) }
            }
        }
        /// The entries a word (read as one post word) starts: by its keys, then by prefix.
        func entries(for word: String) -> [Entry] {
            let resolved = cache.word(word)
            var found: [Entry] = []
            for id in resolved.ids { found += byFirstWord[id] ?? [] }
            if !resolved.prefixes.isEmpty {
                for (prefix, entry) in prefixEntries where resolved.prefixes.contains(prefix) { found.append(entry) }
            }
            return found
        }
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
            let token = tokens[index]
            firstHitHere = hits.count
            // A glued hashtag or handle: its parts as consecutive words.
            if token.kind == .hashtag || token.kind == .mention {
                let parts = PhraseMatcher.parts(of: scalars[(token.start + 1)..<token.end])
                if parts.count >= 2 {
                    let partKeys = parts.map { cache.word($0).ids }
                    for (offset, part) in parts.enumerated() {
                        complete(entries(for: part), firstToken: index, after: index + 1, restWords: partKeys[(offset + 1)...])
                    }
                }
                index += 1
                continue
            }
            // Pieces glued by symbols, digits or invisible characters: f*ck, $hit, fu​ck.
            // Each run is read once, from its first piece, and only when short enough to
            // be one word, so the pass stays linear.
            var end = index
            var joined = ""
            var words = 0
            while index >= gluedUntil, end < tokens.count, end - index <= 16 {
                let piece = tokens[end]
                let usable = piece.kind == .word
                    || (piece.kind == .punctuation && (piece.text == "*" || Confusables.substitutes[piece.text.unicodeScalars.first!] != nil))
                    || (piece.kind == .number && piece.text.unicodeScalars.count == 1)
                guard usable, end == index || glued(end - 1, end) else { break }
                if piece.kind == .word { words += 1 }
                joined += piece.text
                end += 1
            }
            if end > index { gluedUntil = end }
            if end - index >= 2, end - index <= 16, words >= 1 {
                let arabic = joined.unicodeScalars.contains(where: TextNormalizer.isArabicLetter)
                var found = entries(for: joined)
                if !arabic { for spelling in Confusables.unsubstituted(joined) { found += entries(for: spelling) } }
                complete(found, firstToken: index, after: end, restWords: [])
            }
            // Letters spelt out one by one with spaces: f u c k, ت ا ف ه.
            if token.kind == .word, token.text.unicodeScalars.count == 1 {
                var last = index
                var letters = token.text
                while last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].text.unicodeScalars.count == 1,
                      tokens[last + 1].start - tokens[last].end == 1, last - index < 24 {
                    last += 1
                    letters += tokens[last].text
                }
                if last - index >= 2 {
                    complete(entries(for: letters), firstToken: index, after: last + 1, restWords: [])
                    index = last + 1
                    continue
                }
            }
            index += 1
        }
        return hits
    }

    /// A hashtag's or handle's words: split at a small letter followed by a capital, at
    /// underscores and between letters and digits; each normalised.
    static func parts(of scalars: ArraySlice<Unicode.Scalar>) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        func flush() {
            if !current.isEmpty { parts.append(TextNormalizer.normalize(String(current))) }
            current = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if scalar == "_" { flush(); previous = nil; continue }
            if let before = previous {
                let caseBreak = before.properties.isLowercase && scalar.properties.isUppercase
                let digitBreak = (TextNormalizer.digitValue(before) != nil) != (TextNormalizer.digitValue(scalar) != nil)
                    && !TextNormalizer.isWordMark(scalar)
                if caseBreak || digitBreak { flush() }
            }
            current.append(scalar)
            previous = scalar
        }
        flush()
        return parts
    }
}
