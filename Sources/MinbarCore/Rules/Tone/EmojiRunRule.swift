/// Three or more emoji in a row, or more than five in a post.
struct EmojiRunRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.emoji-run", title: "Runs of emoji", dimension: .professionalism, severity: .warning,
        rationale: """
            An emoji can warm a post; a string of them makes an official statement look like a personal \
            chat and is read out mockingly when the post is quoted in the news.
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
                findings.append(finding("\(end - index) emoji in a row make an official post read like a personal chat.",
                                        tokens: index..<end, in: post, suggestion: "Keep one emoji at most, or none."))
            }
            index = end
        }
        if findings.isEmpty, total > 5, let first = tokens.firstIndex(where: { $0.kind == .emoji }) {
            findings.append(finding("\(total) emoji in one post make it read like a personal chat.",
                                    tokens: first..<(first + 1), in: post, suggestion: "Keep one or two emoji at most."))
        }
        return findings
    }
}
