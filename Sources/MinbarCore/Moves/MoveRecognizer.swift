/// Recognises moves sentence by sentence from structure: whether the sentence is a
/// clause (closed-class words, verb forms), its connectives, its person, its tense
/// markers and what evidence sits in it. A topic word alone never makes a move.
enum MoveRecognizer {
    /// The lexicons whose hits are filed by sentence, in the order they are filed.
    static let filedLexicons: [Lexicon] = MoveLexicons.all + [EvidenceLexicons.certificates, EvidenceLexicons.ratings]

    /// Each filed lexicon's place in `HitsBySentence`, and the places of the lexicons
    /// `analyze` reads, worked out once: reading a lexicon's static property per sentence
    /// copied the lexicon (its name and terms) each time.
    struct Slots {
        /// Slot by lexicon id (`Lexicon.id`), -1 for a lexicon not filed.
        let byID: [Int]
        /// The ids of `filedLexicons`, in order: reading the lexicons themselves for their
        /// ids copied each one (its name and terms) twice a post.
        let filedIDs: [Int32]
        let count: Int
        let cause, time, deadline, fromDate, scheduledAction, pledge, filler, source, resultsSource, forecast, certificates, ratings, credit, answer, apology,
            apologyCondition, offenceTaken, apologyAddressee, apologyAddresseeBare, tookOffence, upset, expression, wrongly, faultOwned, believing, feeling, offensive,
            apologyHedge, ownership, route, invite, reassure, decline, declineReason: Int
        /// The ids of the lexicons that can own a fault: a post with no hit of either owns
        /// none, found by two probes before any sentence is asked (`MoveLexicons.ownsFault`).
        let faultOwnedID, actCondemnedID: Int32

        static let shared = Slots()

        init() {
            var byID = [Int](repeating: -1, count: Int(MoveRecognizer.filedLexicons.map(\.id).max() ?? 0) + 1)
            var count = 0
            for lexicon in MoveRecognizer.filedLexicons where byID[Int(lexicon.id)] < 0 {
                byID[Int(lexicon.id)] = count
                count += 1
            }
            self.byID = byID
            self.filedIDs = MoveRecognizer.filedLexicons.map(\.id)
            self.count = count
            func slot(_ lexicon: Lexicon) -> Int { Int(lexicon.id) < byID.count ? byID[Int(lexicon.id)] : -1 }
            cause = slot(MoveLexicons.cause); time = slot(MoveLexicons.time); deadline = slot(MoveLexicons.deadline)
            scheduledAction = slot(MoveLexicons.scheduledAction); fromDate = slot(MoveLexicons.fromDate)
            pledge = slot(MoveLexicons.pledge); filler = slot(MoveLexicons.filler); source = slot(MoveLexicons.source)
            resultsSource = slot(MoveLexicons.resultsSource); forecast = slot(MoveLexicons.forecast)
            certificates = slot(EvidenceLexicons.certificates); ratings = slot(EvidenceLexicons.ratings)
            credit = slot(MoveLexicons.credit); answer = slot(MoveLexicons.answer); apology = slot(MoveLexicons.apology)
            apologyCondition = slot(MoveLexicons.apologyCondition); offenceTaken = slot(MoveLexicons.offenceTaken)
            apologyAddressee = slot(MoveLexicons.apologyAddressee); apologyAddresseeBare = slot(MoveLexicons.apologyAddresseeBare)
            tookOffence = slot(MoveLexicons.tookOffence)
            upset = slot(MoveLexicons.upset); expression = slot(MoveLexicons.expression); wrongly = slot(MoveLexicons.wrongly)
            faultOwned = slot(MoveLexicons.faultOwned)
            believing = slot(MoveLexicons.believing)
            feeling = slot(MoveLexicons.feeling); offensive = slot(MoveLexicons.offensive)
            apologyHedge = slot(MoveLexicons.apologyHedge); ownership = slot(MoveLexicons.ownership)
            route = slot(MoveLexicons.route); invite = slot(MoveLexicons.invite); reassure = slot(MoveLexicons.reassure)
            decline = slot(MoveLexicons.decline); declineReason = slot(MoveLexicons.declineReason)
            faultOwnedID = MoveLexicons.faultOwned.id; actCondemnedID = MoveLexicons.actCondemned.id
        }
    }

    /// The filed lexicons' hits by slot and sentence, in the order they were filed: one
    /// table of offsets into one array of ranges, so a look-up is two array reads.
    struct HitsBySentence {
        private var offsets: [Int32]
        private var ranges: [Range<Int>]
        private let sentenceCount: Int

        /// Each filed lexicon's hits are found once (`LexiconHits.span(of:)`) and read in
        /// place twice, to count each cell's hits and then to place them: asking for each
        /// lexicon's list twice probed the post's map and made a list 58 times a post.
        /// `borrowing`: an initialiser takes its arguments owned, so the caller copied the
        /// hits and the tokens (retained, then released) on every post; they are only read.
        init(_ hits: borrowing LexiconHits, tokens: borrowing [Token], sentenceCount: Int, slots: Slots) {
            self.sentenceCount = sentenceCount
            let cells = slots.count * sentenceCount
            let filedIDs = slots.filedIDs
            var counts = [Int32](filledWith: 0, count: cells + 1)
            var total = 0
            var ranges: [Range<Int>] = []
            // The counts, the places and the ranges are written through buffer pointers, and
            // the tokens read through one: each write to an array captured by these closures
            // asked whether its storage was shared (about 190 calls a post), and each read of
            // a token's sentence through the array copied the token.
            hits.withAllHits { all in
                tokens.withUnsafeBufferPointer { tokens in
                    withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: filedIDs.count) { spans in
                        counts.withUnsafeMutableBufferPointer { counts in
                            for place in filedIDs.indices {
                                let id = filedIDs[place]
                                let span = hits.span(of: id)
                                spans.initializeElement(at: place, to: span)
                                let slot = slots.byID[Int(id)]
                                for index in span { counts[slot * sentenceCount + tokens[all[index].firstToken].sentence + 1] += 1 }
                                total += span.count
                            }
                            guard total > 0 else { return }
                            for cell in 0..<cells { counts[cell + 1] += counts[cell] }
                        }
                        guard total > 0 else { return }
                        var next = counts
                        ranges = [Range<Int>](filledWith: 0..<0, count: total)
                        next.withUnsafeMutableBufferPointer { next in
                            ranges.withUnsafeMutableBufferPointer { ranges in
                                for place in filedIDs.indices {
                                    let slot = slots.byID[Int(filedIDs[place])]
                                    for index in spans[place] {
                                        let hit = all[index]
                                        let cell = slot * sentenceCount + tokens[hit.firstToken].sentence
                                        ranges[Int(next[cell])] = hit.firstToken..<hit.endToken
                                        next[cell] += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
            self.ranges = ranges
            offsets = total > 0 ? counts : []
        }

        @inline(__always)
        subscript(slot: Int, sentence: Int) -> ArraySlice<Range<Int>> {
            guard slot >= 0, !offsets.isEmpty else { return ranges[0..<0] }
            let cell = slot * sentenceCount + sentence
            return ranges[Int(offsets[cell])..<Int(offsets[cell + 1])]
        }
    }

    static func analyze(_ text: AnalyzedText, hits: LexiconHits, evidence: Evidence) -> MoveAnalysis {
        let tokens = text.tokens
        // Each lexicon's hits, filed by lexicon and sentence once.
        let slots = Slots.shared
        let filed = HitsBySentence(hits, tokens: tokens, sentenceCount: text.sentences.count, slots: slots)
        @inline(__always) func ranges(_ slot: Int, _ sentence: Int) -> ArraySlice<Range<Int>> { filed[slot, sentence] }
        // The spans of `list` that start in `range`: `Evidence` keeps its figures and dates
        // sorted by start, so they are one run of the list, found by two binary searches
        // and read in place (a filtered copy was allocated twice a sentence).
        func inSentence(_ list: [Range<Int>], _ range: Range<Int>) -> ArraySlice<Range<Int>> {
            let run = list[firstStart(atOrAfter: range.lowerBound, in: list)..<firstStart(atOrAfter: range.upperBound, in: list)]
            assert(run.elementsEqual(list.filter { range.contains($0.lowerBound) }), "evidence spans not sorted by start")
            return run
        }

        // Tokens inside a phone number, one flag each (none at all when the post has no phone).
        var phoneTokens: [Bool] = []
        if !evidence.phones.isEmpty {
            phoneTokens = [Bool](filledWith: false, count: tokens.count)
            for phone in evidence.phones { for index in phone { phoneTokens[index] = true } }
        }
        var scratch = ShapeScratch(tokenCount: tokens.count)
        var result: [SentenceMoves] = []
        result.reserveCapacity(text.sentences.count)
        var answered = false
        // A post that owns the fault anywhere ("…to everyone who felt hurt by my remarks.
        // I was wrong.") makes no apology hang on its readers by whom it addresses. Asked
        // once: by an addressed apology while the sentences are read, else at the end for
        // `MoveAnalysis.ownsTheFault`.
        var ownsTheFaultOnce: Bool?
        func ownsTheFault() -> Bool {
            if let known = ownsTheFaultOnce { return known }
            let owns = !(hits.span(of: slots.faultOwnedID).isEmpty && hits.span(of: slots.actCondemnedID).isEmpty)
                && (0..<text.sentences.count).contains { index in
                    MoveLexicons.ownsFault(has: { !ranges(slots.byID[Int($0.id)], index).isEmpty },
                                           starts: { ranges(slots.byID[Int($0.id)], index).map(\.lowerBound) },
                                           sentenceStart: text.sentences[index].lowerBound, tokens: tokens)
                }
            ownsTheFaultOnce = owns
            return owns
        }
        for (index, range) in text.sentences.enumerated() {
            var sentence = SentenceMoves(tokens: range, shape: shape(of: range, in: tokens, addresses: phoneTokens, scratch: &scratch))
            let figures = inSentence(evidence.figures, range)
            let dates = inSentence(evidence.dates, range)
            // The sentence's first address: a link or e-mail token, else a phone number in it
            // that reads as a line to call (one of `contacts`; see `Evidence.isCallable`).
            func firstAddress() -> Range<Int>? {
                for index in range where tokens[index].kind == .email || tokens[index].kind == .url { return index..<(index + 1) }
                return evidence.phones.first { range.contains($0.lowerBound) && evidence.contacts.contains($0) }
            }
            let causeHits = ranges(slots.cause, index)
            let isStatement = sentence.shape == .clause
            let isShort = sentence.shape == .clause || sentence.shape == .minor

            // Commitment: a future marker on an action verb, and a time.
            let hasTime = !dates.isEmpty || !ranges(slots.time, index).isEmpty
            // A scheduled action with a deadline ("staff are briefed by 11 March", "From 8 March our gates…")
            // commits as firmly as "will": the date binds the action.
            // The deadline word must govern the time (see `governs`). "Down from 41%" beside
            // "this morning", or "from last year", compares; it binds nothing.
            let deadlineMarker = dates.isEmpty ? nil : ranges(slots.deadline, index).first { deadline in
                dates.contains { governs(deadline, $0, in: range, tokens: tokens) }
            } ?? ranges(slots.fromDate, index).first { from in
                // The date may start at its day number («من ١ نوفمبر»: the date read is the month).
                // Not a span ("from 10 to 20 March", «من الساعة ٣ إلى ٦»): that says how long, not from when.
                let span = (from.upperBound..<min(range.upperBound, from.upperBound + 5)).contains { spanEnds.contains(tokens.text(at: $0)) }
                return !span && dates.contains { date in
                    (date.lowerBound == from.upperBound
                        || date.lowerBound == from.upperBound + 1 && tokens[from.upperBound].kind == .number)
                        && governs(from, date, in: range, tokens: tokens)
                }
            }
            // An action stated in the present with a date after it ("we publish the report on 19
            // October", «ننشر التقرير في ١٩ أكتوبر») is scheduled; the date must not be past.
            let scheduledMarker = dates.isEmpty ? nil : ranges(slots.scheduledAction, index).first { action in
                dates.contains { governs(action, $0, in: range, tokens: tokens) }
            }
            if sentence.shape == .clause || sentence.shape == .minor,
               let marker = commitmentMarker(in: range, tokens: tokens, pledges: ranges(slots.pledge, index)) ?? deadlineMarker ?? scheduledMarker {
                // With no time it is a weak commitment: the goal counts, but lacks its date.
                sentence.moves[.commit] = marker
                sentence.timedCommitment = hasTime
                sentence.firstPersonCommitment = range.contains { tokens.has(.firstPersonSubject, at: $0) }
                    || (tokens[marker.lowerBound].isArabic && isArabicFirstPersonFuture(tokens[marker.lowerBound].text))
            }
            let committed = sentence.moves[.commit] != nil && sentence.timedCommitment

            // Filler: a vague claim with nothing checkable beside it.
            let fillerHits = ranges(slots.filler, index)
            if !fillerHits.isEmpty, figures.isEmpty, dates.isEmpty, causeHits.isEmpty, !committed {
                sentence.filler = Array(fillerHits)
            }
            let apologyHit = isShort ? ranges(slots.apology, index).first : nil
            // Hung on the reader: a condition and how readers took it ("if it seemed
            // insensitive"), or an addressee and what they believed or felt ("to those
            // who thought", «لكل من ظن»). Read before filler is set aside: "we apologise to
            // anyone who was upset, and we remain committed…" hedges all the same.
            if let apologyHit, let hedge = conditionalOffence(ranges(slots.apologyCondition, index), ranges(slots.offenceTaken, index))
                ?? addressedToTheOffended(index, tokens: tokens, ranges: ranges).flatMap({ ownsTheFault() ? nil : $0 }) {
                sentence.conditionalApology = min(apologyHit.lowerBound, hedge.lowerBound)..<max(apologyHit.upperBound, hedge.upperBound)
            }
            guard sentence.counts else { result.append(sentence); continue }

            if isStatement, let cause = causeHits.first, !isUnknown(range, tokens: tokens) {
                sentence.moves[.cause] = cause
            }
            if isShort {
                // "Results" name a figure's source only where the sentence does not forecast.
                var source = ranges(slots.source, index).first
                if ranges(slots.forecast, index).isEmpty, let results = ranges(slots.resultsSource, index).first,
                   source.map({ results.lowerBound < $0.lowerBound }) ?? true {
                    source = results
                }
                let bound = figures.first { isBound($0, in: range, tokens: tokens) }
                let proof = ranges(slots.certificates, index).first ?? ranges(slots.ratings, index).first
                if let bound, let source {
                    sentence.moves[.evidence] = min(bound.lowerBound, source.lowerBound)..<max(bound.upperBound, source.upperBound)
                    sentence.sourced = true
                } else if isStatement, let proof {
                    sentence.moves[.evidence] = proof
                    sentence.sourced = source != nil || !figures.isEmpty
                }
                if let date = dates.first { sentence.moves[.schedule] = date }
                if let credit = ranges(slots.credit, index).first, !isCauseUse(credit, tokens: tokens) {
                    sentence.moves[.credit] = credit
                }
                if let answer = ranges(slots.answer, index).first {
                    sentence.moves[.answer] = answer
                } else if let address = addressee(range, tokens: tokens) ?? plainNo(range, tokens: tokens) {
                    sentence.moves[.answer] = address
                } else if !answered, isStatement {
                    // The post's first real statement answers: a coach wants the substance first.
                    sentence.moves[.answer] = range
                    sentence.answersByPlaceOnly = true
                }
                answered = true
                // A hedged sentence ("to anyone who felt…", or hung on the reader) makes no apology.
                let hedged = !ranges(slots.apologyHedge, index).isEmpty || sentence.conditionalApology != nil
                if let apology = apologyHit, !hedged, !isRefusal(apology, in: range, tokens: tokens),
                   isFirstPersonApology(apology, sentence: range, shape: sentence.shape, tokens: tokens) {
                    sentence.moves[.apology] = apology
                    sentence.ownsFault = !ranges(slots.ownership, index).isEmpty
                } else if isStatement, !hedged, let owned = ranges(slots.ownership, index).first,
                          !isRefusal(owned, in: range, tokens: tokens) {
                    // Owning the fault in the first person is the heart of an apology (Lewicki et al. 2016).
                    sentence.moves[.apology] = owned
                    sentence.ownsFault = true
                }
                if let address = firstAddress() {
                    let routed = !ranges(slots.route, index).isEmpty
                        || (address.lowerBound > range.lowerBound && tokens[address.lowerBound - 1].text == ":")
                    if routed || sentence.shape == .minor { sentence.moves[.route] = address }
                } else if let direct = ranges(slots.invite, index).first(where: { isDirectMessage($0, tokens: tokens) }) {
                    sentence.moves[.route] = direct
                }
                if let invite = ranges(slots.invite, index).first, !isNegated(invite, in: range, tokens: tokens) {
                    sentence.moves[.invite] = invite
                }
            }
            if isStatement {
                if let reassure = ranges(slots.reassure, index).first {
                    sentence.moves[.reassure] = reassure
                    sentence.reassuresByEffortOnly = ranges(slots.reassure, index).allSatisfy { isEffort($0, in: range, tokens: tokens) }
                }
                if let decline = ranges(slots.decline, index).first {
                    let reason = ranges(slots.declineReason, index).contains { $0.lowerBound >= decline.upperBound || $0.upperBound <= decline.lowerBound }
                    let nextReason = index + 1 < text.sentences.count
                        && !ranges(slots.declineReason, index + 1).isEmpty
                    if reason || nextReason { sentence.moves[.decline] = decline }
                }
                sentence.moves[.inform] = range
            }
            result.append(sentence)
        }
        return MoveAnalysis(sentences: result, ownsTheFault: ownsTheFault())
    }

    // MARK: Shape

    /// Clause, minor sentence, question or a list of fragments. A sentence is cut into
    /// segments at commas, semicolons and colons (not the colon of 18:00); a segment
    /// holding an address and the label before its colon ("Questions: care@…") are left
    /// out, as are lone names (a vocative). A list is two or more short segments with no
    /// clause, or three or more of which fewer than half hold one.
    /// Punctuation that ends a segment of a sentence.
    /// (U+037E, the Greek question mark, is the semicolon to `String`; the byte set lists it.)
    static let segmentBreaks: WordSet = [",", ";", "\u{037E}", ":", "—", "–"]

    /// The index of the first span of `list` (sorted by start) that starts at or after
    /// `position`, or `list.count`.
    static func firstStart(atOrAfter position: Int, in list: [Range<Int>]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Buffers `shape` reuses from sentence to sentence of a post: a sentence's segments
    /// were an array of arrays, built and freed for every sentence.
    struct ShapeScratch {
        /// The segments' word indices, one segment after another.
        var words: [Int] = []
        /// Each segment's place in `words`, whether it holds an address and whether a colon ends it.
        var segments: [(start: Int, end: Int, hasAddress: Bool, endsWithColon: Bool)] = []
        /// The segments kept, as places in `words`.
        var kept: [Range<Int>] = []

        init() {}

        /// Room for the sentences of a post of `tokenCount` tokens (no sentence has more
        /// words or segments than the post has tokens, plus the last segment): grown from
        /// empty, the buffers were reallocated about six times a post.
        init(tokenCount: Int) {
            words.reserveCapacity(tokenCount)
            segments.reserveCapacity(tokenCount + 1)
            kept.reserveCapacity(tokenCount + 1)
        }
    }

    static func shape(of range: Range<Int>, in tokens: [Token], addresses: [Bool]) -> SentenceMoves.Shape {
        var scratch = ShapeScratch()
        return shape(of: range, in: tokens, addresses: addresses, scratch: &scratch)
    }

    /// `addresses` flags the tokens of phone numbers (empty when there are none).
    static func shape(of range: Range<Int>, in tokens: [Token], addresses: [Bool], scratch: inout ShapeScratch) -> SentenceMoves.Shape {
        // A question is a question whatever its segments hold.
        let isQuestion = range.reversed().first { tokens[$0].kind != .emoji }.map { tokens.has(.questionMark, at: $0) } ?? false
        if isQuestion { return .question }
        scratch.words.removeAll(keepingCapacity: true)
        scratch.segments.removeAll(keepingCapacity: true)
        scratch.kept.removeAll(keepingCapacity: true)
        var start = 0, hasAddress = false
        // Tokens are read field by field, not copied: this runs for every token of every post.
        for index in range {
            let kind = tokens[index].kind
            if kind == .email || kind == .url || (!addresses.isEmpty && addresses[index]) {
                hasAddress = true
                continue
            }
            if kind == .punctuation {
                let isColon = tokens.has(.colon, at: index)
                let isTimeColon = isColon && index > range.lowerBound && index + 1 < range.upperBound
                    && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
                    && tokens[index - 1].end == tokens[index].start && tokens[index + 1].start == tokens[index].end
                if !isTimeColon, tokens.has(.segmentBreak, at: index) {
                    scratch.segments.append((start, scratch.words.count, hasAddress, isColon))
                    start = scratch.words.count
                    hasAddress = false
                }
                continue
            }
            // Mentions, hashtags and emoji are not words of the sentence.
            guard kind == .word || kind == .number else { continue }
            scratch.words.append(index)
        }
        scratch.segments.append((start, scratch.words.count, hasAddress, false))
        let segments = scratch.segments
        for offset in segments.indices {
            let segment = segments[offset]
            if segment.hasAddress { continue }
            let count = segment.end - segment.start
            if segment.endsWithColon, count <= 3, offset + 1 < segments.count, segments[offset + 1].hasAddress { continue }
            // A segment of numbers alone is not a word list; a lone capitalised word is a name.
            guard scratch.words[segment.start..<segment.end].contains(where: { tokens[$0].kind == .word }) else { continue }
            if count == 1, offset > 0, tokens[scratch.words[segment.start]].isCapitalised || tokens[scratch.words[segment.start]].isAllCaps { continue }
            scratch.kept.append(segment.start..<segment.end)
        }
        let kept = scratch.kept
        guard !kept.isEmpty else { return .minor }
        // In a sentence of several segments, a one-word segment is a list item, even a verb
        // ("Sorry, apologise.", "نعتذر، اعتذار."); alone it can be a whole sentence ("نعتذر.").
        var clauses = 0
        for segment in kept where (kept.count == 1 || segment.count >= 2) && isClause(scratch.words[segment], tokens: tokens) { clauses += 1 }
        let short = kept.allSatisfy { $0.count <= 5 }
        if kept.count >= 2, clauses == 0 { return .fragments }
        if kept.count >= 3, clauses * 2 < kept.count, short { return .fragments }
        if clauses == 0 { return .minor }
        return .clause
    }

    /// Whether a run of words holds a predicate: a pronoun subject, an auxiliary, a verb
    /// form, or (Arabic) a particle, preposition, future or first-person verb.
    ///
    /// The word lists and endings are read as the tokens' `WordFacts` (one bit each), not
    /// looked up word by word: this runs for every word of every post.
    static func isClause(_ indices: ArraySlice<Int>, tokens: [Token]) -> Bool {
        for index in indices {
            guard tokens[index].kind == .word else { continue }
            if tokens[index].isArabic {
                // A function word or listed verb, with or without its conjunction, a future or a "we" form.
                if tokens.has(.arabicClauseWord, at: index) { return true }
                // A preposition fused to a noun (بسبب، للمتابعة) links two parts of a clause.
                if indices.count >= 2, tokens.has(.arabicFusedPreposition, at: index) { return true }
                continue
            }
            // Subject pronouns and auxiliaries.
            if tokens.has(.subjectOrAuxiliary, at: index) { return true }
            // Verb forms that double as nouns ("costs", "check", "contact") need a longer run
            // around them to be a predicate rather than a list item.
            let longRun = indices.count >= 3 || indices.count == 1
            if longRun, tokens.has(.verbOrPredicateAdjective, at: index) { return true }
            // A past form: "-ed", five scalars or more.
            if tokens.has(.pastEnding, at: index), indices.count >= 3, index != indices.first { return true }
            if tokens.has(.negativeContraction, at: index) { return true }
        }
        // A longer run with articles and prepositions is a clause whose verb we do not know
        // ("the 21 days dates from 2022"); cue-word lists are short and bare.
        guard indices.count >= 4 else { return false }
        var function = 0
        for index in indices where tokens.has(.englishFunctionWord, at: index) {
            function += 1
            if function >= 2 { return true }
        }
        return false
    }

    /// The last UTF-8 byte of a word (nil for the empty word).
    @inline(__always)
    static func lastByte(of word: String) -> UInt8? {
        word.utf8.withContiguousStorageIfAvailable { $0.last } ?? word.utf8.last
    }

    /// First-person and third-person Arabic verbs that open clauses in posts like these
    /// (normalised: أ → ا, ؤ → و, ة → ه).
    static let arabicVerbs: WordSet = [
        "نعتذر", "اعتذر", "ناسف", "نشكر", "اشكر", "نقدر", "اقدر", "نتفهم", "اتفهم", "ارحب", "نرحب", "اقبل", "نقبل", "ندرك",
        "ادرك", "نعلم", "نتعاطف", "اتعاطف", "نلتزم", "التزم", "نتعهد", "اتعهد", "نعمل", "نسعي", "نحرص", "نفخر", "افخر", "نوكد",
        "نطمين", "ندعو", "ادعو", "نثق", "نامل", "نتابع", "نعلق", "اعلق", "يسعدني", "يسرني", "يسعدنا", "شكرا", "تسري", "يحتفظون",
        "ترتفع", "انكسر", "انقطعت", "يشغل", "تختص", "تصرف", "تعلن", "بلغ", "انخفض", "ارتفع", "اصبح", "نقلت", "يتم", "تنتهي",
        "لا", "تقدم", "خصصنا", "يخص", "اوقفنا", "نجمد", "اعتمدنا", "انتهي", "طلبت", "راجعوا", "اطلبوا", "تواصل", "قدمت",
    ]

    // MARK: Move details

    /// Words that put a time in the past (normalised): a deadline cannot govern them.
    /// ("Past" is left out: "half past 5" is a clock time; "last" after "the" is an order:
    /// "by the last Friday of June".)
    static let pastTimeWords: WordSet = ["last", "yesterday", "ago", "previous", "الماضي", "الماضيه", "امس", "السابق", "السابقه", "المنصرم", "المنصرمه"]

    /// Whether a deadline word governs a time: the time starts with it ("within two hours")
    /// or at most five words after it in the same clause, with no comma, colon or dash
    /// between ("before the end of June", «بحلول يوم ٣٠ من شهر يونيو»), and the time is not
    /// in the past, whether the past word comes before or just after it ("from last year",
    /// «اعتباراً من الأحد الماضي»).
    static func governs(_ deadline: Range<Int>, _ date: Range<Int>, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard date.lowerBound >= deadline.lowerBound else { return false }
        var words = 0
        for index in deadline.upperBound..<max(deadline.upperBound, date.lowerBound) {
            if tokens[index].kind == .punctuation {
                if tokens.has(.segmentBreak, at: index) { return false }
                continue
            }
            words += 1
        }
        guard words <= 5 else { return false }
        let reach = deadline.upperBound..<min(sentence.upperBound, max(deadline.upperBound, date.upperBound + 2))
        return !reach.contains { index in
            pastTimeWords.contains(tokens[index].text) && !(tokens[index].text == "last" && index > 0 && tokens[index - 1].text == "the")
        }
    }

    /// The second end of a span after «من»: "to", "until" (normalised).
    static let spanEnds = WordSet(["إلى", "لين", "حتى", "لغاية"].map(TextNormalizer.normalize))

    /// Past participles not ending in -ed or -en, for "will be paid", "will be held".
    static let irregularParticiples: WordSet = [
        "paid", "made", "sent", "held", "done", "shown", "known", "built", "rebuilt", "set", "reset", "put", "cut", "kept",
        "told", "sold", "met", "run", "brought", "bought", "found", "won", "spent", "led", "read", "heard", "dealt", "shut",
        "drawn", "grown", "flown", "begun", "upheld", "taught", "lit", "fed", "laid", "sought",
    ]

    /// The future marker of a commitment, when it governs an action verb.
    static func commitmentMarker(in range: Range<Int>, tokens: [Token], pledges: ArraySlice<Range<Int>>) -> Range<Int>? {
        // The word lists are read as the tokens' `WordFacts`, one bit a word, and the few
        // texts still needed with `text(at:)` (`tokens[index].text` copied the whole token).
        for index in range where tokens[index].kind == .word {
            if tokens[index].isArabic {
                // `isArabicFuture` or `isEgyptianFuture` of the word.
                if tokens.has(.arabicFutureVerb, at: index) { return index..<(index + 1) }
                // «سوف نعلن»، «راح نرد»: the particle and the verb it governs.
                // «راح الوقت» ("time went") is not a future: a word with the article is no verb.
                if tokens.has(.arabicFutureParticle, at: index), index + 1 < range.upperBound, tokens[index + 1].isArabic,
                   let first = tokens.text(at: index + 1).firstScalar, ["ن", "ا", "ي", "ت"].contains(first),
                   !tokens.text(at: index + 1).hasPrefix("ال") {
                    return index..<(index + 2)
                }
                continue
            }
            guard tokens.has(.englishFuture, at: index) else { continue }
            // The verb the marker governs: skip adverbs; a stative verb or a negation is no action.
            var next = index + 1
            while next < range.upperBound, tokens[next].kind == .word, ["also", "then", "now", "personally", "first"].contains(tokens.text(at: next)) {
                next += 1
            }
            guard next < range.upperBound, tokens[next].kind == .word else { continue }
            let verb = tokens.text(at: next)
            // "Will be" commits when a participle follows ("will be restored", "will be paid"),
            // not before an adjective ("will be happy to help").
            if verb == "be" {
                guard next + 1 < range.upperBound, tokens[next + 1].kind == .word else { continue }
                let participle = tokens.text(at: next + 1)
                guard participle.hasSuffix("ed") || participle.hasSuffix("en") || irregularParticiples.contains(participle) else { continue }
                return index..<(next + 2)
            }
            if tokens.has(.stativeOrNegator, at: next) { continue }
            return index..<(next + 1)
        }
        return pledges.first
    }

    static func isArabicFirstPersonFuture(_ word: String) -> Bool {
        let scalars = Array(ClosedClasses.arabicBase(word).unicodeScalars)
        return scalars.count >= 4 && scalars[0] == "س" && (scalars[1] == "ن" || scalars[1] == "ا")
    }

    /// A figure is bound when a word of what it measures (or a unit) sits right beside it.
    static func isBound(_ figure: Range<Int>, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        for offset in [-2, -1, 1, 2] {
            let index = offset < 0 ? figure.lowerBound + offset : figure.upperBound - 1 + offset
            guard sentence.contains(index) else { continue }
            let token = tokens[index]
            if token.kind == .word && token.text.unicodeScalars.count >= 2 { return true }
            if token.kind == .punctuation && token.text == "%" { return true }
        }
        return false
    }

    /// Whether the sentence says the cause is not known yet: then a cause word states an
    /// unknown, not a cause.
    static func isUnknown(_ range: Range<Int>, tokens: [Token]) -> Bool {
        // Word by word, each looked up by its bytes (`WordSet`): the sets hold plain words
        // (`PlainText`), which no other spelling equals, and a list of strings built and
        // compared with `String`'s `==` for every word of every statement was a tenth of
        // the move recognizer.
        var next = range.isEmpty ? "" : ClosedClasses.arabicBase(tokens.text(at: range.lowerBound))
        for index in range {
            let word = next
            let hasNext = index + 1 < range.upperBound
            next = hasNext ? ClosedClasses.arabicBase(tokens.text(at: index + 1)) : ""
            if unknownWords.contains(word) { return true }
            if hasNext, word == "not", notYetWords.contains(next) { return true }
            if hasNext, unknownNegations.contains(word),
               next.hasPrefix("يحدد") || next.hasPrefix("يتحدد") || next.hasPrefix("معروف") { return true }
        }
        return false
    }

    /// Words that say a cause is not known yet (`isUnknown`).
    static let unknownWords: WordSet = ["unknown", "investigating", "قيد", "جار", "جاري"]
    /// What follows "not" when a cause is not known yet: "not known", "not yet", "not clear".
    static let notYetWords: WordSet = ["known", "yet", "clear"]
    /// Negations before «يحدد»، «يتحدد»، «معروف» ("not determined", "not known").
    static let unknownNegations: WordSet = ["لم", "غير"]

    /// "Thanks to" is a cause, not a thank-you.
    static func isCauseUse(_ hit: Range<Int>, tokens: [Token]) -> Bool {
        tokens[hit.lowerBound].text == "thanks" && hit.upperBound < tokens.count && tokens[hit.upperBound].text == "to"
    }

    /// A sentence spoken to someone: it opens with their @handle or a vocative and goes on
    /// as a clause ("@saif_trades thank you…", "Khalfan, a fair question", "أخي سالم…").
    static func addressee(_ range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        guard let first = range.first else { return nil }
        // Fields read in place (a copy of the token, its text retained, for every sentence).
        let kind = tokens[first].kind, isArabic = tokens[first].isArabic
        if kind == .mention, range.count > 3 { return first..<(first + 1) }
        if kind == .word, !isArabic, tokens[first].isCapitalised, range.count > 3, first + 1 < range.upperBound,
           tokens.text(at: first + 1) == "," { return first..<(first + 1) }
        if kind == .word, tokens.has(.englishVocative, at: first), range.count > 2 { return first..<(first + 1) }
        if isArabic, tokens.has(.arabicVocative, at: first), range.count > 2 {
            return first..<(first + 1)
        }
        return nil
    }

    /// "Are working" followed by what the work is on ("on it", "hard to fix", "with the
    /// police"): effort under way. "ATMs are working normally", "…are working." say what still works.
    static func isEffort(_ hit: Range<Int>, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        // «نعمل على», «يعمل … على»: a verb of working and the thing worked on.
        // «يعمل على مدار الساعة» ("open around the clock") says what still works.
        if tokens[hit.lowerBound].isArabic {
            return tokens.text(at: hit.upperBound - 1) == arabicOn
                && (hit.upperBound >= sentence.upperBound || tokens.text(at: hit.upperBound) != arabicAround)
        }
        guard hit.count == 2, tokens.text(at: hit.upperBound - 1) == "working" else { return false }
        guard hit.upperBound < sentence.upperBound, tokens[hit.upperBound].kind == .word else { return false }
        return !stillWorks.contains(tokens.text(at: hit.upperBound))
    }

    private static let arabicOn = TextNormalizer.normalize("على")
    private static let arabicAround = TextNormalizer.normalize("مدار")
    private static let stillWorks: WordSet = ["normally", "again", "as", "fine", "properly", "well", "smoothly", "now", "today", "and"]

    /// "No, the plant stays open." or «لا، المصنع باقٍ»: a sentence opening on a bare no and
    /// a stop answers a question as plainly as "yes" does. "No one was hurt" and «لا يوجد»
    /// go on without a stop, and answer nothing.
    static func plainNo(_ range: Range<Int>, tokens: [Token]) -> Range<Int>? {
        guard let first = range.first, range.count > 3, tokens[first].kind == .word else { return nil }
        guard plainNoWords.contains(tokens.text(at: first)), tokens[first + 1].kind == .punctuation else { return nil }
        return plainNoStops.contains(tokens.text(at: first + 1)) ? first..<(first + 1) : nil
    }

    /// "no" and «لا», looked up by their bytes (`WordSet`): asked of the first word of every
    /// sentence, `word == "no" || word == "لا"` compared an Arabic word through the
    /// standard library's canonical comparison twice (some five hundred instructions).
    /// The same answer: a token's text is normalised, and neither word has another
    /// canonically equivalent spelling.
    private static let plainNoWords: WordSet = ["no", "لا"]
    private static let plainNoStops: Set<String> = [",", ":", "،", "—", "–", "-", ";", "؛"]

    /// An apology whose speaker is "I" or "we": an English first-person word in the
    /// sentence (or "Sorry." alone), an Arabic first-person verb or a "we" form.
    static func isFirstPersonApology(_ hit: Range<Int>, sentence: Range<Int>, shape: SentenceMoves.Shape, tokens: [Token]) -> Bool {
        let word = ClosedClasses.arabicBase(tokens[hit.lowerBound].text)
        if tokens[hit.lowerBound].isArabic {
            if let first = word.firstScalar, first == "ن" || (first == "ا" && !word.hasPrefix("اعتذار")) { return true }
            return sentence.contains { ClosedClasses.isArabicWeForm(tokens[$0].text) || tokens[$0].text == "نحن" || tokens[$0].text == "انا" }
        }
        if shape == .minor && sentence.count <= 3 { return true }
        return sentence.contains { tokens.has(.firstPerson, at: $0) }
    }

    static func isDirectMessage(_ hit: Range<Int>, tokens: [Token]) -> Bool {
        ["dm", "message", "write"].contains(tokens[hit.lowerBound].text)
    }

    /// An apology word that refuses to apologise: "we are not sorry", "we regret nothing",
    /// "no apologies", "nothing to apologise for", «لا نعتذر», «لن نعتذر», «ما نعتذر». The
    /// negator stands at most two words before: "words cannot express how sorry I am" is
    /// an apology.
    static func isRefusal(_ hit: Range<Int>, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        if isNegated(hit, in: sentence, tokens: tokens, reach: 2, arabicToo: true) { return true }
        return hit.upperBound < sentence.upperBound && ["nothing", "none"].contains(tokens[hit.upperBound].text)
    }

    /// Whether a negator stands up to `reach` words before `hit` in its sentence: the
    /// English ones, and with `arabicToo` the Arabic ones (read only this close to a
    /// move's word, where «ما» is not "what").
    static func isNegated(_ hit: Range<Int>, in sentence: Range<Int>, tokens: [Token], reach: Int = 3, arabicToo: Bool = false) -> Bool {
        let before = max(sentence.lowerBound, hit.lowerBound - reach)..<hit.lowerBound
        return before.contains { index in
            ClosedClasses.negators.contains(tokens[index].text) || arabicToo && ClosedClasses.arabicNegators.contains(tokens[index].text)
        }
    }
}

extension MoveRecognizer {
    /// How far after its condition the reader's offence may come and still be what the
    /// condition is about ("if our earlier post about the floods seemed…").
    static let conditionReach = 8

    /// An apology's addressee as whoever took offence, believed it offensive or felt
    /// offended ("to anyone who was offended", «لكل من انزعج», "to everyone who thought it
    /// insensitive", «لكل من خال أن تعليقي قد أساء», «لكل من شعر بالاستياء»): the tokens
    /// from the addressee to the offence, or nil. The caller asks only of a post that owns
    /// no fault.
    static func addressedToTheOffended(_ sentence: Int, tokens: [Token], ranges: (Int, Int) -> ArraySlice<Range<Int>>) -> Range<Int>? {
        let slots = Slots.shared
        // Without its "who", the offence must touch the addressee ("to those offended by…").
        let bare = ranges(slots.apologyAddresseeBare, sentence)
        if !bare.isEmpty {
            let offence = ranges(slots.tookOffence, sentence).filter { bareOffence.contains(tokens.text(at: $0.lowerBound)) }
            if let offended = conditionalOffence(bare, offence[...], reach: 0) { return offended }
        }
        let addressees = ranges(slots.apologyAddressee, sentence)
        guard !addressees.isEmpty else { return nil }
        // Offence taken, right after the addressee or its verb ("…who were offended", "…who
        // may have been offended"); upset, when what upset them was something said or shown
        // ("…who were upset by the advert", «…من انزعج من الإعلان»).
        if let offended = conditionalOffence(addressees, ranges(slots.tookOffence, sentence), reach: 3) { return offended }
        if let upset = conditionalOffence(addressees, ranges(slots.upset, sentence), reach: 3),
           let byWhat = conditionalOffence([upset], ranges(slots.expression, sentence), reach: 4) { return byWhat }
        // A belief hedges when what was believed is the act's offence ("…who thought it was
        // insensitive", «…من خال أن تعليقي قد أساء»); "…who thought delivery was today"
        // is a misunderstanding the apology is for. "Believed in us" is trust, "took part"
        // joined in. A feeling that holds a verdict on the act ("…who felt the advert was
        // insensitive") is one.
        let beliefs = ranges(slots.believing, sentence).filter {
            $0.upperBound >= tokens.count || !["in", "part"].contains(tokens.text(at: $0.upperBound))
        }
        // The belief or the feeling right after the addressee, or after its "may have".
        let believed = conditionalOffence(addressees, beliefs[...], reach: 3)
        let felt = conditionalOffence(addressees, ranges(slots.feeling, sentence), reach: 3)
        for opinion in [believed, felt] {
            if let opinion, let offended = conditionalOffence([opinion], ranges(slots.offensive, sentence)) { return offended }
        }
        // Or what was believed was the act read wrongly ("…who understood it the wrong way").
        if let believed, let misread = conditionalOffence([believed], ranges(slots.wrongly, sentence)) { return misread }
        guard let felt, let offended = conditionalOffence([felt], ranges(slots.offenceTaken, sentence), reach: 1) else { return nil }
        return offended
    }

    /// The first words of offence taken that may follow a bare addressee ("to those
    /// offended"): not "insulted" or "misread", which others may have done to them.
    static let bareOffence: WordSet = ["offended", "took", "taken"]

    /// A condition followed, within `reach` tokens (`conditionReach` unless said), by how
    /// readers took it: the tokens from the condition to the offence, or nil. "If you were
    /// charged twice, we apologise" conditions a refund, not the apology's sincerity, and
    /// is not one.
    static func conditionalOffence(_ conditions: ArraySlice<Range<Int>>, _ offences: ArraySlice<Range<Int>>,
                                   reach: Int = conditionReach) -> Range<Int>? {
        for condition in conditions {
            if let offence = offences.first(where: {
                $0.lowerBound >= condition.upperBound && $0.lowerBound - condition.upperBound <= reach
            }) {
                return condition.lowerBound..<offence.upperBound
            }
        }
        return nil
    }
}
