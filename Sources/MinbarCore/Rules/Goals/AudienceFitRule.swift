/// What each audience looks for: investors figures and plans, employees direction and
/// credit, the media facts and a contact, the public services and benefits.
struct AudienceFitRule: Rule {
    static let planWords = Lexicon("goal.audience-fit.plan", [
        "plan", "plans", "strategy", "steps", "priorities", "target", "roadmap", "programme", "program", "investing", "invest",
        "خطة", "خطتنا", "الخطة", "استراتيجية", "خطوات", "أولويات", "نستثمر", "برنامج",
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
        id: "goal.audience-fit", title: "Fit for the audience", dimension: .alignment, severity: .note,
        rationale: """
            Understand the audience first. Shareholders want figures and plans between annual reports; \
            employees want direction and recognition; the media want facts and someone to call; the public \
            wants to know which services help them and how.
            """,
        examples: [
            .triggers("We had a good quarter. Thanks for your support.", .en, scenario: AudienceFitRule.investorScenario),
            .triggers("كان ربعاً جيداً. شكراً لدعمكم.", .ar, scenario: AudienceFitRule.investorScenario),
            .passes("Revenue rose 12% in Q3, as published today; our plan puts OMR 40 million into Sohar.", .en, scenario: AudienceFitRule.investorScenario),
            .passes("ارتفعت الإيرادات ١٢٪ كما ورد في النتائج المنشورة، وخطتنا تستثمر ٤٠ مليون ريال في صحار.", .ar, scenario: AudienceFitRule.investorScenario),
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
        let lacking: [String]
        switch beat.scenario.kind {
        case .investor:
            lacking = (post.evidence.has(.figure) ? [] : ["a figure"]) + (has(Self.planWords) ? [] : ["the plan"])
        case .employee:
            lacking = (has(Self.planWords) || post.evidence.has(.date) ? [] : ["direction (what happens next)"])
                + (has(Self.creditWords) ? [] : ["credit to the team"])
        case .media:
            lacking = (post.evidence.has(.figure) ? [] : ["a fact with a figure"]) + (post.evidence.has(.contact) ? [] : ["a contact"])
        case .community:
            lacking = has(Self.serviceWords) ? [] : ["the service or benefit to people"]
        case .crisis:
            lacking = post.evidence.has(.date) || post.evidence.has(.contact) ? [] : ["a next step: when the next update comes, or whom to contact"]
        }
        guard !lacking.isEmpty else { return [] }
        let audience = beat.scenario.audience.isEmpty ? beat.scenario.kind.rawValue : beat.scenario.audience.joined(separator: ", ")
        return [finding("For \(audience), the post lacks \(lacking.joined(separator: " and ")).",
                        start: post.text.length, end: post.text.length,
                        suggestion: "Add \(lacking.joined(separator: " and ")).")]
    }
}
