import Foundation

/// The matching keys of one word: the forms under which a phrase word and a post word
/// meet. Two words match when their key lists share a key, so a phrase written as
/// `طلبك` matches `طلبكم` and `طلبه`, `اجتماع` matches `اجتماعاً`, `apologise` matches
/// `apologized`. Both sides of the matcher use this one function: lexicons, scenario
/// cues, avoid terms, facts, policy terms and plan cues reduce exactly as posts do.
///
/// A pure function of one word's normalised text (see `TextNormalizer`), so its result
/// can be cached per distinct word. Arabic words go to `ArabicStemmer`, Latin words to
/// `EnglishStemmer`; anything else (numbers, symbols) is its own key.
public enum WordForms {
    /// A phrase that starts with this marker matches only as written (after
    /// normalisation): `=news` matches "news" and not "new".
    public static let exactMarker: Character = "="

    /// The key a word has under exact matching; never equal to a stemmed key.
    @inline(__always)
    public static func exactKey(_ word: String) -> String { "=" + word }

    /// The keys of a normalised word of a post, most specific first, with its exact
    /// keys last. Never empty.
    ///
    /// A word stretched for emphasis ("stuuupid", «غبيييي», «تفوووو») also has the keys of
    /// its letters unstretched, a run of three or more read as one letter and as two
    /// ("idiooot" is "idiot", "sooo" is "so"), so it means what it says to every rule.
    public static func keys(of word: String) -> [String] {
        let plain = unstretchedKeys(of: word)
        let variants = unstretched(word)
        guard !variants.isEmpty else { return plain }
        var stems: [String] = [], exact: [String] = []
        for keys in [plain] + variants.map(unstretchedKeys(of:)) {
            for key in keys where !stems.contains(key) && !exact.contains(key) {
                if key.hasPrefix(String(exactMarker)) { exact.append(key) } else { stems.append(key) }
            }
        }
        return stems + exact
    }

    /// The word with each run of three or more of one letter written once, and twice;
    /// empty for a word with no such run (most words) and for one letter repeated.
    static func unstretched(_ word: String) -> [String] {
        guard isStretched(word) else { return [] }
        let scalars = Array(word.unicodeScalars)
        // Linear in the word: each run is measured once, then written whole or cut.
        var runs: [(scalar: Unicode.Scalar, count: Int)] = []
        for scalar in scalars {
            if let last = runs.last, last.scalar == scalar { runs[runs.count - 1].count += 1 } else { runs.append((scalar, 1)) }
        }
        return [1, 2].map { keep in
            var view = String.UnicodeScalarView()
            for run in runs {
                let kept = run.count >= 3 && run.scalar.properties.isAlphabetic ? keep : run.count
                for _ in 0..<kept { view.append(run.scalar) }
            }
            return String(view)
        }
    }

    /// Whether `unstretched(word)` has anything to give: a letter written three or more
    /// times running, in a word that is not one letter repeated («هههه», "zzz", which is
    /// laughter or noise, read as such elsewhere). Read in place, with nothing built: the
    /// key cache asks it of every new word.
    static func isStretched(_ word: String) -> Bool {
        var first: Unicode.Scalar?, previous: Unicode.Scalar?
        var run = 0, hasRun = false, mixed = false
        for scalar in word.unicodeScalars {
            if first == nil { first = scalar } else if scalar != first { mixed = true }
            run = scalar == previous ? run + 1 : 1
            if run == 3, scalar.properties.isAlphabetic { hasRun = true }
            if hasRun && mixed { return true }
            previous = scalar
        }
        return false
    }

    /// `keys(of:)` of a word as written, stretched or not.
    static func unstretchedKeys(of word: String) -> [String] {
        guard let first = word.unicodeScalars.first else { return [word] }
        if TextNormalizer.isArabicLetter(first) {
            return ArabicStemmer.postKeys(of: word)
        }
        if first.value >= 0x61 && first.value <= 0x7A {
            let key = EnglishStemmer.key(of: word)
            return [key, exactKey(word)]
        }
        return [word]
    }

    /// The keys of a normalised word of a phrase; `exact` for a phrase marked `=`.
    public static func phraseKeys(of word: String, exact: Bool) -> [String] {
        guard let first = word.unicodeScalars.first else { return [word] }
        let arabic = TextNormalizer.isArabicLetter(first)
        let latin = first.value >= 0x61 && first.value <= 0x7A
        guard arabic || latin else { return [word] }
        if exact { return [exactKey(word)] }
        return arabic ? ArabicStemmer.phraseKeys(of: word) : [EnglishStemmer.key(of: word)]
    }

    /// `keys(of:)`, remembered per distinct word (posts repeat their words, and every
    /// post shares most of its vocabulary with the last).
    public static func cachedKeys(of word: String) -> [String] {
        cache.keys(of: word)
    }

    static let cache = WordFormCache()

    /// `phraseKeys(of:exact:)`, remembered per distinct word: lexicons repeat their words
    /// from phrase to phrase, and every matcher built at start-up reduced each again.
    static func cachedPhraseKeys(of word: String, exact: Bool) -> [String] {
        phraseCache.keys(of: word, exact: exact)
    }

    static let phraseCache = PhraseWordFormCache()
}

/// A bounded memo of `WordForms.phraseKeys(of:exact:)`, shared by every matcher built.
final class PhraseWordFormCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Keyed by bytes (`UTF8Key`), one table for exact phrases and one for the rest.
    private var tables: [[UTF8Key: [String]]] = [[:], [:]]
    /// Past this many words a table starts again, so memory stays bounded.
    private let limit = 200_000

    func keys(of word: String, exact: Bool) -> [String] {
        let table = exact ? 1 : 0
        lock.lock()
        if let known = tables[table][UTF8Key(word)] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = WordForms.phraseKeys(of: word, exact: exact)
        lock.lock()
        if tables[table].count >= limit { tables[table].removeAll(keepingCapacity: true) }
        tables[table][UTF8Key(word)] = computed
        lock.unlock()
        return computed
    }
}

/// A bounded memo of `WordForms.keys(of:)`, shared by every matcher and thread.
final class WordFormCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Keyed by bytes (`UTF8Key`): hashing an Arabic `String` checks its normalisation.
    private var table: [UTF8Key: [String]] = [:]
    /// Past this many words the memo starts again, so memory stays bounded on any input.
    private let limit = 200_000

    func keys(of word: String) -> [String] {
        lock.lock()
        if let known = table[UTF8Key(word)] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = WordForms.keys(of: word)
        lock.lock()
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[UTF8Key(word)] = computed
        lock.unlock()
        return computed
    }
}
