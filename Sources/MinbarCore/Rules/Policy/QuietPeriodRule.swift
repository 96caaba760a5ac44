/// Talking about financial performance during a quiet period set by the policy.
struct QuietPeriodRule: Rule {
    let descriptor = RuleDescriptor(
        id: "policy.quiet-period", title: "Quiet periods", dimension: .compliance, severity: .error,
        rationale: """
            In the weeks before results the organisation says nothing about its financial performance, so no \
            investor gets a hint before the others. The policy sets the dates.
            """,
        examples: [])

    var lexicons: [Lexicon] { [SharedLexicons.financialMetrics] }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let date = post.date, let period = post.policy.policy.quietPeriods.first(where: { $0.contains(date) }),
              let hit = post.hits(SharedLexicons.financialMetrics).first
        else { return [] }
        return [finding("'\(post.excerpt(hit))' touches financial performance during the quiet period (\(period.label), \(period.start) to \(period.end)).",
                        tokens: hit.firstToken..<hit.endToken, in: post,
                        suggestion: "Say nothing about performance until \(period.end); give only the date results will be published.")]
    }
}
