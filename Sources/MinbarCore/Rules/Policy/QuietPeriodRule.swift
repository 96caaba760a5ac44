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

    var lexicons: [Lexicon] {
        [SharedLexicons.financialMetrics, SharedLexicons.noComment, SharedLexicons.publication, InsideInformationRule.scheduledDisclosure,
         InsideInformationRule.verdict.lexicon] + Entity.allLexicons
    }

    /// Words that name the results or their period, not a performance: "our Q1 results",
    /// «نتائج الربع الأول».
    static let namingWords = WordSet(["results", "result", "quarter", "quarterly", "q1", "q2", "q3", "q4", "h1", "h2", "fy",
                                      "نتائج", "النتائج", "نتائجنا", "الربع", "الأول", "الثاني", "الثالث", "الرابع"].map(TextNormalizer.normalize))
    /// Superlatives that judge the period even without a verdict word: "our best quarter yet".
    static let superlatives = WordSet(["best", "worst", "strongest", "weakest", "أفضل", "أسوأ", "أقوى", "أضعف"].map(TextNormalizer.normalize))

    /// Whether metric `hit` says nothing of performance: its sentence has no figure and no
    /// verdict, and either declines to talk about it ("so I can't comment on Q1") or names the
    /// results only to say when they come out ("Our Q1 results will be published on 28
    /// April", «ستُنشر نتائج الربع الأول في ٢٨ أبريل»): what the quiet period asks for.
    /// "No comment, but profit is up 30%" still says it.
    static func saysNothingOfPerformance(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        let tokens = post.text.tokens
        guard !post.sentence(sentence, has: InsideInformationRule.verdict.lexicon), !Entity.percent.occurs(in: sentence, of: post),
              !Entity.amount.occurs(in: sentence, of: post),
              !post.text.sentences[sentence].contains(where: { superlatives.contains(tokens.text(at: $0)) }) else { return false }
        if post.sentence(sentence, has: SharedLexicons.noComment) { return true }
        return (hit.firstToken..<hit.endToken).allSatisfy { namingWords.contains(tokens.text(at: $0)) }
            && (post.sentence(sentence, has: SharedLexicons.publication) || post.sentence(sentence, has: InsideInformationRule.scheduledDisclosure))
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let date = post.date, let period = post.policy.policy.quietPeriods.first(where: { $0.contains(date) }),
              let hit = post.hits(SharedLexicons.financialMetrics).first(where: { !Self.saysNothingOfPerformance($0, in: post) })
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
