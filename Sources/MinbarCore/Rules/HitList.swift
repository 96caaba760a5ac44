/// One lexicon's hits in a post, read like an array indexed from 0: a run of the one
/// buffer `LexiconHits` keeps for every lexicon of the post, so a post's hits take one
/// allocation rather than a list of their own per lexicon (a post has hits in a few
/// dozen lexicons, and making and freeing their lists was a tenth of scoring it).
public struct HitList: RandomAccessCollection, Sendable, Equatable, CustomStringConvertible {
    private let storage: [PhraseMatcher.Hit]
    private let base: Int
    public let count: Int

    /// `storage[range]`, indexed from 0.
    init(_ storage: [PhraseMatcher.Hit], _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= storage.count)
        self.storage = storage
        base = range.lowerBound
        count = range.count
    }

    /// No hit.
    public init() { self.init([], 0..<0) }

    /// The hits of an array, in its order.
    public init(_ hits: [PhraseMatcher.Hit]) { self.init(hits, hits.indices) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> PhraseMatcher.Hit {
        // The run's own bounds: the buffer's would let a wrong index read another lexicon's hits.
        precondition(position >= 0 && position < count, "HitList index out of range")
        return storage[base + position]
    }

    /// Hits `range` of this list, themselves indexed from 0.
    func run(_ range: Range<Int>) -> HitList {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return HitList(storage, (base + range.lowerBound)..<(base + range.upperBound))
    }

    public static func == (lhs: HitList, rhs: HitList) -> Bool { lhs.elementsEqual(rhs) }

    public var description: String { Array(self).description }
}
