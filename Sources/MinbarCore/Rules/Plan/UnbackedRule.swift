/// A post that advances an objective with no figure, certificate or rating behind it.
struct UnbackedRule: Rule {
    let descriptor = RuleDescriptor(
        id: "plan.unbacked", title: "Objective without evidence", dimension: .alignment, severity: .warning,
        rationale: """
            List the objectives, spread them over a timeline, and back them with figures, certificates of \
            achievement and ratings from independent expert bodies. A post that only asserts an objective \
            builds nothing the audience can check.
            """,
        examples: [
            .triggers("Sustainability is at the heart of everything we do.", .en, plan: PlanExamples.plan),
            .triggers("الاستدامة في قلب كل ما نقوم به.", .ar, plan: PlanExamples.plan),
            .passes("Sustainability in figures: emissions per unit down 18% since 2021, and an A from MSCI ESG.", .en, plan: PlanExamples.plan),
            .passes("الاستدامة بالأرقام: الانبعاثات انخفضت ١٨٪ منذ ٢٠٢١.", .ar, plan: PlanExamples.plan),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let plan = post.plan, let citation = post.planCitation, let first = citation.objectives.first,
              !citation.citesEvidence, post.evidence.figures.isEmpty, post.evidence.certificates.isEmpty, post.evidence.ratings.isEmpty
        else { return [] }
        let objective = plan.plan.objectives[first]
        let hit = post.hits(PreparedPlan.objective(first).lexicon).first!
        var found = finding("The post advances '\(objective.title)' with nothing behind it.",
                            tokens: hit.firstToken..<hit.endToken, in: post,
                            suggestion: "Back it with a figure, a certificate or an independent rating from the plan.")
        found.penalty = 25
        return [found]
    }
}
