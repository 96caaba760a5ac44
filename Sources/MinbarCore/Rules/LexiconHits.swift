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
    private var lists: [[PhraseMatcher.Hit]] = []
    /// Whether each list's hits start in token order. Nearly always: a lexicon lives in one
    /// matcher, which reports in token order; disguised readings can come after.
    private var ordered: [Bool] = []

    /// Every hit filed under its lexicon id, in the order given: the same as appending
    /// them one by one, with each lexicon's list made at its final size (growing the lists
    /// hit by hit reallocated most of them several times per post).
    init(_ filed: [(id: Int32, hit: PhraseMatcher.Hit)]) {
        guard !filed.isEmpty else { return }
        // Room for every lexicon from the start: grown by appending, the counts were
        // copied to a new buffer at every lexicon (the map's storage was not seen unique).
        var counts: [Int] = []
        counts.reserveCapacity(min(filed.count, 128))
        var slotOfHit = [Int32](repeating: 0, count: filed.count)
        for (index, item) in filed.enumerated() {
            if let slot = slots.value(for: item.id) {
                counts[Int(slot)] += 1
                slotOfHit[index] = slot
            } else {
                slots.set(Int32(counts.count), for: item.id)
                slotOfHit[index] = Int32(counts.count)
                counts.append(1)
            }
        }
        lists = counts.map { count in
            var list: [PhraseMatcher.Hit] = []
            list.reserveCapacity(count)
            return list
        }
        ordered = [Bool](repeating: true, count: counts.count)
        for (index, item) in filed.enumerated() {
            let slot = Int(slotOfHit[index])
            if let last = lists[slot].last, last.firstToken > item.hit.firstToken { ordered[slot] = false }
            lists[slot].append(item.hit)
        }
    }

    /// The hits of `lexicon`, and whether they start in token order (so a search by
    /// position can halve them instead of reading them all).
    func hitsWithOrder(_ lexicon: Lexicon) -> (hits: [PhraseMatcher.Hit], ordered: Bool) {
        guard let slot = slots.value(for: lexicon.id) else { return ([], true) }
        return (lists[Int(slot)], ordered[Int(slot)])
    }

    /// The hits of the lexicon with id `id` (none when it has none).
    subscript(id: Int32) -> [PhraseMatcher.Hit] {
        guard let slot = slots.value(for: id) else { return [] }
        return lists[Int(slot)]
    }

    subscript(lexicon: Lexicon) -> [PhraseMatcher.Hit] { self[lexicon.id] }
}
