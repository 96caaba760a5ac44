/// Another firm's collapse foretold: "Stay away from that exchange, it's about to go
/// under", «البنك الفلاني على وشك الانهيار». Said by an executive, a rumour of a bank's
/// or an exchange's failure can start the run it predicts (Binance on FTX, November 2022),
/// and it is a statement about financial condition made without disclosure behind it.
/// A building, a bridge or a market index "about to collapse" is no firm; a question,
/// a quotation, a denial or a published report does not fire.
extension SolvencyRule {
    /// Failure foretold or under way, as said of a firm.
    static let failing = Concept("firm-failing", [
        "about to collapse", "going to collapse", "will collapse", "is collapsing", "on the verge of collapse",
        "close to collapse", "going under", "go under", "about to fold", "going to fold", "about to go under", "going bust", "go bust", "about to go bust",
        "bank run", "run on the bank", "clear sign of problems", "sign of problems", "won't last", "will not last",
        "on its last legs", "about to fail", "is failing", "is in real trouble", "is in serious trouble", "is in deep trouble",
        "on the brink", "i give it till", "i give it until", "before it closes", "before it shuts", "while you still can",
        "على وشك الانهيار", "على حافة الانهيار", "على وشك الإغلاق", "ستنهار", "بتنهار", "راح تنهار", "رح تنهار", "تنهار قريبا", "على حافة الإفلاس",
        "على وشك الإفلاس", "ستفلس", "بتفلس", "راح تفلس", "رح تفلس", "متعثرة", "تترنح", "على الحافة", "على شفا",
        "قبل لا يقفل", "قبل ما يقفل", "قبل لا تقفل", "قبل ما تقفل", "قبل لا يسكر", "قبل ما يسكر",
    ])
    /// A firm that holds people's money or shares.
    static let financialFirm = Concept("financial-firm", [
        "exchange", "bank", "lender", "platform", "broker", "brokerage", "fund", "insurer", "fintech", "wallet", "company",
        "firm", "competitor", "rival", "clearing house", "exchanges", "finance",
        "البنك", "بنك", "المصرف", "مصرف", "المنصة", "منصة", "الصندوق", "صندوق", "الوسيط", "شركة", "الشركة", "المنافس",
        "البورصة", "المحفظة", "شركة التأمين",
    ])
    /// Failure of what no firm is: a structure, a price chart, a market as a whole.
    static let structure = Concept("structure", [
        "building", "bridge", "roof", "wall", "tower", "crane", "scaffold", "warehouse", "tunnel", "dam", "index", "chart",
        "talks", "negotiations", "deal", "tent",
        "المبنى", "الجسر", "السقف", "الجدار", "البرج", "الرافعة", "المستودع", "النفق", "السد", "المؤشر", "المفاوضات", "الخيمة",
    ])

    // Not a regulator's enforcement notice: "fined a brokerage firm for failing to segregate client funds".
    static let distressFrame = Frame(anchor: failing, with: [financialFirm], without: [structure, SolvencyRule.enforcementNotice],
                                     blockedBy: [.negation, .question, .quotation, .published], window: 1)
}
