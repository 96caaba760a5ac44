/// A term the scenario says to avoid.
struct AvoidTermRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.avoid", title: "Terms to avoid in this moment",
        titleAr: "عبارات يجب تجنبها في هذا الموقف", dimension: .alignment, severity: .warning,
        rationale: "The scenario's author lists what this moment must not hear: speculation in a crisis, guidance to analysts, blame.",
        rationaleAr: """
            يحدد كاتب السيناريو ما لا يحتمله هذا الموقف: التكهن في الأزمات، أو التوقعات المالية للمحللين، أو \
            إلقاء اللوم.
            """,
        examples: [
            .triggers("Early signs point to sabotage at the warehouse.", .en, scenario: GoalExamples.english),
            .triggers("تشير المعلومات الأولية إلى تخريب متعمد في المستودع.", .ar, scenario: GoalExamples.arabic),
            .passes("The cause of the fire is under investigation by the civil defence.", .en, scenario: GoalExamples.english),
            .passes("سبب الحريق قيد التحقيق من الدفاع المدني.", .ar, scenario: GoalExamples.arabic),
            // The term denied says the opposite: "the airline's failure, not one employee's".
            .passes("No arson or sabotage that we know of: Civil Defence is investigating the cause.", .en, scenario: GoalExamples.english),
            .passes("لا تخريب متعمد في ما نعرفه حتى الآن، والدفاع المدني يحقق في السبب.", .ar, scenario: GoalExamples.arabic),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let beat = post.beat else { return [] }
        var findings: [Finding] = []
        for (index, item) in beat.avoid.enumerated() {
            // A term denied is not said: "that was the airline's failure, not one employee's"
            // owns the failure, however close it comes to the words of scapegoating.
            for hit in post.hits(PreparedBeat.avoidLexicon(index).lexicon).lazy.filter({ !Modality.negates($0.firstToken, in: post) }).prefix(1) {
                findings.append(finding(Self.message(post.feedbackLanguage, post.excerpt(hit), item.label),
                                        tokens: hit.firstToken..<hit.endToken, in: post,
                                        suggestion: Self.leaveOut(post.feedbackLanguage, item.label)))
            }
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension AvoidTermRule {
    static let message = Localized(en: "'{1}' is {2}: this moment calls for something else.", ar: "«{1}» من قبيل {2}، والموقف يتطلب غير ذلك.")
    static let leaveOut = Localized(en: "Leave out {1}; say what you know and what you are doing.", ar: "تجنّب {1}، وقل ما تعرفه وما تفعله.")
}
