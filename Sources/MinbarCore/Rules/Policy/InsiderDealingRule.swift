/// An insider telling followers that they will buy or sell the company's shares, or
/// just have. A director's or an executive's dealing goes to the exchange first, and a
/// post about it moves the price before the filing (a CEO's poll on selling a tenth of
/// his stock, November 2021, did).
struct InsiderDealingRule: Rule, FrameRule {
    /// Buying or selling.
    static let dealing = Concept("dealing", [
        "sell", "selling", "sold", "buy", "buying", "bought", "offload", "offloading", "dump", "dumping", "unload",
        "unloading", "cash out", "cashing out", "trim", "trimmed", "trimming", "add to", "added to", "adding to", "topped up",
        "top up", "أضيف إلى", "أضفت إلى", "سأضيف إلى", "رفعت حصتي", "زودت حصتي",
        "أبيع", "سأبيع", "ببيع", "بعت", "بيع", "=أشتري", "=سأشتري", "=اشتريت", "شراء", "أتخارج", "التخارج",
    ])
    /// Shares held: "my shares", "my stake", «أسهمي», «حصتي». Not "stock" alone, which a
    /// shop or a shelter holds as goods. «أسهم» exact: its forms meet «يسهم» ("contributes").
    static let heldShares = Concept("held-shares", [
        "=shares", "=stake", "=holding", "=holdings", "=equity", "my stock", "company stock", "stock options",
        "=أسهم", "=أسهما", "=أسهمي", "=الأسهم", "=أسهمه", "=أسهمها", "=سهم", "حصتي", "حصة",
    ])
    /// The one who deals, in the first person singular: the pronoun within three words
    /// before the verb ("I propose selling", "I'm thinking of selling"), "my" within four
    /// words after it, an Arabic verb or noun that says "I" itself, or the verb that opens
    /// the sentence in the past, as posts drop the "I" ("Just bought more shares").
    static let selfBefore = WordSet(["i", "i'm", "im", "i'll", "i've", "i'd", "me", "أنا", "انا"].map(TextNormalizer.normalize))
    static let droppedSubject = WordSet(["just", "today", "finally", "also"].map(TextNormalizer.normalize))
    static let pastDealing = WordSet(["bought", "sold", "offloaded", "dumped", "unloaded"].map(TextNormalizer.normalize))
    /// Not «أشتري» ("I buy"): folded, it is «اشترى» ("he bought").
    static let selfWords = WordSet(["my", "أسهمي", "اسهمي", "حصتي", "سأبيع", "أبيع", "ابيع", "ببيع", "بعت", "سأشتري", "بشتري",
                                    "اشتريت", "أتخارج"].map(TextNormalizer.normalize))

    /// "Stock" after "my" with at most a name between ("my Tesla stock", "my stock"): the
    /// shares one holds. Alone, "stock" is a shop's goods ("selling stock at half price").
    static let stock = Concept("stock", ["=stock"])
    static let possessive = WordSet(["my"].map(TextNormalizer.normalize))

    /// Whether a "stock" in `sentence` has "my" one or two words before it.
    static func namesOwnStock(in sentence: Int, of post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens, range = post.text.sentences[sentence]
        return post.hits(stock.lexicon, inSentence: sentence).contains { hit in
            (max(range.lowerBound, hit.firstToken - 2)..<hit.firstToken).contains { possessive.contains(tokens[$0].text) }
        }
    }

    /// Somebody else's question reported: "a reader asks", «سألني متابع».
    static let askedByOthers = Concept("asked-by-others", [
        "asks", "asked", "asking me", "question from", "يسأل", "سألني", "يسألني", "سؤال من", "تسألون", "يسألون",
        // Asked, in the passive and the plural: «سُئلت عن…», «سألوني».
        "=سئلت", "=سئلنا", "=سئل", "سألوني", "سألونا",
    ])

    /// Not blocked by a question: asking followers whether to sell («هل أبيع؟», "should I
    /// sell my stake? vote below") is the same news, put to a poll.
    static let frames: [Frame] = [
        // Shares held, or "stock" (which `check` keeps only after "my": see `namesOwnStock`).
        Frame(anchor: dealing, withAny: [heldShares, stock], without: [askedByOthers], blockedBy: [.negation, .quotation, .published]),
    ]

    let descriptor = RuleDescriptor(
        id: "policy.insider-dealing", title: "An insider's own dealing",
        titleAr: "تداول المطّلع على أسهم شركته", dimension: .compliance, severity: .error,
        rationale: """
            An executive or a director who says they will buy or sell their company's shares, or just did, \
            tells the market something it weighs heavily: what an insider thinks the shares are worth. Dealings \
            are reported to the exchange first, within its deadline, and a post ahead of the filing moves the \
            price; a poll of followers on whether to sell is the same news asked as a question.
            """,
        rationaleAr: """
            حين يقول رئيس تنفيذي أو عضو مجلس إدارة إنه سيبيع أسهم شركته أو يشتريها، أو إنه فعل ذلك للتو، \
            فهو يخبر السوق بما يزنه كثيراً: رأي المطّلع في قيمة السهم. وتعاملات المطّلعين تُبلَّغ للسوق المالية \
            أولاً في موعدها، والمنشور الذي يسبق الإفصاح يحرّك السعر.
            """,
        examples: [
            .triggers("I'm thinking of selling a tenth of my shares this month. Tell me what you think below.", .en),
            .triggers("Just bought more shares in our company. That's how much I believe in this team.", .en),
            .triggers("أفكر في بيع جزء من أسهمي في الشركة هذا الشهر. ما رأيكم؟", .ar),
            .triggers("اشتريت اليوم أسهماً إضافية في شركتنا لأني مؤمن بمستقبلها.", .ar),
            .passes("I have no plans to sell any of my shares.", .en),
            .passes("لن أبيع أي سهم من أسهمي.", .ar),
            // Someone else's dealing, and shares nobody deals in.
            .passes("Our pension fund partner bought a 5% stake in the port operator last year.", .en),
            .passes("اشترى صندوق التقاعد الشريك حصة في مشغل الميناء العام الماضي.", .ar),
            .passes("Our founders have not sold a single share since 2010, and they tell me they never will.", .en),
            .passes("I sold my first car to pay for university.", .en),
            .passes("As filed with the exchange today, I bought 20,000 shares in the company.", .en),
            .passes("Should I sell my shares, a reader asks? I can't give investment advice.", .en),
            .triggers("Poll for my followers: should I sell part of my stake this year, or hold? Vote below.", .en),
            .triggers("هل أبيع جزءاً من حصتي في الشركة أم أنتظر؟ صوّتوا في الأسفل.", .ar),
            .passes("سألني متابع: هل أبيع أسهمي؟ لا أقدم نصائح استثمارية.", .ar),
            // The company's name between "my" and "stock"; a shop's stock is goods.
            .triggers("I propose selling 10% of my Tesla stock this year. Do you support this?", .en),
            .triggers("أقترح بيع ١٠٪ من أسهمي في تسلا هذا العام. هل تؤيدون؟", .ar),
            .passes("I'm selling all our winter stock at half price this weekend.", .en),
            .passes("نبيع كل مخزون الشتاء بنصف السعر نهاية هذا الأسبوع.", .ar),
            .passes("I will not be selling any of my Tesla stock this year.", .en),
            .passes("لن أبيع أي جزء من أسهمي في تسلا هذا العام.", .ar),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        frameFindings(in: post) { hit in
            let sentence = post.sentenceIndex(of: hit)
            return Self.saysI(about: hit, in: post)
                && (post.sentence(sentence, has: Self.heldShares.lexicon) || Self.namesOwnStock(in: sentence, of: post))
        }
    }

    /// Whether the one dealing is the writer: see `selfBefore` and `selfWords`.
    static func saysI(about hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
        let before = max(sentence.lowerBound, hit.firstToken - 3)..<hit.firstToken
        let after = hit.firstToken..<min(sentence.upperBound, hit.endToken + 4)
        if before.contains(where: { selfBefore.contains(tokens[$0].text) }) || after.contains(where: { selfWords.contains(tokens[$0].text) }) {
            return true
        }
        if pastDealing.contains(tokens[hit.firstToken].text),
           (sentence.lowerBound..<hit.firstToken).allSatisfy({ droppedSubject.contains(tokens[$0].text) }) {
            return true
        }
        return sentence.contains { tokens[$0].isArabic && selfWords.contains(tokens[$0].text) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension InsiderDealingRule {
    static let message = Localized(en: "'{1}' tells followers about your own dealing in the company's shares; that goes to the exchange first.",
                                   ar: "«{1}» يخبر المتابعين بتداولك الشخصي في أسهم الشركة، وهذا يُبلَّغ للسوق المالية أولاً.")
    static let suggestion = Localized(en: "Report the dealing to the exchange within its deadline and say nothing before; afterwards, point to the filing.",
                                      ar: "أبلغ السوق المالية بالتعامل في موعده ولا تقل شيئاً قبل ذلك، ثم أشر إلى الإفصاح المنشور.")
}
