/// Superlatives with nothing behind them ("world-class", "الأفضل", "غير مسبوق").
struct HypeRule: Rule {
    static let superlatives = Lexicon("tone.hype", [
        "best in the world", "world-class", "world class", "world-leading", "best-in-class", "revolutionary", "game-changer",
        "game changer", "game-changing", "unprecedented", "unmatched", "unbeatable", "unrivalled", "unrivaled", "second to none",
        "number one", "the best", "best ever", "greatest", "incredible", "amazing", "mind-blowing", "insane", "epic",
        "disruptive", "like never before", "the only company", "nobody does it better", "industry-leading", "groundbreaking",
        "ground-breaking", "legendary", "phenomenal", "historic achievement", "best operator", "best bank", "best airline",
        // Exact: their word forms include «أفضل» and «أقوى», "better" and "stronger", a comparison
        // ("نتائج أفضل", "better results") where the English lexicon lists only "the best".
        "=الأفضل", "=الافضل", "=والأفضل", "=والافضل", "=الأقوى", "=الاقوى", "=والأقوى", "=الأعظم", "=الاعظم",
        // Not «الأولى في» alone: «الجلسة الأولى في ٣ نوفمبر» is a date. First in a place or a field.
        "=الأول في المنطقة", "=الأولى في المنطقة", "=الأول في الخليج", "=الأولى في الخليج", "=الأول في العالم", "=الأولى في العالم",
        "=الأول في السلطنة", "=الأولى في السلطنة", "=الأول في المملكة", "=الأولى في المملكة", "=الأول في الشرق الأوسط",
        "=الأولى في الشرق الأوسط", "=الأول من نوعه", "=الأولى من نوعها", "=الأسرع في المنطقة", "=الأسرع في الخليج", "=الأسرع في العالم",
        "fastest in the region", "fastest in the gulf", "fastest in the world", "رقم واحد", "الرائدة عالميا", "عالمي المستوى", "غير مسبوق",
        "غير مسبوقة", "ثوري", "ثورية", "لا مثيل له", "لا مثيل لها", "لا يضاهى", "لا تضاهى", "الأكبر في",
        "مذهل", "مذهلة", "خيالي", "خيالية", "أسطوري", "أسطورية", "=لا أحد يستطيع منافستنا", "=لا أحد يستطيع مجاراتنا",
        "=لا أحد يستطيع أن ينافسنا", "=لا أحد يستطيع أن يجارينا", "no one can match", "nobody can match", "no one can compete with us",
        "nobody can compete with us", "no one can beat", "nobody can beat", "الوحيدة في", "الأفضل على الإطلاق",
        "the finest", "hands down", "best in the gulf", "best in the region", "unbeatable value", "=بلا منازع", "=الأفضل في الخليج",
        "=الأفضل في المنطقة", "=محد ينافسنا", "=ما أحد ينافسنا",
    ] + elatives.terms)

    let descriptor = RuleDescriptor(
        id: "tone.hype", title: "Hype and unsupported superlatives",
        titleAr: "المبالغة وصيغ التفضيل بلا دليل", dimension: .professionalism, severity: .warning,
        rationale: """
            Self-praise convinces nobody; testimony from customers and independent bodies does. A superlative \
            with no figure, certificate or independent rating behind it reads as marketing and invites the \
            reply "says who?".
            """,
        rationaleAr: """
            مدح النفس لا يقنع أحداً؛ ما يقنع شهادة العملاء والجهات المستقلة. وصيغة التفضيل التي لا يسندها \
            رقم أو شهادة أو تقييم مستقل تُقرأ دعاية، وتستدعي الرد: «من قال ذلك؟».
            """,
        examples: [
            .triggers("We're simply the finest dairy in the Gulf, hands down.", .en),
            .triggers("حليبنا الأفضل في الخليج بلا منازع.", .ar),
            .passes("Rated best in the region by the 2026 Gulf Dairy Awards, an independent panel.", .en),
            // First or fastest in the region boasts; the first hearing on a date is a date.
            .triggers("نفخر بأننا الشركة الأسرع في المنطقة في تسليم الشحنات.", .ar),
            .triggers("We are proud to be the fastest in the region at delivering parcels.", .en),
            .passes("تنظر المحكمة القضية والجلسة الأولى في 3 نوفمبر، ولن نعلق قبلها.", .ar),
            .passes("The court hears the case and the first session is on 3 November; we will not comment before it.", .en),
            // "No one can match us" boasts; "no one can promise you" cautions.
            .triggers("لا أحد يستطيع منافستنا في أسعار الباقات.", .ar),
            .triggers("No one can match our data packages on price.", .en),
            .passes("لا أحد يستطيع أن يعدك بأرباح مضمونة في السوق.", .ar),
            .passes("No one can promise you guaranteed profits in the market.", .en),
            .triggers("Our revolutionary new app is the best in the world.", .en),
            .triggers("We are the best operator in the region, full stop.", .en),
            .triggers("خدمة غير مسبوقة ولا مثيل لها في المنطقة.", .ar),
            // A hardship described, and people thanked, are not self-praise; without the thanks it boasts.
            .passes("The pandemic brought unprecedented challenges to every airline, ours included.", .en),
            .passes("فرضت الجائحة تحديات غير مسبوقة على قطاع الطيران كله.", .ar),
            // One adjective may say which hardship; a noun between keeps the boast.
            .passes("يواجه المواطنون تحديات معيشية غير مسبوقة، ونعمل مع الجهات المعنية لتخفيفها.", .ar),
            .passes("Households face unprecedented economic pressure this winter, and our tariffs stay frozen.", .en),
            .triggers("واجهنا الأزمة بخدمة غير مسبوقة لم يقدمها أحد قبلنا.", .ar),
            .triggers("We met the crisis with unprecedented service nobody else offers.", .en),
            .triggers("Our new 0% tariff puts unprecedented competitive pressure on the big three banks.", .en),
            .triggers("نفرض ضغوطاً تنافسية غير مسبوقة على البنوك التقليدية بعروضنا الجديدة.", .ar),
            .passes("We extend our gratitude to all the incredible first responders at the site.", .en),
            .passes("شكراً لأبطالنا المذهلين في فرق الطوارئ على جهودهم طوال الليل.", .ar),
            .triggers("We have the best team in the world, and everybody knows it.", .en),
            .triggers("فريقنا الأفضل في المنطقة بلا منازع.", .ar),
            // Pride is not thanks, a rank is never warmth, and one excused superlative
            // does not excuse the next (a review's posts).
            .triggers("We are proud of our team, the best in the world.", .en),
            .triggers("نفخر بفريقنا الأفضل في المنطقة بلا منازع.", .ar),
            .triggers("Thank you, fans, for another season as the number one team in Asia.", .en),
            .triggers("شكراً لموظفينا، الأفضل في العالم.", .ar),
            .triggers("Greatest crisis management team in the Gulf. Full stop.", .en),
            .triggers("Our best-ever year despite the pandemic: revolutionary products, unprecedented growth.", .en),
            // The Arabic elative ranks before a noun and compares after one or before «من».
            .triggers("نحن أفضل بنك في الخليج، وعملاؤنا يعرفون ذلك.", .ar),
            .triggers("هذه أفضل وأنجح طريقة للتعامل مع العملاء.", .ar),
            .triggers("We are the best bank in the Gulf, and our customers know it.", .en),
            .passes("نتوقع نتائج أفضل العام المقبل بعد تشغيل الرصيف الجديد.", .ar),
            // Found in the REPL: an adverb after the elative is no ranked noun.
            .passes("نعتذر عن الانقطاع، ونتوقع خدمة أفضل غداً بعد إصلاح الخط.", .ar),
            .passes("We are sorry for the outage, and we expect better service tomorrow once the line is fixed.", .en),
            .passes("We expect better results next year once the new berth opens.", .en),
            .passes("عملاؤنا يستحقون خدمة أقوى من ذلك، وسنعمل عليها.", .ar),
            .passes("Our customers deserve stronger service than that, and we will work on it.", .en),
            .passes("Our app was rated 4.7 by 12,000 customers, according to an independent survey.", .en),
            .passes("حصلنا على تصنيف A من جهة مستقلة للعام الثالث.", .ar),
        ])

    /// Superlatives of scale, which can describe a hardship ("unprecedented challenges",
    /// «تحديات غير مسبوقة»): the situation, not a boast. A rank ("the best", «الأفضل»)
    /// beside a hardship is still a boast ("we were the best in the crisis").
    static let scale = Lexicon("tone.hype.scale", ["unprecedented", "=غير مسبوق", "=غير مسبوقة", "=غير المسبوقة"])
    /// The hardship a superlative of scale qualifies, right beside it.
    static let adversity = Lexicon("tone.hype.adversity", [
        "challenge", "challenges", "crisis", "crises", "difficulties", "hardship", "hardships", "pressure", "losses", "disaster",
        "pandemic", "storm", "damage", "demand on", "strain",
        "=تحديات", "=التحديات", "=تحدي", "=أزمة", "=الأزمة", "=ظروف", "=الظروف", "=صعوبات", "=الصعوبات", "=كارثة", "=الكارثة",
        "=خسائر", "=أضرار", "=جائحة", "=الجائحة", "=معاناة", "=ضغوط", "=ضغوطا",
    ])
    /// Words that make a hardship word a modifier of something the writer runs ("crisis
    /// management team"): the superlative then praises the team.
    static let compoundHeads: WordSet = ["management", "response", "team", "teams", "plan", "centre", "center", "handling", "unit", "cell", "room"]
    /// Superlatives of warmth, which can praise people the sentence thanks ("our gratitude
    /// to all the incredible first responders", «شكراً لأبطالنا المذهلين»): credit given,
    /// the opposite of self-praise. A rank is never credit ("thanks, fans, for another
    /// season as the number one team").
    static let warmth = Lexicon("tone.hype.warmth", [
        "incredible", "amazing", "phenomenal", "legendary", "epic",
        "=مذهل", "=مذهلة", "=المذهل", "=المذهلة", "=المذهلين", "=مذهلين", "=أسطوري", "=أسطورية", "=الأسطوري",
    ])
    /// The people thanked, right beside the warm word.
    static let praisedPeople = Lexicon("tone.hype.praised-people", [
        "team", "teams", "colleagues", "staff", "crew", "crews", "volunteers", "first responders", "responders", "doctors",
        "nurses", "employees", "workers", "fans", "supporters", "partners", "players", "people", "heroes",
        "=فريق", "=فريقنا", "=الفريق", "=زملاء", "=زملائي", "=زملاءنا", "=زملائنا", "=المتطوعين", "=متطوعين", "=الأطباء",
        "=الكوادر", "=كوادرنا", "=أبطال", "=أبطالنا", "=الموظفين", "=موظفينا", "=الجماهير", "=جماهيرنا", "=اللاعبين", "=لاعبينا",
    ])
    /// Thanks, and only thanks: pride ("proud of our team, the best in the world") credits
    /// nobody but the writer's side.
    static let thanks = Lexicon("tone.hype.thanks", [
        "thank", "thanks", "thank you", "grateful", "gratitude", "=شكرا", "=شكراً", "=نشكر", "=أشكر", "=اشكر", "=الشكر", "=ممتن",
        "=ممتنون", "=ممتنين",
    ])
    static let proof: [Lexicon] = [SharedLexicons.evidenceWords, EvidenceLexicons.ratings, EvidenceLexicons.certificates]

    /// One finding per sentence, for its first superlative that is a boast.
    static let boasts = SentencePhraseCheck(trigger: superlatives, unlessInSentence: proof) { hit, post in
        qualifiesHardship(hit, in: post) || praisesThoseThanked(hit, in: post) || comparesOnly(hit, in: post)
    }

    var lexicons: [Lexicon] {
        Self.boasts.lexicons + [Self.scale, Self.adversity, Self.warmth, Self.praisedPeople, Self.thanks, Self.elatives]
    }

    /// The Arabic elative without its article: «أفضل طريقة», «أفضل نصف أول» rank ("the best
    /// way"); «نتائج أفضل», «أقوى من العام الماضي», «أفضّل أن» compare or prefer. Part of
    /// `superlatives`, a boast only before a noun (`comparesOnly`).
    static let elatives = Lexicon("tone.hype.elatives", [
        "=أفضل", "=افضل", "=وأفضل", "=بأفضل", "=لأفضل", "=أقوى", "=اقوى", "=وأقوى", "=أعظم", "=اعظم", "=وأعظم",
    ])
    /// Words after an elative that make it a comparison: "than", "by far", "than ever"; and
    /// adverbs, which a ranked noun never is («نتائج أفضل غداً», "better results tomorrow").
    static let comparing = WordSet([
        "من", "مما", "ممن", "بكثير", "بمراحل", "قليلا", "نسبيا", "حالا", "بعد", "بدون",
        "غداً", "قريباً", "دائماً", "حالياً", "مستقبلاً", "لاحقاً", "جداً", "كثيراً", "أيضاً", "الآن",
    ].map(TextNormalizer.normalize))

    /// Whether an elative compares rather than ranks: it ranks only in construct with an
    /// indefinite noun or a number after it («أفضل طريقة», «أفضل 10 شركات»), past a second
    /// elative joined by «و» («أفضل وأنجح طريقة»).
    static func comparesOnly(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        guard isOne(hit, of: elatives, in: post) else { return false }
        let tokens = post.text.tokens
        // The exact forms also meet «الأفضل»: with its article it ranks, whatever follows.
        if hasArticle(tokens.text(at: hit.firstToken)) { return false }
        let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
        var next = hit.endToken
        if next < sentence.upperBound, isJoinedElative(tokens.text(at: next)) { next += 1 }
        guard next < sentence.upperBound else { return true }
        if tokens[next].kind == .number { return false }
        let word = tokens.text(at: next)
        guard tokens[next].kind == .word, tokens[next].isArabic, !comparing.contains(word),
              !ClosedClasses.arabicFunctionWords.contains(word) else { return true }
        return hasArticle(word)
    }

    /// «الـ» with or without one clitic before it («والـ», «بالـ», «فالـ», «للـ»).
    static func hasArticle(_ word: String) -> Bool {
        if word.hasPrefix("ال") || word.hasPrefix("لل") { return true }
        guard let first = word.first, "وبفك".contains(first) else { return false }
        return word.dropFirst().hasPrefix("ال")
    }

    /// «وأنجح», «وأكبر»: «و» and a four-letter word on the elative's pattern (أفعل).
    static func isJoinedElative(_ word: String) -> Bool {
        word.unicodeScalars.count == 5 && word.unicodeScalars.starts(with: "وا".unicodeScalars)
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        findings(for: Self.boasts.hits(in: post), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }

    /// Whether `hit` is itself a hit of `lexicon` (the same words).
    static func isOne(_ hit: PhraseMatcher.Hit, of lexicon: Lexicon, in post: PostAnalysis) -> Bool {
        post.hits(lexicon, inSentence: post.sentenceIndex(of: hit)).contains { $0.firstToken == hit.firstToken && $0.endToken == hit.endToken }
    }

    /// A hit of `lexicon` touching `hit`, after it in English, before it in Arabic: no word
    /// between, or one word that `oneWordBetween` accepts.
    static func touching(_ hit: PhraseMatcher.Hit, _ lexicon: Lexicon, in post: PostAnalysis,
                         oneWordBetween: ((Token) -> Bool)? = nil) -> PhraseMatcher.Hit? {
        let tokens = post.text.tokens
        let arabic = tokens[hit.firstToken].isArabic
        return post.hits(lexicon, inSentence: post.sentenceIndex(of: hit)).first { other in
            let (from, to) = arabic ? (other.endToken, hit.firstToken) : (hit.endToken, other.firstToken)
            if from == to { return true }
            guard let oneWordBetween, to - from == 1 else { return false }
            return oneWordBetween(tokens[from])
        }
    }

    static func qualifiesHardship(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        // The hardship touches the superlative, or one adjective of its kind stands between
        // («تحديات معيشية غير مسبوقة», "unprecedented economic pressure"): the adjective says
        // which hardship, and the superlative still qualifies it.
        guard isOne(hit, of: scale, in: post),
              let hardship = touching(hit, adversity, in: post, oneWordBetween: namesAHardshipKind) else { return false }
        let tokens = post.text.tokens
        return hardship.endToken >= tokens.count || !compoundHeads.contains(tokens[hardship.endToken].text)
    }

    /// Adjectives that say which hardship, and nothing about the firm: «معيشية», "economic",
    /// "global". A short list, not an ending: "unprecedented competitive pressure on the
    /// big three banks" and «ضغوطاً تنافسية غير مسبوقة» boast of what the firm does to others.
    static let hardshipKinds = WordSet([
        "economic", "financial", "global", "geopolitical", "humanitarian", "health", "climate", "regional", "inflationary",
        "supply-chain", "operational", "logistical", "security",
        "معيشيه", "اقتصاديه", "ماليه", "عالميه", "صحيه", "مناخيه", "اقليميه", "امنيه", "انسانيه", "تشغيليه", "لوجستيه",
        "اقتصادي", "مالي", "عالمي", "صحي", "مناخي", "اقليمي", "امني", "انساني", "تشغيلي", "لوجستي", "معيشي",
    ].map(TextNormalizer.normalize))

    static func namesAHardshipKind(_ token: Token) -> Bool {
        token.kind == .word && hardshipKinds.contains(token.text)
    }

    static func praisesThoseThanked(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        return isOne(hit, of: warmth, in: post) && post.sentence(sentence, has: thanks) && touching(hit, praisedPeople, in: post) != nil
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension HypeRule {
    static let message = Localized(en: "'{1}' is a superlative with nothing behind it; self-praise convinces nobody.",
                                   ar: "«{1}» مبالغة بلا دليل؛ ومدح النفس لا يقنع أحداً.")
    static let suggestion = Localized(en: "Replace it with the evidence: a figure, a certificate, an independent rating or a customer's words.",
                                      ar: "ضع مكانها الدليل: رقماً أو شهادة أو تقييماً مستقلاً أو كلمات عميل.")
}
