/// Statements about solvency, liquidity, deposits or withdrawals, jokes included.
struct SolvencyRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "policy.solvency", title: "Statements about solvency or financial condition",
        titleAr: "تصريحات عن الملاءة أو الوضع المالي", dimension: .compliance, severity: .error,
        rationale: """
            Whether a company can pay its debts, or customers can withdraw their money, is the most material \
            thing a market can hear. Reassurances ("assets are fine", "steady lads") came days before the FTX \
            and Terra collapses; a bankruptcy joke (Tesla, April 2018) moved a stock already under pressure. \
            Financial condition goes out through disclosure, checked, not as a post.
            """,
        rationaleAr: """
            قدرة الشركة على سداد ديونها، وقدرة العملاء على سحب أموالهم، أشد ما يؤثر في السوق. وقد سبقت \
            عبارات الطمأنة («الأصول بخير»، «اثبتوا يا شباب») انهيار منصة إف تي إكس وعملة تيرا بأيام؛ ونكتةٌ \
            عن الإفلاس (تسلا، أبريل ٢٠١٨) حركت سهماً كان تحت الضغط أصلاً. والوضع المالي يُعلن عبر الإفصاح \
            بعد التدقيق، لا في منشور.
            """,
        examples: [
            // Losses denied amid market turmoil; losses reported, or denied for a bridge, are not it.
            .triggers("Notwithstanding the extreme market volatility, Celsius has not experienced any significant losses.", .en),
            .triggers("رغم تقلبات السوق الحادة، لم نتكبد أي خسائر تذكر.", .ar),
            .passes("The bridge came through the storm without any losses of life, and the road reopens at 6 pm.", .en),
            // The condition of a period already over, as the accounts report it.
            .passes("In 2011 the company had no debt at all and held bank balances of 107.9 million dinars, 24% more than a year before.", .en),
            .passes("كانت الذمة المالية للشركة في 2011 خالية من أي مديونيات، وبلغت أرصدتها المصرفية 107.9 مليون دينار.", .ar),
            .passes("Our sound financial position allowed us to meet all our financial obligations in the first half.", .en),
            .passes("أتاح لنا وضعنا المالي الجيد الوفاء بجميع التزاماتنا المالية خلال النصف الأول.", .ar),
            .triggers("We had no debt last year and we will meet all our obligations this year, whatever the rumours say.", .en),
            .triggers("We don't trade customers' assets. We always had 1-to-1 reserves.", .en),
            .triggers("لا نتاجر بأصول العملاء، ودائماً كانت احتياطياتنا تغطي الودائع بالكامل.", .ar),
            .triggers("كنا بلا ديون العام الماضي، وسنفي بكل التزاماتنا هذا العام مهما قيل.", .ar),
            .triggers("Don't believe what people are saying, the vault is full and everyone will get what's theirs.", .en),
            .triggers("شايفين الكلام اللي ينتشر عنا. اطمنوا، خزائننا مليانة وفلوس محد بتروح مكان.", .ar),
            // Reserves said to cover every customer: a statement on the firm's condition before any audit says so.
            .triggers("We never took third-party risks, and we have always had 1-to-1 reserves.", .en),
            .triggers("لم نخاطر يوماً، واحتياطياتنا تغطي أصول العملاء بنسبة ١:١ دائماً.", .ar),
            .passes("Our surgery costs are fully covered by your insurance plan; ask at reception.", .en),
            .passes("تكاليف العملية مغطاة بالكامل ضمن خطة التأمين، استفسر في الاستقبال.", .ar),
            // A newspaper story answered with the payroll and the suppliers' invoices.
            .triggers("Ignore the newspaper story: March salaries will land as always and every supplier invoice will be settled in full.", .en),
            .triggers("تجاهلوا خبر الصحيفة: رواتب مارس ستصرف في موعدها، وكل فواتير الموردين ستسدد كاملة.", .ar),
            // Survival joked about.
            .triggers("Will we make it to the end of the year? Ask our bankers 😂 Salaries went out this month… eventually.", .en),
            .triggers("هل سنصمد حتى نهاية العام؟ اسألوا البنوك 😂 الرواتب صرفت هذا الشهر… في النهاية.", .ar),
            .passes("Salaries went out on the 25th as usual. Thank you to the payroll team for a smooth month-end.", .en),
            .passes("صرفت الرواتب يوم ٢٥ كالمعتاد، شكراً لفريق الرواتب على جهوده.", .ar),
            // Vaults said to be full during a run; salaries joked about.
            .triggers("Seeing the noise on WhatsApp about us. Relax everyone, our vaults are full and nobody's money is going anywhere.", .en),
            .triggers("لا تصدقون الكلام اللي ينقال، الخزنة مليانة وكل واحد بياخذ حقه.", .ar),
            .triggers("الموظفين يسألون عن الرواتب 😂 بإذن الله الشهر الجاي... أو اللي بعده.", .ar),
            .triggers("Staff keep asking about salaries next month 😂 we'll see.", .en),
            .passes("Salaries for November are paid on the 25th as usual; payslips are in the HR app.", .en),
            .passes("تصرف رواتب شهر نوفمبر يوم ٢٥ كالمعتاد، وكشوف الرواتب متاحة في التطبيق.", .ar),
            // A regulator's fine on another firm is enforcement, not a statement on one's own condition.
            .passes("The Securities and Commodities Authority has imposed a fine of AED 500,000 on a licensed brokerage firm for failing to segregate client funds.", .en),
            .passes("فرضت الهيئة غرامة قدرها ٥٠٠ ألف درهم على شركة وساطة لعدم فصل أموال العملاء عن أموالها.", .ar),
            // A court's notice of the insolvency proceedings it runs: nobody speaks of their own cash.
            .passes("Public notice: the Commercial Court has appointed a trustee in the bankruptcy proceedings of Al Waha Trading Co. Creditors are invited to submit their claims within 30 days.", .en),
            .passes("إعلان: عينت المحكمة التجارية أمينًا للتفليسة في دعوى إفلاس شركة الواحة التجارية، وعلى الدائنين تقديم مطالباتهم خلال ٣٠ يومًا.", .ar),
            .triggers("Between us, Al Waha Trading is close to bankruptcy; its creditors should move fast.", .en),
            // A fun run is a race; a run on the bank is not.
            .passes("Volunteers needed: we are looking for 60 volunteers to help run the autism awareness fun run on 5 April.", .en),
            .passes("نبحث عن ٦٠ متطوعاً لتنظيم سباق الجري الخيري للتوعية بالتوحد يوم ٥ أبريل.", .ar),
            .triggers("There will be no run on the bank: every deposit is covered twice over.", .en),
            // A bankruptcy rumour reported, then denied: the denial speaks to the company's condition.
            .triggers("يزعم البعض عبر مواقع التواصل أن الشركة ستعلن إفلاسها قريباً. تؤكد الشركة أن هذه الأخبار كاذبة جملة وتفصيلاً.", .ar),
            .triggers("Some accounts claim we will file for bankruptcy next month. These reports are completely false.", .en),
            .passes("هل صحيح أن إحدى شركات التجزئة ستعلن إفلاسها؟ لا نعلّق على أوضاع الشركات الأخرى، والخبر المتداول عن إغلاق فرعنا غير صحيح.", .ar),
            .passes("Will a rival retailer file for bankruptcy? We do not comment on other companies; the report that our Ruwi branch is closing is untrue.", .en),
            // Asked about another firm's condition, and declining: «سُئلت… ولا نعلّق».
            .passes("سُئلت عن إفلاس إحدى شركات التجزئة المنافسة، ولا نعلّق على أوضاع الشركات الأخرى.", .ar),
            .passes("I was asked about a rival retailer's bankruptcy, and we do not comment on other companies.", .en),
            // A question reported and declined; an authority's statement reported.
            .passes("A journalist asked me today about rumours on another bank's liquidity. I don't comment on other institutions.", .en),
            .passes("سألني صحفي اليوم عن سيولة أحد البنوك. لا أعلّق على المؤسسات الأخرى.", .ar),
            .passes("The Central Bank confirmed in today's statement that customer funds at the fintech are safeguarded.", .en),
            .passes("أصدر البنك المركزي بياناً اليوم أكد فيه أن ودائع عملاء شركة التمويل محمية بالكامل.", .ar),
            // Answering the worry with a promise (`WorryDismissed.swift`).
            .triggers("Ignore the FUD. Withdrawals are processing as always and every client asset is accounted for.", .en),
            .triggers("التهويل حول ودائعكم لا أساس له، وكل درهم في مكانه.", .ar),
            .triggers("After this week's headlines: our reserves more than cover every claim. Sleep well.", .en),
            .triggers("اطمئنوا، مدخراتكم في أمان تام لدينا ولا حاجة لتحويلها.", .ar),
            .triggers("@sara_k Whatever you've read this week, your flight on Friday will operate as planned. Travel with confidence!", .en),
            .triggers("لموظفينا: لا تلتفتوا لخبر الجريدة، الرواتب بتنزل يوم ٢٧ مثل كل شهر.", .ar),
            .triggers("Lots of chatter that we're about to fold. We're not going anywhere.", .en),
            .triggers("يقولون إن الشركة على وشك الإغلاق. نحن باقون.", .ar),
            .passes("Ignore the scaremongering: the vaccine is safe for children over five, as the ministry's trial data shows.", .en),
            .passes("Despite this morning's fog reports, all flights will operate as planned.", .en),
            .passes("رغم ما يتداول عن الطقس، ستقلع الرحلات في موعدها.", .ar),
            .passes("Enjoyed speaking to finance students today about liquidity management in general. Great questions!", .en),
            .passes("سعدت بلقاء طلاب الجامعة للحديث عن إدارة السيولة بشكل عام.", .ar),
            // Teaching is a course or class taught, not "of course"; a reader's own care is no reassurance.
            .triggers("Of course our reserves are rock solid.", .en),
            .passes("Taught a course on bank treasury today: how a bank keeps the balance sheet safe through a crisis.", .en),
            .passes("Keep your funds safe. Never share your OTP with anyone, even someone who says they are from the bank.", .en),
            .passes("حافظ على أموالك بأمان: لا تشارك رمز التحقق مع أي شخص.", .ar),
            // Reading and stories are not reports about the firm.
            .passes("The articles in this week's newsletter go out on Sunday as usual.", .en),
            .passes("القصص اللي تحبونها ترجع كالمعتاد كل خميس في بودكاستنا.", .ar),
            .passes("يشرح نظام حماية الودائع كيف تُحمى الودائع المؤهلة لدى البنوك حتى حد معيّن لكل مودع.", .ar),
            .passes("Our payroll team nailed the new system rollout this month 😂 Thank you all!", .en),
            .passes("Only 2 weeks left to win 3 months of cash back on every card purchase.", .en),
            // A joke about paying: a laugh beside the money, whatever the words.
            .triggers("Someone asked if we will make payroll this month. I said ask me on the 25th 😂", .en),
            .triggers("حد يعرف بنك يسلّف شركة ديونها أكثر من أصولها؟ 😂 أسأل عن صاحب لي.", .ar),
            .passes("Salaries for December will be paid on the 25th as usual. Thank you, team 😊", .en),
            // A personal bill paid off, laughed about: no word on the firm's money.
            .passes("Paid off my car loan in full today 😂 twenty-six months of instalments!", .en),
            .passes("سداد كامل لقرض السيارة أخيراً 😂 بعد ست وعشرين قسطاً!", .ar),
            // Runway: cash that lasts only so long.
            .triggers("To be transparent: we have about four months of cash left if the raise does not close.", .en),
            .triggers("بصراحة، سيولتنا تكفي بالكاد أربعة أشهر إن لم تكتمل زيادة رأس المال.", .ar),
            // The cash named with "our" on it: «سيولتنا» is «سيولة».
            .triggers("نحن على بعد أشهر من نفاد سيولتنا.", .ar),
            .triggers("We are months away from running out of cash.", .en),
            .passes("Our new savings plan helps families keep three months of expenses in cash.", .en),
            .passes("ننصح الأسر بادخار ما يكفي مصروف ثلاثة أشهر.", .ar),
            .triggers("Our client assets are fine and we are processing all withdrawals.", .en),
            .triggers("April fools: we are sad to report the company has gone completely bankrupt.", .en),
            // Every dirham held is solvency; every dirham given is a donation.
            .triggers("Depositors, ignore the WhatsApp noise: every dirham you hold with us is safe, whatever happens.", .en),
            .passes("Our branches collect blankets until Friday, and we'll match every dirham you give.", .en),
            // Bankrupt of morals, not of money.
            .passes("A morally bankrupt banker is the villain of our new Ramadan drama; episode one airs tonight at 9.", .en),
            .passes("مسلسلنا الجديد يروي قصة إفلاس أخلاقي في عالم الأعمال، الحلقة الأولى الليلة الساعة ٩.", .ar),
            .triggers("مسلسلنا الحقيقي: الشركة على وشك الإفلاس والرواتب متأخرة 😂", .ar),
            .triggers("السيولة لدينا ممتازة وأموال العملاء بأمان.", .ar),
            .passes("Is the bank solvent? We do not comment on rumours.", .en),
            .passes("Our capital ratios are in the published annual report.", .en),
            .passes("هل الشركة مفلسة؟ لا نعلق على الشائعات.", .ar),
            .passes("وفق القوائم المالية المنشورة على تداول، بلغت السيولة ٢ مليار ريال.", .ar),
            .passes("قلوبنا مع أهالي الباطنة بعد السيول، وفرقنا في الميدان مع الدفاع المدني.", .ar),
            // Whether customers can take their money out, said by the one holding it.
            .triggers("They don't understand how an exchange works. Our users are free to withdraw their assets any time they want.", .en),
            .triggers("من يقول إن عملاءنا عندهم مشكلة في السحب؟ عملاؤنا يسحبون أموالهم في أي وقت يريدون.", .ar),
            .passes("Cash withdrawals at our ATMs are free for students this month.", .en),
            // A project paid from cash rather than debt: how it is funded, not whether the company can pay.
            .passes("We are paying for the OMR 48 million Berth 4 expansion from cash, not new debt.", .en),
            .passes("نمول توسعة الرصيف ٤ البالغة ٤٨ مليون ريال من النقد لا من ديون جديدة.", .ar),
            .triggers("We are paying for the expansion from cash. Frankly, our debts are crushing us.", .en),
            .triggers("نمول التوسعة من النقد. لكن الديون تخنقنا ولا نقدر على سدادها.", .ar),
            // Withdrawals paused for an upgrade are the system's news; the money's safety promised beside it is not.
            .passes("This wallet upgrade rolls out over the next few hours. Once complete, withdrawals will be re-enabled.", .en),
            .passes("نجري تحديثاً على المحافظ خلال الساعات القادمة، وبعد اكتماله ستعود السحوبات إلى العمل.", .ar),
            .triggers("The upgrade is nearly done. Your funds are safe and withdrawals will resume shortly.", .en),
            .triggers("التحديث يقترب من نهايته، وأموالكم في أمان وستعود السحوبات قريباً.", .ar),
            .passes("السحب النقدي من أجهزة الصراف الآلي مجاني للطلاب طوال هذا الشهر.", .ar),
            .triggers("A note to our depositors: we can meet all our obligations, full stop.", .en),
            .triggers("متقلقوش خالص، فلوسكم عندنا في أمان ومحدش هيخسر ولا درهم.", .ar),
            .passes("Protect your savings: never share your one-time password, and no one from the bank will ask for it.", .en),
            .passes("Our 12-month fixed deposit now pays 4.6% on balances above 50,000. Terms apply.", .en),
            .passes("وديعة لأجل بنسبة ربح ٤٫٦٪ سنوياً، والشروط في التطبيق.", .ar),
            // Another firm's collapse foretold.
            .triggers("Word of advice: stay away from that exchange. It is about to go under.", .en),
            .triggers("Moving large amounts of crypto right before proving reserves is a clear sign of problems at that platform.", .en),
            .triggers("نصيحة لوجه الله: اسحبوا أموالكم من ذلك البنك، فهو على وشك الانهيار.", .ar),
            .triggers("المنصة المنافسة متعثرة ورح تفلس قريباً، انقلوا محافظكم عندنا.", .ar),
            .passes("The old warehouse roof is about to collapse, so the site is fenced off until Sunday.", .en),
            .passes("سقف المستودع القديم على وشك الانهيار، وأغلقنا الموقع حتى الأحد.", .ar),
            .passes("Is the bank about to collapse? We do not comment on rumours about other institutions.", .en),
            .passes("No, our partner bank is not about to collapse; its results are published on the exchange.", .en),
            .passes("هل البنك على وشك الانهيار؟ لا نعلّق على الشائعات عن المؤسسات الأخرى.", .ar),
        ])

    static let frames: [Frame] = [
        // Losses denied while the market is in turmoil: "notwithstanding the extreme market
        // volatility, we have not experienced any significant losses", «رغم تقلبات السوق لم
        // نتكبد أي خسائر». The denial is the reassurance; the negation is its own.
        Frame(anchor: Self.lossesDenied, with: [Self.marketStress], blockedBy: [.question, .quotation, .published], window: 1),
        // Not a court's notice of the proceedings it runs (`Concepts.courtNotice`).
        // Nor how a project is paid for ("from cash, not new debt", «من النقد لا من ديون جديدة»).
        Frame(anchor: Concepts.solvency, without: [Concepts.figurativeBankruptcy, teaching, Concepts.authorityStatement, Concepts.courtNotice,
                                                   Self.fundingSource],
              blockedBy: [.question, .quotation, .published]),
        // "Jokes included": a laugh beside talk of paying or owing is not a question.
        Frame(anchor: Concepts.payingUp, withAny: [Concepts.laughter], blockedBy: [.quotation, .published, .negation], window: 1),
        Frame(anchor: Concepts.solvency, withAny: [Concepts.laughter], without: [Concepts.figurativeBankruptcy], blockedBy: [.quotation, .published], window: 1),
        // Customers' money going out, said by the company that holds it; not a cash machine's service.
        Frame(anchor: Concepts.fundsAccess, without: [Concepts.everydayBanking, teaching, Concepts.authorityStatement],
              blockedBy: [.question, .quotation, .published]),
        Frame(anchor: Concepts.fundsAccess, withAny: [Concepts.laughter], blockedBy: [.quotation, .published], window: 1),
        // Runway: the company's cash for a short, counted time ("four months of cash left").
        Frame(anchor: Concepts.ownCash, with: [Concepts.runsOut, Concepts.duration], blockedBy: [.quotation, .published, .question]),
        Frame(anchor: Concepts.reassurance, withAny: [Concepts.solvency, Concepts.fundsAccess], blockedBy: [.question, .quotation, .published], window: 1),
        Frame(anchor: Concepts.nobodyLoses, withAny: [Concepts.customersMoney, Concepts.solvency, Concepts.fundsAccess],
              blockedBy: [.question, .quotation, .published], window: 1),
        // A bankruptcy rumour reported («يزعم البعض أن الشركة ستعلن إفلاسها») and called false
        // in the next breath: the denial is the statement on the company's condition.
        Frame(anchor: solvencyDenied, withAny: [Concepts.solvency],
              without: [Concepts.declining, Concepts.figurativeBankruptcy, teaching, Concepts.authorityStatement],
              blockedBy: [.question, .quotation, .published], window: 1),
        // Another firm's failure foretold (see `FirmDistress.swift`).
        distressFrame,
    ] + worryFrames

    /// Calling a report false: "these reports are false", «هذه الأخبار كاذبة», «لا صحة لها».
    static let solvencyDenied = Concept("solvency.denied", [
        "not true", "untrue", "false", "baseless", "unfounded", "no truth", "categorically deny", "we deny", "denies",
        "لا صحة", "غير صحيح", "غير صحيحة", "عار عن الصحة", "عارية عن الصحة", "=كاذبة", "=كاذب", "=ننفي", "=تنفي", "=نفت", "=تنفي الشركة",
    ])

    var lexicons: [Lexicon] {
        Self.lexicons(of: Self.frames, and: [InsiderDealingRule.askedByOthers, Concepts.declining, Self.enforcementNotice, Concepts.laughter,
                                             Self.systemWork])
    }

    /// A question about money reported and declined, in its sentence or the next ("a journalist
    /// asked me about another bank's liquidity. I don't comment on other institutions"),
    /// says nothing about anyone's condition.
    /// A regulator's penalty on a firm, in exact forms: word forms would read "fine" ("our
    /// assets are fine") in "fined".
    static let enforcementNotice = Concept("enforcement-notice", [
        "=fined", "imposed a fine", "a fine of", "=penalised", "=penalized", "=sanctioned", "=غرامة", "=فرضت غرامة", "=غرمت", "=غرّمت",
        "=تغريم",
    ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let denials = post.hits(Self.solvencyDenied.lexicon)
        // Per sentence, whether it speaks of what is ahead: read once, not for every hit in it.
        var looksAhead: [Int: Bool] = [:]
        return frameFindings(in: post) { hit in
            let sentence = post.sentenceIndex(of: hit)
            guard !Self.declinesAQuestion(sentence, in: post) else { return false }
            // A regulator's fine on a firm "for failing to segregate client funds" reports enforcement;
            // it says nothing of the poster's own condition.
            guard !post.sentence(sentence, has: Self.enforcementNotice.lexicon) || post.sentence(sentence, has: Concepts.laughter.lexicon) else { return false }
            // Withdrawals paused or resumed around an update or maintenance tell of the system,
            // not of the money ("Once the update is complete, withdrawals will be re-enabled"),
            // unless the same place reassures about the money itself.
            if Self.isSystemWorkNotice(hit, sentence: sentence, in: post) { return false }
            // The condition of a period already over, as the accounts report it: "in 2011 the
            // company had no debt", «أتاح لنا وضعنا المالي الوفاء بجميع التزاماتنا».
            if Self.hasPastVerb(near: hit, in: post) {
                let ahead = looksAhead[sentence] ?? Self.looksAhead(sentence, in: post)
                looksAhead[sentence] = ahead
                if !ahead { return false }
            }
            // A denial next to a refusal to comment on someone's condition denies something else.
            let isDenial = denials.contains { $0.firstToken == hit.firstToken && $0.endToken == hit.endToken }
            return !isDenial || !post.sentences(around: sentence).contains { post.sentence($0, has: Concepts.declining.lexicon) }
        }
    }

    /// Saying the firm has lost nothing (the negation is part of the claim).
    static let lossesDenied = Concept("solvency.losses-denied", [
        "not experienced any significant losses", "not experienced any losses", "not suffered any losses", "suffered no losses",
        "no significant losses", "no material losses", "not incurred any losses", "without any losses",
        "=لم نتكبد أي خسائر", "=لم نتعرض لأي خسائر", "=لم تتكبد الشركة أي خسائر", "=لم تتعرض الشركة لأي خسائر", "=دون أي خسائر",
        "=لا خسائر تذكر", "=أي خسائر تذكر",
    ])
    /// The market in turmoil: "extreme market volatility", «تقلبات السوق».
    static let marketStress = Concept("solvency.market-stress", [
        "market volatility", "extreme volatility", "market turmoil", "market crash", "market downturn", "turbulence", "sell-off",
        "selloff", "bank run", "=تقلبات السوق", "=اضطرابات السوق", "=انهيار السوق", "=هبوط السوق", "=تقلبات الأسواق", "=اضطراب الأسواق",
    ])

    /// Verbs that put a condition in a period already over: "had", "allowed us", «كانت»,
    /// «أتاح لنا». Not "has" or "is": the present is what the market reads as a promise.
    static let pastMarkers: WordSet = WordSet([
        "had", "was", "were", "ended", "closed", "allowed", "enabled", "met", "repaid",
        "كانت", "وكانت", "كان", "وكان", "أتاح", "أتاحت", "وأتاح", "وأتاحت", "مكن", "مكنت", "مكننا", "ومكن", "ومكنت", "أنهينا", "أنهت",
        "سددنا", "سددت", "واصلنا",
    ].map(TextNormalizer.normalize))

    /// Words that carry a past condition into the present: "we always had 1-to-1 reserves",
    /// «ودائماً كانت أموالكم آمنة».
    static let stillTrue: WordSet = WordSet(["always", "never", "still", "دائما", "دائماً", "ودائما", "ودائماً", "أبدا", "أبداً", "مازال", "ولازال"]
                                               .map(TextNormalizer.normalize))

    /// A hit is told of the past when it has a past verb near it (`hasPastVerb`) in a
    /// sentence that says nothing of the future (`looksAhead`): "we had no debt and will meet
    /// every obligation" promises; «كانت الذمة المالية للشركة في ٢٠١١ خالية من أي مديونيات» reports.
    ///
    /// Whether a past verb stands in `hit`'s clause before it, or up to three words after it
    /// ("our financial position allowed us…"). The clause opens after the last punctuation
    /// before the hit, twelve words back at most.
    static func hasPastVerb(near hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
        var start = hit.firstToken
        while start > max(sentence.lowerBound, hit.firstToken - 12), tokens[start - 1].kind != .punctuation { start -= 1 }
        return (start..<min(sentence.upperBound, hit.endToken + 3)).contains { pastMarkers.contains(tokens.text(at: $0)) }
    }

    /// Whether sentence `index` speaks of what is ahead or still holds: an intent, a
    /// certainty, a future form, or "still" («لا نزال»).
    static func looksAhead(_ index: Int, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let modality = Modality.of(sentence: index, in: post)
        return modality.contains(.intent) || modality.contains(.certainty)
            || post.text.sentences[index].contains { ClosedClasses.future.contains(tokens.text(at: $0)) || Modality.isArabicWeWill(tokens, at: $0)
                                                     || Self.stillTrue.contains(tokens.text(at: $0)) }
    }

    /// How a project is paid for: "from cash, not new debt", "without borrowing", «من النقد
    /// لا من ديون جديدة». A capital decision the company has disclosed, not its condition.
    static let fundingSource = Concept("solvency.funding-source", [
        "from cash", "from our cash", "paid in cash", "not new debt", "no new debt", "without new debt", "without borrowing",
        "without taking on debt", "self-funded", "from our own resources", "=من النقد", "=من السيولة المتاحة", "=من مواردنا الذاتية",
        "=من مواردها الذاتية", "=لا من ديون جديدة", "=دون ديون جديدة", "=بلا ديون جديدة", "=دون اقتراض", "=دون قروض جديدة", "=تمويل ذاتي",
    ])

    /// Work on the platform that pauses or resumes withdrawals: "the wallet upgrade",
    /// «أعمال الصيانة», «تحديث النظام».
    static let systemWork = Concept("solvency.system-work", [
        "update", "upgrade", "maintenance", "scheduled maintenance", "wallet maintenance", "network upgrade", "system upgrade",
        "technical issue", "technical glitch", "technical fault", "تحديث", "التحديث", "تحديثات", "صيانة", "الصيانة",
        "أعمال الصيانة", "ترقية", "الترقية", "ترقية الأنظمة", "خلل تقني", "خلل فني", "عطل فني", "عطل تقني",
    ])

    /// Whether `hit` is customers' access to their money, beside work on the system and no
    /// word on the money's safety within a sentence of it.
    static func isSystemWorkNotice(_ hit: PhraseMatcher.Hit, sentence: Int, in post: PostAnalysis) -> Bool {
        let around = post.sentences(around: sentence)
        return post.hits(Concepts.fundsAccess.lexicon, inSentence: sentence).contains { $0.firstToken == hit.firstToken }
            && around.contains { post.sentence($0, has: systemWork.lexicon) }
            && !around.contains { post.sentence($0, has: Concepts.reassurance.lexicon) || post.sentence($0, has: Concepts.solvency.lexicon) }
    }

    static func declinesAQuestion(_ sentence: Int, in post: PostAnalysis) -> Bool {
        post.sentence(sentence, has: InsiderDealingRule.askedByOthers.lexicon)
            && SharePriceRule.declinesAdvice(in: sentence, of: post, refusal: Concepts.declining.lexicon)
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension SolvencyRule {
    static let message = Localized(en: "'{1}' speaks about solvency or liquidity (whether money can be paid or withdrawn); that is material and belongs in disclosure, never in a post or a joke.",
                                   ar: "«{1}»: كلامٌ في الملاءة أو السيولة (هل تستطيع الشركة السداد، وهل يستطيع العملاء سحب أموالهم)، وهذه معلومة جوهرية مكانها الإفصاح الرسمي، لا منشور ولا مزحة.")
    static let suggestion = Localized(en: "Point to the latest published financial statements, or say nothing; do not reassure, deny or joke about the company's financial condition.",
                                      ar: "أحِل إلى آخر قوائم مالية منشورة أو التزم الصمت، ولا تطمئن ولا تنفِ ولا تمزح في الوضع المالي للشركة. مثال: «هل الشركة مفلسة؟ لا نعلّق على الشائعات، وقوائمنا المالية منشورة على تداول».")
}
