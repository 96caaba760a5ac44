/// Something a post did well, shown beside the findings: a coach says what to keep,
/// not only what to fix.
public struct Strength: Sendable, Equatable {
    public var move: Move
    /// What the post did, in the post's language ("Owned the mistake.").
    public var message: String
    /// Where, in Unicode scalars of the original post (the sentence that did it).
    public var start: Int
    public var end: Int

    /// One strength per move the post makes in a real sentence (not a list, not filler),
    /// in the order the moves first appear. With goals, only moves that meet a goal or
    /// that every good post makes (answer, apology, credit, route) are listed; an answer
    /// only by its place in the post only when it meets a goal.
    /// `hedgedApologies` are the spans (in scalars) of non-apology findings: an apology
    /// sentence a finding calls a non-apology is not praised above it. `faulted` are the
    /// spans of error findings: a sentence one of them blocks is praised for nothing ("stated
    /// the facts" above "the arsonist is Khalid" teaches the wrong thing); the post's other
    /// sentences still are, so a well-made post that leaks one figure shows what to keep.
    static func find(in post: PostAnalysis, hedgedApologies: [(start: Int, end: Int)] = [],
                     faulted: [(start: Int, end: Int)] = []) -> [Strength] {
        let language = post.feedbackLanguage
        // The moves met by a goal and the moves listed so far, as bits by place in
        // `Move.allCases`: the same membership tests as two `Set<Move>`, without hashing a
        // move for every move of every sentence.
        let allMoves = Self.allMoves
        var goalMoves: UInt64 = 0
        for goal in post.goals where goal.met {
            if let place = allMoves.firstIndex(of: goal.move) { goalMoves |= 1 << UInt64(place) }
        }
        var seen: UInt64 = 0
        var strengths: [Strength] = []
        // By end, so the first span ending after a sentence's start is found by halving
        // (every sentence asking every span was quadratic on a long post of hedges).
        let hedged = hedgedApologies.count > 1 ? hedgedApologies.sorted { $0.end < $1.end } : hedgedApologies
        // Given the sentence's tokens, not the sentence: handed a `SentenceMoves` taken
        // from the array, the call copied it (its lists retained and released).
        func isHedged(_ tokens: Range<Int>) -> Bool {
            if hedged.isEmpty { return false }
            let (start, end) = post.span(tokens)
            var low = 0, high = hedged.count
            while low < high {
                let middle = (low + high) / 2
                if hedged[middle].end > start { high = middle } else { low = middle + 1 }
            }
            // The first span ending after the sentence's start overlaps it if it starts before
            // its end; a finding lies within one sentence, so no later span can when it does not.
            return low < hedged.count && hedged[low].start < end
        }
        // Error findings are few, and one may cover several sentences: read them all.
        func isFaulted(_ tokens: Range<Int>) -> Bool {
            if faulted.isEmpty { return false }
            let (start, end) = post.span(tokens)
            return faulted.contains { $0.start < end && $0.end > start }
        }
        // Sentences by index: the best sentence for a move is found as a place among them.
        let sentences = post.moves.sentences
        func counts(_ index: Int) -> Bool { SentenceMoves.counts(index, in: sentences) }
        for index in sentences.indices where counts(index) && !isFaulted(sentences[index].tokens) {
            for (place, move) in allMoves.enumerated() where sentences[index].makes(move) && seen & (1 << UInt64(place)) == 0 {
                if move == .apology, isHedged(sentences[index].tokens) { continue }
                let isGoal = goalMoves & (1 << UInt64(place)) != 0
                if move == .inform || move == .schedule { if !isGoal { continue } }
                // A first statement answers an "answer" goal by its place; with no such goal it
                // answered nobody ("Households face … pressure this winter" is no reply).
                if move == .answer, sentences[index].answersByPlaceOnly, !isGoal { continue }
                if !post.goals.isEmpty, !isGoal, !(move == .answer || move == .apology || move == .credit || move == .route) { continue }
                seen |= 1 << UInt64(place)
                // The sentence that makes the move best: an apology that owns the fault, a sourced
                // figure, a commitment with its time (in the first person first).
                var best = index
                if move == .commit {
                    let timed = sentences.indices.filter { counts($0) && sentences[$0].makes(.commit) && sentences[$0].timedCommitment }
                    // "We will work on it" promises no time: praised only where it meets a goal,
                    // which then asks for the date.
                    guard let first = timed.first(where: { sentences[$0].firstPersonCommitment }) ?? timed.first ?? (isGoal ? index : nil) else { continue }
                    best = first
                } else {
                    for other in sentences.indices where counts(other) && sentences[other].makes(move)
                        && (move == .apology ? sentences[other].ownsFault
                            : move == .evidence ? sentences[other].sourced
                            : move == .reassure && !sentences[other].reassuresByEffortOnly)
                        && !(move == .apology && isHedged(sentences[other].tokens)) {
                        best = other
                        break
                    }
                }
                let (start, end) = post.span(sentences[best].tokens)
                strengths.append(Strength(move: move, message: message(move, sentences, at: best, language), start: start, end: end))
            }
        }
        return strengths
    }

    /// `Move.allCases`, made once: it builds its array on every call.
    private static let allMoves = Move.allCases

    /// The message for `move` made by sentence `index` of `sentences`, whose fields are read
    /// in place: handed the sentence itself, the call copied it (its lists retained).
    static func message(_ move: Move, _ sentences: [SentenceMoves], at index: Int, _ language: PostLanguage) -> String {
        let arabic = language == .ar
        let sentence = (ownsFault: sentences[index].ownsFault, sourced: sentences[index].sourced,
                        reassuresByEffortOnly: sentences[index].reassuresByEffortOnly,
                        timedCommitment: sentences[index].timedCommitment, firstPersonCommitment: sentences[index].firstPersonCommitment)
        if move == .apology && sentence.ownsFault {
            return arabic ? "اعتذر وتحمّل المسؤولية عن الخطأ." : "Apologised and owned the mistake."
        }
        if move == .evidence && sentence.sourced {
            return arabic ? "قدّم الرقم مع مصدره المنشور." : "Gave the figure with its published source."
        }
        if move == .reassure && sentence.reassuresByEffortOnly {
            return arabic ? "ذكر ما يجري فعله حيال الأمر." : "Said what is being done about it."
        }
        if move == .commit && !sentence.timedCommitment {
            return arabic ? "ذكر الخطوة التي ستتخذها." : "Said what you will do."
        }
        if move == .commit && sentence.firstPersonCommitment {
            return arabic ? "التزم بخطوة محددة وموعد بصيغة المتكلم." : "Committed in the first person to a step with a date."
        }
        return move.strength(language)
    }
}
