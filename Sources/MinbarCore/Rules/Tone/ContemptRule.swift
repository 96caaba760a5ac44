/// Dismissive, sarcastic or threatening language ("get a life", "not our problem",
/// "we know who you are", "محد ماسكك") and mocking emoji (🤡 🙄 🤣).
struct ContemptRule: Rule {
    static let phrases = Lexicon("tone.contempt", [
        "get a life", "sit down", "nobody is forcing you", "no one is forcing you", "not our problem", "not my problem", "deal with it",
        "dead weight", "we know who you are", "hope it was worth it", "keep your opinions to yourselves", "thank me later",
        "enjoy missing", "stop suffering", "cry more", "whatever will we do", "actual work", "never worked a day", "if you can't read",
        "plenty of people would love", "direct your anger", "we have your number", "crush them", "we'll enjoy this", "stop whining",
        "get over it", "go elsewhere", "so-called", "criticise without", "criticize without", "made payroll", "lazy", "backward",
        "those people", "shakedown", "greedy", "not my personal inbox", "stop it",
        "how embarrassing", "steady lads", "hard luck", "just saying", "no problemo",
        "won't miss you", "will not miss you", "get a job", "professional complainers", "professional complainer",
        "ما تستحي", "ما يستحي", "ما يستحون", "راجع نفسك",
        "عالة على", "بلا شغل ولا مشغلة", "هارد لك", "صدعتونا", "الحسد شين",
        "محد ماسكك", "الباب يفوت جمل", "الباب يفسع جمل", "=مو مشكلتنا", "=ليست مشكلتنا", "=ليس مشكلتنا", "ما تعرف تقرأ",
        "لا تعرف القراءة", "ما له مكان", "ما لهم مكان", "اقعد بس", "=نعرفكم", "نعرف من أنتم", "أتمنى أن يكون الأمر يستحق",
        "روح ذاكر", "=ريحونا", "يترجى", "لا تكرروا", "لا أحد يراسلني", "يعلمنا شغلنا", "عمره ما اشتغل", "اللي ما يعجبه",
        "إذا ما عجبتك", "احفظوا كلامي", "اللي ما يصدق", "اللي عنده عقل", "غصبا عن", "شوفوا الطوابير", "اشتكوا عليهم",
        "اللي يعرف يعرف", "ارحموا أنفسكم", "=طبعهم", "ما منهم فايدة", "ما منهم فائدة", "استغنينا", "كسالى",
        "🤡", "🙄", "🤣", "😂", "😏", "😒", "🖕", "💩", "🤦", "🙃", "😤", "👎", "🥱",
        "cry me a river", "boo hoo", "boohoo", "talk to the hand", "not our concern", "take it or leave it", "suck it up", "man up", "toughen up",
        "keyboard warriors", "keyboard warrior", "armchair experts", "armchair critics", "bye felicia", "don't let the door hit you",
        "good riddance", "we don't need your business", "take your business elsewhere", "shop elsewhere", "stay mad", "none of your business",
        "mind your own business", "مو عاجبك", "ما عاجبك", "إذا مو عاجبك", "مش عاجبك", "اللي مش عاجبه", "اللي مو عاجبه", "طز", "طز فيك",
        "ما علينا منك", "روح اشتكي", "اشتكي وين ما تبي", "ما نحتاجكم", "ما نبيكم", "الله لا يردك", "بالطقاق", "اشرب من البحر", "بلط البحر",
        "اخبط راسك بالحيط", "خلك في حالك", "خليك في حالك", "مو شغلك", "ليس من شأنك",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.contempt", title: "Contempt, sarcasm and threats",
        titleAr: "الازدراء والسخرية والتهديد", dimension: .professionalism, severity: .warning,
        rationale: """
            Replying to comments appropriately is the account manager's craft. Dismissing a complaint, mocking \
            a critic or hinting at a threat ("we know who you are") tells everyone watching how the \
            organisation treats people who disagree with it. Positivity and dialogue build the reputation; \
            sarcasm spends it.
            """,
        rationaleAr: """
            الرد على التعليقات بما يليق صنعةُ مدير الحساب. وتجاهل الشكوى أو السخرية من المنتقد أو التلميح \
            بالتهديد («نعرف من أنت») يُري كل المتابعين كيف تعامل المؤسسة من يخالفها. الإيجابية والحوار \
            يبنيان السمعة، والسخرية تستنزفها.
            """,
        examples: [
            .triggers("If you don't like our service, nobody is forcing you to stay.", .en),
            .triggers("To whoever leaked the memo: we know who you are.", .en),
            .triggers("Another complaint about the queue 🙄 use the app.", .en),
            .triggers("إذا ما عجبتك خدمتنا محد ماسكك.", .ar),
            .triggers("الشروط مكتوبة بوضوح، إذا ما تعرف تقرأ مو مشكلتنا.", .ar),
            .passes("Sorry about the queue this morning. The app lets you book a slot; we are adding two counters.", .en),
            .passes("نعتذر عن الزحام صباح اليوم، ويمكنكم حجز موعد عبر التطبيق.", .ar),
        ])

    var lexicons: [Lexicon] { [Self.phrases] }

    func check(_ post: PostAnalysis) -> [Finding] {
        findings(for: SentencePhraseCheck(trigger: Self.phrases).hits(in: post), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ContemptRule {
    static let message = Localized(en: "'{1}' is dismissive or mocking; everyone watching learns how you treat people who disagree.",
                                   ar: "«{1}» فيه استخفاف أو سخرية؛ وكل من يتابع يتعلّم كيف تعامل من يخالفك.")
    static let suggestion = Localized(en: "Acknowledge the person, answer the substance, and offer a way to resolve it.",
                                      ar: "اعترف بصاحب الرأي، وأجب عن جوهر ما قاله، واعرض طريقاً للحل.")
}
