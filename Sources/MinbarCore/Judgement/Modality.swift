/// How a sentence holds what it says: as an intention, a plan, a certainty, a denial,
/// a question, somebody else's words, something already published, or a joke. A frame
/// fires on a risky modality (intent, plan, certainty) and stays quiet on the safe ones
/// (negation, question, quotation, published), so "we will acquire" fires and "we are
/// not in talks to acquire" or "as announced on Tadawul, we acquired" does not.
public enum Modality: String, Sendable, CaseIterable {
    case intent, plan, certainty, negation, question, quotation, published, joke

    /// The words that mark each modality, in both languages.
    static let lexicons: [Modality: Lexicon] = [
        .intent: Lexicon("modality.intent", [
            "will", "we'll", "i'll", "they'll", "he'll", "she'll", "going to", "intend", "intends", "intention", "want to", "aim to", "would like to",
            "considering", "consider", "looking to", "seeking to", "plan to", "planning to", "about to", "close to",
            "committed to", "still committed", "hope to", "expect to", "set to", "on track to", "in talks", "in discussions",
            "نعتزم", "=ننوي", "=أنوي", "=انوي", "=ينوي", "=تنوي", "=نوينا", "نية", "سوف", "نسعى", "نخطط", "=نتجه", "ندرس", "بصدد", "نتطلع", "أتطلع", "نرغب", "سنقوم", "عازمون",
            "قريبا", "قريباً", "على وشك", "propose", "proposing", "i propose",
            // Aiming: «نستهدف إنتاج…», «نهدف إلى…», «نطمح».
            "=نستهدف", "=ونستهدف", "=نهدف", "=ونهدف", "=نطمح", "=ونطمح",
        ]),
        .plan: Lexicon("modality.plan", [
            "plan", "plans", "planned", "proposal", "proposed", "offer", "bid", "pending", "temporarily", "on hold", "paused",
            "term sheet", "letter of intent", "loi", "lois", "mou", "in a few hours", "next week", "tomorrow",
            // Talks under way, however advanced: "in advanced talks", "negotiating the acquisition".
            "advanced talks", "exclusive talks", "final talks", "late-stage talks", "early talks", "preliminary talks",
            "in negotiations", "negotiating", "=due diligence", "heads of terms", "next month", "in the coming days", "within days",
            "=نتفاوض", "في مفاوضات", "مفاوضات متقدمة", "محادثات متقدمة", "مباحثات متقدمة", "المراحل النهائية من", "=الفحص النافي للجهالة",
            // The dates English marks with "next week" and "tomorrow".
            "=الأسبوع القادم", "=الأسبوع المقبل", "=الأسبوع الجاي", "=الشهر القادم", "=الشهر المقبل", "=غدا", "=غداً", "=بكرة",
            "=خلال أيام", "=خلال الأيام القادمة", "=خلال الأيام المقبلة",
            "=خطة", "=الخطة", "=خطط", "=الخطط", "مقترح", "العرض", "عرض", "مذكرة تفاهم", "خطاب نوايا", "مؤقتا", "مؤقتاً", "معلق", "معلقة",
        ]),
        .certainty: Lexicon("modality.certainty", [
            "secured", "confirmed", "certain", "certainly", "definitely", "guaranteed", "assured", "no doubt", "clearly",
            "we are confident", "confident in", "i'm confident", "i am confident", "confident that", "the only way", "fine", "100%", "for sure", "locked in", "done deal",
            "تم تأمين", "مؤكد", "مؤكدة", "بالتأكيد", "حتما", "حتماً", "لا شك", "مضمون", "واثقون", "=أنا واثق", "=واثق أن", "بخير", "تمت الموافقة",
        ]),
        .negation: Lexicon("modality.negation", [
            "not", "no", "never", "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "cannot", "can't", "nor",
            // Every negative contraction, and the apostrophe-less spellings posts use ("havent").
            "=hasn't", "=haven't", "=hadn't", "=weren't", "=wouldn't", "=shouldn't", "=couldn't", "=mustn't", "=needn't", "=ain't",
            "=hasnt", "=havent", "=hadnt", "=werent", "=wouldnt", "=shouldnt", "=couldnt", "=dont", "=doesnt", "=didnt", "=isnt",
            "=arent", "=wasnt", "=cant", "=wont",
            "deny", "denies", "no plans", "not in talks", "rumours", "rumors", "speculation", "unfounded",
            "لا", "=ولا", "=بلا", "=بدون", "=without", "لن", "لم", "=ليس", "=ليست", "=لست", "=لسنا", "=ليسوا", "=لسن", "=لستن", "مو", "مب", "غير صحيح", "لا صحة", "ننفي", "تنفي", "شائعات", "الشائعات", "=تكهنات", "=التكهنات",
            // Dialect negation (Egyptian and Levantine مش, Gulf موب and ماني) and «عدم» before a noun.
            "=مش", "=موب", "=مهب", "=ماني", "=مانيب", "=عدم", "=بعدم",
        ]),
        // A question needs no question mark: «هل», "whether", an alternative ("or not", «ولا لأ»).
        .question: Lexicon("modality.question", [
            "=هل", "=وهل", "whether", "or not", "=ولا لأ", "=ولا لا", "=أو لا", "=والا لا",
        ]),
        .quotation: Lexicon("modality.quotation", [
            // Reporting verbs say who spoke by their person and tense: exact (`=`), so "sad to
            // report" or ننقل ("we transport") is not somebody else's words.
            "=said", "=says", "according to", "=reported", "=reports", "=quoted", "told reporters", "=wrote", "=claimed", "=alleged",
            "=قال", "=قالت", "بحسب", "وفق", "وفقا", "وفقاً", "=أفاد", "=أفادت", "=نقلت", "=ذكرت", "=صرح", "=صرّح",
        ]),
        .joke: Lexicon("modality.joke", [
            "just kidding", "kidding", "april fools", "april fool's", "lol", "lmao", "jk", "joke", "joking", "haha", "😂", "🤣",
            "أمزح", "امزح", "مزحة", "=نكتة", "=النكتة", "هههه",
        ]),
    ]

    /// Every lexicon a modality is read from (`published` reuses `SharedLexicons.publication`).
    static var allLexicons: [Lexicon] {
        Modality.allCases.compactMap { lexicons[$0] } + [SharedLexicons.publication, assertingIdioms, disclosurePointers, othersTalk, speculationCalled]
    }

    /// The modalities sentence `sentence` carries.
    static func of(sentence: Int, in post: PostAnalysis) -> Set<Modality> {
        var found = Set<Modality>()
        for (modality, lexicon) in lexicons where modality != .negation && post.sentence(sentence, has: lexicon) {
            if modality == .quotation && !reportsWords(sentence, in: post) { continue }
            found.insert(modality)
        }
        // "The board has not announced the result yet" is not published: a publication word
        // counts only where nothing negates it, and where it is not still to come ("we will
        // announce the details soon", «وسنعلن التفاصيل قريباً» promise news that is not out).
        if isPublished(sentence, in: post) || pointsToItsDisclosure(sentence + 1, in: post) { found.insert(.published) }
        if dismissesAReport(sentence, in: post) { found.insert(.negation) }
        let range = post.text.sentences[sentence]
        // Tokens read in place: a closure over the slice was handed a copy of each one.
        // A question mark against an exclamation mark ("?!", «؟!») asks nothing: it is the
        // rhetorical question that asserts («انفجار عادي قضاء وقدر؟!» says it was no accident).
        for index in range where isQuestionMark(post.text.tokens.text(at: index)) && !isRhetorical(index, in: post.text.tokens) {
            found.insert(.question)
            break
        }
        // Arabic says "we will" with a prefix, not a word: سنستحوذ، هنعلن are the
        // organisation's intent as "we will acquire" is. Only the first person plural:
        // «ستُخصص حصة ٣٠٪ للمواطنين» ("a 30% quota will be set") announces, it does not intend.
        if !found.contains(.intent) {
            for index in range where isArabicWeWill(post.text.tokens, at: index) {
                found.insert(.intent)
                break
            }
        }
        return found
    }

    /// What others say, reported as theirs: "media reports", «ما تتداوله وسائل الإعلام».
    static let othersTalk = Lexicon("modality.others-talk", [
        "media reports", "press reports", "news reports", "what the media", "reports about", "reports of", "reports that",
        "what is circulating", "being circulated", "what has been said", "comments that have appeared",
        "=ما تتداوله", "=ما يتداول", "=ما يُتداول", "=ما تداولته", "=ما تناقلته", "=ما تناقلت", "=ما نشرته", "=ما يشاع", "=ما أشيع",
        "=ما يتردد", "=ما تردد", "=ما ورد في بعض", "=الأنباء المتداولة", "=التقارير المتداولة",
    ])
    /// Calling it guesswork: "mere speculation", «مجرد تكهنات».
    static let speculationCalled = Lexicon("modality.speculation-called", [
        "speculation", "speculative", "conjecture", "=تكهنات", "=التكهنات", "=مجرد تكهنات", "=تخمينات", "=مجرد تخمينات",
        "=اجتهادات", "=مجرد اجتهادات",
    ])

    /// Whether sentence `sentence` reports what others say and calls it speculation, with
    /// no "but" after which the post speaks for itself: "what the media report about a
    /// possible acquisition is mere speculation", «ما تتداوله وسائل الإعلام بخصوص صفقة
    /// الاستحواذ المحتملة مجرد تكهنات». The deal is theirs to guess at, set aside as «لا صحة
    /// لما يتداول» sets it aside; a negation word before it (`negates`) cannot see a
    /// verdict that comes after the subject.
    static func dismissesAReport(_ sentence: Int, in post: PostAnalysis) -> Bool {
        guard post.sentence(sentence, has: othersTalk), post.sentence(sentence, has: speculationCalled) else { return false }
        let tokens = post.text.tokens
        // "But": after it the post says what it thinks ("reports are speculation, but we are in talks").
        return !post.text.sentences[sentence].contains { ClosedClasses.isContrast(at: $0, in: tokens) }
    }

    /// Whether a reporting verb in the sentence reports somebody's words. "Wrote" with an
    /// article after it names what was written ("the reporter wrote a libelous story"): the
    /// judgement on it is the post's own, not a quotation. Nor does a verb in a clause that
    /// is the subject of a verdict: "what @dana wrote about us is a pack of lies" judges the
    /// words, as «ما كتبه @dana كذب صريح» does (Arabic has no reporting verb there).
    static func reportsWords(_ sentence: Int, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let range = post.text.sentences[sentence]
        let end = range.upperBound
        return post.hits(lexicons[.quotation]!, inSentence: sentence).contains { hit in
            if isJudgedClause(hit, in: range, of: tokens) { return false }
            // "According to the law", «وفق الإجراءات القانونية»: a rule followed, not a source.
            if followsARule(hit, in: range, of: tokens) { return false }
            guard hit.endToken - hit.firstToken == 1, hit.endToken < tokens.count else { return true }
            let verb = tokens.text(at: hit.firstToken)
            // "Said" with a capital before another capitalised word is a name, one of the
            // Gulf's commonest: "our patient Said Al-Maqbali has cancer" reports nobody.
            if verb == "said", tokens[hit.firstToken].isCapitalised, tokens[hit.endToken].isCapitalised { return false }
            // "That said", "having said that", "that being said" turn the argument; they report nobody.
            // "The report that said…" does report: "that" turns the argument only where it opens the clause.
            if verb == "said", hit.firstToken > range.lowerBound, case let before = tokens.text(at: hit.firstToken - 1),
               connectiveOpeners.contains(before)
                || before == "that" && (hit.firstToken - 1 == range.lowerBound || ["but", "and"].contains(tokens.text(at: hit.firstToken - 2))) {
                return false
            }
            // «ونقلت», «فنقلت»: the lexicon's exact form matches through the conjunction.
            if carryingVerbs.contains(ClosedClasses.arabicBase(verb)) { return !carriesSomewhere(from: hit.endToken, to: end, in: tokens) }
            guard ["wrote", "writes"].contains(verb) else { return true }
            return !["a", "an", "the", "this", "these"].contains(tokens.text(at: hit.endToken))
        }
    }

    /// Whether the reporting verb at `hit` reports nobody's words: in a "what … said"
    /// clause after a preposition ("sue you for what you wrote"), or one that a copula judges ("what" within three words before it, and "is" or
    /// "was" within six after), or after "whatever" («مهما»), which sets aside what anyone
    /// says ("guilty, whatever the court says", «مهما قالت المحكمة»).
    static func isJudgedClause(_ hit: PhraseMatcher.Hit, in range: Range<Int>, of tokens: [Token]) -> Bool {
        let before = max(range.lowerBound, hit.firstToken - 3)..<hit.firstToken
        if before.contains(where: { concessives.contains(tokens.text(at: $0)) }) { return true }
        guard let what = before.last(where: { tokens.text(at: $0) == "what" }) else { return false }
        // "What … wrote" after a preposition names the words as an object: "I will sue you
        // for what you wrote" is the post's own threat, not a report of the critic's words.
        if what > range.lowerBound, objectPrepositions.contains(tokens.text(at: what - 1)) { return true }
        let after = hit.endToken..<min(range.upperBound, hit.endToken + 6)
        return after.contains { copulas.contains(tokens.text(at: $0)) }
    }
    /// The word before "said" in the connectives "that said", "having said that", "that being said".
    static let connectiveOpeners: Set<String> = ["having", "being"]
    static let copulas: Set<String> = ["is", "was", "are", "were"]
    static let objectPrepositions: Set<String> = ["for", "about", "over", "of", "on"]
    static let concessives = WordSet(["whatever", "مهما", "ومهما"].map(TextNormalizer.normalize))

    /// «نقلت»: "reported" with a source («نقلت رويترز عن مصادر أن…»), "moved" with a
    /// destination («نقلت رصيدها إلينا», "she moved her balance to us").
    static let carryingVerbs = WordSet(["نقلت"].map(TextNormalizer.normalize))
    /// Whether the source a quotation cue at `hit` names is a rule (`followedRules`), after
    /// an article or a possessive if there is one: "according to the law".
    static func followsARule(_ hit: PhraseMatcher.Hit, in range: Range<Int>, of tokens: [Token]) -> Bool {
        var next = hit.endToken
        if next < range.upperBound, ruleDeterminers.contains(tokens.text(at: next)) { next += 1 }
        return next < range.upperBound && followedRules.contains(tokens.text(at: next))
    }
    static let ruleDeterminers: WordSet = ["the", "our", "its", "their"]
    /// What "according to" («وفق») may follow that speaks for nobody: a law, a procedure,
    /// a plan. «وفق الإجراءات القانونية المتبعة» reports no one's words.
    static let followedRules = WordSet([
        "law", "laws", "plan", "schedule", "procedure", "procedures", "regulations", "rules", "policy",
        "الإجراءات", "للإجراءات", "إجراءات", "القانون", "للقانون", "القوانين", "للقوانين", "الأنظمة", "للأنظمة", "النظام", "للنظام",
        "اللوائح", "للوائح", "الضوابط", "للضوابط", "الشروط", "للشروط", "المعايير", "للمعايير", "الخطة", "للخطة", "الجدول", "للجدول",
        "التعليمات", "للتعليمات", "الأصول", "للأصول", "أحكام", "لأحكام", "الاشتراطات", "للاشتراطات",
    ].map(TextNormalizer.normalize))
    /// A destination: to, to us, to you, to them. (Not «لدينا»: «نقلت الصحف لدينا أن…» is
    /// "our papers reported".)
    static let destinations = WordSet(["إلى", "إلينا", "إليكم", "إليهم", "إليه", "إليها"].map(TextNormalizer.normalize))
    /// What a report names before anything else: its source, "that", or a colon.
    static let reportMarks = WordSet(["عن", "أن", "إن", ":", "«", "\""].map(TextNormalizer.normalize))

    /// Whether the tokens after a carrying verb, up to eight of them in its sentence (an
    /// amount and its currency take three), reach a destination before any mark of a
    /// report: then the verb moved something.
    static func carriesSomewhere(from start: Int, to end: Int, in tokens: [Token]) -> Bool {
        for index in start..<min(end, start + 8) {
            let word = tokens.text(at: index)
            if reportMarks.contains(word) { return false }
            if destinations.contains(word) { return true }
        }
        return false
    }

    /// Whether sentence `sentence` says something is out: a publication word that nothing
    /// negates and that is not still to come.
    static func isPublished(_ sentence: Int, in post: PostAnalysis) -> Bool {
        post.hits(SharedLexicons.publication).contains { hit in
            post.sentenceIndex(of: hit) == sentence && saysPublished(hit, in: post)
        }
    }

    /// Whether the publication word at `hit` says something is out: nothing negates it
    /// ("has not announced") and it is not still to come ("will announce", «سنعلن»).
    static func saysPublished(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        !negates(hit.firstToken, in: post, reach: 2) && !isStillToCome(hit.firstToken, in: post.text.tokens)
    }

    /// Words that send the reader to where the news already is: "details are in our
    /// disclosure", «التفاصيل في الإفصاح المنشور».
    static let disclosurePointers = Lexicon("modality.disclosure-pointer", [
        "details are in", "details in our", "full details", "details are available", "details are on", "the numbers are in",
        "numbers are in the", "the figures are in", "figures are in the", "read the", "see the", "available on",
        "التفاصيل في", "التفاصيل على", "التفاصيل متاحة", "تفاصيل أكثر", "لمزيد من التفاصيل", "الأرقام في", "الأرقام منشورة", "متاح على",
    ])

    /// Whether sentence `pointer`, right after the one judged, sends the reader to the
    /// published disclosure (a publication word with a link or a pointer: "Details are in
    /// our disclosure on Boursa Kuwait: https://…"): the sentence before it reports what that
    /// disclosure says. Only the sentence before: news after the pointer is the post's own.
    static func pointsToItsDisclosure(_ pointer: Int, in post: PostAnalysis) -> Bool {
        guard pointer < post.text.sentences.count, isPublished(pointer, in: post) else { return false }
        return post.text.hasToken(.url, in: post.text.sentences[pointer]) || post.sentence(pointer, has: disclosurePointers)
    }

    /// Whether sentence `sentence` carries `.intent`: `of(sentence:in:).contains(.intent)`,
    /// worked out without the other modalities (the publication check of every hit asks
    /// only this).
    static func hasIntent(sentence: Int, in post: PostAnalysis) -> Bool {
        if post.sentence(sentence, has: lexicons[.intent]!) { return true }
        for index in post.text.sentences[sentence] where isArabicWeWill(post.text.tokens, at: index) { return true }
        return false
    }

    /// Whether the question mark at `index` touches an exclamation mark on either side.
    static func isRhetorical(_ index: Int, in tokens: [Token]) -> Bool {
        (index + 1 < tokens.count && tokens[index + 1].start == tokens[index].end && tokens.text(at: index + 1) == "!")
            || (index > 0 && tokens[index - 1].end == tokens[index].start && tokens.text(at: index - 1) == "!")
    }

    /// Whether a token's text is "?" or "؟", compared as bytes: no other string is
    /// canonically equivalent to either, so this is `==` without the general comparison
    /// (which every token of every sentence asked about went through).
    @inline(__always)
    static func isQuestionMark(_ text: String) -> Bool {
        let bytes = text.utf8
        switch bytes.count {
        case 1: return bytes.first == 0x3F
        case 2: return bytes.first == 0xD8 && bytes.last == 0x9F  // U+061F
        default: return false
        }
    }

    /// Whether a negation governs the words at `token`: a negation word among the few
    /// words before it in its sentence ("we have no plans to acquire", "لن نستحوذ"). A
    /// negation further away, or after, is about something else ("I don't think the
    /// offer is fair" still talks about the offer).
    ///
    ///
    /// With `clause`, a grammatical negation further back in the same clause also counts,
    /// up to `clauseReach` words: "we are not in talks to acquire", "we do not have any
    /// plans to take it private". A comma, a full stop or a new clause ("but", "until",
    /// «لكن», «بس») ends the scan at any distance: "No, we will acquire it" is not denied.
    /// Frames and the disclosure rules ask for it; rules where a negation *makes* the
    /// finding (an exclusion: "we do not hire women") keep the near reach.
    static func negates(_ token: Int, in post: PostAnalysis, reach: Int = 3, clause: Bool = false) -> Bool {
        let sentence = post.text.tokens[token].sentence
        let range = post.text.sentences[sentence]
        let from = max(range.lowerBound, token - reach)
        guard from < token else { return false }
        guard clause else { return (from..<token).contains { post.negationStarts.contains($0) } }
        var index = token - 1
        while index >= max(range.lowerBound, token - clauseReach) {
            // The token's kind and text read in place: taken whole, it was copied (its text
            // retained and released) for every word looked back at.
            let tokens = post.text.tokens
            if post.negationStarts.contains(index), index >= from || grammaticalNegators.contains(tokens.text(at: index)) { return true }
            if tokens[index].kind == .punctuation || clauseBreaks.contains(tokens.text(at: index)) { return false }
            index -= 1
        }
        return false
    }

    /// The negators that govern a whole clause. Denial words ("rumours", «شائعات») count
    /// only near the words they deny.
    static let grammaticalNegators: WordSet = [
        "not", "no", "never", "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "cannot", "can't", "hasn't", "haven't",
        "hadn't", "weren't", "wouldn't", "shouldn't", "couldn't", "dont", "doesnt", "didnt", "wont", "isnt", "arent", "wasnt", "cant",
        "hasnt", "havent", "hadnt", "werent", "wouldnt", "shouldnt", "couldnt",
        "لا", "لن", "لم", "ليس", "ليست", "ما", "مو", "مب", "مش", "موب", "مهب",
    ]

    /// «سنستحوذ»، «وسنعلن»، «هنعلن»: a first-person plural future verb. Token `index` is
    /// read in place (see `text(at:)`): the sentences asked about are read word by word,
    /// and handing each token over by value copied it, text retained and released.
    static func isArabicWeWill(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].isArabic else { return false }
        let base = ClosedClasses.arabicBase(tokens.text(at: index))
        // `hasPrefix` compares characters, and no other spelling of these letters is
        // canonically equal to them: it can only hold where the first two scalars are the
        // prefix's. Most words fail that test, which costs far less than `hasPrefix` on Arabic.
        var scalars = base.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next(), second == "ن" else { return false }
        if first == "س", base.hasPrefix("سن") { return ClosedClasses.isArabicFuture(base: base) }
        return (first == "ه" && base.hasPrefix("هن") || first == "ح" && base.hasPrefix("حن")) && ClosedClasses.isEgyptianFuture(base)
    }

    /// Whether the word at `index` is said of the future: after "will", "shall", "'ll" or
    /// "going to" (one adverb may stand between: "will soon announce"), or an Arabic verb
    /// with the future prefix («سنعلن», «هنعلن») or after a future particle («سوف نعلن»,
    /// «راح ننشر»).
    static func isStillToCome(_ index: Int, in tokens: [Token]) -> Bool {
        if isArabicWeWill(tokens, at: index) { return true }
        var back = index - 1
        var adverbs = 0
        var determiners = 0
        while back >= 0, tokens[back].kind == .word {
            let word = tokens.text(at: back)
            if ClosedClasses.future.contains(word) || ClosedClasses.arabicFutureParticles.contains(word) { return true }
            if word == "to", back >= 1, tokens.text(at: back - 1) == "going" { return true }
            // "before the disclosure", «قبل الإفصاح»: the publication has not happened.
            if adverbs == 0, beforeWords.contains(word) { return true }
            if adverbs == 0, determiners == 0, stillToComeDeterminers.contains(word) {
                determiners += 1
                back -= 1
                continue
            }
            guard adverbs == 0, determiners == 0, stillToComeAdverbs.contains(word) else { return false }
            adverbs += 1
            back -= 1
        }
        return false
    }

    /// Words that put a publication after the moment spoken of: "before the announcement",
    /// "pending the filing", "prior to", «قبل الإفصاح», «حتى الإعلان». One list for every
    /// rule that asks, so "still to come" means the same in each.
    static let beforeWords = WordSet(["before", "pending", "until", "till", "ahead", "prior", "قبل", "حتى"].map(TextNormalizer.normalize))
    /// One determiner may stand between "before" and the publication ("before the disclosure", "before our filing").
    static let stillToComeDeterminers: WordSet = ["the", "our", "its", "their", "any"]

    /// Adverbs that may stand between "will" and its verb ("will soon announce").
    static let stillToComeAdverbs: WordSet = ["soon", "shortly", "also", "then", "formally", "officially", "publicly", "first"]

    /// How far back a negation reaches in its own clause.
    static let clauseReach = 7
    /// Words that start a new clause, so a negation before them denies nothing after
    /// ("we will not stop until we acquire it").
    static let clauseBreaks: WordSet = [
        "but", "however", "although", "though", "whereas", "while", "and", "until", "unless", "because", "since", "once", "when", "so",
        "yet", "then",
        "لكن", "ولكن", "لكننا", "لكنه", "لكنها", "لكنهم", "ولكننا", "ولكنه", "بل", "بس", "انما", "وانما", "لان", "لانه", "لاننا", "عندما",
        "حتي", "الا", "ثم", "بعدين",
        // The answer to a condition: «إن كان لا يستطيع… فعليه أن يستقيل».
        "فعليه", "فعليها", "فعليهم", "فعلينا",
    ]
    // Token text is normalised (alef forms to ا, ى to ي, ة to ه): the words above are
    // written as a post's tokens read, so «حتى» is "حتي".

    /// Phrases built on a negation that assert instead: "no doubt", "couldn't be happier",
    /// "nothing can stop us", «لا شك», «لا يخفى». Their negation word denies nothing.
    static let assertingIdioms = Lexicon("modality.asserting-idioms", [
        "no doubt", "without a doubt", "no question", "can't wait", "cannot wait", "couldn't be happier", "couldn't be prouder",
        "could not be happier", "could not be prouder", "nothing can stop", "no one can stop", "nobody can stop", "never been more",
        "not only", "no longer a secret",
        // "Still": «لا يزال», «لا تزال», «لا زال».
        "=لا يزال", "=لا تزال", "=لا زال", "=لا زالت", "=لا يزالون", "=لا تزالون", "=لازال", "=لازالت", "=ولا يزال", "=ولا تزال",
        // …said of ourselves and of me: «لا نزال نعمل على الاستحواذ» is "we are still working on it".
        "=لا نزال", "=ولا نزال", "=لا أزال", "=ولا أزال", "=لا زلنا", "=لازلنا", "=ولا زلنا", "=لا زلت", "=لازلت",
        "لا شك", "بلا شك", "لا ريب", "لا يخفى", "لم يعد خافيا", "لم يعد سرا", "لا يسعني", "لا أستطيع أن أصف", "لا أستطيع وصف", "ما نقدر نوصف",
    ])

    /// Words that say "not yet" in the Gulf and in Egypt: «للحين», «لسه».
    static let notYetWords: WordSet = ["للحين", "لسه", "لسا", "لساته", "لسع"]

    /// Dialect «ما» that negates. Before a verb «ما» is "not" («ما أعلن»), but it is also
    /// "what" («ما حققناه») and part of «ما زال» ("still"), so a bare «ما» negates nothing.
    /// Beside a not-yet word («ما أعلن النتيجة للحين», «لسه ما نشرت») it can only deny.
    static func dialectNegations(in text: AnalyzedText) -> [Int] {
        var starts: [Int] = []
        // Every token of every post passes here: each is read in place (not copied out of
        // the array), and «ما» is found by its bytes. The general `==` checks normalisation
        // on every Arabic word it compares; no other spelling is canonically equal to «ما».
        let ma = UTF8Key("ما")
        for index in text.tokens.indices where text.tokens[index].isArabic && UTF8Key(text.tokens[index].text) == ma {
            let range = text.sentences[text.tokens[index].sentence]
            // «ما زلنا» ("we still") and «كل ما» ("all that") deny nothing.
            if index + 1 < range.upperBound, text.tokens[index + 1].text.hasPrefix("زل") || text.tokens[index + 1].text.hasPrefix("زال") { continue }
            if index > range.lowerBound, text.tokens[index - 1].text == "كل" { continue }
            let near = max(range.lowerBound, index - 2)..<min(range.upperBound, index + 5)
            if near.contains(where: { $0 != index && notYetWords.contains(text.tokens[$0].text) }) { starts.append(index) }
        }
        return starts
    }

    /// The name the negation lexicon's hits are stored under.
    static let negationLexicon = lexicons[.negation]!
}

extension Modality {
    // By case, not by name: the standard library's default for an enum with String raw
    // values hashes and compares the raw string, and sets and dictionaries of modalities
    // are read for every sentence of every post. A case is one byte (a test holds it to that).
    public func hash(into hasher: inout Hasher) { hasher.combine(unsafeBitCast(self, to: UInt8.self)) }
    public static func == (lhs: Modality, rhs: Modality) -> Bool { unsafeBitCast(lhs, to: UInt8.self) == unsafeBitCast(rhs, to: UInt8.self) }
}
