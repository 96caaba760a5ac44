/// Hostile or scornful words about people, rivals or the public: "disgraceful", "lies",
/// "suspicious accounts", "المخزي", "مزورة". Not an attack (no one is insulted by name), but
/// the post reads as a quarrel, and a coach ranks it below a calm one. A note: it costs a
/// few points and never stops a post.
struct NegativityRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "tone.negativity", title: "Hostile or scornful tone", dimension: .professionalism, severity: .note,
        rationale: """
            Sentiment research on public posts (lexicon scores such as VADER, Hutto & Gilbert 2014) finds that \
            readers rank scornful, combative wording as less professional even when no rule is broken. An \
            official account that calls others liars, saboteurs or shameful sounds like a quarrel, not a leader. \
            Negated ("this is not a scandal"), quoted or reported wording does not count.
            """,
        examples: [
            .triggers("This is an outrageous and disgraceful campaign of lies by a competitor.", .en),
            .triggers("Some suspicious accounts keep spreading disinformation about us.", .en),
            .triggers("لا يصدق أن يصل عالمنا إلى هذا المستوى المخزي.", .ar),
            .triggers("هذه التغريدة مزورة كعادة المزورين.", .ar),
            .passes("What you saw was not misinformation, and we thank those who asked.", .en),
            .passes("The report, titled 'A Campaign of Lies', was published by the regulator.", .en),
            .passes("Our team restored service within two hours. Thank you for your patience.", .en),
            .passes("ما تداولتموه ليس أكاذيب، ونشكر من سأل عنه.", .ar),
            .passes("تنفي الوزارة الشائعات المتداولة عن تأجيل الدراسة، والموعد كما هو.", .ar),
            .passes("أعادت فرقنا الخدمة خلال ساعتين، شكراً لصبركم.", .ar),
        ])

    var frames: [Frame] { [Frame(anchor: Concepts.scorn)] }

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
        "'\(excerpt)' is scornful; an official account that sounds combative reads as less professional."
    }
    static let suggestionEN = "State the fact that answers the claim, calmly, and leave the judgement of others out."
    static func messageAR(_ excerpt: String) -> String {
        "'\(excerpt)' عبارة ازدراء؛ الحساب الرسمي الذي يبدو متخاصماً يُقرأ أقل مهنية."
    }
    static let suggestionAR = "اذكر الحقيقة التي ترد على الادعاء بهدوء، واترك الحكم على الآخرين."
}
