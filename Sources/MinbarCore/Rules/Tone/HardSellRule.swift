/// "Buy now", "limited time", "use code", "اطلب الآن": selling where reputation is built.
struct HardSellRule: Rule {
    static let phrases = Lexicon("tone.hard-sell", [
        "buy now", "order now", "order today", "shop now", "book now", "sign up now", "subscribe now", "limited time",
        "limited-time", "limited offer", "don't miss", "do not miss", "hurry", "act fast", "act now", "last chance", "only today",
        "today only", "use code", "promo code", "discount code", "% off", "while stocks last", "click to buy", "grab yours",
        "اشتر الآن", "اشترِ الآن", "اطلب الآن", "اطلبه الآن", "احجز الآن", "سجل الآن", "اشترك الآن", "عرض لفترة محدودة",
        "لفترة محدودة", "لا تفوت", "لا تفوتوا", "سارع", "سارعوا", "آخر فرصة", "كود الخصم", "كود خصم", "رمز الخصم", "العرض ينتهي",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.hard-sell", title: "Hard selling",
        titleAr: "البيع بإلحاح", dimension: .professionalism, severity: .warning,
        rationale: """
            Reputation comes before sales: an executive's account builds long-term trust, and a quick-profit \
            tone spends it. Leave offers and codes to the brand's marketing channels.
            """,
        rationaleAr: """
            السمعة قبل المبيعات: حساب القيادي يبني ثقة طويلة الأمد، ونبرة الربح السريع تستنزفها. اترك العروض \
            ورموز الخصم لقنوات التسويق الخاصة بالعلامة التجارية.
            """,
        examples: [
            .triggers("Book now! Limited time: use code CEO20 for 20% off.", .en),
            .triggers("اطلب الآن واستفد من عرض لفترة محدودة!", .ar),
            .passes("Our new Salalah route opens on 3 March. Details are on sahab.example.", .en),
            .passes("يسعدنا إطلاق خط صلالة الجديد في ٣ مارس.", .ar),
        ])

    var lexicons: [Lexicon] { [Self.phrases] }

    /// Built once: building it in `check` cost an allocation per post.
    static let phrasesCheck = SentencePhraseCheck(trigger: Self.phrases)

    func check(_ post: PostAnalysis) -> [Finding] {
        findings(for: Self.phrasesCheck.hits(in: post), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension HardSellRule {
    static let message = Localized(en: "'{1}' is a hard sell; an executive's account builds reputation, not quick sales.",
                                   ar: "«{1}» ترويج بيعي مباشر؛ حساب القيادي يبني السمعة لا المبيعات السريعة.")
    static let suggestion = Localized(en: "Share why it matters to people (the benefit, the story) and leave offers to the brand's channels.",
                                      ar: "اشرح لماذا يهمّ الأمر الناس (الفائدة والقصة)، واترك العروض لقنوات العلامة التجارية.")
}
