/// A set of normalised words (closed classes, particles, stop lists) that a word is
/// looked up in by its bytes. A `Set<String>` hashes a word outside ASCII with a
/// normalisation check of every scalar, and rules ask these sets about nearly every
/// word of every post. Words are compared as `TextNormalizer` leaves them: Arabic
/// without marks or hamza seats, so equal words are equal bytes (`UTF8Key`).
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var members: Set<UTF8Key>

    public init() { members = [] }

    public init(arrayLiteral words: String...) { members = Set(words.map(UTF8Key.init)) }

    public init<Words: Sequence>(_ words: Words) where Words.Element == String { members = Set(words.map(UTF8Key.init)) }

    /// Whether `word` is one of the set's words, byte for byte.
    @inline(__always)
    public func contains(_ word: String) -> Bool { members.contains(UTF8Key(word)) }

    public func contains<Word: StringProtocol>(_ word: Word) -> Bool { members.contains(UTF8Key(String(word))) }

    /// This set with `words` added.
    public func union<Words: Sequence>(_ words: Words) -> WordSet where Words.Element == String {
        var copy = self
        for word in words { copy.members.insert(UTF8Key(word)) }
        return copy
    }

    public mutating func insert(_ word: String) { members.insert(UTF8Key(word)) }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    public func makeIterator() -> some IteratorProtocol<String> { members.lazy.map(\.text).makeIterator() }
}
