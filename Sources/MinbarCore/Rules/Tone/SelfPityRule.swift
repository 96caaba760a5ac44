/// Centring the executive's feelings in a crisis or a layoff.
struct SelfPityRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "tone.self-pity", title: "Self-pity in a crisis",
        titleAr: "استدرار الشفقة على النفس في الأزمات", dimension: .professionalism, severity: .warning,
        rationale: """
            In a layoff or a crisis, the people harmed come first. A leader who asks for sympathy ("the most \
            vulnerable thing I'll ever share", the crying-CEO post of 2022) turns the message toward himself; \
            Coombs (2007) lists victimage among the moves that backfire when the organisation caused the harm.
            """,
        rationaleAr: """
            في التسريح أو الأزمة يأتي المتضررون أولاً. والقائد الذي يطلب التعاطف («أكثر ما سأشاركه ضعفاً»، \
            ومنشور الرئيس التنفيذي الباكي في ٢٠٢٢) يحوّل الرسالة نحو نفسه؛ ويعدّ كومبز (٢٠٠٧) تصوير المؤسسة \
            ضحيةً من الردود التي تنقلب عليها حين تكون هي المتسببة في الضرر.
            """,
        examples: [
            // The writer as the victim of the blame, while others count the dead.
            .triggers("I became the public face of the disaster and was demonized and vilified. Life isn't fair.", .en),
            .triggers("أصبحت كبش فداء لهذه الكارثة، وتمت شيطنتي في كل وسيلة إعلام.", .ar),
            .passes("Our nurses were demonized and vilified online last week; we stand with them and have reported the accounts.", .en),
            .passes("جعلوا ممرضاتنا كبش فداء على الإنترنت الأسبوع الماضي، ونحن نقف معهن وقد أبلغنا عن الحسابات.", .ar),
            .triggers("This is the hardest thing I've been through in my career.", .en),
            .triggers("لا أحد يعلم كم كان هذا الأسبوع صعباً عليّ.", .ar),
            .triggers("Honestly, the criticism this month has broken me. I've given everything and this is the thanks I get.", .en),
            .triggers("بصراحة، الانتقادات هذا الشهر كسرتني. أعطيت كل شيء وهذا هو الجزاء.", .ar),
            // The company's own discomfort, with nobody affected in view; beside them it is theirs.
            .triggers("The outrage over the photo in our ad has been very difficult for us to endure.", .en),
            .passes("Today is hard for us and hardest for the 40 colleagues leaving, who each get six months' pay.", .en),
            .passes("It is hard for us to say goodbye to Captain Ahmed, who retires after 35 years of safe flying. Thank you, Captain.", .en),
            // The writer's week as the hardest of all, and unthanked.
            .triggers("Nobody has had a harder week than me. Running a company through this crisis is exhausting and nobody appreciates it.", .en),
            .triggers("لا أحد عانى هذا الأسبوع أكثر مني، إدارة شركة في هذه الأزمة مرهقة ولا أحد يقدّر.", .ar),
            .passes("Nobody has worked harder this week than our field crews, who restored power to 40,000 homes.", .en),
            .passes("لا أحد تعب هذا الأسبوع أكثر من فرقنا الميدانية التي أعادت الكهرباء إلى ٤٠ ألف منزل.", .ar),
            .triggers("This will be the most vulnerable thing I'll ever share: we had to lay off three people.", .en),
            .triggers("I just want people to see that not every CEO is cold-hearted.", .en),
            .triggers("هذا أصعب شيء مررت به في حياتي المهنية.", .ar),
            // The writer's own life as the loss, in the middle of the spill.
            .triggers("We're sorry for the disruption it has caused. There's no one who wants this over more than I do. I would like my life back.", .en),
            .triggers("نأسف للضرر الذي سببه التسرب. لا أحد يريد انتهاء هذا أكثر مني، أريد أن أستعيد حياتي.", .ar),
            .passes("Our crews want the families near the spill to get their lives back, and we will pay for every clean-up.", .en),
            // How hard it is for the writer, with nobody affected in view.
            .triggers("Nobody knows how hard this week has been for me. The abuse I've taken over this outage is unbearable.", .en),
            .triggers("الضغط الذي أعيشه منذ الحادث فوق طاقة أي إنسان.", .ar),
            .passes("Hard to put into words what this award means to me. Thank you all.", .en),
            .passes("قلبي مع أهل درنة في هذا المصاب الموجع.", .ar),
            .passes("من الصعب بالنسبة لي أن أختار لاعب الموسم، فكلهم أبطال.", .ar),
            .passes("القرار ده صعب عليّ شخصياً، وكل واحد فيهم هياخد تعويض ٦ شهور وتأمين صحي.", .ar),
            .passes("This week has been hard for the 40 colleagues leaving us; each gets 16 weeks' pay and our help finding a new role.", .en),
            .passes("كان الأسبوع صعباً على عملائنا المتضررين من الانقطاع، وسنعوضهم جميعاً.", .ar),
            .passes("It is not hard for me to say it plainly: we got this wrong, and we are sorry.", .en),
            .passes("Today 40 colleagues are leaving us. Each gets 16 weeks' pay and our help finding a new role.", .en),
            .passes("يغادرنا اليوم ٤٠ زميلاً، ولكل منهم راتب ١٦ أسبوعاً ودعم في إيجاد عمل جديد.", .ar),
        ])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.selfPity, blockedBy: [.quotation]),
        // How hard it is for the writer, with nobody affected in the sentence.
        // Support for those leaving in the same sentence puts them first ("hard on me, and each gets six months' pay").
        Frame(anchor: Concepts.hardship, with: [Concepts.writerFeels], without: [Concepts.affectedPeople, Concepts.leaverSupport],
              blockedBy: [.quotation, .question, .negation]),
    ]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension SelfPityRule {
    static let message = Localized(en: "'{1}' centres your feelings instead of the people affected.",
                                   ar: "«{1}» يضع مشاعرك في الواجهة بدل المتضررين.")
    static let suggestion = Localized(en: "Put those affected first: what happens to them, what support they get, and what you own.",
                                      ar: "قدّم المتضررين على نفسك: ما الذي سيحدث لهم، وما الدعم الذي يحصلون عليه، وما الذي تتحمله أنت. مثال: «يغادرنا اليوم ٤٠ زميلاً، ولكل منهم راتب ١٦ أسبوعاً ودعم في إيجاد عمل جديد».")
}
