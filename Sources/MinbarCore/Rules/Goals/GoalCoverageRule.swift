/// A scenario goal the post does not meet: no sentence makes the goal's move about its
/// topic. Topic words in a list or in filler earn nothing.
struct GoalCoverageRule: Rule {
    let descriptor = RuleDescriptor(
        id: "goal.missing", title: "Goal not met",
        titleAr: "هدف لم يتحقق", dimension: .alignment, severity: .warning,
        rationale: """
            Plan the content: each post should do what the moment calls for (answer the question, explain the \
            cause, commit to a next step with a date, route people to a contact). A goal counts when a sentence \
            does that about the goal's subject, not when its words appear: a reader judges what you did, not \
            which words you used. A post that leaves a goal out lets the audience fill the gap themselves.
            """,
        rationaleAr: """
            خطّط للمحتوى: على كل منشور أن يؤدي ما يتطلبه الموقف (الرد على السؤال، أو شرح السبب، أو الالتزام \
            بخطوة تالية وموعدها، أو توجيه الناس إلى قناة تواصل). ويتحقق الهدف حين تؤدي جملةٌ ذلك في موضوع \
            الهدف، لا حين ترد كلماته: فالقارئ يحكم على ما فعلته لا على الكلمات التي استخدمتها. والمنشور الذي \
            يُغفل هدفاً يترك للجمهور أن يملأ الفراغ بنفسه.
            """,
        examples: [
            .triggers("A fire at our Sohar warehouse this morning. More soon.", .en, scenario: GoalExamples.english),
            .triggers("حريق في مستودع صحار صباح اليوم.", .ar, scenario: GoalExamples.arabic),
            .triggers("Workers, injured, families. Fire, warehouse. Update, investigation.", .en, scenario: GoalExamples.english),
            .triggers("العمال، المصابين، الأسر. حريق، المستودع. تحديث، التحقيق.", .ar, scenario: GoalExamples.arabic),
            .passes("Our thoughts are with the 6 injured workers and their families after the fire at our Sohar warehouse. We will publish the next update at 18:00 today; families can call 800 1234. An investigation is under way.", .en, scenario: GoalExamples.english),
            .passes("قلوبنا مع العمال المصابين الستة وأسرهم بعد حريق المستودع في صحار. أصيب 6 عمال. سننشر التحديث القادم الساعة ٦ مساء اليوم، وللتواصل: 80012345. بدأ التحقيق.", .ar, scenario: GoalExamples.arabic),
            // The same good post against goals worded only in the other language: told once that
            // they cannot be judged, in the post's language.
            .triggers("قلوبنا مع العمال المصابين الستة وأسرهم بعد حريق المستودع في صحار. سننشر التحديث القادم الساعة ٦ مساء اليوم، وللتواصل: 80012345.", .ar, scenario: GoalExamples.english),
            .triggers("Our thoughts are with the 6 injured workers after the fire at our Sohar warehouse. Next update at 18:00 today; families can call 800 1234.", .en, scenario: GoalExamples.arabic),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let language = post.feedbackLanguage
        var readable: [GoalStatus] = [], unreadable: [GoalStatus] = []
        for status in post.goals where !status.met {
            if Self.isWordedInAnotherLanguage(status, for: post) { unreadable.append(status) } else { readable.append(status) }
        }
        var findings = readable.map { status in
            var missing = finding(Self.message(for: status, language), start: post.text.length, end: post.text.length,
                                  suggestion: Self.suggestion(for: status, language))
            missing.penalty = status.weight
            return missing
        }
        // One finding for the goals the draft's language cannot reach: "you did not decline
        // to advise" would be false of «لا أستطيع تقديم نصيحة استثمارية» in an English scenario.
        if !unreadable.isEmpty {
            let labels = Localized.list(unreadable.map { Self.quoted($0.label, language) }, language)
            let arabicDraft = post.text.language == .ar
            var otherLanguage = finding((arabicDraft ? Self.englishGoals : Self.arabicGoals)(language, labels),
                                        start: post.text.length, end: post.text.length,
                                        suggestion: (arabicDraft ? Self.writeInEnglish : Self.writeInArabic)(language))
            otherLanguage.penalty = unreadable.reduce(0) { $0 + $1.weight }
            findings.append(otherLanguage)
        }
        return findings
    }

    /// Whether the goal's topic words are all in the other language from the draft's.
    static func isWordedInAnotherLanguage(_ status: GoalStatus, for post: PostAnalysis) -> Bool {
        guard let goals = post.beat?.beat.goals, goals.indices.contains(status.index) else { return false }
        return !goals[status.index].canBeMet(byDraftIn: post.text.language)
    }

    static func quoted(_ label: String, _ language: PostLanguage) -> String {
        language == .ar ? "«\(label)»" : "'\(label)'"
    }

    /// What is wrong, in terms of the move: never the goal's cue words.
    static func message(for status: GoalStatus, _ language: PostLanguage) -> String {
        let move = status.move.name(language)
        switch status.state {
        case .listOnly: return listOnly(language, status.label, move)
        case .moveMissing: return moveMissing(language, status.label, move)
        case .moveElsewhere: return moveElsewhere(language, status.label, move)
        case .absent, .met: return absent(language, status.label, move)
        }
    }

    /// How to make the move, and the information it needs.
    static func suggestion(for status: GoalStatus, _ language: PostLanguage) -> String {
        var text = status.move.instruction(about: status.label, language)
        for need in status.missingNeeds where !status.move.covers(need) {
            text += " " + need.describe(language).how
        }
        return text
    }
}

extension Move {
    /// Whether making the move already supplies the evidence (a route gives a contact).
    func covers(_ need: EvidenceNeed) -> Bool {
        switch (self, need) {
        case (.route, .contact), (.apology, .apology), (.schedule, .date), (.commit, .date), (.evidence, .figure): true
        default: false
        }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
// The goal's label is the scenario author's; the move's name comes in the same language (`Move.name(_:)`).
extension GoalCoverageRule {
    static let listOnly = Localized(en: "'{1}' appears only in a list of words, not in a sentence that does something; the goal needs you to {2}.",
                                    ar: "«{1}» مذكور في قائمة كلمات لا في جملة تؤدي غرضاً؛ المطلوب: {2}.")
    static let moveMissing = Localized(en: "The post touches '{1}' but does not {2}.",
                                       ar: "يذكر المنشور «{1}» لكنه لا يؤدي المطلوب: {2}.")
    static let moveElsewhere = Localized(en: "The post does {2}, but not about '{1}', which is what this goal asks for.",
                                         ar: "في المنشور {2}، لكنه ليس عن «{1}» كما يطلب هذا الهدف.")
    static let absent = Localized(en: "The post does not meet the goal '{1}': it needs you to {2}.",
                                  ar: "لم يحقق المنشور هدف «{1}»: المطلوب {2}.")
    // No apostrophe in the English: a quoted label ('care') must read as one quotation.
    static let englishGoals = Localized(
        en: "The goals of this scenario are worded in English, so Minbar cannot tell whether an Arabic draft meets {1}.",
        ar: "أهداف هذا السيناريو مكتوبة بالإنجليزية، فلا يستطيع منبر أن يحكم هل تحقق مسودةٌ عربية {1}.")
    static let arabicGoals = Localized(
        en: "The goals of this scenario are worded in Arabic, so Minbar cannot tell whether an English draft meets {1}.",
        ar: "أهداف هذا السيناريو مكتوبة بالعربية، فلا يستطيع منبر أن يحكم هل تحقق مسودةٌ إنجليزية {1}.")
    static let writeInEnglish = Localized(
        en: "Write the draft in English, or practise an Arabic scenario instead.",
        ar: "اكتب المسودة بالإنجليزية، أو تدرّب على سيناريو عربي بدلاً منه.")
    static let writeInArabic = Localized(
        en: "Write the draft in Arabic, or practise an English scenario instead.",
        ar: "اكتب المسودة بالعربية، أو تدرّب على سيناريو إنجليزي بدلاً منه.")
}
