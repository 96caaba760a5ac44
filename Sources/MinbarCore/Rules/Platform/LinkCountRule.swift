/// More links than a reader will follow.
struct LinkCountRule: Rule {
    let descriptor = RuleDescriptor(
        id: "platform.links", title: "Too many links",
        titleAr: "روابط أكثر من اللازم", dimension: .professionalism, severity: .note,
        rationale: """
            One link gives the reader somewhere to go; several split their attention, and on X each link \
            costs characters the message needs.
            """,
        rationaleAr: """
            رابط واحد يمنح القارئ وجهة واضحة؛ أما عدة روابط فتشتت انتباهه، وعلى منصة إكس يأخذ كل رابط من \
            الأحرف التي تحتاجها الرسالة.
            """,
        examples: [
            .triggers("Results: https://sadeem.example/q3 and https://sadeem.example/deck", .en, platform: .x),
            .triggers("التفاصيل: https://manara.example/a و https://manara.example/b", .ar, platform: .x),
            .passes("Our Q3 results are here: https://sadeem.example/q3", .en, platform: .x),
            .passes("التفاصيل على https://manara.example/a", .ar, platform: .x),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let links = post.text.tokens.indices.filter { post.text.tokens[$0].kind == .url }
        let limit = post.platform == .x ? 1 : 2
        guard links.count > limit else { return [] }
        return [finding(Self.message(post.feedbackLanguage, links.count),
                        tokens: links[limit]..<(links.last! + 1), in: post,
                        suggestion: Self.suggestion(post.feedbackLanguage))]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension LinkCountRule {
    static let message = Localized(en: "{1} links in one post split the reader's attention.",
                                   ar: "عدد الروابط في المنشور {1}، وكثرتها تشتت انتباه القارئ.")
    static let suggestion = Localized(en: "Keep one link: the page that answers the reader's question.",
                                      ar: "اكتفِ برابط واحد: الصفحة التي تجيب عن سؤال القارئ.")
}
