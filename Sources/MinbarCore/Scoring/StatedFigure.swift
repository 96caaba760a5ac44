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
        guard let number = tokens[index].number else { return nil }
        self.init(number: number, isPercent: Self.percentFollows(index, in: tokens))
    }

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

    init(_ fact: Fact) {
        let valueTokens = AnalyzedText(fact.value).tokens
        value = StatedFigure(firstIn: valueTokens)
        var known = value.map { [$0] } ?? []
        for tokens in [valueTokens, AnalyzedText(fact.name).tokens] {
            for token in tokens where token.kind == .number {
                if let number = token.number { known += [StatedFigure(number: number, isPercent: false), StatedFigure(number: number, isPercent: true)] }
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
