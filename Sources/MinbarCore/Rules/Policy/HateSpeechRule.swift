/// Discrimination and hate speech against a group.
struct HateSpeechRule: Rule {
    static let groups = Lexicon("policy.hate-speech.groups", [
        "subcontinent", "that part of", "workers from", "mothers", "male candidates", "female candidates", "wheelchairs", "in wheelchairs", "that village", "people from", "الجنسية", "ذيك الجنسية", "تلك الجنسية", "المذهب", "ذاك المذهب", "=أتباع", "=اتباع", "القبيلة",
        "foreigners", "expats", "expatriates", "immigrants", "migrants", "migrant workers", "women", "indians", "bengalis",
        "bangladeshis", "pakistanis", "filipinos", "africans", "asians", "arabs", "westerners", "jews", "christians", "muslims",
        "shia", "shias", "sunni", "sunnis", "gays", "the disabled", "old people", "those people", "these people", "their kind",
        "domestic workers", "maids", "labourers",
        "الأجانب", "الاجانب", "الوافدين", "الوافدون", "العمالة الوافدة", "=النساء", "=المرأة", "=للمرأة", "=والمرأة", "=بالمرأة", "=المراة", "=امرأة", "الهنود", "البنغال", "البنغاليين",
        "الباكستانيين", "الفلبينيين", "الأفارقة", "اليهود", "النصارى", "المسيحيين", "الشيعة", "أهل السنة", "=السنيين", "المعاقين", "هؤلاء",
        "=الخادمات", "=خادمات", "العمال",
        "women as", "wheelchair user", "a wheelchair user", "=البنات", "=للبنات", "=والبنات", "الحريم", "بعض الجنسيات", "من بعض الجنسيات",
        "nepalis", "sri lankans", "egyptians", "syrians", "sudanese", "yemenis", "ethiopians", "kenyans", "nigerians", "iranians", "iraqis",
        "lebanese", "jordanians", "palestinians", "europeans", "americans", "chinese", "blacks", "black people", "gay people", "lesbians",
        "trans people", "atheists", "hindus", "the elderly", "older workers", "young people", "millennials", "boomers", "girls", "females",
        "the handicapped", "disabled people", "autistic people", "the deaf", "the blind", "hijabis", "المصريين", "السوريين", "السودانيين",
        "اليمنيين", "الإثيوبيين", "الأحباش", "الحبش", "النيباليين", "السريلانكيين", "الإيرانيين", "العجم", "الفرس", "الترك", "=الأتراك", "=البدون",
        "الهنديات", "الفلبينيات", "=الخدم", "=الشغالات", "=شغالات", "النسوان", "الستات", "العجايز", "الشياب", "كبار السن", "ذوي الإعاقة", "ذوي الهمم",
        "المتوحدين", "=الصم", "المكفوفين", "الملحدين", "الإسماعيلية", "الصوفية", "الدروز", "العلويين", "الإباضية", "الأقليات", "الآسيويين",
        "العمالة الآسيوية", "المحجبات",
        // A people named by where they come from, by what they belong to or by "that" one:
        // "the people of the south", "that nationality", «أهل القرى», «أتباع تلك الطائفة».
        "people of the", "the people of", "people from the", "folks from", "their people", "that nationality", "this nationality",
        "certain nationalities", "some nationalities", "that tribe", "this tribe", "that sect", "this sect", "members of that",
        "that community", "those villagers", "villagers", "refugees", "asylum seekers", "gypsies", "bedouins", "northerners", "southerners",
        "that race", "their race", "those foreigners",
        "=شعوبهم", "=شعوبها", "أهل القرى", "أهل الجنوب", "أهل الشمال", "أهل الريف", "أهل المدن", "أهل البادية", "أهل الصعيد", "=الصعايدة",
        "=البدو", "القرويين", "=الطائفة", "تلك الطائفة", "هذه الطائفة", "=الطوائف", "أبناء تلك", "أبناء القبيلة", "تلك القبيلة", "هذه القبيلة",
        "=اللاجئين", "=اللاجئون", "=النازحين", "=المتجنسين", "=المجنسين", "=الغجر",
        // Colloquial plurals that name a people with a sneer: «المصاروة».
        "=المصاروة", "=مصاروة", "=المقيمين", "=المقيمون",
    ] + nationalPeoples)

    /// A people named by its nationality, in the forms posts use: "Qataris", "the Iraqi
    /// people", «العراقيون», «القطريين», «الشعب العراقي». Built from one list of nationality
    /// adjectives so that every nationality has every form; a trait pinned on them is hate
    /// speech whichever neighbour or rival it names.
    static let nationalPeoples: [String] = {
        let nationalities: [(en: String, plural: String, ar: String)] = [
            ("iraqi", "iraqis", "عراقي"), ("qatari", "qataris", "قطري"), ("saudi", "saudis", "سعودي"), ("emirati", "emiratis", "إماراتي"),
            ("kuwaiti", "kuwaitis", "كويتي"), ("bahraini", "bahrainis", "بحريني"), ("omani", "omanis", "عماني"), ("yemeni", "yemenis", "يمني"),
            ("egyptian", "egyptians", "مصري"), ("syrian", "syrians", "سوري"), ("lebanese", "lebanese", "لبناني"),
            ("jordanian", "jordanians", "أردني"), ("palestinian", "palestinians", "فلسطيني"), ("sudanese", "sudanese", "سوداني"),
            ("libyan", "libyans", "ليبي"), ("tunisian", "tunisians", "تونسي"), ("algerian", "algerians", "جزائري"),
            ("moroccan", "moroccans", "مغربي"), ("iranian", "iranians", "إيراني"), ("turkish", "turks", "تركي"), ("indian", "indians", "هندي"),
            ("pakistani", "pakistanis", "باكستاني"), ("afghan", "afghans", "أفغاني"), ("american", "americans", "أمريكي"),
            ("british", "brits", "بريطاني"), ("french", "frenchmen", "فرنسي"), ("russian", "russians", "روسي"), ("israeli", "israelis", "إسرائيلي"),
        ]
        return nationalities.flatMap { nationality -> [String] in
            let ar = nationality.ar
            return ["the \(nationality.en) people", nationality.plural,
                    "=ال\(ar)ون", "=ال\(ar)ين", "=\(ar)ون", "=الشعب ال\(ar)", "=شعب ال\(ar)", "=والشعب ال\(ar)"]
        }
    }()
    static let hostility = Lexicon("policy.hate-speech", [
        "backward", "rarely make it", "not our problem", "stopped hiring", "won't hire", "will not hire", "don't hire", "too old", "لا توظفون", "لا توظفوا", "ما منهم فايدة", "ما منهم فائدة", "لا فائدة منهم", "=طبعهم", "متخلفين",
        "lazy", "dirty", "criminals", "thieves", "stupid", "inferior", "can't be trusted", "cannot be trusted", "not welcome",
        "go home", "should leave", "don't belong", "do not belong", "ruin", "ruining", "invading", "parasites", "vermin", "animals",
        "too emotional", "emotional by nature", "not fit to lead", "aren't fit to lead", "should stay home", "belong in the kitchen", "not fit", "unfit",
        "=على طبعه", "=كل واحد على طبعه", "each to their nature", "get walked over", "=يضحكون عليها", "need not apply", "are a burden",
        "كسالى", "قذرين", "مجرمين", "لصوص", "أغبياء", "لا يؤتمن", "لا يؤتمنون", "لا يصلحون", "ليسوا أهلا", "يجب ترحيلهم",
        "ارجعوا لبلادكم", "ارجعوا إلى بلادكم", "ارجعوا لديرتكم", "حشرات", "حيوانات", "عاطفيات", "مكانها البيت", "مكانهن البيت", "لا تصلح", "=عالة", "طفيليات", "وباء",
        "doesn't work", "just doesn't work", "can't keep pace", "can't keep up", "not cut out", "not suited", "ما يصلحن", "ما يصلحون", "لا يصلحن", "ما عندهم أمانة", "ما فيهم أمانة", "ما عندهن",
        "uneducated", "uncivilised", "uncivilized", "primitive", "savages", "smelly", "they stink", "terrible drivers", "breed like",
        "taking our jobs", "steal our jobs", "stealing our jobs", "cheats", "untrustworthy", "hysterical", "not smart enough", "less intelligent",
        "a drain on", "freeloaders", "scroungers", "spongers", "leeches", "ما يعرفون يسوقون", "=ريحتهم", "رائحتهم", "وسخين", "ما لهم أمان", "غدارين",
        "حرامية", "=نصابين", "=النصابين", "همج", "همجيين", "بهايم", "يسرقون وظائفنا", "أخذوا وظائفنا", "خذوا وظايفنا", "ناقصات عقل", "ما ينفعون", "ما ينفعن",
        // Traits pinned on a whole people, and the words that make a trait their nature:
        // "cheating is in their culture", «هذه طبيعتهم أينما حلّوا».
        "traitors", "disloyal", "backwardness", "morally bankrupt", "no values", "never follow", "in their culture", "in their blood",
        "in their nature", "in their dna", "how these people are", "how those people are", "just how they are", "bring crime", "brought crime",
        "crime wherever", "rules are for other people", "liars", "beggars", "filthy", "no manners", "stingy", "ungrateful",
        "الجهل والتخلف", "التخلف والجهل", "ما عندهم ذوق", "ما عندهم أصل", "ما لهم أصل", "لا أصل لهم", "لا ولاء لهم", "ما عندهم ولاء",
        "ما لهم ولاء", "=خونة", "خيانة وغدر", "بالغدر", "دماغهم ناشفة", "ما يفهمون", "مبيفهموش", "=بخلاء", "=طبيعتهم", "=بطبيعتهم", "في دمهم",
        "جلبوا الجريمة", "جلبوا معهم الجريمة", "الجريمة والأمراض", "لا تأمنهم", "ما تأمنهم", "شحاتين", "شحاذين", "ما عندهم أخلاق",
        "قليلين أدب",
        // A people called a danger or a burden to the country, or crowding its citizens out:
        // «أصبح خطراً على الكويت وضررهم أكبر من نفعهم», «يزاحمون الكويتي في كل شيء».
        "=أصبح خطرا على", "=أصبح خطراً على", "=أصبحوا خطرا على", "=أصبحوا خطراً على", "=ضررهم أكبر من نفعهم", "=يزاحمون",
        "a danger to our country", "a threat to our country", "do more harm than good", "more harm than good",
        // Treachery as a people's pleasure or habit: «يتلذذ بالخيانة», "treacherous by nature".
        "=بالخيانة", "=الخيانة", "treacherous", "treachery",
    ])
    /// Words that deny people their humanity or their civilisation. Said of a group, or
    /// of a crowd or a people ("those fans are savages", «جمهور همجي ومتخلف»), they are
    /// hate; said of a storm, an hour or an era, nothing.
    /// Not "savage", "animals", «وحوش» ("beasts", praise on a pitch), "primitive", "backward",
    /// "barbarians" (a rugby side, an exhibition), «بهائم» (livestock) or «غوغاء» (a mob, in
    /// warnings against rumours).
    static let dehumanising = Lexicon("policy.hate-speech.dehumanising", [
        "savages", "barbaric", "subhuman", "vermin", "uncivilised", "uncivilized",
        "=همجي", "=همجية", "=همجيين", "=همج", "=الهمج", "=متخلف", "=متخلفة", "=متخلفين", "=متخلفون", "=حثالة", "=رعاع", "=الرعاع",
        // Denying a people their brotherhood: «المسلمين ليسوا إخوة».
        "ليسوا إخوة", "ليسوا اخوة", "ليسوا إخواننا", "ليسوا اخواننا", "are not our brothers", "are not brothers",
    ])
    /// A sentence that condemns an attack, a war or a crime against people: there the
    /// words describe the act ("the barbaric terrorist attack on worshippers", «الحرب
    /// الهمجية على الشعب»), and the group named is its victim.
    static let condemnedActs = Lexicon("policy.hate-speech.condemned-acts", [
        "attack", "attacks", "terrorist", "terror", "terrorism", "shooting", "bombing", "massacre", "war", "crime", "crimes",
        "aggression", "violence", "condemn", "condemns", "condemned", "condolences", "conditions", "history",
        "هجوم", "الهجوم", "اعتداء", "الاعتداء", "اعتداءات", "الاعتداءات", "إرهابي", "الإرهابي", "الإرهاب", "إرهاب", "جريمة",
        "الجريمة", "مجزرة", "المجزرة", "حرب", "الحرب", "=عدوان", "=العدوان", "قصف", "القصف", "تفجير", "التفجير", "ندين", "تدين",
        "يدين", "نستنكر", "تستنكر", "يستنكر", "إدانة", "استنكار", "التعازي", "تعازينا",
    ])

    /// Whether a dehumanising word is said of the group or crowd beside it (within three
    /// words), outside a sentence that condemns an act, and does not mean falling behind
    /// («المتخلفين عن السداد», «المتخلفين منهم عن موعد التطعيم»: those late to pay).
    static func dehumanises(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        guard !Modality.negates(hit.firstToken, in: post) else { return false }
        // An adjective can describe the act the sentence condemns; denying a people their
        // brotherhood (a phrase) cannot.
        if hit.endToken - hit.firstToken == 1, post.sentence(sentence, has: condemnedActs) { return false }
        let tokens = post.text.tokens
        let word = tokens[hit.firstToken].text
        if word.hasPrefix("متخلف") || word.hasPrefix("المتخلف"),
           (hit.endToken..<min(tokens.count, hit.endToken + 3)).contains(where: { tokens[$0].text == "عن" }) { return false }
        // Said of the group: within three words, with no clause mark between ("Football fans:
        // the barbaric summer heat" speaks of the weather).
        return post.hits(groupsAndCrowds).contains { group in
            let between = group.firstToken <= hit.firstToken ? group.endToken..<hit.firstToken : hit.endToken..<group.firstToken
            return post.sentenceIndex(of: group) == sentence && between.count < 3
                && !between.contains { clauseMarks.contains(tokens[$0].text) }
        }
    }

    /// Marks that end what a word is said of: "Football fans: the barbaric summer heat".
    static let clauseMarks: Set<String> = [":", ";", ",", "،", "-", "—"]

    /// A crowd or a people, named as a whole: fans, a nation's public, believers.
    static let crowds = ["fans", "supporters", "crowd", "crowds", "=جمهور", "=الجمهور", "=جماهير", "=الجماهير", "=شعب", "=الشعب",
                         "=المسلمين", "=المسلمون", "mormons", "jewish people"]
    static let groupsAndCrowds = Lexicon("policy.hate-speech.groups-and-crowds", groups.terms + crowds)

    static let slurs = Lexicon("policy.hate-speech.slurs", [
        // Disability as an insult: "looked like a special needs class", «حتى المتخلف عقلياً يفهمه».
        "like a special needs class", "like the short bus", "rode the short bus", "mongoloid", "=المتخلف عقليا", "=متخلف عقليا", "=المنغولي",
        "الروافض", "روافض", "النواصب", "retards", "towelheads",
        // The Arabic twins: «فصل لذوي الاحتياجات الخاصة» said of a meeting, «معاق ذهنياً» as an insult.
        "=أشبه بفصل لذوي الاحتياجات", "=كأنه فصل لذوي الاحتياجات", "=مثل فصل لذوي الاحتياجات", "=المعاق ذهنيا", "=معاق ذهنيا",
        "=المعاقين ذهنيا", "=معاقين ذهنيا", "=مهاجر قذر", "=المهاجر القذر", "=مهاجرين قذرين", "dirty immigrant", "dirty immigrants",
        // Hiring and service criteria that exclude people for who they are.
        "isn't the place for you", "is not the place for you", "focus on male candidates", "male candidates only", "men only",
        "no women", "if you're over", "stopped hiring workers from", "حسنات المظهر", "على ألا يتجاوز العمر", "لا توظفون من",
        "مكانها البيت", "مكانهن البيت",
        "men preferred", "male preferred", "males only", "arabs only", "whites only", "حسن المظهر", "حسنة المظهر", "جميلة المظهر", "لا نقبل نساء",
        "لا توظيف للنساء", "غير مسموح للنساء", "ممنوع الهنود", "ممنوع دخول الهنود", "ممنوع دخول العمال", "لا نقبل الآسيويين",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.hate-speech", title: "Discrimination and hate speech",
        titleAr: "التمييز وخطاب الكراهية", dimension: .compliance, severity: .error,
        rationale: """
            Fighting hate speech and negative discourse is part of an organisation's duty to its community; \
            adding to it, even as a "joke", breaks the law in many countries and the trust of employees, \
            customers and partners at once.
            """,
        rationaleAr: """
            مكافحة خطاب الكراهية والخطاب السلبي جزء من واجب المؤسسة تجاه مجتمعها؛ والمشاركة فيه، ولو \
            «مزاحاً»، تخالف القانون في كثير من الدول وتهدم ثقة الموظفين والعملاء والشركاء دفعة واحدة.
            """,
        examples: [
            .triggers("With respect, women are emotional by nature and aren't fit to lead boards.", .en),
            .triggers("مع احترامي، النساء عاطفيات بطبعهن ولا يصلحن لقيادة مجالس الإدارة.", .ar),
            .triggers("اجتماع الاستراتيجية يوم الإثنين كان أشبه بفصل لذوي الاحتياجات الخاصة في رحلة مدرسية.", .ar),
            .passes("افتتحنا فصلاً جديداً لذوي الاحتياجات الخاصة في مركز النور مع معلمتين متخصصتين.", .ar),
            .triggers("Monday's strategy meeting looked like a special needs class on a field trip.", .en),
            .triggers("عرضنا بسيط لدرجة إن حتى المتخلف عقلياً يفهمه.", .ar),
            .passes("Our special needs classes at the Al Noor centre now have two more therapists.", .en),
            // Peoples by origin turned away or put under conditions; welcomed, they are not.
            .triggers("Luxury 2BR now available. Sorry, no Asians or Africans. European and Arab families only.", .en),
            .triggers("Indian and Pakistani guests must be accompanied by a registered member.", .en),
            .triggers("شقة للإيجار في الخالدية، للعوائل العربية فقط ولا نؤجر للجاليات الآسيوية.", .ar),
            .passes("Indian and Pakistani guests are welcome at our Diwali and Eid evenings; book at the front desk.", .en),
            .passes("نرحب بالجاليات الآسيوية في مهرجان الأطعمة العالمية هذا الأسبوع.", .ar),
            // A job advert that asks for a sex, an age and an origin, or turns away a disability or parents.
            .triggers("We're hiring a Front Office Manager. Candidates should be male, under 35 and of Western European origin.", .en),
            .triggers("Applicants using mobility aids are better placed in our back-office pool.", .en),
            .triggers("الوظيفة تبي وحدة متفرغة، واللي عندها عيال الأفضل ما تقدم.", .ar),
            .passes("Candidates should be comfortable presenting to clients in English and Arabic; apply by 1 March.", .en),
            .passes("يشترط في المتقدمين إجادة اللغتين العربية والإنجليزية، والتقديم حتى ١ مارس.", .ar),
            // «تسجيل أي إصابات» records injuries; it registers nobody.
            .passes("كل الشكر لرجال الدفاع المدني الذين سيطروا على الحريق خلال 40 دقيقة ومنعوا امتداده إلى المباني المجاورة دون تسجيل أي إصابات.", .ar),
            // Homes let by nationality; a family-only building names no origin.
            .triggers("الشقق للعائلات الخليجية فقط، ممنوع العزاب والوافدين من جنسيات آسيوية.", .ar),
            .triggers("Flats available in Al Khuwair: Arab families only, no Asian nationalities.", .en),
            .passes("شقق للإيجار في الخوير للعائلات فقط، تواصلوا معنا على الرقم الموحد.", .ar),
            .passes("Flats available in Al Khuwair for families, close to schools and the park.", .en),
            // «وسخونة» is «و» + «سخونة» ("and the heat of"), not a plural of «وسخ».
            .passes("اطمئن على كبار السن من جيرانك. من علامات ضربة الشمس: الارتباك وسخونة الجلد وجفافه، فاتصل فوراً بـ٩٩٧.", .ar),
            .passes("Check on your elderly neighbours. Signs of heatstroke: confusion and hot, dry skin; call 997 at once.", .en),
            // «لن نسمح بـ» a thing turns nobody away, whatever nationality the sentence names; «لا نسمح لـ» people does.
            .passes("كل من تورّط بالدم العراقي سيواجه العدالة، ولن نسمح بالفوضى وسياسة المافيا أبداً.", .ar),
            .triggers("لا نسمح للعمال الآسيويين بدخول المجمع التجاري يوم الجمعة.", .ar),
            // A requirement beside a welcome opens the door.
            .passes("We're hiring: Muslim and non-Muslim applicants only need a valid licence; we welcome applicants of every faith.", .en),
            .passes("مطلوب محاسبون لفرع الرياض، يشترط إجادة الإنجليزية، ونرحب بالمتقدمين من ذوي الإعاقة.", .ar),
            .passes("We welcome visitors daily. Bays near the entrance are reserved only for wheelchair users.", .en),
            .passes("نستقبل الزوار يومياً. المواقف القريبة من المدخل مخصصة فقط لكبار السن وذوي الإعاقة.", .ar),
            .triggers("Expats are lazy and ruining our service culture.", .en),
            .triggers("Women are too emotional for the control room.", .en),
            .triggers("الوافدون كسالى ويجب ترحيلهم.", .ar),
            .triggers("We do not hire women for these roles.", .en),
            .triggers("Applicants from India need not apply.", .en),
            .triggers("Only white candidates who live within 60 miles of Dallas will be considered.", .en),
            .triggers("الوظيفة للمواطنين البيض فقط، ولا تُقبل طلبات ذوي البشرة السمراء.", .ar),
            .triggers("لا نوظف النساء في فروعنا.", .ar),
            .triggers("ما نوظف إلا شباب، الكبار ما يقدرون على شغلنا.", .ar),
            .passes("برنامجنا مخصص للشباب الباحثين عن عمل في محافظة ظفار، والتسجيل مفتوح حتى الخميس.", .ar),
            .triggers("الوظيفة للذكور فقط، ولا نقبل طلبات من الجنسيات الآسيوية.", .ar),
            .passes("We do not hire on the basis of nationality, gender or religion.", .en),
            // The authorities banning one offender, her nationality told: a penalty, not a group kept out.
            .passes("ضبط زائرة من جنسية عربية مخالفة للأنظمة، وإيقافها عن ممارسة الإعلان في المملكة وتغريمها بـ ٤٠٠ ألف ريال.", .ar),
            .passes("A visitor of Arab nationality was caught advertising without a licence, banned from advertising in the Kingdom and fined 400,000 riyals.", .en),
            // A group refused work for what they signed or said.
            .triggers("I would like to know who signed the letter so I know never to hire these people.", .en),
            .triggers("أريد أن أعرف أسماء الموقعين على البيان حتى لا أوظف هؤلاء الناس أبداً.", .ar),
            // A nationality asked for is exclusion, unless it is the citizens' own under localisation.
            .triggers("مطلوب محاسب، يشترط أن يكون من الجنسية المصرية.", .ar),
            .triggers("مطلوب سكرتيرة من جنسية عربية فقط.", .ar),
            .triggers("Hiring accountants: Egyptian nationality only.", .en),
            .passes("مطلوب محاسب، يشترط أن يكون سعودي الجنسية.", .ar),
            .passes("مطلوب موظفين خدمة عملاء من الجنسية الكويتية فقط ضمن خطة التكويت.", .ar),
            .passes("Hiring accountants: Saudi nationality only, in line with Nitaqat.", .en),
            .passes("The ministry said some firms do not hire women; we hire on merit.", .en),
            .passes("ذكرت الوزارة أن بعض الشركات لا توظف النساء، ونحن نوظف بالكفاءة وحدها.", .ar),
            .passes("نوظف الكفاءات من جميع الجنسيات دون تمييز.", .ar),
            .passes("Our crews come from 23 nationalities and we are proud of every one of them.", .en),
            .passes("نفخر بزميلاتنا وزملائنا من جميع الجنسيات.", .ar),
            // A job advert whose next sentence asks for one group.
            .triggers("We are hiring forklift operators at the Sohar depot. Looking for men under 35 who can start on Sunday.", .en),
            .triggers("نوظف الآن مشغلي رافعات في مستودع صحار. نبحث عن رجال دون ٣٥ سنة يبدأون الأحد.", .ar),
            .passes("We are hiring forklift operators at the Sohar depot. We are looking for people of every nationality, and women are encouraged to apply.", .en),
            .passes("نوظف الآن مشغلي رافعات في صحار. نبحث عن كفاءات من الجنسين، ونشجع النساء على التقديم.", .ar),
            // A trait pinned on a whole people, by origin, region, sect or tribe.
            .triggers("What do you expect from the people of the south? Backward villagers who cannot behave in a stadium.", .en),
            .triggers("Members of that sect have always been traitors at heart.", .en),
            .triggers("أهل القرى ما عندهم ذوق، عشان كذا ما راح نفتح فروع هناك.", .ar),
            .triggers("أتباع تلك الطائفة لا ولاء لهم، وتاريخهم كله خيانة وغدر.", .ar),
            // A people called a danger to the country, or crowding its citizens out.
            .triggers("وجود أغلب الوافدين الآن أصبح خطراً على البلد وضررهم أكبر من نفعهم.", .ar),
            .triggers("Most of the expats here now do more harm than good to this country.", .en),
            .triggers("المصاروة يزاحمون المواطن في كل وظيفة.", .ar),
            .passes("الوافدون والمواطنون سواء أمام إجراءات السلامة، والتجمعات خطر على الجميع.", .ar),
            .passes("Expats and citizens alike should avoid gatherings this week.", .en),
            // A nationality, named in any of its forms, charged with a vice.
            .triggers("الشعب اليمني يعشق الفوضى ويتلذذ بالخيانة منذ الأزل.", .ar),
            .triggers("The Yemeni people are treacherous by nature and always will be.", .en),
            .triggers("القطريون خونة ولا يؤتمنون.", .ar),
            .triggers("Qataris are liars and cannot be trusted.", .en),
            .passes("نرفض اتهام الشعب اليمني بالخيانة، ونعتز بأخوتنا معه.", .ar),
            .passes("Welcome to the Qatari fans arriving for Thursday's final; gates open at 5 pm.", .en),
            .passes("نرحب بالمشجعين القطريين في نهائي الخميس، وتفتح البوابات الساعة ٥ مساءً.", .ar),
            .passes("The people of the south have waited too long for a hospital; ours opens there in March.", .en),
            .passes("We condemn the posts calling refugees thieves; they do not speak for this city.", .en),
            .passes("أهل القرى الجبلية يستحقون خدمة أفضل، وفرعنا الجديد يفتح هناك الشهر القادم.", .ar),
            .passes("ندين وصف اللاجئين بأنهم لصوص، فهذا لا يمثل مدينتنا.", .ar),
            // A slur a fan shouted, quoted and condemned; quoted and agreed with, it is said again.
            .passes("A fan called our striker a \"dirty immigrant\" after the match. We condemn this abuse and have reported it to the police.", .en),
            .passes("وصف أحد المشجعين لاعبنا بأنه «وافد وسخ» بعد المباراة. نرفض هذه الإساءة، وأبلغنا الشرطة.", .ar),
            .triggers("A fan called their striker a \"dirty immigrant\" after the match, and honestly he is not wrong.", .en),
            .triggers("وصف أحد المشجعين لاعبهم بأنه «وافد وسخ»، وكلامه صحيح.", .ar),
            .triggers("Those \"dirty immigrants\" have no place in our city.", .en),
            // A refusal aimed at people, denied, somebody else's, or a report of the writer's own words.
            .triggers("The mayor called them \"dirty immigrants\" and they have no place in our city.", .en),
            .triggers("I have always called them \"dirty immigrants\" and I reject any call to apologise.", .en),
            .triggers("A fan called their striker a \"dirty immigrant\". That is not unacceptable, it is the truth.", .en),
            .triggers("وصف أحد المشجعين لاعبهم بأنه «وافد وسخ». لا نرفض هذا الكلام، فهو صحيح.", .ar),
            .triggers("وصف أحد المشجعين لاعبهم بأنه «وافد وسخ». من يرفض هذا الوصف لا يعرف الحقيقة.", .ar),
            .triggers("هؤلاء «الوافدين الوسخين» لا مكان لهم في مدينتنا.", .ar),
            // Dehumanising a group, a crowd or a people.
            .triggers("Those visiting fans behaved like savages tonight.", .en),
            .triggers("جمهور همجي ومتخلف، ولن أشجع منتخبهم بعد اليوم.", .ar),
            .triggers("بعد هذا التفجير اقتنعت أن المسلمين ليسوا إخوة.", .ar),
            .passes("The storm was savage, and our crews worked through the night to restore power to every district.", .en),
            .passes("Crowds of fans brought their animals to the camel festival, and 40 were judged today.", .en),
            .passes("نشكر جمهورنا الوفي على حضوره، فقد كان حضاريا ورائعا.", .ar),
            .passes("Our fans are not savages, and nobody should be treated like one at the gate.", .en),
            .passes("We condemn the barbaric attack on worshippers at the mosque; our thoughts are with the Muslims of the city.", .en),
            .passes("ندين الهجوم الهمجي الذي استهدف المصلين المسلمين في المسجد.", .ar),
            .passes("نهيب بالجمهور الكريم أن الغرامة تطبق على المتخلفين عن السداد بعد ٣٠ يوماً.", .ar),
            // "Only" beside a faith or a colour is the criterion itself, even in a list with no hiring word.
            .triggers("Security guards: only Army ex-defence, age 40 maximum, only non-Muslim, good height.", .en),
            .triggers("Only born US citizens (White) who live within 60 miles of the site.", .en),
            .triggers("حراس أمن: العمر ٤٠ كحد أقصى، مسلمين فقط، طول مناسب.", .ar),
            .triggers("الشقة للإيجار لعائلات مسيحية فقط.", .ar),
            .triggers("Preferably Caucasian, with a good technical background in automation.", .en),
            .triggers("مطلوب محاسب، ويفضل أن يكون مسلماً.", .ar),
            .passes("Preferably with a good technical background in automation; Muslim staff may take prayer breaks.", .en),
            .passes("Only white wine is served at the gala; the red runs out early.", .en),
            .passes("The mosque car park is for worshippers only during Friday prayers.", .en),
            .passes("Our prayer room is open to Muslim and non-Muslim staff alike, not only Muslims.", .en),
            .passes("مصلى المبنى مفتوح للموظفين المسلمين وغير المسلمين على حد سواء.", .ar),
            .passes("نقدم القهوة السوداء فقط في الصباح الباكر.", .ar),
            // The rules of worship are the faith's, not an employer's.
            .passes("Entry to the Holy Mosque in Makkah is for Muslims only; visitors of every faith are welcome at the museum.", .en),
            .passes("تصاريح الحج تصدر للمسلمين فقط عبر المنصة الرسمية.", .ar),
            .passes("The region's only Hindu stone temple opens to visitors on Sunday.", .en),
            .passes("إجازة عيد الأضحى للموظفين المسلمين وغيرهم ٤ أيام فقط.", .ar),
            .passes("Residents: only black bags in the green bins, please.", .en),
            // A denied restriction opens the door.
            .passes("Islamic banking is not only for Muslims: our Sharia-compliant accounts are open to every customer.", .en),
            .passes("الصيرفة الإسلامية ليست للمسلمين فقط، وحساباتنا مفتوحة لكل العملاء.", .ar),
        ])

    var lexicons: [Lexicon] {
        [Self.groups, Self.hostility, Self.slurs, Self.enforcement, Concepts.arrest.lexicon, Concepts.gatekeeping.lexicon, Concepts.protectedGroup.lexicon, Self.hiring, Self.citizenship,
         Concepts.restriction.lexicon, Concepts.equality.lexicon, Self.identity, Self.colour, Self.people, Self.exclusive,
         Self.dehumanising, Self.groupsAndCrowds, Self.condemnedActs, Self.worship, Concepts.condemning.lexicon,
         Self.originPeoples, Self.originAdjectives, Self.conditions] + RefusedQuotes.lexicons
            + Modality.allLexicons
    }

    /// Exclusion presented as policy, in whatever words: a sentence that lets people in
    /// or keeps them out (hire, admit, serve, «نوظف», «نقبل») names a group by origin,
    /// gender, religion, age or disability, and either negates the letting in ("we do
    /// not hire women") or restricts it ("men only", "need not apply", «للرجال فقط»). A
    /// sentence that takes a stand against it ("regardless of nationality", «دون تمييز»)
    /// or reports somebody else's words does not count.
    func exclusions(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        var seen = Set<Int>()
        func open(_ sentence: Int) -> Bool {
            !post.sentence(sentence, has: Concepts.equality.lexicon) && !post.sentence(sentence, has: Self.worship)
                && !post.sentence(sentence, has: Self.enforcement) && !post.sentence(sentence, has: Concepts.arrest.lexicon)
                && !Modality.of(sentence: sentence, in: post).contains(.quotation)
        }
        let tokens = post.text.tokens
        return post.hits(Concepts.gatekeeping.lexicon).filter { hit in
            let sentence = post.sentenceIndex(of: hit)
            guard !seen.contains(sentence), open(sentence) else { return false }
            // «سمح بـ» allows a thing, «سمح لـ» a person: «لن نسمح بالفوضى» turns nobody away.
            if tokens.text(at: hit.firstToken).contains("سمح"), hit.endToken < tokens.count,
               tokens.text(at: hit.endToken).hasPrefix("ب") { return false }
            // The rule in the same sentence ("we do not hire women"). A restriction that is
            // itself denied opens the door: "not only for Muslims", «ليست للمسلمين فقط».
            let restricted = post.hits(Concepts.restriction.lexicon).contains {
                post.sentenceIndex(of: $0) == sentence && !Self.isDenied($0, in: post)
            }
            let sameSentence = Self.namesProtectedGroup(sentence, in: post)
                && (Modality.negates(hit.firstToken, in: post) || restricted)
            guard sameSentence else { return false }
            seen.insert(sentence)
            return true
        } + advertsForOneGroup(in: post, skipping: seen) + identityRestrictions(in: post, skipping: seen)
    }

    /// The authorities acting on one offender: caught, fined, banned for what she did
    /// («ضبط زائرة من جنسية عربية… وإيقافها عن ممارسة الإعلان وتغريمها»). Her nationality
    /// describes the offender; the ban is the penalty for her act, not a group kept out.
    static let enforcement = Lexicon("policy.hate-speech.enforcement", [
        "fined", "was fined", "were fined", "=was caught", "=were caught", "penalised", "penalized", "=ضبط", "=وضبط", "=تغريمها", "=وتغريمها", "=تغريمه",
        "=وتغريمه", "=بغرامة", "=غرامة مالية", "=مخالفة للأنظمة", "=لمخالفته", "=لمخالفتها",
    ])

    /// Faiths, sects and races: words that name who a person is by birth or belief.
    /// Not «سنة» or «السنة»: "a year" and "the year" before they are Sunnis.
    static let identity = Lexicon("policy.hate-speech.identity", [
        "muslim", "muslims", "non-muslim", "non-muslims", "christian", "christians", "non-christian", "jewish", "jews", "hindu",
        "hindus", "sikh", "sikhs", "buddhist", "catholic", "catholics", "shia", "sunni", "caucasian", "caucasians",
        "مسلم", "مسلمين", "مسلمة", "مسلمات", "المسلمين", "غير مسلم", "غير المسلمين", "مسيحي", "مسيحية", "مسيحيين", "المسيحيين",
        "يهودي", "يهود", "اليهود", "هندوسي", "شيعي", "شيعة", "الشيعة", "أهل السنة", "=سني", "=سنية", "=سنيين", "=السنيين",
    ])
    /// Colours that name a race only right beside the people being picked ("white
    /// candidates", "white families"), never on their own ("white wine", «القهوة السوداء»,
    /// a white dress code).
    static let colour = Lexicon("policy.hate-speech.colour", [
        "white", "whites", "black", "blacks", "=بيض", "=سود", "=سمر", "=بشرة بيضاء", "=بشرة سمراء",
    ])
    /// Who is being picked: the people a rule about colour would be about.
    static let people = Lexicon("policy.hate-speech.people", [
        "citizens", "candidates", "applicants", "people", "staff", "tenants", "residents", "nationals", "workers", "guards", "drivers",
        "families", "guests", "customers", "visitors", "members", "diners", "patients",
        "مواطنين", "المواطنين", "متقدمين", "المتقدمين", "موظفين", "عمال", "حراس", "سائقين", "مستأجرين", "عائلات",
    ])
    /// Words that make the faith or the colour beside them a criterion: "only", and the
    /// preference an advert states ("preferably Caucasian", «ويفضل أن يكون مسلماً»).
    /// Not "strictly": kitchens are strictly halal and halls strictly no-smoking.
    static let exclusive = Lexicon("policy.hate-speech.only", [
        "only", "exclusively", "preferably", "preferred", "فقط", "حصرا", "=يفضل", "=ويفضل",
    ])
    /// Worship and its rules: Hajj permits, Makkah, a prayer hall, a feast day. A faith
    /// named there is the rule of the faith ("Hajj permits are issued to Muslims only"),
    /// not an employer or a landlord picking people.
    static let worship = Lexicon("policy.hate-speech.worship", [
        "hajj", "umrah", "mecca", "makkah", "medina", "madinah", "mosque", "prayer", "prayers", "pray", "worship", "worshippers",
        "temple", "church", "synagogue", "halal", "multi-faith", "eid", "diwali", "christmas", "ramadan", "pilgrims",
        // Exact where word forms would read another word: «العمر» (age) as «عمرة», «بعيد» (far) as «عيد».
        "=الحج", "الحجاج", "=العمرة", "=عمرة", "مكة", "المكرمة", "المدينة المنورة", "المسجد", "مسجد", "صلاة", "الصلاة",
        "المصلى", "مصلى", "المصليات", "مصليات", "الدعاء", "=العيد", "عيد الفطر", "عيد الأضحى", "=الأضحى", "رمضان", "الحرم", "الكنيسة",
        "المعبد", "حلال", "=اللهم", "صيام", "الصيام",
    ])

    /// "Only non-Muslim", «مسلمين فقط», "only … (White)": a word that restricts stands beside
    /// a faith (up to four words before it, or right after it as Arabic «فقط» does), or
    /// beside a colour that stands beside the people being picked. The words are the
    /// criterion even without a hiring word (a list of requirements, a rental notice).
    /// Not "the only Hindu temple" (one of a kind), not a number limited by «فقط» («٤ أيام
    /// فقط»), not the rules of worship, not "not only Muslims", and not a sentence that
    /// takes a stand against exclusion.
    func identityRestrictions(in post: PostAnalysis, skipping taken: Set<Int>) -> [PhraseMatcher.Hit] {
        let tokens = post.text.tokens
        // Peoples by origin: a plural that names people ("Asians", «الآسيويين»), or an
        // adjective right before the people it picks ("Indian guests", "Arab families").
        let origins = post.hits(Self.originPeoples) + post.hits(Self.originAdjectives).filter { origin in
            post.hits(Self.people).contains { $0.firstToken > origin.firstToken && $0.firstToken - origin.endToken <= 3 }
        }
        let faiths = post.hits(Self.identity) + origins
        let colours = post.hits(Self.colour).filter { colour in
            post.hits(Self.people).contains { abs($0.firstToken - colour.firstToken) <= 2 }
        }
        guard !faiths.isEmpty || !colours.isEmpty else { return [] }
        var barred: [PhraseMatcher.Hit] = []
        var barredSentences = taken
        for origin in origins {
            let sentence = post.sentenceIndex(of: origin)
            guard !barredSentences.contains(sentence), !post.sentence(sentence, has: Concepts.equality.lexicon),
                  !Modality.of(sentence: sentence, in: post).contains(.quotation) else { continue }
            // "Sorry, no Asians or Africans"; "Indian and Pakistani guests must be accompanied".
            let saysNo = origin.firstToken > 0 && Self.barring.contains(tokens.text(at: origin.firstToken - 1))
            // The condition after the people ("guests must be accompanied"), or just before them
            // as Arabic puts the verb first («لا نؤجر للجاليات الآسيوية»).
            let ruled = post.hits(Self.conditions).contains {
                post.sentenceIndex(of: $0) == sentence && ($0.firstToken >= origin.endToken || origin.firstToken - $0.endToken <= 2 && $0.endToken <= origin.firstToken)
            }
            guard saysNo || ruled else { continue }
            barredSentences.insert(sentence)
            barred.append(origin)
        }
        func hasNumber(_ range: Range<Int>) -> Bool { range.contains { tokens[$0].kind == .number } }
        var sentences = taken
        var found: [PhraseMatcher.Hit] = []
        for only in post.hits(Self.exclusive) {
            let sentence = post.sentenceIndex(of: only)
            guard !sentences.contains(sentence), !Modality.negates(only.firstToken, in: post, reach: 1), !Self.isDenied(only, in: post),
                  !(only.firstToken > 0 && Self.oneOfAKind.contains(tokens[only.firstToken - 1].text)),
                  !post.sentence(sentence, has: Concepts.equality.lexicon), !post.sentence(sentence, has: Self.worship),
                  !Modality.of(sentence: sentence, in: post).contains(.quotation) else { continue }
            let near = (faiths + colours).contains { identity in
                guard post.sentenceIndex(of: identity) == sentence else { return false }
                if identity.firstToken >= only.endToken {
                    return identity.firstToken - only.endToken < 5 && !hasNumber(only.endToken..<identity.firstToken)
                }
                return only.firstToken - identity.endToken <= 1 && !hasNumber(identity.endToken..<only.firstToken)
            }
            guard near else { continue }
            sentences.insert(sentence)
            found.append(only)
        }
        return found + barred.filter { !sentences.contains(post.sentenceIndex(of: $0)) }
    }

    /// Peoples named by origin, as plurals of people.
    static let originPeoples = Lexicon("policy.hate-speech.origin-peoples", [
        "asians", "africans", "arabs", "europeans", "westerners", "indians", "pakistanis", "bangladeshis", "filipinos", "egyptians",
        "syrians", "nepalese", "nepalis", "sri lankans", "ethiopians", "nigerians", "kenyans", "sudanese", "yemenis", "afghans",
        "=الآسيويين", "=الاسيويين", "=الأفارقة", "=الهنود", "=الباكستانيين", "=البنغاليين", "=البنغال", "=الفلبينيين", "=المصريين",
        "=الأوروبيين", "=الغربيين", "=النيباليين", "=السريلانكيين", "=الإثيوبيين", "=اليمنيين", "=السودانيين", "=الجاليات الآسيوية",
        "=الجاليات الأفريقية", "=الجنسيات الآسيوية", "=الجنسيات الأفريقية", "=الجنسيات العربية", "=الجالية الهندية",
    ])
    /// Origins as adjectives, which pick people only right before a word for people.
    static let originAdjectives = Lexicon("policy.hate-speech.origin-adjectives", [
        "asian", "african", "arab", "european", "western", "indian", "pakistani", "bangladeshi", "filipino", "egyptian", "syrian",
        "nepali", "ethiopian", "nigerian", "kenyan", "sudanese", "yemeni", "afghan", "sri lankan", "south asian",
    ])
    /// A word that turns a people away right before its name: "no Asians".
    static let barring = WordSet(["no", "لا", "ممنوع", "بدون"].map(TextNormalizer.normalize))
    /// Conditions put on a people after it is named: "must be accompanied", "not allowed".
    static let conditions = Lexicon("policy.hate-speech.conditions", [
        "must be accompanied", "must be", "not allowed", "not permitted", "are not accepted", "will not be served", "cannot enter",
        "can't enter", "need not apply", "not admitted", "are refused", "=غير مسموح", "=لا يسمح", "=ممنوع", "=لا نقبل", "=لا يقبل",
        "=يجب أن يرافقهم", "=بمرافقة", "=ما نقبل", "=ما نأجر", "=لا نؤجر",
    ])

    /// Whether a restriction is denied: "not only", "not just", or an Arabic «ليس», «ليست»,
    /// «مو», «مش» up to four words before a closing «فقط» («ليست للمسلمين فقط»).
    static func isDenied(_ restriction: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let start = restriction.firstToken
        if start > 0, ClosedClasses.stateNegators.contains(tokens[start - 1].text) { return true }
        let sentence = post.text.sentences[post.sentenceIndex(of: restriction)]
        return (max(sentence.lowerBound, start - 4)..<start).contains { ClosedClasses.arabicStateNegators.contains(tokens[$0].text) }
    }

    /// Words before "only" that make it "the single one": "the only Hindu temple".
    static let oneOfAKind: WordSet = ["the", "our", "its", "their", "his", "her", "my"]

    static let hiring = Lexicon("policy.hate-speech.hiring", [
        "hiring", "we are hiring", "we're hiring", "recruiting", "vacancy", "vacancies", "job opening", "job openings", "apply now",
        "نوظف", "توظيف", "وظائف", "وظيفة", "شواغر", "مطلوب", "نستقطب", "فرص عمل",
    ])

    /// Citizens of the Gulf state doing the hiring, and its localisation programmes:
    /// «سعودي الجنسية», «للعمانيين فقط», "Emirati nationals", «التوطين». Reserving jobs
    /// for nationals is lawful policy there, not exclusion by origin.
    static let citizenship = Lexicon("policy.hate-speech.citizenship", [
        "=سعودي", "=سعودية", "=السعودية", "=سعوديين", "=السعوديين", "=عماني", "=عمانية", "=العمانية", "=عمانيين", "=العمانيين",
        "=كويتي", "=كويتية", "=الكويتية", "=كويتيين", "=الكويتيين", "=إماراتي", "=إماراتية", "=الإماراتية", "=إماراتيين", "=الإماراتيين",
        "=قطري", "=قطرية", "=القطرية", "=قطريين", "=القطريين", "=بحريني", "=بحرينية", "=البحرينية", "=بحرينيين", "=البحرينيين",
        "=مواطن", "=مواطنين", "=المواطنين", "=توطين", "=التوطين", "=السعودة", "=التعمين", "=التكويت", "=البحرنة", "=التقطير", "=نطاقات",
        "saudi", "saudis", "omani", "omanis", "kuwaiti", "kuwaitis", "emirati", "emiratis", "qatari", "qataris", "bahraini", "bahrainis",
        "nationals", "citizens", "saudization", "saudisation", "omanisation", "omanization", "emiratisation", "emiratization",
        "localisation", "localization", "nitaqat", "kuwaitisation", "qatarisation", "bahrainisation",
    ])

    /// The word "nationality" itself, as a post writes it.
    static let nationalityWords: Set<String> = ["الجنسية", "جنسية", "الجنسيات", "nationality", "nationalities"]

    /// Whether sentence `sentence` names a group an exclusion would pick. A nationality
    /// named as the citizens' own («سعودي الجنسية», «من الجنسية الكويتية») is left out; any
    /// other group in the sentence still counts («للسعوديين فقط ولا نقبل المصريين»).
    static func namesProtectedGroup(_ sentence: Int, in post: PostAnalysis) -> Bool {
        let citizens = post.hits(citizenship).filter { post.sentenceIndex(of: $0) == sentence }
        return post.hits(Concepts.protectedGroup.lexicon).contains { group in
            guard post.sentenceIndex(of: group) == sentence else { return false }
            // The nationality word beside a citizen adjective, or beside nothing but citizens.
            let nationality = nationalityWords.contains(post.excerpt(group).lowercased())
            return !(nationality && citizens.contains { abs($0.firstToken - group.firstToken) <= 2 || abs(group.firstToken - $0.endToken) <= 1 })
        }
    }

    /// A job advert whose next sentence asks for one group ("We're hiring site
    /// supervisors. Looking for men under 35"). The finding points at the sentence that
    /// asks, not at the advert.
    func advertsForOneGroup(in post: PostAnalysis, skipping taken: Set<Int>) -> [PhraseMatcher.Hit] {
        var found: [PhraseMatcher.Hit] = []
        var sentences = taken
        for hit in post.hits(Self.hiring) {
            let next = post.sentenceIndex(of: hit) + 1
            guard next < post.text.sentences.count, !sentences.contains(next),
                  Self.namesProtectedGroup(next, in: post), post.sentence(next, has: Concepts.restriction.lexicon),
                  !post.sentence(next, has: Concepts.equality.lexicon),
                  !Modality.of(sentence: next, in: post).contains(.quotation) else { continue }
            sentences.insert(next)
            let first = post.text.sentences[next].lowerBound
            found.append(PhraseMatcher.Hit(group: -1, phrase: -1, firstToken: first, endToken: first + 1))
        }
        return found
    }

    /// Built once: building them in `check` cost allocations on every post.
    /// Not a sentence that condemns: "we condemn those who call refugees thieves" takes a stand against the words.
    static let hostileCheck = SentencePhraseCheck(trigger: Self.hostility, requiresInSentence: [Self.groups],
                                                  unlessInSentence: [Modality.lexicons[.quotation]!, Concepts.condemning.lexicon], window: 1)
    static let dehumanisedCheck = SentencePhraseCheck(trigger: Self.dehumanising, requiresInSentence: [Self.groupsAndCrowds],
                                                      unlessInSentence: [Modality.lexicons[.quotation]!])

    func check(_ post: PostAnalysis) -> [Finding] {
        let slurs = post.hits(Self.slurs)
        let hostile = Self.hostileCheck.hits(in: post)
        let dehumanised = Self.dehumanisedCheck.hits(in: post).filter { Self.dehumanises($0, in: post) }
        // Words reported in order to refuse them ("a fan called our striker a "dirty
        // immigrant". We condemn this abuse.") are not the post's own. Read only for a post
        // with such words: most have none, and the denials walk every sentence.
        let refusedQuotes = slurs.isEmpty && hostile.isEmpty && dehumanised.isEmpty ? nil : RefusedQuotes(in: post)
        func said(_ hit: PhraseMatcher.Hit) -> Bool { !(refusedQuotes?.contains(hit, in: post) ?? false) }
        // A slur written with the article and without («المتخلف عقلياً», «متخلف عقلياً») is two
        // phrases over one span: reported once.
        var spans = Set<Int>()
        var findings = slurs.filter { said($0) && spans.insert($0.firstToken << 20 | $0.endToken).inserted }.map { hit in
            finding(Self.message1(post.feedbackLanguage, post.excerpt(hit)), tokens: hit.firstToken..<hit.endToken, in: post,
                    suggestion: Self.suggestion1(post.feedbackLanguage))
        }
        var sentences = Set<Int>()
        for hit in (hostile + dehumanised).filter(said).sortedIfNeeded(by: { $0.firstToken < $1.firstToken })
        where sentences.insert(post.sentenceIndex(of: hit)).inserted {
            findings.append(finding(Self.message2(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: post.text.sentences[post.sentenceIndex(of: hit)], in: post,
                                    suggestion: Self.suggestion2(post.feedbackLanguage)))
        }
        // The message quotes the whole sentence: "we do not hire" is not the fault, the
        // rule it states is.
        for hit in exclusions(in: post) where sentences.insert(post.sentenceIndex(of: hit)).inserted {
            let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
            let (start, end) = post.span(sentence)
            findings.append(finding(Self.message1(post.feedbackLanguage, post.text.excerpt(start, end)),
                                    tokens: sentence, in: post, suggestion: Self.suggestion1(post.feedbackLanguage)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension HateSpeechRule {
    static let message1 = Localized(en: "'{1}' excludes or insults people for who they are.",
                                    ar: "«{1}» يقصي الناس أو يهينهم بسبب هويتهم.")
    static let suggestion1 = Localized(en: "Remove it. An official voice speaks to and for everyone it serves.",
                                       ar: "احذفه. الصوت الرسمي يخاطب كل من يخدمهم ويتحدث باسمهم.")
    static let message2 = Localized(en: "'{1}' attacks people for who they are; that is discrimination or hate speech.",
                                    ar: "«{1}» هجوم على الناس بسبب هويتهم؛ وهذا تمييز أو خطاب كراهية.")
    static let suggestion2 = Localized(en: "Remove it. Speak about behaviour and facts, never about a group.",
                                       ar: "احذفه. تحدّث عن السلوك والوقائع، لا عن فئة من الناس.")
}
