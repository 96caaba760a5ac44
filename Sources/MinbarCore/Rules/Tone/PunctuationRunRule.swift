/// `!!!`, `??`, `؟؟؟`, `.....`: punctuation piled up reads as agitation.
struct PunctuationRunRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.punctuation-run", title: "Runs of punctuation", dimension: .professionalism, severity: .warning,
        rationale: """
            Several exclamation or question marks in a row read as excitement or exasperation, not \
            leadership. One mark is enough; the content should carry the emotion.
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
                findings.append(finding("'\(post.text.excerpt(tokens[index].start, tokens[end - 1].end))' piles up punctuation, which reads as agitated.",
                                        tokens: index..<end, in: post,
                                        suggestion: "Use one mark. Let the facts carry the emotion."))
            }
            index = end
        }
        return findings
    }
}
