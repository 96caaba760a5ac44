/// A figure next to a fact's cue words that is not the fact's value.
struct FactMismatchRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.fact-mismatch", title: "Wrong figure for a known fact", dimension: .alignment, severity: .error,
        rationale: """
            Incomplete or outdated information breaks trust at once, and it takes time, effort and money to \
            rebuild. A figure that contradicts the published one will be corrected in public, by someone else.
            """,
        examples: [
            .triggers("Our thoughts are with the 8 injured workers.", .en, scenario: GoalExamples.english),
            .triggers("أصيب ٨ من العمال في الحريق.", .ar, scenario: GoalExamples.arabic),
            .passes("Our thoughts are with the 6 injured workers.", .en, scenario: GoalExamples.english),
            .passes("أصيب ٦ من العمال في الحريق.", .ar, scenario: GoalExamples.arabic),
        ])

    /// The numeric value of a fact and whether it is a percentage.
    static func value(of fact: Fact) -> (Double, Bool)? {
        let analyzed = AnalyzedText(fact.value)
        guard let index = analyzed.tokens.firstIndex(where: { $0.kind == .number }), let number = analyzed.tokens[index].number
        else { return nil }
        let percent = index + 1 < analyzed.tokens.count && analyzed.tokens[index + 1].text == "%"
        return (number, percent)
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let beat = post.beat else { return [] }
        let known = beat.facts.compactMap(Self.value(of:))
        let tokens = post.text.tokens
        var findings: [Finding] = []
        var reported = Set<Int>()
        for (index, fact) in beat.facts.enumerated() {
            guard let (expected, percent) = Self.value(of: fact) else { continue }
            for hit in post.hits(PreparedBeat.factLexicon(index).lexicon) {
                let window = max(0, hit.firstToken - 6)..<min(tokens.count, hit.endToken + 6)
                for figure in post.evidence.figures where window.contains(figure.lowerBound) && !reported.contains(figure.lowerBound) {
                    let token = tokens[figure.lowerBound]
                    guard token.sentence == tokens[hit.firstToken].sentence, let value = token.number else { continue }
                    let isPercent = figure.lowerBound + 1 < tokens.count && tokens[figure.lowerBound + 1].text == "%"
                    guard isPercent == percent else { continue }
                    if known.contains(where: { $0.0 == value && $0.1 == isPercent }) { continue }
                    reported.insert(figure.lowerBound)
                    findings.append(finding("'\(post.text.excerpt(token.start, tokens[figure.upperBound - 1 + (isPercent ? 1 : 0)].end))' does not match the known figure for \(fact.name): \(fact.value).",
                                            tokens: figure.lowerBound..<(figure.upperBound + (isPercent ? 1 : 0)), in: post,
                                            suggestion: "Use the published figure: \(fact.value)."))
                    _ = expected
                }
            }
        }
        return findings
    }
}
