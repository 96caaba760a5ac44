/// With a plan and no scenario goals: a post that advances no objective.
struct OffPlanRule: Rule {
    let descriptor = RuleDescriptor(
        id: "plan.off-plan", title: "Post outside the plan",
        titleAr: "منشور خارج الخطة", dimension: .alignment, severity: .note,
        rationale: "Plan the content: each post should build one of the objectives the plan sets, over time.",
        rationaleAr: """
            خطّط للمحتوى: كل منشور ينبغي أن يبني، مع الوقت، أحد الأهداف التي تحددها الخطة.
            """,
        examples: [
            .triggers("Lovely sunset over Muscat tonight.", .en, plan: PlanExamples.plan),
            .triggers("غروب جميل في مسقط الليلة.", .ar, plan: PlanExamples.plan),
            .passes("Our emissions per unit are down 18% since 2021.", .en, plan: PlanExamples.plan),
            .passes("انخفضت الانبعاثات ١٨٪ منذ ٢٠٢١.", .ar, plan: PlanExamples.plan),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let plan = post.plan, !plan.plan.objectives.isEmpty, post.beat?.beat.goals.isEmpty ?? true,
              let citation = post.planCitation, citation.objectives.isEmpty else { return [] }
        let language = post.feedbackLanguage
        let objectives = Localized.list(plan.plan.objectives.prefix(3).map { Self.quoted(language, $0.title(Language(messagesFor: language))) }, language)
        var found = finding(Self.message(language), start: post.text.length, end: post.text.length,
                            suggestion: Self.tieIt(language, objectives))
        found.penalty = 10
        return [found]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The objectives' titles are the plan's, quoted as written (its Arabic ones, `title-ar:`, to an Arabic post).
extension OffPlanRule {
    static let message = Localized(en: "The post advances none of the plan's objectives.", ar: "لا يخدم المنشور أياً من أهداف الخطة.")
    static let tieIt = Localized(en: "Tie it to an objective: {1}.", ar: "اربطه بأحد أهداف الخطة: {1}.")
    static let quoted = Localized(en: "'{1}'", ar: "«{1}»")
}
