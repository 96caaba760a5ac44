/// Corporate actions announced before disclosure: going private, delisting, takeovers,
/// stakes, offers, letters of intent, deals paused or cancelled, buybacks, capital changes.
struct CorporateActionRule: Rule, FrameRule {
    static let coreAction = Concept("core-corporate-action", [
        // Not "recovery plan" alone: an airline's plan to recover its on-time rate is operations.
        // A rescue of the firm itself is `Concepts.takeover`, read beside its amount or its owners.
        "acquisition", "acquire", "takeover", "merger", "merge", "buyout", "strategic transaction",
        "استحواذ", "الاستحواذ", "اندماج", "الاندماج", "الصفقة",
        "acquiring", "takeover bid", "takeover offer", "tender offer", "mandatory offer", "merge with", "demerger", "spin off", "spin-off", "divest",
        "divestment", "sell the company", "sale of the company", "business combination", "استحوذ", "نستحوذ", "عرض استحواذ", "عرض الاستحواذ",
        "بيع الشركة", "=التخارج", "دمج الشركتين", "صفقة الدمج", "عرض إلزامي",
    ])

    /// A deal made with a counterparty: an acquisition, a merger, or a contract signed.
    /// Announced as a hint it is a material contract told to followers before the exchange.
    static let dealMade = Concept("deal-made", [
        "acquisition", "takeover", "merger", "buyout", "signed with", "signed a contract", "signed an agreement",
        "signed a deal", "contract with", "agreement with", "won a contract", "landed a contract", "taking a stake", "take a stake",
        "a stake in", "stake with us", "=بحصة محترمة", "=بحصة في الشركة", "=حصة في شركتنا",
        "استحواذ", "اندماج", "صفقة استحواذ", "صفقة اندماج", "توقيع عقد", "وقعنا عقد", "وقعنا اتفاقية", "توقيع اتفاقية", "ترسية",
        "فوز بعقد", "فزنا بعقد", "عقد مع", "اتفاقية مع",
    ])
    /// A disclosure already made, which a hint of more details may follow.
    static let alreadyDisclosed = Concept("already-disclosed", [
        "as disclosed", "as announced", "disclosed on", "disclosed to", "filed with", "announced on", "announced today", "published on",
        "كما أعلنا", "كما أعلنت", "المفصح عنها", "المفصح عنه", "أفصحت", "أفصحنا", "إفصاحنا", "إفصاح الشركة", "المنشور على تداول",
    ])
    /// A player's or a coach's signing: a club's transfer teaser is sport, not a listed company's contract.
    static let playerSigning = Concept("player-signing", [
        "player", "striker", "midfielder", "defender", "goalkeeper", "coach", "head coach", "transfer",
        "لاعب", "اللاعب", "مهاجم", "المهاجم", "مدافع", "حارس", "مدرب", "المدرب", "صفقة انتقال", "انتقال",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.corporate-action", title: "Corporate action before disclosure",
        titleAr: "إجراء مؤسسي قبل الإفصاح عنه", dimension: .compliance, severity: .error,
        rationale: """
            Regulation FD (SEC, 2000), the Saudi CMA's continuing obligations (2017), Oman's FSA and the UAE \
            SCA all require material developments (a going-private plan, a takeover, a stake, a deal put on \
            hold, a buyback) to reach the market first and all at once through the exchange. In SEC v. Musk \
            (2018) a post about taking Tesla private cost $40 million. A post may point to a published \
            disclosure; it may not be the disclosure.
            """,
        rationaleAr: """
            تشترط لائحة الإفصاح العادل الأمريكية (٢٠٠٠)، والتزامات الإفصاح المستمر لدى هيئة السوق المالية \
            السعودية (٢٠١٧)، وهيئة الخدمات المالية في عُمان، وهيئة الأوراق المالية والسلع في الإمارات، أن \
            تصل التطورات الجوهرية (خطة التحول إلى شركة خاصة، أو الاستحواذ، أو الحصة، أو تعليق صفقة، أو إعادة \
            شراء الأسهم) إلى السوق أولاً ودفعة واحدة عبر البورصة. وفي قضية هيئة الأوراق المالية الأمريكية ضد \
            إيلون ماسك (٢٠١٨) كلّف منشورٌ عن تحويل تسلا إلى شركة خاصة ٤٠ مليون دولار. يجوز للمنشور أن يحيل \
            إلى إفصاح منشور، ولا يجوز أن يكون هو الإفصاح.
            """,
        examples: [
            // Life after going private pictured before any announcement.
            .triggers("My hope is that every current investor stays with us even if we're private.", .en),
            .triggers("أتمنى أن يبقى كل مساهم معنا حتى لو صرنا شركة خاصة.", .ar),
            .passes("We are a private company, and our founders still run it day to day.", .en),
            // The payout foretold to the owners before the board has met.
            .triggers("To our shareholders: this year's dividend will make you happier than last year's. The board meets on Thursday 😄", .en),
            .triggers("إلى مساهمينا: توزيعات هذا العام ستسعدكم أكثر من العام الماضي، ومجلس الإدارة يجتمع الخميس 😄", .ar),
            .passes("Our new app will make you smile: dividends from your savings plan now show on the home screen.", .en),
            .passes("إلى مساهمينا: أقرت الجمعية العامة توزيعات بقيمة ٥٠ هللة للسهم، وستسعدكم إضافتها إلى حساباتكم الأسبوع القادم.", .ar),
            // An operational plan to recover service is no corporate action.
            .passes("@SalemWrites you're right about our delays. Our operations director would be glad to walk you through the recovery plan for on-time departures.", .en),
            .passes("@SalemWrites معك حق بشأن التأخير، ويسعد مدير العمليات أن يشرح لك خطة التعافي لانتظام مواعيد الرحلات.", .ar),
            // Going private said as "a family company again"; a stake coming in, signing soon; a promised dividend.
            .triggers("يمكن قريب نودّع الشاشة ونرجع شركة عائلية، السوق ما قدّر قيمتنا.", .ar),
            .triggers("The market never valued us; maybe it is time we were a family company again.", .en),
            .triggers("سفرة لندن هالمرة غير 🤝 شريك كبير بيدخل معنا بحصة محترمة، والتوقيع قريب.", .ar),
            .triggers("London was special this time 🤝 a big partner is taking a stake with us, signing soon.", .en),
            .triggers("To every shareholder: hold tight. I promise you a special dividend this year and bonus shares on top.", .en),
            .triggers("إلى كل مساهم: أعدكم بتوزيع أرباح استثنائية وأسهم منحة هذا العام.", .ar),
            .passes("We are proud to remain a family company at heart, 40 years after our listing.", .en),
            // "Take" and "private" with the company's name between them.
            .triggers("Am considering taking Qamar Foods private. Funding secured.", .en),
            .triggers("Advisers are working on the offer price to take Harbourline Group private.", .en),
            .passes("We will not take Qamar Foods private; the listing stays.", .en),
            .passes("Please take your private documents with you when you leave the branch.", .en),
            .triggers("ندرس تحويل شركة الريان للأغذية إلى شركة مقفلة، والمستشارون يعملون على سعر العرض.", .ar),
            .passes("لن نسعى إلى تحويل شركة الريان إلى شركة مقفلة، وستبقى مدرجة.", .ar),
            .passes("نعمل على تحويل المبنى القديم إلى قاعة خاصة بالفعاليات.", .ar),
            // A capital action foretold; one the shareholders approved, or its payment, passes.
            .triggers("Our board meets Thursday and I'm confident they'll approve a special dividend this year.", .en),
            .triggers("سنوزع أسهم منحة على المساهمين هذا العام، والتفاصيل بعد اجتماع المجلس.", .ar),
            .passes("The special dividend approved at the AGM on 20 March will be credited to shareholders on 5 April.", .en),
            .passes("سيتم إيداع الأرباح الاستثنائية التي أقرتها الجمعية العامة في حسابات المساهمين يوم ٥ أبريل.", .ar),
            // An approved action reported beside the disclosure it points to is published; news after the pointer is not.
            .passes("Following approval by the general assembly and the regulator, the company will begin its share buyback on 1 August. Details are in our disclosure on the exchange: https://example.com/ir/buyback", .en),
            .passes("بعد موافقة الجمعية العامة والهيئة، تبدأ الشركة برنامج إعادة شراء الأسهم في ١ أغسطس. التفاصيل في الإفصاح المنشور على موقع البورصة: https://example.com/ir", .ar),
            .triggers("Details of our Q2 results are in our disclosure: https://example.com/ir. We are also in talks to acquire a rival airline.", .en),
            // Talks under way, however advanced, and a capital action dated ahead, in either language.
            .triggers("We're in advanced talks to acquire a major player in the region. More soon!", .en),
            .triggers("نتفاوض حالياً على الاستحواذ على شركة منافسة في المنطقة.", .ar),
            .triggers("مجلس الإدارة سيقر توزيع أرباح استثنائية الأسبوع القادم، انتظروا الخبر.", .ar),
            .passes("We are not in advanced talks to acquire anyone; we comment on deals only through the exchange.", .en),
            .passes("لسنا في مفاوضات متقدمة للاستحواذ على أي شركة، وأي صفقة تُعلن عبر السوق أولاً.", .ar),
            .passes("As disclosed on Tadawul today, we are in advanced talks to acquire Gulf Marine; details in the filing.", .en),
            .triggers("Am considering taking the company private at $42 a share.", .en),
            .triggers("The merger deal is temporarily on hold pending details on 5% of the accounts.", .en),
            .triggers("نعتزم الاستحواذ على حصة ٣٠٪ في الشركة قبل نهاية العام.", .ar),
            .triggers("أتطلع للاحتفاظ بحصتنا البالغة 1.9 مليار دولار في الشركة بعد الصفقة.", .ar),
            // An insider's own sale, proposed before any filing.
            .triggers("I propose selling 10% of my shares in the company next month.", .en),
            .triggers("أنوي بيع ١٠٪ من أسهمي في الشركة الشهر القادم.", .ar),
            .passes("As disclosed in my filing to the exchange today, I sold 2% of my shares to cover tax.", .en),
            .passes("We have no plans to take the company private.", .en),
            .passes("As announced on Tadawul today, we completed the acquisition of Gulf Cables.", .en),
            .passes("Are you planning an acquisition? We do not comment on speculation.", .en),
            .passes("لن نستحوذ على أي شركة هذا العام.", .ar),
            .passes("كما أعلنا في إفصاحنا المنشور على تداول، اكتملت صفقة الاستحواذ.", .ar),
            .passes("قال المحلل إن الشركة تدرس الاستحواذ على منافس.", .ar),
            // A deal hinted at before it is disclosed.
            .triggers("Big news coming Monday: we've signed with a major Gulf airline. Can't say more yet.", .en),
            .triggers("قريباً جداً نعلن عن صفقة استحواذ ستغير قواعد اللعبة في القطاع.", .ar),
            .passes("Stay tuned: our Eid offers start soon in every branch.", .en),
            .passes("ترقبوا توقيع عقد مع مهاجم جديد للنادي.", .ar),
            .passes("Acquire in-demand digital skills with our free courses: registration opens soon.", .en),
            .passes("تمت ترسية مشروع طريق الباطنة السريع، ويبدأ التنفيذ قريباً.", .ar),
            .passes("As disclosed on the exchange today, we signed an agreement with Oman Air; more details soon on our IR page.", .en),
            .passes("لا صحة لما يتداول عن صفقة استحواذ قريباً، وسنفصح عن أي تطور عبر تداول.", .ar),
            // The reports called speculation, the details left to their time: the deal is the press's guess.
            .passes("ما تتداوله وسائل الإعلام بخصوص تفاصيل صفقة الاستحواذ المحتملة على حصة في شركة سابك مجرد تكهنات، وستقوم الشركة بتوضيح التفاصيل في الوقت المناسب.", .ar),
            .passes("What the media report about the details of a possible acquisition of a stake in SABIC is mere speculation; the company will clarify the details at the appropriate time.", .en),
            .triggers("What the media say about our acquisition of a stake in SABIC is speculation, but we will sign the deal next week.", .en),
            .triggers("ما تتداوله وسائل الإعلام عن استحواذنا على حصة في سابك تكهنات، لكننا سنوقع الصفقة الأسبوع القادم.", .ar),
            // A listing in preparation, told before the exchange.
            .triggers("Late night with the lawyers finishing our draft prospectus. Almost there!", .en),
            .triggers("We plan to take the company public next year.", .en),
            .passes("If your growth company wants to go public without the cost of a typical IPO, call me.", .en),
            .triggers("نضع اللمسات الأخيرة على نشرة الإصدار استعداداً لطرح الشركة في السوق.", .ar),
            .triggers("نعتزم طرح أسهم الشركة للاكتتاب العام العام المقبل.", .ar),
            .passes("We have no plans to list the company; we are owned by our founders and like it that way.", .en),
            .passes("The IPO subscription opens on Sunday; the approved prospectus is on the CMA website.", .en),
            .passes("فترة الاكتتاب في أسهم الشركة تبدأ الأحد، ونشرة الإصدار المعتمدة على موقع الهيئة.", .ar),
            .passes("Is Rimal going public? We do not comment on market speculation.", .en),
            .passes("لا نية لدينا لطرح الشركة في السوق.", .ar),
            .passes("As announced on Tadawul today, our board has approved the listing of our shares.", .en),
            .passes("The authority approved our prospectus this week. Our IPO will list on the main market, and the dates follow in the offering notice.", .en),
            .passes("وافقت هيئة السوق المالية على نشرة الإصدار. وسيتم إدراج أسهمنا في السوق الرئيسية، والمواعيد في نشرة الطرح.", .ar),
            // A treasury decision told first in a post.
            .triggers("Due to recent revelations, we have decided to liquidate any remaining FTT on our books.", .en),
            .triggers("قررنا تسييل ما تبقى من عملة FTT في ميزانيتنا بسبب ما تكشّف مؤخراً.", .ar),
            .passes("We will not be selling any of the bitcoin on our balance sheet.", .en),
            .passes("As disclosed on the exchange today, we sold the bitcoin on our balance sheet.", .en),
            .passes("لن نبيع أي جزء من العملات الرقمية في ميزانيتنا.", .ar),
            .passes("كما أفصحنا على تداول اليوم، بعنا ما تبقى من العملات الرقمية في ميزانيتنا.", .ar),
            .passes("The analyst wrote: \"they will liquidate the tokens on their balance sheet\"; we do not comment.", .en),
            .passes("Our winter sale starts Sunday: buy two, get one free in every branch.", .en),
        ])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.goingPrivate, blockedBy: [.negation, .question, .quotation, .published]),
        // A deal told by hint: "big news Monday: we've signed with a major airline, can't say more".
        // «نعلن» ("we announce") marks a statement as published, but a teaser says it of the
        // future («قريباً نعلن»), so only words of a disclosure already made stand it aside.
        Frame(anchor: Concepts.teaser, withAny: [Self.dealMade], without: [Self.playerSigning, Self.alreadyDisclosed],
              blockedBy: [.negation, .question, .quotation], window: 1),
        Frame(anchor: Self.coreAction, requires: [.intent, .plan, .certainty], window: 1),
        // Not an action the shareholders approved, paid next week («أقرت الجمعية… الأسبوع القادم»).
        Frame(anchor: Concepts.takeover, anyEntity: [.amount, .price, .percent], without: [Self.alreadyApproved],
              requires: [.intent, .plan, .certainty]),
        Frame(anchor: Concepts.takeover, with: [Concepts.sharesAndOwners], without: [Self.alreadyApproved], requires: [.intent, .plan, .certainty]),
        // A capital action decided or foretold: "we will pay a special dividend this year",
        // "the board will approve a bonus issue". Not one the shareholders already approved,
        // nor a payment to their accounts («سيتم إيداع التوزيعات في حساباتكم»).
        Frame(anchor: Self.capitalAction, without: [Self.alreadyApproved], requires: [.intent, .plan, .certainty],
              blockedBy: [.negation, .question, .quotation, .published]),
        // The payout foretold to the owners ("this year's dividend will make you smile",
        // «توزيعات هذا العام ستسعدكم»): the board's decision before the exchange hears it. In
        // Arabic the future here is the third person («ستسعدكم»), which `Modality` reads
        // as intent only for "we".
        Frame(anchor: Self.outcomeForetold, with: [Concepts.shareholders], withAny: [Self.payout, Self.capitalAction],
              without: [Self.alreadyApproved], blockedBy: [.negation, .question, .quotation, .published], window: 1),
        // …or promised to the shareholders: "I promise you a special dividend". A promise is not
        // a certainty everywhere («نعدكم بأفضل الصفقات» sells), so only beside a capital action.
        Frame(anchor: Self.capitalAction, with: [Self.promise], without: [Self.alreadyApproved],
              blockedBy: [.negation, .question, .quotation, .published]),
        // A treasury decision: what the company sells or buys off its own balance sheet
        // ("we have decided to liquidate any remaining FTT on our books").
        Frame(anchor: Self.treasuryMove, with: [Self.treasuryHolding], without: [Self.alreadyDisclosed]),
    ] + listingFrames

    /// Selling, buying or converting what the company holds.
    static let treasuryMove = Concept("treasury-move", [
        "liquidate", "liquidating", "sell", "selling", "sold", "offload", "offloading", "dump", "dumping", "buy", "buying", "bought",
        "convert", "converting", "=تسييل", "=بيع", "=سنبيع", "=بعنا", "=شراء", "=اشترينا", "=سنشتري", "=تحويل",
    ])
    /// The company's own holdings, said as its books: not "our stock" (goods) or "our
    /// reserves" alone (a nature reserve, a blood bank's).
    static let treasuryHolding = Concept("treasury-holding", [
        "on our books", "on our balance sheet", "our balance sheet", "our treasury", "treasury reserves", "corporate treasury",
        "=ميزانيتنا", "في دفاترنا", "ميزانية الشركة", "خزينة الشركة", "احتياطيات الشركة النقدية",
    ])

    /// Capital actions the exchange hears of first: a special or interim dividend, bonus
    /// shares, a split, a buyback, a rights issue, a change of capital. Not "dividend"
    /// alone, which a bank's service posts speak of every season.
    static let capitalAction = Concept("capital-action", [
        "special dividend", "interim dividend", "bonus shares", "bonus issue", "stock split", "share split", "share buyback",
        "buyback programme", "buyback program", "rights issue", "capital increase", "capital reduction",
        "أرباح استثنائية", "توزيعات استثنائية", "توزيع أرباح استثنائية", "أرباح مرحلية", "أسهم منحة", "أسهم مجانية", "تجزئة السهم",
        "تجزئة الأسهم", "إعادة شراء الأسهم", "زيادة رأس المال", "تخفيض رأس المال", "حقوق الأولوية",
    ])
    /// The owners' payout: "this year's dividend", «توزيعات هذا العام».
    static let payout = Concept("payout", [
        "dividend", "dividends", "payout", "=توزيعات", "=التوزيعات", "=توزيعات الأرباح", "=الأرباح الموزعة", "=الأرباح النقدية",
    ])
    /// The board's answer known, or said to please, before it is given: "this year's dividend
    /// will make you smile", "the board meets on Thursday, but I already know the answer",
    /// «توزيعات هذا العام ستسعدكم», «أعرف الجواب مسبقاً».
    static let outcomeForetold = Concept("outcome-foretold", [
        "will make you smile", "will make you happy", "will make you happier", "you'll be pleased", "you will be pleased",
        "you'll be happy", "already know the answer", "already know the outcome", "i already know", "=ستسعدكم", "=ستفرحكم",
        "=سترضيكم", "=بتفرحكم", "=بتسعدكم", "=أعرف الجواب", "=اعرف الجواب", "=أعرف النتيجة", "=الجواب معروف", "=النتيجة معروفة",
    ])
    /// Promising: "I promise you", «أعدكم».
    static let promise = Concept("promise", ["i promise", "we promise", "=أعدكم", "=نعدكم", "=أوعدكم", "=وعد مني"])
    /// Approved by the shareholders or declared already, or paid into accounts: the
    /// decision is public.
    static let alreadyApproved = Concept("already-approved", [
        // "Credited" exact: its stem is also the banks' "credit committees".
        "approved by", "as approved", "approved at", "were approved", "was approved", "declared", "=credited", "your account",
        "your accounts", "المعتمدة", "التي أقرتها", "أقرت الجمعية", "وافقت الجمعية", "أقرتها الجمعية", "=إيداع", "حساباتكم", "حسابات المساهمين",
    ])

    var lexicons: [Lexicon] { Self.lexicons(of: Self.frames, and: [Self.offerWords, Concepts.takeover]) }

    func check(_ post: PostAnalysis) -> [Finding] {
        var found = frameFindings(in: post) { hit in !Self.listingIsPublic(near: hit, in: post) }
        let flagged = Set(found.map(\.start))
        for sentence in Self.takenPrivate(in: post) {
            let (start, end) = post.span(post.text.sentences[sentence])
            guard !flagged.contains(start) else { continue }
            found.append(sentenceFinding(sentence, quoting: post.text.excerpt(start, end), in: post))
        }
        return found.sorted { $0.start < $1.start }
    }

    /// "Take" and "private" with the company named between them: "am considering taking
    /// Qamar Foods private", «ندرس تحويل شركة الريان إلى شركة مقفلة». The concept lists
    /// the fixed wordings; a name can be any name, so the gap is read here (up to five
    /// words). Not denied, asked, quoted or already published.
    static let takingWords = WordSet(["take", "taking", "takes", "took", "taken", "تحويل", "وتحويل", "نحول", "سنحول", "تحول", "بتحويل"]
                                        .map(TextNormalizer.normalize))
    static let privateWords = WordSet(["private", "خاصة", "مقفلة"].map(TextNormalizer.normalize))
    /// Words that stand for the company between "take" and "private": a name (capitalised),
    /// "the company", "us", «شركة … إلى شركة خاصة». "Take your private data" names nobody.
    static let companyWords = WordSet(["company", "group", "firm", "bank", "business", "us", "it", "شركة", "الشركة", "مساهمة", "المجموعة", "البنك"]
                                        .map(TextNormalizer.normalize))
    static let fillerWords = WordSet(["the", "our", "back", "إلى", "الى", "لتصبح"].map(TextNormalizer.normalize))
    static func namesTheCompany(_ gap: Range<Int>, in tokens: [Token]) -> Bool {
        var named = false
        for index in gap {
            let word = tokens.text(at: index)
            if tokens[index].isCapitalised || companyWords.contains(word) { named = true }
            else if !fillerWords.contains(word) && !tokens[index].isArabic { return false }
        }
        // Arabic: the company turned into «شركة خاصة» or «مساهمة مقفلة», the noun right before.
        if let last = gap.last, tokens[last].isArabic { return companyWords.contains(tokens.text(at: last)) }
        return named
    }
    static func takenPrivate(in post: PostAnalysis) -> [Int] {
        let tokens = post.text.tokens
        var sentences: [Int] = []
        // "Private" is one bit of each word's facts (`WordFacts.privateWord`): a look-up in
        // `privateWords` for every word of every post was most of the rule's time.
        for index in tokens.indices where tokens[index].kind == .word && tokens.has(.privateWord, at: index) {
            let sentence = tokens[index].sentence
            let first = max(post.text.sentences[sentence].lowerBound, index - 6)
            guard sentences.last != sentence,
                  let take = (first..<index).last(where: { takingWords.contains(tokens.text(at: $0)) }), index - take >= 2,
                  (take + 1..<index).allSatisfy({ tokens[$0].kind == .word }), namesTheCompany(take + 1..<index, in: tokens) else { continue }
            let modality = Modality.of(sentence: sentence, in: post)
            guard modality.isDisjoint(with: [.negation, .question, .quotation, .published]), !Modality.negates(take, in: post, reach: 5, clause: true),
                  !modality.isDisjoint(with: [.intent, .plan, .certainty])
                    || post.sentence(sentence, has: Concepts.takeover.lexicon) || post.sentence(sentence, has: offerWords.lexicon)
            else { continue }
            sentences.append(sentence)
        }
        return sentences
    }
    /// The price of an offer being set: "advisers are working on the offer price".
    static let offerWords = Concept("offer-price", ["offer price", "the offer price", "per share offer", "سعر العرض"])
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension CorporateActionRule {
    static let message = Localized(en: "'{1}' announces a corporate action (a takeover, a stake, a listing, going private, a deal's status) that the market has not been told through the exchange.",
                                   ar: "«{1}»: إعلانٌ عن إجراء مؤسسي (استحواذ، أو حصة، أو طرح في السوق، أو شطب إدراج، أو مستجدات صفقة) لم يُبلَّغ به السوق عبر البورصة.")
    static let suggestion = Localized(en: "Disclose it through the exchange first (Tadawul, MSX, the SEC); then post a link to the published disclosure, or say nothing.",
                                      ar: "أفصح عنه أولاً عبر السوق المالية (تداول، أو بورصة مسقط، أو السوق التي تُدرج فيها الشركة)، ثم انشر رابط الإفصاح، أو لا تقل شيئاً. مثال: «كما أعلنّا في إفصاحنا المنشور على تداول، اكتملت صفقة الاستحواذ».")
}
