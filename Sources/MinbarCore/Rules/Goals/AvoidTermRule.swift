/// A term the scenario says to avoid.
struct AvoidTermRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.avoid", title: "Terms to avoid in this moment", dimension: .alignment, severity: .warning,
        rationale: "The scenario's author lists what this moment must not hear: speculation in a crisis, guidance to analysts, blame.",
        examples: [
            .triggers("Early signs point to sabotage at the warehouse.", .en, scenario: GoalExamples.english),
            .triggers("تشير المعلومات الأولية إلى تخريب متعمد في المستودع.", .ar, scenario: GoalExamples.arabic),
            .passes("The cause of the fire is under investigation by the civil defence.", .en, scenario: GoalExamples.english),
            .passes("سبب الحريق قيد التحقيق من الدفاع المدني.", .ar, scenario: GoalExamples.arabic),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let beat = post.beat else { return [] }
        var findings: [Finding] = []
        for (index, item) in beat.avoid.enumerated() {
            for hit in post.hits(PreparedBeat.avoidLexicon(index).lexicon).prefix(1) {
                findings.append(finding("'\(post.excerpt(hit))' is \(item.label): this moment calls for something else.",
                                        tokens: hit.firstToken..<hit.endToken, in: post,
                                        suggestion: "Leave out \(item.label); say what you know and what you are doing."))
            }
        }
        return findings
    }
}
