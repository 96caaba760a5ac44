/// Talking up (or down) the company's share price or any asset's, paid or undisclosed.
struct PricePromotionRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "policy.price-promotion", title: "Promoting a share or asset price",
        titleAr: "الترويج لسعر سهم أو أصل", dimension: .compliance, severity: .error,
        rationale: """
            Promoting an opinion to move a security's price is market manipulation under the Saudi Capital \
            Market Law (article 49) and the CMA referred tweeting accounts to prosecutors for it; the SEC fined \
            paid crypto promoters who did not disclose payment (Mayweather and Khaled 2018, Kardashian 2022). \
            An executive commenting on the stock price moves it (Tesla, May 2020).
            """,
        rationaleAr: """
            الترويج لرأي بهدف تحريك سعر ورقة مالية تلاعبٌ بالسوق وفق نظام السوق المالية السعودي (المادة ٤٩)، \
            وقد أحالت هيئة السوق المالية حسابات مغردين إلى النيابة بسببه؛ وغرّمت هيئة الأوراق المالية \
            الأمريكية مروّجين مدفوعين للعملات المشفرة لم يُفصحوا عن الأجر (مايويذر وخالد ٢٠١٨، وكارداشيان \
            ٢٠٢٢). وتعليق القيادي على سعر سهم شركته يحركه (تسلا، مايو ٢٠٢٠).
            """,
        examples: [
            // Advice put as what the speaker would do, or as the moment to buy.
            .triggers("If I were you I'd buy Sadeem shares before February.", .en),
            .triggers("لو كنت مكانك لاشتريت أسهم الشركة قبل فبراير.", .ar),
            // Timed by the company's own news, with no asset named.
            .triggers("Buy now before the results come out in February.", .en),
            .triggers("اشتروا الآن قبل إعلان النتائج في فبراير.", .ar),
            .passes("Book now before the offer ends in February: family rooms from 45 OMR a night.", .en),
            .passes("احجزوا الآن قبل انتهاء العرض في فبراير.", .ar),
            .passes("Insiders must not buy or sell our shares before the results are published.", .en),
            .triggers("الآن وقت ممتاز لشراء أسهم سديم.", .ar),
            .passes("If I were you I'd book the early flight before February.", .en),
            .passes("لو كنت مكانك لحجزت الرحلة الصباحية قبل فبراير.", .ar),
            // Listing prices beside today's, as a track record.
            .triggers("We lead-managed Zomato at issue price 76 (current market price 150) and Nykaa at issue price 1125 (current market price 2100).", .en),
            .triggers("قدنا طرح الشركة بسعر الطرح ٣٢ ريالاً، والسعر الحالي ٦٠ ريالاً.", .ar),
            .passes("The IPO price is SAR 32 per share; subscription opens on 3 May, as set out in the prospectus.", .en),
            .passes("سعر الطرح ٣٢ ريالاً للسهم، ويبدأ الاكتتاب في ٣ مايو وفق نشرة الإصدار.", .ar),
            .triggers("Made more on this crypto in a month than I made in a year. Try it yourselves.", .en),
            .triggers("ربحت من هذه العملة الرقمية في شهر أكثر مما ربحته في سنة كاملة. جربوها بأنفسكم.", .ar),
            .triggers("Our token $NAKHL listed today at 0.40. Don't say I didn't tell you 🚀", .en),
            .triggers("توكن نخل نزل اليوم بسعر ٠٫٤٠. لا تقولون ما قلت لكم 🚀", .ar),
            // Gains boasted of beside an asset and an invitation; a company's own published profit is no bait.
            .triggers("I made more money with this crypto in the past month than I did in a year. Check it out for yourself.", .en),
            .triggers("ربحت من هذه العملة الرقمية في شهر أكثر مما ربحته في سنة، جربوها بأنفسكم.", .ar),
            .passes("As published today, our net profit rose 12% and the board proposed a dividend of 20 fils per share.", .en),
            .passes("كما أعلنا اليوم، ارتفع صافي الربح ١٢٪ واقترح المجلس توزيع ٢٠ فلساً للسهم.", .ar),
            // A warning about impostors quotes what they promise.
            .passes("Warning: scammers posing as our staff are promoting $ZTR, promising the token will 10x. We have no token.", .en),
            .passes("تنبيه: حسابات وهمية تنتحل اسم البنك وتروّج لعملة رقمية ستضاعف أموالكم، ولا علاقة لنا بها.", .ar),
            .passes("GCC equities rose 2% this week on strong earnings. This is not investment advice.", .en),
            // A call to buy in a word or two, beside the asset.
            .triggers("Paid partnership? No, I just love this coin. Buy it.", .en),
            .triggers("I don't usually do this, but grab some shares of Al Noor Cement before Monday.", .en),
            .triggers("صندوق الذهب عندنا حقق ٣٠٪ السنة الماضية، استثمروا الآن قبل الارتفاع الجاي.", .ar),
            .passes("Our community fund paid for 40 school bags this week. Buy some raffle tickets at the gate to help!", .en),
            .passes("اشتروا الآن: خصم ٣٠٪ على الأحذية في جميع فروعنا حتى الخميس.", .ar),
            .passes("Buy now, pay less: 30% off all running shoes until Saturday. While stocks last!", .en),
            .triggers("Buy now before the presale closes: 30% off the token price for early birds!", .en),
            .passes("صكوك الأضاحي متاحة الآن في التطبيق، اشترِ صكّك قبل يوم عرفة.", .ar),
            .triggers("Our stock price is too high imo.", .en),
            .triggers("The token presale starts in a few hours. Get yours before they sell out!", .en),
            .triggers("سعر السهم مقيم بأقل من قيمته بكثير، فرصة لا تعوض.", .ar),
            .passes("We do not comment on our share price.", .en),
            .passes("The share price is published on the exchange website every day.", .en),
            .passes("لا نعلق على سعر السهم.", .ar),
            // A cashtag names a tradable asset whatever the asset is called.
            .triggers("Been holding $SAHIL since spring and it's going up fast. Get in before the weekend 🚀", .en),
            .triggers("عملة $NAKHL بتطير قريب، الحق عليها قبل لا يفوتك القطار 🚀", .ar),
            .passes("Our $SAHIL community event is on Saturday at the marina; families welcome.", .en),
            // Somebody else's question, reported to decline it.
            .passes("كثير يسألون هل يشترون السهم الآن أو لا. لست مستشاراً ولا أعلّق على السعر.", .ar),
            .passes("People keep asking whether to buy the stock now or not. I am not an adviser and I do not comment on the price.", .en),
            .passes("كتير منكن عم يسألوني إذا لازم يشتروا أسهم الشركة قبل النتائج. ما بعطي توصيات لحدا، ارجعوا لمستشار مرخّص.", .ar),
            // "Not financial advice" beside an asset is the promoter's hedge, not a refusal.
            .triggers("Supply of $NAKHL is tiny and utility is real. Not financial advice 😉", .en),
            .triggers("عملة $RIMAL هي المستقبل، المعروض محدود. (مب نصيحة استثمارية 😉)", .ar),
            .passes("We do not give investment advice on our shares; please speak to a licensed adviser.", .en),
            .passes("لا نقدم نصائح استثمارية بشأن أسهمنا، واستشيروا مستشاراً مرخّصاً.", .ar),
            // A price called a bargain is a price comment whatever the words.
            .triggers("At these levels our shares are the cheapest quality name on the market. Just saying.", .en),
            .triggers("سهمنا عند هذه المستويات فرصة، والشاطر يفهم 📈", .ar),
            .passes("Back in stock! At this price it won't last long.", .en),
            .passes("عرض ما راح يتكرر: جميع الأسهم النارية بنصف السعر.", .ar),
            .passes("At these levels of demand we are adding a second shift at the Sohar plant.", .en),
            .passes("بهذا السعر تحصل على وجبة كاملة في جميع فروعنا.", .ar),
            // A price target, whatever the words: a share, and a price with where it is going said right before it.
            .triggers("At this rate we're a $50 stock within two years. Mark my words.", .en),
            .triggers("Honestly, $45 a share is conservative for us.", .en),
            .passes("We expect to ship 5 million units by the end of the year; stock is ready in our warehouses.", .en),
            .triggers("أتوقع أن يتجاوز سهمنا ١٠٠ ريال خلال سنتين.", .ar),
            .triggers("سعر ٣٠ ريال للسهم قليل جداً على شركة بحجمنا.", .ar),
            .passes("Our shares closed at $45 today, after the results were published on the exchange.", .en),
            .passes("We will not say where a $50 stock price is going; we do not comment on the share price.", .en),
            .passes("The offer price of $32 a share will be set by book-building, as the prospectus says.", .en),
            .passes("سعر الطرح ٣٢ ريالاً للسهم بحسب نشرة الإصدار، وسيكون الاكتتاب من ١٠ إلى ١٤ مايو.", .ar),
            .passes("هل سيصل سهم الشركة إلى ٥٠ ريالاً؟ لا نعلق على سعر السهم.", .ar),
            .passes("نتوقع توزيع ٢ ريال للسهم عن العام بحسب ما أقرته الجمعية.", .ar),
            // A ticker names the share, in the sentence or in the question before it.
            .triggers("The future of $NAKHL in 2027? I would say $12 is conservative!", .en),
            .triggers("سهم $RIMAL بعد النتائج؟ أقول ٥٠ ريال قليل عليه.", .ar),
            .passes("$RIMAL results are out. Revenue was $12 million, as published on the exchange today.", .en),
            .passes("نتائج $NAKHL منشورة اليوم على موقع السوق، والإيرادات ٥٠ مليون ريال.", .ar),
            .triggers("13 years from now Whole Foods will be a $800+ stock before splits.", .en),
            .triggers("سهمنا يستاهل ٨٠ ريال وأكثر، تذكروا كلامي.", .ar),
            .passes("Following the split, the nominal value will be SAR 1 per share.", .en),
            .passes("New rolling stock worth SAR 2 billion will be delivered by the end of 2027.", .en),
            .passes("Beware of accounts promising that a stock will hit $100; check the CMA's list of licensed firms.", .en),
            .passes("لا صحة لما يتداول عن أن سعر سهم الشركة سيصل إلى ٨٠ ريالاً.", .ar),
            .passes("أسهم البرنامج في توفير ٥٠ مليون ريال، ونتوقع أن يصل الوفر إلى ٨٠ مليون ريال العام القادم.", .ar),
            .passes("Our stock ended the session at SAR 45.20 on a volume of at least 3 million shares.", .en),
            // When to buy, or that the speaker just bought, beside an asset.
            .triggers("In my opinion, it's a great time to add $ETH.", .en),
            .triggers("برأيي الشخصي، هذا أفضل وقت للشراء في سهم الشركة.", .ar),
            .triggers("I liquidated part of my family's portfolio and bought a significant amount of $SHOP.", .en),
            .passes("اشتريت اليوم كتاباً رائعاً عن تاريخ الموانئ العمانية، أنصح به.", .ar),
            // What it will be worth, in multiples, or the squeeze promised to those betting against it.
            .triggers("Convert your cash to bitcoin now; in a year it will be worth ten times what it is today.", .en),
            .triggers("حوّلوا أموالكم إلى البيتكوين الآن، بعد سنة ستساوي عشرة أضعاف قيمتها اليوم.", .ar),
            .triggers("Short squeeze is coming for everyone betting against $NOVA. They won't last 24 hours.", .en),
            .triggers("الشورت سكويز قادم لكل من يراهن ضد سهم نوفا، لن يصمدوا ٢٤ ساعة.", .ar),
            .passes("The new clinic will be worth the wait: it opens in March with 40 beds.", .en),
            .passes("العيادة الجديدة ستساوي الانتظار، وتفتح في مارس بأربعين سريراً.", .ar),
            // A promise warned of, or said to be impossible, promotes nothing.
            .passes("Beware of accounts promising that bitcoin will be worth ten times its price in a year; check the CMA's list of licensed firms.", .en),
            .passes("احذروا من الحسابات التي تعد بأن البيتكوين ستساوي عشرة أضعاف قيمتها خلال سنة، وتحققوا من قائمة الشركات المرخصة.", .ar),
            .passes("No one can promise that a share will be worth ten times what it is today.", .en),
            .passes("لا أحد يستطيع أن يعدك بأن السهم سيساوي عشرة أضعاف قيمته اليوم.", .ar),
            .triggers("If you're not in $FALCN before Thursday's results you'll be kicking yourself.", .en),
            .triggers("توني شاري كمية محترمة من $KHAIR، اللي يبي يلحق يلحق قبل النتايج.", .ar),
        ])

    /// Refusing to advise and sending people to a licensed adviser. Not "not financial
    /// advice", which is the promoter's wink.
    static let refusesToAdvise = Concept("refuses-to-advise", [
        "licensed adviser", "licensed advisor", "can't advise", "cannot advise", "i don't give recommendations",
        "i give no recommendations", "ما بعطي توصيات", "ما أعطي توصيات", "لا أعطي توصيات", "لا أقدم توصيات", "مستشار مرخص",
        "مستشار مالي مرخص", "ما أقدر أنصح", "لا أستطيع أن أنصح",
    ])

    /// Someone else's promise, reported to warn of it: "accounts promising that bitcoin
    /// will double", "no one can promise", «الحسابات التي تعد بأن».
    static let othersPromise = Concept("others-promise", [
        "accounts promising", "anyone promising", "people promising", "promising that", "who promise", "that promise",
        "no one can promise", "nobody can promise", "no one can guarantee", "nobody can guarantee",
        "=تعد بأن", "=يعد بأن", "=تعدكم", "=يعدكم", "=يعدك", "=تعدك", "=التي تعد", "=الذي يعد", "=وعود",
        "=لا أحد يستطيع", "=لا أحد يضمن", "=لا يمكن لأحد",
    ])

    static let frames: [Frame] = [
        // Not what impostors promise in a warning about them («حسابات تنتحل اسم الشركة وتروّج لعملة»),
        // nor a promise warned of or said to be impossible ("beware of accounts promising…").
        Frame(anchor: Concepts.priceTalk, with: [Concepts.tradableAsset], without: [Concepts.impostors, Concepts.warning, Self.othersPromise],
              blockedBy: [.negation, .quotation, .published, .question], window: 1),
        Frame(anchor: Concepts.priceTalk, anyEntity: [.ticker], without: [Concepts.impostors, Concepts.warning, Self.othersPromise],
              blockedBy: [.negation, .quotation, .published, .question], window: 1),
        Frame(anchor: Concepts.adviceHedge, anyEntity: [.ticker], blockedBy: [.quotation], window: 1),
        // A share's gain since its listing set out as a track record: "issue price 76 (current
        // market price 150)", «سعر الطرح ٣٢ ريالاً والسعر الحالي ٦٠». Both prices are public;
        // put side by side by an adviser or an issuer, they sell the next listing.
        Frame(anchor: Self.issuePrice, with: [Self.currentPrice], blockedBy: [.negation, .quotation, .question], window: 1),
        // The moment to trade set by news still to come, no asset named: "buy now before the
        // results come out", «اشتروا قبل إعلان النتائج». Only the company's own news can time it;
        // a shop's "before the offer ends" names no disclosure.
        Frame(anchor: Self.tradeAdvice, with: [Self.beforeTheNews], without: [Concepts.impostors, Concepts.warning],
              blockedBy: [.negation, .quotation, .question, .published]),
    ]

    /// Telling people to trade, or what the speaker would do: "buy now", "I'd buy", «اشتروا».
    static let tradeAdvice = Concept("price-promotion.trade-advice", [
        "buy now", "sell now", "i'd buy", "i would buy", "i'd sell", "i would sell", "get in now", "load up", "time to buy", "time to sell",
        "=اشتروا", "=اشتر", "=لاشتريت", "=بيعوا", "=اشتروا الآن", "=وقت الشراء", "=وقت البيع", "=الحقوا",
    ])
    /// News that has not come out: "before the results", «قبل إعلان النتائج».
    static let beforeTheNews = Concept("price-promotion.before-the-news", [
        "before the results", "before results", "before the announcement", "before the earnings", "before earnings",
        "before the numbers", "before the news", "before the disclosure", "before we announce", "before the agm",
        "=قبل النتائج", "=قبل إعلان النتائج", "=قبل الإعلان", "=قبل الإفصاح", "=قبل إعلان", "=قبل ما نعلن", "=قبل أن نعلن",
        "=قبل الجمعية العمومية", "=قبل صدور النتائج",
    ])

    /// The price a share was first sold at.
    static let issuePrice = Concept("price-promotion.issue-price", [
        "issue price", "ipo price", "offer price", "listing price", "=سعر الطرح", "=سعر الاكتتاب", "=سعر الإدراج", "=سعر الطرح الأولي",
    ])
    /// What it trades at now.
    static let currentPrice = Concept("price-promotion.current-price", [
        "current market price", "current price", "now trades at", "now trading at", "trades at", "market price today",
        "=السعر الحالي", "=سعره الحالي", "=سعر السوق الحالي", "=السعر السوقي", "=يتداول حاليا", "=يتداول حالياً", "=يتداول الآن",
    ])

    var lexicons: [Lexicon] {
        Self.lexicons(of: Self.frames, and: [Self.refusesToAdvise, Concepts.retailSale, Concepts.priceHeading, Concepts.priceVerdict, Concepts.sharePriced, Concepts.setPerShare,
                                             Concepts.goodsInStock, Concepts.warning, Concepts.denial])
    }

    /// A shop's sale: "Buy now, pay less: 30% off all running shoes. While stocks last!" Its
    /// "buy now" sells goods, and "stocks" a sentence later names no shares; a sale on a
    /// token or a ticker in the same sentence ("30% off the token price") is still promotion.
    static func isShopSale(_ sentence: Int, in post: PostAnalysis) -> Bool {
        post.sentence(sentence, has: Concepts.retailSale.lexicon) && !post.sentence(sentence, has: Concepts.tradableAsset.lexicon)
            && !Entity.ticker.occurs(in: sentence, of: post)
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        // Followers' question reported and advice refused in it or the next sentence ("many of you
        // ask whether to buy… I give nobody recommendations; ask a licensed adviser") promotes nothing.
        var findings = frameFindings(in: post) { hit in
            !SharePriceRule.declinesAdvice(in: post.sentenceIndex(of: hit), of: post, refusal: Self.refusesToAdvise.lexicon)
                && !Self.isShopSale(post.sentenceIndex(of: hit), in: post)
        }
        let taken = Set(findings.map(\.start))
        for hit in Self.priceTargets(in: post) {
            let language = post.feedbackLanguage
            let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
            let candidate = finding(Self.targetMessage(language, post.excerpt(hit)), tokens: sentence, in: post,
                                    suggestion: Self.suggestion(language))
            if !taken.contains(candidate.start) { findings.append(candidate) }
        }
        return findings
    }

    /// A price target: a share, and a price with where it is going said right before it
    /// ("will be a $800+ stock", «سيتجاوز سهمنا ١٠٠ ريال») or a verdict said right after
    /// it ("$45 a share is conservative", «٣٠ ريال للسهم قليل»). The words must touch the
    /// price (three words at most between): "will be delivered" later in a sentence that
    /// names a price says nothing about the price. Not an offering, a payout or a nominal
    /// value (set, not forecast), goods in stock, a warning, a denial, a question or a report.
    static func priceTargets(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        let tokens = post.text.tokens
        var result: [PhraseMatcher.Hit] = []
        var seen = Set<Int>()
        let headings = post.hits(Concepts.priceHeading.lexicon), verdicts = post.hits(Concepts.priceVerdict.lexicon)
        guard !headings.isEmpty || !verdicts.isEmpty else { return [] }
        let currency = post.hits(Entity.currency)
        /// Number tokens that are money: "$" before, or a currency word touching it.
        func isMoney(_ index: Int) -> Bool {
            guard tokens[index].kind == .number else { return false }
            if index > 0, tokens[index - 1].text == "$" || (index > 1 && tokens[index - 1].text == "@" && tokens[index - 2].text == "$") { return true }
            return currency.contains { $0.firstToken == index + 1 || $0.endToken == index || ($0.firstToken == index + 2 && tokens[index + 1].kind == .punctuation) }
        }
        /// A share named as the thing priced, or a ticker in the sentence or the one before:
        /// "The future of $AMD? I would say $12 is conservative!" asks and answers.
        func namesTheShare(_ sentence: Int) -> Bool {
            post.sentence(sentence, has: Concepts.sharePriced.lexicon) || Entity.ticker.occurs(in: sentence, of: post)
                || (sentence > 0 && Entity.ticker.occurs(in: sentence - 1, of: post))
        }
        for (hit, after) in headings.map({ ($0, true) }) + verdicts.map({ ($0, false) }) {
            let sentence = post.sentenceIndex(of: hit)
            guard !seen.contains(sentence) else { continue }
            let range = post.text.sentences[sentence]
            // The price right after a heading, or right before a verdict.
            let near = after ? hit.endToken..<min(range.upperBound, hit.endToken + 4)
                             : max(range.lowerBound, hit.firstToken - 4)..<hit.firstToken
            guard near.contains(where: isMoney), namesTheShare(sentence),
                  ![Concepts.setPerShare, Concepts.goodsInStock, Concepts.warning, Concepts.denial].contains(where: { post.sentence(sentence, has: $0.lexicon) }),
                  !Modality.negates(hit.firstToken, in: post, clause: true),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.question, .quotation, .published]) else { continue }
            seen.insert(sentence)
            result.append(hit)
        }
        return result
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PricePromotionRule {
    static let targetMessage = Localized(en: "'{1}' sets a price target for a share; an executive's forecast moves the price and is manipulation when it misleads.",
                                         ar: "«{1}» يضع سعراً مستهدفاً لسهم؛ وتوقّع القيادي يحرّك السعر، ويُعد تلاعباً إن ضلّل.")
    static let message = Localized(en: "'{1}' promotes or comments on the price of a share or asset; that can move the market and is manipulation when paid or undisclosed.",
                                   ar: "«{1}» يروّج لسعر سهم أو أصل أو يعلّق عليه، وهذا قد يحرّك السوق، ويُعد تلاعباً إن كان مدفوعاً أو لم يُفصَح عنه.")
    static let suggestion = Localized(en: "Never comment on a price or urge anyone to buy or sell; a paid mention must say it is paid and how much.",
                                      ar: "لا تعلّق على الأسعار ولا تحثّ أحداً على بيع أو شراء، وأي إشارة مدفوعة يجب أن تذكر أنها مدفوعة وبكم. مثال: «لا نعلّق على سعر السهم».")
}
