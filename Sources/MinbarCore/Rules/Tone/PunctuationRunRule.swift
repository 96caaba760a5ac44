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
        // Tokens are read in place and their marks compared as bytes: this rule looks at
        // every token of every post, and copying each one (or its text) cost more than the
        // rest of the rule.
        while index < tokens.count {
            guard tokens[index].kind == .punctuation, Self.runMark(tokens[index].text) != nil else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, tokens[end].kind == .punctuation, Self.runMark(tokens[end].text) != nil,
                  tokens[end].start == tokens[end - 1].end { end += 1 }
            let count = end - index
            var dots = true
            for position in index..<end where Self.runMark(tokens[position].text) != UInt8(ascii: ".") {
                dots = false
                break
            }
            if (!dots && count >= 2) || (dots && count >= 4) {
                findings.append(finding(Self.message(post.feedbackLanguage, post.text.excerpt(tokens[index].start, tokens[end - 1].end)),
                                        tokens: index..<end, in: post,
                                        suggestion: Self.suggestion(post.feedbackLanguage)))
            }
            index = end
        }
        return findings
    }
}

extension PunctuationRunRule {
    /// The mark a token's text is when it is "!", "?" or "." (as its one byte), else nil.
    /// Comparing bytes is comparing the strings: no other string is canonically equal to
    /// one of these marks.
    @inline(__always)
    static func runMark(_ text: String) -> UInt8? {
        let bytes = text.utf8
        guard bytes.count == 1, let byte = bytes.first,
              byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") else { return nil }
        return byte
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PunctuationRunRule {
    static let message = Localized(en: "'{1}' piles up punctuation, which reads as agitated.", ar: "«{1}» علامات ترقيم متكررة توحي بالانفعال.")
    static let suggestion = Localized(en: "Use one mark. Let the facts carry the emotion.", ar: "استخدم علامة واحدة، ودع الحقائق تحمل الشعور.")
}
