/// A product praised in the first person beside a discount code or a weight-loss promise,
/// with nothing in the post saying it is an advert.
struct UndisclosedEndorsementRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "policy.undisclosed-endorsement", title: "Undisclosed paid endorsement",
        titleAr: "ترويج مدفوع غير مُفصح عنه", dimension: .compliance, severity: .error,
        rationale: """
            Praise for a product with a code to buy it reads as the writer's own opinion unless the post says it \
            is paid or gifted. The UK's ASA and CMA, the US FTC and the Gulf's media regulators (the UAE's \
            advertiser permits, Saudi GCAM's rules for influencer ads) require the advert to be labelled \
            ("#ad", «إعلان»); the ASA ruled against unlabelled discount-code posts and weight-loss claims \
            ("lose up to 7lbs in 7 days") on Instagram in 2019 and 2023. Said by an executive, the hidden \
            payment is the company's problem too.
            """,
        rationaleAr: """
            مدح منتج مع كود لشرائه يُقرأ رأياً شخصياً ما لم يقل المنشور إنه مدفوع أو هدية. وتشترط هيئة معايير \
            الإعلان البريطانية وهيئة التجارة الفيدرالية الأمريكية وجهات تنظيم الإعلام في الخليج (ترخيص المعلنين \
            في الإمارات، وضوابط الهيئة العامة للإعلام المرئي والمسموع في السعودية لإعلانات المشاهير) أن يُوسم \
            الإعلان («#إعلان»، "#ad")؛ وقد حكمت الهيئة البريطانية على منشورات بأكواد خصم غير موسومة وبوعود \
            إنقاص وزن («اخسر ٣ كيلو في أسبوع») على إنستغرام في ٢٠١٩ و٢٠٢٣. وإذا قالها قيادي فالأجر الخفي \
            مشكلة شركته أيضاً.
            """,
        examples: [
            .triggers("Honestly, I've been on @GlowVita collagen for 3 months and I love it 😍 Use code NOURA15 for 15% off ✨", .en),
            .triggers("صراحة لي ٣ شهور على كولاجين @GlowVita وصار مفضلي 😍 استخدموا كود NOURA15 وخذوا خصم ١٥٪ ✨", .ar),
            .triggers("I've been staying in shape with my go-to @slimcafe products. You can lose up to 7lbs in 7 days with their capsules!", .en),
            .triggers("جربت منتجات @slimcafe وصارت رفيقتي كل يوم، تخسرون لين ٣ كيلو في أسبوع 😍", .ar),
            // Labelled as an advert: the reader knows who paid.
            .passes("#ad Paid partnership with @DarAlBakhoor 🤍 I love the new oud collection. Code NOOR15 gets 15% off until Friday.", .en),
            .passes("#إعلان بالتعاون مع @DarAlBakhoor 🤍 جربت عطر العنبر الجديد وصار مفضلي. كود HESSA10 يعطيكم خصم ١٠٪.", .ar),
            // The company selling its own goods in its own voice, and health advice with nothing to buy.
            .passes("Our summer sale is here: 30% off all air conditioners until the end of July with code SUMMER30.", .en),
            .passes("عروض الصيف وصلت: خصم ٣٠٪ على جميع المكيفات حتى نهاية يوليو بكود SUMMER30.", .ar),
            .passes("Walking 30 minutes a day helps you lose weight and sleep better; our clinics run free walking groups.", .en),
            .passes("المشي نصف ساعة يومياً يساعد على إنقاص الوزن، وعياداتنا تنظم مجموعات مشي مجانية.", .ar),
            .passes("I love our new app, and so will you: use code LAUNCH10 for 10% off your first order.", .en),
            // Somebody else's advert, reported.
            .passes("The regulator said the influencer wrote 'I love it, use code NOURA15' without labelling it as an ad.", .en),
        ])

    static let frames: [Frame] = [
        // Praise in the writer's own voice beside the way to buy; not the company's own goods
        // ("I love our new app: code LAUNCH10"), whose maker is plain.
        Frame(anchor: Self.ownPraise, with: [Self.wayToBuy], without: [Self.ours], blockedBy: [.quotation, .question, .negation], window: 1),
        // A weight-loss promise beside praise or the way to buy.
        Frame(anchor: Self.weightLossPromise, withAny: [Self.ownPraise, Self.wayToBuy], blockedBy: [.quotation, .question, .negation], window: 1),
    ]

    var lexicons: [Lexicon] { Self.lexicons(of: Self.frames, and: [Self.disclosed]) }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard !Self.isLabelled(post) else { return [] }
        return frameFindings(in: post)
    }

    /// Whether the post says it is an advert, in words or in a hashtag ("#ad", «#إعلان»).
    static func isLabelled(_ post: PostAnalysis) -> Bool {
        !post.hits(disclosed.lexicon).isEmpty || post.hashtagParts.contains { parts in parts.contains { labelTags.contains($0) } }
    }

    /// The label's hashtags, normalised and bare as `Concept.hashtagParts(of:)` gives them.
    static let labelTags: Set<String> = Set(["ad", "ads", "advert", "advertisement", "sponsored", "spon", "gifted", "paidpartnership",
                                             "إعلان", "اعلان", "إعلان مدفوع", "اعلانمدفوع", "إعلانمدفوع"].map { Concept.bare(TextNormalizer.normalize($0)) })

    /// The writer's own praise or use: "I love", "my go-to", «صار مفضلي», «جربت».
    static let ownPraise = Concept("undisclosed-endorsement.own-praise", [
        "i love", "i'm obsessed with", "i am obsessed with", "obsessed with my", "my go-to", "my go to", "my favourite", "my favorite",
        "i've been using", "i have been using", "i've been on", "i have been on", "i swear by", "can't live without", "holy grail",
        "my secret is",
        "=جربت", "=جرّبت", "=مفضلي", "=صار مفضلي", "=صارت مفضلتي", "=رفيقتي كل يوم", "=رفيقي كل يوم", "=ما أستغني عنه", "=ما أستغني عنها",
        "=سر بشرتي", "=سر رشاقتي", "=أنصحكم فيه", "=أنصحكم فيها", "=أنصحكم به", "=أنصحكم بها",
    ])
    /// The company's own: "our", «منتجاتنا».
    static let ours = Concept("undisclosed-endorsement.ours", [
        "our", "=منتجاتنا", "=منتجنا", "=تطبيقنا", "=متجرنا", "=فروعنا", "=عندنا", "=لدينا", "=شركتنا",
    ])
    /// The way to buy: a code, a percentage off, the link in the bio.
    static let wayToBuy = Concept("undisclosed-endorsement.way-to-buy", [
        "use code", "with code", "with the code", "promo code", "discount code", "% off", "link in bio", "link in my bio",
        "=كود", "=بكود", "=كوبون", "=كود خصم", "=كود الخصم", "=وخذوا خصم", "=واحصلوا على خصم", "=الرابط في البايو", "=الرابط بالبايو",
    ])
    /// A weight-loss promise: "lose up to 7lbs", "suppress your hunger", «تخسرون ٣ كيلو».
    static let weightLossPromise = Concept("undisclosed-endorsement.weight-loss", [
        "lose up to", "lose weight fast", "suppress your hunger", "suppress your appetite", "melt fat", "burn fat fast", "flat tummy",
        "=تخسرون لين", "=تخسرين لين", "=تخسر لين", "=تنزلين", "=تنزلون", "=ينزل الوزن", "=يحرق الدهون", "=يسد الشهية", "=بطن مسطح",
    ])
    /// The advert labelled in words: "paid partnership", «بالتعاون مع», "gifted".
    static let disclosed = Concept("undisclosed-endorsement.disclosed", [
        "paid partnership", "sponsored by", "in partnership with", "gifted", "this is an ad", "advertisement", "paid promotion",
        "=إعلان", "=اعلان", "=بالتعاون مع", "=برعاية", "=إعلان مدفوع", "=هدية من",
    ])
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension UndisclosedEndorsementRule {
    static let message = Localized(en: "'{1}' praises a product with a way to buy it, and nothing says it is an advert.",
                                   ar: "«{1}» يمدح منتجاً مع طريقة لشرائه، ولا شيء في المنشور يقول إنه إعلان.")
    static let suggestion = Localized(en: "If you were paid or given it, say so at the start (\"#ad\", \"paid partnership with…\"), and drop any weight-loss promise; if not, leave codes to the brand.",
                                      ar: "إن كان مدفوعاً أو هدية فقلها في أول المنشور («#إعلان»، «بالتعاون مع…»)، واحذف أي وعد بإنقاص الوزن؛ وإلا فاترك الأكواد للعلامة التجارية.")
}
