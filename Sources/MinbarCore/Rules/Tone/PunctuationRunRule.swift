/// `!!!`, `??`, `؟؟؟`, `.....`: punctuation piled up reads as agitation.
struct PunctuationRunRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.punctuation-run", title: "Runs of punctuation",
        titleAr: "تكرار علامات الترقيم", dimension: .professionalism, severity: .warning,
        rationale: """
            Several exclamation or question marks in a row read as excitement or exasperation, not \
            leadership. One mark is enough; the content should carry the emotion.
            """,
        rationaleAr: """
            تكرار علامات التعجب أو الاستفهام يُقرأ انفعالاً أو ضيقاً، لا قيادة. علامة واحدة تكفي، ودع \
            المضمون يحمل الشعور.
            """,
        examples: [
            .triggers("Record quarter!!! Thank you all!!", .en),
            .triggers("Who told you that??", .en),
            .triggers("هل يعقل هذا؟؟؟", .ar),
            .passes("Record quarter. Thank you all!", .en),
            .passes("شكراً لكم جميعاً!", .ar),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        let tokens = post.text.tokens
        var index = 0
        while index < tokens.count {
            let text = tokens[index].text
            guard tokens[index].kind == .punctuation, text == "!" || text == "?" || text == "." else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, tokens[end].kind == .punctuation, ["!", "?", "."].contains(tokens[end].text),
                  tokens[end].start == tokens[end - 1].end { end += 1 }
            let run = tokens[index..<end].map(\.text)
            let dots = run.allSatisfy { $0 == "." }
            if (!dots && run.count >= 2) || (dots && run.count >= 4) {
                findings.append(finding(Self.message(post.feedbackLanguage, post.text.excerpt(tokens[index].start, tokens[end - 1].end)),
                                        tokens: index..<end, in: post,
                                        suggestion: Self.suggestion(post.feedbackLanguage)))
            }
            index = end
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PunctuationRunRule {
    static let message = Localized(en: "'{1}' piles up punctuation, which reads as agitated.", ar: "«{1}» علامات ترقيم متكررة توحي بالانفعال.")
    static let suggestion = Localized(en: "Use one mark. Let the facts carry the emotion.", ar: "استخدم علامة واحدة، ودع الحقائق تحمل الشعور.")
}
