/// Superlatives with nothing behind them ("world-class", "الأفضل", "غير مسبوق").
struct HypeRule: Rule {
    static let superlatives = Lexicon("tone.hype", [
        "best in the world", "world-class", "world class", "world-leading", "best-in-class", "revolutionary", "game-changer",
        "game changer", "game-changing", "unprecedented", "unmatched", "unbeatable", "unrivalled", "unrivaled", "second to none",
        "number one", "the best", "best ever", "greatest", "incredible", "amazing", "mind-blowing", "insane", "epic",
        "disruptive", "like never before", "the only company", "nobody does it better", "industry-leading", "groundbreaking",
        "ground-breaking", "legendary", "phenomenal", "historic achievement", "best operator", "best bank", "best airline",
        "الأفضل", "الافضل", "أفضل شركة", "الأول في", "الأولى في", "رقم واحد", "الرائدة عالميا", "عالمي المستوى", "غير مسبوق",
        "غير مسبوقة", "ثوري", "ثورية", "لا مثيل له", "لا مثيل لها", "لا يضاهى", "لا تضاهى", "الأقوى", "الأعظم", "الأكبر في",
        "مذهل", "مذهلة", "خيالي", "خيالية", "أسطوري", "أسطورية", "لا أحد يستطيع", "الوحيدة في", "الأفضل على الإطلاق",
        "the finest", "hands down", "best in the gulf", "best in the region", "unbeatable value", "=بلا منازع", "=الأفضل في الخليج",
        "=الأفضل في المنطقة", "=محد ينافسنا", "=ما أحد ينافسنا",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.hype", title: "Hype and unsupported superlatives",
        titleAr: "المبالغة وصيغ التفضيل بلا دليل", dimension: .professionalism, severity: .warning,
        rationale: """
            Self-praise convinces nobody; testimony from customers and independent bodies does. A superlative \
            with no figure, certificate or independent rating behind it reads as marketing and invites the \
            reply "says who?".
            """,
        rationaleAr: """
            مدح النفس لا يقنع أحداً؛ ما يقنع شهادة العملاء والجهات المستقلة. وصيغة التفضيل التي لا يسندها \
            رقم أو شهادة أو تقييم مستقل تُقرأ دعاية، وتستدعي الرد: «من قال ذلك؟».
            """,
        examples: [
            .triggers("We're simply the finest dairy in the Gulf, hands down.", .en),
            .triggers("حليبنا الأفضل في الخليج بلا منازع.", .ar),
            .passes("Rated best in the region by the 2026 Gulf Dairy Awards, an independent panel.", .en),
            .triggers("Our revolutionary new app is the best in the world.", .en),
            .triggers("We are the best operator in the region, full stop.", .en),
            .triggers("خدمة غير مسبوقة ولا مثيل لها في المنطقة.", .ar),
            .passes("Our app was rated 4.7 by 12,000 customers, according to an independent survey.", .en),
            .passes("حصلنا على تصنيف A من جهة مستقلة للعام الثالث.", .ar),
        ])

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let check_ = SentencePhraseCheck(trigger: Self.superlatives,
                                            unlessInSentence: [SharedLexicons.evidenceWords, EvidenceLexicons.ratings, EvidenceLexicons.certificates])
    var lexicons: [Lexicon] { Self.check_.lexicons }

    func check(_ post: PostAnalysis) -> [Finding] {
        findings(for: Self.check_.hits(in: post), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension HypeRule {
    static let message = Localized(en: "'{1}' is a superlative with nothing behind it; self-praise convinces nobody.",
                                   ar: "«{1}» مبالغة بلا دليل؛ ومدح النفس لا يقنع أحداً.")
    static let suggestion = Localized(en: "Replace it with the evidence: a figure, a certificate, an independent rating or a customer's words.",
                                      ar: "ضع مكانها الدليل: رقماً أو شهادة أو تقييماً مستقلاً أو كلمات عميل.")
}
