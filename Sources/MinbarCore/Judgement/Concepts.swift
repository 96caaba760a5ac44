/// The concept catalogue the judgement rules share. Each entry is one meaning in
/// English and Arabic (MSA and Gulf), as stems and irregular forms.
public enum Concepts {
    // MARK: Corporate actions and disclosure

    public static let goingPrivate = Concept("going-private", [
        // Leaving the screen to be a family firm again: «نودّع الشاشة ونرجع شركة عائلية».
        "back to being a family company", "family company again", "back to being private", "=نرجع شركة عائلية", "=نودع الشاشة",
        "=نودّع الشاشة",
        // The company's private life pictured as coming: "even if we're private", «لو صرنا شركة خاصة».
        "if we're private", "once we're private", "when we're private", "if we are private", "once we are private", "when we are private",
        "=إذا أصبحنا شركة خاصة", "=لو صرنا شركة خاصة", "=عندما نصبح شركة خاصة", "=بعد أن نصبح شركة خاصة",
        "take private", "taking private", "go private", "going private", "take the company private", "taking the company private", "take it private", "taking tesla private",
        "delist", "delisting", "delisted", "buyout", "buy out", "take-private", "private at",
        "شطب الإدراج", "شطب إدراج", "الانسحاب من السوق", "تحويلها إلى شركة خاصة", "شركة مغلقة", "الخروج من البورصة",
        "take the group private", "taking the group private", "take the bank private", "take the firm private", "taking the firm private",
        "go-private", "going-private", "take-private deal", "management buyout", "leveraged buyout", "squeeze-out", "squeeze out the minority",
        "buy out minority shareholders", "buy out the minority", "voluntary delisting", "delisting from", "remove our shares from",
        "cancel the listing", "cancellation of the listing", "deregister our shares", "withdraw from the exchange", "leave the stock market",
        "إلغاء الإدراج", "إلغاء إدراج", "الشطب الاختياري", "شطب أسهم الشركة", "شطب الأسهم من", "الانسحاب من البورصة", "الخروج من السوق المالية",
        "الخروج من سوق الأسهم", "التحول إلى شركة خاصة", "التحول إلى شركة مساهمة مقفلة", "تحويل الشركة إلى مساهمة مقفلة", "التحول إلى مقفلة",
        "تحويلها إلى مقفلة", "شراء حصص الأقلية", "شراء أسهم الأقلية", "الاستحواذ على كامل الأسهم", "الاستحواذ على كامل أسهم", "إلغاء تسجيل الأسهم",
    ])
    public static let takeover = Concept("takeover", [
        "acquire", "acquisition", "acquiring", "takeover", "take over", "merger", "merge", "merging", "buy the company",
        "deal", "tender offer", "takeover offer", "takeover bid", "buyout offer", "stake", "large position", "position in", "shareholding", "letter of intent",
        "term sheet", "lois", "recovery plan", "rescue", "strategic transaction", "buyback", "share buyback", "capital increase",
        "rights issue", "stock split", "dividend cut", "special dividend",
        "استحواذ", "الاستحواذ", "اندماج", "الاندماج", "صفقة", "الصفقة", "عرض الشراء", "العرض المقترح", "حصة", "حصتنا", "حصص",
        "شراء أسهم", "إعادة شراء", "زيادة رأس المال", "تخفيض رأس المال", "أسهم منحة", "خطاب نوايا", "مذكرة تفاهم",
        "majority position", "majority stake", "controlling stake", "controlling interest", "minority stake", "cash back to owners", "buyback programme", "buyback program", "fils a share", "halalas a share", "حصة أغلبية", "الحصة المسيطرة", "حصة مسيطرة", "توزيع أرباح", "توزيعات نقدية", "هللة للسهم", "فلس للسهم",
        "acquire a stake", "buy a stake", "sell a stake", "sell our stake", "stake sale", "increase our stake", "raise our stake",
        "reduce our stake", "cut our stake", "exit our stake", "divest", "divestment", "divestiture", "spin off", "spin-off", "spinoff", "demerger",
        "carve-out", "business combination", "tie-up", "hostile bid", "mandatory offer", "partial offer", "cash offer", "share swap",
        "share exchange", "scheme of arrangement", "sell the business", "sell the company", "sale of the company", "exploring a sale",
        "memorandum of understanding", "mou", "heads of terms", "heads of agreement", "non-binding offer", "binding offer", "indicative offer",
        "exclusive talks", "deal is off", "called off the deal", "scrapped the deal", "walk away from the deal", "deal on hold",
        "terminate the deal", "dividend", "interim dividend", "final dividend", "cash dividend", "dividend payout", "payout ratio",
        "cash distribution", "bonus shares", "bonus issue", "scrip dividend", "share split", "reverse split", "reverse stock split",
        "capital reduction", "capital raise", "capital raising", "share issue", "issue new shares", "new shares", "private placement",
        "convertible bonds", "sukuk issuance", "bond issue", "treasury shares", "cents a share", "pence a share", "baisa a share", "dirham a share",
        "dirhams a share", "riyal a share", "riyals a share", "target company", "استحوذ", "نستحوذ", "عرض استحواذ", "عرض الاستحواذ", "عرض إلزامي",
        "عرض ملزم", "عرض غير ملزم", "عرض نقدي", "شراء الشركة", "بيع الشركة", "بيع حصة", "شراء حصة", "بيع حصتنا", "رفع حصتنا", "زيادة حصتنا",
        "تخفيض حصتنا", "=التخارج", "=تخارج", "فصل نشاط", "دمج الشركتين", "دمج الشركة", "عملية الدمج", "صفقة الدمج", "مبادلة الأسهم", "اتفاق مبدئي",
        "اتفاقية مبدئية", "اتفاقية غير ملزمة", "إلغاء الصفقة", "تعليق الصفقة", "تجميد الصفقة", "تأجيل الصفقة", "انسحبنا من الصفقة",
        "الانسحاب من الصفقة", "مفاوضات حصرية", "أرباح نقدية", "توزيع الأرباح", "توزيعات الأرباح", "أرباح مرحلية", "أسهم مجانية", "تجزئة السهم",
        "تجزئة الأسهم", "تقسيم السهم", "زيادة رأس مال", "رفع رأس المال", "خفض رأس المال", "تخفيض رأسمال", "إصدار أسهم", "أسهم جديدة",
        "حقوق الأولوية", "طرح خاص", "إصدار صكوك", "سندات قابلة للتحويل", "أسهم الخزينة", "أسهم خزينة", "الشركة المستهدفة", "بيسة للسهم",
        "درهم للسهم", "ريال للسهم", "قرش للسهم",
        // An insider selling or buying their own holding: the market must hear it first.
        "of my stock", "of my shares", "my stake", "my shares", "my holding", "my holdings", "sell my", "selling my", "=أسهمي",
        "بيع حصتي", "بيع أسهمي",
    ])

    /// News held back: "can't say more yet", "stay tuned", «ترقبوا», «قريباً نعلن». Beside
    /// a deal it is the deal disclosed by hint, to followers first, before the exchange.
    /// Not "soon" or «قريباً» alone ("registration opens soon", «ويبدأ التنفيذ قريباً»), nor
    /// "details to follow" after an announcement made in full.
    public static let teaser = Concept("teaser", [
        "signing soon", "signing is close", "=التوقيع قريب", "=التوقيع قريباً", "=بيدخل معنا", "=شريك كبير بيدخل",
        "stay tuned", "watch this space", "can't say more", "cannot say more", "can't say much more", "can't reveal", "cannot reveal",
        "can't share more", "can't name", "not allowed to say", "can't wait to share", "announce soon", "to be announced soon",
        "ترقبوا", "انتظرونا", "=قريباً نعلن", "=قريبا نعلن", "=قريباً جداً نعلن", "=قريبا جدا نعلن", "سنعلن قريباً", "سنعلن قريبا",
        "لا أستطيع قول المزيد", "لا أستطيع الإفصاح", "لا نستطيع الإفصاح", "لا أستطيع ذكر",
    ])
    /// The company's owners, addressed or spoken of: "our shareholders", «لمساهمينا».
    /// Narrower than `sharesAndOwners`, which also holds the shares, the price and the users.
    public static let shareholders = Concept("shareholders", [
        "shareholders", "shareholder", "investors", "our investors", "=المساهمين", "=مساهمي", "=لمساهمي", "=مساهمينا", "=لمساهمينا",
        "=المستثمرين", "=للمستثمرين", "=مستثمرينا", "=للمساهمين",
    ])
    public static let sharesAndOwners = Concept("shares", [
        "shareholder", "shareholders", "shares", "share", "stock", "investors", "investor", "owners", "vote", "controlling vote",
        "acquisition", "users", "company", "price", "tesla", "twitter",
        "المساهمين", "المساهمون", "مساهم", "=الأسهم", "=أسهم", "=سهم", "=السهم", "المستثمرين", "العرض", "تويتر",
        "shareholding", "minority shareholders", "share capital", "free float", "market cap", "market capitalisation", "market capitalization",
        "valuation", "per-share", "target company", "=الملاك", "=للملاك", "=ملاك", "حملة الأسهم", "حاملي الأسهم", "المستثمرون", "مستثمرين", "القيمة السوقية",
        "=للسهم", "الشركة المستهدفة", "الأسهم الحرة",
    ])
    public static let financingOrApproval = Concept("financing-approval", [
        "funding", "financing", "finance", "capital", "investor support", "approval", "approved", "regulatory approval",
        "licence", "license", "permit", "clearance", "the loan", "the money",
        "التمويل", "تمويل", "الموافقة", "موافقة", "الترخيص", "ترخيص", "التصريح", "الدعم المالي",
        "contract", "tender", "ipo", "listing", "award of the contract", "عقد", "العقد", "المناقصة", "الترسية", "الاكتتاب", "الطرح", "طرح أسهم",
        "loan", "credit facility", "credit line", "bridge loan", "syndicated loan", "funding round", "seed round", "series a", "series b",
        "debt financing", "equity financing", "financial close", "backing", "the investors", "sign-off", "green light", "go-ahead", "no objection",
        "permission", "authorisation", "authorization", "consent", "regulatory consent", "central bank approval", "ministry approval",
        "building permit", "operating licence", "operating license", "concession", "government contract", "القرض", "قرض", "تسهيلات ائتمانية",
        "التسهيلات الائتمانية", "الرخصة", "رخصة", "التراخيص", "تراخيص", "الموافقات", "موافقات", "موافقة الهيئة", "موافقة البنك المركزي",
        "عدم ممانعة", "خطاب عدم ممانعة", "الضوء الأخضر",
        // Exact: word forms read «بإذن الله» ("God willing") as «الإذن» ("the permission").
        "=الإذن", "التمويل اللازم", "جولة تمويل", "جولة التمويل", "الإغلاق المالي", "ترسية",
        "ترسية العقد", "ترسية المشروع", "العطاء", "الامتياز", "حق الامتياز",
    ])
    /// A guarantee as a financial instrument, not a promise: "the SME loan guarantee",
    /// «خطاب ضمان», «برنامج ضمان القروض». Cutting or issuing one certifies no outcome.
    public static let guaranteeInstrument = Concept("guarantee-instrument", [
        "loan guarantee", "loan guarantees", "credit guarantee", "credit guarantees", "guarantee scheme", "guarantee schemes",
        "guarantee programme", "guarantee program", "bank guarantee", "bank guarantees", "letter of guarantee", "letters of guarantee",
        "performance guarantee", "ضمان القروض", "ضمانات القروض", "ضمان القرض", "برنامج ضمان", "برامج ضمان", "خطاب ضمان", "خطابات الضمان",
        "خطابات ضمان", "ضمانات بنكية", "ضمان بنكي",
    ])
    public static let certaintyClaim = Concept("certainty-claim", [
        "secured", "is secured", "confirmed", "is confirmed", "locked in", "guaranteed", "done deal", "in the bag",
        "we are confident in the safety", "confident in the safety", "is safe", "are safe",
        "تم تأمين", "مؤمن", "مضمون", "مضمونة", "مؤكد", "مؤكدة", "تمت الموافقة", "محسوم", "محسومة",
        "is ours", "matter of time", "a formality", "just a formality", "as good as done", "as good as approved", "waiting for the paper", "in our pocket", "sorted", "مسألة وقت", "في حكم المنتهية", "في حكم المنتهي", "مجرد إجراء", "إجراء شكلي", "في جيبنا", "=لصالحنا", "صارت لنا",
        "nailed down", "sewn up", "signed and sealed", "signed, sealed", "all but done", "all but certain", "100% certain", "a sure thing",
        "rubber stamp", "rubber-stamp", "is assured", "fully funded", "fully committed", "we have the money", "we have the funding",
        "the money is there", "money is ready", "green-lit", "greenlit", "approval is certain", "approval is guaranteed", "matter of days",
        "a matter of days", "matter of weeks", "just waiting for the signature", "only the signature left", "just need the signature", "مية بالمية",
        "ميه بالميه", "١٠٠ بالمية", "محسوم أمره", "أمر محسوم", "تحصيل حاصل", "قضي الأمر", "تم الأمر", "مكفول", "مكفولة", "موافق عليه", "موافق عليها",
        "حصلنا على الموافقة", "حصلنا على الترخيص", "حصلنا على التمويل", "استلمنا الموافقة", "الموافقة جاية", "الموافقة بالطريق", "مسألة أيام",
        "مسألة ساعات", "ننتظر التوقيع فقط", "بس ننتظر التوقيع", "باقي التوقيع", "في الجيب", "بجيبنا", "انتهينا منه", "تم ضمان", "تم توفير التمويل",
        "جاهز للتوقيع",
        // Funded in full, said in Arabic: «توسعتنا ممولة بالكامل».
        "=ممولة بالكامل", "=ممول بالكامل", "=التمويل مؤمن", "=التمويل جاهز", "=تمويلها مضمون", "=تمويله مضمون",
    ])

    // MARK: Solvency and financial condition

    /// Bankrupt of morals or ideas, not of money: "morally bankrupt", «إفلاس أخلاقي».
    public static let figurativeBankruptcy = Concept("figurative-bankruptcy", [
        "morally bankrupt", "intellectually bankrupt", "spiritually bankrupt", "politically bankrupt", "creatively bankrupt",
        "moral bankruptcy", "intellectual bankruptcy", "political bankruptcy", "إفلاس أخلاقي", "إفلاس فكري", "إفلاس سياسي",
        "الإفلاس الأخلاقي", "الإفلاس الفكري", "الإفلاس السياسي", "مفلس أخلاقيا", "مفلس فكريا", "مفلسين أخلاقيا", "مفلسين فكريا",
    ])

    /// Customers' money going in and out: withdrawals, deposits, and whether people can
    /// take their money out ("free to withdraw their assets any time", "a problem
    /// withdrawing", «يسحبون أموالهم في أي وقت»). Said by the company holding the money
    /// it is a statement about liquidity; said about a cash machine it is a service
    /// (`everydayBanking`).
    public static let fundsAccess = Concept("funds-access", [
        "meet all our obligations",
        "withdrawals", "withdrawal", "deposits", "withdraw their assets", "withdraw your assets", "withdraw their funds",
        "withdraw your funds", "withdraw their money", "withdraw their crypto", "withdraw your crypto", "withdraw their deposits",
        "withdraw your deposits", "free to withdraw", "problem withdrawing", "problems withdrawing", "trouble withdrawing",
        "issue withdrawing", "issues withdrawing", "withdraw at any time", "withdraw any time", "withdraw anytime",
        "السحوبات", "سحب الودائع", "الودائع", "سحب أموالهم", "سحب أموالكم", "سحب أموالك", "يسحبون أموالهم", "تسحبون أموالكم",
        "تسحب أموالك", "يسحبوا أموالهم", "تسحبوا أموالكم", "سحب ودائعهم", "سحب ودائعكم", "سحب أرصدتهم", "سحب أرصدتكم",
        "مشكلة في السحب", "مشكلة بالسحب", "السحب في أي وقت",
    ])
    /// The everyday service around money: cash machines, cards, fees and limits. "Cash
    /// withdrawals at our ATMs are free this month" offers a service; it says nothing
    /// about whether the bank can pay.
    public static let everydayBanking = Concept("everyday-banking", [
        "atm", "atms", "cash machine", "cash machines", "cash withdrawal", "cash withdrawals", "debit card", "credit card", "card",
        "cards", "fee", "fees", "free of charge", "daily limit", "limit", "limits", "app", "online banking", "mobile banking",
        "الصراف", "الصراف الآلي", "=الصرافات", "أجهزة الصراف", "السحب النقدي", "=بطاقة", "=البطاقة", "=بطاقات", "=رسوم",
        "=الرسوم", "مجانا", "مجاناً", "مجاني", "=مجانية", "الحد اليومي", "=التطبيق", "=تطبيق",
        "fixed deposit", "term deposit", "deposit rate", "interest rate", "per annum", "profit rate", "terms apply", "وديعة لأجل",
        "الودائع لأجل", "نسبة الربح", "عائد سنوي", "سعر الفائدة",
        // The public scheme that protects deposits, explained: no word on one bank's condition.
        "deposit protection", "deposit insurance", "deposit guarantee scheme", "حماية الودائع", "ضمان الودائع", "تأمين الودائع",
    ])

    /// Promising that nobody loses money: "no one will lose a single dirham", «محدش هيخسر
    /// ولا درهم». Beside the customers' money it vouches for the firm's ability to pay.
    public static let nobodyLoses = Concept("nobody-loses", [
        "nobody will lose", "no one will lose", "won't lose a", "will lose a single", "not one of you will lose", "لن يخسر أحد", "محدش هيخسر", "ما حدا رح يخسر", "ما أحد بيخسر", "ما حد بيخسر",
    ])
    /// The customers' money named as theirs: "your money", «فلوسكم», «المصاري».
    public static let customersMoney = Concept("customers-money", [
        "your money", "your savings", "your deposits", "single dirham", "single riyal", "single dollar", "=فلوسكم", "=أموالكم", "=مصاريكم", "=المصاري",
        "=ودائعكم", "ولا درهم", "ولا ريال", "ولا قرش", "ولا دينار",
    ])

    public static let solvency = Concept("solvency", [
        // The till said to be full: "our vaults are full", «الخزنة مليانة».
        "vaults are full", "our vaults are full", "the vault is full", "nobody's money is going anywhere", "depositors' money is safe",
        "every cent of depositors", "=خزائننا مليانة", "=خزائننا ممتلئة", "=ما راح نروح مكان", "=لن نذهب إلى أي مكان", "we are staying",
        "we're not going anywhere", "we are not going anywhere", "cash runway", "our runway", "=الخزنة مليانة", "=الخزينة مليانة",
        // Reserves said to cover every customer, and customer assets said never to be used:
        // "we always had 1-to-1 reserves", «احتياطياتنا تغطي أصول العملاء بالكامل».
        "1:1 reserves", "1-to-1 reserves", "one-to-one reserves", "fully reserved", "fully backed 1:1", "backed 1:1", "backed one-to-one",
        "never lend out customer", "don't trade customers' assets", "do not trade customers' assets", "never trade customer assets",
        "=احتياطيات كاملة", "=احتياطياتنا تغطي", "=احتياطياتها تغطي", "=أصول العملاء مغطاة", "=ودائع العملاء مغطاة", "=لا نتاجر بأصول العملاء", "=لا نقرض أموال العملاء",
        "bankrupt", "bankruptcy", "insolvent", "insolvency", "solvency", "solvent", "chapter 11", "chapters of bankruptcy",
        "liquidity",
        // A run on a bank or its deposits; "the fun run on 5 April" is a race.
        "run on the bank", "run on our bank", "run on banks", "run on deposits", "run on our deposits", "run on the deposits",
        "run on the exchange", "run on the fund", "run on withdrawals", "client assets", "customer funds", "assets are fine",
        "users are fine", "depeg", "peg", "pegging", "deploying more capital", "raise money", "capital base", "going concern",
        "إفلاس", "الإفلاس", "مفلس", "مفلسة", "الملاءة", "=السيولة", "=سيولة", "أموال العملاء",
        "أموال المودعين", "=شركة متعثرة", "=الشركة متعثرة", "=متعثرة ماليا", "=متعثرة ماليًا", "=متعثرة مالياً", "التعثر المالي", "تعثر مالي", "=تعثر البنك", "=تعثر المصرف", "=تعثر الشركة", "=البنك متعثر", "=المصرف متعثر", "العجز عن السداد",
        "=أموالكم في أمان", "=أموالهم في أمان", "=أموالكم بأمان", "=أموالهم بأمان", "=أموال العملاء في أمان",
        // Every dirham owed or held, not given: "we'll match every dirham you give" is a donation.
        "repay every", "pay back every", "return every dirham", "return every riyal", "every dirham is safe", "every riyal is safe",
        "every dinar is safe", "every dirham of your", "every riyal of your", "every dinar of your", "every dirham you hold",
        "every riyal you hold", "every dinar you hold", "every dirham you deposited", "every riyal you deposited", "your money is safe", "your deposits", "financial position", "financial condition", "debts", "الوضع المالي", "المركز المالي", "=الديون", "=ديون", "مديونية", "خسائر متراكمة",
        "going under", "payroll is covered", "cash position", "suppliers are waiting", "get paid eventually", "receivables", "الخزنة",
        
        
        "can't pay our", "cannot pay our", "unable to pay", "unable to meet our obligations", "pay our debts",
        "pay our bills", "can't make payroll", "cannot make payroll", "can we make payroll", "struggling to make payroll", "can't meet payroll", "delayed salaries", "salary delays", "cash crunch", "cash crisis", "cash flow problems",
        "cash-flow problems", "running out of cash", "running out of money",
        "run out of money", "out of money", "running on fumes", "deep in the red", "we're broke", "we are broke", "flat broke", "go bust",
        "going bust", "gone bust", "went bust", "belly up", "bank run", "bank-run", "freeze withdrawals", "frozen withdrawals", "paused withdrawals",
        "halted withdrawals", 
        "drowning in debt", "deep in debt", "up to our necks in debt", "cash-strapped", "strapped for cash", "short of cash",
        "cash is tight", "money is tight", "empty coffers", "coffers are empty", 
        "إفلاسنا", "أفلس", "أفلسنا", "مفلسين", "تفليسة", "التفليسة",
        "إشهار الإفلاس", 
        "تعثر مالي", "التعثر المالي", "عجز عن السداد", "التخلف عن السداد", "أزمة سيولة", "شح السيولة",
        "نقص السيولة", "تأخر الرواتب", "تأخير الرواتب", "الرواتب متأخرة", "ما نقدر ندفع", "ما نقدر نسدد",
        // Exact: its forms took «ما عنده فلوس», a customer called broke, for the company's cash.
        "=ما عندنا فلوس",
        "ما عندنا سيولة", "ما عندنا بيزات", "ما معنا مصاري", "ما في مصاري", "الخزنة فاضية", "الخزينة فاضية", "الصندوق فاضي", "على الحديدة",
        "مديون لشوشته", "مديونين لشوشتنا", "غرقانين بالديون", "غارقة في الديون", "غارقون في الديون", "غرقانة ديون", "مزنوقين", "زنقة فلوس",
        "ضائقة مالية", "أزمة مالية خانقة", "بنفلس", "رايحة تفلس", "على وشك الإفلاس", "تجميد السحوبات", "إيقاف السحوبات", "وقف السحب",
        "we are in the red",
        "we're in the red", "still in the red", "slipped into the red", 
        "on the brink of collapse", "on the brink of bankruptcy", "on the brink of insolvency", "hanging by a thread", "barely staying afloat",
        "barely afloat", "keep our heads above water", "keeping our heads above water", "الشركة على الحافة", "شركتنا على الحافة",
        "على حافة الانهيار", "على حافة الإفلاس", "على شفا الإفلاس", "على شفا الانهيار",
    ])
    public static let reassurance = Concept("reassurance", [
        "is fine", "are fine", "fine", "steady", "steady lads", "safe", "no problem", "stronger than ever", "not impacted", "in great shape", "in good shape",
        "in excellent shape", "more than cover", "stay calm", "no need to move", "no need to withdraw",
        "not financially impacted", "nothing to worry", "don't worry", "hang tight", "will continue to be", "no issues",
        "بخير", "بأمان", "=آمنة", "لا داعي للقلق", "لا خوف", "متينة", "قوي", "=قوية",
        "all good", "all is well", "everything is fine", "business as usual", "rock solid", "rock-solid", "fully protected", "fully covered",
        "well capitalised", "well capitalized", "well-capitalised", "well-capitalized", "healthy", "robust", "no cause for concern",
        "no need to worry", "no need to panic", "don't panic", "rest assured", "under control", "we're fine", "we are fine", "sleep well",
        "nothing to see here", "secure", "مطمئنين", "اطمئنوا", "اطمنوا", "تطمنوا", "لا تقلقوا", "لا تشيلون هم", "لا تشيلوا هم", "لا تخافوا",
        "ما في شي", "ما فيه شي", "كل شيء تمام", "الأمور طيبة", "الأمور بخير", "مستقرة", "مستقر", "صلبة", "سليم", "سليمة", "محفوظة",
        "في الحفظ والصون", "في أيد أمينة", "آمن", "مصونة", "في أمان", "بأمان تام", "لا حاجة لتحويل", "لا داعي لسحب", "لا حاجة لسحب",
        "شغال طبيعي", "متل العادة", "مثل العادة", "as normal", "as usual",
    ])

    /// Paying people and debts: payroll, salaries, debts, suppliers waiting for their money.
    /// Harmless alone; beside a laugh, a joke about solvency.
    public static let payingUp = Concept("paying-up", [
        // Paying as a question of whether it can be done, not the payroll team or payday.
        "make payroll", "meet payroll", "pay salaries", "pay our suppliers", "pay the suppliers", "our debts",
        "salaries next month", "=يسألون عن الرواتب", "=الرواتب الشهر الجاي",
        "debts exceed", "more debt than assets",
        "الرواتب بتنزل", "نقدر ندفع الرواتب", "صرف الرواتب", "ديونها أكثر من أصولها", "ديوننا أكثر من أصولنا", "ديوننا", "فلوس الموردين",
        "الموردين طلبوا فلوسهم", "يسلف شركة", "يسلّف شركة",
        // Creditors chasing: "the bank rings", «البنك يتصل».
        "the bank rings", "the bank calls", "bank keeps calling", "debt collectors", "creditors", "البنك يتصل", "=الدائنين", "=الدائنون",
        // Survival itself joked about: "will we make it to the end of the year? Ask our bankers 😂",
        // "salaries went out… eventually". Read only beside laughter (`SolvencyRule.frames`).
        "make it to the end of the year", "survive the year", "ask our bankers", "salaries went out", "=نصمد حتى نهاية العام",
        "=ستصمد حتى نهاية العام", "=سنصمد حتى نهاية العام", "=تصمد حتى نهاية العام", "=اسألوا البنوك", "=الرواتب صرفت", "=صرفت الرواتب",
    ])
    /// Paying as promised: "salaries will be paid", "paid in full", «بنسددها كاملة». A
    /// promise about the firm's money only in answer to reports about it
    /// (`SolvencyRule.worryFrames`); beside a laugh it is as often a personal bill ("car
    /// loan paid in full 😂"), so the laughter frame reads `payingUp` without these.
    public static let payingAsPromised = Concept("paying-as-promised", [
        "salaries will be paid", "will be paid in full", "paid in full", "بنسددها", "سنسددها", "نسددها كاملة", "سداد كامل",
        "settled in full", "will be settled", "salaries will land", "=ستسدد كاملة", "=ستصرف في موعدها", "=ستصرف في موعدها كالمعتاد",
    ])
    /// The company's own cash.
    public static let ownCash = Concept("own-cash", [
        "of cash left", "cash left", "our cash", "cash on hand", "our runway", "our money",
        "سيولتنا", "الكاش عندنا", "كاشنا", "فلوسنا", "سيولة الشركة",
    ])
    /// Running out: left, remaining, lasts only, «تكفي بالكاد».
    public static let runsOut = Concept("runs-out", [
        "left", "remaining", "lasts", "last us", "only enough", "barely", "runs out", "run out",
        "تكفي بالكاد", "بالكاد", "تكفي", "يكفي", "=باقي", "متبقية", "تخلص",
    ])

    /// The promoter's hedge: "not financial advice", "#NFA", «مب نصيحة استثمارية». A refusal
    /// ("we do not give investment advice") is not one: it has a subject that declines.
    public static let adviceHedge = Concept("advice-hedge", [
        "nfa", "#nfa", "=not financial advice", "=this is not financial advice", "=not investment advice", "dyor", "do your own research",
        "=مب نصيحة استثمارية", "=مو نصيحة استثمارية", "=مش نصيحة استثمارية", "=ليست نصيحة استثمارية", "=مب نصيحة", "=مو نصيحة",
        "=مش نصيحة", "=ما هي نصيحة",
    ])

    /// A span of weeks or months: how long something lasts.
    public static let duration = Concept("duration", [
        "months", "weeks", "a month", "a week", "one month", "أشهر", "شهور", "أسابيع", "شهرين", "أسبوعين", "شهر واحد",
    ])

    // MARK: Price promotion

    public static let tradableAsset = Concept("tradable-asset", [
        "stock price", "share price", "stock", "shares", "token", "tokens", "coin", "coins", "crypto", "ico", "presale",
        "nft", "nfts", "$ctr", "ctr tokens", "e-max",
        "سعر السهم", "=السهم", "=الأسهم", "العملة الرقمية", "العملات الرقمية", "رمز السهم", "رمز التداول", "=رمزنا", "=توكن", "اكتتاب",
        "equity", "equities", "our shares", "ticker", "bitcoin", "btc", "ethereum", "eth", "altcoin", "altcoins", "memecoin", "meme coin",
        "stablecoin", "airdrop", "token sale", "ido", "ieo", "fund units", "reit", "reits", "sukuk", "bonds", "ipo shares", "market cap", "=أسهمنا",
        "=سهمنا", "=سهم", "سهم الشركة", "أسهم الشركة", "العملة المشفرة", "العملات المشفرة", "الكريبتو", "كريبتو", "بيتكوين", "البتكوين", "عملة رقمية",
        // «الصكوك» exact: «صكوك الأضاحي» are a charity's sacrifice vouchers, no asset.
        "عملتنا الرقمية", "=التوكن", "توكنات", "وحدات الصندوق", "=الصكوك", "القيمة السوقية", "الطرح الأولي",
        // A fund as an asset, named as one: not "our community fund" or "the relief fund".
        "gold fund", "investment fund", "equity fund", "mutual fund", "index fund", "our fund's units",
        "الصندوق الاستثماري", "صندوق الاستثمار", "صندوق استثماري", "صندوق الذهب",
        // Shares bought or sold, without the article: «لشراء أسهم سديم» (a bare «أسهم» is also "contributed").
        "=لشراء أسهم", "=شراء أسهم", "=بيع أسهم", "=اشتروا أسهم", "=اشتري أسهم",
    ])
    public static let priceTalk = Concept("price-talk", [
        "too high", "too low", "undervalued", "overvalued", "cheap", "bargain", "to the moon", "moon", "going up",
        "will rise", "will fly", "buy now", "get yours", "get your", "before they sell out", "sell out", "don't miss",
        "game changer", "into crypto", "not financial advice", "nfa", "burned", "giving back", "large position",
        "مقيم بأقل", "أقل من قيمته", "سيرتفع", "سينطلق", "انطلاقة", "فرصة لا تعوض", "=اشتر", "اشتروا", "=الحقوا", "الحق على", "الحق قبل",
        "overpriced", "underpriced", "too cheap", "below fair value", "discount to fair value", "huge upside", "upside", "10x", "100x", "1000x",
        "moonshot", "🚀", "skyrocket", "will soar", "will explode", "hodl", "diamond hands", "buy the dip", "load up", "loading up", "strong buy",
        "price target", "target price", "going to double", "will double", "double your money", "guaranteed returns", "can't lose", "easy money",
        "get in early", "last chance to buy", "before it's too late", "before it moons", "hidden gem", "next bitcoin", "bottomed out",
        "has bottomed", "the bottom is in", "will rally", "fomo", "whitelist", "سعره رخيص", "فرصة ذهبية", "فرصة استثمارية", "لا تفوتوا", "لا تفوت",
        "الحقوا", "قبل فوات الأوان", "سيتضاعف", "بيتضاعف", "راح يتضاعف", "راح يطير", "=بيطير", "=بتطير", "راح تطير", "=بتضاعف", "راح تتضاعف", "للقمر", "إلى القمر", "سيصعد", "بيرتفع", "راح يرتفع",
        "سيقفز", "وصل القاع", "أقل من قيمتها", "دون قيمته العادلة", "أقل من القيمة العادلة", "مبالغ في تقييمه", "سعره مبالغ فيه", "=اشتري", "=اشترِ",
        "ادخلوا", "ادخل الآن", "شراء قوي", "ربح مضمون", "أرباح مضمونة", "عوائد مضمونة", "ليست نصيحة مالية", "مو نصيحة مالية", "ليست نصيحة استثمارية",
        "pump and dump", "pump it",
        // Gains boasted of, as the bait: "I made more money with this crypto in a month than in a year", a squeeze promised.
        "made more money with", "made more money from", "made a fortune with", "made a fortune on", "made a killing on", "check it out for yourself",
        "short squeeze", "squeeze is coming", "=شورت سكويز", "=سكويز",
        // The gains as bait and the told-you-so: "made more on this crypto in a month", "don't say I didn't tell you".
        "made more on this", "made more on it", "made more on our", "don't say i didn't tell you",
        "an opportunity you won't get again", "won't get again", "=ربحت من هالعملة", "=ربحت من هذه العملة", "=لا تقولون ما قلت لكم",
        "=لا تقولوا ما قلت لكم", "=تذكروا كلامي", "=فرصة ما تتعوض", "=فرصة لن تتكرر", "=بتصير قيمته", "=ستصبح قيمته",
        // What it will be worth, in multiples: "in a year it will be worth ten times", «ستساوي عشرة أضعاف».
        "will be worth", "times what it is", "times its price", "times its value", "=ستساوي", "=سيساوي", "أضعاف قيمتها", "أضعاف قيمته",
        "أضعاف سعرها", "أضعاف سعره", "ربحت منها", "ربحت من هذه", "كسبت منها", "كسبت من هذه", "جربوها بأنفسكم", "شوفوا بأنفسكم",
        // Telling people when to buy, or that the speaker just bought: "a great time to add $ETH", "I bought a significant amount of $SHOP".
        "great time to add", "good time to add", "great time to buy", "good time to buy", "best time to buy", "time to accumulate",
        "i bought", "just bought", "bought more", "bought a significant", "i'm buying", "i am buying", "safe haven",
        // A call to buy in a word or two: "buy it", "grab some", "invest now", «اشتروا الحين».
        "buy it", "buy some", "grab some", "pick up some", "get some", "invest now", "invest today", "buy more",
        "اشتروا الآن", "اشتروا الحين", "اشتري الحين", "استثمروا الآن", "استثمروا الحين",
        "وقت مناسب للشراء", "أفضل وقت للشراء", "وقت الشراء", "وقت ممتاز للدخول", "فرصة للشراء", "اشتريت",
        "=وقت ممتاز لشراء", "=وقت مناسب لشراء", "=أفضل وقت لشراء", "=وقت رائع لشراء", "=وقت مثالي لشراء",
        // Advice put as what the speaker would do: "if I were you I'd buy", «لو كنت مكانك لاشتريت».
        "if i were you i'd buy", "if i were you, i'd buy", "if i were you i would buy", "i'd buy before", "i would buy before",
        "hold on to your shares", "hold onto your shares", "i'd hold on to your", "=لو كنت مكانك لاشتريت", "=لو كنت مكانكم لاشتريت",
        "=احتفظوا بأسهمكم", "=احتفظ بأسهمك",
        "kicking yourself", "you'll regret", "you will regret", "i know what's coming", "=شاري", "توني شاري", "يلحق قبل", "اللي يبي يلحق",
        "قبل ما تطير", "قبل لا تطير", "عايز يدخل", "يدخل دلوقتي",
        // Not "at this price", "cheapest" or "won't last": a shop says them of its stock (and «الأسهم النارية» are fireworks).
        "at these levels", "priced in", "back up the truck", "backing up the truck", "load the boat", "عند هذه المستويات", "بهالمستويات",
        "عبيت المحفظة", "عبّيت المحفظة", "عبوا محافظكم",
    ])

    /// Where a price is going, said right before the price: "will hit $300", "a $800+
    /// stock" after "will be", «سيصل إلى ٥٠ ريالاً», «الهدف ٣٥ ريال». Beside a share it
    /// is a price target (`PricePromotionRule.priceTargets`).
    public static let priceHeading = Concept("price-heading", [
        "will hit", "will reach", "will trade at", "will trade above", "will top", "will cross", "will break", "will touch", "will go to",
        "going to hit", "gonna hit", "headed to", "heading to", "heading for", "on its way to", "next stop", "will be a", "should be a",
        "should b", "will b", "should be at", "will be at", "trading above", "trade above", "double to", "triple to", "worth at least",
        "price target", "target price", "target of", "be at least", "b @ least", "at least a", "we're a", "we are a", "it's a", "it is a",
        "=سيصل", "=سيتجاوز", "=يتجاوز", "=سيكسر", "=سيلامس", "=سيبلغ", "=بيوصل", "راح يوصل", "=يوصل", "=بيتجاوز", "=الهدف", "=هدفه",
        "=مستهدف", "السعر المستهدف", "الهدف الأول", "الهدف الثاني", "=يستاهل", "=يستحق", "=يساوي", "=يلامس", "=بيلامس",
    ])
    /// A verdict on a price, said right after it: "$45 a share is conservative", «٣٠
    /// ريال للسهم قليل».
    public static let priceVerdict = Concept("price-verdict", [
        "is conservative", "conservative", "is cheap", "too cheap", "too low", "is a steal", "a steal", "is nothing", "is a bargain",
        "=قليل", "=قليلة", "=رخيص", "=رخيصة", "=بخس", "لا شيء", "=لقطة",
    ])
    /// A share as the thing priced: "a $50 stock", "$45 a share", «١٠٠ ريال للسهم».
    /// Not «أسهم» alone («أسهم البرنامج في…» is "contributed") nor «سهم» alone (an arrow,
    /// «سهم في مستقبل الوطن»).
    public static let sharePriced = Concept("share-priced", [
        "=stock", "=shares", "=shs", "a share", "per share", "/share", "the stock", "our stock", "our shares", "share price", "stock price",
        "=سهمنا", "=السهم", "=سهمها", "=الأسهم", "=أسهمنا", "=للسهم", "سعر السهم", "سهم الشركة", "أسهم الشركة",
    ])
    /// Where a price per share is already set by an offering, a payout or a result, and
    /// other rules own it: an IPO's offer price, a dividend, earnings per share.
    public static let setPerShare = Concept("set-per-share", [
        "ipo", "offering", "offer price", "subscription", "prospectus", "dividend", "dividends", "earnings per share", "eps",
        "book value", "buyback", "tender offer", "prize", "prizes", "reward", "rewards", "nominal value", "par value", "priced at",
        "share grant", "share plan", "share purchase plan", "zakat", "nisab", "commission", "commissions", "fractional",
        "الطرح", "سعر الطرح", "الاكتتاب", "نشرة الإصدار", "=توزيع", "=توزيعات", "أرباح نقدية", "ربحية السهم", "القيمة الدفترية", "إعادة شراء", "القيمة الاسمية", "أسهم منحة", "منحة أسهم", "رأس المال", "=الزكاة",
        "=زكاة", "=النصاب",
        "جائزة", "=جوائز",
    ])
    /// "Stock" as goods on the shelf: "back in stock", "stock is ready in our warehouses".
    /// A shop's sale: "30% off all running shoes", «خصم ٣٠٪ على الأحذية». Its "buy now" sells
    /// shoes, and "while stocks last" names no shares.
    public static let retailSale = Concept("retail-sale", [
        "% off", "off all", "off every", "discount", "discounts", "clearance", "sale ends", "while stocks last",
        "while stock lasts", "=خصم", "=خصومات", "=تخفيضات", "=تخفيض", "=تنزيلات",
    ])
    public static let goodsInStock = Concept("goods-in-stock", [
        "in stock", "out of stock", "back in stock", "restock", "restocked", "warehouse", "warehouses", "inventory", "units", "ship",
        "shipping", "shelves", "=المخزون", "=مخزون", "المستودعات", "=مستودعاتنا",
    ])

    // MARK: Investigations and legal cases

    public static let incident = Concept("incident", [
        "set fire to", "set fire", "crash", "collision", "accident", "=يحترق", "=احترق", "=احترقت", "=تحترق", "=احتراق", "investigation", "probe", "inquiry", "lawsuit", "case", "trial", "court", "charges",
        "ntsb", "faa", "autopilot",
        "حادث", "الحادث", "التحقيق", "تحقيق", "القضية", "قضية", "المحكمة", "=الدعوى", "=الدعاوى", "=بالدعوى", "النيابة", "=المتهم", "=المتهمين", "=المتهمة", "=المتهمون", "=متهم", "=للمتهم",
        "court case", "footage", "case against", "التحقيق الجاري", "المحاكمة", "المحكمة ستثبت",
        "warehouse fire", "factory fire", "plant fire", "site fire", "depot fire", "store fire", "tank fire", "refinery fire",
        // A vehicle that struck another: "the truck that hit our staff bus", «الشاحنة التي صدمت الحافلة».
        "that hit our", "that hit the", "which hit our", "crashed into", "ran into our", "=صدمت", "=صدم", "=دهست", "=دهس",
        "crane collapse", "scaffold collapse", "scaffolding collapse", "burns down", "burned down", "burnt down", "burn down",
        "the fire", "blaze", "explosion at", "the explosion", "the blast", "derailment", "roof collapse", "building collapse", "bridge collapse", "the collapse", "fire at", "fire in", "fire broke out", "a crime", "the crime", "=جريمة", "=الجريمة", "gas leak",
        "oil spill", "food poisoning", "data breach", "fatality", "fatalities", "the incident", "mishap", "prosecution", "prosecutor",
        "public prosecution", "indictment", "indicted", "arrested", "detained", "allegations", "tribunal", "arbitration", "inquest", "coroner",
        "civil defence", "civil defense", "authorities are investigating", "looking into the cause", "الحريق", "حريق", "حرائق", "انفجار في",
        "الانفجار", "=تسرب", "تسمم", "التسمم", "انهيار", "سقوط", "=تصادم", "اصطدام", "انقلاب المركبة", "انقلاب الحافلة", "=الواقعة", "=للواقعة", "=بالواقعة", "=واقعة", "الحادثة",
        "حادثة", "البلاغ", "=الشرطة", "=والشرطة", "=للشرطة", "=بالشرطة", "=شرطة", "الادعاء العام", "لجنة التحقيق", "هيئة التحقيق", "الدفاع المدني", "التحقيقات", "القبض على", "الاتهام", "=التهمة", "=بالتهمة", "=تهمة",
        "المحكمة الابتدائية", "الدعوى القضائية", "هيئة التحكيم",
        "the suspect", "the accused", "the attacker", "the gunman", "the killer", "terrorist", "killed", "المشتبه به", "المعتدي", "القاتل", "الإرهابي",
    ])
    /// A story told as a story: a series, a film, a novel, an exhibition. Its killers and
    /// culprits are characters, and naming them prejudges nothing.
    public static let fiction = Concept("fiction", [
        "thriller", "episode", "the series", "our series", "tv series", "drama series", "the film", "the movie", "our film", "novel",
        "whodunit", "murder mystery", "=مسلسل", "=مسلسلنا", "=المسلسل", "=الحلقة", "=حلقة", "=رواية", "=الرواية", "=فيلم", "=الفيلم",
        "=مسرحية", "=المسرحية",
    ])
    public static let fault = Concept("fault", [
        "the only way", "was not paying attention", "not paying attention", "at fault", "to blame", "his fault", "her fault",
        "their fault", "hands were not detected", "was drunk", "guilty", "caused by the driver", "driver error", "pilot error",
        "مذنب", "المذنب", "الخطأ من", "بسبب السائق", "خطأ السائق", "ثبت تورط", "المتسبب",
        "helped himself", "helped herself", "stole", "embezzled", "on his phone", "on her phone", "will only confirm", "will confirm what", "already knows", "already know", "the inquiry will say", "إجراء شكلي", "معروفة لدينا", "معروف لدينا", "اختلس", "سرق", "سرقت", "سربت", "سرّبت",
        "entirely at fault", "fully responsible", "solely responsible", "responsible for the accident", "caused the accident", "caused the crash",
        "caused the fire", "caused the collapse", "caused the incident", "was negligent", "negligence", "reckless", "recklessness", "human error",
        "operator error", "the driver's fault", "the contractor's fault", "the subcontractor's fault", "the passenger's fault", "the victim's fault",
        "his own fault", "her own fault", "their own fault", "brought it on himself", "brought it on herself", "asked for it", "was speeding",
        "ran a red light", "ran the red light", "jumped the light", "texting while driving", "fell asleep at the wheel", "under the influence",
        "intoxicated", "drunk driving", "ignored the warnings", "ignored safety rules", "broke the rules", "violated procedures", "failed to follow",
        "sabotaged", "it was arson", "committed fraud", "the evidence will show", "the facts will show", "will be proven", "everyone knows who",
        "we know who", "known to us", "we'll name him", "we will name him", "we'll name them", "we will name them", "killed those workers",
        "killed the workers", "=وراه ناس", "=وراها ناس", "=ما هو حادث", "=مو حادث", "=مب حادث", "=مش حادث", "=بيأكد كلامي",
        "=بتأكد كلامي", "=سيؤكد كلامي", "=هو اللي قتل", "=هم اللي قتلوا", "=معروف عندنا", "=بنكشفه", "بسبب إهمال", "الإهمال", "إهمال السائق", "إهمال المقاول", "إهمال العامل", "=تهور", "متهور", "السرعة الزائدة", "كان مسرعا",
        "كان مسرعاً", "قطع الإشارة", "كان يستخدم الجوال", "كان على الجوال", "كان سكران", "كان مخمورا", "خطأ بشري", "خطأ الطيار", "خطأ العامل",
        "خطأ المقاول", "هو السبب", "هي السبب", "هم السبب", "المسؤول الأول", "يتحمل المسؤولية", "=تعمد", "متعمد", "متعمدة", "عن قصد", "عمدا", "عمداً",
        "تخريب متعمد", "=الجاني", "=الجناة", "اختلاس", "رشوة", "مرتشي", "ستثبت التحقيقات", "سيثبت التحقيق", "التحقيق سيثبت", "التحقيقات ستكشف",
        // Who is known, said of the culprit: «الكل يعرف من هو الفائز» knows a winner.
        "الكل يعرف من وراء", "الكل يعرف من يقف وراء", "الكل يعرف من المسؤول", "الكل يعرف من هو المسؤول", "الكل يعرف من السبب",
        "الكل يعرف من فعلها", "الكل يعرف من المتسبب", "=تقصير", "=بتقصير", "المقصر", "it was sabotage", "was sabotaged", "the culprit is", "the culprit was", "تحت تأثير الكحول",
        "تحت تأثير المخدرات", "تحت تأثير المسكر",
        // The one responsible, named as such: «سائق الشاحنة هو المسؤول عن الحادث».
        "=هو المسؤول", "=هي المسؤولة", "=هم المسؤولون", "=هو المسؤول الوحيد", "driver is responsible", "driver was responsible",
        "driver is to blame", "driver was to blame", "is the one responsible", "is the one to blame",
        // Demanding the sentence before the trial.
        // (not a verdict reported: "the court sentenced him to death" is news, "he should get the death penalty" is a demand).
        "should get death penalty", "should get the death penalty", "deserves the death penalty", "deserves death penalty", "should hang",
        "should be hanged", "should be executed", "lock him up", "lock her up", "lock them up", "rot in jail", "rot in prison", "يستحق الإعدام",
        "يستاهل الإعدام", "لازم يتعدم", "لازم يعدم", "يجب إعدامه",
        // Saying it was no accident: the cause is settled before the investigators settle it.
        "was no accident", "wasn't an accident", "was not an accident", "no coincidence", "not a coincidence", "deliberately set",
        "set deliberately", "was arson", "ما كان حادث", "ما كانت حادث", "لم يكن حادثا", "لم يكن حادثاً", "ليس حادثا", "ليس حادثاً",
        "ما كانت قضاء وقدر", "ما كان قضاء وقدر", "ليس قضاء وقدر", "ليست قضاء وقدر", "مش قضاء وقدر", "ما صار صدفة", "ليس صدفة", "ليست صدفة",
        "مو صدفة", "مش صدفة", "جريمة مدبرة", "=مدبرة",
        // The only way it could have happened, in Arabic as in English ("the only way").
        "=الطريقة الوحيدة", "=لم يكن منتبها", "=لم يكن منتبهاً", "=ما كان منتبه",
        // Refusing the accident in advance: "I don't believe in coincidences", «ما حدا يقنعني إنو انفجار عادي».
        "don't believe in coincidences", "do not believe in coincidences", "too many coincidences", "no one will convince me",
        "nobody will convince me", "you can't tell me this was", "لا أعتقد في الصدف", "لا أؤمن بالصدف", "لا أؤمن بالصدفة", "ما في صدف",
        "ما في صدفة", "صدف كثيرة", "ما حدا يقنعني", "محدش يقنعني", "لن يقنعني أحد", "ما أحد يقنعني",
        // Naming the culprit and the sentence to come: "he is the killer", "he will be jailed".
        "is the killer", "is a killer", "is the murderer", "is a murderer", "is the criminal", "is a criminal", "the arsonist", "is the thief",
        "guilty of", "will pay for it", "will pay for this", "will be convicted", "will be found guilty", "be charged and jailed",
        "knows exactly who", "know exactly who", "knows who did it", "know who did it", "we already know what happened",
        "هو القاتل", "هو المجرم", "هو السارق", "هو الحرامي", "المجرم الذي", "المجرم اللي", "سينال جزاءه", "لن يفلت", "ما رح يفلت", "ما راح يفلت",
        "النتيجة معروفة", "الحقيقة واضحة", "=سيدان", "هيتحبس", "راح ينسجن", "رح ينسجن", "ياخد إعدام", "ياخذ إعدام", "سيثبت تورطه",
        "نعرف مين وراه", "نعرف من وراء", "عارفين مين", "عارفة هو مين",
        // The Arabic twins of "the arsonist", "we know who caused it" and "rot in jail".
        "=مفتعل", "=مفتعلو", "=مفتعلي", "=مشعل الحريق", "=نعرف من تسبب", "=نعلم من تسبب", "=نعلم من وراء",
        "=يستحق السجن", "=يستاهل السجن", "=لازم ينسجن", "=يجب سجنه",
        "المجرم معروف", "الفاعل معروف", "الجاني معروف", "القاتل معروف", "the culprit is known", "we know who did it",
        // The verdict in a contraction, or the whole blame laid on one party: "he'll pay for
        // it", «المسؤولية كاملة على المقاول». Not «من هو المسؤول» ("who is responsible"),
        // which asks.
        "he'll pay for it", "he'll pay for this", "they'll pay for it", "they'll pay for this", "she'll pay for it",
        "knows exactly what happened", "know exactly what happened", "المسؤولية كاملة على", "مسؤوليته كاملة", "مسؤوليتها كاملة",
        "is solely responsible", "is fully responsible", "are solely responsible", "are fully responsible",
        // Bearing the responsibility, said of a party: "the contractor bears full responsibility", «يتحمل المسؤولية كاملة».
        "bears full responsibility", "bear full responsibility", "bears sole responsibility", "bears the full responsibility",
        "=يتحمل المسؤولية كاملة", "=تتحمل المسؤولية كاملة", "=يتحمل كامل المسؤولية", "=تتحمل كامل المسؤولية",
    ])

    // MARK: Regulators

    public static let regulator = Concept("regulator", [
        "sec", "shortseller enrichment commission", "ntsb", "faa", "fca", "regulator", "regulators", "the commission",
        "cpsc", "consumer product safety commission", "ftc", "federal trade commission", "competition authority", "competition commission",
        "data protection authority", "ofcom", "ofgem", "هيئة حماية المستهلك", "جهاز حماية المستهلك", "هيئة المنافسة",
        "securities and exchange commission", "cma", "capital market authority", "regulatory commission", "regulatory authority",
        "هيئة تنظيم", "هيئة تنظيم الاتصالات",
        "هيئة السوق المالية", "هيئة السوق", "هيئة الأوراق المالية", "هيئة الخدمات المالية", "الجهة الرقابية", "=المنظم", "هيئة أسواق المال",
        "the regulator", "watchdog", "the watchdog", "financial watchdog", "market watchdog", "securities regulator", "central bank",
        "the central bank", "the authority", "fsa", "sca", "dfsa", "fsra", "qfma", "finra", "esma", "securities commission", "securities authority",
        "capital markets authority", "the inspectors", "inspectors from the authority", "الجهاز الرقابي", "المفتشين",
        "مفتشي الهيئة", "مفتشي الجهاز", "auditor general", "civil aviation authority", "consumer protection authority",
        "البنك المركزي", "المصرف المركزي", "هيئة الأوراق المالية والسلع", "هيئة الرقابة المالية", "الهيئة العامة للرقابة المالية", "هيئة الرقابة",
        "الجهات الرقابية", "الرقابة المالية", "الجهة المنظمة", "الجهات المنظمة", "الجهة التنظيمية", "الجهات التنظيمية", "=المنظمين", "وزارة التجارة",
        "هيئة الطيران المدني", "ديوان المحاسبة", "ديوان الرقابة", "جهاز الرقابة", "هيئة الرقابة ومكافحة الفساد", "هيئة حماية المستهلك",
        "حماية المستهلك", "المفتشين", "هيئة قطر للأسواق المالية", "مصرف البحرين المركزي",
        // The rule-makers of a league: a club's officials answer to them as a company's do to its regulator.
        "disciplinary committee", "appeals committee", "the football association", "referees committee", "competitions committee",
        "football federation", "the federation",
        "لجنة الانضباط", "لجنة الاستئناف", "لجنة الحكام", "لجنة المسابقات", "لجنة الانضباط والأخلاق", "اتحاد الكرة", "اتحاد القدم",
        "الاتحاد السعودي لكرة القدم", "الاتحاد الآسيوي", "لجنة الاحتراف",
        // Regulators as the public names them, and the officers who come to inspect.
        "conduct commission", "conduct authority", "financial conduct authority", "markets authority", "data protection office",
        "data protection commission", "monetary authority", "prudential regulation authority", "federal reserve", "the fed", "fda", "epa",
        "nhtsa", "cftc", "ecb", "doj", "department of justice", "attorney general", "ministry inspector", "ministry inspectors",
        "the inspector", "an inspector", "inspector", "labour inspector", "health inspector", "municipal inspector", "the municipality",
        "the court's", "the judge", "court ruling", "the court ruling", "the ruling",
        "=مؤسسة النقد", "=ساما", "=النيابة العامة", "=النائب العام", "=البلدية", "=المفتش", "=مفتش", "=مفتشي", "=مفتشة",
        "=المحكمة", "=القاضي", "=هيئة السوق", "=المصرف المركزي", "=وزارة التجارة", "=وزارة الصناعة", "=وزارة العمل", "=وزارة الصحة",
        "=وزارة الموارد البشرية", "=وزارة الاقتصاد",
        "bureaucrat", "bureaucrats", "his agency", "her agency", "the agency's", "esafety", "esafety commissioner",
        "=الاتحاد السعودي", "=وزارة الرياضة", "=هيئة الرياضة", "=الهيئة العامة للرياضة",
    ])
    public static let mockery = Concept("mockery", [
        "embarrassing", "how embarrassing", "forgot to read", "incredible work", "so on point", "name change",
        // Officials told they cannot see: "the committee needs glasses more than the referee did".
        "needs glasses", "need glasses", "needs new glasses", "=تحتاج نظارة", "=يحتاج نظارة", "=يحتاجون نظارات", "=تحتاج نظارات",
        "=محتاجة نظارة", "=محتاج نظارة", "=محتاجين نظارات", "=مطاردة ساحرات", "=مطاردة الساحرات", "=يا للإحراج", "=نسيت تقرأ", "=نسوا يقرأون",
        "too little to do", "has too little to do",
        "more concerned with", "press headlines", "clowns", "joke", "useless", "incompetent", "enrichment",
        "مهزلة", "فاشلة", "نايمة", "نائمة", "مسخرة", "نايمة في العسل",
        "a joke", "laughable", "clueless", "asleep at the wheel", "sleeping on the job", "napping", "geniuses", "bright sparks", "nice try",
        "pen pushers", "pen-pushers", "paper pushers", "busybodies", "circus", "clown show", "kangaroo court", "witch hunt", "bored",
        "nothing better to do", "no idea what they're doing", "haven't a clue", "have no clue", "out of touch", "dinosaurs", "stone age",
        "toothless", "pointless", "a farce", "farcical", "🤡", "🙄", "🥱", "😴", "نايمين", "نائمون", "في سبات", "سبات عميق", "فاضين", "ما عندهم شغل",
        "بلا شغل", "=has no idea", "=لا تفهم كيف", "=لا يفهمون كيف", "=لا تعرف كيف تعمل", "doesn't understand how", "does not understand how",
        "=bonus per fine", "=مكافأة على كل غرامة", "like a monthly subscription", "=مثل الاشتراك الشهري", "آخر من يعلم", "لا يفقه", "لا تفقه", "لا يفقهون", "في عالم آخر", "=سيرك", "=السيرك", "مسرحية", "تمثيلية", "أضحوكة", "مضحكة", "=مهرجين", "=المهرجين", "=مهرج", "=المهرج", "فاشلين", "عاجزة", "عاجزين", "متخلفة", "نعسانة", "بلا فايدة",
        "ما منها فايدة", "يضيعون وقتنا", "مهازل", "ما يدرون وش يسوون", "ما يعرفون شغلهم", "عايشين في زمن ثاني", "خارج التغطية",
        // Rules applied to some and not others, excuses, and officials as petty tyrants: "double standards",
        // «الكيل بمكيالين», «تغاضت… وركزت على», "an unelected bureaucrat", "Commissar", «لجنتهم» said with distance.
        "double standard", "double standards", "selective enforcement", "makes excuses", "making excuses", "unelected bureaucrat",
        "unelected bureaucrats", "commissar", "power-hungry", "desperately craves", "الكيل بمكيالين", "=بمكيالين", "ازدواجية المعايير",
        "=تغاضت", "=تتغاضى", "=يتغاضى", "الموس على كل الرؤوس", "=يتحجج", "=تتحجج", "=يتحججون", "=لجنتهم", "=اتحادهم", "يلعب بالقانون",
        "تلعب بالقانون",
        "another excuse", "yet another excuse", "new excuse", "excuses", "two standards", "one rulebook", "who's boss", "who is boss",
        // Its officials as people who never did the job: "whoever wrote them has never run a bank", «من كتبها لم يدر بنكاً».
        "has never run a", "have never run a", "never ran a", "never worked a day", "whoever wrote this", "whoever wrote them",
        "=خارج الزمن", "=من كتبها", "=لم يدر", "=ما عمره أدار", "=ما عمره اشتغل",
        "wants control", "=مكيالين", "معاملة خاصة", "=الانتقائية", "=انتقائية", "العذر الجديد", "عذر جديد", "=أعذار", "بيستمتعوا بالورق",
        // Sarcasm: a late discovery applauded, a fine shrugged off as a fee, a warning framed,
        // officials who never met a customer, and a blessing that means the opposite.
        "discovering the internet", "discovered the internet", "has discovered", "finally discovered", "only took a decade",
        "only took them", "subscription fee", "cost of doing business", "framed it", "apologise never", "apologize never",
        "bless them", "bless their hearts", "zero idea", "no idea what", "never met a customer", "never made a payroll",
        "so you don't have to", "can't wait for the fax", "fax version", "cute",
        "=عبقرية نادرة", "=عبقرية", "=اكتشف أخيرا", "=أخيرا اكتشف", "=أخيراً اكتشف", "=يا هلا بالمفتش", "=الله يعينهم على أنفسهم",
        "=اللي ما عنده شغل", "=يطلع له شغل", "=القرارات على الورق", "=بند ثابت في الميزانية", "=الله يرزقه", "=يدور على شي",
    ])

    /// Charging someone with bad faith, said with its direction: a plot or a campaign
    /// *against us*, lies *about us*, an agenda somebody *serves*, a paid hit piece.
    /// Not the topic words alone ("propaganda", «مؤامرة», «مفبركة»): a lecture on wartime
    /// propaganda, a defendant's claim of a conspiracy and a rebuttal of a fabricated photo
    /// charge nobody. Aimed at a party (a regulator, a person, "you", an outlet), it
    /// attacks them (`PersonalAttackRule`, `RegulatorMockeryRule`).
    public static let badFaith = Concept("bad-faith", [
        "conspiracy against us", "conspiracy against me", "conspiring against us", "conspired against us", "plotting against us",
        "plotted against us", "campaign against us", "campaign against me", "campaign of lies", "smear us", "smearing us", "smear me",
        "smear campaign against", "lying about us", "lying about me", "lies about us", "lies about me", "opposes your agenda",
        "opposes their agenda", "push your agenda", "pushing your agenda", "push their agenda", "pushing their agenda", "serves their agenda",
        "serves your agenda", "serve their agenda", "has an agenda", "have an agenda", "hidden agenda", "hit piece", "paid hit piece",
        "in the pocket of", "bought and paid for", "in bad faith",
        // War declared on the writer, muscles flexed at him: «حرب معلنة ضدنا», «فرد العضلات».
        "war on us", "war against us", "declared war on", "flexing its muscles", "flexing their muscles",
        "=حرب معلنة ضدنا", "=حرب معلنة علينا", "=حرب ضدنا", "=حرب علينا", "=فرد العضلات", "=استعراض العضلات",
        // Fear charged as the critic's method: "you are using fear and hate to scare users",
        // «تبث الرعب بين الناس».
        "using fear", "fear and hate", "fearmongering", "fear-mongering", "scaremongering", "spreading fear", "spreading panic",
        "=تبث الرعب", "=تبث الخوف", "=تنشر الذعر", "=تثير الذعر", "=تثيرون الذعر", "=تبثون الرعب", "=تخويف الناس", "=تهويل",
        // Libel charged: what a court decides, said of a story and its writer ("a libelous story", «تقرير ملفق»).
        "libelous", "libellous", "defamatory", "slanderous", "hit job", "fabricated story", "fabricated report", "fabricated article",
        "made-up story",
        // A statement called a lie, not merely wrong: "a pack of lies", «محض كذب». "False" and
        // «عارٍ عن الصحة» dispute a claim; these charge its author with lying.
        "full of lies", "pack of lies", "nothing but lies", "tissue of lies", "web of lies", "a blatant lie", "an outright lie",
        "a complete lie", "a total lie", "a barefaced lie", "a bald-faced lie", "=مليء بالكذب", "=مليئة بالكذب", "=مليء بالأكاذيب",
        "=مليئة بالأكاذيب", "=كذبة صارخة", "=كذب صريح", "=كذب صارخ", "=محض كذب", "=كذب وافتراء", "=كذب مفضوح", "=كذبة مفضوحة",
        // Lying about us, in Arabic as in English: «الهيئة تكذب علينا».
        "=تكذب علينا", "=يكذب علينا", "=يكذبون علينا", "=أكاذيب عنا", "=أكاذيب بحقنا",
        "=ملفق", "=ملفقة", "=ملفقاً", "=ملفقا", "=تشهيري", "=تشهيرية", "=مفبرك", "=مفبركاً", "=مفبركا", "black ball", "blackball", "rigged against", "cooked up by",
        "mouthpiece for", "paid by our competitors", "paid by our rivals", "funded by our rivals", "funded by our competitors",
        "مؤامرة على النادي", "مؤامرة على الشركة", "مؤامرة ضد", "مؤامرة علينا", "مؤامرة مكشوفة", "مؤامرات ضد", "مؤامرات على", "مؤامرات رخيصة",
        "=بمؤامرة", "تآمر علينا", "=يتآمرون", "=يتامرون", "متآمرة علينا", "متآمر علينا", "متآمرون علينا", "حملة ضدنا", "حملة ضد النادي",
        "حملة ضد الشركة", "حملة مغرضة", "=مغرضة", "=المغرضة", "=مغرضين", "أجندة ضد", "أجندة واضحة ضد", "تخدم أجندات", "يخدم أجندات",
        "تخدم أجندة", "يخدم أجندة", "تدار بأجندات", "يدار بأجندات", "أجندة خارجية", "أجندات خارجية", "أجندات مشبوهة", "=أجندتهم",
        "=أجنداتهم", "=أجندته", "=أجندتكم", "=أجنداتكم", "=أجندتك", "أكاذيب عن النادي", "بخ الأكاذيب", "بخ الأضاليل", "=الأضاليل", "=أضاليل", "أساليب ملتوية", "بوق للمنافسين", "أبواق للمنافسين",
        "أبواق مأجورة", "أبواق الفتنة", "=مرتزقة", "=المرتزقة", "بث السموم", "تبث السموم", "مفبركة عن الشركة", "مفبركة عنا", "أكاذيب عن الشركة",
        "أكاذيب عنا", "ممولة من المنافسين", "مدفوع من المنافسين", "مدفوعة من المنافسين",
        // Writing for whoever pays: "how much did they pay you", «قلمك للإيجار».
        // A pen, a column or an opinion for sale, not a flat for rent, an auction lot or a paid invoice.
        "how much did they pay you", "how much were you paid", "pen to the highest bidder", "pens to the highest bidder",
        "opinion to the highest bidder", "opinions to the highest bidder", "column to the highest bidder", "writes for the highest bidder",
        "write for the highest bidder", "writing for the highest bidder", "column for rent", "pen for rent", "pens for rent", "column is for rent", "pen is for rent",
        "opinion for rent", "opinions for rent",
        "لمن يدفع أكثر", "قلم للإيجار", "أقلام للإيجار", "أقلام للبيع", "قلم للبيع", "قلمه للإيجار", "قلمك للإيجار", "أقلامهم للإيجار",
        "مقال مدفوع", "مقالات مدفوعة", "تغريدات مدفوعة", "كم دفعوا لك",
    ])
    /// Working against bad faith, or teaching about it: "how banks can counter smear
    /// campaigns", «ورشة عن مكافحة الأخبار المفبركة». The charge is the topic, not a claim.
    public static let countering = Concept("countering", [
        "counter", "combat", "combating", "combatting", "tackle", "tackling", "fight against", "summit", "workshop", "lecture", "training course",
        "=مكافحة", "=لمكافحة", "=التصدي", "=للتصدي", "=لمواجهة", "=ورشة", "=محاضرة", "=ندوة", "=أفشلتم", "=أفشلنا",
    ])
    /// What turns a bad-faith word into no charge at all: naming the theory to answer it,
    /// warning the public, reporting enforcement, teaching how to counter it. Every frame
    /// anchored on `badFaith` stands aside for these.
    public static let notACharge: [Concept] = [conspiracyTheory, warning, enforcement, countering]

    /// An authority's own statement, reported with it as the source: "the Central Bank
    /// confirmed in today's statement that…", «أصدر البنك المركزي بياناً أكد فيه…». What
    /// follows is the authority's finding, not the post's claim about anyone's money.
    public static let authorityStatement = Concept("authority-statement", [
        "the central bank confirmed", "the central bank said", "the central bank's statement", "central bank statement",
        "the regulator confirmed", "the regulator said", "the regulator's statement", "according to the central bank",
        "according to the regulator", "أصدر البنك المركزي", "بيان البنك المركزي", "أكد البنك المركزي", "أعلن البنك المركزي",
        "أوضح البنك المركزي", "بحسب البنك المركزي", "وفقا للبنك المركزي", "وفقاً للبنك المركزي", "بيان الهيئة", "أكدت الهيئة", "أعلنت الهيئة",
    ])

    /// Declining to talk about it: "no comment on the numbers until results day", "I don't
    /// comment on other institutions". The shared no-comment phrases, matched once.
    public static let declining = Concept("declining", lexicon: SharedLexicons.noComment)

    /// Saying a report is false, or that nothing in it is true: «لا صحة لما يتداول»,
    /// "there is no truth to claims that…".
    public static let denial = Concept("denial", [
        "no truth", "not true", "untrue", "rumour", "rumours", "rumor", "rumors", "false claims", "baseless", "unfounded",
        "لا صحة", "غير صحيح", "غير صحيحة", "عار عن الصحة", "عارية عن الصحة", "=شائعات", "=الشائعات", "=شائعة", "ما يتداول", "ما يُتداول",
        "=ننفي", "=تنفي", "=ينفي", "=نفت", "=نفى",
    ])
    /// Turning words down as the post reports them: "we reject", "no place for",
    /// «نرفض عبارة»، «لا مكان لها». Beside a quoted insult it reports the insult to refuse it.
    public static let rejecting = Concept("rejecting", [
        "reject", "rejects", "we reject", "unacceptable", "no place for", "has no place", "condemn", "condemns",
        "=نرفض", "=ترفض", "=يرفض", "=مرفوض", "=مرفوضة", "لا مكان له", "لا مكان لها", "غير مقبول", "غير مقبولة", "=ندين", "=نستنكر",
    ])
    /// The authorities reporting an arrest or a sentence they made: «القبض على شخص
    /// لسرقته مواشي», "police arrested the cowards who…". The act is theirs to state; it
    /// is no company's verdict and no insult.
    public static let arrest = Concept("arrest", [
        "arrested", "detained", "convicted", "sentenced", "in custody", "القبض على", "=قبضت", "=ضبطت", "=أدانت", "=حكمت", "=قضت",
        // The charge the authorities brought, named as a charge: "referred … on a charge of
        // embezzling", «أحيل إلى المحكمة بتهمة الاختلاس». The act is alleged, not asserted.
        "on a charge of", "on charges of", "on suspicion of", "charged with", "referred a defendant", "referred the defendant",
        "referred the accused", "=بتهمة", "=بتهم", "=إحالته", "=وإحالته", "=أحالت", "=وأحالت",
    ])
    /// A regulator or a court acting: fining, suspending, charging, arresting. Its news
    /// reports somebody else's claim; it makes none. The English acts are exact forms: word
    /// forms would read "fine" ("we are fine"), "rules", "charges" (fees) and "ban" as acts.
    public static let enforcement = Concept("enforcement", [
        "=fined", "=fines", "=penalised", "=penalized", "=sanctioned", "=suspended", "=banned", "=charged", "=arrested", "=convicted",
        "=ruled",
        "imposed a fine", "a fine of", "imposed a penalty", "a penalty of", "=فرضت غرامة", "=فرضت الهيئة غرامة",
        "=غرمت", "=غرّمت", "=تغريم", "=غرامة", "=عاقبت", "=معاقبة", "=أوقفت", "=إيقاف", "=القبض", "=أدانت", "=قضت",
    ])
    /// A warning to the public about somebody else's bad faith: «حذّرت الهيئة من حسابات
    /// مأجورين», "beware of accounts spreading lies".
    public static let warning = Concept("warning", [
        "warn", "warns", "warned", "warning", "beware", "alert", "cautions", "cautioned",
        "=حذر", "=حذرت", "=تحذر", "=يحذر", "=نحذر", "تحذير", "=احذروا", "=احذر", "=تنبه", "=ينبه", "=نهيب", "=تهيب", "=ننبه", "=ننوه",
    ])
    /// Somebody passing themselves off as the organisation: "accounts impersonating our
    /// bank", «حسابات تنتحل اسم الشركة». What they promise is theirs, not the post's: a
    /// warning that they "promise guaranteed profits" promotes nothing.
    public static let impostors = Concept("impostors", [
        "impersonating", "impersonate", "impersonates", "impersonators", "impersonation", "fake accounts", "fake account", "fake pages",
        "fake page", "fraudsters", "scammers", "posing as", "pretending to be", "=تنتحل", "=ينتحل", "=ينتحلون", "انتحال",
        "حسابات وهمية", "حسابات مزيفة", "صفحات وهمية", "صفحات مزيفة", "حساب وهمي", "حساب مزيف", "=المحتالين", "=محتالين", "=النصابين",
        "=نصابين", "تدعي أنها", "يدعي أنه", "يدعون أنهم",
    ])
    /// Naming the theory to answer it: "the conspiracy theories about 5G", «نظرية المؤامرة».
    public static let conspiracyTheory = Concept("conspiracy-theory", [
        "conspiracy theory", "conspiracy theories", "conspiracy theorists", "نظرية المؤامرة", "نظريات المؤامرة",
    ])
    /// Whoever a charge can be aimed at besides a person or an @handle: the reader, an
    /// outlet. Not «يا» alone: «حفظك الله يا وطن من المؤامرات» addresses a country.
    public static let accusedParty = Concept("accused-party", [
        "=you", "=your", "=you're", "=youre", "you guys", "you people", "this newspaper", "the newspaper", "this paper", "this channel",
        "this outlet", "this network", "this account", "the journalist", "this journalist", "the reporter", "this reporter", "the columnist",
        "=الصحفي", "هذا الصحفي", "=الإعلامي", "هذا الإعلامي", "=أنت", "=انت", "=أنتم", "=انتم", "هذه الصحيفة", "هذه الجريدة", "هالجريدة",
        "هذه القناة", "هالقناة", "هذا الحساب", "هالحساب",
        // The press named by trade, not only pointed at: "a reporter", «صحفيها».
        "=reporter", "=reporters", "=journalist", "=journalists", "=newspaper", "=columnist", "=correspondent",
        "=الجريدة", "=الصحيفة", "=صحيفة", "=جريدة", "=صحفيها", "=المراسل", "=مراسلها", "=الكاتب",
    ])

    // MARK: Tragedy and sensitive events

    public static let tragedy = Concept("tragedy", [
        "uproar", "riot", "riots", "protest", "protests", "hurricane", "storm", "#sandy", "sandy", "shooting", "#aurora",
        // An earthquake by its tremor and its rubble: "prayers for everyone still under the rubble".
        // Not «هزة» alone: a market has shocks too.
        "tremor", "tremors", "aftershock", "aftershocks", "under the rubble", "the rubble", "=هزة أرضية", "=الهزة الأرضية",
        "=تحت الأنقاض", "=الأنقاض", "=تحت الركام",
        "bombing", "attack", "9/11", "#whyistayed", "#metoo", "#bringbackourgirls", "those we lost", "remembrance", "died", "death", "rip", "rest in peace", "tragedy",
        "victims", "disaster", "earthquake", "flood", "floods", "war", "murder", "murdered", "murder trial", "مقتل", "جريمة قتل",
        "كارثة", "الكارثة", "=وفاة", "=الوفاة", "=بوفاة", "=لوفاة", "=وفاته", "=بوفاته", "توفي", "ضحايا", "الضحايا", "=السيول", "=سيول", "=بالسيول", "=للسيول", "الفيضانات", "زلزال", "الحرب", "العزاء", "رحمه الله",
        "=التأتأة", "=للتأتأة", "=بالتأتأة", "=تأتأة", "اليوم العالمي للتأتأة",
        "mourning", "national mourning", "condolences", "passed away", "sorry about your", "ferry", "sank", "collapsed", "الحادث الأليم", "حادث أليم", "عزاء", "عزا", "عظم الله أجرك", "أجرك", "غرّقت", "غرقت", "وقعت العمارة", "انهيار", "الحداد",
        "cyclone", "typhoon", "tornado", "bushfire", "forest fire", "blaze", "fire broke out", "house fire", "building fire", "mudslide", "drought",
        "famine", "volcanic eruption", "flash flood", "flash floods", "the explosion", "explosion at", "bomb blast", "the blast", "plane crash",
        "air crash", "car crash", "fatal crash", "train crash", "bus crash", "derailment", "shipwreck", "capsized", "mass shooting", "gunman",
        "terror attack", "terrorist attack", "terrorism", "suicide bombing", "car bomb", "massacre", "genocide", "casualties", "fatalities",
        "death toll", "lives lost", "lost their lives", "lost his life", "lost her life", "loss of life", "martyrs", "funeral", "funerals", "burial",
        "grieving", "grief", "mourn", "in memory of", "in loving memory", "vigil", "moment of silence", "minute's silence", "minute of silence",
        
        "humanitarian crisis", "invasion", "bombardment", "airstrike", "airstrikes", "air strike", "hostages", "kidnapped",
        "assassination", "assassinated", "drowned", "drowning", "half-mast", "half mast", "martyrs' day",
        "commemoration day", "search and rescue", "rescuers", "wounded", "the injured", "the deceased", "أعاصير", "منخفض جوي", "المنخفض الجوي",
        "فيضان", "فيضانات", "غرقى", "الغرقى", "=حرائق", "حرائق الغابات", "اندلاع حريق", "اندلع حريق", "دوي انفجار", "=تفجير", "تفجيرات", "هجوم إرهابي",
        "عمل إرهابي", "الإرهاب", "اعتداء إرهابي", "قتلى", "القتلى", "قتيل", "شهداء", "الشهداء", "شهيد", "استشهد", "استشهاد", "جرحى", "الجرحى",
        "=وفيات", "=الوفيات", "حالات وفاة", "توفيت", "توفوا", "الفقيد", "الفقيدة", "فقيد", "المرحوم", "المرحومة", "رحمها الله", "رحمهم الله",
        "الله يرحمه", "الله يرحمها", "الله يرحمهم", "الله يرحمو", "إنا لله وإنا إليه راجعون", "إنا لله", "البقاء لله", "أحسن الله عزاءكم",
        "عظم الله أجركم", "تعازينا", "التعازي", "نعزي", "خالص العزاء", "ببالغ الحزن", "ببالغ الأسى", "الفاجعة", "فاجعة", "المصاب الجلل", "مصاب جلل",
        "النكبة", "المأساة", "مأساة", "الحداد الرسمي", "تنكيس الأعلام", "تنكيس العلم", "الجنازة", "جنازة", "تشييع", "صلاة الجنازة", "صلاة الغائب",
        "غارات", "غارة", "الغزو", "اجتياح", "المنكوبين", "المنكوبة", "منكوبة", "المناطق المنكوبة",
        "زلازل", "هزة أرضية", "انهيار مبنى", "سقوط مبنى", "سقوط رافعة",
        "حادث مروري مروع", "حادث مروع", "الحادث المروع", "حادث مأساوي", "غرق سفينة", "غرق العبارة", "سقوط طائرة", "تحطم طائرة", "تحطم الطائرة", "حادثة الطائرة", "حادث الطائرة", "حادثة طائرة", "حادث طائرة", "حادثة الطيارة", "حادث الطيارة", "سقوط الطيارة",
        "تحطم المروحية", "أعمال شغب", "اشتباكات", "يوم الشهيد", "المتوفين", "people killed",
        "were killed", "was killed", "killed in", "memorial service", "the wildfire", "wildfires in", "the shelling", "عاصفة مدارية",
        "العاصفة المدارية", "عاصفة مطرية", "إعصار مداري", "الإعصار المداري", "ضحايا الإعصار", "بعد الإعصار", "مرور الإعصار", "حريق في",
        "الحريق الذي", "ضحايا الحريق", "إخماد الحريق", "إطفاء الحريق", "ضحايا الانفجار", "قصف مدفعي", "قصف جوي", "تحت القصف", "غارة جوية",
        "إبادة جماعية",
        // Fires, crushes and collapses named by where they happened.
        "deadly fire", "fatal fire", "the fire at", "mall fire", "factory fire", "warehouse fire", "hotel fire", "tower fire", "market fire",
        "hospital fire", "school fire", "stampede", "crowd crush", "stadium crush", "building collapse", "tower collapse", "bridge collapse",
        // Not «حريق» alone (a fire-insurance advert, a donation drive) nor «تدافع» ("she defends").
        "roof collapse", "انهيار العمارة", "انهيار الجسر", "انهيار المبنى", "العمارة اللي وقعت",
        "العمارة اللي طاحت", "المبنى اللي انهار",
        // A fire's victims, and wars named as conflicts.
        "affected by the fire", "the armed conflict",
        "with the conflict escalating", "as the conflict escalates", "escalating conflict", "conflict escalating", "still without power",
        "=رحيل الفنان", "=رحيل فنان", "=برحيل الفنان", "=رحيل الشاعر", "=رحيل الأمير", "=رحيل الشيخ", "=فقيد الوطن", "=الفقيد", "=فقيدنا",
        "the passing of", "passing of our", "=تصاعد الحرب", "=مع تصاعد الحرب", "=تصاعد النزاع", "=ضحايا حريق", "=ضحايا الحريق", "=متضرري الحريق",
    ])
    /// Selling stopped for the occasion: "we have paused all offers this week", «أوقفنا جميع
    /// العروض». Beside a tragedy it is the respect a coach asks for, not exploitation.
    public static let salesPaused = Concept("sales-paused", [
        "paused", "pausing", "suspended", "suspending", "cancelled", "canceled", "postponed", "halted", "stopped", "called off",
        "=أوقفنا", "=أوقفت", "=أوقف", "=إيقاف", "=علقنا", "=علّقنا", "=تعليق", "=ألغينا", "=إلغاء", "=أجلنا", "=أجّلنا", "=تأجيل",
    ])
    public static let commerce = Concept("commerce", [
        // Not "shop" alone: "he built the company from a single shop in Muttrah" names a place;
        // nor «فروعنا» ("our branches"), where a bank reopened after the floods serves its customers.
        "collection", "available online", "=shopping", "shop our", "shop the", "shop online", "shop at", "shop today", "sale", "discount", "offer", "buy", "order", "dress", "pizza",
        "muffins", "coffee", "buns", "complimentary", "free", "gap.com", "promo", "code", "deal", "deals",
        // Not «تخفيض» alone: «تخفيض الإصابات» reduces infections.
        "عرض", "=عروض", "=العروض", "=بعروض", "=اطلب", "=اطلبه", "=اطلبي", "=تخفيض على", "=تخفيض الأسعار", "=بتخفيض", "=تخفيض خاص", "خصم", "تسوق", "مجانا", "مجاناً", "=اشتر",
        "% off", "per cent off", "off until", "free dessert", "with every", "family meal", "limited offer", "=تخفيضات", "=التخفيضات", "=بتخفيضات", "خصومات", "وجبة",
        "special rate", "package", "first month free", "bundle", "بسعر خاص", "عرض خاص", "=باقة", "=باقات", "=الباقة", "=الباقات", "بخصم", "الكمية محدودة", "للمشتركين الجدد",
        "get a quote", "request a quote", "free quote", "quote today", "promo code", "coupon", "voucher", "use code", "discount code", "flash sale", "clearance", "bogo", "buy one get one", "buy 1 get 1",
        "2 for 1", "two for one", "half price", "half-price", "special price", "prices slashed", "price drop", "limited time", "limited-time",
        "today only", "this weekend only", "shop now", "order now", "book now", "free delivery", "free shipping", "cashback", "double points",
        "add to cart", "link in bio", "new collection", "new arrivals", "swipe up", "meal deal", "combo", "black friday", "white friday",
        "cyber monday", "sale ends", "كود", "الكود", "كود الخصم", "رمز الخصم", "استخدم الكود", "كوبون", "قسيمة", "قسائم", "اطلب الآن", "=اطلبوا", "=اطلبوه", "=اطلبوها",
        "تسوق الآن", "تسوقوا", "توصيل مجاني", "شحن مجاني", "اشتر واحد واحصل", "نصف السعر", "بنصف السعر", "أسعار خاصة", "سعر خاص", "لفترة محدودة",
        "لمدة محدودة", "العرض ساري", "ساري حتى", "أوكازيون", "الأوكازيون", "=تنزيلات", "=التنزيلات", "استرداد نقدي", "كاش باك", "المجموعة الجديدة",
        "التشكيلة الجديدة", "وصل حديثا", "متوفر الآن", "متوفرة الآن", "احجز الآن", "احجزوا", "سارعوا", "عرض حصري", "أوفرات", "الجمعة البيضاء",
        "بلاك فرايدي", "هدية مع كل",
        // Bets and getaways sold on the back of the news: "money back if he walks", "afraid of the earthquake? Run away to…".
        "money back", "refund all losing bets", "losing bets", "place your bets", "getaway", "escape to", "run away to",
        "رهانات", "=راهن", "=راهنوا", "فلوسك ترجع",
        // Prices and the way to buy: a price list is selling even with no discount.
        // Not "now available" or a link: replacement ID cards and donation drives use them after a fire.
        "starts at just", "starting at just", "starting from just", "prices start at", "prices start from", "plans start at", "cover starts at",
        "dm us for prices", "dm for prices", "بأسعار تبدأ", "الأسعار تبدأ", "أسعارنا تبدأ", "تبدأ الأسعار",
        // Asking for reach is selling the account: "let's get 2,296 retweets for the 2,296 people who lost their lives".
        // ("Follow us for updates" in a flood is a service, and stays out.)
        "retweets", "rt if", "rt for", "like if", "likes for", "share if", "tag a friend", "رتويت", "ريتويت",
        // Exact: word forms read «فلاي» (of "flydubai") as «لايك» with «ف» and «ك» taken off.
        "=لايك", "=لايكات",
        // Urgency that sells: stock running out, a chance not to miss, an account to open now.
        "still have stock", "before they're gone", "before it's gone", "while stocks last", "ships in", "ship in 48h", "don't miss out",
        "still time to get in", "open your account now", "=لا تفوت الفرصة", "=لا تفوّت الفرصة", "=افتح حسابك الآن", "=بدون عمولة",
        "=الحق على العرض", "=متوفر لدينا",
    ])

    // MARK: Layoffs and crises

    public static let layoff = Concept("layoff", [
        // Not "let go" alone: "Let's go, team!" reads as "let go" once its "'s" is split off.
        "layoff", "layoffs", "lay off", "laid off", "let go of", "were let go", "was let go", "been let go", "be let go",
        "had to let go", "have let go", "has let go", "will let go", "we let go", "letting go of", "reducing the size", "reduce our workforce", "job cuts",
        "redundancies", "severance", "headcount",
        "تسريح", "الاستغناء", "إنهاء خدمات", "تقليص", "خفض عدد الموظفين",
        "made redundant", "redundancy", "downsizing", "downsize", "rightsizing", "workforce reduction", "reduction in force", "cut jobs",
        "cutting jobs", "eliminate roles", "eliminating positions", "parting ways", "part ways", "الاستغناء عن", "إنهاء عقود", "إنهاء خدمة",
        "positions are eliminated", "positions eliminated", "roles are eliminated", "roles eliminated", "jobs eliminated",
        "jobs are eliminated", "eliminating roles", "eliminating jobs", "إلغاء وظائف", "إلغاء الوظائف", "تقليص العمالة", "تقليص الوظائف", "خفض الوظائف", "فصل موظفين", "فصل جماعي", "تفنيش", "فنشنا",
        "=استغنينا", "=نستغني", "=سنستغني",
        // Firing said of staff; not "fired" alone ("shots were fired", "fired up").
        "all being fired", "staff were fired", "employees were fired", "workers were fired", "being fired from", "fired from their jobs",
        "mass firing", "mass firings", "=فصل الموظفين", "=فصل العمال", "=فصل العاملين",
    ])
    /// What a layoff owes the people who leave: pay, cover, help to the next job, and
    /// words that feel it with them.
    public static let leaverSupport = Concept("leaver-support", [
        "severance", "weeks of pay", "weeks' pay", "months of pay", "months' pay", "salary for", "healthcare", "health insurance",
        "health cover", "outplacement", "job placement", "references", "help them find", "help everyone find", "find their next",
        "career support", "alumni", "notice period", "equity", "vesting", "keep their laptops", "support them",
        "مكافأة نهاية الخدمة", "نهاية الخدمة", "=تعويض", "=تعويضات", "=التعويض", "=التعويضات", "رواتب", "=راتب", "التأمين الصحي",
        "إيجاد وظائف", "إيجاد عمل", "فرص عمل بديلة", "خطابات التوصية", "=دعمهم", "=مساعدتهم", "=نساعدهم", "=سندعمهم",
        // Feeling it with them, or turning to them: "harder for those who have to leave".
        "for those leaving", "for those who are leaving", "for everyone leaving", "those who have to leave", "those affected", "everyone affected",
        "sad news", "very sad", "incredibly difficult", "heartbreaking", "painful", "hardest decision", "difficult decision", "hard decision",
        "قرار صعب", "القرار الصعب", "=مؤلم", "=مؤلمة", "لكل من يغادر", "لمن يغادرون", "المتأثرين", "=المتضررين", "خبر حزين",
    ])
    /// The people a layoff is about: "15% of our workforce", «٢٠٠ موظف».
    public static let workforce = Concept("workforce", [
        "employees", "employee", "staff", "workforce", "team members", "colleagues", "people", "roles", "positions", "jobs", "workers",
        "team", "our team", "headcount",
        "موظف", "موظفين", "موظفا", "موظفاً", "الموظفين", "العاملين", "العمال", "عامل", "الوظائف", "وظيفة", "وظائف", "الفريق", "فريقنا",
        "=زميل", "=زميلاً", "=زميلا", "=زملاء", "=زميلة",
    ])
    /// Bringing people in: "we are hiring engineers laid off elsewhere" announces no layoff.
    public static let hiring = Concept("hiring", [
        "hire", "hiring", "we're hiring", "join us", "job openings", "vacancies", "recruit", "recruiting",
        "=نوظف", "=توظيف", "=سنوظف", "وظائف شاغرة", "=انضم", "=انضموا",
    ])

    /// Light, joking or celebratory wording: harmless alone, mockery beside a death or disaster.
    public static let levity = Concept("levity", [
        "congrats", "congratulations", "lol", "lmao", "haha", "omg", "yay", "woohoo", "gma", "b4", "2 b", "jk", "😂", "🤣",
        "😜", "😆", "party time", "mission accomplished",
        "مبروك", "ألف مبروك", "هههه", "ههههه", "يا سلام", "وناسة",
        "lmfao", "rofl", "hahaha", "hehe", "lolol", "lolz", "woot", "hooray", "yippee", "so much fun",
        // Exact: their forms read "now is a good time to refresh on flood safety".
        "=fun times", "=good times", "let's party",
        "high five", "nailed it", "joke", "joking", "just kidding", "kidding", "🎉", "🥳", "🎊", "🍾", "🤪", "😝", "😛", "😹", "ههه", "هههههه", "ههههههه",
        "خخخ", "خخخخ", "خخخخخ", "هاهاها", "لول", "تهانينا", "مبروك عليكم", "فلة", "فله", "يا حلاوة", "=نكتة", "=النكتة", "مزحة", "أمزح",
    ])
    /// Surviving a disaster or a named attack: a tragedy word only when joked about.
    public static let survival = Concept("survival", [
        "survived", "you survived", "survivors", "boston marathon", "نجوتم", "نجوت", "الناجين", "الناجون",
        "made it out alive", "lived to tell", "escaped death", "cheated death", "congrats on surviving", "نجونا", "ناجين", "طلعتوا سالمين",
    ])
    public static let selfPity = Concept("self-pity", [
        "most vulnerable thing", "toughest thing i've ever", "hardest thing i've ever", "i wish i was", "not every ceo",
        "cold-hearted", "feel for me", "my fault", "i love them", "days like today", "i just want people to see",
        "poor me", "so hard for me", "harder week than me", "harder time than me", "harder than me", "had it harder than",
        "suffered more than me", "nobody appreciates", "no one appreciates", "nobody thanks me", "no one thanks me",
        "=لا أحد عانى", "=ما أحد عانى", "=محد عانى", "=ولا أحد يقدر", "=ولا أحد يقدّر", "=ومحد يقدر", "=وما أحد يقدر", "=أكثر من عانى", "shocked to see", "put ourselves in a difficult",
        "أصعب شيء مررت به", "لست قاسيا", "قلبي يتقطع", "ظلموني", "مظلوم",
        "hardest decision i've ever", "hardest decision of my", "hardest day of my", "toughest decision of my", "toughest day of my",
        "i've been crying", "i haven't slept", "this is hard for me", "pity me", "nobody understands how hard", "no one understands how hard",
        "what i'm going through", "what i am going through", "i'm the real victim", "we are the real victims", "lonely at the top",
        "weight on my shoulders", "i didn't sign up for this", "i'm only human", "i'm not a monster", "i am not a monster", "i'm not a bad person",
        "i'm not heartless", "not the villain", "spare a thought for me", "لست وحشا", "لست وحشاً", "لست شريرا", "ما أنا قاسي", "مو قاسي",
        "قلبي ينزف", "ليالي بلا نوم", "ليال بلا نوم", "أصعب قرار اتخذته", "أصعب قرار في حياتي", "أصعب يوم في حياتي", "محد حاس فيني",
        "ما أحد حاس فيني", "لا أحد يشعر بي", "لا أحد يفهم ما أمر به", "الحمل ثقيل علي", "ظلمتوني", "مظلومين", "نحن الضحية", "إحنا الضحية",
        "أنا الضحية",
        // The writer's own life as the loss: "I would like my life back" (BP, 2010).
        "i would like my life back", "i'd like my life back", "i want my life back", "wants this over more than i do",
        "=أريد حياتي", "=أبي حياتي", "=أبغى حياتي", "=أريد أن أستعيد حياتي", "=يريد انتهاء هذا أكثر مني",
        // Broken by criticism, thanked badly: "the criticism has broken me", «كسرتني».
        "hardest thing i've been through", "hardest thing i have been through", "more than any human can bear", "more than anyone can bear",
        "=مو كل رئيس تنفيذي", "=ليس كل رئيس تنفيذي", "=لا أحد يعلم كم", "=صعبا علينا تحمله", "=صعباً جداً علينا",
        "has broken me", "have broken me", "broke me", "this is the thanks i get", "ceos are human too", "ceo is human too",
        // The writer cast as the victim of the blame: "I was demonized and vilified", «تمت شيطنتي».
        "i was demonized", "i was demonised", "was demonized and vilified", "was demonised and vilified", "i was vilified",
        "i have been vilified", "i've been vilified", "i have been demonized", "i've been demonized", "made me the scapegoat",
        "made a scapegoat of me", "i became the scapegoat", "i was the scapegoat", "=تمت شيطنتي", "=شيطنوني", "=جعلوني كبش فداء",
        "=صرت كبش فداء", "=أصبحت كبش فداء", "=كنت كبش الفداء",
        "kept me up every night", "=كسرتني", "=كسرني", "=وهذا هو الجزاء", "=وهذا جزائي", "=الرئيس التنفيذي إنسان", "=ما خلتني أنام", "=ما خلاني أنام",
    ])
    /// How hard something is, as a feeling: "hard", "painful", «صعب», «مؤلم». Said of the
    /// writer with nobody affected in view ("nobody knows how hard this week has been for
    /// me", «لا أحد يشعر بحجم الضغط الذي أعيشه»), it asks for sympathy.
    public static let hardship = Concept("hardship", [
        "hard", "difficult", "painful", "unbearable", "exhausting", "heartbreaking", "devastating", "draining", "brutal", "agonising",
        "agonizing", "sleepless", "abuse", "pressure",
        "صعب", "صعبة", "مؤلم", "مؤلمة", "قاسية", "مرهق", "مرهقة", "لا يطاق", "موجع", "موجعة", "الضغط", "ضغط", "عذاب", "معاناتي",
    ])
    /// The writer as the one who feels it: "for me", "I've taken", «أعيشه», «علي».
    public static let writerFeels = Concept("writer-feels", [
        "for me", "on me", "i've been through", "i have been through", "i went through", "i'm going through", "i've taken",
        "i have taken", "me personally", "for us to endure", "we've been through", "we have been through",
        "=أعيشه", "=أعيشها", "=مررت به", "أمر به", "=نفسيتي",
    ])
    /// The people a crisis or a layoff affects; named beside the hardship, the post is about them.
    public static let affectedPeople = Concept("affected-people", [
        "colleagues", "employees", "staff", "team", "families", "customers", "passengers", "patients", "victims", "those leaving",
        "everyone affected", "those affected", "our people",
        "الزملاء", "زملائي", "زملائنا", "الموظفين", "موظفينا", "الأسر", "أسر", "المتضررين", "العملاء", "عملائنا", "الركاب", "المرضى",
        "الضحايا", "فريقنا", "الفريق",
    ])
    public static let ultimatum = Concept("ultimatum", [
        "click yes", "by 5pm", "will receive three months of severance", "extremely hardcore", "passing grade",
        "انتهت خدماتك", "اضغط نعم",
    ])

    // MARK: Discrimination

    public static let demeaning = Concept("demeaning", [
        "belong in the kitchen", "hope i don't get aids", "i'm white", "aids", "autistic kid", "deport", "deportation",
        // A people said to understand nothing but force: «لا يفهمون إلا هذه اللغة».
        "only understand this language", "only understand the language of", "only understand force", "understand nothing but force",
        "=لا يفهمون إلا", "=لايفهمون إلا", "=ما يفهمون إلا", "=مايفهمون إلا", "=ما يفهمون غير", "=لا يفهمون غير",
        // A group declared unwanted: «هذه العمالة غير مرحب بها».
        "they are not welcome", "they're not welcome", "are not welcome here", "not welcome in our country", "are unwelcome here",
        "=غير مرحب بهم", "=غير مرحب بها", "=غير مرغوب فيهم", "=غير مرغوب بهم", "=غير مرغوب فيها",
        "mercenaries", "shut up", "go back",
        "ترحيل", "بترحيل", "اسكتوا", "العبد", "العبيد", "عبيد", "الزنيم", "الشواذ", "مرتزقة", "المرتزقة", "اخونجية",
        "للاخونجية", "الاخونجية", "أنجاس", "=هامشية", "=هامشيه", "صدعتونا",
        "kick them out", "go back to your country", "back to their country", "back where they came from", "throw them out", "round them up",
        "deport them", "invaders", "subhuman", "savages", "uncivilised", "uncivilized", "make me a sandwich", "that time of the month", "ok boomer",
        "retarded", "cripples", "spastic", "ترحيلهم", "اطردوهم", "طردهم", "ارجعوا بلادكم", "ارجع بلدك", "روحوا بلادكم", "ناقصات عقل",
        "ناقصات عقل ودين", "مكان المرأة المطبخ", "مكانها المطبخ", "مكانهن المطبخ", "عوانس", "عانس", "يا معاق", "يا متخلف", "يا هندي", "يا بنغالي",
        "صفويين", "الصفويين", "مجوس", "المجوس", "أحفاد القردة", "القردة والخنازير", "زنوج", "الزنوج", "=همج", "=الهمج", "بهايم",
        // A fault pinned on a whole group: "nurses from that country are lazy", "women drivers cause most accidents".
        "are lazy", "lazy", "reason for most accidents", "cause most accidents", "cause of most accidents", "can't drive", "cannot drive",
        "=كسالى", "=كسولات", "=كسولين", "=كسولون", "=سبب أغلب الحوادث", "=سبب الحوادث", "=ما يعرفون يسوقون", "=ما يعرفن يسوقن",
        "=ما تعرف تسوق",
        // A group's nature, culture or worth declared: "their whole culture runs on excuses",
        // "too many of them, too few of us", «هذه طباعهم ولن تتغير», «المرأة بطبيعتها عاطفية».
        "their whole culture", "it's in their nature", "in their blood", "that's how they are", "people like them", "their kind",
        // A trait given to a whole people as the reason for a job: "put Filipinos at reception
        // because they never stop smiling", «خل البنغاليين ورا لأنهم ما يشتكون»; a sex ruled out
        // by its nature: "this job needs decisions, not emotions".
        "because they never", "because they always", "=لأنهم ما", "=لانهم ما", "=لأنهم دايم", "=لأنهم دائما", "=لأنهم دائماً",
        "decisions, not emotions", "decisions not emotions", "=قرارات لا عواطف", "=قرارات مو عواطف",
        "too many of them", "too few of us", "one of ours", "guess which sect", "which sect", "could at least walk",
        "=طباعهم", "=هذه طباعهم", "=طبعهم", "=هذا طبعهم", "=بطبيعتها عاطفية", "=بطبيعتهن", "=لا تصلح لقيادة", "=ما تصلح لقيادة",
        "=لا يصلحون لقيادة", "=الطائفة الفلانية", "=كلهم وافدين", "=ما يتغيرون", "=في دمهم",
        // Where a group belongs, what it smells of, how "they" behave, which "some" of them are meant.
        "leave the tech to", "should stay home", "belong at home", "=مكانهم", "=مكانهن", "=مكانها المطبخ", "smells like that",
        "=القذارة", "=الفوضى والقذارة", "filth", "how they behave", "we all know how they", "you know the ones", "road hazard",
        "=اللي تعرفونها", "=تعرفون سوالفهم", "=يعرف عمامه", "=ما تعرف الذوق", "=بعيدا عنهم", "=بعيداً عنهم",
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
        "=مخزي", "=مخزية", "=المخزي", "=العار", "وصمة عار", "مشين", "مشينة", "معيب", "سخافات", "السخافات", "مخرب", "المخرب",
        "خونة", "الخونة", "خائن", "الخائن", "منافق", "منافقين", "المنافقين", "النفاق", "تتلون", "يتلون",
        "أكاذيب", "الأكاذيب", "اكاذيب", "افتراءات", "الافتراءات", "افتراء", "المزورين", "المرجفين", "المغرضين", "مغرضة",
        "الحاقدين", "الحاقدون", "حاقد", "مأجورين", "المأجورين", "مأجورة", "المتآمرين", "متآمر", "الحاسدين", "الجبناء",
        "جبان", "دنيء", "دنيئة", "الدنيئة", "وقاحة", "الوقاحة", "أبشع", "لا حياء",
        "لا يستحون", "عديمي الضمير", "المتلونين",
        "deplorable", "contemptible", "abhorrent", "reprehensible", "scandalous", "unconscionable", "a disgrace", "dishonest", "deceitful",
        "vindictive", "spiteful", "double standards", "backstabbing", "backstabbers", "turncoat", "turncoats", "traitorous", "fifth column",
        "paid agents", "in bad faith", "bad faith", "hidden agenda", "sinister agenda", "conspirators", "hatchet job", "gutter press",
        "yellow journalism", "outright lies", "blatant lies", "barefaced lies", "bald-faced lies", "heartless", "callous", "have you no shame",
        "degenerate", "shame on you", "عار عليكم", "عيب عليكم", "عيب عليك", "فضيحة", "الفضيحة", "مقزز", "مقززة", "مقرف", "مقرفة", "خسة", "الخسة",
        "نذالة", "النذالة", "نذل", "أنذال", "الأنذال", "الغدر", "غدار", "غدارين", "طعنة في الظهر", "خيانة", "الخيانة", "العملاء المأجورين", "أذناب",
        "الأذناب", "المندسين", "مندسين", "الطابور الخامس", "تجار الأزمات", "تجار الدين", "الدجالين", "دجال", "الدجل", "حاقدة", "الحقد", "الشامتين",
        "الشامتون", "الشماتة", "بلا ضمير", "عديم الضمير", "عديمي الأخلاق", "بلا أخلاق", "قلة أدب", "قليل الأدب", "صفاقة", "الصفاقة", "انحطاط",
        "الانحطاط", "سفالة", "السفالة", "حملة مسعورة", "مسعورة", "حملة ممنهجة", "حملة تشويه", "المغرض", "عيب كده", "malicious lies",
        "malicious campaign",
    ])

    // MARK: Condemning an attack

    /// Wrong done to people that an organisation stands against: racist abuse, harassment,
    /// bullying, offensive remarks. "We are disgusted by the racist abuse our player received"
    /// condemns what was done and stands with the player; it condemns no critic.
    public static let mistreatment = Concept("mistreatment", [
        "racist abuse", "racial abuse", "online abuse", "verbal abuse", "physical abuse", "abuse directed at", "abuse aimed at",
        "racism", "racist comments", "racist chants", "racist remarks", "harassment", "sexual harassment", "bullying", "cyberbullying",
        "hate speech", "offensive comments", "offensive comment", "offensive posts", "offensive remarks", "violence against",
        "الإساءات العنصرية", "الإساءة العنصرية", "إساءات عنصرية", "=العنصرية", "الهتافات العنصرية", "=التحرش", "=التنمر", "خطاب الكراهية",
        "التعليقات المسيئة", "المنشورات المسيئة", "العبارات المسيئة", "العنف ضد", "الاعتداء على",
    ])

    /// Condemning an attack or mourning its victims: the words of a government or a
    /// company after a bombing («ندين العمل الإرهابي الجبان»). In such a sentence "cowardly"
    /// and "massacre" describe the act and its perpetrators; they insult or threaten no one.
    public static let condemning = Concept("condemning", [
        "condemn", "condemns", "condemned", "condemnation", "strongly condemn", "deplore", "deplores",
        "ندين", "تدين", "يدين", "أدان", "أدانت", "نستنكر", "تستنكر", "يستنكر", "استنكرت", "إدانة", "استنكار", "ونستنكر", "وندين",
        // Refusing the charge itself: "we reject calling them…", «نرفض اتهام…», «نرفض وصف…».
        "we reject calling", "we reject any description", "we reject the claim that", "=نرفض اتهام", "=نرفض وصف", "=نرفض أي وصف",
        "=نرفض أي اتهام", "=نرفض تعميم",
    ])

    // MARK: Exclusion presented as policy

    /// Letting people in or keeping them out: hiring, admitting, serving, renting.
    public static let gatekeeping = Concept("gatekeeping", [
        "hire", "hiring", "employ", "recruit", "accept", "admit", "serve", "rent", "lease", "promote", "apply", "applicants",
        "candidates", "allowed", "welcome", "enrol", "enroll", "membership",
        "نوظف", "توظيف", "=نعين", "تعيين", "نقبل", "قبول", "نستقبل", "استقبال", "نؤجر", "تأجير", "نخدم", "يسمح", "دخول",
        "المتقدمين", "المتقدمات", "=الطلبات", "التقديم", "الترقية",
        "positions", "leadership", "night shift", "المناصب", "المناصب القيادية",
        "recruiting", "recruitment", "shortlist", "interview", "interviewing", "appoint", "admission", "admissions", "accepting", "let in",
        "rent to", "lease to", "sell to", "tenants", "vacancy", "vacancies", "job openings", "openings", "roles", "open to", "wanted", "employment",
        // «التسجيل» exact: its forms read «تسجيل أي إصابات» ("recording any injuries").
        "التوظيف", "الوظائف", "وظائف", "الوظيفة", "وظيفة", "الشواغر", "شواغر", "شاغر", "نستقطب", "الاستقطاب", "القبول", "=نسجل", "=التسجيل", "=للتسجيل", "=نأجر",
        "للإيجار", "مطلوب", "مطلوبة", "=نشغل", "التعيين", "نستقبل طلبات", "نرحب بطلبات",
        // Homes let to some and not others: «الشقق للعائلات الخليجية فقط، ممنوع الوافدين من جنسيات آسيوية».
        "apartments", "flats", "=الشقق", "=شقق", "=السكن", "=الفلل", "=العمارة", "=المستأجرين",
    ])
    /// Who is kept out: a group by nationality or origin, gender, religion, age or
    /// disability. Citizens as such are left out: reserving jobs for nationals is a
    /// legal localisation policy in the Gulf, not discrimination by origin.
    public static let protectedGroup = Concept("protected-group", [
        // A group pointed at by what they said or signed: "never to hire these people".
        "these people", "those people", "their members", "=هؤلاء الناس", "=أمثال هؤلاء",
        "women", "woman", "female", "females", "ladies", "men", "male", "mothers", "pregnant", "married women",
        "foreigners", "expats", "expatriates", "immigrants", "migrants", "asians", "africans", "arabs", "indians",
        "pakistanis", "bangladeshis", "filipinos", "egyptians", "syrians", "nepalese", "nationality", "nationalities",
        "from that country", "from those countries", "muslims", "christians", "jews", "hindus", "shia", "sunni",
        "from india", "from pakistan", "from bangladesh", "from the philippines", "from nepal", "from sri lanka", "from egypt",
        "from syria", "from yemen", "from sudan", "from africa", "from asia", "from iran", "from ethiopia", "from kenya",
        "من الهند", "من باكستان", "من بنغلاديش", "من الفلبين", "من نيبال", "من سريلانكا", "من مصر", "من سوريا", "من اليمن",
        "من السودان", "من أفريقيا", "من آسيا", "من إيران", "من إثيوبيا",
        "over 40", "over 45", "over 50", "older applicants", "disabled", "wheelchair", "wheelchairs", "disability",
        "=النساء", "=المرأة", "=للمرأة", "=والمرأة", "=بالمرأة", "=المراة", "=امرأة", "الإناث", "=النسائية", "الحوامل", "المتزوجات", "الأمهات", "الوافدين", "الأجانب", "الجنسية",
        "الجنسيات", "جنسية", "الهنود", "الباكستانيين", "البنغاليين", "الفلبينيين", "المصريين", "السوريين", "الآسيوية",
        // «السنة» alone is "the year" far more often than Sunnis; word forms also read «سنوات» in it.
        "الأفريقية", "الأفارقة", "الشيعة", "أهل السنة", "=السنيين", "المسيحيين", "اليهود", "ذوي الإعاقة", "المعاقين", "كبار السن",
        "sect", "tribe", "caste", "المذهب", "مذهب", "الطائفة", "طائفة", "القبيلة",
        "=رجال", "=الرجال", "=ذكور", "=الذكور", "=رياجيل", "=البنات", "=بنات",
        "under 30", "under 35", "young", "energetic", "expats", "faith", "religion", "wheelchair", "in wheelchairs", "المتزوجات", "الشياب", "ديانتنا", "ديانة", "كبار السن", "الحوامل",
        "males", "hijab", "hijabi", "niqab", "headscarf", "turban", "bearded", "non-arabs", "westerners", "europeans", "sri lankans", "yemenis",
        "ethiopians", "kenyans", "ugandans", "nigerians", "iranians", "iraqis", "jordanians", "palestinians", "black people", "black applicants",
        "dark-skinned", "ethnicity", "ethnic", "caste", "atheists", "buddhists", "sikhs", "shiite", "shias", "sunnis", "older workers", "over 55",
        "over 60", "age limit", "maximum age", "digital natives", "blind", "deaf", "visually impaired", "hearing impaired", "autistic", "pregnancy",
        "marital status", "gender", "native speakers", "native english speakers", "native speaker", "الذكور", "ذكور", "للذكور", "=نساء", "=ونساء", "=للنساء", "الحريم",
        "حريم", "المحجبات", "محجبة", "المنقبات", "الحجاب", "النقاب", "الملتحين", "الهندوس", "البوذيين", "الملحدين", "الدروز", "الإسماعيلية",
        "الإباضية", "الصوفية", "=الطائفة", "=الطوائف", "المذهب", "=القبيلة", "=القبائل", "=البدون", "الوافدات", "العمالة الوافدة",
        "العمالة الآسيوية", "العمالة الأجنبية", "الآسيويين", "الاسيويين", "الإثيوبيين", "الإثيوبيات", "الكينيات", "النيباليين", "السريلانكيين",
        "الفلبينيات", "الهنديات", "الإندونيسيات", "اليمنيين", "السودانيين", "الأردنيين", "اللبنانيين", "الفلسطينيين", "العراقيين", "الإيرانيين",
        "=الأتراك", "الغربيين", "الأوروبيين", "=العرب", "الجنسيات الآسيوية", "الجنسيات العربية", "الجنسيات الأفريقية", "البشرة السمراء", "=السود",
        "لون البشرة", "فوق الأربعين", "فوق الخمسين", "فوق ٤٠", "أكبر من ٤٠", "دون الثلاثين", "تحت ٣٠", "المعوقين", "كرسي متحرك", "الكراسي المتحركة",
        "المكفوفين", "=الصم", "المتوحدين", "غير المتزوجات", "الجنس", "النسوان", "الستات", "العجايز", "racial background", "=نساء",
        "white people", "whites only", "white only", "white applicants", "white candidates", "caucasian", "caucasians", "born citizens",
        // Groups named by a trait that stands for them: a passport, a region, a mobility aid, a graduation year, children.
        "passport holders", "subcontinent", "from the subcontinent", "mobility aids", "wheelchair users", "graduated before",
        "counting down to retirement", "school runs", "juggling school runs", "kind of face", "=الخلفية الدينية", "=اللي عندها عيال",
        "=عندها أطفال", "=وجوه معينة",
        // Youth as the only hire, as "young" is in English: «ما نوظف إلا شباب». Not «الشباب»
        // alone: «مخصص للشباب» names the youth-employment programmes Gulf governments run.
        "=إلا شباب", "=الا شباب", "=بس شباب",
    ])
    /// A rule that keeps people out: "only", "need not apply", «فقط», «حصراً», «ممنوع».
    public static let restriction = Concept("restriction", [
        "only", "need not apply", "not accepted", "not allowed", "no longer", "not eligible", "exclusively", "barred",
        "فقط", "حصرا", "حصراً", "ممنوع", "يمنع", "غير مسموح", "لا يقبل", "لا يسمح", "لا تقبل",
        "prefer", "ideally", "should book", "=نفضّل", "=نفضل", "ما نفضّل", "بس", "هتفضل",
        // A job advert that asks for a group is a restriction: "looking for strong men", «نبي رياجيل».
        "looking for", "seeking", "we need", "we want", "نبحث عن", "نبي", "نبغى", "نبغي", "مطلوب", "نحتاج",
        "solely", "strictly", "exclusive to", "reserved for", "limited to", "restricted to", "must be", "preferably", "preferred", "priority to",
        "will not be considered", "won't be considered", "not be considered", "do not apply", "don't apply", "not suitable", "unsuitable",
        "turn away", "turned away", "rejected", "no longer accepting", "except", "excluding", "other than", "not open to", "only open to",
        "candidates should be", "applicants should be", "should be male", "should be female", "should be under", "should ideally be",
        "better placed in", "stop forwarding", "stop sending", "don't apply if", "do not apply if", "isn't a fit for", "is not a fit for",
        "not a fit for", "=الأفضل ما تقدم", "=الأفضل ما تتقدم", "=لا تتقدم", "=لا يتقدم", "=ما تتقدم",
        "no older than", "no younger than", "حصري", "حصرية", "مقتصر على", "مقتصرة على", "يقتصر على", "تقتصر على", "يشترط", "يشترط أن يكون",
        "يشترط أن تكون", "بشرط", "من شروط", "=الأفضلية", "=الافضلية", "=يفضل", "=يُفضّل", "ما نبي", "ما نبغى", "ما نبا", "ما نقبل", "ما نوظف", "ما نشغل",
        "ما نأجر", "ما نستقبل", "ما نخدم", "مش مقبول", "مو مقبول", "مب مقبول", "غير مرغوب", "لا نرغب", "نعتذر عن قبول", "باستثناء", "ما عدا",
        "مرفوض", "مش هنقبل", "ما بنقبل", "ما منوظف", "ممنوع دخول", "مخصص", "مخصصة", "الأولوية",
    ])
    /// Words that make a sentence about exclusion a stand against it.
    public static let equality = Concept("equality", [
        "regardless of", "based on", "on the basis of", "discriminate", "discrimination", "equal", "equally", "every nationality",
        "all nationalities", "inclusive", "encouraged to apply", "encourage", "both genders", "men and women",
        "بغض النظر", "على أساس", "تمييز", "دون تمييز", "بلا تمييز", "المساواة", "جميع الجنسيات", "كل الجنسيات",
        "نشجع", "=من الجنسين", "=الجنسين", "=للجنسين", "رجالا ونساء", "رجالاً ونساءً", "alike", "على حد سواء", "على السواء",
        "we welcome applicants", "we welcome applications", "welcome applicants", "reasonable adjustments", "نرحب بالمتقدمين",
        "نرحب بالمتقدمات", "نرحب بطلبات", "نرحب بجميع المتقدمين", "التجهيزات المناسبة", "الترتيبات التيسيرية",
        "irrespective of", "without regard to", "all backgrounds", "every background", "diverse", "diversity", "inclusion", "equal opportunity",
        "equal opportunities", "equal-opportunity", "all genders", "all ages", "open to all", "everyone is welcome", "all are welcome",
        "encourage applications", "accessible", "accessibility", "anti-discrimination", "non-discrimination", "on merit", "based on merit",
        "بصرف النظر", "دون النظر", "مهما كانت", "تكافؤ الفرص", "الفرص المتكافئة", "التنوع", "الشمول", "مفتوح للجميع", "مفتوحة للجميع",
        "نرحب بالجميع", "بالكفاءة", "على أساس الكفاءة", "=الجدارة", "دون استثناء", "لا نميز", "عدم التمييز", "نرفض التمييز", "مكافحة التمييز",
    ])

    // MARK: Awards and wins

    /// Being chosen: a contract won, a tender awarded, a bid picked, «فزنا»، «رست علينا».
    public static let award = Concept("award", [
        "won", "we won", "have won", "has won", "picked", "selected", "awarded", "been chosen", "came out on top",
        "فزنا", "فوزنا", "=رست", "=رست علينا", "=رسى", "رست علينا", "ترسية", "تمت ترسية", "من نصيبنا", "صار من نصيبنا", "صارت لنا", "تم اختيارنا",
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
        "الجمعية العمومية", "الجمعية العامة", "النشر", "=الرسمي", "=الرسمية", "اعتماد",
        "report", "annual report", "التقرير", "التقرير السنوي", "القوائم المالية",
    ])

    // MARK: People who were harmed or who complain

    /// People the organisation harmed or who hold a grievance against it: a joke at their
    /// expense mocks a victim.
    public static let aggrieved = Concept("aggrieved", [
        "suing us", "sued us", "complainant", "complainants", "the victims", "victims", "those affected", "affected customers",
        "people who lost", "who lost their", "injured", "the family of",
        "يشتكون", "يشتكي", "المشتكي", "المتضررين", "المتضررون", "الضحايا", "انقطعت عنهم", "أهالي الضحايا", "المصابين",
        "the bereaved", "bereaved families", "grieving families", "families of the victims", "the deceased", "those who died", "those injured",
        "the wounded", "survivors", "customers who complained", "people complaining", "complaining customers", "angry customers", "upset customers",
        "who lost everything", "affected residents", "residents affected", "affected families", "displaced families", "those we laid off",
        "the claimant", "claimants", "plaintiff", "plaintiffs", "the man suing", "the woman suing", "the lady suing", "أسر الضحايا", "ذوي الضحايا",
        "أهالي المتوفين", "ذوي المتوفى", "المتوفين", "المصابون", "الجرحى", "المفصولين", "المسرحين", "الموظفين المسرحين", "المشتكين", "المشتكون",
        "اللي يشتكون", "اللي اشتكوا", "الشاكي", "المتظلمين", "رافعي الدعوى", "المتأثرين", "المتأثرون", "المنكوبين", "النازحين", "اللي تضرروا",
        "اللي خسروا",
    ])

    /// Saying the people harmed brought it on themselves: "had it coming", "natural
    /// selection", «يستاهلون اللي صار لهم». Only the phrases that cannot mean "deserve
    /// support": «يستاهلون كل الدعم» praises, «يستاهلون اللي صار» blames.
    public static let victimBlame = Concept("victim-blame", [
        "had it coming", "got what they deserved", "got what he deserved", "got what she deserved", "deserved what they got",
        "serves them right", "serves him right", "serves her right", "natural selection", "darwin award", "darwin awards", "their own fault",
        "brought it on themselves", "play stupid games", "that's what you get for", "=هذا جزاء",
        "=جائزة داروين", "=الانتقاء الطبيعي", "=يستاهل جائزة",
        // What the victims should have done: "should have listened to the warnings", «كان لازم يسمعون التحذيرات».
        "should have listened", "should've listened", "should have known better", "should've known better", "never learn",
        "should have stayed home", "should have evacuated", "=كان لازم يسمعون", "=كان لازم يسمعوا", "=كان المفروض يسمعون",
        "=ما يتعلمون", "=ما يتعلموا", "=لا يتعلمون",
        // Nobody to blame but the victims themselves: «محد يلوم إلا نفسه».
        "only have themselves to blame", "have only themselves to blame", "nobody to blame but themselves", "no one to blame but themselves",
        "act shocked", "=محد يلوم إلا نفسه", "=ما يلوم إلا نفسه", "=لا يلوم إلا نفسه", "=لا يلومن إلا نفسه", "=لا يلوموا إلا أنفسهم",
        "=لا يلومون إلا أنفسهم", "=جنى على نفسه", "=جنوا على أنفسهم",
        // «يستاهلون اللي حققوه» praises: only what befell them blames.
        "يستاهلون اللي صار", "يستاهل اللي صار", "يستاهلوا اللي صار", "تستاهل اللي صار", "يستاهل اللي جاه", "يستاهلون اللي جاهم",
        "يستاهل اللي يجراله", "يستاهلون اللي يجرالهم", "يستاهل ما جرى", "يستاهلون ما جرى", "يستحقون ما جرى", "يستحق ما جرى",
        "جنى على نفسه", "جنوا على أنفسهم", "جنوا على انفسهم", "على نفسها جنت براقش", "نالوا جزاءهم", "نال جزاءه", "ذنبهم على جنبهم",
        "هم السبب في اللي صار",
    ])

    // MARK: An inquiry still open

    /// Saying the inquiry, the case or the charge is not finished: "Civil Defence is still
    /// investigating", "hasn't charged anyone yet", «التحقيق لم يكتمل», «للحين ما خلص».
    public static let openInquiry = Concept("open-inquiry", [
        "still investigating", "still 'investigating'", "is investigating", "are investigating", "investigation is ongoing",
        "ongoing investigation", "inquiry is ongoing", "hasn't charged", "has not charged", "not yet charged", "yet to rule",
        "before the verdict", "before the court rules", "pending investigation", "the investigation continues",
        "لم يكتمل", "لم ينته", "لم تنته", "ما خلص", "ما خلصت", "للحين تحقق", "لا يزال التحقيق", "ما زال التحقيق", "التحقيق جار",
        "التحقيق جارٍ", "قيد التحقيق",
        "investigation or no investigation", "whatever the investigation says", "whatever the inquiry finds", "regardless of the investigation",
        "مهما قال التحقيق", "بغض النظر عن التحقيق", "القضاء سيقول كلمته", "سيقول القضاء كلمته", "المحكمة ستقول كلمتها", "اتحوّل للنيابة", "أحيل إلى النيابة", "قبل صدور الحكم", "قبل الحكم", "ما صدر الحكم",
        "under investigation", "being investigated", "investigations are continuing", "investigations are ongoing", "inquiry continues",
        "probe is ongoing", "probe continues", "pending the outcome", "pending the results", "awaiting the outcome", "before the findings",
        // Speaking ahead of an inquiry's report: the inquiry is still open.
        "before the inquiry reports", "before the investigation reports", "before the inquiry", "before the investigation",
        "ahead of the inquiry", "ahead of the investigation", "قبل صدور تقرير", "قبل انتهاء التحقيق", "قبل نتائج التحقيق",
        "قبل صدور نتائج التحقيق", "قبل انتهاء التحقيقات",
        "yet to conclude", "has not concluded", "hasn't concluded", "not yet concluded", "no charges yet", "no one has been charged",
        "yet to be charged", "still looking into", "cause is not yet known", "cause is unknown", "cause is still unknown", "pending trial",
        "awaiting trial", "case is still open", "case is pending", "sub judice", "before the court", "before the courts", "still under review",
        "التحقيقات جارية", "التحقيقات مستمرة", "التحقيق مستمر", "لا تزال التحقيقات", "ما زالت التحقيقات", "مازال التحقيق", "لم تكتمل التحقيقات",
        "لم تنته التحقيقات", "لم تصدر نتائج التحقيق", "بانتظار نتائج التحقيق", "بانتظار التحقيق", "في انتظار نتائج", "قبل صدور النتائج",
        "قبل انتهاء التحقيق", "الأسباب لا تزال", "لم يعرف السبب", "للحين يحققون", "التحقيق ما خلص", "القضية منظورة", "منظورة أمام", "أمام القضاء",
        "police are slow", "inquiry is a formality", "investigation is a formality", "=مجرد شكليات", "=التحقيق مجرد",
        "لم يصدر حكم", "لم توجه اتهامات", "لم توجه أي تهمة", "أحيلت إلى النيابة", "أحيلت القضية", "قيد النظر",
    ])
    /// Putting the blame on somebody: caused by, responsible, negligence, guilty, a thief.
    public static let blame = Concept("blame", [
        // Responsible for something, not of good character ("as a responsible organisation", "responsible drinking").
        "caused by", "was caused", "is responsible", "was responsible", "are responsible", "were responsible", "responsible for the",
        "responsible for this", "responsible for it", "held responsible", "hold responsible", "holds responsible", "negligence", "negligent", "to blame", "at fault", "guilty", "took money",
        "stole", "thief", "was speeding", "was drunk", "it was the", "spoiler",
        "بسبب إهمال", "إهمال", "المسؤولية الكاملة", "=نحمّل", "=نحمل", "يتحمل المسؤولية", "المسؤول", "الغلطان", "المتسبب",
        "حرامي", "سارق", "مسرع", "مذنب", "نهب", "اختلس", "سرق",
        "reckless", "careless", "carelessness", "human error", "his fault", "her fault", "their fault", "fully responsible", "solely responsible",
        "hold responsible", "sabotage", "embezzled", "cover-up", "covered up", "falsified", "caused the accident", "caused the fire",
        "caused the crash", "الإهمال", "=تهور", "متهور", "المقصر", "=تقصير", "=بتقصير", "المخطئ", "هو السبب", "هم السبب", "نحمله المسؤولية",
        "نحملهم المسؤولية", "يتحملون المسؤولية", "=تعمد", "مختلس", "مرتشي", "took a bribe", "the culprit is", "the culprit was",
    ])

    // MARK: Gloating and curses

    /// Something bad befalling someone: an arrest, an illness, a firm closing, a team
    /// relegated, a fire. Beside `glee`, it is the misfortune being enjoyed.
    public static let misfortune = Concept("misfortune", [
        "arrested", "been arrested", "jailed", "in jail", "in prison", "behind bars", "the cell", "sentenced", "hospitalised", "hospitalized",
        "in hospital", "injured", "injury", "out for the season", "torn acl", "administration", "went bust", "gone bust", "closed its doors",
        "closed their doors", "shut down", "relegated", "relegation", "hacked", "lost his house", "lost her house", "lost their homes",
        "lost his job", "lost their jobs", "sacked", "fired", "stranded", "meltdown", "outage", "died", "passed away", "dead", "heart attack",
        "fire", "floods", "flood", "earthquake", "scandal", "collapsed", "offline", "underwater", "fine", "fined", "penalty", "points deducted",
        "share price", "in hospital himself", "went under", "crashed", "went down", "down again", "=تعطل", "=تعطلت", "=معطل",
        "=طاح", "=طاحت", "=طايح", "lost the contract", "lost the airport contract", "=خسر عقد", "=خسرت عقد",
        "=قفلت أبوابها", "أغلقت أبوابها", "قفلت", "=أفلست", "=افلست", "=إفلاس", "=هبط", "=هبطوا", "=الهبوط", "=حبس", "=الحبس", "=سجن", "=السجن",
        "=انسجن", "=الزنزانة", "=اختراق", "=حريق", "=غرامة", "=فيضانات", "=الفيضانات", "=إفلاسه", "=إفلاسها", "=افلاسه", "أعلن إفلاسه",
        "راقد بالمستشفى", "راقد في المستشفى", "=واقعة", "خصموا النقاط", "=خصمو", "=العقوبة", "=تقال", "=أقيل", "=أقيلت", "=هلك", "=مات", "=توفي", "دخل المستشفى", "نقل إلى المستشفى", "نقل للمستشفى", "=إصابة", "=مرض",
        "=انصابوا", "=التسمم", "=زلزال", "=السيول", "=فضيحة", "=طرد", "=انطرد", "=خسروا", "=انهار", "=انهارت",
    ])
    /// Enjoying it: "karma keeps excellent books", "couldn't be happier", «من حفر حفرة لأخيه
    /// وقع فيها», «ربك يمهل ولا يهمل», popcorn. Not "justice will be served": the police say it.
    /// Not «الشماتة» itself: naming gloating is how a post refuses it («الشماتة ليست من أخلاقنا»).
    public static let glee = Concept("glee", [
        "karma", "couldn't have happened to a nicer", "could not have happened to a nicer", "best news we've had", "best news all week",
        "couldn't be happier", "could not be happier", "popcorn", "🍿", "keeps receipts", "does not forget", "doesn't forget",
        "take the lesson", "enjoy the cell", "good riddance", "what goes around comes around", "sweet revenge", "no tears here",
        "nobody will miss", "world can do without", "think twice before", "divine justice", "punishment from god", "god's punishment",
        "serves them right", "serves him right", "serves her right",
        "من حفر حفرة", "يمهل ولا يهمل", "يمهل وما يهمل", "الحمد لله على العدل", "=جزاه", "هذا جزاؤه", "هذا جزاؤهم", "أراح الله منه",
        "أراح الله منهم", "الله لا يرده", "الله يزيد فيه", "الله يزيده", "بيرجع الحق لأصحابه", "يرجع الحق لأصحابه", "يا حليلهم",
        "ولا عاد ترجعون", "فليعتبر", "عبرة لمن يعتبر", "=الفشار", "دعوة المظلوم", "عدالة السماء", "انتقام الله", "ربك بالمرصاد",
        "كما تدين تدان", "غير مأسوف عليه", "لا أسف عليه", "في ستين داهية", "داهية تاخده",
        // A misfortune called deserved or sent as punishment, in both languages as one idea:
        // "divine justice" is «عدالة إلهية», "poetic justice", "a taste of their own medicine".
        "poetic justice", "taste of their own medicine", "taste of his own medicine", "had it coming", "got what they deserved",
        "got what he deserved", "the tables have turned", "=عقاب من الله", "=عقاب إلهي", "=عقاب الله", "=عدالة إلهية", "=العدالة الإلهية",
        "=انتقام إلهي", "=الأيام دول", "=دارت الأيام", "=جاء دورهم", "=نالوا جزاءهم", "=نال جزاءه",
    ])
    /// Proverbs of retribution and farewells to an enemy that gloat on their own: «ربك يمهل
    /// ولا يهمل», «من حفر حفرة لأخيه وقع فيها», «الدنيا دوارة», "what goes around comes
    /// around", "good riddance". They need no misfortune named beside them: the proverb
    /// says one came. Not after a negation or in a quotation (the frame's modality).
    public static let retribution = Concept("retribution", [
        // Disclaiming the gloat while making it: «اللهم لا شماتة», "not to gloat, but".
        "=اللهم لا شماتة", "=ولا شماتة", "=لا نشمت", "no gloating, of course", "=الدنيا دوارة", "=الدنيا دوّارة", "=كما تدين تدان",
        "=سبحان مغير الأحوال", "=سبحان مغيّر الأحوال", "funny how life works", "god is patient", "not to gloat, but", "not to gloat but", "no schadenfreude, but", "no schadenfreude but",
        "يمهل ولا يهمل", "يمهل وما يهمل", "من حفر حفرة", "دعوة المظلوم", "كما تدين تدان", "من زرع الريح", "الدنيا دوارة", "الدنيا دوّارة",
        "ما طار طير وارتفع", "من نفس الكاس", "من نفس الكأس", "غير مأسوف عليه", "في ستين داهية", "داهية تاخده", "ولا عزاء",
        "الله لا يرحمه", "الله لا يرحمو", "الله لا يرحمهم", "الله لا يردكم", "الله لا يرده", "أراح الله منه", "أراح الله منهم", "ريح البلد والعباد",
        "good riddance", "what goes around comes around", "couldn't happen to a nicer", "couldn't have happened to a nicer",
        "could not have happened to a nicer", "karma has a", "karma is a", "karma keeps", "serves them right", "serves him right",
        "justice tastes sweet", "where he belongs", "where they belong", "hope he rots", "rots in there",
        // The wheel of time turning on an enemy, as «الدنيا دوارة» says it.
        "=الدهر دوار", "=الدهر دوّار", "=نوائب الدهر تدور", "=دارت الدائرة عليهم", "=دارت عليهم الدائرة",
    ])
    /// Wishing someone harm: "may he never know another healthy day", «الله ياخذه», «عسى ما
    /// يقوم». On an official account a curse is an attack, whatever its target did.
    public static let curse = Concept("curse", [
        "never know another healthy day", "hope he rots", "hope they rot", "hope she rots", "hope he suffers", "hope they suffer",
        "heart finally gives out", "may he rot", "may they rot", "may god curse", "curse them",
        "الله ياخذه", "الله ياخذهم", "الله ياخذها", "الله لا يوفقه", "الله لا يوفقهم", "الله ينتقم منه", "الله ينتقم منهم", "عسى ما يقوم",
        "ما يقوم من الفرشة", "يشوف بحاله", "يشوف بحالو", "الله يبتليه", "=الله يهده", "الله يخسف به", "يا رب يمرض", "الله يشله",
        "ما يقوم إلا على عكاز", "إلا على عكاز", "=لا توفقه", "=لا توفقهم", "black day awaits",
        // A black day wished on someone, not lamented: «كان يوماً أسود على عائلات الضحايا» grieves.
        "ينتظره يوم أسود", "ينتظرهم يوم أسود", "ينتظرها يوم أسود", "يوم أسود ينتظره", "يوم أسود ينتظرهم", "يوم أسود ينتظرك",
        "يوم أسود بانتظاره", "يوم أسود بانتظارهم", "يشوف يوم أسود", "بيشوف يوم أسود", "سيرى يوما أسود", "سيرى يوماً أسود",
        "الله يوريه يوم أسود", "الله يوريهم يوم أسود", "أره يوما أسود", "أره يوماً أسود", "أره يوم أسود", "أرهم يوما أسود",
        "أرهم يوماً أسود", "أرهم يوم أسود", "أرني فيه يوم أسود", "أرني فيه يوما أسود", "أرني فيه يوماً أسود", "أرنا فيه يوما أسود",
        "أرنا فيه يوماً أسود", "أرنا فيهم يوما أسود", "أرنا فيهم يوماً أسود",
    ])

    // MARK: Laughter, and declining to prejudge

    /// Laughing: at a regulator or at people who were harmed, it is mockery. Narrower than
    /// `levity`, which also holds congratulations.
    public static let laughter = Concept("laughter", [
        "lol", "lmao", "haha", "hahaha", "rofl", "😂", "🤣", "😆", "😜", "🙃", "😹", "هههه", "ههههه", "هههههه",
        "lmfao", "hahahaha", "hehe", "hehehe", "lolol", "lolz", "xd", "🤭", "😝", "😛", "ههه", "ههههههه", "هههههههه", "خخخ", "خخخخ", "خخخخخ", "هاهاها", "لول",
    ])
    /// Declining to prejudge: "we will not speculate", «لن نستبق النتائج».
    /// Talk of coincidence: beside an incident it asks the reader to see a hand behind it
    /// ("Coincidence? I stopped believing in coincidences", «هل هي صدفة؟»).
    public static let coincidence = Concept("coincidence", [
        "coincidence", "coincidences", "coincidental", "=صدفة", "=الصدفة", "=صدف", "=الصدف", "=مصادفة", "=المصادفة",
    ])
    /// Disbelief of the official account, or the question of who gains: "we're supposed to
    /// believe it's bad wiring again", "who benefits", «مين المستفيد». Beside an incident it
    /// points at a culprit without naming one.
    public static let insinuation = Concept("insinuation", [
        "supposed to believe", "expect us to believe", "want us to believe", "weren't born yesterday", "wasn't born yesterday",
        "who benefits", "who exactly benefits", "who gains", "cui bono", "we all know the answer", "we all know who", "everyone knows who", "you do the math", "connect the dots",
        "عايزينا نصدق", "تبونا نصدق", "تبينا نصدق", "بدهم ياناننصدق", "بدكن نصدق", "يريدوننا أن نصدق", "مين المستفيد", "من المستفيد",
        "مين اللي مستفيد", "منو المستفيد", "الإجابة واضحة", "الجواب واضح", "محدش يستعبط", "كلنا نعرف مين",
        // Who is known, said of who is behind it: «الكل يعرف من هو الفائز» knows a winner.
        "الكل يعرف من وراء", "الكل يعرف من يقف وراء", "الكل يعرف من المستفيد", "الكل يعرف من المسؤول", "الكل يعرف من السبب",
        "الكل يعرف مين ورا", "الكل يعرف مين وراء", "الكل يعرف مين المستفيد", "الكل يعرف مين السبب",
        // The timing laid beside a rival's loss, then "just an observation": the reader is left
        // to name the culprit. Said beside an incident only (the frame's other part).
        // Not "we all know how this ends": before a tender or a final it is confidence.
        // Nor "just saying" alone: it closes any opinion ("…a shopping trip. Just saying").
        "just an observation", "draw your own conclusions", "draw your conclusions",
        "the same week that", "the same day that", "the same week the", "funny timing", "interesting timing",
        "convenient timing", "=مجرد ملاحظة", "=مجرد تساؤل", "=مجرد سؤال", "=استنتجوا",
        "=نفس الأسبوع اللي", "=نفس الأسبوع الذي", "=بنفس الأسبوع اللي", "=في نفس الأسبوع الذي", "=نفس اليوم اللي", "=نفس اليوم الذي",
        "=توقيت غريب", "=توقيت مريب", "=توقيت لافت",
    ])

    public static let restraint = Concept("restraint", [
        "will not speculate", "won't speculate", "not speculate", "not going to speculate", "leave the findings",
        "await the findings", "awaiting the findings", "let the investigation", "لن نستبق", "ولن نستبق", "لا نستبق", "ولا نستبق", "=نستبق", "ننتظر نتائج",
        "بانتظار نتائج", "نترك للجهات", "لن نتكهن",
        "will not prejudge", "won't prejudge", "not prejudge", "not jump to conclusions", "won't jump to conclusions", "leave it to the authorities",
        "leave it to the investigators", "let the authorities", "await the outcome", "awaiting the outcome", "await the results",
        "until the investigation concludes", "لا نستبق الأحداث", "نترك الأمر للجهات المختصة", "نترك التحقيق يأخذ مجراه", "ننتظر ما يسفر عنه التحقيق",
        "بانتظار ما تسفر عنه", "لن نتهم", "لا نتهم أحدا", "لن نخوض في الأسباب", "لن نعلق على الأسباب",
        // The culprit sought, not named: "the investigation to identify the arsonist", «تبحث
        // الجهات عن مفتعل الحريق». The perpetrator's noun says there is one, not who.
        "to identify the", "identify who", "searching for the", "search for the", "looking for the", "hunt for the",
        "anyone with information", "لمعرفة", "للتعرف على", "تحديد هوية", "=تبحث عن", "=يبحث عن", "=البحث عن", "من لديه معلومات",
        // The presumption of innocence, said beside the charge.
        "presumed innocent", "presumption of innocence", "innocent until proven guilty", "المتهم بريء حتى تثبت إدانته",
        "بريء حتى تثبت إدانته", "بريء حتى تثبت ادانته", "قرينة البراءة", "الأصل في المتهم البراءة",
    ])
    /// A behaviour's danger told to everyone, or protection from it offered: "reckless
    /// driving puts lives at risk", «حماية الأطفال من الإساءة أو الإهمال». The fault is a
    /// kind of act, not a party's part in a case.
    public static let dangerWarning = Concept("danger-warning", [
        "puts lives at risk", "put lives at risk", "putting lives at risk", "endangers lives", "endanger lives", "costs lives",
        "saves lives", "can be fatal", "protect children from", "protecting children from", "protection from",
        "=تعرض الأرواح", "=يعرض الأرواح", "=تعرض حياة", "=يعرض حياة", "=تهدد الأرواح", "=يهدد الأرواح", "=حماية", "=لحماية",
        "=الوقاية من", "=للوقاية من",
        // Causes counted across all accidents, as statistics: "speeding remains the leading
        // cause of serious crashes", «أبرز أسباب الحوادث». No party's part in one case.
        "leading cause of", "leading causes of", "main cause of", "main causes of", "most common cause", "most common causes",
        "=أبرز أسباب", "=أهم أسباب", "=أكثر أسباب", "=من أبرز أسباب", "=السبب الأول في", "=السبب الرئيسي في",
    ])
    /// A court's own notice of insolvency proceedings: a trustee appointed, creditors
    /// invited to claim. The court reports a proceeding; no company speaks of its cash.
    public static let courtNotice = Concept("court-notice", [
        "court has appointed", "court appointed", "court-appointed", "bankruptcy proceedings", "creditors are invited",
        "creditors are requested", "submit their claims", "=أمين التفليسة", "=أمينا للتفليسة", "=أمينًا للتفليسة",
        "=عينت المحكمة", "=على الدائنين", "=تقديم مطالباتهم",
    ])
}
