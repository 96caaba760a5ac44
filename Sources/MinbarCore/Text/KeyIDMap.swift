/// A map from match key ids (`MatchKeyTable`) to small integers, for the phrase
/// matcher's lookup of the phrases a token can start. Open addressing with a
/// multiplicative hash: one multiply and usually one probe per lookup, where a
/// `Dictionary` hashes each id with SipHash. The matcher probes it for every key of
/// every token, in four matchers per post.
struct KeyIDMap: Sendable {
    private var keys: [Int32]
    private var values: [Int32]
    private var shift: UInt32
    private(set) var count = 0

    /// A map with room for about `capacity` / 2 keys before it grows (a power of two, 16 or more).
    init(capacity: Int = 16) {
        var size = 16, shift: UInt32 = 28
        while size < capacity { size *= 2; shift -= 1 }
        keys = Array(filledWith: -1, count: size)
        values = Array(filledWith: 0, count: size)
        self.shift = shift
    }

    @inline(__always)
    private func slot(_ key: Int32) -> Int {
        Int((UInt32(bitPattern: key) &* 2_654_435_761) >> shift)
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(for key: Int32) -> Int32? {
        var index = slot(key)
        let mask = keys.count - 1
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found < 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Stores `value` for `key` (ids are never negative).
    mutating func set(_ value: Int32, for key: Int32) {
        precondition(key >= 0)
        if (count + 1) * 2 > keys.count { grow() }
        var index = slot(key)
        let mask = keys.count - 1
        while keys[index] >= 0 && keys[index] != key { index = (index + 1) & mask }
        if keys[index] < 0 { count += 1 }
        keys[index] = key
        values[index] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 >= 0 }
        keys = Array(filledWith: -1, count: keys.count * 2)
        values = Array(filledWith: 0, count: keys.count)
        shift -= 1
        count = 0
        for (key, value) in old { set(value, for: key) }
    }
}
