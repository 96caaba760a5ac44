/// Swearing and insults. An executive's account is quoted as the organisation's voice;
/// one rude word becomes the headline.
struct ProfanityRule: Rule {
    static let words = Lexicon("tone.profanity", [
        "fuck*", "shit", "shitty", "bullshit", "damn", "damned", "crap", "crappy", "bastard", "bastards", "bitch", "asshole",
        "wtf", "stfu", "piss off", "pissed", "screw them", "screw you", "hell no", "bloody",
        // British spellings and words: the same swearing.
        "assholes", "arsehole", "arseholes", "=arse", "wanker", "wankers", "tosser", "tossers", "twat", "bollocks",
        "لعنة", "تبا", "تباً", "يلعن", "اللعنة", "كلب", "كلاب", "زفت", "خرا", "تفو", "=اتفو", "=تفوه عليك", "=تفوه عليكم",
    ])

    /// The Arabic mask: "sons of the …" with the insult left to the reader («أولاد الـ….»).
    /// It masks only where nothing but dots, stars or the end follow the article: «ابن الـ٧
    /// سنوات» is a child's age, «أولاد الـ٩٠» a generation, and «ابن آل مكتوم» a family name
    /// (see `isArabicMask`).
    static let arabicMask = Lexicon("tone.profanity.arabic-mask", [
        "=أولاد ال", "=ولاد ال", "=ابن ال", "=يا ابن ال", "=يا بن ال", "=بنت ال", "=يا بنت ال",
    ])

    /// Whether a hit on `arabicMask` is the mask: the article is written «ال» or «الـ» (not
    /// «آل»), and what follows is punctuation or the end of the post.
    static func isArabicMask(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let article = tokens[hit.endToken - 1]
        guard !post.text.excerpt(article.start, article.end).hasPrefix("آ") else { return false }
        return hit.endToken == tokens.count || tokens[hit.endToken].kind == .punctuation
    }

    let descriptor = RuleDescriptor(
        id: "tone.profanity", title: "Profanity and insults",
        titleAr: "الألفاظ النابية والشتائم", dimension: .professionalism, severity: .error,
        rationale: """
            An executive's account is an official source: newsrooms quote it as the organisation speaking. \
            A curse or an insult, even in jest or in reply to provocation, becomes the story and undoes the \
            reputation the account exists to build.
            """,
        rationaleAr: """
            حساب القيادي مصدر رسمي: تقتبس منه غرف الأخبار على أنه صوت المؤسسة. والشتيمة أو الإهانة، ولو \
            مزاحاً أو رداً على استفزاز، تصبح هي القصة، وتهدم السمعة التي وُجد الحساب ليبنيها.
            """,
        examples: [
            // The Arabic article before a starred-out word, with the lengthening stroke or not.
            .triggers("مين الـ**** اللي لسه يقول إن السينما ماتت؟", .ar),
            .triggers("Who's the **** still saying cinema is dead?", .en),
            .passes("فندق الـ٥ نجوم يفتح أبوابه في مسقط: تقييمنا ***** في الدليل.", .ar),
            .triggers("This is a damn good quarter and the critics are idiots.", .en),
            .triggers("@reviewer_22 you're an arsehole, and you can quote me on that.", .en),
            .passes("Arsenal fans: the stadium shop opens at 9 on match day.", .en),
            // «جهلة» ("ignorant people") and «الجهل» ("ignorance") share a stem; only the first insults.
            .triggers("هؤلاء جهلة لا يقرأون الأرقام.", .ar),
            .passes("الجهل بحقوق المستهلك يكلف الأسر كثيراً؛ اقرأ دليلنا الجديد.", .ar),
            // The verbs of an insult's stem insult nobody.
            .triggers("Only fools sell our shares now.", .en),
            .passes("Don't be fooled by callers asking for your PIN: we never ask for it.", .en),
            .passes("We trashed the old paper forms and moved everything online.", .en),
            .triggers("What the fuck were they thinking?", .en),
            // A masked swear word is still one: readers fill in the stars.
            .triggers("Who in the **** still says cinemas are dead?", .en),
            .triggers("You people are all s***. Come here and I will f***ing show you.", .en),
            .triggers("What the f*ck were they thinking?", .en),
            .triggers("خدمتكم s*** والله، ما في أسوأ منها.", .ar),
            .passes("**Update:** the app is back, and every payment made this morning has gone through.", .en),
            .passes("Terms apply*. *Offer ends Sunday.", .en),
            .passes("Rated **** in the national guide, and a **** hotel for families.", .en),
            .triggers("We nip out for people's requests. We just don't do it if you're a rude ****", .en),
            .passes("Doors open at 7.\n****\nTickets at the gate from 6.", .en),
            .triggers("أولاد الـ…. ولا أستثني أحداً", .ar),
            .passes("أولاد الحي شاركوا في تنظيف الشاطئ صباح اليوم.", .ar),
            .passes("الطفل ابن الـ٧ سنوات عاد إلى أهله سالماً.", .ar),
            .passes("ندين العمل الإرهابي الجبان الذي استهدف المصلين في المسجد.", .ar),
            .passes("We condemn the cowards who attacked worshippers at the mosque today.", .en),
            .passes("استقبل سموه الشيخ محمد وابن آل مكتوم في مجلسه اليوم.", .ar),
            .passes("Your card ending **** 4567 was not charged; the PIN will show as ****.", .en),
            .passes("فندق **** في قلب صلالة، والحجز مفتوح.", .ar),
            .passes("**تحديث:** عاد التطبيق للعمل، وتمت جميع عمليات الدفع.", .ar),
            .triggers("هذا كلام تافه ولا يستحق الرد.", .ar),
            .triggers("تباً لهذه الشائعات.", .ar),
            .passes("A tough quarter. Here is what we are doing about it.", .en),
            .passes("The Mayor joined 200 volunteers collecting rubbish on Qurum beach this morning.", .en),
            .passes("نشكر كل من شاركنا رأيه، ونعمل على تحسين الخدمة.", .ar),
            // The police naming a crime as it reports the arrest.
            .passes("ألقت الشرطة القبض على الجاني بعد فعلته الجبانة بحق عامل المحطة.", .ar),
            .passes("Police arrested the cowards who attacked a delivery driver in Ruwi last night.", .en),
            .triggers("هذا الموظف جبان وما يستاهل مكانه.", .ar),
            .passes("العمل الإرهابي الجبان لن ينال من وحدة هذا الوطن.", .ar),
            .passes("The cowards who attacked worshippers last night will face justice.", .en),
            // An insult quoted to refuse it; coffee grounds; a hotel's stars.
            .passes("نرفض عبارة «يا حيوان» التي وجهها أحد المشجعين لحارس المرمى، ولا مكان لها في ملاعبنا.", .ar),
            .passes("We reject the word \"idiot\" that a fan shouted at our goalkeeper; it has no place in our stadium.", .en),
            .triggers("Our goalkeeper is an \"idiot\", as the fans say, and we agree.", .en),
            .passes("A fan posted that our goalkeeper is 'a worthless idiot' after the loss. We condemn this abuse.", .en),
            // Refused by a bare denial in the next breath.
            .passes("Someone online called our airport staff 'clowns' after the delays. They are not. They worked double shifts.", .en),
            .passes("وصف أحدهم موظفينا بـ'المهرجين' بعد التأخير. ليسوا كذلك. عملوا نوبتين متتاليتين.", .ar),
            // A short negated sentence that is no denial refuses nothing.
            .triggers("Fans called the new stadium 'a dump for idiots'. I can't disagree.", .en),
            // Reported as a fan's words and refused, however the report is worded.
            .passes("Some fans yelled \"idiot\" at our keeper during the match. We condemn this abuse.", .en),
            .passes("صرخ أحد المشجعين «يا حيوان» في وجه حارسنا. نرفض هذه الإساءة.", .ar),
            // Scare quotes with a refusal aimed at people report nobody's words.
            .triggers("Those \"idiots\" at the ministry have no place in our industry.", .en),
            .triggers("هؤلاء «الأغبياء» في الوزارة لا مكان لهم في قطاعنا.", .ar),
            .triggers("كتب أحد المشجعين أن حارسنا 'حمار'. لا نختلف معه.", .ar),
            .passes("تداولت بعض الحسابات وصف لاعبنا بـ\"الفاشل والجاهل\". نرفض هذه الإساءة رفضاً قاطعاً.", .ar),
            .passes("حثالة القهوة سماد ممتاز لنباتات المنزل، جربوها!", .ar),
            .passes("Enjoy a **** luxury beach stay at our Salalah resort this Eid.", .en),
            // A dish named after an insult's word.
            .passes("Caribbean week at the staff canteen: jerk chicken, rice and peas, and fried plantain.", .en),
            .triggers("Whoever wrote that review is a jerk, and the chicken was perfect.", .en),
            // Insults with no other sense fire anywhere; those with an ordinary sense only said to
            // someone, and then the finding is the attack's (`ScoringEngine.subsumes`; the examples
            // "@market_watch you crook…" and «يا نصاب…» are `tone.personal-attack`'s).
            .triggers("Only a nincompoop would read our results that way.", .en),
            .triggers("صار الرويبضة يتكلم في الاقتصاد ويفتي في البنوك.", .ar),
            .passes("The snake enclosure reopens on Sunday, with a new reptile house.", .en),
            .passes("Congratulations to our hackathon winners, who built a parking app in 48 hours.", .en),
            .passes("Beware of fraudsters posing as bank staff: we will never ask for your PIN.", .en),
            .passes("Our vets treat parasites in livestock free of charge this month.", .en),
            .passes("عملاؤنا في صحار: فرعنا الجديد يفتح أبوابه يوم الأحد.", .ar),
            .passes("تفاصيل نصب الخيمة في المخيم الصيفي تجدونها في الرابط.", .ar),
            .passes("اكتمل النصاب القانوني لاجتماع الجمعية العمومية.", .ar),
            .passes("احذروا من المحتالين والنصابين الذين ينتحلون صفة موظفي البنك.", .ar),
        ])

    var lexicons: [Lexicon] { [Self.words, SharedLexicons.insults, Self.arabicMask, Concepts.condemning.lexicon, Concepts.arrest.lexicon, Concepts.rejecting.lexicon,
                           SharedLexicons.acts, SharedLexicons.dishes] + RefusedQuotes.lexicons }

    func check(_ post: PostAnalysis) -> [Finding] {
        // "Cowardly" in a condemnation of a bombing names the attackers, as every government's
        // statement does («ندين العمل الإرهابي الجبان»); it is no swear word there.
        // So is it in a police report of an arrest («ألقت الشرطة القبض على… بعد فعلته الجبانة»).
        let insultHits = post.hits(SharedLexicons.insults)
        // Read only for a post with an insult to judge: most have none, and the denials walk every sentence.
        let refusedQuotes = insultHits.isEmpty ? nil : RefusedQuotes(in: post)
        let dishes = SharedLexicons.dishRanges(in: post)
        let insults = insultHits.filter {
            !SharedLexicons.literalInsults.contains(post.excerpt($0).lowercased())
                && !post.sentence(post.sentenceIndex(of: $0), has: Concepts.condemning.lexicon)
                && !post.sentence(post.sentenceIndex(of: $0), has: Concepts.arrest.lexicon)
                && !SharedLexicons.describesAnAct($0, in: post)
                && !SharedLexicons.namesADish($0, among: dishes)
                // Quoted to refuse it: «نرفض عبارة «يا حيوان» التي وجهها أحد المشجعين», or
                // quoted and refused in the next breath ("…called him 'an idiot'. We condemn this abuse.").
                && !(refusedQuotes?.contains($0, in: post) ?? false)
        }
        let masks = post.hits(Self.arabicMask).filter { Self.isArabicMask($0, in: post) }
        var found = findings(for: (post.hits(Self.words) + insults + masks), in: post,
                             suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
        // Masked words ("s***", "f*ck") live in the characters, not in the tokens: the stars
        // split them into several tokens or none.
        for range in MaskedProfanity.ranges(in: post.text.scalars)
        where !found.contains(where: { $0.start < range.upperBound && range.lowerBound < $0.end }) {
            let excerpt = String(String.UnicodeScalarView(post.text.scalars[range]))
            found.append(Finding(ruleID: descriptor.id, dimension: descriptor.dimension, severity: descriptor.severity,
                                 message: Self.message(post.feedbackLanguage, excerpt), start: range.lowerBound, end: range.upperBound,
                                 suggestion: Self.suggestion(post.feedbackLanguage)))
        }
        return found
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ProfanityRule {
    static let message = Localized(en: "'{1}' is profane or insulting; on an official account it becomes the quote everyone repeats.",
                                   ar: "«{1}» لفظ بذيء أو مهين؛ وعلى حساب رسمي يصبح العبارة التي يكررها الجميع.")
    static let suggestion = Localized(en: "Remove it. Say what you disagree with and give the fact that answers it.",
                                      ar: "احذفه. قل ما تختلف معه، واذكر الحقيقة التي ترد عليه.")
}
