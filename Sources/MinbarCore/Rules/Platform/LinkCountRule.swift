/// More links than a reader will follow.
struct LinkCountRule: Rule {
    let descriptor = RuleDescriptor(
        id: "platform.links", title: "Too many links", dimension: .professionalism, severity: .note,
        rationale: """
            One link gives the reader somewhere to go; several split their attention, and on X each link \
            costs characters the message needs.
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
        return [finding("\(links.count) links in one post split the reader's attention.",
                        tokens: links[limit]..<(links.last! + 1), in: post,
                        suggestion: "Keep one link: the page that answers the reader's question.")]
    }
}
