/// Answering a worry about the firm's money with a promise: "Ignore the FUD, withdrawals
/// are running as always", "our balance sheet is rock solid", "whatever you read this week,
/// your flight will operate as planned", «رواتب الشهر بتنزل مثل كل شهر، لا تلتفتون لخبر
/// الجريدة», "people say we're about to fold; we're not going anywhere". Airlines, lenders
/// and developers said exactly this days before they stopped paying; a promise about the
/// money, or about carrying on, made in answer to reports about the money is a statement
/// about financial condition, and it belongs in disclosure, with the figures behind it.
///
/// Each frame needs its parts: the worry waved away needs the money beside it ("ignore
/// the scaremongering, the vaccine is safe" is a health message); a reassurance needs the
/// firm's finances or the customers' money as its subject, not a product; a promise to
/// carry on needs reports beside it, and not reports of weather or a strike. Teaching
/// ("liquidity management in general", to students) states nobody's condition. A published
/// statement or a quotation does not fire.
extension SolvencyRule {
    /// Calling the worry fear-mongering: "FUD", "scaremongering", «التهويل», «بث الذعر».
    static let worryDismissed = Concept("worry-dismissed", [
        "fud", "#fud", "fear mongering", "fear-mongering", "fearmongering", "scaremongering", "scare mongering", "panic mongering",
        "=التهويل", "=تهويل", "بث الذعر", "بث الهلع", "إثارة الهلع", "إثارة الذعر", "نشر الذعر", "نشر الهلع", "تخويف الناس",
    ])
    /// The firm's finances, or its customers' money in its hands, named as such.
    static let firmFinances = Concept("firm-finances", [
        "our finances", "our balance sheet", "the balance sheet", "our reserves", "our assets", "your assets", "your funds",
        "client funds", "our treasury", "our capital", "our cash",
        "مركزنا المالي", "=ملاءتنا", "=احتياطياتنا", "=أصولنا", "وضعنا المالي", "=ميزانيتنا", "=أموالكم", "=ودائعكم", "=أرصدتكم",
        "=رأسمالنا", "=سيولتنا", "=أموالك", "=مدخراتك", "=مدخراتكم", "=وديعتك",
    ])
    /// Reports about the firm that the post answers: "the articles", "today's headlines",
    /// "whatever you read this week", «ما يُتداول», «خبر الجريدة».
    static let pressReports = Concept("press-reports", [
        "the articles", "the headlines", "today's headlines", "media speculation", "press speculation", "what you read", "whatever you read",
        "whatever you've read", "whatever you have read",
        "what you've read", "what you have read", "the reports about us", "the news about us", "the chatter", "lots of chatter",
        "ما يتداول", "ما يُتداول", "ما يشاع", "ما يُشاع", "ما يقال عن", "خبر الجريدة", "الأخبار المتداولة", "ما نشرته الصحف", "ما نشر عن",
        "الكلام المتداول", "القصص اللي", "نسمع قصص",
    ])
    /// A promise to carry on as before: "will operate as planned", "travel with confidence",
    /// «في موعدها», «مثل كل شهر».
    static let carryingOn = Concept("carrying-on", [
        "as planned", "as normal", "as usual", "as always", "just as normal", "operate normally", "going ahead", "will go ahead",
        "travel with confidence", "book with confidence", "with total confidence", "with complete confidence", "with full confidence",
        "with the utmost confidence", "will not be affecting", "will not affect", "won't affect", "not be affected", "unaffected",
        "في موعدها", "في موعده", "قائمة في موعدها", "مثل كل شهر", "كالمعتاد", "كالعادة", "بشكل طبيعي", "مرتاح البال", "مرتاحة البال",
        "لن تتأثر", "لن يتأثر", "ما راح تتأثر", "بدون أي تأثير",
    ])
    /// What makes reports about carrying on no word on money: weather, a strike, a storm.
    static let ordinaryDisruption = Concept("ordinary-disruption", [
        "weather", "storm", "sandstorm", "fog", "strike", "industrial action", "heatwave", "rain", "flood", "flooding",
        "=الطقس", "=العاصفة", "=الغبار", "=الضباب", "=الإضراب", "=الأمطار", "=السيول",
    ])
    /// Saying the firm will outlast the talk of its end: "we're not going anywhere", «نحن باقون».
    static let stayingPut = Concept("staying-put", [
        "staying put", "not going anywhere", "we'll still be here", "we will still be here", "here to stay", "still standing",
        "=باقون", "نحن باقون", "سنظل هنا", "سنبقى هنا", "مو رايحين مكان", "ما راح نروح مكان",
    ])
    /// Teaching about money, which states nobody's condition: "liquidity management in
    /// general", to students, in a lecture, «ثقافة مالية».
    static let teaching = Concept("teaching", [
        "in general", "students", "university", "lecture", "class", "course", "financial literacy", "finance students",
        "بشكل عام", "=طلاب", "=الطلاب", "=جامعة", "=الجامعة", "=محاضرة", "ثقافة مالية", "الثقافة المالية", "التثقيف المالي",
    ])

    static let worryFrames: [Frame] = [
        Frame(anchor: worryDismissed, withAny: [Concepts.fundsAccess, Concepts.solvency, Concepts.customersMoney, firmFinances],
              blockedBy: [.quotation, .published], window: 1),
        Frame(anchor: Concepts.reassurance, withAny: [firmFinances, Concepts.customersMoney],
              without: [Concepts.figurativeBankruptcy, teaching, Concepts.authorityStatement], blockedBy: [.question, .quotation, .published],
              window: 1),
        Frame(anchor: carryingOn, withAny: [pressReports], without: [ordinaryDisruption], blockedBy: [.question, .quotation, .published],
              window: 1),
        Frame(anchor: Concepts.payingUp, withAny: [pressReports], blockedBy: [.question, .quotation, .published], window: 1),
        Frame(anchor: stayingPut, withAny: [failing, pressReports], blockedBy: [.question, .quotation, .published], window: 1),
    ]
}
