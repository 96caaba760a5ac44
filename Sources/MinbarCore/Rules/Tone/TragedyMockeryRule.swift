/// Joking, congratulating or textspeak beside a death, a disaster or an attack.
struct TragedyMockeryRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "tone.tragedy-mockery", title: "Making light of a tragedy", dimension: .professionalism, severity: .error,
        rationale: """
            A brand that congratulates people for "surviving" the Boston Marathon (Adidas, 2017) or jokes about a \
            president's grandmother's death (KitchenAid, 2012) mocks the victims even when nothing is sold. \
            Coombs (2007) counts such posts among the fastest ways to lose trust; the brands apologised within \
            hours. It vetoes the post. Reporting someone else's joke, or denying one, does not count.
            """,
        examples: [
            .triggers("Congrats, you survived the Boston Marathon!", .en),
            .triggers("Her gma even knew it was going 2 b bad! She died 3 days before. lol", .en),
            .triggers("مبروك نجوتم من السيول 😂", .ar),
            .triggers("وفاة جديدة في الحادث ههههه", .ar),
            .passes("Our thoughts are with the Boston Marathon runners and their families.", .en),
            .passes("The paper reported that a brand wrote 'congrats, you survived' to marathon runners.", .en),
            .passes("Congratulations to our team on the new branch in Jeddah.", .en),
            .passes("نعزي أسر ضحايا السيول، وفرقنا في الميدان منذ الصباح.", .ar),
            .passes("قال المغرد: مبروك نجوتم من السيول، وقد حذفنا الرد.", .ar),
            .passes("ألف مبروك لفريقنا على افتتاح الفرع الجديد.", .ar),
        ])

    var frames: [Frame] {
        [Frame(anchor: Concepts.tragedy, with: [Concepts.levity], blockedBy: [.quotation, .negation, .published], window: 1),
         Frame(anchor: Concepts.survival, with: [Concepts.levity], blockedBy: [.quotation, .negation, .published])]
    }

    func message(_ excerpt: String) -> String { Self.messageEN(excerpt) }
    var suggestion: String { Self.suggestionEN }

    func check(_ post: PostAnalysis) -> [Finding] {
        var sentences = Set<Int>()
        var findings: [Finding] = []
        let arabic = post.text.language == .ar
        for frame in frames {
            for hit in frame.hits(in: post) where sentences.insert(post.sentenceIndex(of: hit)).inserted {
                let excerpt = post.excerpt(hit)
                findings.append(finding(arabic ? Self.messageAR(excerpt) : Self.messageEN(excerpt),
                                        tokens: post.text.sentences[post.sentenceIndex(of: hit)], in: post,
                                        suggestion: arabic ? Self.suggestionAR : Self.suggestionEN))
            }
        }
        return findings
    }

    static func messageEN(_ excerpt: String) -> String {
        "'\(excerpt)' sits beside a joke or a congratulation; it makes light of a tragedy. Do not post this."
    }
    static let suggestionEN = "Around a death or a disaster, say only what helps: sympathy, facts and what you are doing."
    static func messageAR(_ excerpt: String) -> String {
        "'\(excerpt)' تجاور مزاحاً أو تهنئة، فتستخف بمأساة. لا تنشر هذا."
    }
    static let suggestionAR = "عند وفاة أو كارثة، قل ما ينفع فقط: المواساة والحقائق وما تقوم به."
}
