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
            .passes("GCC equities rose 2% this week on strong earnings. This is not investment advice.", .en),
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
        ])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.priceTalk, with: [Concepts.tradableAsset], blockedBy: [.negation, .quotation, .published, .question], window: 1),
        Frame(anchor: Concepts.priceTalk, anyEntity: [.ticker], blockedBy: [.negation, .quotation, .published, .question], window: 1),
        Frame(anchor: Concepts.adviceHedge, anyEntity: [.ticker], blockedBy: [.quotation], window: 1),
    ]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PricePromotionRule {
    static let message = Localized(en: "'{1}' promotes or comments on the price of a share or asset; that can move the market and is manipulation when paid or undisclosed.",
                                   ar: "«{1}» يروّج لسعر سهم أو أصل أو يعلّق عليه، وهذا قد يحرّك السوق، ويُعد تلاعباً إن كان مدفوعاً أو لم يُفصَح عنه.")
    static let suggestion = Localized(en: "Never comment on a price or urge anyone to buy or sell; a paid mention must say it is paid and how much.",
                                      ar: "لا تعلّق على الأسعار ولا تحثّ أحداً على بيع أو شراء، وأي إشارة مدفوعة يجب أن تذكر أنها مدفوعة وبكم. مثال: «لا نعلّق على سعر السهم».")
}
