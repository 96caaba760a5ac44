import Foundation

/// A set of normalised words (closed classes, particles, stop lists) that a word is
/// looked up in by its bytes. Rules ask these sets about nearly every word of every
/// post: a `Set<String>` hashes a word outside ASCII with a normalisation check of every
/// scalar, and even a set of byte keys pays for a seeded SipHash per probe. This is an
/// open-addressing table on FNV-1a of the UTF-8 bytes. Words are compared as
/// `TextNormalizer` leaves them (Arabic without marks or hamza seats), so equal words
/// are equal bytes. The members are fixed by the program; a post's words only probe, so
/// no input can lengthen a probe beyond the table's own clusters.
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var words: [String] = []
    private var hashes: [UInt64] = []
    /// Indices into `words`, -1 for an empty slot; the count is a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 8)
    /// One bit per member, `shapeBit` of its length and first and last bytes: most words
    /// asked about are not members, and a clear bit says so without hashing the word.
    private var shapes: UInt64 = 0

    public init() {}

    public init(arrayLiteral words: String...) { self.init(words) }

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words { insert(word) }
    }

    /// FNV-1a over the word's UTF-8 bytes.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        if let done = word.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var value = hash
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return value
        }) { return done }
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// A bit from a word's length and its first and last UTF-8 bytes (the empty word has
    /// its own), mixed so that sets of either script spread over the 64 bits.
    @inline(__always)
    static func shapeBit(_ word: String) -> UInt64 {
        let utf8 = word.utf8
        let mixed: UInt64 = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return 0 }
            return UInt64(first) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(last) &* 0xC2B2_AE3D_27D4_EB4F
                ^ UInt64(truncatingIfNeeded: bytes.count) &* 0x1656_67B1_9E37_79F9
        } ?? {
            guard let first = utf8.first, let last = utf8.last else { return 0 }
            return UInt64(first) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(last) &* 0xC2B2_AE3D_27D4_EB4F
                ^ UInt64(truncatingIfNeeded: utf8.count) &* 0x1656_67B1_9E37_79F9
        }()
        return 1 &<< (mixed >> 58)
    }

    /// Whether `word` is one of the set's words, byte for byte.
    public func contains(_ word: String) -> Bool { index(of: word) != nil }

    public func contains<Word: StringProtocol>(_ word: Word) -> Bool { contains(String(word)) }

    /// The place of `word` among the set's words, in the order they were first inserted
    /// (the order the set iterates), or nil: a table of answers by word, several sets'
    /// answers found with one probe (see `WordFacts`). Inlined: `contains` is this on the hot path.
    @inline(__always)
    func index(of word: String) -> Int? {
        guard shapes & Self.shapeBit(word) != 0 else { return nil }
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let member = Int(slots[slot])
            if member < 0 { return nil }
            if hashes[member] == hash, UTF8Key(words[member]) == UTF8Key(word) { return member }
            slot = (slot + 1) & mask
        }
    }

    /// `contains(String(scalars: letters))`, without a `String`: the letters are encoded
    /// on the stack and looked up by their bytes.
    func contains(letters: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !letters.isEmpty else { return contains("") }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: letters.count * 4) { buffer in
            var count = 0
            for letter in letters { count = String.encode(letter, into: buffer, at: count) }
            return index(ofUTF8: UnsafeBufferPointer(rebasing: buffer[..<count])) != nil
        }
    }

    /// `index(of:)` of the word whose UTF-8 bytes are `utf8`, without a `String`.
    @inline(__always)
    func index(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = utf8.first, let last = utf8.last else { return words.isEmpty ? nil : index(of: "") }
        let mixed = UInt64(first) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(last) &* 0xC2B2_AE3D_27D4_EB4F
            ^ UInt64(truncatingIfNeeded: utf8.count) &* 0x1656_67B1_9E37_79F9
        guard shapes & (1 &<< (mixed >> 58)) != 0 else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let member = Int(slots[slot])
            if member < 0 { return nil }
            if hashes[member] == hash, Self.equal(words[member], utf8) { return member }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `word`'s UTF-8 bytes are `utf8`.
    @inline(__always)
    static func equal(_ word: String, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let view = word.utf8
        guard view.count == utf8.count else { return false }
        if let same = view.withContiguousStorageIfAvailable({ mine in
            mine.count == 0 || memcmp(mine.baseAddress!, utf8.baseAddress!, mine.count) == 0
        }) { return same }
        return view.elementsEqual(utf8)
    }

    public mutating func insert(_ word: String) {
        guard !contains(word) else { return }
        if (words.count + 1) * 2 > slots.count { grow() }
        words.append(word)
        hashes.append(Self.hash(word))
        shapes |= Self.shapeBit(word)
        place(words.count - 1)
    }

    /// This set with `words` added.
    public func union<Words: Sequence>(_ words: Words) -> WordSet where Words.Element == String {
        var copy = self
        for word in words { copy.insert(word) }
        return copy
    }

    public var count: Int { words.count }
    public var isEmpty: Bool { words.isEmpty }

    public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    private mutating func place(_ member: Int) {
        let hash = hashes[member]
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(member)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for member in words.indices { place(member) }
    }
}
