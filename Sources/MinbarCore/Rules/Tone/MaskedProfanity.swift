/// Swear words written with asterisks: "s***", "f***ing", "f*ck", "who in the **** can…".
/// Real posts, and the news stories that quote them, mask the word; on an official account
/// the mask hides nothing, and readers fill it in. A word is masked when, between spaces,
/// one or two letters are followed by two asterisks or more (and at most a short ending),
/// when three asterisks or more stand alone, or when one asterisk stands for a vowel of a
/// known swear word. Markdown emphasis ("**Note**", "*new*") is not a mask: its asterisks
/// open and close around letters.
enum MaskedProfanity {
    /// Swear words whose vowels are commonly starred out ("f*ck", "sh*t").
    static let starredWords: Set<String> = ["fuck", "fucking", "fucked", "shit", "bitch", "damn", "crap", "asshole", "bastard", "piss"]

    /// Scalar ranges (offsets in `scalars`) of every masked word.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        // Nearly every post has no star at all.
        guard scalars.contains("*") else { return [] }
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard !isSpace(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
            // Trim the punctuation a word carries ("s***," "(****)").
            var from = index, to = end
            while from < to, isEdgePunctuation(scalars[from]) { from += 1 }
            while to > from, isEdgePunctuation(scalars[to - 1]) { to -= 1 }
            if from < to, isMasked(Array(scalars[from..<to])), !isRating(from..<to, in: scalars) { result.append(from..<to) }
            index = end
        }
        return result
    }

    /// Stars standing alone are no word when they fill a line of their own (a divider) or
    /// stand before a number (a masked card or account number, "**** 4567"). Otherwise they
    /// are a rating ("a **** hotel", "rated **** in the guide", «فندق ****») unless the word
    /// before makes them a noun of speech ("who in the ****", "you're a rude ****").
    static func isRating(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[range].allSatisfy({ $0 == "*" }) else { return false }
        if isLineOfItsOwn(range, in: scalars) || startsANumber(after: range, in: scalars) { return true }
        let before = firstWord(in: scalars[..<range.lowerBound].reversed()).map { String($0.reversed()) } ?? ""
        let after = firstWord(in: scalars[range.upperBound...]) ?? ""
        return !speechLead.contains(before) || ratingNouns.contains(after)
    }

    /// Whether only spaces stand between the stars and the line's ends (or the text's).
    static func isLineOfItsOwn(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        func blankToLineEnd<S: Sequence>(_ side: S) -> Bool where S.Element == Unicode.Scalar {
            for scalar in side {
                if scalar == "\n" || scalar == "\r" { return true }
                if !isSpace(scalar) { return false }
            }
            return true
        }
        return blankToLineEnd(scalars[..<range.lowerBound].reversed()) && blankToLineEnd(scalars[range.upperBound...])
    }

    /// Whether the next thing after the stars (past spaces) is a digit.
    static func startsANumber(after range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        scalars[range.upperBound...].first { !isSpace($0) }?.properties.numericType != nil
    }

    /// Words after which stars stand for a word: articles and pronouns of speech ("what the
    /// ****"), and the adjectives that go before an insult ("a rude ****", "total ****").
    static let speechLead: Set<String> = [
        "the", "what", "who", "why", "this", "that", "you", "your", "such", "give", "a",
        "rude", "stupid", "lazy", "fat", "ugly", "dumb", "little", "absolute", "total", "complete", "bloody", "lying", "useless",
    ]
    /// What stars rate, and the words that come between the stars and it ("a ****
    /// luxury beach stay", "a **** boutique resort").
    static let ratingNouns: Set<String> = ["hotel", "hotels", "star", "stars", "resort", "resorts", "rating", "rated", "review",
                                           "reviews", "restaurant", "stay", "property", "luxury", "deluxe", "boutique", "beach",
                                           "beachfront", "seaside", "desert", "all-inclusive", "spa", "villa", "villas", "chalet",
                                           "accommodation", "apartment", "apartments", "camp", "dining", "service"]

    /// The first word in `scalars`, lower-cased, when only spaces come before it.
    static func firstWord<S: Sequence>(in scalars: S) -> String? where S.Element == Unicode.Scalar {
        var word = String.UnicodeScalarView()
        for scalar in scalars {
            if isLetter(scalar) { word.append(scalar) } else if !word.isEmpty { break } else if !isSpace(scalar) { return nil }
        }
        return word.isEmpty ? nil : String(word).lowercased()
    }

    static func isMasked(_ word: [Unicode.Scalar]) -> Bool {
        let stars = word.filter { $0 == "*" }.count
        guard stars > 0 else { return false }
        // "****" alone.
        if stars == word.count { return stars >= 3 }
        // "s***", "f***ing", "a**hole": one or two letters, two stars or more, a short ending.
        let lead = word.prefix { $0 != "*" }
        let afterLead = word.dropFirst(lead.count)
        let run = afterLead.prefix { $0 == "*" }
        let tail = afterLead.dropFirst(run.count)
        if (1...2).contains(lead.count), lead.allSatisfy(isLetter), run.count >= 2, tail.count <= 4,
           tail.allSatisfy(isLetter) { return true }
        // «الـ****», «هالـ***»: the Arabic article (or «هال», "this") with the word starred out
        // after it, the lengthening stroke or not; the article is no letter of the word.
        let leadText = String(String.UnicodeScalarView(lead.filter { $0 != "\u{0640}" }))
        if arabicLeads.contains(leadText), run.count >= 3, tail.isEmpty { return true }
        // "f*ck", "sh*t": one star for one vowel of a known swear word.
        if stars == 1, run.count == 1, !lead.isEmpty, !tail.isEmpty, lead.allSatisfy(isLetter), tail.allSatisfy(isLetter) {
            let head = String(String.UnicodeScalarView(lead)).lowercased()
            let rest = String(String.UnicodeScalarView(tail)).lowercased()
            return ["a", "e", "i", "o", "u"].contains { starredWords.contains(head + $0 + rest) }
        }
        return false
    }

    /// What stands before a starred-out Arabic word: the article, alone or after «ه», «ب», «و», «ف».
    static let arabicLeads: Set<String> = ["ال", "هال", "بال", "وال", "فال", "لل"]

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
    static func isEdgePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "*" && (scalar.properties.generalCategory.isPunctuation || scalar == "\"" || scalar == "'")
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
