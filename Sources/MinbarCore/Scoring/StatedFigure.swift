/// A figure as a scenario's fact or a plan states it: "6", "OMR 35 million", "18%". Read
/// once, when the beat or the plan is prepared: the rules that compare a post's figures
/// with it ask on every post, and reading the text then built an analysed text per fact.
public struct StatedFigure: Sendable, Equatable {
    public let number: Double
    public let isPercent: Bool

    public init(number: Double, isPercent: Bool) {
        self.number = number
        self.isPercent = isPercent
    }

    /// The first number in `text`, and whether a "%" follows it; nil when there is none.
    public init?(reading text: String) { self.init(firstIn: AnalyzedText(text).tokens) }

    /// The first number among `tokens`, and whether a "%" follows it.
    init?(firstIn tokens: [Token]) {
        guard let index = tokens.firstIndex(where: { $0.kind == .number }) else { return nil }
        self.init(at: index, in: tokens)
    }

    /// The number at `index` and whether a "%" follows it: how a post's figure is read to
    /// be compared with a stated one. Nil when the token holds no value.
    init?(at index: Int, in tokens: [Token]) {
        guard let number = Self.value(at: index, in: tokens) else { return nil }
        self.init(number: number, isPercent: Self.percentFollows(index, in: tokens))
    }

    /// The number at `index` with the scale word said after it: "38 thousand" and «٣٨ ألف»
    /// are 38,000, "OMR 35 million" is 35,000,000. Without one it is the token's value.
    static func value(at index: Int, in tokens: [Token]) -> Double? {
        guard let number = tokens[index].number else { return nil }
        guard index + 1 < tokens.count, let scale = scales[tokens[index + 1].text] else { return number }
        return number * scale
    }

    /// Scale words, as a post spells them once normalised.
    static let scales: [String: Double] = {
        let words: [(String, Double)] = [
            ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
            ("ألف", 1e3), ("آلاف", 1e3), ("الف", 1e3), ("الاف", 1e3), ("مليون", 1e6), ("ملايين", 1e6), ("مليار", 1e9), ("مليارات", 1e9),
        ]
        return Dictionary(words.map { (TextNormalizer.normalize($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    }()

    /// Whether a "%" follows the number at `index`.
    static func percentFollows(_ index: Int, in tokens: [Token]) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].text == "%"
    }
}

/// What a beat's fact states, read once (see `StatedFigure`): `FactMismatchRule` reads it
/// for every post.
struct FactFigures: Sendable {
    /// The fact's value as a figure.
    let value: StatedFigure?
    /// Every figure the fact states: its value, and each number in its name or value, as a
    /// count and as a percentage (a post's figure matching any of them is no contradiction).
    let numbers: [StatedFigure]
    /// A value that is a date ("27 April"): its month and its day.
    let date: (month: Int, day: Double)?
    /// A value that is a code ("L-2405-17"): compared as a code, never as figures.
    let code: StatedCode?

    init(_ fact: Fact) {
        let valueTokens = AnalyzedText(fact.value).tokens
        code = StatedCode(value: fact.value)
        if code != nil {
            value = nil
            numbers = []
            date = nil
            return
        }
        value = StatedFigure(firstIn: valueTokens)
        var known = value.map { [$0] } ?? []
        // Each number as written and as scaled ("35" and "35 million"): a post that gives
        // either states the fact, not another figure.
        for tokens in [valueTokens, AnalyzedText(fact.name).tokens] {
            for index in tokens.indices where tokens[index].kind == .number {
                for number in Set([tokens[index].number, StatedFigure.value(at: index, in: tokens)].compactMap { $0 }) {
                    known += [StatedFigure(number: number, isPercent: false), StatedFigure(number: number, isPercent: true)]
                }
            }
        }
        numbers = known
        if let month = valueTokens.lazy.compactMap({ FactMismatchRule.months[$0.text] }).first,
           let day = valueTokens.first(where: { $0.kind == .number && ($0.number ?? 0) >= 1 && ($0.number ?? 0) <= 31 })?.number {
            date = (month, day)
        } else {
            date = nil
        }
    }
}
