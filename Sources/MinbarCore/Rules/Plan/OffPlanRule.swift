/// With a plan and no scenario goals: a post that advances no objective.
struct OffPlanRule: Rule {
    let descriptor = RuleDescriptor(
        id: "plan.off-plan", title: "Post outside the plan", dimension: .alignment, severity: .note,
        rationale: "Plan the content: each post should build one of the objectives the plan sets, over time.",
        examples: [
            .triggers("Lovely sunset over Muscat tonight.", .en, plan: PlanExamples.plan),
            .triggers("غروب جميل في مسقط الليلة.", .ar, plan: PlanExamples.plan),
            .passes("Our emissions per unit are down 18% since 2021.", .en, plan: PlanExamples.plan),
            .passes("انخفضت الانبعاثات ١٨٪ منذ ٢٠٢١.", .ar, plan: PlanExamples.plan),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let plan = post.plan, !plan.plan.objectives.isEmpty, post.beat?.beat.goals.isEmpty ?? true,
              let citation = post.planCitation, citation.objectives.isEmpty else { return [] }
        var found = finding("The post advances none of the plan's objectives.", start: post.text.length, end: post.text.length,
                            suggestion: "Tie it to an objective: " + plan.plan.objectives.prefix(3).map { "'\($0.title)'" }.joined(separator: ", ") + ".")
        found.penalty = 10
        return [found]
    }
}
