/// Phrase lists more than one rule reads. Each is matched once per post.
public enum SharedLexicons {
    /// "The numbers" of a named period are its results: "our Q4 numbers" (a bare "Q4" is
    /// only a time: "we'll smash it at the Q4 trade fair"). Every period with every word for
    /// its numbers; "annual" only with "numbers" and "figures" ("annual targets" are as often
    /// emissions or hiring targets).
    static let periodResults: [String] = {
        let periods = ["q1", "q2", "q3", "q4", "h1", "h2", "fy", "quarterly", "half-year", "full-year"]
        return periods.flatMap { period in ["numbers", "figures", "targets", "estimates"].map { "\(period) \($0)" } }
            + ["annual numbers", "annual figures"]
    }()

    public static let financialMetrics = Lexicon("shared.financial-metrics", [
        // "Distributions" exact: its forms read "the water distribution system".
        "net interest margin", "loan growth", "ebitda margin", "=distributions", "cash distribution", "التوزيعات النقدية",
        "revenue", "revenues", "profit", "profits", "earnings", "margin", "margins", "gross margin", "ebitda", "eps",
        "net income", "sales", "turnover", "results", "dividend", "dividends", "payout", "cash flow", "bottom line", "top line",
        "order book", "market share", "net profit", "operating profit", "income", "our numbers", "the numbers", "our figures", "growth", "quarter",
    ] + periodResults + [
        "الإيرادات", "إيرادات", "الايرادات", "الأرباح", "أرباح", "ربح", "الربح", "صافي الربح", "هامش", "الهامش", "هوامش",
        "المبيعات", "مبيعات", "النتائج", "نتائج", "التوزيعات", "توزيعات", "التدفقات النقدية", "النمو", "نمو", "حصة سوقية",
        "الحصة السوقية", "=الأرقام", "=أرقام", "الربع", "الدخل", "العائد", "عوائد", "الأداء المالي",
    ])

    public static let futureMarkers = Lexicon("shared.future", [
        "staying above", "stay above", "in double digits", "double digits", "year end", "بتكون", "بيكون", "الجاية", "السنة الجاية", "العام الجاي", "ضعف",
        "will be", "will reach", "will exceed", "will beat", "will grow", "will rise", "will double", "will hit", "will top",
        "will improve", "will recover", "will return", "will increase", "will come in", "will land", "will stay", "will remain",
        "going to", "expect", "expects", "expecting", "forecast", "forecasts", "projected", "projection", "on track to",
        "on course to", "set to", "next quarter", "next year", "coming quarter", "coming quarters", "by year-end", "by year end",
        "year-end", "full-year", "full year", "outlook", "guidance", "we are confident", "confident that", "confident q",
        "anticipate", "should reach", "heading for", "on pace", "target of", "aim to deliver", "q1 will", "q2 will", "q3 will", "q4 will",
        // Exact, with «و» or without: word forms take the future «س» off, and «ستنمو» ("will
        // grow") would read «بنمو» ("with growth of 11%") in a published result.
        "سوف", "=ستتجاوز", "=وستتجاوز", "=سيتجاوز", "=وسيتجاوز", "=ستصل", "=وستصل", "=سيصل", "=وسيصل", "=سترتفع", "=وسترتفع", "=سيرتفع", "=وسيرتفع", "=ستنمو", "=وستنمو", "=سينمو", "=وسينمو", "=ستحقق", "=وستحقق", "=سنحقق", "=وسنحقق", "=سيحقق", "=وسيحقق",
        "=ستتضاعف", "=وستتضاعف", "=ستعود", "=وستعود", "=سنتجاوز", "=وسنتجاوز", "=ستكون", "=وستكون", "=سيكون", "=وسيكون", "=ستبلغ", "=وستبلغ", "=سيبلغ", "=وسيبلغ", "=ستزيد", "=وستزيد", "=ستتحسن", "=وستتحسن", "=ستتخطى", "=وستتخطى", "=سنرفع", "=وسنرفع",
        "نتوقع", "يتوقع", "المتوقع", "متوقع", "توقعاتنا", "الربع القادم", "الربع المقبل", "العام المقبل", "العام القادم",
        "السنة المقبلة", "نهاية العام", "واثقون من", "على المسار", "في طريقها", "نستهدف",
    ])

    /// Words that show a figure or event is already public, or that a future event is
    /// only a publication date.
    public static let publication = Lexicon("shared.publication", [
        "publish", "published", "publishing", "announce", "announced", "announcing", "release", "released", "=reported",
        "as reported", "disclose", "disclosed", "disclosure", "filing", "filed", "in today's results", "annual report",
        // Results named by the day they came out are out: "after today's full-year results".
        "today's results", "today's full-year results", "today's annual results", "today's quarterly results", "today's half-year results",
        "this morning's results", "yesterday's results", "نتائج اليوم", "النتائج المعلنة اليوم", "النتائج التي أعلنت اليوم",
        "results on", "webcast", "earnings call", "agm", "general assembly", "exchange website", "msx", "tadawul",
        "as published", "our results statement", "audited", "the report", "sustainability report", "financial statements",
        "ننشر", "سننشر", "نشر", "نشرنا", "المنشورة", "المنشور", "المفصح عنها", "المفصح عنه", "مفصح عنها", "نعلن", "سنعلن", "=أعلنا", "=اعلنا", "أعلنت", "المعلنة", "المعلن",
        "الإعلان عن", "الإفصاح", "إفصاح", "أفصحنا", "كما ورد", "القوائم المالية", "التقرير السنوي", "البورصة", "موقع البورصة",
        "الجمعية العمومية", "بورصة مسقط", "تداول", "المدققة", "التقرير",
    ])

    /// Dealing forbidden by the rules, the closed-period reminder: "insiders must not buy
    /// or sell our shares before the results", «يُحظر على المطلعين تداول أسهم الشركة». It
    /// advises nobody on the price and leaks nothing: it states the rule (share-price and
    /// inside-information rules both read it).
    public static let dealingForbidden = Lexicon("shared.dealing-forbidden", [
        "closed period", "blackout period", "are prohibited from", "is prohibited", "are not permitted to", "not allowed to trade",
        "insiders must not", "directors must not", "employees must not",
        "=يحظر على", "=يُحظر على", "=لا يجوز للمطلعين", "=لا يجوز لأعضاء", "=فترة الحظر", "=فترة حظر التداول", "=يمنع على المطلعين",
    ])
    /// Ways of declining to comment, which make a mention of a sensitive subject safe.
    public static let noComment = Lexicon("shared.no-comment", [
        "do not comment", "don't comment", "no comment", "will not comment", "won't comment", "cannot comment", "can't comment",
        "not comment", "not able to comment", "not in a position to", "cannot give", "can't give", "cannot advise", "can't advise",
        "not give investment advice", "not offer investment advice", "no investment advice", "not investment advice",
        "do not speculate", "don't speculate", "will not speculate", "not speculate", "=rumours", "=rumors", "speculation",
        "لا نعلق", "لا نعلّق", "لا يمكننا التعليق", "لا تعليق", "لن نعلق", "نمتنع عن التعليق", "لا نقدم نصائح", "لا يمكننا تقديم",
        "لا نعلق على", "الشائعات", "التكهنات", "شائعات",
        "عدم التعليق", "لن أعلق", "لا أعلق", "ما نعلق", "ما راح نعلق", "مش هعلق", "مش حنعلق", "ما بنعلق",
        "ما راح أعلق", "ما رح علق", "ما رح نعلق", "مش هنعلق", "ما أقدر أعلق", "ما نقدر نعلق",
        // Declining to pre-empt an inquiry or a ruling is declining to comment.
        "won't pre-empt", "will not pre-empt", "won't prejudge", "will not prejudge", "لن نستبق", "لا نستبق", "ما رح نستبق",
        "ما راح نستبق", "مش هنستبق", "لن أستبق", "لا أستبق",
    ])

    /// Exact where the insult is also a verb's stem: "don't be fooled by callers asking for
    /// your PIN", "we trashed the old forms", "a course dumbed down for beginners".
    public static let insults = Lexicon("shared.insults", [
        "garbage", "=rubbish", "dead weight",
        "idiot", "idiots", "stupid", "moron", "morons", "=dumb", "=clown", "=clowns", "loser", "losers", "pathetic", "liar", "liars",
        "=fool", "=fools", "imbecile", "=jerk", "scumbag", "=trash", "clueless", "incompetent", "ignorant", "shut up", "get lost",
        "غبي", "أغبياء", "اغبياء", "حمار", "حمير", "تافه", "تافهين", "تافهون", "حقير", "حقيرة", "كذاب", "كذابين", "كذابون",
        "سخيف", "سخفاء", "جاهل", "=جهلة", "=الجهلة", "أحمق", "حمقى", "وقح", "وقحة", "سافل", "منحط", "خسيس", "حثالة", "اخرس", "انقلع",
        "=فاشل", "=فاشلين", "مرتزقة", "مرتزق", "أبواق", "ابواق", "=زبالة", "=زبالات",
        "كداب", "كدابة", "كدابين", "كذابة",
        "idiotic", "halfwit", "nitwit", "dimwit", "numpty", "buffoon", "airhead", "dumbass", "jackass", "scum", "lowlife", "low-life",
        "brainless", "dim-witted", "cretin", "simpleton", "أهبل", "هبلة", "أغبى", "غبية", "حمارة", "يا كلب", "يا حمار",
        "يا حيوان", "معتوه", "وضيع", "دلخ", "مخبول", "أثول", "هطف", "أهطف", "طرطور", "عبيط", "أهطل",
        "coward", "cowards", "جبان", "الجبان", "جبناء", "ثرثار", "الثرثار",
        // "Shut up" in Arabic: the imperative names its "you" itself, as "shut up" says it to someone.
        "=اصمتوا", "=اصمت", "=اسكتوا", "=اخرسوا", "=انطموا", "=اسكتي", "=اصمتي",
        // «اسكت» to one man only with what follows it: spelt without its hamza it is also «أسكت»,
        // "I keep quiet" («ما أقدر أسكت»).
        "=اسكت ودعنا", "=اسكت وخلنا", "=اسكت وخلينا", "=اسكت يا", "=اسكت أحسن", "=اسكت احسن", "=اسكت وريحنا",
        // Words with no sense but the insult: a person's wits, character or nerve.
        "imbecilic", "moronic", "cretinous", "nincompoop", "dolt", "dullard", "blockhead", "bonehead", "knucklehead",
        "meathead", "pinhead", "numbskull", "numskull", "dimwitted", "birdbrain", "birdbrained", "pea-brained", "peabrain",
        "ignoramus", "ignoramuses", "dunce", "bozo", "doofus", "dingbat", "=twit", "=twits", "plonker", "pillock", "=prat",
        "dickhead", "knobhead", "douchebag", "douchebags", "dirtbag", "dirtbags", "sleazeball", "slimeball", "scoundrel",
        "scoundrels", "reprobate", "reprobates", "backstabber", "backstabbers", "turncoat", "turncoats", "weaselly", "gutless",
        "yellow-bellied", "lily-livered", "mouth-breather", "mouth breather", "nutcase", "nutcases", "clownish",
        "dopey", "lamebrain", "idjit", "eejit", "sheeple", "dipshit", "dipshits", "shithead", "shitheads", "dumbfuck",
        "motherfucker", "motherfuckers", "cocksucker", "cunt", "cunts", "bellend", "bellends",
        // Words with an ordinary sense insult only said to someone: a bank warns of fraudsters,
        // a zoo has snakes, a clinic treats parasites, "can you hack it" and "you weasel out of".
        "=you crook", "=you crooks", "=what a crook", "=bunch of crooks", "=you thief", "=you thieves", "=bunch of thieves",
        "=you fraudster", "=you fraudsters", "=you scammer", "=you scammers", "=you swindler", "=you're a fraud", "=you are a fraud",
        "=what a fraud", "=you criminals", "=partisan hack", "=partisan hacks", "=political hack",
        "=political hacks", "=party hack", "=what a weasel", "=such a weasel", "=lying weasel", "=you degenerate",
        "=you degenerates", "=bunch of degenerates", "=what a creep", "=such a creep", "=you creep", "=lying snake", "=lying snakes",
        "=bunch of parasites", "=parasites like you", "=you maniac", "=you lackey", "=you sellout", "=crooked politician",
        "=crooked politicians", "=crooked media", "=you dummy", "=political lightweight", "=what a sleaze",
        "=you snowflake", "=you snowflakes",
        // Arabic words with no sense but the insult (exact where a stem reads another word:
        // «وغداً» is "and tomorrow", «خوّل» "empowered").
        "رويبضة", "الرويبضة", "رويبضات", "=نذل", "=النذل", "=نذلة", "=أنذال", "=انذال", "=الأنذال", "=الانذال",
        "=وغد", "=الوغد", "=أوغاد", "=اوغاد", "=الأوغاد", "=الاوغاد", "=أفاك", "=افاك", "=الأفاك", "=الافاك", "=أفاكين", "=افاكين",
        "=رعديد", "=الرعديد", "=ديوث", "=الديوث", "=عرص", "=معرص", "=المعرص", "=معرصين", "=سربوت", "=سرابيت",
        "=أذناب", "=اذناب", "=الأذناب", "=الاذناب", "=منبطح", "=المنبطح", "=منبطحين", "=المنبطحين", "=لئيم", "=اللئيم", "=لئيمة",
        "=خبل", "=الخبل", "=وضيعة", "=وضعاء", "=سفلة", "=السفلة", "=أوباش", "=اوباش", "=الأوباش", "=الاوباش", "=أراذل",
        "=اراذل", "=الأراذل", "=الاراذل", "=شرموط", "=شرموطة", "=الشرموطة", "=شراميط", "=قحبة", "=القحبة", "=قحاب", "=منيوك",
        // Arabic words with an ordinary sense insult only said to someone: «النصاب القانوني» is
        // a quorum, «احذروا من المحتالين» warns, «عملاؤنا» are customers, «الأوساخ» is dirt, «الطبال»
        // a drummer, «المتخلفين عن السداد» defaulters, «المريض النفسي» a patient.
        "=يا نصاب", "=يا نصابين", "=يا نصابة", "=انت نصاب", "=أنت نصاب", "=انتم نصابين", "=أنتم نصابين",
        "=يا حرامي", "=يا حرامية", "=يا حراميه", "=انت حرامي", "=أنت حرامي", "=انتم حرامية", "=أنتم حرامية",
        "=يا لص", "=يا لصوص", "=انت لص", "=أنت لص", "=انتم لصوص", "=أنتم لصوص", "=يا سارق", "=يا سراق", "=يا سرّاق",
        "=يا محتال", "=يا محتالين", "=انت محتال", "=أنت محتال", "=يا مجرم", "=يا مجرمين", "=يا فاسد", "=يا فاسدين", "=انت فاسد", "=أنت فاسد",
        "=يا خائن", "=يا خاين", "=يا خونة", "=يا خاينين", "=يا خائنة", "=يا عميل", "=العملاء الخونة",
        "=عميل مأجور", "=عملاء مأجورين", "=يا مرتزق", "=يا مرتزقة",
        "=يا بلطجي", "=يا بلطجية", "=يا دجال", "=يا دجالين", "=انت دجال", "=أنت دجال", "=يا ساقط", "=يا ساقطة", "=يا سقط",
        "=يا قذر", "=يا قذرة", "=يا قذرين", "=انت قذر", "=أنت قذر", "=يا وسخ", "=يا وسخة", "=يا أوساخ", "=يا اوساخ", "=انت وسخ", "=أنت وسخ",
        "=يا حشرات", "=انتم حشرات", "=أنتم حشرات", "=يا طفيلي", "=يا طفيليين", "=انت طفيلي", "=أنت طفيلي",
        "=يا جرذ", "=يا جرذان", "=انتم جرذان", "=أنتم جرذان", "=انت زبالة", "=أنت زبالة", "=انتم زبالة", "=أنتم زبالة", "=شوية زبالة",
        "=يا متخلف", "=يا متخلفة", "=يا متخلفين", "=انت متخلف", "=أنت متخلف", "=انتم متخلفين", "=أنتم متخلفون", "=أنتم متخلفين",
        "=يا مريض نفسي", "=انت مريض نفسي", "=أنت مريض نفسي", "=يا عاهة", "=انت عاهة", "=أنت عاهة",
        "=يا نكرة", "=يا إمعة", "=يا امعة", "=يا رويبضة", "=يا ذباب", "=يا مطبل", "=يا مطبلين", "=يا طبال", "=يا طبالين",
        "=يا منافق", "=يا منافقة", "=يا منافقين", "=يا مهرج", "=يا مهرجين", "=يا جزمة", "=يا واطي", "=يا واطية", "=يا صايع",
        "=يا صايعين", "=يا بيئة", "=يا معفن", "=يا معفنين", "=يا أزعر", "=يا ازعر", "=يا زعران", "=يا كر", "=يا قزم", "=يا أقزام",
        "=يا اقزام", "=يا بوق", "=يا حيوانات", "=انت حيوان", "=أنت حيوان", "=انتم حيوانات", "=أنتم حيوانات", "=يا خايس",
        "=يا نتن", "=يا رخمة", "=يا بجم",
    ])

    /// Insults that are also the words for waste: a municipality collects rubbish, a
    /// campaign clears trash from the beach, «حثالة القهوة» (coffee grounds) feeds the
    /// garden. They insult only when aimed at someone.
    static let literalInsults: WordSet = ["rubbish", "garbage", "trash", "حثالة", "حثاله", "الحثالة", "الحثاله", "زبالة", "زباله",
                                                  "الزبالة", "الزباله", "للزبالة", "للزباله", "والزبالة", "والزباله", "بالزبالة", "بالزباله", "زبالات"]

    /// Acts, not people: "cowardly" before "attack", «الجبان» after «العمل الإرهابي»
    /// describes what was done, as every condemnation of a bombing does.
    /// Not the verb "act": "you coward, act like a man" insults.
    public static let acts = Lexicon("shared.acts", [
        "attack", "attacks", "bombing", "crime", "assault", "shooting", "massacre", "killing", "terrorist act", "act of terror",
        "criminal act", "العمل", "الهجوم", "الاعتداء", "التفجير", "الجريمة", "العملية", "فعلته", "المجزرة", "الاغتيال",
    ])

    /// Dishes named after an insult's word: "jerk chicken" is Jamaican cooking, not a
    /// judgement of the chicken.
    public static let dishes = Lexicon("shared.dishes", [
        "jerk chicken", "jerk pork", "jerk fish", "jerk shrimp", "jerk prawns", "jerk wings", "jerk seasoning", "jerk sauce",
        "jerk marinade", "jerk spice", "jerk rub", "jerk tofu", "jerk lamb", "jerk goat",
    ])

    /// Where the post names a dish (see `dishes`), gathered once per post: in token order
    /// and apart (each dish starts with its insult's word), so `namesADish` can halve them.
    static func dishRanges(in post: PostAnalysis) -> [Range<Int>] {
        post.hits(dishes).map { $0.firstToken..<$0.endToken }
    }

    /// Whether the insult at `hit` is part of a dish's name, among `dishRanges(in:)`.
    static func namesADish(_ hit: PhraseMatcher.Hit, among dishes: [Range<Int>]) -> Bool {
        !dishes.isEmpty && PostAnalysis.lies(hit, inAnyOf: dishes)
    }

    static let secondPersonWords = WordSet(["you", "your", "you're", "أنت", "انت", "أنتم", "انتم"].map(TextNormalizer.normalize))

    /// Whether an insult or a judging word at `hit` describes an act named right before
    /// it («العمل الإرهابي الجبان») or right after it ("this cowardly and hateful attack").
    static func describesAnAct(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        let tokens = post.text.tokens
        // Nothing but the act's own words between: "your attack on our staff" makes "you" the
        // subject, and an article starts another noun ("a disgrace and an attack on investors"
        // calls the decision a disgrace; "a cowardly and senseless attack" describes the act).
        func plain(_ range: Range<Int>) -> Bool {
            !range.contains { index in
                tokens[index].kind == .mention || secondPersonWords.contains(tokens[index].text) || articles.contains(tokens[index].text)
            }
        }
        // Arabic names the act first («العمل الإرهابي الجبان»), English after ("cowardly attack"):
        // «انت غبي في العمل» ("stupid at work") has the act word after the insult, and insults.
        return post.hits(acts).contains { act in
            guard post.sentenceIndex(of: act) == sentence else { return false }
            if act.endToken <= hit.firstToken { return hit.firstToken - act.endToken <= 1 && plain(act.endToken..<hit.firstToken) }
            return act.firstToken >= hit.endToken && !tokens[act.firstToken].isArabic && act.firstToken - hit.endToken <= 2
                && plain(hit.endToken..<act.firstToken)
        }
    }

    static let articles = WordSet(["a", "an", "the"])

    public static let secondPerson = Lexicon("shared.second-person", [
        "you", "your", "you're", "youre", "yourself", "u", "ur", "people like you",
        "أنت", "انت", "=أنتم", "=انتم", "يا", "لك", "=عليك", "=أمثالك", "=امثالك",
        // "Be quiet" said to someone names its "you" in the verb.
        "=اصمتوا", "=اصمت", "=اسكتوا", "=اسكت", "=اخرسوا", "=اخرس",
    ])

    /// A past auxiliary right before a future form turns it into the past's future
    /// ("كانوا سيحققون", "we were going to"): what would have happened, not a forecast.
    public static let pastAuxiliary = Lexicon("shared.past-auxiliary", [
        "=was", "=were", "=كان", "=كانت", "=كانوا", "=كانا", "=كنا", "=كنت", "=لكان", "=لكانت", "=لكانوا", "=لكنا",
    ])

    public static let evidenceWords = Lexicon("shared.evidence-words", [
        "according to", "rated", "rating", "ranked", "survey", "independent", "certified", "award", "awarded", "audited",
        "وفق", "وفقا", "حسب", "بحسب", "تصنيف", "تقييم", "مستقلة", "مستقل", "جائزة", "شهادة", "مسح", "استطلاع",
    ])
}

/// The common shape of phrase rules: a trigger phrase, perhaps only when other
/// phrases share its sentence, and not when certain phrases do.
struct SentencePhraseCheck {
    var trigger: Lexicon
    var requiresInSentence: [Lexicon] = []
    var unlessInSentence: [Lexicon] = []
    var unlessInPost: [Lexicon] = []
    /// Phrases that make the trigger safe anywhere in the window, not only in its sentence
    /// ("$456M vs." ends a sentence before "expected").
    var unlessNear: [Lexicon] = []
    /// Phrases that change the trigger's meaning when they end right before it (a past
    /// auxiliary before a future form).
    var unlessRightBefore: [Lexicon] = []
    /// How many neighbouring sentences on each side count as "the same sentence" for
    /// `requiresInSentence` (a forecast often spans two short sentences).
    var window = 0
    /// Refusals ("no comment", «لا نعلّق») that make the trigger safe in its sentence
    /// (`refusals`) or anywhere in the window (`refusalsNear`), unless a contrast stands
    /// between the refusal and the trigger: "we don't comment on rumours, but the deal is
    /// almost done" refuses the rumours and then says it (`ClosedClasses.isContrast(at:in:)`).
    var refusals: [Lexicon] = []
    var refusalsNear: [Lexicon] = []
    /// A rule's own reason a single hit is not what the trigger means ("unprecedented"
    /// before "challenges" describes a hardship, not the firm). An excused hit is not kept,
    /// so a later trigger in the same sentence is still read: one excused superlative does
    /// not excuse the next.
    var excusing: (@Sendable (PhraseMatcher.Hit, PostAnalysis) -> Bool)? = nil

    var lexicons: [Lexicon] {
        [trigger] + requiresInSentence + unlessInSentence + unlessInPost + unlessNear + unlessRightBefore + refusals + refusalsNear
    }

    /// One hit per sentence (the first), so a phrase repeated in a sentence counts once.
    func hits(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        // Most posts have no hit of the trigger, and then none is kept whatever else they
        // hold: said from the trigger's lexicon id alone, before the other lists are read.
        guard post.lexiconHits.contains(trigger.id) else { return [] }
        if unlessInPost.contains(where: { !post.hits($0).isEmpty }) { return [] }
        var result: [PhraseMatcher.Hit] = []
        for hit in post.hits(trigger) {
            let sentence = post.sentenceIndex(of: hit)
            // A lexicon's hits come in token order, so the sentences of the hits kept never go
            // back: a sentence seen is the last one kept. (A Set of them was allocated for every
            // post with a trigger; searching the kept hits was quadratic on a long post.)
            guard result.last.map({ post.sentenceIndex(of: $0) }) != sentence else { continue }
            let near = post.sentences(around: sentence, window: window)
            guard requiresInSentence.allSatisfy({ lexicon in near.contains { post.sentence($0, has: lexicon) } }) else { continue }
            guard !unlessInSentence.contains(where: { post.sentence(sentence, has: $0) }) else { continue }
            guard !unlessNear.contains(where: { lexicon in near.contains { post.sentence($0, has: lexicon) } }) else { continue }
            guard !unlessRightBefore.contains(where: { lexicon in post.hits(lexicon).contains { $0.endToken == hit.firstToken } }) else { continue }
            guard !refuses(hit, with: refusals, in: sentence...sentence, of: post), !refuses(hit, with: refusalsNear, in: near, of: post) else { continue }
            if let excusing, excusing(hit, post) { continue }
            result.append(hit)
        }
        return result
    }

    /// Whether a hit of `lexicons` in `sentences` refuses `hit`, with no contrast between them.
    private func refuses(_ hit: PhraseMatcher.Hit, with lexicons: [Lexicon], in sentences: ClosedRange<Int>, of post: PostAnalysis) -> Bool {
        lexicons.contains { lexicon in
            post.hits(lexicon).contains { refusal in
                sentences.contains(post.sentenceIndex(of: refusal)) && !post.contrasts(refusal.firstToken..<refusal.endToken, with: hit)
            }
        }
    }
}
