/// Finds many phrases in a post at once. Built once from every lexicon; matching costs
/// one dictionary probe per token (and per clitic-stripped variant of it), so it is
/// linear in the post whatever the lexicons hold.
///
/// A phrase is tokenised like a post, so it matches across spacing and punctuation
/// differences the tokenizer ignores, in any digit system. Arabic words also match
/// with a leading conjunction, preposition or article (و، ف، ب، ل، ك، ال): "بالشركة"
/// matches "الشركة" and "شركة". English words match their plural and past forms
/// ("cost" matches "costs", "apologise" matches "apologised"). A word written with a
/// trailing `*` matches any word it begins.
public struct PhraseMatcher: Sendable {
    public struct Hit: Sendable, Equatable {
        /// Which phrase list (the `group` given when adding) and which phrase in it.
        public var group: Int
        public var phrase: Int
        /// Token indices, `firstToken..<endToken`.
        public var firstToken: Int
        public var endToken: Int
    }

    struct Entry: Sendable {
        var group: Int
        var phrase: Int
        /// Accepted forms for each word after the first.
        var rest: [Set<String>]
        var prefixLast: Bool
    }

    private(set) var byFirstWord: [String: [Entry]] = [:]
    private(set) var prefixEntries: [(prefix: String, entry: Entry)] = []
    /// Phrases that are (part of) an e-mail address or a link, matched inside the address.
    private var addressEntries: [(text: String, entry: Entry)] = []
    public private(set) var phraseCount = 0

    public init() {}

    /// Adds `phrases` under `group`; hits report the phrase's index in this list.
    public mutating func add(_ phrases: [String], group: Int) {
        for (index, phrase) in phrases.enumerated() {
            let trimmed = phrase.trimmingWhitespace()
            if !trimmed.contains(" "), trimmed.contains("@") || (trimmed.contains(".") && trimmed.contains("/")) {
                addressEntries.append((TextNormalizer.normalize(trimmed), Entry(group: group, phrase: index, rest: [], prefixLast: false)))
                phraseCount += 1
                continue
            }
            let words = PhraseMatcher.words(of: phrase)
            guard let first = words.first else { continue }
            let isPrefix = words.count == 1 && phrase.hasSuffix("*")
            let entry = Entry(group: group, phrase: index,
                              rest: words.dropFirst().map { Set(PhraseMatcher.indexForms(of: $0)) }, prefixLast: isPrefix)
            phraseCount += 1
            if isPrefix {
                prefixEntries.append((first, entry))
                continue
            }
            for form in PhraseMatcher.indexForms(of: first) {
                byFirstWord[form, default: []].append(entry)
            }
        }
    }

    /// Every occurrence of every phrase, in token order. A phrase word that is a prefix
    /// of an address (`ir@sadeem`) matches the address.
    public func hits(in text: AnalyzedText) -> [Hit] {
        var hits: [Hit] = []
        let tokens = text.tokens
        // Each token's forms, made once: a phrase's later words are checked against them
        // for every candidate phrase.
        // Keys come from the token and from its matching forms (hashtags as words, look-alikes,
        // substitutions: see ObfuscationMatching.swift), then word forms.
        let forms: [[String]] = tokens.map { PhraseMatcher.matchingKeys(of: $0, in: text, keys: PhraseMatcher.postKeys(of:)) }
        for start in tokens.indices {
            let token = tokens[start]
            if forms[start].isEmpty { continue }
            var candidates: [Entry] = []
            var seen = false
            for form in forms[start] {
                if let entries = byFirstWord[form] {
                    candidates += entries
                    seen = true
                }
            }
            if token.kind == .email || token.kind == .url {
                for (key, entry) in addressEntries where token.text.contains(key) {
                    candidates.append(entry)
                    seen = true
                }
            }
            if !prefixEntries.isEmpty, token.kind == .word || token.kind == .hashtag || token.kind == .mention {
                for (prefix, entry) in prefixEntries where forms[start].contains(where: { $0.hasPrefix(prefix) }) {
                    candidates.append(entry)
                    seen = true
                }
            }
            guard seen else { continue }
            // Only hits starting at this token can repeat each other (reached through two
            // forms of the same word), so duplicates are checked here, not against all hits.
            let firstHitHere = hits.count
            for entry in candidates {
                var end = start + 1
                var matched = true
                for accepted in entry.rest {
                    guard end < tokens.count, forms[end].contains(where: accepted.contains) else {
                        matched = false
                        break
                    }
                    end += 1
                }
                if matched {
                    let hit = Hit(group: entry.group, phrase: entry.phrase, firstToken: start, endToken: end)
                    if !hits[firstHitHere...].contains(hit) { hits.append(hit) }
                }
            }
        }
        // Disguised words (glued, spelt out, inside a hashtag) are found apart, then
        // put in token order with the rest.
        let disguised = disguisedHits(in: text, forms: forms, keys: PhraseMatcher.postKeys(of:))
        if disguised.isEmpty { return hits }
        var seen = Set(hits.map { [$0.group, $0.phrase, $0.firstToken, $0.endToken] })
        for hit in disguised where seen.insert([hit.group, hit.phrase, hit.firstToken, hit.endToken]).inserted { hits.append(hit) }
        return hits.enumerated().sorted { ($0.element.firstToken, $0.offset) < ($1.element.firstToken, $1.offset) }.map(\.element)
    }

    /// The keys a post token is looked up by: its word forms; addresses only as written
    /// (a goal may name "ir@sadeem.example").
    static func postKeys(of token: Token) -> [String] {
        guard token.kind != .url && token.kind != .email else { return [token.text] }
        var list: [String] = []
        PhraseMatcher.forEachVariant(of: token) { list.append($0) }
        return list
    }

    /// The phrase's words, normalised and tokenised as a post would be.
    static func words(of phrase: String) -> [String] {
        var text = phrase
        if text.hasSuffix("*") { text.removeLast() }
        return Tokenizer.tokenize(Array(text.unicodeScalars)).map(\.text)
    }

    /// Forms a phrase word is filed under: itself, and without the Arabic article.
    static func indexForms(of word: String) -> [String] {
        var forms = [word]
        if word.hasPrefix("ال"), word.unicodeScalars.count > 5 { forms.append(String(word.unicodeScalars.dropFirst(2))) }
        return forms
    }

    static let arabicPrefixes: [String] = ["وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"]
    static let arabicSuffixes: [String] = ["هما", "ها", "هم", "هن", "كم", "نا", "ه", "ك", "ي"]

    /// The token's own text, plus the forms of it a phrase word may be written as.
    /// Works on scalars: character-level string operations are far slower on Arabic.
    @inline(__always)
    static func forEachVariant(of token: Token, _ body: (String) -> Void) {
        let text = token.text
        body(text)
        guard token.kind == .word else { return }
        let scalars = Array(text.unicodeScalars)
        let length = scalars.count
        guard length >= 4 else { return }
        func make(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return String(view)
        }
        func hasPrefix(_ prefix: [Unicode.Scalar], _ slice: ArraySlice<Unicode.Scalar>) -> Bool {
            slice.count > prefix.count && slice.prefix(prefix.count).elementsEqual(prefix)
        }
        func hasSuffix(_ suffix: [Unicode.Scalar], _ slice: ArraySlice<Unicode.Scalar>) -> Bool {
            slice.count > suffix.count && slice.suffix(suffix.count).elementsEqual(suffix)
        }
        if token.isArabic {
            var stems: [ArraySlice<Unicode.Scalar>] = [scalars[...]]
            if arabicPrefixStarts.contains(scalars[0]) {
                for prefix in arabicPrefixScalars where length - prefix.count >= 3 && hasPrefix(prefix, scalars[...]) {
                    let rest = scalars[prefix.count...]
                    body(make(rest))
                    stems.append(rest)
                    if prefix.count >= 2, prefix[prefix.count - 1] == "ل", prefix[prefix.count - 2] == "ل" { body("ال" + make(rest)) }
                }
            }
            // Attached pronouns: إعلانه (its announcement), ملفها, قيادتي.
            for stem in stems {
                for suffix in arabicSuffixScalars where stem.count - suffix.count >= 3 && hasSuffix(suffix, stem) {
                    body(make(stem.dropLast(suffix.count)))
                }
            }
            return
        }
        let last = scalars[length - 1]
        let all = scalars[...]
        if last == "s" {
            body(make(all.dropLast()))
            if scalars[length - 2] == "e" || scalars[length - 2] == "'" { body(make(all.dropLast(2))) }
            if hasSuffix(["i", "e", "s"], all) { body(make(all.dropLast(3)) + "y") }
        } else if last == "d" {
            if scalars[length - 2] == "e" { body(make(all.dropLast(2))); body(make(all.dropLast())) }
        } else if last == "g", length >= 6, hasSuffix(["i", "n", "g"], all) {
            let stem = make(all.dropLast(3))
            body(stem)
            body(stem + "e")
        }
    }

    static let arabicPrefixScalars: [[Unicode.Scalar]] = arabicPrefixes.map { Array($0.unicodeScalars) }
    static let arabicSuffixScalars: [[Unicode.Scalar]] = arabicSuffixes.map { Array($0.unicodeScalars) }
    static let arabicPrefixStarts: Set<Unicode.Scalar> = Set(arabicPrefixes.compactMap { $0.unicodeScalars.first })
}

/// Builds a matcher whose groups are named lexicons (`policy.banned`, `plan.figure.2`),
/// so hits can be filed by name.
struct NamedPhraseMatcher: Sendable {
    private(set) var matcher = PhraseMatcher()
    private(set) var names: [String] = []

    mutating func add(_ phrases: [String], as name: String) {
        matcher.add(phrases, group: names.count)
        names.append(name)
    }
}
