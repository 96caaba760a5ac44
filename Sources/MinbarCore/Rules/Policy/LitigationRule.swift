/// Comments on the merits of a pending case.
struct LitigationRule: Rule {
    static let legal = Lexicon("policy.litigation.legal", [
        "arbitration", "sued us", "filed", "award", "labour case", "legal team", "the passenger claim", "court case", "legal case",
        // Arbitration, not «التحكيم» alone: in sport that is the refereeing («طاقم التحكيم»).
        "هيئة التحكيم", "مركز التحكيم", "التحكيم التجاري", "دعوى التحكيم", "قضية التحكيم",
        // Not «قرار التحكيم»: in sport that is the referee's decision.
        "اللجوء إلى التحكيم", "اللجوء للتحكيم", "إجراءات التحكيم", "=رفعها", "رفع دعوى", "المطالبات", "الدعوى التي",
        "lawsuit", "the case", "this case", "court", "trial", "litigation", "legal action", "the claim", "the claims", "plaintiff",
        "plaintiffs", "judge", "tribunal", "sued", "suing", "sue",
        "القضية", "قضية", "المحكمة", "محكمة", "=الدعوى", "=الدعاوى", "=بالدعوى", "=دعوى", "=دعاوى", "=دعوى قضائية", "المدعي", "القاضي", "التقاضي", "النزاع القضائي", "القضاء",
    ])
    static let merits = Lexicon("policy.litigation", [
        "ستثبت", "سيثبت", "will prove", "will show",
        "joke", "a joke", "crush", "see you in court", "on our side", "favourable", "favorable", "exaggerated", "show that", "shows that", "prove", "proves", "let go for", "caused by", "not by", "enough is enough",
        // "Clearly" as a verdict after "is"/"was" ("was clearly drunk"), not as the manner of
        // finding out ("to clearly establish the facts of this case").
        "=is clearly", "=was clearly", "=are clearly", "=were clearly", "it is clear that", "it's clear that", "=من الواضح أن",
        "=من الواضح أنه", "=من الواضح أنها", "=واضح أنه", "=واضح إنه", "مسرحية", "كذب", "بنكسبها", "بنكسب", "الحقيقة أن", "=لا بسببنا", "=مبالغ فيها", "=مبالغ فيه", "=مبالغات", "غصبا", "سنثبت",
        "vexatious", "=بلا أساس", "=بدون أساس", "no doubt",
        "baseless", "frivolous", "without merit", "no merit", "meritless", "will win", "will prevail", "we'll win", "confident we",
        "lies", "lying", "false claims", "vindicated", "nonsense", "absurd", "extortion", "shakedown", "greedy", "did nothing wrong",
        "not liable", "no case", "doomed", "thrown out", "will lose", "money grab", "opportunistic", "we are innocent", "clearly wrong",
        "=كيدية", "=الكيدية", "=كيدي", "باطلة", "باطل", "لا أساس", "سنكسب", "سنربح", "واثقون", "كاذب", "كاذبة", "ادعاءات كاذبة", "ابتزاز",
        "لم نخطئ", "سترفض", "ستُرفض", "براءتنا", "طمع", "افتراء", "ستخسر", "مفبركة",
        // The ruling foretold: "the court will rule in our favour", «المحكمة ستحكم لصالحنا».
        "=will rule in our favour", "=will rule in our favor", "=rule in our favour", "=rule in our favor", "=ستحكم لصالحنا", "=سيحكم لصالحنا",
        "=سينصفنا", "=ستنصفنا", "=لا يملك أي حجة", "=لا يملكون أي حجة", "=ليس لديهم أي حجة", "=ما عندهم أي حجة",
        // The other side's conduct called a crime or a lie before the court says so.
        "fraudulent", "libelous", "libellous", "defamatory", "slanderous", "colluded", "collusion", "=تشهيري", "=تشهيرية",
        "=احتيالية", "=احتيالي", "=تواطؤ", "=تواطأ", "=تواطؤوا",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.litigation", title: "Comments on pending litigation",
        titleAr: "التعليق على قضايا منظورة", dimension: .compliance, severity: .error,
        rationale: """
            Commenting on a case before the court can prejudice it, be used as evidence, and look like \
            pressure on the other party. Show compassion and say you will not comment while the matter is \
            before the court.
            """,
        rationaleAr: """
            التعليق على قضية منظورة أمام القضاء قد يضر بها، ويُستخدم دليلاً فيها، ويبدو ضغطاً على الطرف \
            الآخر. أظهر تعاطفك، وقل إنك لن تعلّق ما دامت القضية أمام المحكمة.
            """,
        examples: [
            .triggers("We don't comment on a case before the court, but this lawsuit is vexatious, no doubt.", .en),
            .triggers("لن نعلّق على القضية ما دامت منظورة أمام المحكمة، لكن الدعوى بلا أساس بكل وضوح.", .ar),
            // «المبالغ» are amounts in a verdict the prosecution published, not «مبالغ فيها» ("exaggerated").
            .passes("النيابة العامة: قضت المحكمة الجنائية بسجن موظف سابق سبع سنوات بعد إدانته باختلاس أموال عامة، وألزمته برد المبالغ المختلسة.", .ar),
            // The ruling foretold in Arabic; the hearing's date is no comment.
            .triggers("المحكمة ستحكم لصالحنا بلا شك، فالطرف الآخر لا يملك أي حجة.", .ar),
            .passes("تنظر المحكمة في الدعوى يوم ١٢ يناير، ولن نعلق عليها ما دامت منظورة أمام القضاء.", .ar),
            .passes("The Court of Cassation ruled in our favour in the long-running land case. We thank the judiciary and both legal teams.", .en),
            .triggers("This lawsuit is baseless and we will win in court.", .en),
            .triggers("The claims are lies from a greedy plaintiff.", .en),
            .triggers("هذه الدعوى كيدية وسنكسب القضية أمام المحكمة.", .ar),
            .passes("We will not comment on the case while it is before the court. Our thoughts are with the family.", .en),
            .passes("لا نعلق على القضايا المنظورة أمام القضاء، ونتعاطف مع الأسرة.", .ar),
            .triggers("On Monday we file a lawsuit against the magazine and everyone who colluded in this fraudulent attack.", .en),
            .triggers("سنرفع دعوى على الصحيفة بسبب حملتها التشهيرية وتواطؤ من يقف خلفها.", .ar),
            // Suing impostors over their fake ads is no comment on a party's case (`Concepts.impostors`).
            // «التحكيم» in sport is the refereeing, no arbitration.
            .passes("يوضح النادي أن ما يُتداول عن اتفاق مع طاقم التحكيم قبل المباراة لا أساس له من الصحة.", .ar),
            .triggers("دعوى التحكيم التي رفعها المقاول لا أساس لها وسنكسبها.", .ar),
            .triggers("اللجوء إلى التحكيم من المورد ابتزاز واضح، وسنكسب.", .ar),
            .passes("نحترم قرار التحكيم في مباراة الأمس، ولا أساس لما يُتداول عن اتفاق مسبق.", .ar),
            .passes("We filed a lawsuit today against the accounts posing as our bank in fraudulent investment ads.", .en),
            .passes("رفعنا دعوى على الحسابات الوهمية التي تنتحل اسم البنك في إعلانات احتيالية.", .ar),
            // Declining to comment, then commenting after a "but".
            .triggers("We won't comment on the case while it is before the court, but the claim is clearly baseless.", .en),
            .triggers("لا نعلق على القضية المنظورة أمام المحكمة، لكن الدعوى كيدية بلا شك.", .ar),
            .passes("We won't comment on the case while it is before the court.", .en),
            .passes("لا نعلق على القضية المنظورة أمام المحكمة، والحكم للقضاء.", .ar),
            // "Clearly" says how the facts will be found, not what they are; after "was" it is the verdict.
            .triggers("The driver who caused yesterday's crash was clearly drunk; we expect the court to make an example of him.", .en),
            .triggers("من الواضح أن السائق الذي تسبب في حادث الأمس كان مخموراً، ونتوقع أن تجعل منه المحكمة عبرة.", .ar),
            .passes("We will cooperate fully with the agencies to clearly and completely establish all of the facts of this case.", .en),
            .passes("سنتعاون بالكامل مع الجهات المختصة لنبيّن بكل وضوح جميع حقائق هذه القضية.", .ar),
        ])

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let check_ = SentencePhraseCheck(trigger: Self.merits, requiresInSentence: [Self.legal], unlessInSentence: [Concepts.impostors.lexicon], window: 1,
                                            refusals: [SharedLexicons.noComment])
    var lexicons: [Lexicon] { Self.check_.lexicons }

    func check(_ post: PostAnalysis) -> [Finding] {
        findings(for: Self.check_.hits(in: post), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension LitigationRule {
    static let message = Localized(en: "'{1}' comments on a case before the court; it can prejudice the case and be used in it.",
                                   ar: "«{1}» تعليق على قضية منظورة أمام القضاء؛ قد يضر بها ويُستخدم فيها.")
    static let suggestion = Localized(en: "Say you will not comment while the matter is before the court, and show care for the people involved.",
                                      ar: "قل إنك لن تعلّق ما دامت القضية أمام المحكمة، وأظهر اهتمامك بالمتأثرين.")
}
