/// Citing a certificate that has expired by the day of the post.
struct ExpiredCertificateRule: Rule {
    let descriptor = RuleDescriptor(
        id: "plan.expired-certificate", title: "Expired certificate",
        titleAr: "شهادة منتهية الصلاحية", dimension: .alignment, severity: .warning,
        rationale: "Outdated information breaks trust at once: a certificate cited after it expired will be corrected in public.",
        rationaleAr: """
            المعلومة القديمة تهدم الثقة فوراً: والشهادة التي يُستشهد بها بعد انتهاء صلاحيتها سيصححها غيرك \
            على الملأ.
            """,
        examples: [
            .triggers("Our sites are ISO 14001 certified by BSI.", .en, plan: PlanExamples.plan),
            .triggers("مواقعنا حاصلة على شهادة ISO 14001.", .ar, plan: PlanExamples.plan),
            .passes("Our sites follow our environmental management system.", .en, plan: PlanExamples.plan),
            .passes("مواقعنا تطبق نظام الإدارة البيئية.", .ar, plan: PlanExamples.plan),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let plan = post.plan, let citation = post.planCitation, let date = post.date else { return [] }
        return citation.certificates.compactMap { index in
            let certificate = plan.plan.certificates[index]
            guard let expires = certificate.expires, expires < date else { return nil }
            let hit = post.hits(PreparedPlan.certificate(index).lexicon).first!
            var found = finding(Self.message(post.feedbackLanguage, certificate.name, expires), tokens: hit.firstToken..<hit.endToken,
                                in: post, suggestion: Self.suggestion(post.feedbackLanguage))
            found.penalty = 15
            return found
        }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The certificate's name is the plan's, quoted as written.
extension ExpiredCertificateRule {
    static let message = Localized(en: "'{1}' expired on {2}.", ar: "انتهت صلاحية «{1}» في {2}.")
    static let suggestion = Localized(en: "Cite it only once it is renewed, or say when the renewal audit takes place.",
                                      ar: "لا تستشهد بها إلا بعد تجديدها، أو اذكر موعد تدقيق التجديد.")
}
