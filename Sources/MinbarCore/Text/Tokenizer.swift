import Glibc

/// Splits a post into tokens in one pass over its scalars, with no regular expressions,
/// so its cost is linear in the length of the text whatever the text is.
public enum Tokenizer {
    /// Each token's text id is left in this thread's `TokenTextCache` (`ids`, under the
    /// number `TokenTextCache.beginIDs()` gave), for the post's match keys to be found by
    /// id (`MatchKeyCache`).
    ///
    /// `facts: false` (a lexicon's phrase, whose tokens are only read for their kind and
    /// text) leaves the tokens' `WordFacts` unknown and does not work them out for a text
    /// met the first time: they are worked out when a post's token first meets it.
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] { tokenize(scalars, facts: true) }

    static func tokenize(_ scalars: [Unicode.Scalar], facts wantFacts: Bool) -> [Token] {
        let texts = TokenTextCache.current
        _ = texts.beginIDs()
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 1)
        var id = TokenTextCache.noID
        var sentence = 0
        var index = 0
        let count = scalars.count
        // An e-mail address needs an @ after its start: past the last one, no word is
        // scanned for an address.
        let lastAt = lastAtSign(in: scalars)

        func isSpace(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0x0B || s.value == 0x0C }
            if s.value >= 0x0600 && s.value <= 0x06FF { return false }
            // An emoji is no space: the tables are not read for it (see `CommonScalars`).
            if CommonScalars.isEmojiBlock(s.value) { return false }
            return s.properties.isWhitespace
        }
        // The ASCII test and the Arabic letters inline (they are asked of nearly every
        // scalar), the rest out of line.
        @inline(__always)
        func isWordStart(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) }
            if TextNormalizer.isArabicLetter(s) { return true }
            return isWordStartBeyondASCII(s)
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { TextNormalizer.digitValue(s) != nil }

        while index < count {
            let scalar = scalars[index]
            if isSpace(scalar) {
                if scalar == "\n" { sentence += 1; while index + 1 < count, isSpace(scalars[index + 1]) { index += 1 } }
                index += 1
                continue
            }
            let start = index

            // Links: http(s):// or www.
            if scalar == "h" || scalar == "H" || scalar == "w" || scalar == "W", startsLink(scalars, at: index) {
                while index < count, !isSpace(scalars[index]) { index += 1 }
                // A sentence-ending mark right after a link is not part of it.
                while index - 1 > start, isLinkTrailer(scalars[index - 1]) { index -= 1 }
                tokens.append(make(.url, scalars, texts, start, index, sentence, &id, facts: wantFacts))
                texts.appendID(id)
                continue
            }

            // E-mail addresses: local@domain.tld
            if index < lastAt, scalar.isASCII, isEmailLocal(scalar), let end = emailEnd(scalars, from: index) {
                index = end
                tokens.append(make(.email, scalars, texts, start, index, sentence, &id, facts: wantFacts))
                texts.appendID(id)
                continue
            }

            if scalar == "@" || scalar == "#" || scalar == "＃", index + 1 < count,
                isWordStart(scalars[index + 1]) || isDigit(scalars[index + 1]) || scalars[index + 1] == "_" {
                index += 1
                while index < count, isWordStart(scalars[index]) || isDigit(scalars[index]) || scalars[index] == "_"
                        || TextNormalizer.isWordMark(scalars[index]) { index += 1 }
                tokens.append(make(scalar == "@" ? .mention : .hashtag, scalars, texts, start, index, sentence, &id, facts: wantFacts))
                texts.appendID(id)
                continue
            }

            if isDigit(scalar) {
                index += 1
                while index < count {
                    let s = scalars[index]
                    if isDigit(s) { index += 1; continue }
                    // Separators inside a number: 1,200 / 12.5 / ١٢٫٥ / ١٬٢٠٠
                    if isNumberSeparator(s), index + 1 < count, isDigit(scalars[index + 1]) {
                        index += 1
                        continue
                    }
                    // Thousands split by a space or thin space: 12 000 000, ٣٥ ٠٠٠, 800 400.
                    if isGroupSpace(s), groupFollows(scalars, after: index), groupBefore(scalars, start, index) {
                        index += 4
                        continue
                    }
                    break
                }
                var token = make(.number, scalars, texts, start, index, sentence, &id, facts: wantFacts)
                // Rebuilding the text costs; only a number split by spaces needs it.
                if scalars[start..<index].contains(where: isGroupSpace) {
                    token.text.unicodeScalars.removeAll(where: isGroupSpace)
                    id = TokenTextCache.noID
                }
                token.number = numberValue(scalars[start..<index])
                // Moved in (`consume`): appended as it was, the token was copied, its text
                // retained, and the local one destroyed after.
                tokens.append(consume token)
                texts.appendID(id)
                continue
            }

            if isWordStart(scalar) {
                index += 1
                while index < count {
                    let s = scalars[index]
                    // A letter first (most scalars of a word): no letter is a digit, so the
                    // digit tests below are only asked of the rest.
                    if isWordStart(s) { index += 1; continue }
                    if isDigit(s), TextNormalizer.isArabicLetter(scalars[index - 1]) { break }
                    if TextNormalizer.isWordMark(s) || isDigit(s) { index += 1; continue }
                    // Apostrophes and hyphens inside words: don't, re-accommodate.
                    if (s == "'" || s == "\u{2019}" || s == "-"), index + 1 < count, isWordStart(scalars[index + 1]) {
                        index += 1
                        continue
                    }
                    break
                }
                tokens.append(make(.word, scalars, texts, start, index, sentence, &id, facts: wantFacts))
                texts.appendID(id)
                continue
            }

            if isEmoji(scalar) {
                index += 1
                // Keep a whole emoji sequence together: modifiers, selectors, ZWJ joins, flags.
                while index < count {
                    let s = scalars[index]
                    if s.value == 0x200D, index + 1 < count { index += 2; continue }
                    if (0xFE00...0xFE0F).contains(s.value) || (0x1F3FB...0x1F3FF).contains(s.value) || s.value == 0x20E3
                        || ((0x1F1E6...0x1F1FF).contains(s.value) && (0x1F1E6...0x1F1FF).contains(scalars[index - 1].value)) {
                        index += 1
                        continue
                    }
                    break
                }
                tokens.append(make(.emoji, scalars, texts, start, index, sentence, &id, facts: wantFacts))
                texts.appendID(id)
                continue
            }

            // No ASCII scalar is a format character: only others are looked up (and not
            // an Arabic comma or question mark, see `CommonScalars`).
            if TextNormalizer.isWordMark(scalar)
                || (!scalar.isASCII && !CommonScalars.isPlainSymbol(scalar) && scalar.properties.generalCategory == .format) {
                index += 1
                continue
            }

            index += 1
            let token = make(.punctuation, scalars, texts, start, index, sentence, &id, facts: wantFacts)
            tokens.append(token)
            texts.appendID(id)
            if isSentenceMark(scalar) || scalar == "\u{3002}" {
                // Consecutive marks (?!, ...) end one sentence, not several; the full stop of
                // an abbreviation (ر.ع.، U.S.) ends none.
                // So does the full stop of a title before a name (Mr. Khalfan, Dr. Fatima).
                // The token before the mark is read in place: the array's subscript copied the
                // whole token (its text retained and released) three times a mark.
                let previous = tokens.count - 2
                let (previousKind, previousStart, previousEnd): (Token.Kind?, Int, Int) = previous < 0 ? (nil, 0, 0)
                    : tokens.withUnsafeBufferPointer { ($0[previous].kind, $0[previous].start, $0[previous].end) }
                let abbreviation = scalar == "." && previousKind == .word
                    && (previousEnd - previousStart == 1 || titleAbbreviations.contains(tokens.text(at: previous)))
                // Nor does a full stop inside a name with no space after it: an address
                // without its scheme (cb.example/press/0412, moh.gov.sa) is one sentence.
                let insideAName = scalar == "." && index < count && previous >= 0 && previousEnd == start
                    && isASCIIAlphanumeric(scalars[start - 1]) && isASCIIAlphanumeric(scalars[index])
                if !abbreviation, !insideAName, !(index < count && isSentenceMark(scalars[index])) { sentence += 1 }
            }
        }
        return tokens
    }

    /// The index of the last @ in `scalars`, or -1. Found by `memchr` over the scalars'
    /// bytes (vectorised): most posts have no @, so every scalar is passed, and reading
    /// them one by one cost about six instructions a scalar. A byte 0x40 found inside
    /// another scalar (U+0440, U+0640, 👀 U+1F440) is checked against its whole scalar and
    /// passed; the search goes on after it, so the pass stays linear.
    static func lastAtSign(in scalars: [Unicode.Scalar]) -> Int {
        scalars.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return -1 }
            let stride = MemoryLayout<Unicode.Scalar>.stride
            var last = -1
            var from = 0
            while from < raw.count, let found = memchr(base + from, 0x40, raw.count - from) {
                let offset = base.distance(to: UnsafeRawPointer(found))
                let index = offset / stride
                if raw.load(fromByteOffset: index * stride, as: Unicode.Scalar.self) == "@" { last = index }
                from = offset + 1
            }
            return last
        }
    }

    /// Whether a scalar outside ASCII starts (or continues) a word: an Arabic letter, or
    /// any other alphabetic scalar that is not an emoji.
    static func isWordStartBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        if TextNormalizer.isArabicLetter(s) { return true }
        // An emoji starts no word whatever the tables say of it, and Arabic punctuation and
        // digits are no letters: neither is looked up (see `CommonScalars`).
        if CommonScalars.isPlainSymbol(s) { return false }
        return s.properties.isAlphabetic && !isEmoji(s)
    }

    /// Titles written with a full stop before a name.
    static let titleAbbreviations: WordSet = ["mr", "mrs", "ms", "dr", "prof", "eng", "messrs", "vs"]

    /// The token of kind `kind` over `scalars[start..<end]`, its text folded (see
    /// `TextNormalizer`). The folded bytes are written to scratch space on the stack and
    /// the string is `texts`' for those bytes: a word met before is not made again.
    /// `id` is set to the text's id in `texts` (`TokenTextCache.noID` for a text it does not remember).
    static func make(_ kind: Token.Kind, _ scalars: [Unicode.Scalar], _ texts: TokenTextCache, _ start: Int, _ end: Int,
                     _ sentence: Int, _ id: inout UInt64, facts wantFacts: Bool = true) -> Token {
        // A spelling met before (most tokens): its text id and letters as folding found them
        // last time, and the text by that id while `texts` still holds it (see
        // `TokenSpellingCache`), with no folding and no hash of the folded bytes.
        let length = end - start
        var spellingSlot = -1
        if length <= TokenSpellingCache.width {
            let spellings = texts.spellings
            let known: (id: UInt64, letters: Letters)? = scalars.withUnsafeBytes { raw in
                let spelling = (raw.baseAddress! + start * MemoryLayout<Unicode.Scalar>.stride).assumingMemoryBound(to: UInt32.self)
                spellingSlot = TokenSpellingCache.slot(of: spelling, count: length)
                return spellings.find(spelling, count: length, slot: spellingSlot)
            }
            var facts = WordFacts.unknown
            if let known, let text = texts.text(remembered: known.id, facts: &facts, want: wantFacts) {
                id = known.id
                return token(kind, text, start, end, sentence, known.letters, facts)
            }
        }
        return folded(kind, scalars, texts, start, end, sentence, &id, facts: wantFacts, spellingSlot: spellingSlot)
    }

    /// `make` for a spelling `TokenSpellingCache` does not answer: the scalars folded into
    /// bytes and the text found or made by them, remembered in `spellingSlot` (-1: none).
    /// Out of line: its scratch space on the stack gave `make` a large frame and a stack
    /// check, which every token paid on the way in and out (about forty instructions),
    /// where most tokens are answered by the spelling cache and need neither.
    @inline(never)
    private static func folded(_ kind: Token.Kind, _ scalars: [Unicode.Scalar], _ texts: TokenTextCache, _ start: Int, _ end: Int,
                               _ sentence: Int, _ id: inout UInt64, facts wantFacts: Bool, spellingSlot: Int) -> Token {
        var letters = Letters()
        var facts = WordFacts.unknown
        // At most four bytes a scalar; a token too long for the stack (a giant link or
        // run of letters) is written straight into its string.
        let maximum = (end - start) * 4
        let text: String
        if maximum <= scratchLimit {
            text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximum) { scratch in
                let count = fold(scalars, start, end, into: scratch, &letters)
                return texts.text(UnsafeBufferPointer(rebasing: scratch[..<count]), id: &id, facts: &facts, want: wantFacts)
            }
        } else {
            // Its facts are worked out only if asked (`Array<Token>.has(_:at:)`): such a
            // token is rare, and most of its facts are never asked.
            text = String(unsafeUninitializedCapacity: maximum) { fold(scalars, start, end, into: $0, &letters) }
            id = TokenTextCache.noID
        }
        if spellingSlot >= 0 && id != TokenTextCache.noID {
            scalars.withUnsafeBytes { raw in
                let spelling = (raw.baseAddress! + start * MemoryLayout<Unicode.Scalar>.stride).assumingMemoryBound(to: UInt32.self)
                texts.spellings.remember(spelling, count: end - start, slot: spellingSlot, id: id, letters: letters)
            }
        }
        return token(kind, text, start, end, sentence, letters, facts)
    }

    /// The token `make` gives for a text and what folding noticed of its letters.
    @inline(__always)
    private static func token(_ kind: Token.Kind, _ text: String, _ start: Int, _ end: Int, _ sentence: Int,
                              _ letters: Letters, _ facts: WordFacts) -> Token {
        Token(kind: kind, text: text, start: start, end: end, number: nil, isArabic: letters.arabic,
              isAllCaps: kind == .word && letters.upper >= 2 && letters.lower == 0,
              isCapitalised: letters.firstLetterUpper == true, sentence: sentence,
              letterCount: letters.upper + letters.lower, facts: facts)
    }

    /// What `fold` notices of a token's letters on the way.
    struct Letters {
        var arabic = false
        var upper = 0, lower = 0
        var firstLetterUpper: Bool?
    }

    /// Writes `scalars[start..<end]` folded as UTF-8 into `buffer` (room for four bytes a
    /// scalar) and returns how many bytes it wrote. A function of its own, with its state
    /// passed in: a local function capturing the counters had them boxed on the heap.
    @inline(__always)
    static func fold(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, into buffer: UnsafeMutableBufferPointer<UInt8>,
                     _ letters: inout Letters) -> Int {
        // The counts are kept in locals and stored once at the end: kept in `letters` (an
        // optional among them), they were loaded and stored in memory for every letter.
        // `first` is the case of the first ASCII letter: 0 none yet, 1 capital, 2 small.
        var upper = 0, lower = 0
        var first: UInt8 = 0
        var arabic = false
        var count = 0
        let output = buffer.baseAddress!
        scalars.withUnsafeBufferPointer { scalars in
            for index in start..<end {
                let scalar = scalars[index]
                let v = scalar.value
                // ASCII, most scalars of most posts, folded here: `fold` lowers a capital
                // and keeps every other ASCII scalar, one byte each.
                if v < 0x80 {
                    if v &- 0x41 < 26 {
                        upper += 1
                        if first == 0 { first = 1 }
                        output[count] = UInt8(truncatingIfNeeded: v | 0x20)
                    } else {
                        if v &- 0x61 < 26 { lower += 1; if first == 0 { first = 2 } }
                        output[count] = UInt8(truncatingIfNeeded: v)
                    }
                    count += 1
                    continue
                }
                // An Arabic letter that folds to itself (most of an Arabic word) is written
                // here as its two bytes: `TextNormalizer.fold`, called out of line for each,
                // cost about forty instructions a letter.
                if TextNormalizer.foldsToItself(arabic: v) {
                    arabic = true
                    output[count] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    output[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    count += 2
                    continue
                }
                if TextNormalizer.isArabicLetter(scalar) { arabic = true }
                if let folded = TextNormalizer.fold(scalar) { count = String.encode(folded, into: buffer, at: count) }
            }
        }
        letters.upper += upper
        letters.lower += lower
        if letters.firstLetterUpper == nil && first != 0 { letters.firstLetterUpper = first == 1 }
        if arabic { letters.arabic = true }
        return count
    }

    /// The most scratch bytes `make` takes from the stack for a token's folded text.
    private static let scratchLimit = 1_024

    // Small classes of scalars, as comparisons: a set or an array literal here was hashed
    // or built again for every scalar it was asked about.

    /// Spaces that may split the digit groups of a number: space, no-break, thin,
    /// narrow no-break and figure space.
    @inline(__always)
    static func isGroupSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == "\u{2009}" || s == "\u{202F}" || s == "\u{2007}"
    }

    /// Marks between digits that keep a number going: 1,200 / 12.5 / ١٢٫٥ / ١٬٢٠٠.
    @inline(__always)
    static func isNumberSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "," || s == "\u{066B}" || s == "\u{066C}"
    }

    /// Marks that end a sentence (a run of them ends one): . ! ? and the Arabic question mark.
    @inline(__always)
    static func isSentenceMark(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{061F}"
    }

    /// Marks after a link that end the sentence rather than the link.
    @inline(__always)
    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    static func isLinkTrailer(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "," || s == ")" || s == "!" || s == "?" || s == "\u{061F}" || s == "\u{060C}"
    }

    /// Whether exactly three digits follow the space at `index`, and then no digit.
    static func groupFollows(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        for offset in 1...3 {
            guard index + offset < scalars.count, TextNormalizer.digitValue(scalars[index + offset]) != nil else { return false }
        }
        let next = index + 4
        if next < scalars.count {
            if TextNormalizer.digitValue(scalars[next]) != nil { return false }
            // 12 000.5 and 12 000,000 are not written; a decimal or comma after means another reading.
            if isNumberSeparator(scalars[next]), next + 1 < scalars.count,
               TextNormalizer.digitValue(scalars[next + 1]) != nil { return false }
        }
        return true
    }

    /// Whether the number so far is groups of digits a space may continue: a first group of
    /// one to three digits (no decimal point), then groups of three.
    static func groupBefore(_ scalars: [Unicode.Scalar], _ start: Int, _ index: Int) -> Bool {
        var run = 0
        var groups: [Int] = []
        for position in start..<index {
            let s = scalars[position]
            if TextNormalizer.digitValue(s) != nil { run += 1 }
            else if isGroupSpace(s) || s == "," || s == "\u{066C}" { groups.append(run); run = 0 }
            else { return false }
        }
        groups.append(run)
        guard let first = groups.first, (1...3).contains(first) else { return false }
        return groups.dropFirst().allSatisfy { $0 == 3 }
    }

    static func numberValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        // Digits alone (most numbers of a post: 2026, 15, ٣٠): the whole number, exact in
        // a `Double` up to 15 digits, so the same value `Double` reads from the spelling,
        // without building the bytes and a string to parse.
        if scalars.count <= 15 {
            var whole = 0
            var digitsOnly = true
            for scalar in scalars {
                guard let value = TextNormalizer.digitValue(scalar) else { digitsOnly = false; break }
                whole = whole * 10 + value
            }
            if digitsOnly { return Double(whole) }
        }
        // A comma followed by exactly three digits groups thousands; otherwise it is a decimal mark.
        // The number is spelt in ASCII bytes, then read by `Double`.
        var digits: [UInt8] = []
        digits.reserveCapacity(scalars.count)
        var points = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            if let value = TextNormalizer.digitValue(scalar) {
                digits.append(UInt8(ascii: "0") + UInt8(value))
            } else if scalar == "." || scalar == "\u{066B}" {
                digits.append(UInt8(ascii: "."))
                points += 1
            } else if scalar == "," || scalar == "\u{066C}" {
                let following = scalars[(index + 1)...].prefix { TextNormalizer.digitValue($0) != nil }.count
                if following != 3 && scalar == "," && points == 0 {
                    digits.append(UInt8(ascii: "."))
                    points += 1
                }
            }
        }
        if points > 1 { return nil }
        return Double(String(decoding: digits, as: UTF8.self))
    }

    /// The starts of a link, as scalars (built once: every word starting with h or w is tried).
    static let linkPrefixes: [[Unicode.Scalar]] = ["http://", "https://", "www."].map { Array($0.unicodeScalars) }

    static func startsLink(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for prefixScalars in linkPrefixes {
            guard index + prefixScalars.count < scalars.count else { continue }
            var matches = true
            for (offset, expected) in prefixScalars.enumerated() {
                let actual = scalars[index + offset]
                let lowered = actual.value >= 0x41 && actual.value <= 0x5A ? Unicode.Scalar(actual.value + 0x20)! : actual
                if lowered != expected { matches = false; break }
            }
            if matches { return true }
        }
        return false
    }

    static func isEmailLocal(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
            || s == "." || s == "_" || s == "%" || s == "+" || s == "-"
    }

    /// Where an e-mail address starting at `index` ends, or nil when there is none.
    static func emailEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        var cursor = index
        while cursor < scalars.count, isEmailLocal(scalars[cursor]) { cursor += 1 }
        guard cursor > index, cursor < scalars.count, scalars[cursor] == "@" else { return nil }
        cursor += 1
        let domainStart = cursor
        var lastDot = -1
        while cursor < scalars.count {
            let s = scalars[cursor]
            if s == "." { lastDot = cursor }
            else if !(isEmailLocal(s) && s != "_" && s != "%" && s != "+") { break }
            cursor += 1
        }
        // A full stop after the address ends the sentence, not the domain:
        // "write to hr-care@tanweer.example." is the address hr-care@tanweer.example.
        while cursor > domainStart, scalars[cursor - 1] == "." { cursor -= 1 }
        lastDot = (domainStart..<cursor).last { scalars[$0] == "." } ?? -1
        guard lastDot > domainStart, lastDot < cursor - 2 else { return nil }
        return cursor
    }

    static func isEmoji(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x2100 { return v == 0x00A9 || v == 0x00AE ? false : false }
        if (0x1F000...0x1FAFF).contains(v) || (0x2600...0x27BF).contains(v) || (0x2B00...0x2BFF).contains(v) { return true }
        return s.properties.isEmojiPresentation
    }
}
