import Foundation
import Testing
@testable import MinbarCore

/// The labelled development corpus (Tests/MinbarCoreTests/Corpus/posts.jsonl), written
/// independently of the rules: real-shaped executive posts, each labelled with whether
/// it breaks policy and its professionalism band.
struct LabelledPost: Sendable {
    var id: String
    var language: PostLanguage
    var platform: Platform
    var text: String
    var breaksPolicy: Bool
    var area: String?
    var band: String
}

enum Corpus {
    /// The development corpus: the rules were tuned while looking at it.
    static let posts = load("posts.jsonl")
    /// The held-out corpus, written blind to the rules and never used to tune them.
    static let heldOut = load("heldout.jsonl")

    static func load(_ name: String) -> [LabelledPost] {
        CorpusFile.objects(name).compactMap { object in
            guard let id = object["id"] as? String, let text = object["text"] as? String,
                  let language = (object["language"] as? String).flatMap(PostLanguage.init(rawValue:)),
                  let policy = object["policy"] as? Bool, let band = object["band"] as? String
            else { return nil }
            return LabelledPost(id: id, language: language,
                                platform: (object["platform"] as? String).flatMap(Platform.init(rawValue:)) ?? .x,
                                text: text, breaksPolicy: policy, area: object["area"] as? String, band: band)
        }
    }
}

/// What the engine achieves on the corpus, per language.
struct CorpusFigures {
    var recall: Double
    var falsePositiveRate: Double
    var bandOrdering: Double
    var misses: [String]
    var falseAlarms: [String]
    var disordered: [String]

    init(language: PostLanguage, corpus: [LabelledPost] = Corpus.posts, name: String = "corpus", engine: ScoringEngine = ScoringEngine()) {
        let posts = corpus.filter { $0.language == language }
        var caught = 0, breaking = 0, flagged = 0, clean = 0
        misses = []
        falseAlarms = []
        var professionalism: [String: Int] = [:]
        for post in posts {
            let report = engine.score(post.text, platform: post.platform)
            professionalism[post.id] = report.scores.professionalism
            let blocked = report.verdict == .blocked
            if post.breaksPolicy {
                breaking += 1
                if blocked { caught += 1 } else { misses.append("\(post.id) [\(post.area ?? "")] \(post.text)") }
            } else {
                clean += 1
                if blocked {
                    flagged += 1
                    falseAlarms.append("\(post.id) \(report.findings.filter { $0.severity == .error && $0.dimension == .compliance }.map(\.ruleID)) \(post.text)")
                }
            }
        }
        recall = breaking == 0 ? 0 : Double(caught) / Double(breaking)
        falsePositiveRate = clean == 0 ? 1 : Double(flagged) / Double(clean)
        // High-band posts should outscore low-band ones on professionalism.
        let high = posts.filter { $0.band == "high" }, low = posts.filter { $0.band == "low" }
        var ordered = 0.0, pairs = 0
        disordered = []
        for h in high {
            for l in low {
                pairs += 1
                let a = professionalism[h.id]!, b = professionalism[l.id]!
                if a > b { ordered += 1 } else if a == b { ordered += 0.5 }
            }
        }
        for l in low.sorted(by: { professionalism[$0.id]! > professionalism[$1.id]! }).prefix(25) {
            disordered.append("\(professionalism[l.id]!) \(l.id) \(l.text)")
        }
        for h in high.sorted(by: { professionalism[$0.id]! < professionalism[$1.id]! }).prefix(8) {
            disordered.append("high \(professionalism[h.id]!) \(h.id) \(h.text)")
        }
        bandOrdering = pairs == 0 ? 0 : ordered / Double(pairs)
        // MINBAR_CORPUS_REPORT=1 swift test --filter Corpus prints what to look at when tuning rules.
        if ProcessInfo.processInfo.environment["MINBAR_CORPUS_REPORT"] != nil {
            print((misses + falseAlarms + disordered).map { "  [\(language.rawValue)] " + $0 }.joined(separator: "\n"))
        }
        print("\(name) \(language.rawValue): \(posts.count) posts, policy recall \(recall), false-positive rate \(falsePositiveRate), band ordering \(bandOrdering)")
    }
}

@Suite struct CorpusEvaluationTests {
    @Test func corpusIsLargeAndBalancedEnough() {
        let posts = Corpus.posts
        #expect(posts.count >= 200)
        #expect(posts.filter { $0.language == .ar }.count * 3 >= posts.count)
        #expect(Set(posts.map(\.id)).count == posts.count)
    }

    /// The false-positive bar is 0.12, not 0.1, since personal attacks, insults, slurs,
    /// threats and exploiting a tragedy veto a post (issue 13): three English posts this
    /// corpus labels as compliant (an attack on a named reporter, "dead weight has to go",
    /// swearing at a predecessor) are now blocked by design (0.07 before, 0.11 after).
    @Test(arguments: [PostLanguage.en, .ar])
    func policyRecallAndFalsePositivesMeetTheBar(_ language: PostLanguage) {
        let figures = CorpusFigures(language: language)
        #expect(figures.recall >= 0.9, "recall \(figures.recall); missed:\n\(figures.misses.joined(separator: "\n"))")
        #expect(figures.falsePositiveRate <= 0.12, "false positives \(figures.falsePositiveRate):\n\(figures.falseAlarms.joined(separator: "\n"))")
    }

    @Test(arguments: [PostLanguage.en, .ar])
    func professionalPostsOutscoreUnprofessionalOnes(_ language: PostLanguage) {
        let figures = CorpusFigures(language: language)
        #expect(figures.bandOrdering >= 0.9, "ordering \(figures.bandOrdering); highest-scoring low-band and lowest-scoring high-band posts:\n\(figures.disordered.joined(separator: "\n"))")
    }

    /// Honest figures: the held-out corpus was never used to tune a rule, so its bar is
    /// lower than the development corpus's; the README reports both.
    @Test(arguments: [PostLanguage.en, .ar])
    func heldOutCorpusShowsTheRulesGeneralise(_ language: PostLanguage) {
        #expect(Corpus.heldOut.filter { $0.language == language }.count >= 40)
        let figures = CorpusFigures(language: language, corpus: Corpus.heldOut, name: "held-out")
        #expect(figures.recall >= 0.6, "held-out recall \(figures.recall)")
        #expect(figures.falsePositiveRate <= 0.15, "held-out false positives \(figures.falsePositiveRate)")
        #expect(figures.bandOrdering >= 0.75, "held-out ordering \(figures.bandOrdering)")
    }
}
