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
            // One people ranked above another; a comparison of seasons names no people.
            .triggers("Let history record it: we are far braver than the Egyptians, who are still shaking with fear.", .en),
            .triggers("ليشهد التاريخ: نحن أشجع بكثير من المصريين، فهم ما زالوا خائفين يرتجفون.", .ar),
            .passes("Our nurses are braver than any campaign could say; thank you for every night shift.", .en),
            .passes("فريقنا هذا الموسم أذكى من الموسم الماضي في إدارة المباريات.", .ar),
            // A people said to understand nothing but force.
            .triggers("Our replies address the mentality of the people there: they only understand this language.", .en),
            .triggers("ردودنا تخاطب عقلية القوم هناك.. هم وبكل أمانة لا يفهمون إلا هذه اللغة.", .ar),
            .passes("The columnist wrote that migrants only understand force; we disagree, and our shelters stay open to all.", .en),
            .passes("لا يفهم الأطفال إلا اللغة البسيطة، ولذلك كتبنا الدليل بكلمات سهلة.", .ar),
            // A whole nationality declared unwanted, whatever crimes are cited.
            .triggers("The rise in crimes by Bangladeshi workers has made it clear that they are not welcome in our country.", .en),
            .triggers("زيادة جرائم العمالة البنغالية أوجدت شعوراً عاماً بأن هذه العمالة غير مرحب بها في المجتمع.", .ar),
            .passes("Workers of every nationality are welcome here; report any abuse to the ministry hotline.", .en),
            .passes("العمالة من كل الجنسيات مرحب بها، ونرجو الإبلاغ عن أي إساءة عبر الخط الساخن.", .ar),
            // A trait given to a whole people as the reason for a job; a sex ruled out by its nature.
            .triggers("Twenty years in hotels taught me this: put Filipinos at reception because they never stop smiling, and keep Bangladeshis in the back because they never complain.", .en),
            .triggers("عشرين سنة في الفنادق علمتني: حط الفلبينيين على الاستقبال لأنهم ما يوقفون ابتسام، وخل البنغاليين ورا لأنهم ما يشتكون.", .ar),
            .triggers("Every one of our branch managers is a man, and proudly so: this job needs decisions, not emotions. Ladies, customer care is hiring.", .en),
            .passes("Our front-desk team speaks nine languages, and guests from 40 countries told us it made them feel at home.", .en),
            .passes("يتحدث فريق الاستقبال لدينا تسع لغات، وقال ضيوف من ٤٠ دولة إن ذلك أشعرهم بأنهم في بيتهم.", .ar),
            .passes("Good investing needs decisions, not emotions: set your plan and review it every quarter.", .en),
            // Where a group belongs, what it smells of, which "some" are meant; disability as an insult.
            .triggers("Our app is so simple anyone can use it, except grandpa. Seniors, maybe leave the tech to the young ones.", .en),
            .triggers("جدك يعرف يستخدم تطبيقنا؟ أكيد لا، الشيبان مكانهم المجلس مو الإنترنت.", .ar),
            .triggers("لم تعد أحياؤنا كما كانت منذ أن امتلأت بالوافدين؛ فالفوضى والقذارة أصبحتا عنواناً لها.", .ar),
            .triggers("عروضنا صافية مثل نيتنا، مو مثل بعض الطوائف اللي تعرفونها.", .ar),
            .passes("Seniors can now book a home visit from our staff to set up the app; call 800 1234.", .en),
            .passes("نخصص لكبار السن مساراً خاصاً في فروعنا، ويمكنهم طلب زيارة منزلية لتفعيل التطبيق.", .ar),
            // Crime pinned on a group; crime against them, an arrest reported, or a fall in crime is no slur.
            .triggers("Does anyone still dispute the link between Muslim immigration and violence?", .en),
            .triggers("Most of the crime in this city is committed by migrants.", .en),
            .triggers("أغلب الجرائم في البلد من الوافدين.", .ar),
            .triggers("كل ما صارت سرقة تلقى وراها عمالة آسيوية.", .ar),
            .passes("We stand with the women who face violence at home; our hotline is 800 1234.", .en),
            .passes("Police arrested two migrants suspected of the warehouse theft; the case is with the prosecutor.", .en),
            .passes("نطلق اليوم حملة لحماية العمالة المنزلية من العنف والاستغلال.", .ar),
            .passes("انخفضت الجرائم ١٢٪ هذا العام وفق التقرير السنوي للشرطة.", .ar),
            .passes("We are donating 10,000 meals to refugees fleeing the violence in the region.", .en),
            .passes("No, migrants do not commit more crime than anyone else; the police figures say so.", .en),
            .passes("لا، الوافدون لا يرتكبون جرائم أكثر من غيرهم بحسب أرقام الشرطة.", .ar),
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
            // Women valued for their looks.
            .triggers("Our receptionists are mostly decorative, but the ladies do brighten up the lobby!", .en),
            .triggers("Just found out what hashtags are. Always compliment ladies pics", .en),
            .triggers("الموظفات عندنا في الاستقبال للزينة، والشغل الحقيقي على الرجال 😂", .ar),
            .passes("Our decorative lighting range for the wedding season is in every branch now.", .en),
            .passes("تشكيلة الإضاءة الديكور الجديدة متوفرة في جميع فروعنا.", .ar),
            .passes("Women lead 40% of our branches, and they were chosen for their results, not for decoration.", .en),
            .passes("موظفاتنا لسن للزينة، بل قائدات في كل فرع.", .ar),
            .passes("The columnist called our receptionists \"decorative\"; we disagree, and here is their record.", .en),
            // Expulsion refused, not proposed.
            .passes("إننا ندين بالفضل للعمال الأجانب في بناء دولنا، ولا أقترح هنا طردهم أو التخلص منهم.", .ar),
            .passes("We owe foreign workers a great deal for building our countries, and I am not proposing to deport them or get rid of them.", .en),
        ])

    static let frames: [Frame] = [
        // Women valued for their looks: "ladies, you're our eye candy", «البنات للزينة».
        Frame(anchor: Self.looksOnly, with: [Self.women], blockedBy: [.quotation, .negation], window: 1),
        // Not the treatment refused: «ولا أقترح طردهم أو التخلص منهم», "I am not proposing to
        // deport them". A bare negation does not do it: «مو مثل بعض الطوائف» ("not like some
        // sects") is the slight itself.
        Frame(anchor: Concepts.demeaning, anyEntity: [.group], without: [Self.notProposed], blockedBy: [.quotation], window: 3),
        // One people ranked above another: «نحن أشجع بكثير من المصريين», "we are smarter than
        // the Indians". A comparison of teams, seasons or prices names no people.
        Frame(anchor: Self.rankedAbove, anyEntity: [.group], blockedBy: [.quotation, .negation, .question]),
        // A group named by where it comes from or what it belongs to, without a nationality:
        // "contractors from that community", «تلك الجالية», «الطائفة».
        Frame(anchor: Concepts.demeaning, with: [Self.communities], without: [Self.notProposed], blockedBy: [.quotation], window: 3),
        // Crime pinned on a group: "the link between Muslim immigration and violence", «أغلب
        // الجرائم من الوافدين». Not crime against them, not an arrest the police report, not a
        // sentence that condemns or denies the link.
        Frame(anchor: Self.crime, withAny: [Self.peoples, Self.communities, Self.migration],
              without: [Concepts.condemning, Concepts.arrest, Concepts.equality, Self.againstThem, Self.policeReport],
              blockedBy: [.quotation, .negation]),
    ]
    /// A people said to be braver, cleverer or more civilised than another.
    static let rankedAbove = Concept("demeaning.ranked-above", [
        "braver than", "smarter than", "cleverer than", "more civilised than", "more civilized than", "superior to", "more honest than",
        "harder working than", "harder-working than", "cleaner than", "=أشجع من", "=أشجع بكثير من", "=أذكى من", "=أذكى بكثير من",
        "=أرقى من", "=أرقى بكثير من", "=أشرف من", "=أنظف من", "=أكثر تحضرا من", "=أكثر تحضراً من", "=أجدع من", "=أخلص من",
    ])
    /// Proposing it refused in the first person: "I am not proposing", «لا أقترح», «لا ندعو إلى».
    static let notProposed = Concept("demeaning.not-proposed", [
        "not proposing", "am not proposing", "are not proposing", "not calling for", "no one is proposing", "nobody is proposing",
        "=لا أقترح", "=ولا أقترح", "=لا نقترح", "=ولا نقترح", "=لا أدعو", "=ولا أدعو", "=لا ندعو", "=ولا ندعو",
    ])
    /// Crime and violence as a people's trait.
    /// Looks as a person's worth: decoration, eye candy, a picture to compliment.
    static let looksOnly = Concept("looks-only", [
        "eye candy", "decorative", "for decoration", "as decoration", "easy on the eye", "easy on the eyes", "pretty face", "pretty faces",
        "compliment ladies", "ladies pics", "ladies' pics", "nice legs", "sexy",
        "=للزينة", "=زينة", "=ديكور", "=كديكور", "=للديكور", "=للفرجة", "=وجه حلو", "=وجوه حلوة", "=منظر حلو",
    ])
    static let women = Concept("women", [
        "women", "woman", "ladies", "girls", "female staff", "female employees", "our female", "receptionists", "hostesses",
        "=النساء", "=المرأة", "=البنات", "=بنات", "=الحريم", "=النسوان", "=الموظفات", "=موظفاتنا", "=السكرتيرات", "=المضيفات",
    ])

    static let crime = Concept("group-crime", [
        "crime", "crimes", "criminal", "criminals", "violence", "violent", "robbery", "robberies", "theft", "thefts", "rape", "rapes",
        "terrorism", "terrorists", "stabbings", "gangs", "=الجرائم", "=الجريمة", "=جرائم", "=جريمة", "=العنف", "=سرقة", "=السرقات",
        "=سرقات", "=الإرهاب", "=إرهابيين", "=المجرمين", "=مجرمين", "=عصابات",
    ])
    /// Peoples by faith or origin (not "men" or "a 29-year-old man", whom a police report names).
    static let peoples = Concept("peoples", [
        "muslim", "muslims", "christians", "jews", "jewish", "hindus", "arabs", "africans", "asians", "indians", "pakistanis",
        "bangladeshis", "filipinos", "egyptians", "syrians", "afghans", "somalis", "nigerians", "iranians", "iraqis", "yemenis",
        "shia", "sunni", "foreigners", "expats", "expatriates", "=المسلمين", "=المسيحيين", "=اليهود", "=الهنود", "=الباكستانيين",
        "=البنغاليين", "=الفلبينيين", "=المصريين", "=السوريين", "=الأفغان", "=اليمنيين", "=الشيعة", "=السنة", "=الأجانب", "=الوافدين",
        "=وافدين", "=آسيوية", "=الآسيوية", "=الأفارقة", "=العرب",
    ])
    /// The police or a prosecutor reporting a case: "have charged a man with theft", «ضبطت الشرطة».
    static let policeReport = Concept("police-report", [
        "charged", "police", "prosecution", "prosecutor", "court", "=الشرطة", "=النيابة", "=ضبط", "=ضبطت", "=القبض", "=المحكمة",
    ])
    /// Migration named as such.
    static let migration = Concept("migration", [
        "immigration", "migration", "immigrants", "refugees", "asylum seekers", "=الهجرة", "=المهاجرين", "=اللاجئين", "=العمالة", "=عمالة",
    ])
    /// Crime done to the group, or fought for them: "violence against women", «العنف ضد المرأة».
    static let againstThem = Concept("against-them", [
        "against", "targeting", "victims", "victim", "protect", "protecting", "protection", "=ضد", "=بحق", "=ضحايا", "=حماية", "=لحماية",
        "=مكافحة", "combat", "combating", "fight", "fighting", "prevent", "prevention", "=الوقاية", "=منع",
        "fleeing", "fled", "escaping", "survivors", "face", "facing", "subjected to", "=تتعرض", "=يتعرضون", "=المعنفات", "=الفارين", "=هربا من", "=هرباً من", "=الناجين",
    ])
    static let communities = Concept("communities", [
        "community", "communities", "that country", "certain country", "sect", "the sect", "foreigners", "expats", "migrants",
        "immigrants", "women", "disabled", "wheelchair", "=الجالية", "=الجاليات", "=الطائفة", "=طائفة", "=الوافدين", "=وافدين",
        "=الأجانب", "=المرأة", "=النساء", "=ذوي الاحتياجات الخاصة", "=المعاقين",
        "seniors", "grandpa", "grandma", "the elderly", "old people", "boomers", "labour camps", "labor camps", "the help", "maids",
        "domestic workers", "fasting", "those fasting", "tribes", "=الشيبان", "=الشياب", "=العجايز", "=كبار السن", "=الطوائف", "=القبايل",
        "=القبائل", "=قبايل", "=القوم", "the people there", "people over there", "=الشغالة", "=الشغالات", "=الخدم", "=الخادمات", "=العمالة", "=سكن العمال", "=الصايمين", "=الصائمين",
        "=الوافدين", "=بالوافدين",
    ])
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension DemeaningGroupRule {
    static let message = Localized(en: "'{1}' demeans or excludes people as a group.",
                                   ar: "«{1}» يحقّر فئة من الناس أو يقصيها بأكملها.")
    static let suggestion = Localized(en: "Remove it. Speak about behaviour and facts, never about a group.",
                                      ar: "احذفه. تحدّث عن الأفعال والحقائق، لا عن فئة من الناس. مثال: «نرحب بالوافدين ونقدّر إسهامهم في بناء البلد».")
}
