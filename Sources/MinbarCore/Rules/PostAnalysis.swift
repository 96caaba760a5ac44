/// What a rule sees: the analysed post, every lexicon hit, the scenario beat and
/// policy in force, the platform and the day. Built by `ScoringEngine`.
public struct PostAnalysis: Sendable {
    public let text: AnalyzedText
    public let platform: Platform
    public let beat: PreparedBeat?
    /// The policy in force: the engine's, shared (see `SharedPreparedPolicy`).
    public var policy: PreparedPolicy { sharedPolicy.value }
    private let sharedPolicy: SharedPreparedPolicy
    public let plan: PreparedPlan?
    /// What the post does with the plan, when there is one.
    public private(set) var planCitation: PlanCitation?
    /// The day the post would go out (quiet periods depend on it).
    public let date: CalendarDate?
    let lexiconHits: LexiconHits
    public let evidence: Evidence
    /// Each sentence's shape and the moves it makes.
    public let moves: MoveAnalysis
    /// With a scenario beat: how far the post got with each goal.
    public let goals: [GoalStatus]
    /// The first token of every negation phrase, read once: frames ask "is this word
    /// negated?" for nearly every hit, and a lookup by lexicon name each time showed in
    /// profiles.
    let negationStarts: Set<Int>
    /// The hashtags' token indices, read once: every frame asks whether one spells its
    /// concept, and most posts have none.
    let hashtagTokens: [Int]
    /// Each hashtag's candidate words (`Concept.hashtagParts(of:)`), in `hashtagTokens`
    /// order: read once per post, where every frame's concepts used to read them again.
    let hashtagParts: [[String]]
    /// Token ranges between short paired quotation marks: a title («عقلية المؤامرة»), a
    /// campaign's name, or words the post reports so as to reject them ("called our agent
    /// "an idiot""). See `isQuoted`.
    let quotedRanges: [Range<Int>]
    /// The interface language; feedback on a mixed post is written in it (see `feedbackLanguage`).
    public internal(set) var interfaceLanguage: Language
    /// Work more than one rule reads, done once for the post (see `SharedPostWork`).
    let shared: SharedPostWork

    init(text: AnalyzedText, platform: Platform, beat: PreparedBeat?, policy: SharedPreparedPolicy, plan: PreparedPlan? = nil,
         date: CalendarDate?, lexiconHits: LexiconHits) {
        // Everything is worked out into locals first and the stored properties are each
        // assigned once, at the end: built through `self` (its properties read back while
        // it was half made, and `planCitation` set to nil and then set again), the
        // initialiser cost about 800 instructions a post more (callgrind).
        // "No doubt", «لا شك»: a negation word inside an idiom that asserts denies nothing.
        let idioms = lexiconHits[Modality.assertingIdioms]
        let negationStarts = Set((lexiconHits[Modality.negationLexicon].map(\.firstToken) + Modality.dialectNegations(in: text))
            .filter { start in !idioms.contains { ($0.firstToken..<$0.endToken).contains(start) } })
        var hashtags: [Int] = []
        for index in text.tokens.indices where text.tokens[index].kind == .hashtag { hashtags.append(index) }
        let hashtagParts = hashtags.map { Concept.hashtagParts(of: text.tokens[$0]) }
        let quotedRanges = Self.shortQuotes(in: text.tokens)
        let evidence = Evidence(text: text, hits: lexiconHits)
        let moves = MoveRecognizer.analyze(text, hits: lexiconHits, evidence: evidence)
        let goals = beat.map { GoalStatus.evaluate(beat: $0, text: text, hits: lexiconHits, moves: moves, evidence: evidence) } ?? []
        let planCitation = plan.map { PlanCitation(tokens: text.tokens, hits: lexiconHits, evidence: evidence, plan: $0) }
        self.text = text
        self.platform = platform
        self.beat = beat
        self.sharedPolicy = policy
        self.date = date
        self.lexiconHits = lexiconHits
        self.negationStarts = negationStarts
        self.hashtagTokens = hashtags
        self.hashtagParts = hashtagParts
        self.quotedRanges = quotedRanges
        self.evidence = evidence
        self.interfaceLanguage = .en
        self.shared = SharedPostWork()
        self.moves = moves
        self.goals = goals
        self.plan = plan
        self.planCitation = planCitation
    }

    /// Whether a hit lies wholly inside a short quotation: named or reported, not said.
    public func isQuoted(_ hit: PhraseMatcher.Hit) -> Bool {
        Self.lies(hit, inAnyOf: quotedRanges)
    }

    /// Whether `hit` lies wholly inside one of `ranges`, which are in order and apart (as
    /// `shortQuotes` makes them): found by halving, so a rule that asks it of every hit
    /// stays linear on a long post.
    static func lies(_ hit: PhraseMatcher.Hit, inAnyOf ranges: [Range<Int>]) -> Bool {
        // The last range that starts at or before the hit's first token.
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= hit.firstToken { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        let range = ranges[low - 1]
        return hit.endToken <= range.upperBound
    }

    /// The longest quotation read as a title or reported words; a longer one is a
    /// statement (and an unpaired mark must not swallow the rest of the post).
    static let longestShortQuote = 12

    /// Tokens between «…», “…” or a pair of straight double quotes, at most
    /// `longestShortQuote` tokens apart. With `singleQuotes`, also between '…' and ‘…’.
    /// Those are left out of `isQuoted`: English sets off scare quotes and its own jokes
    /// with them ("'Going concern' is such a dramatic phrase") as often as reported words.
    /// A single quote is also an apostrophe ("the players' kit"), so it opens only after a
    /// space and right before a word, and closes only right after one.
    static func shortQuotes(in tokens: [Token], singleQuotes: Bool = false) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: (index: Int, closer: Unicode.Scalar)?
        // Tokens are read in place, and a mark as its one scalar: no quotation mark has another
        // spelling that `String` would call equal, so this finds exactly what comparing the
        // strings found, without copying each token or comparing strings outside ASCII.
        for index in tokens.indices where tokens[index].kind == .punctuation {
            var scalars = tokens[index].text.unicodeScalars.makeIterator()
            guard let mark = scalars.next(), scalars.next() == nil else { continue }
            if singleQuotes, mark == "'" || mark == "‘" || mark == "’" {
                let touchesBefore = index > 0 && tokens[index - 1].end == tokens[index].start
                let touchesAfter = index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end
                if let current = open, current.closer == "’" || current.closer == "'", mark != "‘", touchesBefore,
                   !(touchesAfter && tokens[index + 1].kind == .word) {
                    if index - current.index - 1 <= longestShortQuote, index > current.index + 1 { ranges.append((current.index + 1)..<index) }
                    open = nil
                } else if open == nil, mark != "’", !touchesBefore, touchesAfter {
                    open = (index, mark == "'" ? "'" : "’")
                }
                continue
            }
            if let current = open, mark == current.closer {
                if index - current.index - 1 <= longestShortQuote, index > current.index + 1 { ranges.append((current.index + 1)..<index) }
                open = nil
            } else if open == nil {
                switch mark {
                case "«": open = (index, "»")
                case "“": open = (index, "”")
                case "\"": open = (index, "\"")
                default: break
                }
            }
        }
        return ranges
    }

    /// Where `lexicon`'s phrases occur in the post.
    public func hits(_ lexicon: Lexicon) -> HitList { lexiconHits[lexicon] }

    /// Sentence `sentence` and up to `window` neighbours on each side: the place several
    /// rules and every frame call "the same sentence".
    public func sentences(around sentence: Int, window: Int = 1) -> ClosedRange<Int> {
        max(0, sentence - window)...min(text.sentences.count - 1, sentence + window)
    }

    /// The hits of `lexicon` that start in sentence `sentence`, in the order they were
    /// found: halved to when they are in token order (nearly always), so a frame that asks
    /// this for every anchor stays linear on a long post.
    func hits(_ lexicon: Lexicon, inSentence sentence: Int) -> HitList {
        let (hits, ordered) = lexiconHits.hitsWithOrder(lexicon)
        let tokens = text.tokens
        guard ordered else { return HitList(hits.filter { tokens[$0.firstToken].sentence == sentence }) }
        let start = firstHit(in: sentence, of: hits)
        var end = start
        while end < hits.count, tokens[hits[end].firstToken].sentence == sentence { end += 1 }
        return hits.run(start..<end)
    }

    /// The place of the first of `hits` (in token order) that starts in sentence
    /// `sentence` or after it, found by halving.
    private func firstHit(in sentence: Int, of hits: HitList) -> Int {
        let tokens = text.tokens
        var low = 0, high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[hits[middle].firstToken].sentence < sentence { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The most tokens a lexicon phrase spans (`LexiconLengthTests` holds every registered
    /// lexicon to it): how far before a place a hit that reaches it can start.
    static let longestPhrase = 32

    /// Whether `lexicon` has a hit in sentence `sentence` that stands apart from `tokens`
    /// (before or after it, not on it) and within `reach` tokens of it. In token order
    /// (nearly always) only the hits around the place are read, found by halving, so a
    /// rule that asks this for every hit of another lexicon stays linear on a long
    /// sentence; read whole otherwise.
    func hasHit(of lexicon: Lexicon, within reach: Int, of tokens: Range<Int>, in sentence: Int) -> Bool {
        let (hits, ordered) = lexiconHits.hitsWithOrder(lexicon)
        let words = text.tokens
        func stands(_ hit: PhraseMatcher.Hit) -> Bool {
            words[hit.firstToken].sentence == sentence && (hit.endToken <= tokens.lowerBound || hit.firstToken >= tokens.upperBound)
                && hit.endToken > tokens.lowerBound - reach && hit.firstToken < tokens.upperBound + reach
        }
        guard ordered else { return hits.contains(where: stands) }
        let from = tokens.lowerBound - reach - Self.longestPhrase
        var low = 0, high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].firstToken < from { low = middle + 1 } else { high = middle }
        }
        while low < hits.count, hits[low].firstToken < tokens.upperBound + reach {
            if stands(hits[low]) { return true }
            low += 1
        }
        return false
    }

    /// Whether `lexicon` has a phrase in sentence `sentence`.
    public func sentence(_ sentence: Int, has lexicon: Lexicon) -> Bool {
        // A lexicon has a few hits in a post: searching them beats building a set per
        // lexicon. In token order (nearly always) they are halved, so a rule that asks this
        // of every hit of another lexicon stays linear on a long post; read whole otherwise.
        let (hits, ordered) = lexiconHits.hitsWithOrder(lexicon)
        let tokens = text.tokens
        guard ordered else { return hits.contains { tokens[$0.firstToken].sentence == sentence } }
        let first = firstHit(in: sentence, of: hits)
        return first < hits.count && tokens[hits[first].firstToken].sentence == sentence
    }

    /// The sentences in which `lexicon` has a phrase: `sentence(_:has:)` for a rule that
    /// asks it of every hit of another lexicon (reading the hits each time made a long post
    /// quadratic). Empty, allocating nothing, when the lexicon has no hit.
    public func sentences(with lexicon: Lexicon) -> Set<Int> {
        let hits = lexiconHits[lexicon]
        return hits.isEmpty ? [] : Set(hits.map { text.tokens[$0.firstToken].sentence })
    }

    /// Scalar offsets in the original text covered by a range of tokens.
    public func span(_ tokens: Range<Int>) -> (Int, Int) {
        guard !tokens.isEmpty, tokens.upperBound <= text.tokens.count else { return (text.length, text.length) }
        // A span ends on a word, not on the full stop after it (unless it is all punctuation).
        var last = tokens.upperBound - 1
        // Kinds read in place (a closure over the slice was handed a copy of each token).
        var hasWord = false
        for index in tokens where text.tokens[index].kind != .punctuation { hasWord = true; break }
        if hasWord {
            while last > tokens.lowerBound, text.tokens[last].kind == .punctuation { last -= 1 }
        }
        return (text.tokens[tokens.lowerBound].start, text.tokens[last].end)
    }

    /// The sentence a token range sits in.
    public func sentenceIndex(of hit: PhraseMatcher.Hit) -> Int { text.tokens[hit.firstToken].sentence }

    /// Whether the hit's sentence refuses to talk about it: the sentence makes the
    /// decline move ("we don't comment on rumours", «لا نعلّق على الشائعات»), or holds one
    /// of `refusals`, with no contrast between the refusal and the hit. "We don't comment
    /// on rumours, but the deal is almost done" refuses the rumours and then says it
    /// (see `ClosedClasses.contrastives`).
    public func declines(about hit: PhraseMatcher.Hit, refusals: Lexicon? = nil) -> Bool {
        let sentence = sentenceIndex(of: hit)
        var markers: [Range<Int>] = []
        if let decline = moves.sentences[sentence].moves[.decline] { markers.append(decline) }
        if let refusals {
            for refusal in hits(refusals, inSentence: sentence) { markers.append(refusal.firstToken..<refusal.endToken) }
        }
        return markers.contains { !contrasts($0, with: hit) }
    }

    /// Whether a contrast (`ClosedClasses.isContrast(at:in:)`) stands between the tokens
    /// `marker` and `hit`, on whichever side of it the marker is: what keeps a refusal from
    /// reaching the hit.
    func contrasts(_ marker: Range<Int>, with hit: PhraseMatcher.Hit) -> Bool {
        let between = marker.upperBound <= hit.firstToken ? marker.upperBound..<hit.firstToken
            : hit.endToken <= marker.lowerBound ? hit.endToken..<marker.lowerBound : 0..<0
        return between.contains { ClosedClasses.isContrast(at: $0, in: text.tokens) }
    }

    /// The original text a hit covers.
    public func excerpt(_ hit: PhraseMatcher.Hit) -> String {
        let (start, end) = span(hit.firstToken..<hit.endToken)
        return text.excerpt(start, end)
    }

    /// The span of the whole post's end, where something missing should be added.
    public var endSpan: (Int, Int) { (text.length, text.length) }
}
