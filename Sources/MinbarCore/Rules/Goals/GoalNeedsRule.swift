/// A goal the post meets without the evidence it needs.
struct GoalNeedsRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.needs", title: "Evidence a goal needs",
        titleAr: "الدليل الذي يحتاجه الهدف", dimension: .alignment, severity: .warning,
        rationale: """
            Back what you say with figures, certificates and ratings from independent bodies; give a date for \
            what comes next, a contact for questions, and an apology when one is owed. A claim without its \
            evidence is the first thing readers challenge.
            """,
        rationaleAr: """
            ادعم كلامك بالأرقام والشهادات وتقييمات الجهات المستقلة، واذكر موعد الخطوة التالية، وقناة \
            للاستفسار، واعتذر حين يكون الاعتذار واجباً. فالادعاء الذي لا دليل معه أول ما يشكك فيه القراء.
            """,
        examples: [
            .triggers("We will share an update on the investigation at 18:00 today.", .en, scenario: GoalExamples.english),
            .triggers("سننشر تحديثاً حول التحقيق الساعة ٦ مساء اليوم.", .ar, scenario: GoalExamples.arabic),
            .passes("The investigation has begun; we will post the next update at 18:00 today. Questions: press@sadeem.example", .en, scenario: GoalExamples.english),
            .passes("بدأ التحقيق، وسننشر التحديث القادم الساعة ٦ مساء اليوم. للاستفسار: press@sadeem.example", .ar, scenario: GoalExamples.arabic),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let language = post.feedbackLanguage
        var findings: [Finding] = []
        for status in post.goals where status.met && !status.missingNeeds.isEmpty {
            let share = max(1, (status.weight + 1) / 2 / status.missingNeeds.count)
            for need in status.missingNeeds {
                let (what, how) = need.describe(language)
                var found = finding(Self.message(language, status.label, what), tokens: status.tokens ?? post.text.tokens.indices,
                                    in: post, suggestion: how)
                found.penalty = share
                findings.append(found)
            }
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// What is missing and how to supply it come from `EvidenceNeed.describe(_:)`, in the same language.
extension GoalNeedsRule {
    static let message = Localized(en: "The goal '{1}' is met but lacks {2}.", ar: "هدف «{1}» متحقق لكنه يفتقر إلى {2}.")
}
