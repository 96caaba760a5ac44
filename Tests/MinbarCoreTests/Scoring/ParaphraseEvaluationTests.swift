import Foundation
import Testing
@testable import MinbarCore

/// Posts written blind to the rules (Tests/MinbarCoreTests/Corpus/paraphrases.jsonl): the
/// same eleven compliance areas the issue lists, said in other words than the obvious
/// ones, and near misses that must not be stopped. Split like the real cases, by FNV-1a
/// of the id: the development half was read to broaden concepts; the test half prints
/// only aggregates.
struct ParaphraseCase {
    var id: String
    var language: PostLanguage
    var area: String
    var breaksPolicy: Bool
    var text: String

    static let all: [ParaphraseCase] = load("paraphrases.jsonl")
    /// A second batch by another writer, blind to the rules. Scored once as test material
    /// (30 Nov 2026: en 19/44, ar 20/44), then read and used as development material for
    /// the next round.
    static let secondBatch: [ParaphraseCase] = load("paraphrases-b.jsonl")
    /// A third batch by a third writer, blind to the rules and never read: test material,
    /// aggregates only.
    static let thirdBatch: [ParaphraseCase] = load("paraphrases-c.jsonl")
    /// A fourth batch by a fourth writer, blind to the rules. Scored once as test material
    /// (1 Dec 2026, b9eb3ad: en 24/44 caught and 1/22 clean blocked, ar 21/44 and 2/22), then
    /// read and used as development material for the next round.
    static let fourthBatch: [ParaphraseCase] = load("paraphrases-d.jsonl")

    static func load(_ name: String) -> [ParaphraseCase] {
        CorpusFile.objects(name).compactMap { object in
            guard let id = object["id"] as? String, let text = object["text"] as? String,
                  let language = (object["language"] as? String).flatMap(PostLanguage.init(rawValue:)),
                  let policy = object["policy"] as? Bool, let area = object["area"] as? String
            else { return nil }
            return ParaphraseCase(id: id, language: language, area: area, breaksPolicy: policy, text: text)
        }
    }

    static var development: [ParaphraseCase] { all.filter { RealCases.fnv1a64($0.id) % 2 == 0 } }
    static var test: [ParaphraseCase] { all.filter { RealCases.fnv1a64($0.id) % 2 == 1 } }
}

@Suite struct ParaphraseEvaluationTests {
    static func figures(_ cases: [ParaphraseCase], _ language: PostLanguage) -> (recall: Proportion, falsePositives: Proportion, misses: [String]) {
        let engine = ScoringEngine()
        var caught = 0.0, breaking = 0, flagged = 0.0, clean = 0
        var misses: [String] = []
        for item in cases where item.language == language {
            let blocked = engine.score(item.text).verdict == .blocked
            if item.breaksPolicy {
                breaking += 1
                if blocked { caught += 1 } else { misses.append("miss \(item.id) [\(item.area)] \(item.text)") }
            } else {
                clean += 1
                if blocked { flagged += 1; misses.append("false \(item.id) \(item.text)") }
            }
        }
        return (Proportion(successes: caught, total: breaking), Proportion(successes: flagged, total: clean), misses)
    }

    @Test(arguments: [ParaphraseCase.all, ParaphraseCase.secondBatch, ParaphraseCase.thirdBatch, ParaphraseCase.fourthBatch])
    func corpusCoversEveryAreaInBothLanguages(_ all: [ParaphraseCase]) {
        #expect(all.count >= 120)
        #expect(Set(all.map(\.id)).count == all.count)
        for language in [PostLanguage.en, .ar] {
            let areas = Set(all.filter { $0.language == language && $0.breaksPolicy }.map(\.area))
            #expect(areas.count >= 11, "\(language): \(areas.sorted())")
            #expect(all.contains { $0.language == language && !$0.breaksPolicy })
        }
    }

    /// `MINBAR_PARAPHRASE_REPORT=1 swift test --filter paraphraseDevelopmentHalf` prints the misses.
    @Test(arguments: [PostLanguage.en, .ar])
    func paraphraseDevelopmentHalf(_ language: PostLanguage) {
        let result = Self.figures(ParaphraseCase.development, language)
        print("paraphrases dev \(language.rawValue): recall \(result.recall), false positives \(result.falsePositives)")
        if ProcessInfo.processInfo.environment["MINBAR_PARAPHRASE_REPORT"] != nil { print(result.misses.joined(separator: "\n")) }
        #expect(result.recall.value >= 0.6 && result.falsePositives.value <= 0.1)
    }

    /// The test half: aggregates only. The bars are a little under the figures read once,
    /// after the development work (30 Nov 2026); they are far below the targets.
    /// Arabic recall fell from 7/22 to 6/22 when the word-form collision audit made five
    /// lexicon words exact (one breach had been caught through a collision); the bar
    /// followed the measurement down rather than the collision being kept.
    @Test(arguments: [PostLanguage.en, .ar])
    func paraphraseTestHalf(_ language: PostLanguage) {
        let result = Self.figures(ParaphraseCase.test, language)
        print("paraphrases test \(language.rawValue): recall \(result.recall), false positives \(result.falsePositives)")
        // Read again on 1 Dec 2026 after the completed concept families: en 11/22, ar 10/22.
        #expect(result.recall.value >= 0.40, "test-half recall \(result.recall)")
        #expect(result.falsePositives.value <= 0.26, "test-half false positives \(result.falsePositives)")
    }

    /// A batch read after its blind reading, now development material: it holds a recall and
    /// a false-positive bar, and `MINBAR_PARAPHRASE_REPORT=1` lists its misses.
    static func developmentBatchHolds(_ batch: [ParaphraseCase], named name: String, _ language: PostLanguage,
                                      recall: Double, falsePositives: Double) {
        let result = figures(batch, language)
        print("paraphrases \(name) batch \(language.rawValue): recall \(result.recall), false positives \(result.falsePositives)")
        if ProcessInfo.processInfo.environment["MINBAR_PARAPHRASE_REPORT"] != nil { print(result.misses.joined(separator: "\n")) }
        #expect(result.recall.value >= recall, "\(name)-batch recall \(result.recall)")
        #expect(result.falsePositives.value <= falsePositives, "\(name)-batch false positives \(result.falsePositives)")
    }

    /// The second batch, now development material: it was read after its blind reading.
    @Test(arguments: [PostLanguage.en, .ar])
    func secondBatchHoldsItsFigures(_ language: PostLanguage) {
        Self.developmentBatchHolds(ParaphraseCase.secondBatch, named: "second", language, recall: 0.70, falsePositives: 0.05)
    }

    /// The fourth batch, development material since its blind reading.
    @Test(arguments: [PostLanguage.en, .ar])
    func fourthBatchHoldsItsFigures(_ language: PostLanguage) {
        Self.developmentBatchHolds(ParaphraseCase.fourthBatch, named: "fourth", language, recall: 0.70, falsePositives: 0.05)
    }

    /// The third batch: read once, as aggregates, after the second round (30 Nov 2026):
    /// English 13/44 caught and 1/22 clean posts blocked, Arabic 20/44 and 0/22. The bars
    /// sit a little under those figures, far below the targets.
    static let thirdBatchBars: [PostLanguage: (recall: Double, falsePositives: Double)] = [
        // Read again, as aggregates, after the fourth batch's round, the word forms and the completed
        // concept families (1 Dec 2026): English 15/44 and 1/22, Arabic 24/44 and 0/22.
        .en: (recall: 0.30, falsePositives: 0.10), .ar: (recall: 0.50, falsePositives: 0.10),
    ]

    @Test(arguments: [PostLanguage.en, .ar])
    func thirdBatchHoldsItsFigures(_ language: PostLanguage) {
        let result = Self.figures(ParaphraseCase.thirdBatch, language)
        print("paraphrases third batch \(language.rawValue): recall \(result.recall), false positives \(result.falsePositives)")
        let bar = Self.thirdBatchBars[language]!
        #expect(result.recall.value >= bar.recall, "third-batch recall \(result.recall)")
        #expect(result.falsePositives.value <= bar.falsePositives, "third-batch false positives \(result.falsePositives)")
    }
}
