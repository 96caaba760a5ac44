/// Longer than the platform allows (X: 280, LinkedIn: 3,000, Instagram: 2,200).
struct PlatformLengthRule: Rule {
    let descriptor = RuleDescriptor(
        id: "platform.length", title: "Too long for the platform",
        titleAr: "أطول مما تسمح به المنصة", dimension: .professionalism, severity: .note,
        rationale: """
            Each platform works differently. A post that runs past the platform's limit is cut, split into an \
            unplanned thread, or not published at all. Length is a matter of fit, not of judgement: a long, \
            careful statement is not unprofessional, so this is a note that suggests a thread or another \
            platform, never a reason to prefer a short careless post.
            """,
        rationaleAr: """
            لكل منصة طبيعتها. المنشور الذي يتجاوز حد المنصة يُقتطع، أو يتحول إلى سلسلة غير مخطط لها، أو لا \
            يُنشر أصلاً. والطول مسألة ملاءمة لا حكمٌ على المهنية: فالبيان الطويل المتأني ليس خطأً، ولذلك هذه \
            ملاحظة تقترح سلسلة أو منصة أخرى، ولا تدعو أبداً إلى تفضيل منشور قصير متسرع.
            """,
        examples: [
            .triggers(String(repeating: "We are investing in the port and in our people. ", count: 7), .en, platform: .x),
            .triggers(String(repeating: "نستثمر في الميناء وفي موظفينا من أجل المستقبل. ", count: 7), .ar, platform: .x),
            .passes("We are investing OMR 120 million in Sohar port over five years.", .en, platform: .x),
            .passes(String(repeating: "نستثمر في الميناء وفي موظفينا من أجل المستقبل. ", count: 7), .ar, platform: .linkedin),
        ])

    static func limit(for platform: Platform) -> Int? {
        switch platform {
        case .x: 280
        case .linkedin: 3000
        case .instagram: 2200
        case .facebook: 63206
        case .other: nil
        }
    }

    /// Length as the platform counts it: characters, with every link as 23 on X and
    /// emoji as 2 there.
    static func length(of post: PostAnalysis) -> Int {
        var length = post.text.length
        guard post.platform == .x else { return length }
        // Fields read in place: `for token in` copied every token, its text retained and released.
        let tokens = post.text.tokens
        for index in tokens.indices {
            let kind = tokens[index].kind
            if kind == .url { length += 23 - (tokens[index].end - tokens[index].start) }
            if kind == .emoji { length += 1 }
        }
        return length
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard let limit = Self.limit(for: post.platform) else { return [] }
        let length = Self.length(of: post)
        guard length > limit else { return [] }
        let language = post.feedbackLanguage
        return [finding(Self.message(language, length, post.platform.displayName(language), limit),
                        start: 0, end: post.text.length, suggestion: Self.suggestion(language))]
    }
}

extension Platform {
    /// The platform's name as people write it.
    public var displayName: String {
        switch self {
        case .x: "X"
        case .linkedin: "LinkedIn"
        case .facebook: "Facebook"
        case .instagram: "Instagram"
        case .other: "this platform"
        }
    }

    /// The platform's name in a sentence of feedback: brand names stay as they are
    /// written; "this platform" is said in the feedback's language.
    public func displayName(_ language: PostLanguage) -> String {
        self == .other && language == .ar ? "هذه المنصة" : displayName
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PlatformLengthRule {
    static let message = Localized(en: "The post is {1} characters; {2} allows {3}.",
                                   ar: "عدد أحرف المنشور {1}، والحد المسموح على {2} هو {3}.")
    static let suggestion = Localized(en: "Keep the statement whole: post it as a planned thread, or on a platform that takes long posts (LinkedIn, the website) with a short pointer here.",
                                      ar: "حافظ على البيان كاملاً: انشره سلسلةً مخططاً لها، أو على منصة تتسع للمنشورات الطويلة (LinkedIn أو موقع الشركة) مع إشارة قصيرة إليه هنا.")
}
