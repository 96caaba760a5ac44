import Dispatch
import Testing
@testable import MinbarCore

/// Scoring time grows with the post, not with its square, whatever the post is made of
/// (issue 16, item 4). Each worst case of about 1 MiB is compared with an ordinary post
/// of the same size scored in the same run, so the test measures a ratio, not a speed.
@Suite(.serialized) struct LinearTimeTests {
    static let size = ScoringEngine.maximumPostBytes - 64

    /// `unit` repeated to about `size` bytes after `head`.
    static func post(_ head: String, _ unit: String) -> String {
        let count = (size - head.utf8.count) / unit.utf8.count
        return head + String(repeating: unit, count: count)
    }

    static let worstCases: [(String, String)] = [
        ("Arabic letter and marks", post("ب", "\u{064E}")),
        ("Arabic mixed marks", post("بسم", "\u{064E}\u{0651}\u{0652}")),
        ("Latin accent pairs", post("e", "\u{0301}\u{0300}")),
        // One letter stretched over the whole post is also read unstretched (`WordForms.unstretched`).
        ("one Latin letter", post("", "a")),
        ("one Arabic letter", post("", "ع")),
        ("zero-width joiners", post("a", "\u{200D}")),
        ("joiners between Arabic letters", post("", "ل\u{200D}")),
        // Rules that asked, for every hit, whether a sentence held another lexicon's hit by
        // reading all of that lexicon's hits (5, 7 and 5 s in release before 70ca75a).
        ("insults quoted and condemned", post("", "A fan called him 'an idiot'. We condemn this abuse. ")),
        ("laughter at complaints, Arabic", post("", "ههههههه بعض الناس يشتكون. ")),
        ("forecasts", post("", "Our profit will rise 20% next quarter. ")),
        // Every hedged apology asked whether the post owned the fault anywhere, and every
        // sentence whether any non-apology finding covered it (1.4 -> 5.8 s at 4,000
        // sentences in a debug build before the mend).
        ("apologies to whoever took offence, Arabic", post("", "نعتذر لكل من انزعج من الإعلان. ")),
        // Every judging word asked whether its sentence spoke to someone by reading the
        // sentence: one long sentence of them went quadratic (0.11 / 1.17 s at 2,500 /
        // 10,000 repetitions in release before the mend).
        ("judging words in one long sentence", post("", "our lazy employees are useless, ")),
        ("judging words in one long sentence, Arabic", post("", "موظفونا الكسالى فاشلون، ")),
        // Every hit is checked against the set phrases that mask words (`SetPhrases`).
        ("the greeting repeated", post("", "السلام عليكم ورحمة الله وبركاته، ألف مبروك. ")),
    ]

    func seconds(_ text: String, _ engine: ScoringEngine) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = engine.score(text)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func worstCasePostsScoreWithinAFixedMultipleOfAnOrdinaryOne() {
        let engine = ScoringEngine()
        let english = Self.post("", "Our Q3 gross margin was 37%, as in this morning's published results. ")
        let arabic = Self.post("", "هامشنا الإجمالي ٣٧٪ كما ورد في النتائج المنشورة صباح اليوم. ")
        _ = engine.score("warm up")
        let ordinary = max(seconds(english, engine), seconds(arabic, engine))
        for (name, text) in Self.worstCases {
            #expect(text.utf8.count <= ScoringEngine.maximumPostBytes)
            let taken = seconds(text, engine)
            // Quadratic behaviour on 1 MiB is thousands of times slower; 10x leaves room
            // for a busy machine without letting it through.
            #expect(taken < 10 * ordinary + 0.5, "\(name): \(taken) s against \(ordinary) s for an ordinary post")
        }
    }
}
