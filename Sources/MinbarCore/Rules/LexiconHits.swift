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

    /// Files `hit` under the lexicon with id `id`.
    mutating func append(_ hit: PhraseMatcher.Hit, to id: Int32) {
        if let slot = slots.value(for: id) {
            lists[Int(slot)].append(hit)
        } else {
            slots.set(Int32(lists.count), for: id)
            lists.append([hit])
        }
    }

    /// The hits of the lexicon with id `id` (none when it has none).
    subscript(id: Int32) -> [PhraseMatcher.Hit] {
        guard let slot = slots.value(for: id) else { return [] }
        return lists[Int(slot)]
    }

    subscript(lexicon: Lexicon) -> [PhraseMatcher.Hit] { self[lexicon.id] }
}
