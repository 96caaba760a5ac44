/// Sentences too long to follow, and English full of very long words.
struct ReadabilityRule: Rule {
    let descriptor = RuleDescriptor(
        id: "style.readability", title: "Readability",
        titleAr: "سهولة القراءة", dimension: .professionalism, severity: .note,
        rationale: """
            A post is read in seconds on a phone. Explaining strategy simply, in short sentences and plain \
            words, is what makes it understood and quoted correctly.
            """,
        rationaleAr: """
            يُقرأ المنشور في ثوانٍ على الهاتف. وشرح الاستراتيجية ببساطة، بجمل قصيرة وكلمات واضحة، هو ما \
            يجعلها تُفهم وتُقتبس على نحو صحيح.
            """,
        examples: [
            .triggers("We are pleased to announce that following an extensive and comprehensive review of our operations across all of our regional and international business units, and after consulting our stakeholders, partners, employees and the board of directors at length, we have decided to implement a transformational reorganisation programme.", .en),
            .triggers("يسرنا أن نعلن أنه بعد مراجعة شاملة ومستفيضة لجميع عملياتنا في الوحدات الإقليمية والدولية وبعد التشاور المطول مع الشركاء والموظفين ومجلس الإدارة والمساهمين والجهات التنظيمية والعملاء والموردين والمجتمع المحلي قررنا تنفيذ برنامج شامل لإعادة الهيكلة يشمل جميع الإدارات والأقسام والفروع في السلطنة وخارجها.", .ar),
            .passes("We reviewed every unit. We are reorganising into three divisions from 1 March.", .en),
            .passes("راجعنا جميع الوحدات، وسنعيد تنظيمها في ثلاثة قطاعات اعتباراً من ١ مارس.", .ar),
        ])

    static let englishLimit = 35
    static let arabicLimit = 40

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        let tokens = post.text.tokens
        for range in post.text.sentences where range.count > Self.englishLimit {
            var words = 0, arabicWords = 0
            for index in range where tokens[index].kind == .word {
                words += 1
                if tokens[index].isArabic { arabicWords += 1 }
            }
            let limit = arabicWords * 2 > words ? Self.arabicLimit : Self.englishLimit
            if words > limit {
                findings.append(finding(Self.longSentence(post.feedbackLanguage, words, limit),
                                        tokens: range, in: post,
                                        suggestion: Self.splitIt(post.feedbackLanguage)))
            }
        }
        var englishCount = 0, longCount = 0
        for index in tokens.indices where tokens[index].kind == .word && !tokens[index].isArabic {
            englishCount += 1
            if tokens[index].letterCount >= 15 { longCount += 1 }
        }
        if englishCount >= 10, longCount >= 3, longCount * 8 > englishCount,
           let first = post.text.tokens.firstIndex(where: { $0.kind == .word && !$0.isArabic && $0.letterCount >= 15 }) {
            findings.append(finding(Self.longWords(post.feedbackLanguage, longCount),
                                    tokens: first..<(first + 1), in: post,
                                    suggestion: Self.plainWords(post.feedbackLanguage)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ReadabilityRule {
    static let longSentence = Localized(en: "This sentence has {1} words; more than {2} is hard to follow on a phone.",
                                        ar: "في هذه الجملة {1} كلمة؛ وما زاد على {2} يصعب متابعته على الهاتف.")
    static let splitIt = Localized(en: "Split it into two or three short sentences, one idea each.",
                                   ar: "قسّمها إلى جملتين أو ثلاث قصيرة، لكل جملة فكرة واحدة.")
    static let longWords = Localized(en: "{1} very long words make the post heavy to read.",
                                     ar: "{1} كلمات طويلة جداً تجعل المنشور ثقيلاً على القارئ.")
    static let plainWords = Localized(en: "Prefer plain words: 'use' for 'operationalisation', 'change' for 'transformation'.",
                                      ar: "اختر الكلمات البسيطة: «نستخدم» بدل «نُفعّل تشغيلياً»، و«تغيير» بدل «تحوّل شامل».")
}
