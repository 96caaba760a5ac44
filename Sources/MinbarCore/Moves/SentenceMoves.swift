/// What one sentence of a post is and does.
public struct SentenceMoves: Sendable, Equatable {
    /// The sentence's grammatical shape, judged from closed classes.
    public enum Shape: String, Sendable, Equatable {
        /// A subject and a predicate: it can make any move.
        case clause
        /// A short sentence with no verb ("Fair question.", "Next update at 18:00."): it can
        /// thank, apologise, acknowledge, give a time or a contact, nothing more.
        case minor
        /// A list of words or phrases with no predicate ("Freight, input costs, supply."):
        /// it makes no move and meets no goal.
        case fragments
        /// A question: it asks, it does not state.
        case question
    }

    /// Token indices of the sentence.
    public var tokens: Range<Int>
    public var shape: Shape
    /// Token ranges of filler phrases, when the sentence claims something with no figure,
    /// time, cause or commitment in it. A filler sentence makes no move.
    public var filler: [Range<Int>] = []
    /// The moves the sentence makes, each with the tokens that mark it.
    public var moves = MoveMap()
    /// An apology that names the fault as the speaker's own.
    public var ownsFault = false
    /// The answer is the post's first statement by its place alone, with no words that
    /// answer or address anyone: it meets an "answer" goal (the substance comes first),
    /// but is no strength to praise where nobody asked.
    public var answersByPlaceOnly = false
    /// An apology made to hang on how readers took it ("if our post came across as
    /// insensitive, we apologise"): the tokens from the first of the two to the last.
    /// Such a sentence makes no apology move.
    public var conditionalApology: Range<Int>?
    /// Evidence that says where it comes from (a report, a filing, a disclosure).
    public var sourced = false
    /// A commitment whose subject is the speaker ("we will", "سنعيد").
    public var firstPersonCommitment = false
    /// A commitment that says when; without a time it is weak ("we will look into it").
    public var timedCommitment = false
    /// The sentence reassures only by effort under way ("our engineers are working on it"):
    /// it still gives the reader something, but it is no checkable fact to praise as one.
    public var reassuresByEffortOnly = false

    public func makes(_ move: Move) -> Bool { moves[move] != nil }
    /// Whether the sentence counts for goals: a real sentence, not a list or filler.
    public var counts: Bool { shape != .fragments && filler.isEmpty }
    /// `counts` of sentence `index` of `sentences`, its two fields read in place: asked of
    /// an element of the array, the property copied the whole sentence (its lists retained
    /// and released), which the loops over a post's sentences did many times a post.
    static func counts(_ index: Int, in sentences: [SentenceMoves]) -> Bool {
        sentences[index].shape != .fragments && sentences[index].filler.isEmpty
    }
}

/// Every sentence's shape and moves, in order.
public struct MoveAnalysis: Sendable, Equatable {
    public var sentences: [SentenceMoves]
    /// Whether some sentence owns the fault (`MoveLexicons.ownsFault`): it waives the
    /// apology's words about how people took it, for the recogniser and `tone.non-apology`.
    public var ownsTheFault = false

    /// Indices of the sentences that make `move`.
    public func sentences(making move: Move) -> [Int] {
        sentences.indices.filter { sentences[$0].makes(move) }
    }

    /// How many sentences are lists of fragments.
    public var fragmentCount: Int { sentences.lazy.filter { $0.shape == .fragments }.count }
}
