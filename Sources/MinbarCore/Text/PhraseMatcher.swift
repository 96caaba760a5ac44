/// Finds many phrases in a post at once. Built once from every lexicon; matching costs
/// one dictionary probe per key of each token, so it is linear in the post whatever
/// the lexicons hold.
///
/// A phrase is tokenised like a post, so it matches across spacing and punctuation
/// differences the tokenizer ignores, in any digit system. Each word of the phrase and
/// of the post is reduced to its match keys by `WordForms` (the same function on both
/// sides), so a word matches its other forms: Arabic clitics, pronouns, plurals, duals,
/// verb persons and tenses, hamza seats, Gulf spellings; English inflection, irregular
/// forms and British or American spelling. A phrase that starts with `=` matches only
/// as written (after normalisation). A word written with a trailing `*` matches any
/// word it begins.
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
        /// Accepted keys for each word after the first.
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
            var trimmed = phrase.trimmingWhitespace()
            let exact = trimmed.first == WordForms.exactMarker
            if exact { trimmed.removeFirst() }
            if PhraseMatcher.isAddress(trimmed) {
                addressEntries.append((PhraseMatcher.addressKey(trimmed), Entry(group: group, phrase: index, rest: [], prefixLast: false)))
                phraseCount += 1
                continue
            }
            let words = PhraseMatcher.wordKeys(of: trimmed, exact: exact)
            guard let first = words.first else { continue }
            let isPrefix = words.count == 1 && trimmed.hasSuffix("*")
            let entry = Entry(group: group, phrase: index, rest: words.dropFirst().map { Set($0) }, prefixLast: isPrefix)
            phraseCount += 1
            if isPrefix {
                prefixEntries.append((PhraseMatcher.words(of: trimmed)[0], entry))
                continue
            }
            for key in first {
                byFirstWord[key, default: []].append(entry)
            }
        }
    }

    /// Every occurrence of every phrase, in token order. A phrase word that is a prefix
    /// of an address (`ir@sadeem`) matches the address.
    public func hits(in text: AnalyzedText) -> [Hit] {
        var hits: [Hit] = []
        let tokens = text.tokens
        // Each token's keys, made once: a phrase's later words are checked against them
        // for every candidate phrase.
        // Keys come from the token and from its matching forms (hashtags as words, look-alikes,
        // substitutions: see ObfuscationMatching.swift), then word forms.
        let forms: [[String]] = tokens.map { PhraseMatcher.matchingKeys(of: $0, in: text, keys: PhraseMatcher.postKeys(of:)) }
        for start in tokens.indices {
            let token = tokens[start]
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
            // keys of the same word), so duplicates are checked here, not against all hits.
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

    /// The keys a post token is looked up by: a word's word-form keys and its exact key;
    /// anything else (numbers, addresses, punctuation) only as written.
    @inline(__always)
    static func postKeys(of token: Token) -> [String] {
        guard token.kind == .word else { return [token.text] }
        return WordForms.cachedKeys(of: token.text)
    }

    /// A phrase's words, each with the keys it matches by (see `WordForms`).
    static func wordKeys(of phrase: String, exact: Bool) -> [[String]] {
        var text = phrase
        if text.hasSuffix("*") { text.removeLast() }
        return Tokenizer.tokenize(Array(text.unicodeScalars)).map { token in
            guard token.kind == .word else { return [token.text] }
            return WordForms.phraseKeys(of: token.text, exact: exact)
        }
    }

    /// What a phrase matches, word by word, for people who write lexicons and cues:
    /// each word with its keys (`~` marks a verb key, `=` an exact one), or the address
    /// it is found inside.
    public static func explain(_ phrase: String) -> [(word: String, keys: [String])] {
        var trimmed = phrase.trimmingWhitespace()
        let exact = trimmed.first == WordForms.exactMarker
        if exact { trimmed.removeFirst() }
        if isAddress(trimmed) { return [(trimmed, ["inside an address: " + addressKey(trimmed)])] }
        let words = self.words(of: trimmed)
        return zip(words, wordKeys(of: trimmed, exact: exact)).map { ($0, $1) }
    }

    static func isAddress(_ phrase: String) -> Bool {
        !phrase.contains(" ") && (phrase.contains("@") || (phrase.contains(".") && phrase.contains("/")))
    }

    /// An address phrase as it is looked for: normalised, without the full stop or
    /// comma a writer may leave after it.
    static func addressKey(_ phrase: String) -> String {
        var key = TextNormalizer.normalize(phrase)
        while let last = key.last, ".,;:!?)".contains(last) { key.removeLast() }
        return key
    }

    /// The phrase's words, normalised and tokenised as a post would be.
    static func words(of phrase: String) -> [String] {
        var text = phrase
        if text.hasSuffix("*") { text.removeLast() }
        return Tokenizer.tokenize(Array(text.unicodeScalars)).map(\.text)
    }
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
