/// A listing prepared before it is announced: "Draft S-1, pages of risks (sigh)",
/// "finishing the prospectus for our IPO tonight", «نضع اللمسات الأخيرة على نشرة الإصدار».
/// That a company is going to market is material until the exchange hears it (a CFO was
/// dismissed for the first of these, Francesca's, 2012). A listing already announced,
/// open for subscription or trading, is public: those words stand the frame aside.
extension CorporateActionRule {
    /// The listing and its documents.
    static let listing = Concept("listing", [
        "s-1", "draft s-1", "f-1", "prospectus", "draft prospectus", "ipo", "initial public offering", "going public",
        "go public", "take the company public", "taking the company public", "our listing", "the listing of", "stock market listing",
        "list our shares", "listing our shares", "list the company", "listing the company", "direct listing", "dual listing",
        "flotation", "float the company", "roadshow",
        "نشرة الإصدار", "نشرة إصدار", "نشرة الاكتتاب", "طرح عام", "الطرح العام", "طرح أولي", "الطرح الأولي", "الطرح العام الأولي",
        "الاكتتاب العام", "اكتتاب عام", "إدراج الشركة", "إدراج أسهم", "إدراج أسهمنا", "الإدراج في السوق", "الإدراج المزدوج",
        "طرح أسهم الشركة", "طرح الشركة", "طرح أسهمنا",
    ])
    /// Work on it not yet done: a draft, the lawyers, the final touches.
    static let preparing = Concept("preparing", [
        "draft", "drafting", "preparing", "prepare", "working on", "finishing", "finalising", "finalizing", "final touches",
        "lawyers", "bankers", "underwriters", "confidential", "confidentially", "quietly", "risk factors", "pages of risks",
        "sign off", "signing off",
        "مسودة", "نجهز", "نحضر", "نعمل على", "اللمسات الأخيرة", "المحامين", "المحامون", "البنوك المستشارة", "المستشارين",
        "نستعد", "الاستعداد", "التحضير", "=نراجع", "=إعداد", "مستشار مالي", "المستشار المالي",
    ])
    /// A listing in its public phase: approved, open for subscription, trading.
    static let publicListing = Concept("public-listing", [
        "subscription", "subscribe", "subscribers", "approved", "approval", "rang the bell", "rings the bell today", "trading begins", "first day of trading",
        "started trading", "begins trading", "allocation", "refunds",
        "فترة الاكتتاب", "الاكتتاب متاح", "اكتتبوا", "موافقة الهيئة", "وافقت هيئة", "بدء التداول", "بدء تداول",
        "قرع الجرس", "التخصيص", "أول يوم تداول",
    ])

    /// Whether `hit` is in a sentence that names the listing while a neighbouring sentence
    /// says it is public already: "The authority took eleven months to approve our
    /// prospectus. At this pace our IPO will list on Mars" mocks a listing the market knows of.
    static func listingIsPublic(near hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        guard post.sentence(sentence, has: listing.lexicon) else { return false }
        return post.sentences(around: sentence).contains { near in
            post.sentence(near, has: publicListing.lexicon) || post.sentence(near, has: alreadyDisclosed.lexicon)
        }
    }

    /// Listings that are other companies': an adviser's clients, the founder it invites,
    /// "if your company wants to go public".
    static let othersListings = Concept("others-listings", [
        "helped", "we help", "=firms", "=companies", "=founders", "=founder", "advisory", "your company",
        "your business", "your firm", "your startup", "if you", "if your",
        "=ساعد", "=ساعدنا", "=نساعد", "=شركات", "=الشركات", "=استشارات", "=شركتك", "إذا كنت",
    ])

    /// Not blocked by `.published`: «نشرة الإصدار» ("the prospectus") reads as a
    /// publication word; a disclosure already made is `alreadyDisclosed`'s to say.
    static let listingFrames: [Frame] = [
        Frame(anchor: listing, with: [preparing], without: [alreadyDisclosed, publicListing, othersListings],
              blockedBy: [.negation, .question, .quotation], window: 1),
        Frame(anchor: listing, without: [alreadyDisclosed, publicListing, othersListings], requires: [.intent, .plan],
              blockedBy: [.negation, .question, .quotation]),
    ]
}
