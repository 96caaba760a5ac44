/// A goal the post addresses without the evidence it needs.
struct GoalNeedsRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.needs", title: "Evidence a goal needs", dimension: .alignment, severity: .warning,
        rationale: """
            Back what you say with figures, certificates and ratings from independent bodies; give a date for \
            what comes next, a contact for questions, and an apology when one is owed. A claim without its \
            evidence is the first thing readers challenge.
            """,
        examples: [
            .triggers("We will share an update on the investigation soon.", .en, scenario: GoalExamples.english),
            .triggers("سنشارك تحديثاً حول التحقيق قريباً.", .ar, scenario: GoalExamples.arabic),
            .passes("The investigation has begun; next update at 18:00 today. Questions: press@sadeem.example", .en, scenario: GoalExamples.english),
            .passes("بدأ التحقيق، والتحديث القادم الساعة ٦ مساء اليوم. للاستفسار: press@sadeem.example", .ar, scenario: GoalExamples.arabic),
        ])

    static func describe(_ need: EvidenceNeed) -> (what: String, example: String) {
        switch need {
        case .figure: ("a figure", "a number with its unit (\"37%\", \"OMR 12 million\")")
        case .certificate: ("a certificate", "the certificate and who issued it (\"ISO 45001, renewed by BSI\")")
        case .rating: ("an independent rating", "the rating and the body (\"A from MSCI ESG\")")
        case .date: ("a date or time", "when (\"by 30 June\", \"at 18:00 today\")")
        case .contact: ("a contact", "where to ask (\"care@… \", \"800 1234\", \"DM us\")")
        case .apology: ("an apology", "a plain apology (\"We are sorry\", \"نعتذر\")")
        }
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let beat = post.beat else { return [] }
        var findings: [Finding] = []
        for (index, goal) in beat.beat.goals.enumerated() {
            guard let hit = beat.cueHit(forGoal: index, in: post) else { continue }
            let unmet = goal.needs.filter { !post.evidence.has($0) }
            guard !unmet.isEmpty else { continue }
            let share = max(1, (beat.weight(ofGoal: index) + 1) / 2 / unmet.count)
            for need in unmet {
                let (what, example) = Self.describe(need, post.feedbackLanguage)
                var found = finding(Self.message(post.feedbackLanguage, goal.label, what),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.add(post.feedbackLanguage, example))
                found.penalty = share
                findings.append(found)
            }
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The goal's label stays in '…' in both: hints find a goal's findings by it.
extension GoalNeedsRule {
    static let message = Localized(en: "The goal '{1}' is addressed but lacks {2}.", ar: "تناول المنشور هدف '{1}' لكن ينقصه {2}.")
    static let add = Localized(en: "Add {1}.", ar: "أضف {1}.")

    /// What a need is (as the subject of "lacks": nominative in Arabic) and an example of
    /// it (as the object of "add"), in `language`.
    static func describe(_ need: EvidenceNeed, _ language: Language) -> (what: String, example: String) {
        guard language == .ar else { return describe(need) }
        switch need {
        case .figure: return ("رقم", "رقماً مع وحدته («٣٧٪»، «١٢ مليون ريال»)")
        case .certificate: return ("شهادة", "الشهادة والجهة المانحة («ISO 45001 جدّدتها BSI»)")
        case .rating: return ("تقييم مستقل", "التقييم والجهة المقيِّمة («A من MSCI ESG»)")
        case .date: return ("تاريخ أو موعد", "الموعد («بحلول ٣٠ يونيو»، «الساعة ٦ مساء اليوم»)")
        case .contact: return ("جهة تواصل", "أين يُسأل («care@…»، «800 1234»، «راسلونا على الخاص»)")
        case .apology: return ("اعتذار", "اعتذاراً صريحاً («نعتذر لكم»)")
        }
    }
}
