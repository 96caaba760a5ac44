/// Laughter as people write it: the laughing emoji and text-speak of `Concepts.laughter`,
/// and runs of any length that no list can hold («هههههههه», «خخخخخ», "hahahaha"). Arabic
/// posts laugh in letters far more often than in emoji, so a rule that reads a laugh reads
/// both, or it judges the same laugh one way in English and another in Arabic.
enum Laughter {
    /// Whether token `index` is laughter written out: a word of three or more «ه» or «خ» and
    /// nothing else, or "haha…" of six letters or more. Read in place (see `text(at:)`):
    /// every token of every post is asked, and copying each one cost more than the answer.
    static func isWritten(_ tokens: [Token], at index: Int) -> Bool {
        tokens[index].kind == .word && isWritten(word: tokens.text(at: index))
    }

    private static func isWritten(word: String) -> Bool {
        // The bytes in place: the UTF-8 view's generic `enumerated()` and `dropFirst()` cost
        // more than the answer on every Arabic word (nearly all lead with D8 or D9).
        word.utf8.withContiguousStorageIfAvailable(isWritten(utf8:)) ?? isWritten(utf8: Array(word.utf8))
    }

    /// `isWritten(word:)` on the word's UTF-8: only words led by h, «ه» (D9 87) or «خ»
    /// (D8 AE) can answer yes.
    private static func isWritten<Bytes: RandomAccessCollection<UInt8>>(utf8: Bytes) -> Bool where Bytes.Index == Int {
        guard let lead = utf8.first, utf8.count >= 6, utf8.count % 2 == 0 else { return false }
        let start = utf8.startIndex
        let second = utf8[start + 1]
        if lead == 0x68 {
            guard second == 0x61 else { return false }
        } else if !((lead, second) == (0xD9, 0x87) || (lead, second) == (0xD8, 0xAE)) {
            return false
        }
        var offset = 2
        while offset < utf8.count {
            guard utf8[start + offset] == lead, utf8[start + offset + 1] == second else { return false }
            offset += 2
        }
        return true
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
