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
    /// Reports about the firm that the post answers: "the articles about us", "today's
    /// headlines", "whatever you read this week", «ما يُتداول», «خبر الجريدة». Reading and
    /// stories as such are not reports: "what you read" and «القصص اللي» count only as the
    /// press's or as told about the firm ("what you read about us", «القصص المتداولة»);
    /// "the bank that reads what you read" or «القصص اللي تحبونها» answer nothing.
    static let pressReports = Concept("press-reports", [
        "the articles about us", "these articles", "today's articles", "press articles", "news articles", "seen the articles",
        "read the articles", "seen the reports", "read the reports", "the headlines",
        "today's headlines", "media speculation", "press speculation", "whatever you read", "whatever you've read",
        "whatever you have read", "what you read about us", "what you read in the press", "what you read in the news",
        "what you read online", "what you've read about us", "what you have read about us", "what you've read in the press",
        "what you have read in the press", "the reports about us", "the news about us", "the chatter", "lots of chatter",
        "ما يتداول", "ما يُتداول", "ما يشاع", "ما يُشاع", "ما يقال عن", "خبر الجريدة", "الأخبار المتداولة", "ما نشرته الصحف", "ما نشر عن",
        "الكلام المتداول", "القصص المتداولة", "القصص اللي تنتشر", "القصص اللي تنقال", "القصص اللي ينشرونها", "قصص عن الشركة",
        "نسمع قصص عن الشركة", "نسمع قصص عنا",
        "the newspaper story", "newspaper story", "the news story", "the press story", "press reports", "media reports", "the newspaper report",
        "=خبر الصحيفة", "=تقرير الصحيفة", "=ما نشرته الجريدة", "=ما نشرته الصحيفة",
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
    /// Teaching about money, which states nobody's condition: to students, in a lecture, a
    /// course on liquidity, «ثقافة مالية». A course or a class counts only as one taught
    /// ("a course on", "our class"): bare "course" is "of course", bare "class" is "first
    /// class", and "in general" («بشكل عام») qualifies any claim ("of course our reserves
    /// are rock solid" is no lesson).
    static let teaching = Concept("teaching", [
        "students", "university", "lecture", "a course on", "a course in", "the course on", "courses on", "training course",
        "online course", "our course", "my course", "class on", "classes on", "our class", "my class", "in class", "classroom",
        "financial literacy", "finance students",
        "=طلاب", "=الطلاب", "=جامعة", "=الجامعة", "=محاضرة", "ثقافة مالية", "الثقافة المالية", "التثقيف المالي",
    ])

    /// Advice on keeping one's own money safe from fraud: "keep your funds safe: never
    /// share your OTP", «لا تشارك رمز التحقق مع أحد». The reader's care, not the firm's
    /// condition: the reassurance frame stands aside for it. Not the whole of
    /// `Concepts.everydayBanking`: its cards, app and «الصراف» (which also reads «صرافة», an
    /// exchange house) sit beside real reassurances ("your money is safe and the app works
    /// as usual").
    static let safetyAdvice = Concept("safety-advice", [
        "keep your funds safe", "keep your money safe", "keep your savings safe", "keep your account safe", "keep your accounts safe",
        "protect your funds", "protect your money", "protect your savings", "protect your account", "never share your",
        "do not share your", "don't share your", "otp", "one-time password", "one time password", "your pin", "pin code", "password", "passcode",
        "verification code", "phishing",
        "لا تشارك بياناتك", "لا تشاركوا بياناتكم", "رمز التحقق", "كلمة المرور", "الرقم السري", "حافظ على أموالك", "حافظوا على أموالكم",
        "احم أموالك", "احموا أموالكم", "رسائل الاحتيال", "الروابط المشبوهة",
    ])

    static let worryFrames: [Frame] = [
        Frame(anchor: worryDismissed, withAny: [Concepts.fundsAccess, Concepts.solvency, Concepts.customersMoney, firmFinances],
              blockedBy: [.quotation, .published], window: 1),
        Frame(anchor: Concepts.reassurance, withAny: [firmFinances, Concepts.customersMoney],
              without: [Concepts.figurativeBankruptcy, teaching, Concepts.authorityStatement, safetyAdvice],
              blockedBy: [.question, .quotation, .published], window: 1),
        Frame(anchor: carryingOn, withAny: [pressReports], without: [ordinaryDisruption], blockedBy: [.question, .quotation, .published],
              window: 1),
        Frame(anchor: Concepts.payingUp, withAny: [pressReports], blockedBy: [.question, .quotation, .published], window: 1),
        Frame(anchor: Concepts.payingAsPromised, withAny: [pressReports], blockedBy: [.question, .quotation, .published], window: 1),
        Frame(anchor: stayingPut, withAny: [failing, pressReports], blockedBy: [.question, .quotation, .published], window: 1),
    ]
}
