/// Demeaning or excluding people as a group: by sex, origin, race, religion or disability.
struct DemeaningGroupRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "policy.demeaning-group", title: "Demeaning or excluding a group",
        titleAr: "تحقير فئة من الناس أو إقصاؤها", dimension: .compliance, severity: .error,
        rationale: """
            Stereotypes and exclusion aimed at a group ("women belong in the kitchen", "deport every \
            expatriate", a race joke about a disease) are discrimination, whether meant as a joke or as policy; \
            they break labour and anti-discrimination law across the Gulf and beyond and speak for the whole \
            organisation.
            """,
        rationaleAr: """
            الصور النمطية والإقصاء الموجّه إلى فئة («مكان المرأة المطبخ»، «رحّلوا كل الوافدين»، نكتة عنصرية \
            عن مرض) تمييزٌ سواء قيلت مزاحاً أو سياسةً، وتخالف أنظمة العمل ومكافحة التمييز في الخليج وخارجه، \
            وتتحدث باسم المؤسسة كلها.
            """,
        examples: [
            // A group's nature declared: its culture, its blood, its numbers.
            .triggers("Hired another contractor from that community? Enjoy the delays. Their whole culture runs on excuses.", .en),
            .triggers("جربنا مقاولين من تلك الجالية، والنتيجة كالعادة وعود وتأخير. هذه طباعهم ولن تتغير.", .ar),
            .triggers("مع احترامي، المرأة بطبيعتها عاطفية ولا تصلح لقيادة مجالس الإدارات.", .ar),
            .passes("Our contractors from the Filipino community finished the tower two weeks early; thank you.", .en),
            .passes("شكراً لمقاولينا من الجالية الفلبينية، أنجزوا البرج قبل موعده بأسبوعين.", .ar),
            // A fault pinned on a whole group.
            .triggers("Expat nurses are lazy; we are replacing them with locals.", .en),
            .triggers("السواقات الحريم سبب أغلب الحوادث، والإحصائيات ما تكذب 😂", .ar),
            .passes("Our nurses from 14 countries worked through the holiday; thank you all.", .en),
            .triggers("Going to Africa. Hope I don't get AIDS. Just kidding. I'm white!", .en),
            .triggers("The government should deport all the expats who lost their jobs.", .en),
            .triggers("على الحكومة ترحيل كل الوافدين فوراً.", .ar),
            .passes("Expats who lost their jobs can call 800 123 for help with visas and end-of-service pay.", .en),
            .passes("نرحب بالوافدين ونقدّر إسهامهم في بناء البلد.", .ar),
            // Condemning a barbaric act against a group is solidarity, not contempt for the group.
            .passes("ندين الهجوم الهمجي الذي استهدف المصلين المسلمين في المسجد.", .ar),
            .passes("We condemn the barbaric attack on worshippers at the mosque; our thoughts are with the Muslims of the city.", .en),
        ])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.demeaning, anyEntity: [.group], blockedBy: [.quotation], window: 3),
        // A group named by where it comes from or what it belongs to, without a nationality:
        // "contractors from that community", «تلك الجالية», «الطائفة».
        Frame(anchor: Concepts.demeaning, with: [Self.communities], blockedBy: [.quotation], window: 3),
    ]
    static let communities = Concept("communities", [
        "community", "communities", "that country", "certain country", "sect", "the sect", "foreigners", "expats", "migrants",
        "immigrants", "women", "disabled", "wheelchair", "=الجالية", "=الجاليات", "=الطائفة", "=طائفة", "=الوافدين", "=وافدين",
        "=الأجانب", "=المرأة", "=النساء", "=ذوي الاحتياجات الخاصة", "=المعاقين",
    ])
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension DemeaningGroupRule {
    static let message = Localized(en: "'{1}' demeans or excludes people as a group.",
                                   ar: "«{1}» يحقّر فئة من الناس أو يقصيها بأكملها.")
    static let suggestion = Localized(en: "Remove it. Speak about behaviour and facts, never about a group.",
                                      ar: "احذفه. تحدّث عن الأفعال والحقائق، لا عن فئة من الناس. مثال: «نرحب بالوافدين ونقدّر إسهامهم في بناء البلد».")
}
