/// Mocking a regulator or an investigating authority.
struct RegulatorMockeryRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "policy.regulator-mockery", title: "Mocking a regulator",
        titleAr: "السخرية من جهة رقابية", dimension: .compliance, severity: .error,
        rationale: """
            A listed company's executive who mocks the securities regulator ("Shortseller Enrichment \
            Commission", 2018) or an investigator damages the relationship the company depends on and invites \
            enforcement; in 2019 the SEC sought contempt over the same account.
            """,
        rationaleAr: """
            القيادي في شركة مدرجة الذي يسخر من هيئة السوق («هيئة إثراء البائعين على المكشوف»، ٢٠١٨) أو من \
            جهة تحقيق يضر بعلاقة تعتمد عليها شركته ويستدعي العقوبة؛ وفي ٢٠١٩ طلبت هيئة الأوراق المالية \
            الأمريكية من المحكمة إدانته بازدرائها بسبب الحساب نفسه.
            """,
        examples: [
            // The body told to resign, and a war said to be declared on the club.
            .triggers("إن كان اتحاد الكرة لا يستطيع ضبط لجانه فعليه أن يستقيل، وهذا آخر إنذار.", .ar),
            .triggers("If the football federation cannot control its committees, it should resign. This is the last warning.", .en),
            .triggers("هذه حرب معلنة ضدنا من لجنة الحكام.", .ar),
            .triggers("This is a declared war on us by the referees committee.", .en),
            .passes("The federation's president announced that he will resign at the end of the season; we thank him for his work.", .en),
            .passes("أعلن رئيس اتحاد الكرة أنه سيستقيل بنهاية الموسم، ونشكره على جهوده.", .ar),
            .triggers("لجنة الانضباط محتاجة نظارة أكثر من الحكم 🤓 ثلاث مباريات على تدخل نظيف.", .ar),
            .triggers("The regulator has too little to do.", .en),
            .triggers("هيئة السوق المالية أثبتت مرة أخرى أنها لا تفهم كيف تعمل الأسواق.", .ar),
            .triggers("Another fine from the Competition Authority. Do they get a bonus per fine?", .en),
            .triggers("غرامة جديدة من هيئة المنافسة. هل يأخذون مكافأة على كل غرامة؟", .ar),
            // Officials told they cannot see.
            .triggers("The disciplinary committee needs glasses more than the referee did 🤓 Three matches for a clean tackle.", .en),
            .triggers("لجنة الانضباط تحتاج نظارة أكثر من الحكم نفسه 🤓 إيقاف ٣ مباريات على تدخل نظيف!", .ar),
            .passes("Free eye tests this week: one in three drivers needs glasses and doesn't know it.", .en),
            .passes("فحص نظر مجاني هذا الأسبوع، فواحد من كل ثلاثة سائقين يحتاج نظارة دون أن يعلم.", .ar),
            // A regulator named by its officials: the bureaucrat, his agency, the federation.
            .triggers("Embarrassing to watch an unelected bureaucrat flail to hide that his agency has no power here.", .en),
            .triggers("الاتحاد السعودي يتحجج بالظروف منذ ست سنوات، والأعذار لا تنتهي.", .ar),
            .passes("We met the agency's inspectors today and will publish the audit findings when they are final.", .en),
            // Mockery reported in quotation marks is somebody else's; said, it is ours.
            .passes("He told the court: \"this trial is a witch hunt\"; the court rejected the claim.", .en),
            .passes("قال المتهم أمام المحكمة: «هذه المحاكمة مهزلة»، ورفضت المحكمة كلامه.", .ar),
            .triggers("This trial is a witch hunt, and the court knows it.", .en),
            .passes("نشكر الاتحاد السعودي على اعتماد جدول الموسم، وسنلتزم بمواعيده.", .ar),
            // A ruling defied in public; an appeal through the courts is the proper channel.
            .triggers("For the record: we will not be complying with yesterday's court ruling. Our app stays live in every market.", .en),
            .triggers("نؤكد لعملائنا أن قرار المحكمة التجارية الصادر أمس لن يغيّر شيئاً، وسنستمر كالمعتاد.", .ar),
            .passes("We disagree with yesterday's court ruling and will appeal; until then we will comply with it in full.", .en),
            .passes("نحترم حكم المحكمة وسنستأنفه عبر القنوات النظامية، ونلتزم به حتى ذلك الحين.", .ar),
            .passes("Reports that we said \"we will not comply with the court ruling\" are false.", .en),
            .passes("ما نُسب إلينا من أننا \"لن نلتزم بحكم المحكمة\" غير صحيح.", .ar),
            // Sarcasm: a late discovery applauded, a fine shrugged off as a fee.
            .triggers("Big congratulations to the Capital Markets Authority on discovering the internet. Only took a decade.", .en),
            .triggers("The Financial Conduct Commission fined us again. Cute. At this point it's basically a subscription fee.", .en),
            .triggers("تهانينا للبنك المركزي على رفع الفائدة للمرة الرابعة، عبقرية نادرة 👏", .ar),
            .triggers("وزارة التجارة تبينا نرفع لهم تقارير كل شهر! اللي ما عنده شغل يطلع له شغل.", .ar),
            .passes("Congratulations to the Capital Markets Authority on its new crypto guidance; we will publish our compliance plan next month.", .en),
            .passes("نهنئ البنك المركزي على إطلاق نظام المدفوعات الفورية، وسنربط خدماتنا به هذا الشهر.", .ar),
            // Its officials as people who never did the job.
            .triggers("The Central Bank's new rules are a gift to loan sharks. Whoever wrote them has never run a bank.", .en),
            .triggers("تعليمات البنك المركزي الجديدة هدية للمرابين، ومن كتبها لم يدر بنكاً في حياته.", .ar),
            .passes("The Central Bank's new rules take effect on 1 March; our branches can explain what changes for your loan.", .en),
            .passes("تسري تعليمات البنك المركزي الجديدة من ١ مارس، وفروعنا جاهزة لشرح ما يتغير في قرضك.", .ar),
            // Bad faith charged, whatever else the sentence says: "fine" and "rules" are not enforcement.
            .triggers("The regulator is lying about us to cover its own failures, and our rules are fine.", .en),
            .triggers("هيئة السوق المالية تكذب علينا لتغطي إخفاقاتها، وأمورنا بخير.", .ar),
            .passes("The regulator fined a broker for lying to clients about fees; we welcome the decision.", .en),
            .passes("غرّمت الهيئة وسيطاً كذب على عملائه بشأن الرسوم، ونرحب بالقرار.", .ar),
            .triggers("The SEC forgot to read our transcript. How embarrassing.", .en),
            .triggers("The regulator is more concerned with press headlines than with safety.", .en),
            .triggers("هيئة السوق المالية نايمة ولا تعرف ماذا يحدث في السوق، مهزلة.", .ar),
            .passes("الهيئة تعلن مواعيد العمل الجديدة، والكلام المتداول قديم ومضحك.", .ar),
            .passes("We are cooperating fully with the SEC.", .en),
            .passes("نتعاون بالكامل مع هيئة السوق المالية.", .ar),
            .triggers("The Capital Market Authority has once again proved it has no idea how markets work.", .en),
            .triggers("هيئة السوق المالية آخر من يعلم، كالعادة.", .ar),
            .passes("As usual, our IR team will brief the Capital Market Authority on the results before we publish them.", .en),
            .triggers("هيئة أسواق المال طلعت تعميم جديد، الظاهر عندهم موظف فاضي 😂", .ar),
            .triggers("Another circular from the regulator this week 😂 someone there is bored.", .en),
            .passes("Congratulations to the regulator's team on the new investor portal 🎉", .en),
            // Unequal rules, excuses and petty tyrants, said of the regulator.
            .triggers("Why did the disciplinary committee ignore the same offence last week? Double standards, as always.", .en),
            .triggers("يا لجنة الانضباط، لماذا تغاضت اللجنة عن نزول أسماء وركزت على لاعبنا؟", .ar),
            .passes("Our new code applies the same standard to every supplier; the regulator has reviewed it.", .en),
            .passes("نشكر لجنة الانضباط على سرعة البت في الشكوى، وسنلتزم بالقرار.", .ar),
            .triggers("Congratulations to the Telecom Regulatory Commission on finding yet another excuse to delay our licence.", .en),
            .triggers("لجنة الانضباط تعاقبنا على شمروخ واحد وتسكت عن غيرنا! مكيالين وبكل وضوح.", .ar),
            // A laugh two sentences on is about something else: the licence, the team, the CEO's smile.
            .passes("We received our licence from the Central Bank today. Thank you to the whole team. Our CEO hasn't stopped smiling 😂", .en),
            // Bad faith charged to a regulator: an agenda, a plot, a rigged process.
            .triggers("I have a theory: regulators let the bad actors grow and blow up because it serves their agenda.", .en),
            .triggers("قرارات لجنة الانضباط مؤامرة مكشوفة على النادي وجماهيره.", .ar),
            .passes("The regulator does not act in bad faith; we disagree with the ruling and will appeal through the proper channel.", .en),
            .passes("حذّرت هيئة السوق المالية من حسابات مأجورين تروّج لتوصيات مضللة.", .ar),
            .passes("غرّمت لجنة الانضباط المدرب ٥٠ ألف ريال بسبب تصريحاته عن وجود مؤامرة ضد النادي.", .ar),
            // The regulator's statement called misleading; its warnings and fines about misleading claims are not.
            .triggers("The Capital Market Authority's statement about our fund is inaccurate and misleading.", .en),
            .triggers("بيان هيئة السوق المالية عن صندوقنا مضلل ويسيء إلى المستثمرين.", .ar),
            .passes("The Capital Market Authority warned investors about misleading adverts for unlicensed funds.", .en),
            .passes("غرّمت هيئة السوق المالية وسيطاً بسبب تضليل العملاء.", .ar),
            .passes("We do not think the regulator's statement is misleading; we will answer its questions in full.", .en),
            .passes("The Central Bank confirmed that the reports about a run on local banks are misleading.", .en),
            .passes("أكد البنك المركزي أن الأخبار المتداولة عن سحب الودائع مضللة.", .ar),
            .passes("The CMA fined an investor SAR 200,000 for a campaign of lies about a listed bank.", .en),
            .passes("أطلقت وزارة التجارة حملة ممنهجة لمكافحة الغش التجاري في الأسواق.", .ar),
        ])

    static let frames: [Frame] = [
        // Mockery said, not reported in quotation marks ("he told the court: "a witch hunt"").
        Frame(anchor: Concepts.regulator, with: [Concepts.mockery], blockedBy: [.quotation], window: 1, saidOnly: true),
        // A laugh beside the regulator is at its expense.
        Frame(anchor: Concepts.regulator, with: [Concepts.laughter], blockedBy: [.quotation, .negation], window: 1),
        // "Serves their agenda", «مؤامرة»: a charge of bad faith against the regulator itself.
        // Anchored on the charge, so that "does not act in bad faith" denies it.
        Frame(anchor: Concepts.badFaith, with: [Concepts.regulator], without: Concepts.notACharge,
              blockedBy: [.quotation, .negation], quoting: Concepts.regulator),
        // The regulator's own words called misleading: a public dispute with the regulator
        // that belongs in a formal response. Not the regulator warning of, or fining,
        // somebody else's misleading claims, nor quoted confirming a report false.
        Frame(anchor: Self.misleadingCharge, with: [Concepts.regulator],
              without: [Concepts.warning, Concepts.enforcement, Self.confirming],
              blockedBy: [.quotation, .negation, .question], quoting: Concepts.regulator),
        // A ruling or an order defied in public: "we will not be complying with yesterday's
        // court ruling", «قرار المحكمة لن يغيّر شيئاً». The refusal carries its own "not", so
        // a negation does not stand it aside; an appeal through the courts is no defiance.
        Frame(anchor: Self.defiance, withAny: [Concepts.regulator, Self.ruling], without: [Self.appealing],
              blockedBy: [.quotation, .question], window: 1),
        // A court's ruling that "changes nothing": said of a decision on rates it reassures
        // customers, said of a judgment against the company it defies the court.
        Frame(anchor: Self.changesNothing, with: [Self.ruling], without: [Self.appealing], blockedBy: [.quotation, .question]),
        // Its resignation demanded in public: "the committee should resign", «فعلى اللجنة أن تستقيل».
        Frame(anchor: Self.resignationDemanded, with: [Concepts.regulator], blockedBy: [.quotation, .question, .negation], window: 1),
    ]

    /// Telling the body to go: "should resign", "must step down", «عليه أن يستقيل».
    static let resignationDemanded = Concept("resignation-demanded", [
        "should resign", "must resign", "has to resign", "ought to resign", "should step down", "must step down", "should all resign",
        "=أن تستقيل", "=أن يستقيل", "=أن يستقيلوا", "=فلتستقل", "=فليستقل", "=عليها الاستقالة", "=عليه الاستقالة", "=عليهم الاستقالة",
    ])

    /// Refusing to obey, or saying a decision changes nothing.
    static let defiance = Concept("defiance", [
        "will not be complying", "won't be complying", "will not comply", "won't comply", "not going to comply", "refuse to comply",
        "we will ignore", "we'll ignore", "ignore the ruling", "ignore the order", "ignore the court",
        "=لن نلتزم", "=لن ننفذ", "=لن نطبق", "=لن نمتثل", "=ما راح نلتزم", "=ما بنلتزم", "=سنتجاهل", "=بنتجاهل", "=القرارات على الورق",
    ])
    /// Saying a decision changes nothing (see the frame: only of a court's ruling).
    static let changesNothing = Concept("changes-nothing", [
        "changes nothing", "will change nothing", "won't change anything", "will not change anything", "doesn't change anything",
        "=لن يغير شيئا", "=لن يغيّر شيئاً", "=لن يغير شيئاً", "=ما راح يغير شي", "=ما بيغير شي", "=لا يغير شيئا", "=لا يغير شيئاً",
    ])
    /// A court's ruling or order.
    static let ruling = Concept("ruling", [
        "court ruling", "the ruling", "court order", "the court's order", "the judgment", "the judgement", "the verdict",
        "=قرار المحكمة", "=حكم المحكمة", "=الحكم القضائي", "=حكم قضائي",
    ])
    /// Disagreement taken through the proper channel: an appeal, a review, the courts.
    static let appealing = Concept("appealing", [
        "appeal", "appealing", "we respect", "respect the", "will comply", "=نستأنف", "=سنستأنف", "=الاستئناف", "=نحترم", "=سنلتزم",
        "=نلتزم",
    ])

    /// The regulator as the source that confirms ("the central bank confirmed that the
    /// reports are misleading"), not as the one charged. Not `Concepts.authorityStatement`:
    /// its «بيان الهيئة» is also the statement a post calls misleading.
    static let confirming = Concept("regulator-confirming", [
        "confirmed", "confirms", "clarified", "clarifies", "=أكد", "=أكدت", "=أوضح", "=أوضحت", "=تؤكد", "=يؤكد",
    ])

    /// Calling something misleading or inaccurate: "the CMA's statement is inaccurate and
    /// misleading", «بيان الهيئة مضلل».
    static let misleadingCharge = Concept("misleading-charge", [
        "misleading", "inaccurate", "=مضلل", "=مضللة", "=مضللاً", "=مضللا", "=تضليل", "غير دقيق", "غير دقيقة",
    ])
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension RegulatorMockeryRule {
    static let message = Localized(en: "'{1}' mocks a regulator or an investigating authority.",
                                   ar: "في الجملة سخرية من «{1}»، وهي جهة رقابية أو جهة تحقيق.")
    static let suggestion = Localized(en: "Disagree through the proper channel; in public, say you are cooperating and state facts.",
                                      ar: "إن كان لديك اعتراض فقدّمه عبر القنوات الرسمية، وقل علناً إنكم متعاونون واذكر الحقائق. مثال: «نتعاون بالكامل مع هيئة السوق المالية».")
}
