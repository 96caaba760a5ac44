/// A scenario goal the post does not address.
struct GoalCoverageRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.missing", title: "Goal not addressed", dimension: .alignment, severity: .warning,
        rationale: """
            Plan the content: each post should advance what the moment calls for. A post that leaves out one \
            of the scenario's goals lets the audience fill the gap themselves.
            """,
        examples: [
            .triggers("A fire at our Sohar warehouse this morning. More soon.", .en, scenario: GoalExamples.english),
            .triggers("حريق في مستودع صحار صباح اليوم.", .ar, scenario: GoalExamples.arabic),
            .passes("Our thoughts are with the 6 injured workers and their families after the fire at our Sohar warehouse. Next update at 18:00 today; families can call 800 1234. An investigation is under way.", .en, scenario: GoalExamples.english),
            .passes("قلوبنا مع العمال المصابين الستة وأسرهم بعد حريق المستودع في صحار. أصيب 6 عمال. التحديث القادم الساعة ٦ مساء اليوم، وللتواصل: 80012345. بدأ التحقيق.", .ar, scenario: GoalExamples.arabic),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let beat = post.beat else { return [] }
        var findings: [Finding] = []
        for (index, goal) in beat.beat.goals.enumerated() where beat.cueHit(forGoal: index, in: post) == nil {
            let cues = goal.cues.prefix(4).map { "'\($0.text)'" }.joined(separator: ", ")
            var missing = finding(Self.message(post.feedbackLanguage, goal.label),
                                  start: post.text.length, end: post.text.length,
                                  suggestion: goal.cues.isEmpty ? Self.address(post.feedbackLanguage, goal.label) : Self.addressWith(post.feedbackLanguage, goal.label, cues))
            missing.penalty = beat.weight(ofGoal: index)
            findings.append(missing)
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The goal's label stays in '…' in both: hints find a goal's findings by it.
extension GoalCoverageRule {
    static let message = Localized(en: "The post does not address the goal '{1}'.", ar: "لا يتناول المنشور هدف '{1}'.")
    static let address = Localized(en: "Address '{1}'.", ar: "تناول '{1}'.")
    static let addressWith = Localized(en: "Address '{1}', for example with {2}.", ar: "تناول '{1}'، مثلاً بذكر {2}.")
}
