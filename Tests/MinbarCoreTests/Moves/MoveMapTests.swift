import Testing
@testable import MinbarCore

/// The structures that replaced dictionaries on the analysis path keep their meaning.
@Suite struct MoveMapTests {
    @Test func holdsOneRangePerMove() {
        var moves = MoveMap()
        #expect(moves.isEmpty && moves.made.isEmpty)
        moves[.commit] = 3..<5
        moves[.apology] = 0..<1
        moves[.commit] = 4..<6
        #expect(moves[.commit] == 4..<6 && moves[.apology] == 0..<1 && moves[.cause] == nil)
        #expect(moves.made == [.apology, .commit].sorted { Move.allCases.firstIndex(of: $0)! < Move.allCases.firstIndex(of: $1)! })
        moves[.commit] = nil
        moves[.apology] = nil
        #expect(moves.isEmpty)
    }

    /// `Move`, `Modality` and `Entity` hash and compare by their case as one byte; each
    /// case must be a distinct byte and the order of `allCases`.
    @Test func casesAreDistinctBytesInDeclarationOrder() {
        #expect(MemoryLayout<Move>.size == 1 && MemoryLayout<Modality>.size == 1 && MemoryLayout<Entity>.size == 1)
        #expect(Move.allCases.map(\.ordinal) == Array(Move.allCases.indices))
        #expect(Set(Modality.allCases).count == Modality.allCases.count)
        #expect(Set(Entity.allCases).count == Entity.allCases.count)
        for (index, move) in Move.allCases.enumerated() {
            #expect(Move(rawValue: move.rawValue) == move)
            #expect(Move.allCases.filter { $0 == move }.count == 1, "\(index)")
        }
        #expect(Set<Modality>([.negation, .quotation]).isDisjoint(with: [.question, .published]))
        #expect(!Set<Modality>([.negation, .quotation]).isDisjoint(with: [.quotation]))
    }

    @Test func hitsAreFiledByLexicon() {
        let cause = Lexicon("test.cause-words", ["because"])
        let thanks = Lexicon("test.thanks-words", ["thank you"])
        // Filed as the engine files them: every hit with its lexicon's id, in the order found,
        // the other lexicon's hit in the middle.
        func causeHit(_ index: Int) -> (id: Int32, hit: PhraseMatcher.Hit) {
            (cause.id, PhraseMatcher.Hit(group: 0, phrase: 0, firstToken: index, endToken: index + 1))
        }
        let hits = LexiconHits((0..<20).map(causeHit) + [(thanks.id, PhraseMatcher.Hit(group: 1, phrase: 0, firstToken: 7, endToken: 9))]
            + (20..<40).map(causeHit))
        #expect(hits[cause].map(\.firstToken) == Array(0..<40), "in the order found")
        #expect(hits[thanks].count == 1 && hits[Lexicon("test.thanks-words", [])].count == 1)
        #expect(hits[Lexicon("test.unused", [])].isEmpty)
        #expect(Lexicon("test.cause-words", []).id == cause.id, "a name has one id")
    }

    /// Through the engine: moves and lexicon hits in both languages.
    @Test func theEngineFilesMovesAndHits() {
        let engine = ScoringEngine()
        let english = engine.analyze("We apologise for the outage. We will restore service by 6pm today.")
        #expect(english.moves.sentences[1].makes(.commit) && english.moves.sentences[0].makes(.apology))
        let arabic = engine.analyze("نعتذر عن انقطاع الخدمة. سنعيد الخدمة قبل الساعة السادسة مساء اليوم.")
        #expect(arabic.moves.sentences[1].makes(.commit) && arabic.moves.sentences[0].makes(.apology))
        #expect(!arabic.hits(MoveLexicons.apology).isEmpty)
    }
}
