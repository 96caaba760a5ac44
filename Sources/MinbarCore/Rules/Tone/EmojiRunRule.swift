/// Three or more emoji in a row, or more than five in a post.
struct EmojiRunRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.emoji-run", title: "Runs of emoji",
        titleAr: "الإكثار من الرموز التعبيرية", dimension: .professionalism, severity: .warning,
        rationale: """
            An emoji can warm a post; a string of them makes an official statement look like a personal \
            chat and is read out mockingly when the post is quoted in the news.
            """,
        rationaleAr: """
            رمز تعبيري واحد قد يضفي دفئاً على المنشور؛ أما سلسلة منها فتجعل البيان الرسمي أشبه بمحادثة \
            شخصية، وتُقرأ بسخرية حين يُقتبس المنشور في الأخبار.
            """,
        examples: [
            .triggers("New route to Salalah 🎉🎉🎉🔥", .en),
            .triggers("ربع قياسي 🚀🚀🚀", .ar),
            .passes("Welcome aboard to our 40 new engineers 👏", .en),
            .passes("أهلاً بزملائنا الجدد 👏", .ar),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let tokens = post.text.tokens
        var findings: [Finding] = []
        var index = 0
        var total = 0
        while index < tokens.count {
            guard tokens[index].kind == .emoji else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, tokens[end].kind == .emoji { end += 1 }
            total += end - index
            if end - index >= 3 {
                findings.append(finding(Self.runMessage(post.feedbackLanguage, end - index),
                                        tokens: index..<end, in: post, suggestion: Self.runSuggestion(post.feedbackLanguage)))
            }
            index = end
        }
        if findings.isEmpty, total > 5, let first = tokens.firstIndex(where: { $0.kind == .emoji }) {
            findings.append(finding(Self.totalMessage(post.feedbackLanguage, total),
                                    tokens: first..<(first + 1), in: post, suggestion: Self.totalSuggestion(post.feedbackLanguage)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension EmojiRunRule {
    static let runMessage = Localized(en: "{1} emoji in a row make an official post read like a personal chat.",
                                      ar: "{1} رموز تعبيرية متتالية تجعل المنشور الرسمي أشبه بمحادثة شخصية.")
    static let runSuggestion = Localized(en: "Keep one emoji at most, or none.", ar: "اكتفِ برمز تعبيري واحد على الأكثر، أو لا شيء.")
    static let totalMessage = Localized(en: "{1} emoji in one post make it read like a personal chat.",
                                        ar: "{1} رموز تعبيرية في منشور واحد تجعله أشبه بمحادثة شخصية.")
    static let totalSuggestion = Localized(en: "Keep one or two emoji at most.", ar: "اكتفِ برمز أو رمزين على الأكثر.")
}
