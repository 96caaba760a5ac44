/// Citing a plan figure the plan marks as not public yet.
struct UnpublishedFigureRule: Rule {
    let descriptor = RuleDescriptor(
        id: "plan.unpublished-figure", title: "Figures not yet public", dimension: .compliance, severity: .error,
        rationale: """
            A plan may hold figures before they are published, so that content can be prepared. Citing one \
            before publication is a leak, however proud the post sounds.
            """,
        examples: [
            .triggers("Q4 revenue is up 12%, and our sustainability work is part of why.", .en, plan: PlanExamples.plan),
            .triggers("ارتفعت الإيرادات ١٢٪ في الربع الرابع.", .ar, plan: PlanExamples.plan),
            .passes("Our emissions per unit are down 18% since 2021, as our 2026 sustainability report shows.", .en, plan: PlanExamples.plan),
            .passes("انخفضت الانبعاثات ١٨٪ منذ ٢٠٢١ بحسب تقرير الاستدامة.", .ar, plan: PlanExamples.plan),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let plan = post.plan, let citation = post.planCitation else { return [] }
        return citation.figures.filter { !plan.plan.figures[$0].isPublic }.map { index in
            let figure = plan.plan.figures[index]
            let hit = post.hits(PreparedPlan.figure(index).lexicon).first!
            return finding("'\(figure.name)' is not public yet; citing it before it is published is a leak.",
                           tokens: hit.firstToken..<hit.endToken, in: post,
                           suggestion: "Leave it out until it is published, then cite where (\"in today's results\").")
        }
    }
}
