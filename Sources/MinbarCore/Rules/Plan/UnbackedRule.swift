/// A post that advances an objective with no figure, certificate or rating behind it.
struct UnbackedRule: Rule {
    let descriptor = RuleDescriptor(
        id: "plan.unbacked", title: "Objective without evidence",
        titleAr: "هدف بلا دليل", dimension: .alignment, severity: .warning,
        rationale: """
            List the objectives, spread them over a timeline, and back them with figures, certificates of \
            achievement and ratings from independent expert bodies. A post that only asserts an objective \
            builds nothing the audience can check.
            """,
        rationaleAr: """
            حدد الأهداف، ووزّعها على جدول زمني، وادعمها بالأرقام وشهادات الإنجاز وتقييمات الجهات المستقلة \
            المتخصصة. والمنشور الذي يكتفي بادعاء الهدف لا يبني شيئاً يستطيع الجمهور التحقق منه.
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
        var found = finding(Self.message(post.feedbackLanguage, objective.title(Language(messagesFor: post.feedbackLanguage))),
                            tokens: hit.firstToken..<hit.endToken, in: post,
                            suggestion: Self.suggestion(post.feedbackLanguage))
        found.penalty = 25
        return [found]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The objective's title is the plan's, quoted as written (its Arabic one, `title-ar:`, to an Arabic post).
extension UnbackedRule {
    static let message = Localized(en: "The post advances '{1}' with nothing behind it.",
                                   ar: "يخدم المنشور هدف «{1}» دون دليل يسنده.")
    static let suggestion = Localized(en: "Back it with a figure, a certificate or an independent rating from the plan.",
                                      ar: "ادعمه برقم أو شهادة أو تقييم مستقل من الخطة، مثل: «انخفضت الانبعاثات ١٨٪ منذ ٢٠٢١ بحسب تقرير الاستدامة».")
}
