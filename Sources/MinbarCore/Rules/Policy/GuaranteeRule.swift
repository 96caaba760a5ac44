/// Guaranteed returns and promised outcomes.
struct GuaranteeRule: Rule {
    static let phrases = Lexicon("policy.guarantee", [
        "be certain", "can be certain", "certain of", "it's a promise", "that's a promise", "not a hope", "will retire", "=أضمن", "=وأضمن", "مهما كانت ظروف السوق", "عائد ثابت", "عائدا ثابتا",
        "guarantee", "guaranteed", "guarantees", "risk-free", "risk free", "no risk", "can't lose", "cannot lose", "sure profit",
        "double your money", "promise returns", "promised return", "certain returns", "100% safe", "zero risk",
        // Exact: word forms read «يضمن» and «تضمن» ("ensures", "included") in the first person.
        "=نضمن", "=ونضمن", "مضمون", "مضمونة", "بدون مخاطر", "بلا مخاطر", "دون مخاطرة", "ربح مؤكد", "أرباح مؤكدة", "عائد مؤكد",
        "نعدكم بعائد", "ستضاعف أموالك", "ضمان العائد", "ضمان الربح", "ضمان الأرباح", "نضمن لكم",
    ])
    /// Naming a guarantee as the mark of a scam: "if a return is 'guaranteed', it's a scam".
    /// Not bare «نصب», which is also setting up (a tent, «نصب تذكاري»): the swindle as
    /// «نصب واحتيال», «عملية نصب» or the swindler. A scam denied ("this is not a scam,
    /// returns are guaranteed") warns of nothing (`isWarnedAsAScam`).
    static let scamWarning = Lexicon("policy.guarantee.scam", [
        "scam", "scams", "a scam", "it's a scam", "=احتيال", "نصب واحتيال", "النصب والاحتيال", "عملية نصب", "عمليات نصب", "=نصاب",
        "=نصابين", "=النصابين", "=نصابون",
    ])
    static let commercial = Lexicon("policy.guarantee.commercial", [
        "money-back", "money back", "warranty", "satisfaction guarantee", "refund", "استرداد", "الضمان على", "كفالة",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.guarantee", title: "Guarantees and promised returns",
        titleAr: "الضمانات والعوائد الموعودة", dimension: .compliance, severity: .error,
        rationale: """
            Promising returns, profits or outcomes the organisation cannot control is misleading, and for a \
            listed company or bank it is a regulatory breach. Describe what you are doing, not what is certain.
            """,
        rationaleAr: """
            الوعد بعوائد أو أرباح أو نتائج لا تتحكم فيها المؤسسة تضليلٌ، وهو في الشركة المدرجة أو البنك \
            مخالفة نظامية. صف ما تفعله، لا ما هو مؤكد.
            """,
        examples: [
            // Certainty waited for is no promise.
            .passes("The boil advisory will not be lifted until we can be absolutely certain of the safety of the water.", .en),
            .passes("لن نرفع تحذير غلي المياه حتى نضمن سلامتها تماماً.", .ar),
            .triggers("You can be certain of a 12% return every year with our fund.", .en),
            // A guarantee named as the mark of a scam.
            .passes("Never send money to anyone online. If a return is 'guaranteed', it's a scam.", .en),
            .passes("إذا وعدك أحد بعائد مضمون فهذا نصب واحتيال، بلّغ عنه فوراً.", .ar),
            .passes("احذروا: من يعدكم بعائد مضمون يقوم بعملية نصب، بلّغوا عنه.", .ar),
            // A scam denied warns of nothing; «نصب» is also setting up a stand.
            .triggers("This is not a scam: returns are guaranteed at 15% a year.", .en),
            .triggers("تم نصب جناحنا في معرض الاستثمار، ونضمن لكم عائداً سنوياً ١٢٪.", .ar),
            // A warning about impostors quotes what they promise.
            // A guarantee as a financial instrument promises no outcome.
            .passes("Our members rely on the SME loan guarantee; we have asked the ministry to keep it at 80%.", .en),
            .passes("نطالب الوزارة بإبقاء نسبة ضمان القروض للمنشآت الصغيرة عند ٨٠٪، فخطاب الضمان البنكي مكلف.", .ar),
            .passes("Fraudsters posing as our staff promise guaranteed returns of 20% a month. Report them; we never offer this.", .en),
            .passes("تنبيه: محتالون ينتحلون صفة موظفينا ويعدون بأرباح مضمونة، بلّغوا عنهم فوراً.", .ar),
            .triggers("Our new sukuk offers guaranteed returns of 8% a year.", .en),
            .triggers("We guarantee no flight will ever be delayed again.", .en),
            .triggers("نضمن لكم عائداً سنوياً ١٠٪ بدون مخاطر.", .ar),
            .passes("Every order comes with a 30-day money-back promise and a refund if you are not satisfied.", .en),
            .passes("نعمل على تقليل التأخير، ونشرنا خطة من ثلاث خطوات.", .ar),
            .passes("طوّرنا منصة الخدمات بما يضمن سرعة إنجاز المعاملات.", .ar),
            .passes("We upgraded the platform to ensure faster service.", .en),
            .triggers("هذا الصندوق يضمن لك عائداً ثابتاً كل عام.", .ar),
            .passes("الالتزام بالتعليمات يسهل الإجراءات ويضمن انتظام الرحلات.", .ar),
            .passes("تضمن البرنامج ورش عمل للطلاب في مسقط وصلالة.", .ar),
        ])

    /// «يضمن», «تضمن»: "it ensures", and «تضمّن» is also "it included". They promise an
    /// outcome only beside a return or the reader it is promised to («يضمن لك عائداً ثابتاً»);
    /// «الالتزام بالتعليمات يضمن انتظام الرحلات» promises nothing.
    static let ensures = Lexicon("policy.guarantee.ensures", ["=يضمن", "=تضمن", "=ويضمن", "=وتضمن"])
    static let promisedReturn = Lexicon("policy.guarantee.promised-return", [
        "=لك", "=لكم", "عائد", "عائدا", "عائداً", "=ربح", "=أرباح", "أرباحا", "=الربح", "=الأرباح", "أموالك", "أموالكم", "=مبلغك",
    ])

    /// "بما يضمن" and "مما يضمن" say what a step is for ("so as to ensure"), the way
    /// English says "to ensure": a purpose, not a promised outcome.
    static let purpose = Lexicon("policy.guarantee.purpose", ["=بما", "=مما", "=وبما", "=ومما", "=بشكل", "=وبشكل"])

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let check_ = SentencePhraseCheck(trigger: Self.phrases,
                                            unlessInSentence: [Self.commercial, Concepts.guaranteeInstrument.lexicon, Concepts.impostors.lexicon],
                                            unlessRightBefore: [Self.purpose])
    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let ensuresCheck = SentencePhraseCheck(trigger: Self.ensures, requiresInSentence: [Self.promisedReturn],
                                                  unlessInSentence: [Self.commercial, Concepts.impostors.lexicon],
                                                  unlessRightBefore: [Self.purpose])
    var lexicons: [Lexicon] { Self.check_.lexicons + Self.ensuresCheck.lexicons + [Self.scamWarning] }

    /// Whether the sentence of `hit` names a scam, not denied: "if a return is
    /// 'guaranteed', it's a scam" warns; "this is not a scam" vouches.
    static func isWarnedAsAScam(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        return post.hits(Self.scamWarning, inSentence: sentence).contains { !Modality.negates($0.firstToken, in: post, reach: 3) }
    }

    /// Words that make the certainty a condition to wait for: "the advisory stays until we
    /// can be certain of the water's safety", «لن نرفع التحذير حتى نضمن سلامة المياه».
    static let waitingFor = WordSet(["until", "till", "unless", "حتى", "لحين", "ريثما"].map(TextNormalizer.normalize))

    /// Whether a waiting word stands up to six words before `hit` in its sentence ("until
    /// we can be absolutely certain of").
    static func isAwaited(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
        return (max(sentence.lowerBound, hit.firstToken - 6)..<hit.firstToken).contains { waitingFor.contains(tokens.text(at: $0)) }
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        let promise = Self.check_.hits(in: post).filter { !Self.isWarnedAsAScam($0, in: post) && !Self.isAwaited($0, in: post) }
        let taken = Set(promise.map { post.sentenceIndex(of: $0) })
        let ensured = Self.ensuresCheck.hits(in: post).filter { !taken.contains(post.sentenceIndex(of: $0)) }
        return findings(for: (promise + ensured).sortedIfNeeded { $0.firstToken < $1.firstToken }, in: post,
                        suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension GuaranteeRule {
    static let message = Localized(en: "'{1}' promises an outcome or return the organisation cannot guarantee.",
                                   ar: "«{1}» وعدٌ بنتيجة أو عائد لا تستطيع المؤسسة ضمانه.")
    static let suggestion = Localized(en: "Describe the commitment and the steps you are taking, without guaranteeing the result.",
                                      ar: "صف التزامك والخطوات التي تتخذها، دون أن تضمن النتيجة.")
}
