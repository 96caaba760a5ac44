/// What each audience looks for: investors figures and plans, employees direction and
/// credit, the media facts and a contact, the public services and benefits.
struct AudienceFitRule: Rule {
    static let planWords = Lexicon("goal.audience-fit.plan", [
        "plan", "plans", "strategy", "steps", "priorities", "target", "roadmap", "programme", "program", "investing", "invest",
        "=خطة", "=الخطة", "=خطط", "=الخطط", "استراتيجية", "خطوات", "أولويات", "نستثمر", "برنامج",
    ])
    static let creditWords = Lexicon("goal.audience-fit.credit", [
        "team", "colleagues", "thank", "thanks", "together", "everyone", "proud of", "فريق", "زملاء", "زملائي", "شكرا", "شكراً",
        "نشكر", "معا", "معاً", "فخور", "فخورون",
    ])
    static let serviceWords = Lexicon("goal.audience-fit.service", [
        "service", "services", "apply", "online", "app", "benefit", "benefits", "jobs", "support", "portal", "help", "households",
        "citizens", "residents", "خدمة", "الخدمة", "الخدمات", "تطبيق", "المنصة", "منصة", "فائدة", "فرص عمل", "وظائف", "دعم",
        "المواطنين", "المستفيدين", "الأسر",
    ])

    let descriptor = RuleDescriptor(
        id: "goal.audience-fit", title: "Fit for the audience",
        titleAr: "ملاءمة الجمهور", dimension: .alignment, severity: .note,
        rationale: """
            Understand the audience first. Shareholders want figures and plans between annual reports; \
            employees want direction and recognition; the media want facts and someone to call; the public \
            wants to know which services help them and how.
            """,
        rationaleAr: """
            اعرف جمهورك أولاً. المساهمون يريدون الأرقام والخطط بين التقارير السنوية، والموظفون يريدون الوجهة \
            والتقدير، والإعلام يريد الحقائق وجهة يتصل بها، والجمهور يريد أن يعرف أي الخدمات تنفعه وكيف يصل \
            إليها.
            """,
        examples: [
            .triggers("We had a good quarter. Thanks for your support.", .en, scenario: AudienceFitRule.investorScenario),
            .triggers("كان ربعاً جيداً. شكراً لدعمكم.", .ar, scenario: AudienceFitRule.investorScenario),
            .passes("Revenue rose 12% in Q3, as published today; our plan puts OMR 40 million into Sohar.", .en, scenario: AudienceFitRule.investorScenario),
            .passes("ارتفعت الإيرادات ١٢٪ كما ورد في النتائج المنشورة، وخطتنا تستثمر ٤٠ مليون ريال في صحار.", .ar, scenario: AudienceFitRule.investorScenario),
            // A dated commitment is the plan, without the word.
            .passes("Our margin fell to 37%, as published today. We will renegotiate freight contracts by 14 March.", .en, scenario: AudienceFitRule.investorScenario),
            .passes("تراجع الهامش إلى ٣٧٪ كما ورد في النتائج المنشورة اليوم. سنعيد التفاوض على عقود الشحن بحلول ١٤ مارس.", .ar, scenario: AudienceFitRule.investorScenario),
            // A figure alone is not the plan.
            .triggers("Our margin fell to 37%, as published today.", .en, scenario: AudienceFitRule.investorScenario),
            .triggers("تراجع الهامش إلى ٣٧٪ كما ورد في النتائج المنشورة اليوم.", .ar, scenario: AudienceFitRule.investorScenario),
        ])

    static let investorScenario = """
        # Quarter update
        id: example-investor
        kind: investor
        audience: shareholders
        platform: linkedin
        language: any
        difficulty: 1

        ## Situation
        Shareholders ask how the quarter went.
        """

    var lexicons: [Lexicon] { [Self.planWords, Self.creditWords, Self.serviceWords] }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let beat = post.beat else { return [] }
        let has: (Lexicon) -> Bool = { !post.hits($0).isEmpty }
        // A commitment is a plan whatever its words: "we will renegotiate freight contracts by
        // 14 March" lacked "the plan" for want of the word "plan".
        let commits = post.moves.sentences.contains { $0.counts && $0.makes(.commit) }
        let lacking: [Localized]
        switch beat.scenario.kind {
        case .investor:
            lacking = (post.evidence.has(.figure) ? [] : [Self.aFigure]) + (has(Self.planWords) || commits ? [] : [Self.thePlan])
        case .employee:
            lacking = (has(Self.planWords) || commits || post.evidence.has(.date) ? [] : [Self.direction])
                + (has(Self.creditWords) ? [] : [Self.credit])
        case .media:
            lacking = (post.evidence.has(.figure) ? [] : [Self.aFact]) + (post.evidence.has(.contact) ? [] : [Self.aContact])
        case .community:
            lacking = has(Self.serviceWords) ? [] : [Self.service]
        case .crisis:
            lacking = post.evidence.has(.date) || post.evidence.has(.contact) ? [] : [Self.nextStep]
        }
        guard !lacking.isEmpty else { return [] }
        let language = Language(messagesFor: post.feedbackLanguage)
        let audience = beat.scenario.audience.isEmpty ? beat.scenario.kind.rawValue : Localized.list(beat.scenario.audience, language)
        let missing = lacking.map { $0.text(language) }.joined(separator: Self.and.text(language))
        return [finding(Self.message(language, audience, missing),
                        start: post.text.length, end: post.text.length,
                        suggestion: Self.add(language, missing))]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension AudienceFitRule {
    static let message = Localized(en: "For {1}, the post lacks {2}.", ar: "ينقص المنشورَ لجمهوره ({1}) {2}.")
    static let add = Localized(en: "Add {1}.", ar: "أضف ما ينقصه: {1}.")
    static let and = Localized(en: " and ", ar: " و")
    static let aFigure = Localized(en: "a figure", ar: "رقمٌ")
    static let thePlan = Localized(en: "the plan", ar: "الخطة")
    static let direction = Localized(en: "direction (what happens next)", ar: "الوجهة (ما الذي سيحدث بعد ذلك)")
    static let credit = Localized(en: "credit to the team", ar: "نسبة الفضل إلى الفريق")
    static let aFact = Localized(en: "a fact with a figure", ar: "معلومةٌ برقم")
    static let aContact = Localized(en: "a contact", ar: "جهة تواصل")
    static let service = Localized(en: "the service or benefit to people", ar: "الخدمة أو الفائدة للناس")
    static let nextStep = Localized(en: "a next step: when the next update comes, or whom to contact",
                                    ar: "خطوة تالية: موعد التحديث القادم، أو بمن يتصل الناس")
}
