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
        // Read as bytes: only words led by h, «ه» (D9 87) or «خ» (D8 AE) can answer yes.
        // Through one contiguous buffer: `utf8.first`, `dropFirst()` and `enumerated()` on
        // the view each went through the generic index machinery, retaining the string's
        // storage, for every word of every post. Borrowed where it lies (every native
        // string, small ones included), not copied into a `var` for `withUTF8`.
        let read = { (utf8: UnsafeBufferPointer<UInt8>) -> Bool in
            guard let lead = utf8.first else { return false }
            if lead == 0x68 {
                guard utf8.count >= 6, utf8.count % 2 == 0 else { return false }
                return alternates(utf8, 0x68, 0x61)
            }
            guard lead == 0xD9 || lead == 0xD8, utf8.count >= 6, utf8.count % 2 == 0 else { return false }
            let second = utf8[1]
            guard (lead, second) == (0xD9, 0x87) || (lead, second) == (0xD8, 0xAE) else { return false }
            return alternates(utf8, lead, second)
        }
        return word.utf8.withContiguousStorageIfAvailable(read) ?? Array(word.utf8).withUnsafeBufferPointer(read)
    }

    /// Whether `bytes` is `even`, `odd`, `even`, `odd`… throughout.
    private static func alternates(_ bytes: UnsafeBufferPointer<UInt8>, _ even: UInt8, _ odd: UInt8) -> Bool {
        for offset in bytes.indices where bytes[offset] != (offset % 2 == 0 ? even : odd) { return false }
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
