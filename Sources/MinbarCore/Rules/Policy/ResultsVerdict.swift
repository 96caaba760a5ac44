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
        "الأرقام", "أرقام", "أرقامنا", "=النتائج", "=نتائج", "=نتائجنا", "الأرباح", "أرباحنا", "الحسابات", "الربع", "هالربع",
        "الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع", "السنة المالية",
    ])
    /// A verdict on them: good or bad, told by the words or by the mood they put the board in.
    static let verdict = Concept("results-verdict", [
        "good", "great", "strong", "solid", "stellar", "record", "fantastic", "amazing", "excellent", "blowout", "killer",
        "happy", "thrilled", "smile", "smiling", "pleased", "delighted", "impressive", "beat", "crushed", "smashed",
        "rough", "tough", "weak", "disappointing", "ugly", "bad", "terrible", "brutal",
        "ممتازة", "ممتاز", "قوية", "قوي", "رائعة", "رائع", "بتفرح", "تفرح", "مفرحة", "تبيض الوجه", "غير شكل", "سعيد", "سعيدة",
        "مبسوط", "مبسوطين", "مبهرة", "قياسية", "تاريخية", "مخيبة", "سيئة", "صعبة", "ضعيفة", "كارثية",
    ])
    /// What makes them the company's accounts: the board that saw them, the investors who
    /// wait for them, the close of the period.
    static let accountsContext = Concept("accounts-context", [
        "board", "board meeting", "the board", "investors", "shareholders", "analysts", "earnings", "closed",
        "the books", "results day", "quarter end", "year end", "year-end",
        "مجلس الإدارة", "المجلس", "اجتماع المجلس", "المساهمين", "المساهمون", "المستثمرين", "المستثمرون", "المحللين",
        "إقفال", "الإقفال", "أقفلنا", "أغلقنا", "إغلاق", "نهاية الربع", "نهاية السنة",
    ])
    /// Results that are not a listed company's: exams, inquiries, tests, a campaign, a match.
    static let otherResults = Concept("other-results", [
        "students", "exam", "exams", "test results", "lab results", "investigation", "inquiry", "volunteers", "campaign",
        "match", "season", "league", "election", "survey", "poll", "donors", "donations",
        "الطلاب", "الامتحانات", "الاختبارات", "التحقيق", "الفحص", "المتطوعين", "الحملة", "=المباراة", "الموسم", "الدوري",
        "الانتخابات", "الاستطلاع", "المتبرعين", "التبرعات",
    ])
    /// Naming the numbers only to decline to talk about them: "no comment on the numbers
    /// until results day".
    static let declining = Concept("declining", SharedLexicons.noComment.terms)

    /// The board or the close within a sentence of the results; the verdict is checked in
    /// the results' own sentence (`resultsVerdicts(in:)`).
    static let resultsVerdictFrame = Frame(anchor: results, with: [verdict, accountsContext], without: [otherResults, declining],
                                           blockedBy: [.negation, .question, .quotation, .published], window: 1)

    /// The results hits that carry a verdict in their own sentence and fill the frame.
    static func resultsVerdicts(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        resultsVerdictFrame.hits(in: post).filter { post.sentence(post.sentenceIndex(of: $0), has: verdict.lexicon) }
    }
}
