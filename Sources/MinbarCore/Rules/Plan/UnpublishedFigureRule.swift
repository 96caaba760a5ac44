/// Citing a plan figure the plan marks as not public yet.
struct UnpublishedFigureRule: Rule {
    let descriptor = RuleDescriptor(
        id: "plan.unpublished-figure", title: "Figures not yet public",
        titleAr: "أرقام لم تُنشر بعد", dimension: .compliance, severity: .error,
        rationale: """
            A plan may hold figures before they are published, so that content can be prepared. Citing one \
            before publication is a leak, however proud the post sounds.
            """,
        rationaleAr: """
            قد تتضمن الخطة أرقاماً قبل نشرها ليُجهَّز المحتوى مسبقاً. والاستشهاد بأحدها قبل نشره تسريب، مهما \
            بدا المنشور فخوراً.
            """,
        examples: [
            .triggers("Q4 revenue is up 12%, and our sustainability work is part of why.", .en, plan: PlanExamples.plan),
            .triggers("ارتفعت الإيرادات ١٢٪ في الربع الرابع.", .ar, plan: PlanExamples.plan),
            .passes("Our emissions per unit are down 18% since 2021, as our 2026 sustainability report shows.", .en, plan: PlanExamples.plan),
            .passes("انخفضت الانبعاثات ١٨٪ منذ ٢٠٢١ بحسب تقرير الاستدامة.", .ar, plan: PlanExamples.plan),
            // The value in the unit the figure's name gives: "OMR million" and a value of 65 is "OMR 65 million".
            .triggers("Our 2027 capital budget will be OMR 65 million.", .en, plan: PlanExamples.plan),
            .triggers("ستبلغ الميزانية الرأسمالية لعام ٢٠٢٧ نحو ٦٥ مليون ريال.", .ar, plan: PlanExamples.plan),
            .passes("Our 2027 capital budget goes to the board in January.", .en, plan: PlanExamples.plan),
            .passes("تُعرض الميزانية الرأسمالية لعام ٢٠٢٧ على مجلس الإدارة في يناير.", .ar, plan: PlanExamples.plan),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let plan = post.plan, let citation = post.planCitation else { return [] }
        return citation.figures.filter { !plan.plan.figures[$0].isPublic }.map { index in
            let figure = plan.plan.figures[index]
            let hit = post.hits(PreparedPlan.figure(index).lexicon).first!
            return finding(Self.message(post.feedbackLanguage, figure.name),
                           tokens: hit.firstToken..<hit.endToken, in: post,
                           suggestion: Self.suggestion(post.feedbackLanguage))
        }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The figure's name is the plan's, quoted as written.
extension UnpublishedFigureRule {
    static let message = Localized(en: "'{1}' is not public yet; citing it before it is published is a leak.",
                                   ar: "«{1}» لم يُنشر بعد، والاستشهاد به قبل نشره تسريب.")
    static let suggestion = Localized(en: "Leave it out until it is published, then cite where (\"in today's results\").",
                                      ar: "لا تذكره حتى يُنشر، ثم اذكر مصدره، مثل: «كما ورد في نتائج اليوم».")
}
