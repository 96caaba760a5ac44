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

    /// `hits` without the hits of other groups that lie wholly inside a hit of `group`;
    /// unchanged, and untouched, when no set phrase occurs. Linear in the hits and
    /// logarithmic in the phrases: a post of the greeting repeated is not quadratic.
    static func removeMaskedHits(from hits: inout [PhraseMatcher.Hit], group: Int) {
        var phrases: [(start: Int, end: Int)] = []
        for hit in hits where hit.group == group { phrases.append((hit.firstToken, hit.endToken)) }
        guard !phrases.isEmpty else { return }
        phrases.sort { $0.start < $1.start }
        // `reach[i]`: the furthest end of the phrases up to `i` in start order. A hit lies
        // inside a phrase when one starting at or before it reaches its end.
        var reach: [Int] = []
        reach.reserveCapacity(phrases.count)
        for phrase in phrases { reach.append(max(reach.last ?? 0, phrase.end)) }
        hits.removeAll { hit in
            guard hit.group != group else { return false }
            var low = 0, high = phrases.count
            while low < high {
                let middle = (low + high) / 2
                if phrases[middle].start <= hit.firstToken { low = middle + 1 } else { high = middle }
            }
            return low > 0 && reach[low - 1] >= hit.endToken
        }
    }
}
