/// Defending the organisation instead of owning the outcome: "beyond our control", "was only
/// meant to", "لا صحة", "خارجة عن إرادتنا", "فهمت خطأ". Coombs (2007) calls these the deny
/// and diminish responses; they read as defensive, so a coach ranks them below a post that
/// owns and repairs. A note: it costs a few points and never stops a post.
struct DefensiveRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "tone.defensive", title: "Defensive framing", dimension: .professionalism, severity: .note,
        rationale: """
            Coombs (2007, SCCT) separates deny (denial, scapegoat) and diminish (excuse, "beyond our control") \
            from rebuild (apology and remedy). Excuses and "it was only meant to…" explanations put the \
            organisation's intent before the reader's experience and read as defensive. Quoted or reported \
            wording does not count.
            """,
        examples: [
            .triggers("Flight delays were due to reasons outside our control.", .en),
            .triggers("Our tweet was only meant to remind everyone to stay safe.", .en),
            .triggers("تسبب في أحدهما مقاول تابع للبلدية.", .ar),
            .triggers("التغريدة فهمت خطأ، ولم نقصد الإساءة لأحد.", .ar),
            .passes("لا صحة لما يتم تداوله عن إغلاق الفروع، وستبقى مفتوحة كالمعتاد.", .ar),
            .passes("The delay was our fault: a crew roster error. Affected passengers get a full refund by Friday.", .en),
            .passes("The minister said 'it was outside our control', and the inquiry disagreed.", .en),
            .passes("تأخرت الرحلات بسبب خطأ منا في جدولة الطواقم، وسنعيد المبالغ كاملة قبل الجمعة.", .ar),
            .passes("قال المتحدث إن التغريدة فهمت خطأ، ولم تقبل الهيئة ذلك.", .ar),
        ])

    var frames: [Frame] { [Frame(anchor: Concepts.defensive, blockedBy: [.quotation])] }

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
                                        tokens: hit.firstToken..<hit.endToken, in: post,
                                        suggestion: arabic ? Self.suggestionAR : Self.suggestionEN))
            }
        }
        return findings
    }

    static func messageEN(_ excerpt: String) -> String {
        "'\(excerpt)' defends the organisation instead of owning what happened; it reads as an excuse."
    }
    static let suggestionEN = "Say what happened and what you are doing about it; let the reader judge your intent."
    static func messageAR(_ excerpt: String) -> String {
        "'\(excerpt)' تدافع عن الجهة بدل تحمّل ما حدث، فتُقرأ كأنها عذر."
    }
    static let suggestionAR = "قل ما حدث وما تفعله لمعالجته، واترك للقارئ الحكم على نيتك."
}
