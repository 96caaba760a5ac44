/// A verdict on results the market has not seen: "Board meeting. Good numbers = happy
/// board", "Q3 closed strong", «خلصنا اجتماع مجلس الإدارة، والأرقام بتفرح». No figure is
/// given, but the direction is the news: an officer who says the numbers are good (or
/// bad) before they are published has told followers first. A CFO was dismissed for the
/// first of these (Francesca's, 2012).
///
/// The frame needs three parts: the results (numbers, figures, the quarter's results),
/// a verdict on them in the same sentence, and the board or the period's close nearby,
/// which make them the company's unpublished accounts rather than a charity's or a
/// school's "great results". A published, quoted, questioned or denied statement does not
/// fire, nor one that names the numbers only to decline to talk about them.
extension InsideInformationRule {
    /// The company's results, named without a figure.
    static let results = Concept("unpublished-results", [
        "numbers", "the numbers", "our numbers", "figures", "our figures", "results", "our results", "earnings", "the books",
        "the quarter", "this quarter", "our quarter", "q1", "q2", "q3", "q4", "h1", "h2", "full year", "full-year",
        // Not «الحسابات» (social-media accounts as often as the books) nor a bare «الربع»
        // (Gulf "the folks" as often as "the quarter").
        "الأرقام", "أرقام", "أرقامنا", "=النتائج", "=نتائج", "=نتائجنا", "الأرباح", "أرباحنا", "هالربع", "هذا الربع",
        "الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع", "السنة المالية",
        // The lines of the accounts: "quarterly revenue", «صافي الربح», «إيراداتنا».
        "revenue", "revenues", "our revenue", "quarterly revenue", "net profit", "net income", "quarterly profit", "sales figures",
        "=الإيرادات", "=إيراداتنا", "=إيرادات الربع", "صافي الربح", "صافي الأرباح", "=مبيعاتنا",
    ])
    /// A verdict on them: good or bad, told by the words or by the mood they put the board in.
    static let verdict = Concept("results-verdict", [
        "good", "great", "strong", "solid", "stellar", "record", "fantastic", "amazing", "excellent", "blowout", "killer",
        "happy", "thrilled", "smile", "smiling", "pleased", "delighted", "impressive", "beat", "crushed", "smashed",
        "rough", "tough", "weak", "disappointing", "ugly", "bad", "terrible", "brutal", "happiest", "will surprise", "surprise you",
        "exceed expectations", "beat expectations", "above expectations", "ahead of expectations", "below expectations",
        "ممتازة", "ممتاز", "قوية", "قوي", "رائعة", "رائع", "بتفرح", "تفرح", "مفرحة", "تبيض الوجه", "غير شكل", "سعيد", "سعيدة",
        "مبسوط", "مبسوطين", "مبهرة", "قياسية",
        // Exact: word forms read «بتاريخ» ("dated") as «تاريخية» ("historic").
        "=تاريخية", "مخيبة", "سيئة", "صعبة", "ضعيفة", "كارثية", "حلوة", "=زين",
        "هتفاجئكم", "ستفاجئكم", "بتفاجئكم", "راح تفاجئكم", "بيستانسون", "تتجاوز توقعات", "ستتجاوز توقعات", "فوق التوقعات", "أقل من التوقعات",
        // Against the analysts' estimate, whoever's: "above analyst expectations", "beat consensus", «فاقت التوقعات».
        "analyst expectations", "analysts' expectations", "analyst estimates", "analysts' estimates", "above consensus", "below consensus",
        "beat consensus", "ahead of consensus", "missed consensus", "beat the street",
        "missed expectations", "short of expectations", "fell short", "outdid itself", "outdid ourselves", "knocked it out of the park",
        "=فاقت التوقعات", "=تفوق التوقعات", "=أعلى من التوقعات", "=دون التوقعات", "=توقعات المحللين", "=تقديرات المحللين",
    ])
    /// What makes them the company's accounts: the board that saw them, the investors who
    /// wait for them, the close of the period.
    static let accountsContext = Concept("accounts-context", [
        // The close of the period, not of a road, a branch or an airport.
        "board", "board meeting", "the board", "directors", "investors", "shareholders", "analysts", "earnings",
        "closed the quarter", "closed the year", "closed the books", "closed strong", "closed out", "quarter closed",
        "the books", "results day", "quarter end", "year end", "year-end",
        "مجلس الإدارة", "المجلس", "اجتماع المجلس", "المساهمين", "المساهمون", "المستثمرين", "المستثمرون", "المحللين",
        "أقفلنا الربع", "أغلقنا الربع", "إقفال الربع", "إغلاق الربع", "أقفلنا السنة", "نهاية الربع", "نهاية السنة المالية",
    ])
    /// Results that are not a listed company's: exams, inquiries, tests, a campaign, a match.
    static let otherResults = Concept("other-results", [
        "students", "exam", "exams", "test results", "lab results", "investigation", "inquiry", "volunteers", "campaign",
        "match", "season", "league", "election", "survey", "poll", "donors", "donations",
        "الطلاب", "الامتحانات", "الاختبارات", "التحقيق", "الفحص", "المتطوعين", "الحملة", "=المباراة", "الموسم", "الدوري",
        "الانتخابات", "الاستطلاع", "المتبرعين", "التبرعات",
    ])

    /// A disclosure still to come, named as when the reader will see: "you'll see when
    /// they're published", «لما تتنشر», «عند الإعلان». Said beside a verdict on the
    /// results, it tells the reader first; it is not a disclosure already made, so the
    /// frames below read publication from `alreadyPublished`, not from the `.published`
    /// modality (which any publication word sets, «تتنشر» included).
    static let laterDisclosure = Concept("later-disclosure", [
        "when the results are out", "when the results come out", "when they're published", "when they are published",
        "when it's published", "when we announce", "when we report", "at the announcement", "for the market to see",
        "when the market sees", "on results day", "can't wait for you to see", "can't wait for you all to see", "wait till you see",
        "wait until you see", "can't wait to share our",
        "لما تتنشر", "لما تنشر", "لما تنزل", "عند الإعلان", "في الإعلان الجاي", "في الإعلان القادم", "عند النشر", "لما نعلن",
        "وقت الإعلان", "عند إعلان النتائج", "=انتظروا نتائجنا", "=انتظروا أرقامنا", "=ترقبوا نتائجنا", "=ترقبوا أرقامنا",
        "=بتشوفون الأرقام", "=راح تشوفون الأرقام",
    ])
    /// A disclosure already made: "as published today", «كما نشرناها اليوم على تداول».
    static let alreadyPublished = Concept("already-published", [
        "as published", "published today", "published on", "published this", "in today's results", "announced today",
        "published last", "published earlier", "announced last", "reported last", "released last",
        "as announced", "as disclosed", "disclosed today", "disclosed on", "as reported", "reported today", "filed with",
        "كما نشرنا", "=نشرناها", "=نشرناه", "المنشورة", "المنشور على", "المعلنة", "كما أعلنا", "كما أعلنت", "أعلنا اليوم",
        "المفصح عنها", "كما ورد", "أفصحنا",
    ])

    /// The board or the close within a sentence of the results; the verdict is checked in
    /// the results' own sentence (`resultsVerdicts(in:)`).
    static let resultsVerdictFrame = Frame(anchor: results, with: [verdict, accountsContext],
                                           without: [otherResults, Concepts.declining, alreadyPublished],
                                           blockedBy: [.negation, .question, .quotation], window: 1)
    /// A verdict on the results with the disclosure still to come: «الأرقام هتفاجئكم لما
    /// تتنشر», "the numbers will surprise you when they're published". A negation does not
    /// take it back: «لا تنتظرون أرقام حلوة في الإعلان الجاي» tells the direction too.
    static let verdictBeforeDisclosureFrame = Frame(anchor: laterDisclosure, with: [verdict, results],
                                                   without: [otherResults, Concepts.declining, alreadyPublished],
                                                   blockedBy: [.question, .quotation], window: 1)

    /// The results hits that carry a verdict in their own sentence and fill the frame, and
    /// the later disclosures said beside a verdict on the results.
    static func resultsVerdicts(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        resultsVerdictFrame.hits(in: post).filter { post.sentence(post.sentenceIndex(of: $0), has: verdict.lexicon) }
            + verdictBeforeDisclosureFrame.hits(in: post)
    }
}
