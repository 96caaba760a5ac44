/// Set phrases whose words mean something else together: the greeting «السلام عليكم
/// ورحمة الله وبركاته» asks God's mercy on the living, yet «ورحمة الله» reads, word by
/// word, as the prayer for the dead («رحمه الله»: the same letters once the ta marbuta is
/// folded), and a congratulation after the greeting read as a joke beside a death. A hit
/// of any other lexicon that lies wholly inside a set phrase is dropped before a rule
/// sees it, so every rule reads the greeting as a greeting.
enum SetPhrases {
    static let lexicon = Lexicon("set-phrases", [
        "=السلام عليكم ورحمة الله وبركاته", "=السلام عليكم ورحمة الله", "=وعليكم السلام ورحمة الله وبركاته",
        "=وعليكم السلام ورحمة الله", "=سلام عليكم ورحمة الله", "=ورحمة الله وبركاته",
    ])

    /// `hits` (a matcher's, in token order) without the hits of other groups that lie
    /// wholly inside a hit of `group`; unchanged, and untouched, when no set phrase occurs.
    static func removeMaskedHits(from hits: inout [PhraseMatcher.Hit], group: Int) {
        var phrases: [Range<Int>] = []
        for hit in hits where hit.group == group { phrases.append(hit.firstToken..<hit.endToken) }
        guard !phrases.isEmpty else { return }
        hits.removeAll { hit in
            hit.group != group && phrases.contains { $0.lowerBound <= hit.firstToken && hit.endToken <= $0.upperBound }
        }
    }
}
