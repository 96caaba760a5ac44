import Foundation

/// A concept: one meaning as a family of words and forms in both languages. A rule
/// asks for the concept ("solvency"), not for one wording of it, so "bankrupt",
/// "bankruptcy", "insolvent", "مفلسة" and "الإفلاس" all count. Forms are matched by
/// `PhraseMatcher` (clitics, plurals and past forms; a trailing `*` matches any word it
/// begins), so a concept lists stems and the irregular forms light stemming misses
/// (broken plurals, Gulf variants).
public struct Concept: Sendable, Hashable {
    public let name: String
    public let forms: [String]
    /// The concept as a lexicon the engine matches in its one pass over a post. Stored,
    /// not computed: frames ask for it for every hit, and building the name each time
    /// showed in profiles.
    public let lexicon: Lexicon

    /// A concept that is an existing lexicon, matched once under that lexicon's name
    /// rather than a second time as a copy (`SharedLexicons.noComment` as "declining").
    public init(_ name: String, lexicon: Lexicon) {
        self.name = name
        self.forms = lexicon.terms
        self.lexicon = lexicon
    }

    public init(_ name: String, _ forms: [String]) {
        self.name = name
        self.forms = forms
        self.lexicon = Lexicon("concept.\(name)", forms)
    }

    /// The concept's one-word forms, normalised and bare, as `isSpelled(byHashtag:)`
    /// compares them: worked out the first time a hashtag is checked against the concept,
    /// not at every check (building the set for every frame and hashtag was four fifths of
    /// the time on posts with hashtags), and not at start-up (most concepts never meet one).
    private let spellings = HashtagSpellings()

    /// Whether a hashtag spells the concept: "#اليوم_العالمي_للتأتأة" holds "التأتأة",
    /// "#WhyIStayed" does not hold "stay". Hashtags are one token, so phrase matching
    /// cannot see inside them; their underscore- or capital-separated parts are compared
    /// with the concept's one-word forms, an Arabic part also without its article or
    /// leading preposition.
    func isSpelled(byHashtag token: Token) -> Bool {
        guard token.kind == .hashtag else { return false }
        return isSpelled(byHashtagParts: Concept.hashtagParts(of: token))
    }

    /// `isSpelled(byHashtag:)` for a hashtag already read by `hashtagParts(of:)`: a post
    /// reads each hashtag once, and every frame then asks about it.
    func isSpelled(byHashtagParts parts: [String]) -> Bool {
        let single = spellings.value(forms)
        return parts.contains { single.contains($0) }
    }

    /// A hashtag's candidate words, each normalised and bare as the forms are compared:
    /// the whole tag without underscores, then its underscore- or capital-separated parts.
    static func hashtagParts(of token: Token) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in token.text.dropFirst() {
            if character == "_" || (character.isUppercase && !current.isEmpty) {
                if !current.isEmpty { parts.append(current) }
                current = character == "_" ? "" : String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        let whole = Concept.withoutUnderscores(token.text.dropFirst())
        return ([whole] + parts).map { Concept.bare(TextNormalizer.normalize($0)) }
    }

    /// `text.replacingOccurrences(of: "_", with: "")`, from the bytes when the text is
    /// plain (`PlainText`: each scalar a character of its own, none equivalent to `_`
    /// but `_`), which is Foundation's answer without its search (most of the cost of
    /// reading a hashtag, for every hashtag of every post).
    static func withoutUnderscores(_ text: Substring) -> String {
        let string = String(text)
        guard PlainText.isPlain(string) else { return text.replacingOccurrences(of: "_", with: "") }
        guard string.utf8.contains(UInt8(ascii: "_")) else { return string }
        return String(decoding: string.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
    }

    /// Equality and hashing are the concept's name, forms and lexicon, as before the cache
    /// of spellings was added (the cache is derived from the forms).
    public static func == (lhs: Concept, rhs: Concept) -> Bool {
        lhs.name == rhs.name && lhs.forms == rhs.forms && lhs.lexicon == rhs.lexicon
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(forms)
        hasher.combine(lexicon)
    }

    /// A word without a leading Arabic article or preposition-plus-article ("للتأتأة" →
    /// "تأتأة", "الإفلاس" → "افلاس"), lower-cased.
    static func bare(_ word: String) -> String {
        var word = word.lowercased()
        for prefix in ["وال", "بال", "لل", "فال", "كال", "ال"] where word.hasPrefix(prefix) && word.count > prefix.count + 2 {
            word.removeFirst(prefix.count)
            break
        }
        return word
    }
}

/// A concept's hashtag spellings, made once on first use and shared by every copy of the
/// concept (concepts are values held in static tables and read from any thread).
final class HashtagSpellings: @unchecked Sendable {
    private let lock = NSLock()
    private var spellings: Spellings?

    /// The spellings as a set of strings, and their plain ones (`PlainText`) as a
    /// `WordSet`, asked by bytes: a hashtag's parts are nearly all plain, and `Set<String>`
    /// hashed each Arabic part with a normalisation check and compared it, the same way,
    /// with the members on its probe, for every frame of every post with a hashtag.
    struct Spellings: Sendable {
        let all: Set<String>
        let plain: WordSet
        /// Whether no spelling that is not plain could be canonically equivalent to a
        /// plain text (`PlainText.couldEqualPlain`): then a plain part is one of `all`
        /// exactly when its bytes are one of `plain`'s.
        let bytesDecide: Bool

        init(_ all: Set<String>) {
            self.all = all
            var plain = WordSet()
            var bytesDecide = true
            for spelling in all {
                if PlainText.isPlain(spelling) { plain.insert(spelling) } else if PlainText.couldEqualPlain(spelling) { bytesDecide = false }
            }
            self.plain = plain
            self.bytesDecide = bytesDecide
        }

        /// `all.contains(part)`.
        func contains(_ part: String) -> Bool {
            if bytesDecide, PlainText.isPlain(part) { return plain.contains(part) }
            return all.contains(part)
        }
    }

    /// The bare, normalised one-word forms among `forms`, made on the first call.
    func value(_ forms: [String]) -> Spellings {
        lock.lock()
        defer { lock.unlock() }
        if let spellings { return spellings }
        // Foundation's search for a space only where the form has a space byte: without
        // one it cannot find a space (no other character is equivalent to it), and the
        // search was half of this one-off cost for each concept.
        let made = Set(forms.filter { !($0.utf8.contains(UInt8(ascii: " ")) && $0.contains(" ")) }
            .map { Concept.bare(TextNormalizer.normalize($0)) })
        spellings = Spellings(made)
        return spellings!
    }
}
