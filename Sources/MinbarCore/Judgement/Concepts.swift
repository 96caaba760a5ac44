/// The concept catalogue the judgement rules share. Each entry is one meaning in
/// English and Arabic (MSA and Gulf), as stems and irregular forms.
public enum Concepts {
    // MARK: Corporate actions and disclosure

    public static let goingPrivate = Concept("going-private", [
        "take private", "taking private", "go private", "going private", "take the company private", "taking the company private", "take it private", "taking tesla private",
        "delist", "delisting", "delisted", "buyout", "buy out", "take-private", "private at",
        "شطب الإدراج", "شطب إدراج", "الانسحاب من السوق", "تحويلها إلى شركة خاصة", "شركة مغلقة", "الخروج من البورصة",
    ])
    public static let takeover = Concept("takeover", [
        "acquire", "acquisition", "acquiring", "takeover", "take over", "merger", "merge", "merging", "buy the company",
        "deal", "tender offer", "takeover offer", "takeover bid", "buyout offer", "stake", "large position", "position in", "shareholding", "letter of intent",
        "term sheet", "lois", "recovery plan", "rescue", "strategic transaction", "buyback", "share buyback", "capital increase",
        "rights issue", "stock split", "dividend cut", "special dividend",
        "استحواذ", "الاستحواذ", "اندماج", "الاندماج", "صفقة", "الصفقة", "عرض الشراء", "العرض المقترح", "حصة", "حصتنا", "حصص",
        "شراء أسهم", "إعادة شراء", "زيادة رأس المال", "تخفيض رأس المال", "أسهم منحة", "خطاب نوايا", "مذكرة تفاهم",
        "majority position", "majority stake", "controlling stake", "controlling interest", "minority stake", "cash back to owners", "buyback programme", "buyback program", "fils a share", "halalas a share", "حصة أغلبية", "الحصة المسيطرة", "حصة مسيطرة", "توزيع أرباح", "توزيعات نقدية", "هللة للسهم", "فلس للسهم",
    ])
    public static let sharesAndOwners = Concept("shares", [
        "shareholder", "shareholders", "shares", "share", "stock", "investors", "investor", "owners", "vote", "controlling vote",
        "acquisition", "users", "company", "price", "tesla", "twitter",
        "المساهمين", "المساهمون", "مساهم", "الأسهم", "أسهم", "سهم", "السهم", "المستثمرين", "العرض", "تويتر",
    ])
    public static let financingOrApproval = Concept("financing-approval", [
        "funding", "financing", "finance", "capital", "investor support", "approval", "approved", "regulatory approval",
        "licence", "license", "permit", "clearance", "the loan", "the money",
        "التمويل", "تمويل", "الموافقة", "موافقة", "الترخيص", "ترخيص", "التصريح", "الدعم المالي",
        "contract", "tender", "ipo", "listing", "award of the contract", "عقد", "العقد", "المناقصة", "الترسية", "الاكتتاب", "الطرح", "طرح أسهم",
    ])
    public static let certaintyClaim = Concept("certainty-claim", [
        "secured", "is secured", "confirmed", "is confirmed", "locked in", "guaranteed", "done deal", "in the bag",
        "we are confident in the safety", "confident in the safety", "is safe", "are safe",
        "تم تأمين", "مؤمن", "مضمون", "مضمونة", "مؤكد", "مؤكدة", "تمت الموافقة", "محسوم", "محسومة",
        "is ours", "matter of time", "a formality", "just a formality", "as good as done", "as good as approved", "waiting for the paper", "in our pocket", "sorted", "مسألة وقت", "في حكم المنتهية", "في حكم المنتهي", "مجرد إجراء", "إجراء شكلي", "في جيبنا", "لصالحنا", "صارت لنا",
    ])

    // MARK: Solvency and financial condition

    public static let solvency = Concept("solvency", [
        "bankrupt", "bankruptcy", "insolvent", "insolvency", "solvency", "solvent", "chapter 11", "chapters of bankruptcy",
        "liquidity", "run on", "withdrawals", "withdrawal", "deposits", "client assets", "customer funds", "assets are fine",
        "users are fine", "depeg", "peg", "pegging", "deploying more capital", "raise money", "capital base", "going concern",
        "إفلاس", "الإفلاس", "مفلس", "مفلسة", "الملاءة", "=السيولة", "=سيولة", "السحوبات", "سحب الودائع", "الودائع", "أموال العملاء",
        "أموال المودعين", "متعثرة", "التعثر", "العجز عن السداد",
        "every dirham", "every riyal", "every dinar", "your money is safe", "your deposits", "financial position", "financial condition", "debts", "الوضع المالي", "المركز المالي", "=الديون", "=ديون", "مديونية", "خسائر متراكمة",
        "going under", "payroll is covered", "cash position", "suppliers are waiting", "get paid eventually", "receivables", "الخزنة",
    ])
    public static let reassurance = Concept("reassurance", [
        "is fine", "are fine", "fine", "steady", "steady lads", "safe", "no problem", "stronger than ever", "not impacted",
        "not financially impacted", "nothing to worry", "don't worry", "hang tight", "will continue to be", "no issues",
        "بخير", "بأمان", "آمنة", "لا داعي للقلق", "لا خوف", "متينة", "قوي", "قوية",
    ])

    // MARK: Price promotion

    public static let tradableAsset = Concept("tradable-asset", [
        "stock price", "share price", "stock", "shares", "token", "tokens", "coin", "coins", "crypto", "ico", "presale",
        "nft", "nfts", "$ctr", "ctr tokens", "e-max",
        "سعر السهم", "السهم", "الأسهم", "العملة الرقمية", "العملات الرقمية", "رمز السهم", "رمز التداول", "=رمزنا", "توكن", "اكتتاب",
    ])
    public static let priceTalk = Concept("price-talk", [
        "too high", "too low", "undervalued", "overvalued", "cheap", "bargain", "to the moon", "moon", "going up",
        "will rise", "will fly", "buy now", "get yours", "get your", "before they sell out", "sell out", "don't miss",
        "game changer", "into crypto", "not financial advice", "nfa", "burned", "giving back", "large position",
        "مقيم بأقل", "أقل من قيمته", "سيرتفع", "سينطلق", "انطلاقة", "فرصة لا تعوض", "اشتر", "اشتروا", "=الحقوا", "الحق على", "الحق قبل",
    ])

    // MARK: Investigations and legal cases

    public static let incident = Concept("incident", [
        "crash", "collision", "accident", "investigation", "probe", "inquiry", "lawsuit", "case", "trial", "court", "charges",
        "ntsb", "faa", "autopilot",
        "حادث", "الحادث", "التحقيق", "تحقيق", "القضية", "قضية", "المحكمة", "الدعوى", "النيابة", "المتهم",
        "court case", "inquiry", "footage", "case against", "التحقيق الجاري", "المحاكمة", "المحكمة ستثبت",
    ])
    public static let fault = Concept("fault", [
        "the only way", "was not paying attention", "not paying attention", "at fault", "to blame", "his fault", "her fault",
        "their fault", "hands were not detected", "was drunk", "guilty", "caused by the driver", "driver error", "pilot error",
        "مذنب", "المذنب", "الخطأ من", "بسبب السائق", "خطأ السائق", "ثبت تورط", "المتسبب",
        "helped himself", "helped herself", "stole", "embezzled", "on his phone", "on her phone", "will only confirm", "will confirm what", "already knows", "already know", "the inquiry will say", "إجراء شكلي", "معروفة لدينا", "معروف لدينا", "اختلس", "سرق", "سرقت", "سربت", "سرّبت",
    ])

    // MARK: Regulators

    public static let regulator = Concept("regulator", [
        "sec", "shortseller enrichment commission", "ntsb", "faa", "fca", "regulator", "regulators", "the commission",
        "securities and exchange commission", "cma", "capital market authority",
        "هيئة السوق المالية", "هيئة السوق", "هيئة الأوراق المالية", "هيئة الخدمات المالية", "الجهة الرقابية", "المنظم", "هيئة أسواق المال",
    ])
    public static let mockery = Concept("mockery", [
        "embarrassing", "how embarrassing", "forgot to read", "incredible work", "so on point", "name change",
        "more concerned with", "press headlines", "clowns", "joke", "useless", "incompetent", "enrichment",
        "مهزلة", "فاشلة", "نايمة", "نائمة", "مسخرة", "نايمة في العسل",
    ])

    // MARK: Tragedy and sensitive events

    public static let tragedy = Concept("tragedy", [
        "uproar", "riot", "riots", "protest", "protests", "hurricane", "storm", "#sandy", "sandy", "shooting", "#aurora",
        "bombing", "attack", "9/11", "#whyistayed", "#metoo", "#bringbackourgirls", "those we lost", "remembrance", "died", "death", "rip", "rest in peace", "tragedy",
        "victims", "disaster", "earthquake", "flood", "floods", "war",
        "كارثة", "الكارثة", "وفاة", "توفي", "ضحايا", "الضحايا", "السيول", "الفيضانات", "زلزال", "الحرب", "العزاء", "رحمه الله",
        "التأتأة", "اليوم العالمي للتأتأة",
        "mourning", "national mourning", "condolences", "passed away", "sorry about your", "ferry", "sank", "collapsed", "الحادث الأليم", "حادث أليم", "عزاء", "عزا", "عظم الله أجرك", "أجرك", "غرّقت", "غرقت", "وقعت العمارة", "انهيار", "الحداد",
    ])
    public static let commerce = Concept("commerce", [
        "collection", "available online", "shopping", "shop", "sale", "discount", "offer", "buy", "order", "dress", "pizza",
        "muffins", "coffee", "buns", "complimentary", "free", "gap.com", "promo", "code", "deal", "deals",
        "عرض", "عروض", "اطلب", "تخفيض", "خصم", "فروعنا", "تسوق", "مجانا", "مجاناً", "اشتر",
        "% off", "per cent off", "off until", "free dessert", "with every", "family meal", "limited offer", "تخفيضات", "خصومات", "وجبة",
        "special rate", "package", "first month free", "bundle", "بسعر خاص", "عرض خاص", "باقة", "بخصم", "الكمية محدودة", "للمشتركين الجدد",
    ])

    // MARK: Layoffs and crises

    public static let layoff = Concept("layoff", [
        "layoff", "layoffs", "lay off", "laid off", "let go", "reducing the size", "reduce our workforce", "job cuts",
        "redundancies", "severance", "headcount",
        "تسريح", "الاستغناء", "إنهاء خدمات", "تقليص", "خفض عدد الموظفين",
    ])
    /// Light, joking or celebratory wording: harmless alone, mockery beside a death or disaster.
    public static let levity = Concept("levity", [
        "congrats", "congratulations", "lol", "lmao", "haha", "omg", "yay", "woohoo", "gma", "b4", "2 b", "jk", "😂", "🤣",
        "😜", "😆", "party time", "mission accomplished",
        "مبروك", "ألف مبروك", "هههه", "ههههه", "😂", "🤣", "يا سلام", "وناسة",
    ])
    /// Surviving a disaster or a named attack: a tragedy word only when joked about.
    public static let survival = Concept("survival", [
        "survived", "you survived", "survivors", "boston marathon", "نجوتم", "نجوت", "الناجين", "الناجون",
    ])
    public static let selfPity = Concept("self-pity", [
        "most vulnerable thing", "toughest thing i've ever", "hardest thing i've ever", "i wish i was", "not every ceo",
        "cold-hearted", "feel for me", "my fault", "i love them", "days like today", "i just want people to see",
        "poor me", "so hard for me", "shocked to see", "put ourselves in a difficult",
        "أصعب شيء مررت به", "لست قاسيا", "قلبي يتقطع", "ظلموني", "مظلوم",
    ])
    public static let ultimatum = Concept("ultimatum", [
        "click yes", "by 5pm", "will receive three months of severance", "extremely hardcore", "passing grade",
        "انتهت خدماتك", "اضغط نعم",
    ])

    // MARK: Discrimination

    public static let demeaning = Concept("demeaning", [
        "belong in the kitchen", "hope i don't get aids", "i'm white", "aids", "autistic kid", "deport", "deportation",
        "mercenaries", "shut up", "go back",
        "ترحيل", "بترحيل", "اسكتوا", "العبد", "العبيد", "عبيد", "الزنيم", "الشواذ", "مرتزقة", "المرتزقة", "اخونجية",
        "للاخونجية", "الاخونجية", "أنجاس", "هامشية", "هامشيه", "صدعتونا",
    ])

    // MARK: Condemnation

    /// Words that condemn somebody's character or motives rather than describe what they
    /// did: a coach's "harsh" even where no insult is used. Deliberately leaves out words
    /// a bank or a police force uses to warn the public ("fraud", "scam", "احتيال",
    /// "تخريب"): warning people about a crime is a service, not a condemnation.
    public static let condemnation = Concept("condemnation", [
        "shameful", "disgraceful", "disgrace", "disgusting", "despicable", "appalling", "outrageous", "shame on",
        "ridiculous", "absurd", "nonsense", "hypocrite", "hypocrites", "hypocrisy", "hypocritical", "traitor", "traitors",
        "treason", "treacherous", "saboteur", "saboteurs", "=corrupt", "fake news", "propaganda",
        "smear", "smear campaign", "witch hunt", "hit piece", "hit job", "evil", "cowardly", "cowards", "coward", "vile",
        "hateful", "sinister", "betrayal", "betrayed us", "two-faced", "lying to", "pack of lies", "a liar", "spineless", "shameless", "sleazy",
        "مخزي", "مخزية", "المخزي", "=العار", "وصمة عار", "مشين", "مشينة", "معيب", "سخافات", "السخافات", "مخرب", "المخرب",
        "خونة", "الخونة", "خائن", "الخائن", "منافق", "منافقين", "المنافقين", "النفاق", "تتلون", "يتلون",
        "أكاذيب", "الأكاذيب", "اكاذيب", "افتراءات", "الافتراءات", "افتراء", "المزورين", "المرجفين", "المغرضين", "مغرضة",
        "الحاقدين", "الحاقدون", "حاقد", "مأجورين", "المأجورين", "مأجورة", "المتآمرين", "متآمر", "الحاسدين", "الجبناء",
        "جبان", "دنيء", "دنيئة", "الدنيئة", "وقاحة", "الوقاحة", "أبشع", "لا حياء",
        "لا يستحون", "عديمي الضمير", "المتلونين",
    ])

    // MARK: Exclusion presented as policy

    /// Letting people in or keeping them out: hiring, admitting, serving, renting.
    public static let gatekeeping = Concept("gatekeeping", [
        "hire", "hiring", "employ", "recruit", "accept", "admit", "serve", "rent", "lease", "promote", "apply", "applicants",
        "candidates", "allowed", "welcome", "enrol", "enroll", "membership",
        "نوظف", "توظيف", "نعين", "تعيين", "نقبل", "قبول", "نستقبل", "استقبال", "نؤجر", "تأجير", "نخدم", "يسمح", "دخول",
        "المتقدمين", "المتقدمات", "=الطلبات", "التقديم", "الترقية",
        "positions", "leadership", "night shift", "المناصب", "المناصب القيادية", "نوظف",
    ])
    /// Who is kept out: a group by nationality or origin, gender, religion, age or
    /// disability. Citizens as such are left out: reserving jobs for nationals is a
    /// legal localisation policy in the Gulf, not discrimination by origin.
    public static let protectedGroup = Concept("protected-group", [
        "women", "woman", "female", "females", "ladies", "men", "male", "mothers", "pregnant", "married women",
        "foreigners", "expats", "expatriates", "immigrants", "migrants", "asians", "africans", "arabs", "indians",
        "pakistanis", "bangladeshis", "filipinos", "egyptians", "syrians", "nepalese", "nationality", "nationalities",
        "from that country", "from those countries", "muslims", "christians", "jews", "hindus", "shia", "sunni",
        "from india", "from pakistan", "from bangladesh", "from the philippines", "from nepal", "from sri lanka", "from egypt",
        "from syria", "from yemen", "from sudan", "from africa", "from asia", "from iran", "from ethiopia", "from kenya",
        "من الهند", "من باكستان", "من بنغلاديش", "من الفلبين", "من نيبال", "من سريلانكا", "من مصر", "من سوريا", "من اليمن",
        "من السودان", "من أفريقيا", "من آسيا", "من إيران", "من إثيوبيا",
        "over 40", "over 45", "over 50", "older applicants", "disabled", "wheelchair", "wheelchairs", "disability",
        "=النساء", "المرأة", "الإناث", "=النسائية", "الحوامل", "المتزوجات", "الأمهات", "الوافدين", "الأجانب", "الجنسية",
        "الجنسيات", "جنسية", "الهنود", "الباكستانيين", "البنغاليين", "الفلبينيين", "المصريين", "السوريين", "الآسيوية",
        "الأفريقية", "الأفارقة", "الشيعة", "السنة", "المسيحيين", "اليهود", "ذوي الإعاقة", "المعاقين", "كبار السن",
        "sect", "tribe", "caste", "المذهب", "مذهب", "الطائفة", "طائفة", "القبيلة",
        "=رجال", "=الرجال", "=ذكور", "=الذكور", "=رياجيل", "=البنات", "=بنات",
        "under 30", "under 35", "young", "energetic", "expats", "faith", "religion", "wheelchair", "in wheelchairs", "المتزوجات", "الشياب", "ديانتنا", "ديانة", "كبار السن", "الحوامل",
    ])
    /// A rule that keeps people out: "only", "need not apply", «فقط», «حصراً», «ممنوع».
    public static let restriction = Concept("restriction", [
        "only", "need not apply", "not accepted", "not allowed", "no longer", "not eligible", "exclusively", "barred",
        "فقط", "حصرا", "حصراً", "ممنوع", "يمنع", "غير مسموح", "لا يقبل", "لا يسمح", "لا تقبل",
        "prefer", "ideally", "should book", "نفضّل", "نفضل", "ما نفضّل", "بس", "هتفضل",
        // A job advert that asks for a group is a restriction: "looking for strong men", «نبي رياجيل».
        "looking for", "seeking", "we need", "we want", "نبحث عن", "نبي", "نبغى", "نبغي", "مطلوب", "نحتاج",
    ])
    /// Words that make a sentence about exclusion a stand against it.
    public static let equality = Concept("equality", [
        "regardless of", "based on", "on the basis of", "discriminate", "discrimination", "equal", "equally", "every nationality",
        "all nationalities", "inclusive", "encouraged to apply", "encourage", "both genders", "men and women",
        "بغض النظر", "على أساس", "تمييز", "دون تمييز", "بلا تمييز", "المساواة", "جميع الجنسيات", "كل الجنسيات",
        "نشجع", "من الجنسين", "الجنسين", "رجالا ونساء", "رجالاً ونساءً",
    ])

    // MARK: Awards and wins

    /// Being chosen: a contract won, a tender awarded, a bid picked, «فزنا»، «رست علينا».
    public static let award = Concept("award", [
        "won", "we won", "have won", "has won", "picked", "selected", "awarded", "been chosen", "came out on top",
        "فزنا", "فوزنا", "رست", "رست علينا", "ترسية", "تمت ترسية", "من نصيبنا", "صار من نصيبنا", "صارت لنا", "تم اختيارنا",
        "وقع الاختيار علينا", "حصلنا على",
    ])

    // MARK: Disclosure timing

    /// "Before", as in "before the board has seen the accounts".
    public static let before = Concept("before", ["before", "ahead of", "prior to", "قبل", "ما قبل", "استباقا", "استباقاً"])
    /// The events that make information public or official: a board's approval, an
    /// announcement, the results, a filing, the exchange, the general assembly.
    public static let disclosureEvent = Concept("disclosure-event", [
        "the board", "board", "announcement", "announce", "announced", "results", "accounts", "disclosure", "disclose",
        "filing", "file", "the market", "the exchange", "tadawul", "agm", "general assembly", "publication", "official",
        "مجلس الإدارة", "=الإعلان", "=إعلان", "الإفصاح", "إفصاح", "النتائج", "الحسابات", "السوق", "تداول", "البورصة",
        "الجمعية العمومية", "الجمعية العامة", "النشر", "الرسمي", "اعتماد",
        "report", "annual report", "التقرير", "التقرير السنوي", "القوائم المالية",
    ])

    // MARK: People who were harmed or who complain

    /// People the organisation harmed or who hold a grievance against it: a joke at their
    /// expense mocks a victim.
    public static let aggrieved = Concept("aggrieved", [
        "suing us", "sued us", "complainant", "complainants", "the victims", "victims", "those affected", "affected customers",
        "people who lost", "who lost their", "injured", "the family of",
        "يشتكون", "يشتكي", "المشتكي", "المتضررين", "المتضررون", "الضحايا", "انقطعت عنهم", "أهالي الضحايا", "المصابين",
    ])

    // MARK: An inquiry still open

    /// Saying the inquiry, the case or the charge is not finished: "Civil Defence is still
    /// investigating", "hasn't charged anyone yet", «التحقيق لم يكتمل», «للحين ما خلص».
    public static let openInquiry = Concept("open-inquiry", [
        "still investigating", "still 'investigating'", "is investigating", "are investigating", "investigation is ongoing",
        "ongoing investigation", "inquiry is ongoing", "hasn't charged", "has not charged", "not yet charged", "yet to rule",
        "before the verdict", "before the court rules", "pending investigation", "the investigation continues",
        "لم يكتمل", "لم ينته", "لم تنته", "ما خلص", "ما خلصت", "للحين تحقق", "لا يزال التحقيق", "ما زال التحقيق", "التحقيق جار",
        "التحقيق جارٍ", "قيد التحقيق", "اتحوّل للنيابة", "أحيل إلى النيابة", "قبل صدور الحكم", "قبل الحكم", "ما صدر الحكم",
    ])
    /// Putting the blame on somebody: caused by, responsible, negligence, guilty, a thief.
    public static let blame = Concept("blame", [
        "caused by", "was caused", "responsible", "negligence", "negligent", "to blame", "at fault", "guilty", "took money",
        "stole", "thief", "was speeding", "was drunk", "it was the", "spoiler",
        "بسبب إهمال", "إهمال", "المسؤولية الكاملة", "نحمّل", "نحمل", "يتحمل المسؤولية", "المسؤول", "الغلطان", "المتسبب",
        "حرامي", "سارق", "مسرع", "مذنب",
    ])

    // MARK: Laughter, and declining to prejudge

    /// Laughing: at a regulator or at people who were harmed, it is mockery. Narrower than
    /// `levity`, which also holds congratulations.
    public static let laughter = Concept("laughter", [
        "lol", "lmao", "haha", "hahaha", "rofl", "😂", "🤣", "😆", "😜", "🙃", "😹", "هههه", "ههههه", "هههههه",
    ])
    /// Declining to prejudge: "we will not speculate", «لن نستبق النتائج».
    public static let restraint = Concept("restraint", [
        "will not speculate", "won't speculate", "not speculate", "not going to speculate", "leave the findings",
        "await the findings", "awaiting the findings", "let the investigation", "لن نستبق", "ولن نستبق", "لا نستبق", "ولا نستبق", "نستبق", "ننتظر نتائج",
        "بانتظار نتائج", "نترك للجهات", "لن نتكهن",
    ])
}
