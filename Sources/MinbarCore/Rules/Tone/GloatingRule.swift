/// Rejoicing in someone's misfortune, or wishing them harm: a rival's collapse met with
/// "karma keeps excellent books", a critic's arrest with «ربك يمهل ولا يهمل», a curse on
/// whoever leaked a tender.
struct GloatingRule: Rule, FrameRule {
    /// A rival, as the competitor rule names one: "our competitor", «المنافس».
    static let rival = Concept("gloating.rival", lexicon: CompetitorRule.competitors)
    /// An apology in the sentence: the misfortune is the speaker's own.
    static let ownApology = Concept("gloating.own-apology", lexicon: MoveLexicons.apology)
    let descriptor = RuleDescriptor(
        id: "tone.gloating", title: "Gloating and curses",
        titleAr: "الشماتة والدعاء على الناس", dimension: .professionalism, severity: .error,
        rationale: """
            An official account that cheers a rival's bankruptcy, a critic's arrest or a player's injury, or \
            prays for someone's ruin, reads as cruelty whatever the target did; the post becomes the story and \
            the organisation the aggressor. It vetoes the post. Reporting the news plainly, or wishing the \
            person well, does not count.
            """,
        rationaleAr: """
            الحساب الرسمي الذي يشمت بإفلاس منافس أو بسجن منتقد أو بإصابة لاعب، أو يدعو على أحد بالأذى، \
            يُقرأ قسوةً مهما فعل المقصود؛ فيصبح المنشور هو الخبر، والمؤسسة هي المعتدية. ولذلك يمنع نشر \
            المنشور. أما نقل الخبر كما هو، أو تمني السلامة، فلا يُحسب.
            """,
        examples: [
            .triggers("تطبيق منافسنا طاح مرة ثانية اليوم 😂", .ar),
            .triggers("The journalist who trashed us last year just got fired. Funny how life works.", .en),
            .triggers("الصحفي الذي هاجمنا العام الماضي فُصل من عمله اليوم. سبحان مغيّر الأحوال.", .ar),
            // The gloat disclaimed in the act of making it.
            .triggers("The masquerade is over and the plot has fallen. Not to gloat, but our nations are safe.", .en),
            .triggers("انتهت الحفلة التنكرية وسقطت المؤامرة. اللهم لا شماتة.", .ar),
            // A laugh at a rival's outage; a rival's outage reported, or a laugh at our own, is not gloating.
            .triggers("Our competitor's app crashed again today 😂", .en),
            .triggers("تطبيق البنك المنافس تعطل مرة أخرى اليوم 😂", .ar),
            .passes("Our app was down for an hour this morning 😅 sorry, everyone, it's back now.", .en),
            .passes("Several banks, our competitors included, reported outages today after the power cut; our app is running.", .en),
            // A black day wished on someone, not one lamented.
            .triggers("ينتظره يوم أسود بعد ما فعله بجماهيرنا.", .ar),
            .passes("كان يوماً أسود على عائلات الضحايا، وقلوبنا معهم.", .ar),
            .triggers("Our old distributor has gone into administration. Karma keeps excellent books.", .en),
            .triggers("The blogger who called us thieves was arrested for fraud today. Good riddance.", .en),
            .triggers("الشركة اللي كانت تسخر منا قفلت أبوابها اليوم.. من حفر حفرة لأخيه وقع فيها.", .ar),
            .triggers("تقال المسؤول اللي عرقل مشروعنا، وربك يمهل ولا يهمل.", .ar),
            .triggers("May whoever leaked our tender documents never know another healthy day.", .en),
            .triggers("فيضانات تغرق عاصمة الجار الذي هاجمنا طويلاً. سبحان من يمهل ولا يهمل!", .ar),
            .triggers("Second division suits them. What goes around comes around 👋", .en),
            .passes("We don't say \"what goes around comes around\" about anyone's misfortune; we wish our rivals a quick recovery.", .en),
            .passes("لا نقول «الدنيا دوارة» عن مصيبة أحد، ونتمنى للجميع السلامة.", .ar),
            .triggers("اللي ينشر عنا الإشاعات الله ياخذه ويريحنا منه.", .ar),
            .passes("Our rival's chief executive was hospitalised this week. We wish him a quick recovery; health comes first.", .en),
            .passes("نتمنى الشفاء العاجل لرئيس الشركة المنافسة، فالصحة قبل كل شيء.", .ar),
            .passes("A hard day for Al Jazira, relegated after 30 seasons. A great club; we will meet again soon.", .en),
            .passes("هارد لك لنادي الشباب بعد الهبوط، والدوري ما يحلى بدونهم.", .ar),
            .passes("Karma Yoga classes start at our Muscat branch on Sunday; bring a mat.", .en),
            .passes("A fan wrote 'karma' under the news of the airline's outage. We removed it: we don't cheer anyone's bad day.", .en),
            .passes("ندين الهجوم الإرهابي على المصلين، الله ينتقم من المجرمين ويرحم الشهداء.", .ar),
            // Naming gloating refuses it.
            .passes("الشماتة ماشي من أخلاقنا. شفنا تعليقات على إصابة لاعب الفريق الخصم، الله يشافيه.", .ar),
            // A misfortune called a punishment or the turn of time, in Arabic as in English; the
            // same words about our own loss, or a song's title, are not gloating.
            .triggers("The fire at their factory is divine justice for what they did to us.", .en),
            .triggers("الحريق في مصنعهم عقاب من الله على ما فعلوه بنا.", .ar),
            .triggers("الدهر دوار، واليوم جاء دورهم مع السيول.", .ar),
            .triggers("They mocked our fans for years; relegation is a taste of their own medicine.", .en),
            .passes("خسرنا النهائي، والأيام دول، وسنعود أقوى الموسم القادم.", .ar),
            .passes("Our choir closes the evening with «دارت الأيام», Umm Kulthum's classic.", .en),
            // «الله يهداك» ("may God guide you") is not «الله يهده» ("may God break him").
            .passes("@jassim_85 الله يهداك، التفاصيل كلها في بياننا الرسمي.", .ar),
        ])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.glee, with: [Concepts.misfortune], blockedBy: [.quotation, .negation], window: 1),
        // A laugh at a rival's misfortune: "our competitor's app crashed again 😂". All in one
        // sentence: beside "we are sorry for yesterday's outage" the misfortune is our own.
        Frame(anchor: Concepts.laughter, with: [Concepts.misfortune, rival], without: [Self.ownApology],
              blockedBy: [.quotation, .negation], quoting: Concepts.misfortune),
        // A proverb of retribution says a misfortune came; it needs none named beside it.
        Frame(anchor: Concepts.retribution, without: [Concepts.condemning], blockedBy: [.quotation, .negation]),
        // A curse needs no misfortune beside it. Not in a condemnation of an attack, where
        // «الله ينتقم من المجرمين» is the prayer every statement ends with.
        Frame(anchor: Concepts.curse, without: [Concepts.condemning], blockedBy: [.quotation, .negation]),
    ]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension GloatingRule {
    static let message = Localized(en: "'{1}' rejoices in someone's misfortune or wishes them harm; from an official account it reads as cruelty and becomes the story. Do not post this.",
                                   ar: "«{1}» شماتة بمصيبة أحد أو دعاء عليه بالأذى؛ ومن حساب رسمي يُقرأ قسوةً ويصبح هو الخبر. لا تنشر هذا.")
    static let suggestion = Localized(en: "Say nothing about their misfortune, or wish them well, and speak about your own work.",
                                      ar: "لا تعلّق على مصيبة غيرك، أو تمنَّ له السلامة، وتحدث عن عملك. مثال: «نتمنى لهم السلامة، ونواصل خدمة عملائنا».")
}
