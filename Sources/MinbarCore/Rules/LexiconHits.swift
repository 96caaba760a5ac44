import Foundation

/// Lexicon names as small integers, shared by the process. A post's hits are filed by
/// these, so a rule asking for a lexicon's hits probes an integer map instead of hashing
/// the lexicon's name. Names are interned when a lexicon is made (rules' lexicons once,
/// a beat's, policy's or plan's when it is prepared), never per post.
final class LexiconIDs: @unchecked Sendable {
    static let shared = LexiconIDs()

    private let lock = NSLock()
    private var ids: [String: Int32] = [:]

    /// The id of `name`, made on first sight.
    func intern(_ name: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[name] { return id }
        let id = Int32(ids.count)
        ids[name] = id
        return id
    }
}

/// Every lexicon's hits in one post, in the order the matchers found them, filed by
/// lexicon id (`Lexicon.id`).
struct LexiconHits: Sendable {
    // No default values: `init` sets each once (a default table was made, arrays
    // allocated, and dropped for every post).
    /// Each lexicon's slot by its id (-1: no hit), up to the largest id with a hit. Lexicon
    /// ids are small and dense (`LexiconIDs` numbers names from 0 as they are met, a few
    /// hundred in all), so a post's table is an array read by index: it was a hash map,
    /// probed for every hit filed and for every question a rule asks (about a hundred a post).
    private let slotOfID: [Int32]
    /// Every hit, lexicon by lexicon (in the order each lexicon was first met), each
    /// lexicon's in the order given: slot `s`'s are `hits[bounds[s]..<bounds[s + 1]]`.
    private let hits: [PhraseMatcher.Hit]
    private let bounds: [Int]
    /// Whether each slot's hits start in token order. Nearly always: a lexicon lives in one
    /// matcher, which reports in token order; disguised readings can come after.
    private let ordered: [Bool]

    /// Every hit filed under its lexicon id, in the order given: the same lists as
    /// appending them one by one, each lexicon's run placed at its final size in one buffer.
    /// Two passes over the hits (count each lexicon's, then place them), with the working
    /// tables on the stack: the post's only allocations here are the slot table, the
    /// bounds, the flags and the buffer.
    init(_ filed: [(id: Int32, hit: PhraseMatcher.Hit)]) {
        let count = filed.count
        guard count > 0 else {
            slotOfID = []
            hits = []
            bounds = []
            ordered = []
            return
        }
        var largest: Int32 = 0
        for index in 0..<count {
            let id = filed[index].id
            precondition(id >= 0, "lexicon ids are never negative")
            largest = max(largest, id)
        }
        var slotOfID = [Int32](filledWith: -1, count: Int(largest) + 1)
        var slotCount = 0
        // `bounds[s + 1]` counts slot `s`'s hits, then, summed, is where they end.
        var bounds = [Int](filledWith: 0, count: count + 1)
        var ordered: [Bool] = []
        hits = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * count) { scratch in
            // Each hit's slot, then each slot's next place in the buffer.
            let slotOfHit = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            let next = UnsafeMutableBufferPointer(rebasing: scratch[count..<(2 * count)])
            return filed.withUnsafeBufferPointer { filed in
                bounds.withUnsafeMutableBufferPointer { bounds in
                    slotOfID.withUnsafeMutableBufferPointer { slotOfID in
                        for index in 0..<count {
                            let id = Int(filed[index].id)
                            var slot = Int(slotOfID[id])
                            if slot < 0 {
                                slot = slotCount
                                slotOfID[id] = Int32(slot)
                                slotCount += 1
                            }
                            slotOfHit[index] = Int32(slot)
                            bounds[slot + 1] += 1
                        }
                    }
                    for slot in 0..<slotCount {
                        bounds[slot + 1] += bounds[slot]
                        next[slot] = Int32(bounds[slot])
                    }
                    ordered = [Bool](filledWith: true, count: slotCount)
                    return [PhraseMatcher.Hit](initializingAtMost: count) { buffer in
                        for index in 0..<count {
                            let slot = Int(slotOfHit[index])
                            let hit = filed[index].hit
                            let place = Int(next[slot])
                            if place > bounds[slot], buffer[place - 1].firstToken > hit.firstToken { ordered[slot] = false }
                            buffer.initializeElement(at: place, to: hit)
                            next[slot] = Int32(place + 1)
                        }
                        return count
                    }
                }
            }
        }
        self.slotOfID = slotOfID
        self.bounds = bounds
        self.ordered = ordered
    }

    /// The slot of the lexicon with id `id`, or nil when it has no hit (an id beyond the
    /// table, a lexicon made after the post was filed among them, has none).
    @inline(__always)
    private func slot(of id: Int32) -> Int? {
        let index = Int(id)
        guard index >= 0, index < slotOfID.count else { return nil }
        let slot = slotOfID[index]
        return slot < 0 ? nil : Int(slot)
    }

    /// The hits of `lexicon`, and whether they start in token order (so a search by
    /// position can halve them instead of reading them all).
    func hitsWithOrder(_ lexicon: Lexicon) -> (hits: HitList, ordered: Bool) {
        guard let slot = slot(of: lexicon.id) else { return (HitList(), true) }
        return (list(slot), ordered[slot])
    }

    /// Whether the lexicon with id `id` has a hit (a lexicon is filed only with its first
    /// hit): what a frame asks first, and most frames' anchors are absent from most posts.
    /// A read of the table, where the list of hits, made and released, cost more.
    func contains(_ id: Int32) -> Bool { slot(of: id) != nil }

    /// The hits of the lexicon with id `id` (none when it has none).
    subscript(id: Int32) -> HitList {
        guard let slot = slot(of: id) else { return HitList() }
        return list(slot)
    }

    subscript(lexicon: Lexicon) -> HitList { self[lexicon.id] }

    /// Where the hits of the lexicon with id `id` lie among all the post's hits (see
    /// `withAllHits`), an empty range when it has none: for a reader that goes over
    /// several lexicons' hits more than once, one read of the table each, and no list made.
    func span(of id: Int32) -> Range<Int> {
        guard let slot = slot(of: id) else { return 0..<0 }
        return bounds[slot]..<bounds[slot + 1]
    }

    /// `body` with every hit of the post, lexicon after lexicon, read in place; a
    /// lexicon's are those at its `span(of:)`.
    func withAllHits<Result>(_ body: (UnsafeBufferPointer<PhraseMatcher.Hit>) -> Result) -> Result {
        hits.withUnsafeBufferPointer(body)
    }

    private func list(_ slot: Int) -> HitList { HitList(hits, bounds[slot]..<bounds[slot + 1]) }
}
