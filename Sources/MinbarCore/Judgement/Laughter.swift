/// Laughter as people write it: the laughing emoji and text-speak of `Concepts.laughter`,
/// and runs of any length that no list can hold («هههههههه», «خخخخخ», "hahahaha"). Arabic
/// posts laugh in letters far more often than in emoji, so a rule that reads a laugh reads
/// both, or it judges the same laugh one way in English and another in Arabic.
enum Laughter {
    /// Whether token `index` is laughter written out: a word of three or more «ه» or «خ» and
    /// nothing else, or "haha…" of six letters or more. A bit of the token's `WordFacts`
    /// (`isWritten(word:)` of its text, worked out once per text): every token of every
    /// post is asked, and reading each one's bytes cost more than the answer.
    static func isWritten(_ tokens: [Token], at index: Int) -> Bool {
        tokens[index].kind == .word && tokens.has(.writtenLaughter, at: index)
    }

    /// Read as bytes, in place: the UTF-8 view's generic `enumerated()` and `dropFirst()`
    /// cost more than the answer on every Arabic word (nearly all lead with D8 or D9).
    static func isWritten(word: String) -> Bool {
        word.readingUTF8 { utf8 in
            guard utf8.count >= 6, utf8.count % 2 == 0, leadsLikeLaughter(utf8) else { return false }
            let lead = utf8[0], second = utf8[1]
            if lead == 0x68, second != 0x61 { return false }
            var offset = 2
            while offset < utf8.count {
                guard utf8[offset] == lead, utf8[offset + 1] == second else { return false }
                offset += 2
            }
            return true
        }
    }

    /// Whether a word's first bytes are those of written laughter: h, «ه» (D9 87) or «خ»
    /// (D8 AE). Every word of every post is asked, and most Arabic words lead with D8 or
    /// D9, so the second byte is read too.
    static func leadsLikeLaughter(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = utf8.first else { return false }
        if lead == 0x68 { return true }
        guard utf8.count >= 2 else { return false }
        return (lead, utf8[1]) == (0xD9, 0x87) || (lead, utf8[1]) == (0xD8, 0xAE)
    }

    /// `hits` (a matcher's, in token order) with every written run of laughter that no
    /// hit of `group` (the laughter concept's) already covers, each as a one-word hit of
    /// `group`, in token order: the concept's list holds the short forms, and a laugh of
    /// twelve letters is the same laugh.
    static func addWrittenRuns(to hits: inout [PhraseMatcher.Hit], group: Int, in text: AnalyzedText) {
        var runs: [Int] = []
        for index in text.tokens.indices where isWritten(text.tokens, at: index) { runs.append(index) }
        guard !runs.isEmpty else { return }
        let covered = Set(hits.lazy.filter { $0.group == group }.map(\.firstToken))
        for run in runs where !covered.contains(run) {
            let place = hits.firstIndex { $0.firstToken > run } ?? hits.endIndex
            hits.insert(PhraseMatcher.Hit(group: group, phrase: 0, firstToken: run, endToken: run + 1), at: place)
        }
    }
}
