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
    public struct Hit: Sendable, Equatable, BitwiseCopyable {
        /// Which phrase list (the `group` given when adding) and which phrase in it.
        public var group: Int
        public var phrase: Int
        /// Token indices, `firstToken..<endToken`.
        public var firstToken: Int
        public var endToken: Int

        /// Whether `other` is a hit of the same phrase list on the same words. Two phrases
        /// of one list can read the same words (two spellings of «أبو العريف», a word and
        /// its disguised reading); a list reports those words once, or a rule counting its
        /// hits charges twice for one insult.
        @inline(__always)
        func repeats(_ other: Hit) -> Bool {
            group == other.group && firstToken == other.firstToken && endToken == other.endToken
        }
    }

    struct Entry: Sendable {
        var group: Int
        var phrase: Int
        /// The words after the first, as places in `restBounds` (see `accepts(_:word:)`):
        /// kept in the matcher's pools rather than in arrays of their own, since following
        /// a pointer per candidate word was most of the matcher's time.
        var restStart: Int32
        var restCount: Int32
        var prefixLast: Bool
        /// `PhraseMatcher.keyMask(of:)` of the second word's accepted ids (0 for a single
        /// word): most candidate phrases fail at their second word, and this turns them
        /// away with one AND instead of a comparison of id lists.
        var nextWordMask: UInt64 = 0
    }

    /// The key ids a post's tokens have, worked out once and shared by every matcher
    /// that looks at the post (the engine's, the beat's, the policy's, the plan's).
    public struct PostKeys: Sendable {
        let tokens: [MatchKeyCache.Resolved]
        /// Each token's `PhraseMatcher.keyMask(of:)` of its key ids.
        let keyMasks: [UInt64]
        /// Disguised words (glued, spelt out, inside a hashtag), see ObfuscationMatching.swift,
        /// and dialect readings (DialectReadings.swift).
        let disguised: [DisguisedReading]
        let generation: Int

        /// `borrowing`: an initialiser takes its arguments owned, so the engine copied the
        /// analysed text (its arrays retained, then released) on every post; it is only read.
        public init(_ text: borrowing AnalyzedText) {
            let generation = MatchKeyTable.shared.currentGeneration
            let cache = MatchKeyCache.current
            cache.begin(generation: generation)
            self.generation = generation
            // By index (`resolved(_:at:)` reads a word's or a mark's text alone):
            // `map(cache.resolved)` copied every token.
            let textTokens = text.tokens
            // By text id where the ids are this thread's and still the post's (it was the
            // last text tokenised here).
            let texts = TokenTextCache.current
            let ids = text.textIDSerial == texts.serial && text.textIDStamp == texts.idStamp
                && texts.idCount == textTokens.count ? texts.ids : nil
            // Written in place: `Resolved` is a class, and `map` (like `append`) over class
            // references runs the standard library's shared code for them, not inlined,
            // which cost more than the look-ups.
            tokens = [MatchKeyCache.Resolved](unsafeUninitializedCapacity: textTokens.count) { buffer, count in
                guard let base = buffer.baseAddress else { return }
                for index in textTokens.indices {
                    let resolved = if let ids { cache.resolved(textTokens, at: index, textID: ids[index]) }
                        else { cache.resolved(textTokens, at: index) }
                    (base + index).initialize(to: resolved)
                }
                count = textTokens.count
            }
            keyMasks = tokens.map(\.mask)
            let dialect = PhraseMatcher.dialectReadings(in: text, cache: cache)
            let glued = PhraseMatcher.disguisedReadings(in: text, cache: cache)
            // Both in token order: a matcher's disguised hits are found reading by reading.
            disguised = dialect.isEmpty ? glued : (glued + dialect).enumerated()
                .sorted { ($0.element.firstToken, $0.offset) < ($1.element.firstToken, $1.offset) }.map(\.element)
        }
    }

    /// Entries by the key id of their first word, in the order they were added: the
    /// id's place in `placeRuns`, whose entries are a run of `entryPool`.
    private var firstWordIndex = KeyIDMap()
    /// Every place's entries, each place's in one run of this pool (`placeRuns`): a list
    /// of its own per place was retained and released for every id of a post that starts
    /// a phrase. A full run moves to the end of the pool with twice the room (a place
    /// fills lexicon by lexicon), so adding stays linear; the run it leaves is not read.
    private var entryPool: [Entry] = []
    /// Beside each entry of `entryPool`, the mask the next token must share a bit with
    /// (`Entry.nextWordMask`), or 0 for a single word, which needs none: a common first
    /// word starts hundreds of phrases, and the scan that turns most of them away reads
    /// these eight bytes rather than each whole entry.
    private var entryPoolMasks: [UInt64] = []
    private var placeRuns: [PlaceRun] = []
    /// One bit per key id, set for the ids in `firstWordIndex`: most of a post's ids start
    /// no phrase, and this small table says so without a probe of the larger map (the
    /// probe's memory reads were most of the matcher's time).
    private var firstWordBits: [UInt64] = []
    /// For each place in `placeRuns`, the union of its phrases' `nextWordMask`s and
    /// whether one of them is a single word: when neither can pass the next token's mask,
    /// none of the place's entries can, and they are not read. Most ids that start a
    /// phrase are not followed by its second word, and loading the entries (a list of its
    /// own in memory) was the matcher's costliest step.
    private var firstWordNextMasks: [UInt64] = []
    private var firstWordHasSingle: [Bool] = []
    /// The long runs of `placeRuns` cut by next-word mask bit (see `NextWordSlices`), so
    /// the entries a token can continue are found without scanning the run.
    private var nextWordSlices = NextWordSlices()
    /// For each place, the last `add` (its number in `added`) that gave it an entry.
    private var placeLastGrown: [Int] = []
    /// Single words written with a trailing `*`, by the id of the prefix, in order.
    private(set) var prefixEntries: [(prefix: Int32, entry: Entry)] = []
    /// Phrases that are (part of) an e-mail address or a link, matched inside the address.
    private var addressEntries: [(text: String, entry: Entry)] = []
    /// The newest table generation any of this matcher's keys needed: post keys made
    /// before it may lack one of them.
    private var generation = 0
    public private(set) var phraseCount = 0
    /// The accepted key ids (see `MatchKeyTable`) of every phrase word after the first,
    /// one after another; word `w`'s are `acceptedIDs[restBounds[w]..<restBounds[w + 1]]`.
    private var acceptedIDs: [Int32] = []
    private var restBounds: [Int32] = [0]
    /// Every `add`, in order, so the matcher can be rebuilt another way (the equivalence
    /// test holds it to a matcher on key strings).
    private(set) var added: [(phrases: [String], group: Int)] = []

    public init() {}

    /// Where a place's entries lie in `entryPool`, and the room it has there.
    struct PlaceRun: Sendable {
        var start: Int32
        var count: Int32
        var capacity: Int32
    }

    /// The entries whose first word has key `id`.
    @inline(__always)
    func entries(startingWith id: Int32) -> ArraySlice<Entry> {
        guard let place = firstWordIndex.value(for: id) else { return [] }
        let run = placeRuns[Int(place)]
        return entryPool[Int(run.start)..<Int(run.start + run.count)]
    }

    /// Adds `entry` at the end of place `place`'s run, moving the run to the end of the
    /// pool with twice the room when it is full.
    private mutating func append(_ entry: Entry, toPlace place: Int) {
        var run = placeRuns[place]
        if run.count == run.capacity {
            let start = entryPool.count, from = Int(run.start), to = Int(run.start + run.count)
            let capacity = max(1, 2 * Int(run.capacity))
            // Element by element: appending a slice of the pool to itself would copy it whole.
            for slot in from..<to {
                entryPool.append(entryPool[slot])
                entryPoolMasks.append(entryPoolMasks[slot])
            }
            for _ in Int(run.count)..<capacity {
                entryPool.append(entry)
                entryPoolMasks.append(0)
            }
            run.start = Int32(start)
            run.capacity = Int32(capacity)
        }
        let slot = Int(run.start + run.count)
        entryPool[slot] = entry
        entryPoolMasks[slot] = entry.restCount > 0 ? entry.nextWordMask : 0
        run.count += 1
        placeRuns[place] = run
    }

    /// Adds `phrases` under `group`; hits report the phrase's index in this list.
    public mutating func add(_ phrases: [String], group: Int) {
        let table = MatchKeyTable.shared
        let memory = PhraseWordIDs.current
        added.append((phrases, group))
        // The places given entries here (each once), sliced again once they have them all.
        var grownPlaces: [Int] = []
        func grew(_ place: Int) {
            if placeLastGrown[place] != added.count { placeLastGrown[place] = added.count; grownPlaces.append(place) }
        }
        for (index, phrase) in phrases.enumerated() {
            let (trimmed, exact) = PhraseMatcher.withoutExactMarker(phrase.trimmingWhitespace())
            if PhraseMatcher.isAddress(trimmed) {
                addressEntries.append((PhraseMatcher.addressKey(trimmed), Entry(group: group, phrase: index, restStart: 0, restCount: 0, prefixLast: false)))
                phraseCount += 1
                continue
            }
            let words = PhraseMatcher.phraseWords(of: trimmed)
            guard let first = words.first else { continue }
            let isPrefix = words.count == 1 && PhraseMatcher.endsWithStar(trimmed)
            // Each word's key ids (its `wordKeys`, interned), remembered by text id. Keys
            // are interned in the order they always were (the later words, then the
            // first, whose keys a `*` phrase leaves alone), so each gets the same id.
            func keyIDs(_ word: PhraseWord) -> [Int32] {
                guard word.isWord else { return [table.intern(word.text)] }
                return memory.ids(of: word.text, textID: word.textID, exact: exact, in: table)
            }
            let restStart = Int32(restBounds.count - 1)
            var nextWordMask: UInt64 = 0
            for (place, word) in words.dropFirst().enumerated() {
                let ids = Self.distinct(keyIDs(word))
                if place == 0 { nextWordMask = Self.keyMask(of: ids) }
                acceptedIDs += ids
                restBounds.append(Int32(acceptedIDs.count))
            }
            let entry = Entry(group: group, phrase: index, restStart: restStart, restCount: Int32(words.count - 1), prefixLast: isPrefix,
                              nextWordMask: nextWordMask)
            phraseCount += 1
            if isPrefix {
                prefixEntries.append((table.internPrefix(PhraseMatcher.words(of: trimmed)[0]), entry))
                continue
            }
            for id in keyIDs(first) {
                if let place = firstWordIndex.value(for: id) {
                    append(entry, toPlace: Int(place))
                    grew(Int(place))
                    if entry.restCount > 0 { firstWordNextMasks[Int(place)] |= entry.nextWordMask } else { firstWordHasSingle[Int(place)] = true }
                } else {
                    firstWordIndex.set(Int32(placeRuns.count), for: id)
                    placeRuns.append(PlaceRun(start: Int32(entryPool.count), count: 0, capacity: 0))
                    append(entry, toPlace: placeRuns.count - 1)
                    firstWordNextMasks.append(entry.restCount > 0 ? entry.nextWordMask : 0)
                    firstWordHasSingle.append(entry.restCount == 0)
                    nextWordSlices.addPlace()
                    placeLastGrown.append(0)
                    grew(placeRuns.count - 1)
                    let word = Int(id) >> 6
                    if word >= firstWordBits.count { firstWordBits += [UInt64](repeating: 0, count: word + 1 - firstWordBits.count) }
                    firstWordBits[word] |= 1 &<< UInt64(id & 63)
                }
            }
        }
        for place in grownPlaces {
            let run = placeRuns[place]
            nextWordSlices.rebuild(place: place, masks: entryPoolMasks[Int(run.start)..<Int(run.start + run.count)])
        }
        generation = table.currentGeneration
    }

    /// `ids` in their order, each once.
    private static func distinct(_ ids: [Int32]) -> [Int32] {
        var distinct: [Int32] = []
        distinct.reserveCapacity(ids.count)
        for id in ids where !distinct.contains(id) { distinct.append(id) }
        return distinct
    }

    /// A 64-bit summary of a set of key ids, bit `id % 64` for each: two words whose masks
    /// share no bit share no id, so they cannot match (the converse need not hold).
    @inline(__always)
    static func keyMask(of ids: [Int32]) -> UInt64 {
        var mask: UInt64 = 0
        for id in ids { mask |= 1 &<< UInt64(id & 63) }
        return mask
    }

    /// Whether a word with key ids `ids` is accepted as phrase word `word`.
    @inline(__always)
    func accepts(_ ids: [Int32], word: Int) -> Bool {
        let lower = Int(restBounds[word]), upper = Int(restBounds[word + 1])
        for id in ids {
            for place in lower..<upper where acceptedIDs[place] == id { return true }
        }
        return false
    }

    /// Every occurrence of every phrase, in token order. A phrase word that is a prefix
    /// of an address (`ir@sadeem`) matches the address.
    ///
    /// `keys` are the post's key ids when the caller has them already (several matchers
    /// on one post); they are worked out here otherwise, or when a phrase key was added
    /// after they were made.
    public func hits(in text: AnalyzedText, keys: PostKeys? = nil) -> [Hit] {
        // A matcher with no phrase (the default policy's) finds nothing: its pass over
        // the post's tokens and disguised readings, a sixth of a post's matching, is skipped.
        if phraseCount == 0 { return [] }
        var hits: [Hit] = []
        let tokens = text.tokens
        // Each token's keys (from the token and from its matching forms: hashtags as
        // words, look-alikes, substitutions, see ObfuscationMatching.swift; then word
        // forms), made once per post: a phrase's later words are checked against them
        // for every candidate phrase.
        let postKeys = keys.flatMap { $0.generation >= generation ? $0 : nil } ?? PostKeys(text)
        let forms = postKeys.tokens
        let masks = postKeys.keyMasks
        let pool = entryPool, poolMasks = entryPoolMasks, runs = placeRuns, slices = nextWordSlices
        for start in tokens.indices {
            let nextMask = start + 1 < masks.count ? masks[start + 1] : 0
            let kind = tokens[start].kind
            // Only hits starting at this token can repeat each other (reached through two
            // keys of the same word), so duplicates are checked here, not against all hits.
            let firstHitHere = hits.count
            // Candidates in a fixed order (by key, then addresses, then prefixes), tried
            // where they are found: no list of them is built per token.
            func attempt(_ entry: Entry) {
                // No id in common with the next token (or no next token): `accepts` would fail.
                if entry.restCount > 0 && entry.nextWordMask & nextMask == 0 { return }
                var end = start + 1
                let first = Int(entry.restStart)
                for word in first..<(first + Int(entry.restCount)) {
                    guard end < tokens.count, accepts(forms[end].ids, word: word) else { return }
                    end += 1
                }
                let hit = Hit(group: entry.group, phrase: entry.phrase, firstToken: start, endToken: end)
                guard !hits[firstHitHere...].contains(where: hit.repeats) else { return }
                // Room for a hit per token from the first hit on: grown from one, the list
                // was reallocated and copied about eight times a post.
                if hits.capacity == 0 { hits.reserveCapacity(tokens.count) }
                hits.append(hit)
            }
            // By index: `for id in` copied the token's id list into an iterator (a retain
            // and a release per token per matcher); `forms` is a constant, read in place.
            let firstIDCount = forms[start].ids.count
            for idIndex in 0..<firstIDCount {
                let id = forms[start].ids[idIndex]
                let word = Int(id) >> 6
                guard word < firstWordBits.count, firstWordBits[word] & (1 &<< UInt64(id & 63)) != 0,
                      let place = firstWordIndex.value(for: id) else { continue }
                // By index, the second-word test first: a common first word ("we", «في»)
                // starts hundreds of phrases, most turned away by that test, and `for entry
                // in` loaded every entry whole before it.
                // No entry here can pass the next token's mask: none is read.
                if !firstWordHasSingle[Int(place)] && firstWordNextMasks[Int(place)] & nextMask == 0 { continue }
                let run = runs[Int(place)]
                // A long run: only the entries the next token can continue are read.
                if slices.isSliced(Int(place)) {
                    for word in 0..<slices.wordCount(Int(place)) {
                        var passing = slices.passing(place: Int(place), word: word, nextMask: nextMask)
                        while passing != 0 {
                            attempt(pool[Int(run.start) + (word << 6 | passing.trailingZeroBitCount)])
                            passing &= passing &- 1
                        }
                    }
                    continue
                }
                var candidate = Int(run.start)
                let end = candidate + Int(run.count)
                while candidate < end {
                    let mask = poolMasks[candidate]
                    if mask == 0 || mask & nextMask != 0 { attempt(pool[candidate]) }
                    candidate += 1
                }
            }
            if kind == .email || kind == .url {
                for (key, entry) in addressEntries where tokens[start].text.contains(key) { attempt(entry) }
            }
            if !prefixEntries.isEmpty, !forms[start].prefixes.isEmpty, kind == .word || kind == .hashtag || kind == .mention {
                for (prefix, entry) in prefixEntries where forms[start].prefixes.contains(prefix) { attempt(entry) }
            }
        }
        // Disguised words (glued, spelt out, inside a hashtag) are found apart, then
        // put in token order with the rest.
        let disguised = disguisedHits(postKeys.disguised, forms: forms)
        if disguised.isEmpty { return hits }
        return Self.merge(hits, disguised)
    }

    /// The token-by-token hits with the disguised ones that repeat none before them, in
    /// token order, a token's token-by-token hits before its disguised ones: what a stable
    /// sort by first token of the one list after the other gives. Both lists come in
    /// token order, so one merge does it; a disguised hit can only repeat a hit with its
    /// first token, all of which are at the end of the merged list when it comes, so only
    /// those are compared (as `hits(in:keys:)` and `disguisedHits` compare a token's hits).
    /// A set of every hit as an array of four numbers, and a sort, were most of a post's
    /// matching whenever it had a disguised word.
    static func merge(_ hits: [Hit], _ disguised: [Hit]) -> [Hit] {
        guard Self.inTokenOrder(hits), Self.inTokenOrder(disguised) else {
            // Not reached (both are made in token order); kept exact all the same.
            var seen = Set(hits.map { [$0.group, $0.firstToken, $0.endToken] })
            var all = hits
            for hit in disguised where seen.insert([hit.group, hit.firstToken, hit.endToken]).inserted { all.append(hit) }
            return all.enumerated().sorted { ($0.element.firstToken, $0.offset) < ($1.element.firstToken, $1.offset) }.map(\.element)
        }
        var merged: [Hit] = []
        merged.reserveCapacity(hits.count + disguised.count)
        var next = 0
        for hit in disguised {
            while next < hits.count && hits[next].firstToken <= hit.firstToken {
                merged.append(hits[next])
                next += 1
            }
            var place = merged.count - 1
            var repeated = false
            while place >= 0 && merged[place].firstToken == hit.firstToken {
                if merged[place].repeats(hit) { repeated = true; break }
                place -= 1
            }
            if !repeated { merged.append(hit) }
        }
        while next < hits.count {
            merged.append(hits[next])
            next += 1
        }
        return merged
    }

    /// Whether the hits' first tokens never go down.
    private static func inTokenOrder(_ hits: [Hit]) -> Bool {
        var last = Int.min
        for hit in hits {
            if hit.firstToken < last { return false }
            last = hit.firstToken
        }
        return true
    }

    /// The keys a post token is looked up by: a word's word-form keys and its exact key;
    /// anything else (numbers, addresses, punctuation) only as written.
    @inline(__always)
    static func postKeys(of token: Token) -> [String] {
        guard token.kind == .word else { return [token.text] }
        return WordForms.cachedKeys(of: token.text)
    }

    /// `postKeys(of:)` without the shared memo, for callers that remember the answer
    /// themselves (`MatchKeyCache`).
    static func uncachedPostKeys(of token: Token) -> [String] {
        guard token.kind == .word else { return [token.text] }
        return WordForms.keys(of: token.text)
    }

    /// A word of a phrase as `add` reads it: its text, whether it is a word (whose keys
    /// are its `WordForms`; any other token's only key is its text), and its text id in
    /// this thread's `TokenTextCache` (or `noID`).
    struct PhraseWord {
        let text: String
        let isWord: Bool
        let textID: UInt64
    }

    /// A phrase's words, tokenised as `wordKeys(of:exact:)` tokenises them, with the text
    /// ids the tokenizer left (read right after it, before anything else tokenises).
    static func phraseWords(of phrase: String) -> [PhraseWord] {
        var text = phrase
        if PhraseMatcher.endsWithStar(text) { text.removeLast() }
        let tokens = Tokenizer.tokenize(text.scalarArray, facts: false)
        let texts = TokenTextCache.current
        let ids = texts.idCount == tokens.count ? texts.ids : nil
        return tokens.indices.map { index in
            PhraseWord(text: tokens.text(at: index), isWord: tokens[index].kind == .word,
                       textID: ids?[index] ?? TokenTextCache.noID)
        }
    }

    /// A phrase's words, each with the keys it matches by (see `WordForms`).
    static func wordKeys(of phrase: String, exact: Bool) -> [[String]] {
        var text = phrase
        if PhraseMatcher.endsWithStar(text) { text.removeLast() }
        return Tokenizer.tokenize(text.scalarArray, facts: false).map { token in
            guard token.kind == .word else { return [token.text] }
            return WordForms.cachedPhraseKeys(of: token.text, exact: exact)
        }
    }

    /// What a phrase matches, word by word, for people who write lexicons and cues:
    /// each word with its keys (`~` marks a verb key, `=` an exact one), or the address
    /// it is found inside.
    public static func explain(_ phrase: String) -> [(word: String, keys: [String])] {
        let (trimmed, exact) = withoutExactMarker(phrase.trimmingWhitespace())
        if isAddress(trimmed) { return [(trimmed, ["inside an address: " + addressKey(trimmed)])] }
        let words = self.words(of: trimmed)
        return zip(words, wordKeys(of: trimmed, exact: exact)).map { ($0, $1) }
    }

    /// A trimmed phrase without the `=` it starts with (`WordForms.exactMarker`), and
    /// whether it had one: its first character is the marker and is dropped.
    ///
    /// Read from the bytes where they settle it: a first byte other than `=` means no
    /// first character can be `=` (nothing else is equivalent to it), and an ASCII scalar
    /// or an Arabic letter U+0621–U+064A after it means the character is the `=` alone
    /// (none of them joins the scalar before it into one character), so the rest is the
    /// bytes after it. Otherwise the characters are asked, as before; `Character`
    /// comparison and `removeFirst` cost about two thousand instructions an exact phrase
    /// at start-up.
    static func withoutExactMarker(_ trimmed: String) -> (phrase: String, exact: Bool) {
        let settled = trimmed.utf8.withContiguousStorageIfAvailable { bytes -> (phrase: String, exact: Bool)? in
            guard let first = bytes.first, first == UInt8(ascii: "=") else { return (trimmed, false) }
            if bytes.count == 1 { return ("", true) }
            let standsApart = bytes[1] < 0x80 || (bytes.count > 2 && ((bytes[1] == 0xD8 && bytes[2] >= 0xA1 && bytes[2] <= 0xBF)
                || (bytes[1] == 0xD9 && bytes[2] >= 0x80 && bytes[2] <= 0x8A)))
            guard standsApart else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[1...]), as: UTF8.self), true)
        }
        if let settled, let settled { return settled }
        var phrase = trimmed
        let exact = phrase.first == WordForms.exactMarker
        if exact { phrase.removeFirst() }
        return (phrase, exact)
    }

    /// `phrase.hasSuffix("*")`, refused from the last byte when it is not `*`: then no
    /// last character can be `*` (nothing else is equivalent to it). `String.hasSuffix`
    /// compared characters for every Arabic phrase, which the matchers ask three times
    /// a phrase at start-up.
    @inline(__always)
    static func endsWithStar(_ phrase: String) -> Bool {
        guard phrase.utf8.last == UInt8(ascii: "*") else { return false }
        return phrase.hasSuffix("*")
    }

    static func isAddress(_ phrase: String) -> Bool {
        // Only when matchers are built (a trainer's phrase may hold a mark after a full stop,
        // which Foundation's search does not split), so its cost is paid once.
        // The bytes answer first: a phrase without an @, or without a full stop or a slash,
        // is no address whatever the search would say, and in ASCII the search finds exactly
        // the bytes. Only other phrases go through Foundation (this ran for every phrase).
        var space = false, at = false, stop = false, slash = false, ascii = true
        // In place (`readingUTF8`): the UTF-8 view's iterator cost about twenty
        // instructions a byte, for every phrase at start-up.
        phrase.readingUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: " "): space = true
                case UInt8(ascii: "@"): at = true
                case UInt8(ascii: "."): stop = true
                case UInt8(ascii: "/"): slash = true
                default: if byte >= 0x80 { ascii = false }
                }
            }
        }
        if !at && !(stop && slash) { return false }
        if ascii { return !space }
        return !phrase.contains(" ") && (phrase.contains("@") || (phrase.contains(".") && phrase.contains("/")))
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
        if PhraseMatcher.endsWithStar(text) { text.removeLast() }
        return Tokenizer.tokenize(text.scalarArray, facts: false).map(\.text)
    }
}

/// Builds a matcher whose groups are named lexicons (`policy.banned`, `plan.figure.2`),
/// so hits can be filed by name.
struct NamedPhraseMatcher: Sendable {
    private(set) var matcher = PhraseMatcher()
    private(set) var names: [String] = []
    /// The names as lexicon ids (`LexiconIDs`), which a post's hits are filed by.
    private(set) var ids: [Int32] = []

    mutating func add(_ phrases: [String], as name: String) {
        matcher.add(phrases, group: names.count)
        names.append(name)
        ids.append(LexiconIDs.shared.intern(name))
    }
}
