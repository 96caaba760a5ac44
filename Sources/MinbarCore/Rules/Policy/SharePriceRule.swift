/// Comments on the organisation's own share price, or advice to buy, sell or hold.
struct SharePriceRule: Rule {
    /// Refusing to give investment advice, the answer a compliance officer wants.
    static let adviceRefusal = Lexicon("policy.share-price.refusal", [
        "can't advise", "cannot advise", "not able to advise", "can't give investment advice", "not investment advice",
        "licensed adviser", "licensed advisor", "ما أقدر أنصح", "لا أستطيع أن أنصح", "لا يمكنني النصح", "مستشار مرخص",
        "مستشار مالي مرخص", "لا نقدم نصائح",
    ])

    /// A refusal (`refusal`, by default `adviceRefusal`) in the sentence or the one after it
    /// ("Many of you ask whether to buy our shares. I can't advise anyone on that.").
    static func declinesAdvice(in sentence: Int, of post: PostAnalysis, refusal: Lexicon = adviceRefusal) -> Bool {
        (sentence...min(sentence + 1, post.text.sentences.count - 1)).contains { post.sentence($0, has: refusal) }
    }

    /// A formal disclosure of a dealing: the notice itself, not a post about the price.
    /// Narrower than "published": "I sign its annual report" still talks the share up.
    static let disclosing = Lexicon("policy.share-price.disclosing", [
        "disclosure", "as filed", "filed with the exchange", "notifies the market", "informs the market", "إفصاح", "=تفصح", "=يفصح",
        // The dealing reported from its published filing: "according to the announcement (ref. …)".
        "according to the announcement", "as announced on", "reference number", "ref. no", "وفقا للإعلان", "وفقاً للإعلان", "بحسب الإعلان",
        "رقم المرجع", "الرقم المرجعي",
        "تعلن الشركة", "يعلن البنك", "تحيط الشركة", "يحيط البنك",
    ])

    /// The company buying back its own shares: «شراء أسهم الخزينة» is a capital action
    /// (judged by `policy.corporate-action`), not advice to buy.
    static let buyback = Lexicon("policy.share-price.buyback", [
        "buyback", "buy-back", "buy back", "buying back", "share repurchase", "repurchase", "treasury shares",
        "أسهم الخزينة", "إعادة شراء", "برنامج إعادة الشراء", "شراء أسهمها", "إعادة الشراء",
    ])

    /// The comment words a buyback itself is made of.
    static let purchaseWords = WordSet(["buy", "buying", "شراء", "بشراء", "وشراء", "الشراء"].map(TextNormalizer.normalize))

    /// Somebody asking: the question that follows is theirs.
    static let asking = Lexicon("policy.share-price.asking", [
        "ask", "asks", "asking", "asked", "people ask", "question", "questions",
        "يسأل", "يسألون", "بتسأل", "تسأل", "سألني", "يسألوني", "تسألون", "سؤال", "أسئلة", "يستفسر", "استفسار",
    ])

    /// Advice that names its asset or is only said of one.
    static let strong = Lexicon("policy.share-price", [
        "buy the dip", "time to invest in us", "invest in us", "price target", "to the moon", "buy more shares", "buy our shares",
        "sell your shares", "hold your shares", "احتفظوا بأسهمكم",
        // Buying more, said as one's own plan or as a hypothetical: "if I were an investor I'd be
        // adding to my position". (Not with the everyday words: a "position" is also a job.)
        "adding to my position", "add to my position", "add to your position", "adding to your position", "increase your position",
        "increasing my position", "buying the dip", "if i were an investor", "أزيد حصتي", "زيدوا حصصكم", "لو كنت مستثمرا", "لو كنت مستثمراً",
    ])
    /// Advice words that are also said of a home, a menu or a training programme ("a great time to
    /// buy a home", «برنامج التدريب فرصة ذهبية»). Alone ("It's a great time to buy.") they advise
    /// on the share; said of an everyday thing and of no asset, they do not.
    // "Buy!" and "sell!" alone are a shop's words («اشتروا منتجاتنا»): beside a share they advise (`priceComment`).
    static let everydayAdvice = Lexicon("policy.share-price.everyday-advice", [
        "under its value", "below its value", "تحت قيمته", "تحت قيمتها", "لا تبع", "لا تبيعوا", "يشتري الحين",
        "undervalued", "overvalued", "good time to buy", "great time to buy", "cheap at this price", "a bargain", "load up",
        "is a steal", "a steal at", "buying with both hands", "before they go up", "before it goes up", "cheapest opportunity",
        "=صفقة رابحة بهذا السعر", "=صفقة رابحة", "=قبل ما يرتفع", "=قبل أن ترتفع", "=قبل ما ترتفع", "=أرخص فرصة",
        "مقوم بأقل", "مقومة بأقل", "أقل من قيمته", "أقل من قيمتها", "فرصة للشراء", "فرصة شراء", "سعر مغر", "فرصة ذهبية",
        // The company said to be mispriced, and the buyers said to be coming: "the market still
        // values us like it's 2019", "the smart money is already moving in", «أرخص فرصة في السوق».
        "values us like", "valuing us like", "still values us", "hasn't priced in", "has not priced in", "not priced in", "the smart money",
        "the best bargain", "cheapest stock", "below book value", "under book value", "below its book value", "won't stay down",
        "will not stay down", "=يقيمنا وكأننا", "=يقيمنا كأننا", "=يقيّمنا وكأننا", "=يقيّمنا كأننا", "=الأموال الذكية",
        "=أرخص فرصة", "=أرخص سهم",
    ])
    /// What everyday advice words are said of when they are not about an asset.
    static let everydayThings = Concept("everyday-things", [
        "home", "homes", "house", "houses", "flat", "apartment", "villa", "property", "car", "cars", "menu", "meal", "breakfast",
        "lunch", "dinner", "ticket", "tickets", "flight", "flights", "holiday", "course", "courses", "programme", "program",
        "training", "internship", "scholarship", "camp", "nurses", "teachers", "doctors", "volunteers",
        "منزل", "بيت", "شقة", "فيلا", "سيارة", "سيارات", "قائمة الطعام", "وجبة", "الإفطار", "الغداء", "العشاء",
        "تذاكر", "تذكرة", "رحلة", "رحلات", "الطيران", "دورة", "برنامج", "التدريب", "تدريب", "منحة", "المخيم",
        "الممرضات", "الممرضين", "المعلمين", "الأطباء", "المتطوعين",
    ])
    /// An everyday-advice hit said of an everyday thing or of people, in a sentence that names
    /// no asset or share. (Not `Concepts.commerce`: its "buy" is in "a great time to buy" itself.)
    static func saidOfEverydayThings(_ sentence: Int, of post: PostAnalysis) -> Bool {
        [everydayThings.lexicon, Concepts.workforce.lexicon].contains { post.sentence(sentence, has: $0) }
            && ![Concepts.tradableAsset.lexicon, shares].contains { post.sentence(sentence, has: $0) }
    }
    static let shares = Lexicon("policy.share-price.shares", [
        "stock down", "stock up", "shares down", "shares up", "vested shares", "share plan", "today's level", "the share", "=سهم", "السعر الحالي", "=أسهما", "=أسهمكم",
        "share price", "our shares", "our stock", "stock price", "the stock", "the shares", "our share", "shareholders who buy",
        "سعر السهم", "أسعار الأسهم", "=أسهمنا", "أسهم الشركة", "=السهم", "سعر سهم", "=الأسهم",
    ])
    static let priceComment = Lexicon("policy.share-price.comment", [
        "ignore", "ignore the noise", "nothing to fear", "overreaction", "investors should", "long-term holders", "hit our share price",
        "does not reflect", "doesn't reflect", "do not reflect", "reflect the value", "patient", "overreact", "overreacting", "smart money", "back soon", "holding on", "hold on to", "rather than selling", "don't sell", "undervalue", "لا يعكس", "قيمته الحقيقية", "قيمتها الحقيقية", "قيمته العادلة", "قيمتها العادلة", "تحت قيمته", "أقل بكثير", "لا تبع", "تبيع", "يشتري", "مبالغ فيه", "سيصحح", "لن يندم", "تريث", "القيمة الحقيقية", "لا يعكس قيمة",
        "buy", "sell", "hold", "rise", "will rise", "fall", "soar", "jump", "cheap", "bargain", "double", "higher", "rally",
        "recover", "bounce", "worth more", "deserves", "should be", "will be",
        "=اشتر", "اشتروا", "بيعوا", "استثمروا", "شراء", "بيع", "سيرتفع", "سترتفع", "ارتفاع", "يستحق", "تستحق", "سيتضاعف", "ستتضاعف", "سيتعافى", "رخيص", "رخيصة",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.share-price", title: "Share price comments and investment advice",
        titleAr: "التعليق على سعر السهم والنصح بالاستثمار", dimension: .compliance, severity: .error,
        rationale: """
            An executive who talks up the share price, or tells people to buy or sell, is giving investment \
            advice with inside knowledge. Regulators treat it as market manipulation; the safe answer is that \
            you do not comment on share price movements.
            """,
        rationaleAr: """
            القيادي الذي يمتدح سعر السهم أو يدعو الناس إلى البيع أو الشراء يقدم نصيحة استثمارية وهو يملك \
            معلومات داخلية. والجهات الرقابية تعامل ذلك تلاعباً بالسوق؛ والجواب الآمن أنك لا تعلّق على تحركات \
            سعر السهم.
            """,
        examples: [
            // The closed-period reminder states the rule; it advises nobody.
            .passes("Insiders must not buy or sell our shares before the results are published.", .en),
            .passes("يُحظر على المطلعين بيع أسهم الشركة أو شراؤها قبل نشر النتائج.", .ar),
            .triggers("At 9 riyals our stock is a steal. I'd be buying with both hands.", .en),
            .triggers("بسعر ٩ ريالات سهمنا صفقة رابحة، ولو كنت مكانكم لاشتريت بكلتا اليدين.", .ar),
            // The company called mispriced, and the buyers said to be coming.
            .triggers("The market still values us like it's 2019. The smart money is already buying; the rest will catch up.", .en),
            .triggers("السوق ما زال يقيّمنا وكأننا في ٢٠١٩، والأموال الذكية بدأت تشتري بالفعل.", .ar),
            .triggers("بسعر اليوم، سهمنا أرخص فرصة في السوق.", .ar),
            .passes("Our youth savings account teaches smart money habits from the age of 12.", .en),
            .triggers("Below book value at 14 riyals? Our share won't stay down here for long 😉", .en),
            // A question reported, then declined.
            .passes("Several shareholders have asked about this week's fall in our share price. We don't comment on market movements; all material information is published on the exchange.", .en),
            .passes("سألنا عدد من المساهمين عن انخفاض سعر سهمنا هذا الأسبوع. لا نعلق على تحركات السوق، وكل المعلومات الجوهرية منشورة على موقع تداول.", .ar),
            .passes("أرخص فرصة لامتلاك شقتك الأولى: دفعة أولى ٥٪ فقط.", .ar),
            // The company buying back its own shares after approval advises nobody to buy.
            .passes("بعد موافقة الجمعية العامة وهيئة السوق، تبدأ الشركة برنامج شراء أسهم الخزينة بحد أقصى ١٠٪ من الأسهم المصدرة.", .ar),
            .passes("Our buyback programme lets the company buy back up to 10% of the shares from 1 August.", .en),
            .triggers("Our buyback shows the shares are cheap at today's level.", .en),
            .triggers("برنامج إعادة الشراء دليل على أن السهم رخيص، اشتروا قبل فوات الأوان.", .ar),
            // A sale of goods, and a dealing reported from its published filing.
            .passes("اشترِ الحين ووفّر، خصم ٢٥٪ على العبايات في كل فروعنا حتى الخميس.", .ar),
            .passes("وفقاً للإعلان المنشور على موقع السوق (رقم المرجع ٢٠٢٦/٠١٢)، اشتريت ١٠ آلاف سهم من أسهم الشركة.", .ar),
            .passes("According to the announcement on the exchange website (reference number 2026/012), I bought 10,000 of our shares.", .en),
            .passes("بتجيلي رسايل كتير بتسأل أشتري السهم ولا لأ. أنا مش مستشار استثمار.", .ar),
            .passes("Many of you ask whether to buy our shares now or not. I am not an adviser.", .en),
            .passes("اشتروا منتجاتنا من فروعنا هذا الأسبوع.", .ar),
            .passes("ما تشتري إذا ما عجبك المنتج، والوزن مكتوب على الكيس.", .ar),
            .triggers("اشتروا أسهم الشركة الآن قبل الارتفاع.", .ar),
            .triggers("Our shares are undervalued. Now is a great time to buy.", .en),
            .triggers("The stock will rise once the market sees our plan.", .en),
            .triggers("سهمنا مقوم بأقل من قيمته، وهي فرصة للشراء.", .ar),
            .passes("We do not comment on share price movements. Our results are published on 5 February.", .en),
            .passes("لا نعلق على حركة سعر السهم، وسننشر النتائج في موعدها.", .ar),
            // A market report's "worth" («بقيمة») is a traded value, not a verdict on the price.
            .passes("تم تداول ٣ ملايين سهم خلال الجلسة بقيمة ٥٠ مليون ريال.", .ar),
            .passes("Three million shares worth SAR 50 million changed hands in today's session.", .en),
            .triggers("سعر سهمنا اليوم لا يعكس قيمته الحقيقية.", .ar),
            .passes("Many of you ask whether you should buy our shares. I can't advise anyone on that; please speak to a licensed adviser.", .en),
            .passes("@mohd_inv ما أقدر أنصح أحد يشتري أو يبيع السهم، استشر مستشار مرخّص.", .ar),
            // A director's dealing, disclosed through the exchange.
            .passes("إفصاح: تعلن الشركة أن عضو مجلس الإدارة اشترى ٥٠٬٠٠٠ سهم بمتوسط سعر ٣٫١٢ ريال وفق قواعد تداول المطلعين.", .ar),
            .passes("Disclosure: director Khalid Al Mansoori bought 50,000 shares on 12 May at SAR 3.12, as filed with the exchange.", .en),
            // Advice words said of a home, a programme or people, with no asset in the sentence.
            .passes("Now is a great time to buy a home: our mortgage rate fell to 4.1% this week.", .en),
            .passes("برنامج التدريب الصيفي فرصة ذهبية للطلاب، والتسجيل مفتوح حتى ٣٠ مايو.", .ar),
            .passes("Nurses are undervalued, and this year we raised their pay by 8%.", .en),
            .passes("سعر مغر لتذاكر الطيران إلى صلالة هذا الأسبوع فقط.", .ar),
            // The same words alone, or beside the share, still advise.
            .triggers("It's a great time to buy. The market hasn't priced in what's coming.", .en),
            .triggers("فرصة ذهبية قبل الإعلان، لا تفوتوها 😉", .ar),
            .triggers("Our shares are a bargain at this level, a better buy than any home.", .en),
            .triggers("سهمنا فرصة ذهبية الآن، أفضل من شراء شقة.", .ar),
            // The refusal holds only up to a "but".
            .triggers("We don't comment on rumours, but our shares are a bargain at this price.", .en),
            .triggers("لا نعلق على الشائعات، لكن سهمنا رخيص جداً الآن.", .ar),
            .passes("We do not comment on our share price; results come out on 28 January.", .en),
            .passes("لا نعلق على سعر السهم، والنتائج تصدر في ٢٨ يناير.", .ar),
            .triggers("Can't say more before results day, but if I were an investor I'd be adding to my position this week.", .en),
            .triggers("لو كنت مستثمراً لزدت حصتي هذا الأسبوع قبل النتائج.", .ar),
        ])

    var lexicons: [Lexicon] {
        [Self.strong, Self.everydayAdvice, Self.everydayThings.lexicon, Concepts.workforce.lexicon, Concepts.retailSale.lexicon,
         Concepts.tradableAsset.lexicon, Self.shares, Self.priceComment, SharedLexicons.noComment, Self.adviceRefusal, Self.asking, Self.disclosing, SharedLexicons.dealingForbidden, Self.buyback] + Modality.allLexicons
    }

    /// Built once: building them in `check` cost allocations on every post.
    /// Two statics, not an array: `checks.flatMap { $0.hits(in:) }` copied each check, its
    /// lexicons and lists retained and released, for every post.
    static let strongCheck = SentencePhraseCheck(trigger: Self.strong, refusals: [SharedLexicons.noComment])
    static let everydayAdviceCheck = SentencePhraseCheck(trigger: Self.everydayAdvice, refusals: [SharedLexicons.noComment])
    static let priceCommentCheck = SentencePhraseCheck(trigger: Self.shares, requiresInSentence: [Self.priceComment],
                                                       refusals: [SharedLexicons.noComment])

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        var sentences = Set<Int>()
        // "Buy now" said of shoes on sale, or of a home, sells goods, not shares.
        let everyday = Self.everydayAdviceCheck.hits(in: post).filter {
            !Self.saidOfEverydayThings(post.sentenceIndex(of: $0), of: post) && !PricePromotionRule.isShopSale(post.sentenceIndex(of: $0), in: post)
        }
        // "Buy" beside a buyback is the company's own purchase; any other comment in the
        // sentence ("our buyback shows the shares are cheap") still is one.
        let comments = Self.priceCommentCheck.hits(in: post).filter { hit in
            let sentence = post.sentenceIndex(of: hit)
            guard post.sentence(sentence, has: Self.buyback) else { return true }
            return post.hits(Self.priceComment, inSentence: sentence).contains { comment in
                comment.endToken - comment.firstToken > 1 || !Self.purchaseWords.contains(post.text.tokens.text(at: comment.firstToken))
            }
        }
        for hit in Self.strongCheck.hits(in: post) + everyday + comments {
            let sentence = post.sentenceIndex(of: hit)
            guard !sentences.contains(sentence),
                  // Declining to advise ("I can't advise anyone on buying our shares") is the right answer.
                  !post.declines(about: hit), !Self.declinesAdvice(in: sentence, of: post),
                  // A disclosure («إفصاح: … اشترى عضو مجلس الإدارة ٥٠٬٠٠٠ سهم») is the channel a dealing belongs in.
                  !post.sentence(sentence, has: Self.disclosing), !post.sentence(sentence, has: SharedLexicons.dealingForbidden),
                  // "People ask whether to buy the stock or not" reports a question; it advises nobody.
                  // A rhetorical question ("Isn't our stock a bargain?") still does. So does the
                  // question reported and then declined: "shareholders have asked about this week's
                  // fall in our share price. We don't comment on market movements."
                  !(post.sentence(sentence, has: Self.asking)
                    && (Modality.of(sentence: sentence, in: post).contains(.question)
                        || Self.declinesAdvice(in: sentence, of: post, refusal: SharedLexicons.noComment)))
            else { continue }
            sentences.insert(sentence)
            findings.append(finding(Self.message(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.suggestion(post.feedbackLanguage)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension SharePriceRule {
    static let message = Localized(en: "'{1}' comments on the share price or advises investors; that is investment advice with inside knowledge.",
                                   ar: "«{1}» تعليق على سعر السهم أو نصيحة للمستثمرين؛ وهذه نصيحة استثمارية ممن يملك معلومات داخلية.")
    static let suggestion = Localized(en: "Say you do not comment on share price movements, and point to published results and the IR desk.",
                                      ar: "قل إنك لا تعلّق على تحركات سعر السهم، وأشر إلى النتائج المنشورة وإدارة علاقات المستثمرين.")
}
