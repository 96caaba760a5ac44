/// A required disclaimer missing from a post on its subject.
struct DisclaimerRule: Rule {
    let descriptor = RuleDescriptor(
        id: "policy.disclaimer", title: "Required disclaimers",
        titleAr: "إخلاءات المسؤولية المطلوبة", dimension: .compliance, severity: .error,
        rationale: "Some subjects (investments, health claims) need the disclaimer the organisation's policy prescribes.",
        rationaleAr: """
            بعض الموضوعات (الاستثمار، والادعاءات الصحية) تحتاج إلى إخلاء المسؤولية الذي تنص عليه سياسة \
            المؤسسة.
            """,
        examples: [])

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for (index, disclaimer) in post.policy.policy.disclaimers.enumerated() {
            guard let trigger = post.hits(PreparedPolicy.disclaimerTrigger(index).lexicon).first,
                  post.hits(PreparedPolicy.disclaimerText(index).lexicon).isEmpty else { continue }
            findings.append(finding(Self.message(post.feedbackLanguage, post.excerpt(trigger), disclaimer.text),
                                    start: post.text.length, end: post.text.length,
                                    suggestion: Self.add(post.feedbackLanguage, disclaimer.text)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The disclaimer is the policy's own text, quoted as written.
extension DisclaimerRule {
    static let message = Localized(en: "Posts about '{1}' must carry the disclaimer \"{2}\".",
                                   ar: "المنشور الذي يتناول «{1}» يجب أن يتضمن إخلاء المسؤولية: «{2}».")
    static let add = Localized(en: "Add: {1}", ar: "أضف إخلاء المسؤولية كما ورد في السياسة: «{1}»")
}
