import Testing
@testable import MinbarCore

/// `LexiconHits` keeps every lexicon's hits in one buffer; each lexicon must still read
/// as its own list, in the order filed, indexed from 0.
@Suite struct LexiconHitsTests {
    private func hit(_ group: Int, _ first: Int) -> PhraseMatcher.Hit {
        PhraseMatcher.Hit(group: group, phrase: first % 3, firstToken: first, endToken: first + 1)
    }

    @Test func interleavedHitsReadAsOneListPerLexicon() {
        let a = Lexicon("test.hitlist-a", ["a"]), b = Lexicon("test.hitlist-b", ["b"]), c = Lexicon("test.hitlist-c", ["c"])
        // Filed the way the engine files them: lexicons interleaved, one out of token order.
        let filed: [(id: Int32, hit: PhraseMatcher.Hit)] = [
            (b.id, hit(1, 2)), (a.id, hit(0, 0)), (b.id, hit(1, 5)), (c.id, hit(2, 9)),
            (a.id, hit(0, 4)), (b.id, hit(1, 3)), (a.id, hit(0, 8)),
        ]
        let hits = LexiconHits(filed)
        for lexicon in [a, b, c] {
            let expected = filed.filter { $0.id == lexicon.id }.map(\.hit)
            #expect(Array(hits[lexicon]) == expected, "\(lexicon.name)")
            #expect(hits[lexicon.id] == HitList(expected))
            // Indexed from 0, whatever the list's place in the buffer.
            #expect(hits[lexicon].indices == 0..<expected.count)
            for index in expected.indices { #expect(hits[lexicon][index] == expected[index]) }
        }
        #expect(hits.hitsWithOrder(a).ordered && hits.hitsWithOrder(c).ordered)
        #expect(!hits.hitsWithOrder(b).ordered, "5 is filed before 3")
        #expect(hits[Lexicon("test.hitlist-unused", [])].isEmpty && hits.hitsWithOrder(Lexicon("test.hitlist-unused", [])).ordered)
        #expect(LexiconHits([])[a].isEmpty)
    }

    /// As many lexicons as hits (the most the map is sized for), and one lexicon for all.
    @Test func everyHitItsOwnLexiconOrAllInOne() {
        let lexicons = (0..<40).map { Lexicon("test.hitlist-many-\($0)", ["w"]) }
        let spread = LexiconHits(lexicons.indices.reversed().map { (lexicons[$0].id, hit($0, $0)) })
        for index in lexicons.indices { #expect(Array(spread[lexicons[index]]) == [hit(index, index)]) }
        let one = LexiconHits((0..<40).map { (lexicons[0].id, hit(0, 39 - $0)) })
        #expect(Array(one[lexicons[0]]) == (0..<40).map { hit(0, 39 - $0) } && !one.hitsWithOrder(lexicons[0]).ordered)
        #expect(one[lexicons[1]].isEmpty)
    }

    @Test func aRunOfAListIsItsOwnListFromZero() {
        let list = HitList((0..<6).map { hit(0, $0) })
        let run = list.run(2..<5)
        #expect(run.count == 3 && run.indices == 0..<3)
        #expect(Array(run) == Array(list[2..<5]))
        #expect(run.run(1..<3) == HitList([hit(0, 3), hit(0, 4)]))
        #expect(list.run(6..<6).isEmpty && HitList().isEmpty)
        #expect(run != list && run == HitList(Array(run)))
    }
}
