/// More hashtags than the platform's audience reads comfortably.
struct HashtagCountRule: Rule {
    let descriptor = RuleDescriptor(
        id: "platform.hashtags", title: "Too many hashtags",
        titleAr: "وسوم أكثر من اللازم", dimension: .professionalism, severity: .warning,
        rationale: """
            A hashtag or two joins a conversation; a wall of them reads as spam and buries the message. Know \
            how each platform works: X and Facebook posts carry one or two, LinkedIn a few, Instagram more.
            """,
        rationaleAr: """
            وسمٌ أو وسمان يضعان المنشور في نقاش قائم؛ أما كثرة الوسوم فتبدو إزعاجاً وتُغرق الرسالة. اعرف \
            طبيعة كل منصة: منشورات إكس وفيسبوك تحمل وسماً أو وسمين، ولينكدإن بضعة وسوم، وإنستغرام أكثر.
            """,
        examples: [
            .triggers("Great day at the port #logistics #Oman #ports #growth #jobs", .en, platform: .x),
            .triggers("يوم مميز في الميناء #عمان #الموانئ #اللوجستيات #وظائف", .ar, platform: .x),
            .passes("Great day at the port with 40 new graduates. #Sohar", .en, platform: .x),
            .passes("يوم مميز في الميناء مع ٤٠ خريجاً جديداً #صحار", .ar, platform: .x),
        ])

    static func limit(for platform: Platform) -> Int {
        switch platform {
        case .x, .facebook: 2
        case .linkedin, .other: 5
        case .instagram: 10
        }
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        let tags = post.text.tokens.indices.filter { post.text.tokens[$0].kind == .hashtag }
        let limit = Self.limit(for: post.platform)
        guard tags.count > limit else { return [] }
        let language = post.feedbackLanguage
        return [finding(Self.message(language, tags.count, post.platform.displayName(language), limit),
                        tokens: tags[limit]..<(tags.last! + 1), in: post,
                        suggestion: Self.suggestion(language, limit))]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension HashtagCountRule {
    static let message = Localized(en: "{1} hashtags; on {2} more than {3} reads as spam.",
                                   ar: "عدد الوسوم في المنشور {1}، وما زاد على {3} في {2} يبدو إزعاجاً.")
    static let suggestion = Localized(en: "Keep the {1} that name the conversation you want to join.",
                                      ar: "لا تزد الوسوم على {1}، واختر منها ما يدل على النقاش الذي تريد المشاركة فيه.")
}
