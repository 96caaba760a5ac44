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
    // A post's hits fall in a few dozen lexicons: room for them from the start.
    private var slots = KeyIDMap(capacity: 128)
    /// Every hit, lexicon by lexicon (in the order each lexicon was first met), each
    /// lexicon's in the order given: slot `s`'s are `hits[bounds[s]..<bounds[s + 1]]`.
    private var hits: [PhraseMatcher.Hit] = []
    private var bounds: [Int] = [0]
    /// Whether each slot's hits start in token order. Nearly always: a lexicon lives in one
    /// matcher, which reports in token order; disguised readings can come after.
    private var ordered: [Bool] = []

    /// Every hit filed under its lexicon id, in the order given: the same lists as
    /// appending them one by one, each lexicon's run placed at its final size in one buffer.
    init(_ filed: [(id: Int32, hit: PhraseMatcher.Hit)]) {
        guard !filed.isEmpty else { return }
        // Room for every lexicon from the start: grown by appending, the counts were
        // copied to a new buffer at every lexicon (the map's storage was not seen unique).
        var counts: [Int] = []
        counts.reserveCapacity(min(filed.count, 128))
        var slotOfHit = [Int32](repeating: 0, count: filed.count)
        for index in filed.indices {
            let id = filed[index].id
            if let slot = slots.value(for: id) {
                counts[Int(slot)] += 1
                slotOfHit[index] = slot
            } else {
                slots.set(Int32(counts.count), for: id)
                slotOfHit[index] = Int32(counts.count)
                counts.append(1)
            }
        }
        var bounds = [Int](repeating: 0, count: counts.count + 1)
        for slot in counts.indices { bounds[slot + 1] = bounds[slot] + counts[slot] }
        // Where each slot's next hit goes; `counts` is not needed again.
        var next = bounds
        var ordered = [Bool](repeating: true, count: counts.count)
        hits = [PhraseMatcher.Hit](unsafeUninitializedCapacity: filed.count) { buffer, initialized in
            for index in filed.indices {
                let slot = Int(slotOfHit[index])
                let hit = filed[index].hit
                let place = next[slot]
                if place > bounds[slot], buffer[place - 1].firstToken > hit.firstToken { ordered[slot] = false }
                buffer.initializeElement(at: place, to: hit)
                next[slot] = place + 1
            }
            initialized = filed.count
        }
        self.bounds = bounds
        self.ordered = ordered
    }

    /// The hits of `lexicon`, and whether they start in token order (so a search by
    /// position can halve them instead of reading them all).
    func hitsWithOrder(_ lexicon: Lexicon) -> (hits: HitList, ordered: Bool) {
        guard let slot = slots.value(for: lexicon.id) else { return (HitList(), true) }
        return (list(Int(slot)), ordered[Int(slot)])
    }

    /// The hits of the lexicon with id `id` (none when it has none).
    subscript(id: Int32) -> HitList {
        guard let slot = slots.value(for: id) else { return HitList() }
        return list(Int(slot))
    }

    subscript(lexicon: Lexicon) -> HitList { self[lexicon.id] }

    private func list(_ slot: Int) -> HitList { HitList(hits, bounds[slot]..<bounds[slot + 1]) }
}
