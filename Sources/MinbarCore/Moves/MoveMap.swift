/// The moves a sentence makes, each with the tokens that mark it: a slot per kind of
/// move. Every rule that asks what a sentence does reads it, so it is an array indexed
/// by the move's case rather than a dictionary hashed on every look-up.
public struct MoveMap: Sendable, Equatable {
    private var slots = MoveMap.noMoves

    /// The slots of a map with no move, shared: a map is made for every sentence of every
    /// post, and shares these until it is given a move (a sentence that makes none
    /// allocates nothing). A new array of its own per map went through an allocation
    /// that is not specialised (see `Array(filledWith:count:)`).
    private static let noMoves = [Range<Int>?](repeating: nil, count: moveCount)

    /// How many kinds of move there are, counted once: `Move.allCases` builds its array
    /// on every call, and a map is made for every sentence of every post.
    private static let moveCount = Move.allCases.count

    public init() {}

    /// The tokens that mark `move`, or nil when the sentence does not make it.
    public subscript(_ move: Move) -> Range<Int>? {
        get { slots[move.ordinal] }
        set { slots[move.ordinal] = newValue }
    }

    /// Whether the sentence makes no move at all.
    public var isEmpty: Bool { slots.allSatisfy { $0 == nil } }

    /// The moves made, in the order `Move` lists them.
    public var made: [Move] { Move.allCases.filter { self[$0] != nil } }
}
