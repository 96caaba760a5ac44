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

    public init(_ name: String, _ forms: [String]) {
        self.name = name
        self.forms = forms
        self.lexicon = Lexicon("concept.\(name)", forms)
    }

    /// Whether a hashtag spells the concept: "#اليوم_العالمي_للتأتأة" holds "التأتأة",
    /// "#WhyIStayed" does not hold "stay". Hashtags are one token, so phrase matching
    /// cannot see inside them; their underscore- or capital-separated parts are compared
    /// with the concept's one-word forms, an Arabic part also without its article or
    /// leading preposition.
    func isSpelled(byHashtag token: Token) -> Bool {
        guard token.kind == .hashtag else { return false }
        let single = Set(forms.filter { !$0.contains(" ") }.map { Concept.bare(TextNormalizer.normalize($0)) })
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
        let whole = token.text.dropFirst().replacingOccurrences(of: "_", with: "")
        return ([whole] + parts).contains { single.contains(Concept.bare(TextNormalizer.normalize($0))) }
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
