/// "Did you mean …" for a misspelt key, section, id or rule.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a
    /// plausible typo (at most a third of the word's length), and never `word` itself:
    /// "did you mean 'title'?" for `title` helps nobody. A candidate that differs only in
    /// case is still offered, since the case is then the slip.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if best == nil || distance < best!.distance { best = (distance, candidate) }
        }
        guard let best else { return nil }
        let allowed = max(1, target.count / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// The id meant by `word`, among ids that share long prefixes: the one that starts
    /// with it (`crisis-overbooked` for `crisis-overbooked-flight`), or the shortest when it
    /// begins all the others that do (`crisis-dairy` for `crisis-dairy-recall`, beside
    /// `crisis-dairy-recall-ar`); else `closest(to:among:)`. An id typed short is many
    /// edits from the whole id, more than a typo may be, so nothing was offered for it.
    public static func closestID(to word: String, among candidates: some Collection<String>) -> String? {
        let typed = word.lowercased()
        let starting = typed.isEmpty ? [] : candidates.filter { $0 != word && $0.lowercased().hasPrefix(typed) }
        if let shortest = starting.min(by: { $0.count < $1.count }),
           starting.allSatisfy({ $0.lowercased().hasPrefix(shortest.lowercased()) }) {
            return shortest
        }
        return closest(to: word, among: candidates)
    }

    /// Edit distance in characters where swapping two neighbours counts as one edit
    /// (optimal string alignment), since `knid` for `kind` is one slip, not two.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
