/// Talking about financial performance during a quiet period set by the policy.
struct QuietPeriodRule: Rule {
    let descriptor = RuleDescriptor(
        id: "policy.quiet-period", title: "Quiet periods",
        titleAr: "فترات الصمت", dimension: .compliance, severity: .error,
        rationale: """
            In the weeks before results the organisation says nothing about its financial performance, so no \
            investor gets a hint before the others. The policy sets the dates.
            """,
        rationaleAr: """
            في الأسابيع التي تسبق النتائج لا تقول المؤسسة شيئاً عن أدائها المالي، كي لا يحصل مستثمر على \
            تلميح قبل غيره. والسياسة تحدد المواعيد.
            """,
        examples: [])

    var lexicons: [Lexicon] { [SharedLexicons.financialMetrics] }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let date = post.date, let period = post.policy.policy.quietPeriods.first(where: { $0.contains(date) }),
              let hit = post.hits(SharedLexicons.financialMetrics).first
        else { return [] }
        let language = post.feedbackLanguage
        return [finding(Self.message(language, post.excerpt(hit), period.label, period.start, period.end),
                        tokens: hit.firstToken..<hit.endToken, in: post,
                        suggestion: Self.suggestion(language, period.end))]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The period's label is the policy's own words, quoted as written.
extension QuietPeriodRule {
    static let message = Localized(en: "'{1}' touches financial performance during the quiet period ({2}, {3} to {4}).",
                                   ar: "«{1}» يتطرق إلى الأداء المالي خلال فترة الصمت «{2}» (من {3} إلى {4}).")
    static let suggestion = Localized(en: "Say nothing about performance until {1}; give only the date results will be published.",
                                      ar: "لا تقل شيئاً عن الأداء حتى {1}، واكتفِ بذكر موعد نشر النتائج، مثل: «ستُنشر نتائجنا على موقع السوق المالية في موعدها المعلن».")
}
