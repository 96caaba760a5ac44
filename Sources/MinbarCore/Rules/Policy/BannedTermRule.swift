/// Terms the organisation's policy bans.
struct BannedTermRule: Rule {
    let descriptor = RuleDescriptor(
        id: "policy.banned-term", title: "Terms the policy bans",
        titleAr: "عبارات تحظرها السياسة", dimension: .compliance, severity: .error,
        rationale: "The organisation's social media policy lists terms that must never appear in its posts.",
        rationaleAr: """
            تحدد سياسة المؤسسة للتواصل الاجتماعي عبارات لا يجوز أن تظهر في منشوراتها أبداً.
            """,
        examples: [])

    /// Made once: `String.lexicon` interns the name, behind a lock, every time it is asked.
    static let banned = PreparedPolicy.banned.lexicon

    func check(_ post: PostAnalysis) -> [Finding] {
        post.hits(Self.banned).map { hit in
            finding(Self.message(post.feedbackLanguage, post.excerpt(hit), post.policy.policy.name),
                    tokens: hit.firstToken..<hit.endToken, in: post, suggestion: Self.suggestion(post.feedbackLanguage))
        }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The policy's name is the organisation's own words, quoted as written.
extension BannedTermRule {
    static let message = Localized(en: "'{1}' is banned by {2}.",
                                   ar: "«{1}» من العبارات المحظورة في «{2}».")
    static let suggestion = Localized(en: "Remove it or use the wording the policy approves.",
                                      ar: "احذفها أو استخدم الصيغة التي تعتمدها السياسة.")
}
