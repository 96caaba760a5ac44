/// How far a post got with one goal, worked out once by the engine. Findings, hints and
/// strengths all read this, never the text of a message.
public struct GoalStatus: Sendable, Equatable {
    public enum State: String, Sendable, Equatable {
        /// A sentence makes the move about the topic (same sentence or the next).
        case met
        /// The topic is in a real sentence, but no sentence beside it makes the move.
        case moveMissing = "move-missing"
        /// The topic appears only in lists of words or filler: no credit.
        case listOnly = "list-only"
        /// The post makes the goal's move, but never about the goal's topic: "We're sorry…"
        /// against a goal that wants "I" (a personal apology). Said apart from `absent` so the
        /// message can say which half is missing instead of asking again for the move.
        case moveElsewhere = "move-elsewhere"
        /// The post does not touch the topic.
        case absent
    }

    /// Index of the goal in its beat.
    public var index: Int
    public var label: String
    public var move: Move
    /// True when the scenario did not name the move and Minbar inferred it.
    public var moveInferred: Bool
    public var state: State
    /// Tokens of the topic words where the goal is met.
    public var tokens: Range<Int>?
    /// Evidence the goal's `needs:` asks for that the post does not carry.
    public var missingNeeds: [EvidenceNeed]
    /// The goal's share of the alignment score.
    public var weight: Int

    public var met: Bool { state == .met }

    /// Every goal of the beat against the post's moves and evidence.
    static func evaluate(beat: PreparedBeat, text: AnalyzedText, hits: LexiconHits,
                         moves: MoveAnalysis, evidence: Evidence) -> [GoalStatus] {
        beat.beat.goals.enumerated().map { index, goal in
            let move = goal.move
            let topic = hits[beat.groupIDs[index]]
            let counted = topic.filter { moves.sentences[text.tokens[$0.firstToken].sentence].counts }
            var state: State
            var where_: Range<Int>?
            var untimed = false
            if goal.cues.isEmpty {
                let making = moves.sentences(making: move)
                state = making.isEmpty ? .absent : .met
                where_ = making.first.map { moves.sentences[$0].tokens }
            } else if counted.isEmpty, move == .route, goal.needs.contains(.contact),
                      let routing = moves.sentences(making: .route).first(where: { moves.sentences[$0].counts }) {
                // A goal that asks for a contact is met by giving one: "Questions:
                // privacy@qimmah.example" routes whether or not it says "contact". Its cue words
                // only find the topic, and a route is its own topic.
                state = .met
                where_ = moves.sentences[routing].tokens
            } else if counted.isEmpty {
                // "Makes the move elsewhere" is said only of a move the sentence really makes: a
                // post's first statement answers by its place alone, and "the post does answer the
                // critic" would praise "Samir Haddad is a lazy hack" for answering.
                state = !topic.isEmpty ? .listOnly
                    : moves.sentences(making: move).contains {
                        moves.sentences[$0].counts && !(move == .answer && moves.sentences[$0].answersByPlaceOnly)
                    } ? .moveElsewhere : .absent
            } else {
                state = .moveMissing
                for hit in counted {
                    let sentence = text.tokens[hit.firstToken].sentence
                    let near = [sentence, sentence + 1, sentence - 1].filter { moves.sentences.indices.contains($0) }
                    let making = near.filter { moves.sentences[$0].makes(move) }
                    if !making.isEmpty {
                        state = .met
                        where_ = hit.firstToken..<hit.endToken
                        untimed = move == .commit && !making.contains { moves.sentences[$0].timedCommitment }
                        if !untimed { break }
                    }
                }
            }
            var missing = state == .met ? goal.needs.filter { !evidence.has($0) } : goal.needs
            // A commitment with no time is weak: it still lacks its date.
            if untimed, !missing.contains(.date) { missing.append(.date) }
            return GoalStatus(index: index, label: goal.label, move: move, moveInferred: goal.declaredMove == nil,
                              state: state, tokens: where_, missingNeeds: missing, weight: beat.weight(ofGoal: index))
        }
    }
}
