/// A post that does little for its reader. Coaches rank a post that owns a mistake,
/// gives the figure and says what happens next above one that only waves, even when
/// neither says anything wrong; without this, every careful post and every empty one
/// tied at 100. The moves are the engine's (see `Move`): cause, evidence, commitment,
/// owned apology, thanks, reassurance with a fact, a contact, an invitation, a proper
/// refusal. Answering is not counted (nearly every sentence does it), nor a bare
/// statement or date, which say nothing about what the organisation does.
///
/// Only for posts without goals: when the scenario sets goals, goal coverage already
/// judges what the post does, and it would be judged twice.
struct SubstanceRule: Rule {
    /// The moves that give a reader something to use.
    static let substantive: [Move] = [.apology, .cause, .evidence, .commit, .credit, .reassure, .route, .invite, .decline]
    /// What a post making no such move costs; one move costs half.
    static let emptyCost = 4

    let descriptor = RuleDescriptor(
        id: "style.substance", title: "A post that gives readers little to use",
        titleAr: "منشور لا يقدّم للقارئ ما يستفيد منه", dimension: .professionalism, severity: .note,
        rationale: """
            An executive's post is read for what the organisation does: what happened and why, the figure and \
            its source, what happens next and when, whom to thank, where to get help. A post that does none of \
            these is not wrong, but it spends the account's attention on nothing; one that does a single thing \
            usually leaves the reader's next question open. A note: a greeting or a one-line thanks is fine, \
            and it costs little.
            """,
        rationaleAr: """
            يُقرأ منشور القيادي بحثاً عما تفعله المؤسسة: ما الذي حدث ولماذا، والرقم ومصدره، وما الخطوة \
            التالية وموعدها، ومن يستحق الشكر، وأين يجد الناس المساعدة. والمنشور الذي لا يفعل شيئاً من ذلك \
            ليس خطأ، لكنه ينفق انتباه المتابعين على لا شيء، والذي يفعل أمراً واحداً يترك غالباً سؤال القارئ \
            التالي بلا جواب. وهي ملاحظة: التحية أو سطر الشكر مقبولان، وكلفتهما قليلة.
            """,
        examples: [
            .triggers("Exciting times ahead for all of us.", .en),
            .triggers("أيام جميلة قادمة للجميع.", .ar),
            .triggers("Thank you to everyone at the Jeddah plant.", .en),
            // Condolences are what the post is for; a death named without them is not sympathy.
            .passes("With great sadness we learned of the passing of our former chairman. Our deepest condolences to his family; we thank him for 30 years of service.", .en),
            .passes("ببالغ الحزن تلقينا نبأ وفاة رئيس مجلس إدارتنا السابق، خالص العزاء لأسرته، ونشكر له ثلاثين عاماً من العطاء.", .ar),
            .triggers("Our former chairman passed away this morning.", .en),
            // Safety advice is what a warning is for; with a cause beside it the post does two things.
            .passes("Heavy rain is expected tonight, so we urge everyone to avoid driving through flooded wadis.", .en),
            .passes("يُتوقع هطول أمطار غزيرة الليلة بسبب المنخفض الجوي، لذا نحث الجميع على توخي الحذر وعدم عبور الأودية الجارية.", .ar),
            .triggers("توفي رئيس مجلس إدارتنا السابق صباح اليوم.", .ar),
            .passes("We are sorry the app was down this morning. Thanks to our engineers it is back, and anyone charged twice can write to help@rimal.example for a refund.", .en),
            .passes("نعتذر عن توقف التطبيق صباح اليوم، وشكراً لفريقنا الفني الذي أعاده للعمل. ومن خُصم منه مرتين يراسلنا على help@rimal.example لاسترداد المبلغ.", .ar),
        ])

    /// Sympathy offered to the people bereaved or hurt: "our condolences to the families",
    /// "our hearts are with", «خالص العزاء لأسر الضحايا», «قلوبنا مع». Said in words of its
    /// own (not "death" or "crash", which only name the event), it is what a condolence
    /// post is for, and a coach does not ask it for a figure or a next step.
    static let sympathy = Lexicon("style.substance.sympathy", [
        "condolences", "our condolences", "deepest sympathy", "deepest sympathies", "our sympathies", "heartfelt sympathy",
        "thoughts are with", "thoughts and prayers", "hearts go out", "heart goes out", "our hearts are with", "rest in peace",
        "we mourn", "mourn the passing", "mourn the loss", "we grieve", "with great sadness", "with deep sorrow", "saddened to learn",
        "=تعازينا", "=التعازي", "=تعازيه", "=تعازيها", "خالص العزاء", "=نعزي", "=نعزّي", "أحر التعازي", "ببالغ الحزن", "ببالغ الأسى",
        "رحمه الله", "رحمها الله", "رحمهم الله", "إنا لله وإنا إليه راجعون", "قلوبنا مع", "عظم الله أجركم", "أحسن الله عزاءكم",
        "البقاء لله", "=نواسي", "=مواساتنا", "تغمده الله", "يتغمده الله", "بقلوب مؤمنة", "بقلوب يعتصرها الحزن",
    ])

    /// Telling the public what keeps them safe: "avoid driving through floodwaters", "we
    /// urge residents to…", «لا تخرجوا للتصوير، توجهوا فوراً إلى مكان آمن», «نحث الجميع على
    /// توخي الحذر». The warning is the use a public-service post has.
    static let safetyAdvice = Lexicon("style.substance.safety-advice", [
        "avoid driving", "avoid the area", "avoid travel", "avoid flooded", "avoid low-lying", "avoid contact", "stay indoors",
        "stay away from", "do not drive", "don't drive", "we urge", "i urge", "urge everyone", "urge residents", "please do not",
        "keep away from", "take shelter", "move to higher ground", "boil your water", "exercise caution",
        "=تجنبوا", "=تجنب الخروج", "=تجنب القيادة", "=ابتعدوا", "=الابتعاد عن", "=لا تخرجوا", "=توجهوا", "=نحث", "=ونحث", "=نهيب",
        "=توخي الحذر", "=الحيطة والحذر", "=عدم الاقتراب", "=عدم عبور", "=مغادرة المناطق المنخفضة", "=لا تقتربوا", "=يرجى عدم", "=الرجاء عدم",
    ])

    /// What a post can do for its reader that is not one of the engine's moves, with its
    /// name for the message: sympathy offered, safety advice given. Each counts once.
    static let creditedActs: [(lexicon: Lexicon, name: Localized)] = [
        (sympathy, Localized(en: "offer sympathy", ar: "المواساة")),
        (safetyAdvice, Localized(en: "advise on safety", ar: "الإرشاد إلى السلامة")),
    ]

    var lexicons: [Lexicon] { Self.creditedActs.map(\.lexicon) }

    func check(_ post: PostAnalysis) -> [Finding] {
        guard post.goals.isEmpty, !post.text.tokens.isEmpty else { return [] }
        // `act` indexes `creditedActs` when `move` is nil.
        var made: [(move: Move?, act: Int, tokens: Range<Int>)] = []
        // Sympathy offered, safety advice given: each one thing done for the reader.
        for act in Self.creditedActs.indices {
            if let hit = post.hits(Self.creditedActs[act].lexicon).first(where: { !post.isQuoted($0) }) {
                made.append((nil, act, post.text.sentences[post.sentenceIndex(of: hit)]))
            }
        }
        if made.count >= 2 { return [] }
        // Sentences read in place, by index: `for sentence in` copied each one (its lists
        // retained and released).
        let sentences = post.moves.sentences
        for index in sentences.indices where SentenceMoves.counts(index, in: sentences) {
            for move in Self.substantive where sentences[index].makes(move) && !made.contains(where: { $0.move == move }) {
                made.append((move, 0, sentences[index].tokens))
                // Two moves are substance enough (the guard below): stop reading sentences.
                if made.count >= 2 { return [] }
            }
        }
        guard made.count < 2, let last = post.moves.sentences.last else { return [] }
        let language = post.feedbackLanguage
        let message = made.first.map { Self.oneMove(language, $0.move?.name(language) ?? Self.creditedActs[$0.act].name(language)) }
            ?? Self.noMove(language)
        // The span is the sentence that makes the one move, or the last sentence: where
        // the next thing belongs.
        let (start, end) = post.span(made.first?.tokens ?? last.tokens)
        return [Finding(ruleID: descriptor.id, dimension: descriptor.dimension, severity: descriptor.severity,
                        message: message, start: start, end: end, suggestion: Self.suggestion(language),
                        penalty: made.isEmpty ? Self.emptyCost : Self.emptyCost / 2)]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension SubstanceRule {
    static let noMove = Localized(en: "The post gives readers nothing to use: no cause, figure, next step, thanks or contact.",
                                  ar: "لا يقدّم المنشور للقارئ ما يستفيد منه: لا سبب ولا رقم ولا خطوة تالية ولا شكر ولا جهة تواصل.")
    static let oneMove = Localized(en: "The post makes one move ({1}); the reader's next question is left open.",
                                   ar: "يؤدي المنشور غرضاً واحداً («{1}»)، ويبقى سؤال القارئ التالي بلا جواب.")
    static let suggestion = Localized(en: "Add what a reader can use: the figure and its source, what happens next and when, or where to get help.",
                                      ar: "أضف ما يستفيد منه القارئ: الرقم ومصدره، أو الخطوة التالية وموعدها، أو أين يجد المساعدة.")
}
