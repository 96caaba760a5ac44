/// Posts like the ones people stream through `score --jsonl`: 80 to 600 characters
/// (Unicode scalars), about a quarter Arabic, clean and rule-breaking sentences mixed,
/// the same posts for the same seed. `BenchmarkCorpus` gives short one-to-three-sentence
/// posts; this one gives the longer, mixed-length posts the end-to-end figure is about.
public struct MixedLengthCorpus: Sequence {
    public static let shortest = 80
    public static let longest = 600

    public let count: Int
    public let seed: UInt64

    public init(count: Int, seed: UInt64 = 2026) {
        self.count = count
        self.seed = seed
    }

    /// One JSON object per post, `{"id":N,"text":"…"}`, as `score --jsonl` reads it.
    public static func jsonLine(id: Int, text: String) -> String {
        JSONValue.object([("id", .int(id)), ("text", .string(text))]).serialized()
    }

    public struct Iterator: IteratorProtocol {
        var remaining: Int
        var random: BenchmarkCorpus.Iterator

        public mutating func next() -> String? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let target = MixedLengthCorpus.shortest + Int(random.next64() % UInt64(MixedLengthCorpus.longest - MixedLengthCorpus.shortest + 1))
            let pool = random.next64() % 4 == 0 ? BenchmarkCorpus.arabic : BenchmarkCorpus.english
            var scalars: [Unicode.Scalar] = []
            while scalars.count < target {
                if !scalars.isEmpty { scalars.append(" ") }
                scalars += pool[Int(random.next64() % UInt64(pool.count))].unicodeScalars
            }
            // Over the longest: cut at the last space that keeps it in range.
            if scalars.count > MixedLengthCorpus.longest {
                var end = MixedLengthCorpus.longest
                while end > MixedLengthCorpus.shortest, scalars[end] != " " { end -= 1 }
                scalars.removeSubrange(end...)
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(remaining: count, random: BenchmarkCorpus(count: 0, seed: seed).makeIterator())
    }
}
