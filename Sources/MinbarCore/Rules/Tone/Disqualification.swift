/// Three ways officials and executives attack without an insult, read from the brief's
/// cases of club presidents and ministers sanctioned for what they posted:
///
/// - **Declaring a person unfit for their office**: "this referee does not deserve the
///   honour of officiating in our league", «هذا الحكم لا يستحق شرف قيادة المباريات», «ليس
///   أهلاً للمنصب». It is a verdict on the person, published where they cannot answer;
///   disagreeing with a decision ("we disagree with the penalty and have appealed") is not.
/// - **Charging hidden hands as fact**: "hidden hands have been tampering with our sport",
///   «هناك أيادٍ خفية تعبث بالرياضة». Nobody is named, so nobody can reply, and every
///   reader fills in a name. A denial ("there are no hidden hands here"), a question or a
///   report of what others claim is no charge; thanking the unseen people behind an event
///   («الأيادي الخفية خلف هذا النجاح») is praise.
/// - **Calling for a named person's removal**: "time to get rid of Erdogan", "Sawsan
///   Al-Harthy must go", «ارحل يا سعود», «آن الأوان للتخلص من خالد الحارثي». From an
///   official account it is a campaign against the person, not a position on a decision.
///   Getting rid of a thing ("paper forms", «الورق»), a board announcing its own decision
///   («قرر مجلس الإدارة إقالة المدرب…»), a question, a denial and a chant reported are not.
extension PersonalAttackRule {
    /// Saying someone is not fit or not worthy: the verdict, with its negation built in.
    static let unworthy = Concept("unworthy", [
        "does not deserve", "doesn't deserve", "did not deserve", "didn't deserve", "do not deserve", "don't deserve",
        "not worthy of", "unworthy of", "unfit to", "unfit for", "not fit to", "not fit for", "has no business", "have no business",
        "not qualified to", "not good enough to", "should be ashamed to",
        "لا يستحق", "لا تستحق", "لا يستحقون", "ما يستاهل", "ما يستحق", "ما تستاهل", "ليس أهلا", "ليس أهلاً", "ليست أهلا", "ليسوا أهلا",
        "غير جدير", "غير جديرة", "غير جديرين", "غير أهل", "لا يصلح", "لا يصلحون", "ما يصلح", "مو كفو", "مب كفو", "موب كفو", "لا يليق به",
        "لا يرقى", "لا يشرف",
    ])
    /// What someone is declared unfit for: an office, an honour, a role and its symbols,
    /// named as such. A pronoun can hold these (`pronounHolder`): "he does not deserve the
    /// armband", «هو ليس أهلاً للمنصب».
    static let office = Concept("office", [
        "honour", "honor", "the armband", "the shirt", "the jersey", "the badge", "his position", "her position", "the position of",
        "his post", "her post", "this post", "his job", "her job", "this job", "office", "his seat", "her seat", "to referee",
        "to officiate", "to captain", "to lead", "to represent", "to coach", "to chair", "to sit on the board",
        "=شرف", "=الشرف", "=منصب", "=المنصب", "=منصبه", "=منصبها", "=القميص", "=الشعار", "=الشارة", "=رئاسة", "=التحكيم", "=تحكيم",
        "=مكانه", "=موقعه",
    ])
    /// Roles said with an ordinary verb or noun ("to run", "to hold", "to sit", «الكرسي»,
    /// «إدارة», «يمثل»): an office only beside a person named by role ("this minister is
    /// not fit to run a ministry"). Said of "she" or of «الإدارة» they are as likely a delay
    /// sat through, a chair or the management itself ("she does not deserve to sit through
    /// another delay", «الإدارة لا تستحق هذا التأخير»).
    static let role = Concept("role", [
        "position", "the chair", "to manage", "to run", "to wear", "to hold", "to head",
        "=قيادة", "=تمثيل", "=الكرسي", "=كرسي", "=المسؤولية", "=إدارة", "=ادارة", "=ارتداء", "=يمثل", "=يقود", "=يدير", "=يرأس",
    ])
    /// Who is declared unfit: a person by role.
    static let officeHolder = Concept("office-holder", [
        "referee", "minister", "president", "chairman", "chairwoman", "ceo", "coach", "manager", "official", "director",
        "spokesman", "spokesperson", "journalist", "reporter", "presenter", "captain", "player", "governor", "mayor",
        "=الحكم", "=الوزير", "=رئيس", "=الرئيس", "=المدرب", "=المسؤول", "=المدير", "=اللاعب", "=الكابتن", "=القائد", "=الناطق",
        "=المتحدث", "=الصحفي", "=المذيع", "=الإعلامي", "=المحافظ", "=أمثاله", "=أمثالهم", "=مثله",
    ])
    /// Who is declared unfit, by pronoun: only beside an office named as one (`office`).
    /// A bare "she", "they" or «هي» is anyone and anything.
    static let pronounHolder = Concept("pronoun-holder", [
        "=he", "=she", "=they", "=him", "=her", "=هو", "=هي", "=هم",
    ])
    /// What turns "does not deserve" into sympathy, praise or modesty: the abuse someone
    /// does not deserve, "no one deserves it more than him", "we do not deserve this
    /// honour". Modesty is the speaker's own verdict on themself ("I don't deserve", «لا
    /// نستحق»), not any sentence with "I" or «نحن» in it.
    static let notAVerdict = Concept("not-a-verdict", [
        "abuse", "criticism", "attacks", "treatment", "to lose", "losing his", "losing her", "losing their", "more than him",
        "more than her", "more than them", "more than anyone", "thank", "thanks", "grateful",
        "i do not deserve", "i don't deserve", "we do not deserve", "we don't deserve", "i did not deserve", "i didn't deserve",
        "i am not worthy", "we are not worthy", "i'm not worthy", "we're not worthy", "i am not fit", "i'm not fit",
        "=الإساءة", "=الإساءات", "=الهجوم", "=التجريح", "=الانتقاد", "=الانتقادات", "=المعاملة", "=يخسر", "=خسارة", "=يفقد",
        "أكثر منه", "أكثر منها", "أكثر منهم", "أكثر من أي",
        "=أحق", "=شكرا", "=شكراً", "=نشكر", "=أشكر", "=لا أستحق", "=لا نستحق", "=لست", "=لسنا",
    ])
    /// Thanks: what makes the hidden hands behind an event praise («شكراً للأيادي الخفية»).
    /// Only this part of `notAVerdict` speaks to hidden hands; "we" or "more than" beside a
    /// charge of foreign hands excuses nothing.
    static let thanking = Concept("thanking", [
        "thank", "thanks", "grateful", "=شكرا", "=شكراً", "=نشكر", "=أشكر",
    ])

    /// Unnamed hands behind events, charged as fact.
    static let hiddenHands = Concept("hidden-hands", [
        "hidden hands", "invisible hands", "dark hands", "tampering hands", "hands tampering", "hands meddling", "meddling hands",
        "shadowy forces", "dark forces", "hidden forces", "forces behind the scenes", "puppet masters", "puppeteers", "foreign hands",
        "أيد تعبث", "أيادي تعبث", "أياد تعبث", "أيدي تعبث", "أيد خفية", "أيادي خفية", "أياد خفية", "أيدي خفية", "الأيادي الخفية",
        "الأيدي الخفية", "جهات خفية", "أطراف خفية", "قوى خفية", "القوى الخفية", "يحركون الخيوط", "تحرك الخيوط", "من يحرك الخيوط",
        "الأيادي العابثة", "أيادي عابثة", "أياد عابثة", "أياد خارجية", "أيادي خارجية", "أيد خارجية", "الأيادي الخارجية",
    ])

    /// Getting rid of someone, said before them: the person is the object that follows.
    /// «رحيل», «إقالة» and «طرد» only as a demand («نطالب برحيل»): alone they are also a
    /// death mourned («نعزي في رحيل الشيخ…»), a decree reported («صدر أمر بإقالة…») and a parcel.
    static let removalOfSomeone = Concept("removal-of-someone", [
        "get rid of", "getting rid of", "kick out", "throw out", "oust", "topple", "bring down",
        "=التخلص من", "=للتخلص من", "=نتخلص من", "=تخلصوا من", "=الخلاص من", "=ارحل يا", "=ارحلي يا", "=ارحلوا يا", "=إسقاط",
        "=بإسقاط", "=نطالب برحيل", "=نريد رحيل", "=يجب رحيل", "=لا بد من رحيل", "=نطالب بإقالة", "=يجب إقالة", "=لا بد من إقالة",
        "=نطالب بطرد", "=اطردوا",
    ])
    /// Saying someone must leave: in English the person stands before it ("@x must go"), in
    /// Arabic on either side («يجب أن يرحل @x», «@x لازم يرحل»). "Must go", "has to go" and
    /// "needs to go" only at the end of their clause: "Sara must go to the clinic" is an errand.
    static let mustLeave = Concept("must-leave", [
        "must go", "has to go", "needs to go", "should go", "must resign", "should resign", "must step down", "should step down",
        "should be fired", "must be fired", "should be sacked", "must be sacked", "must be removed", "should be removed",
        "=يجب أن يرحل", "=يجب ان يرحل", "=لازم يرحل", "=عليه أن يرحل", "=يجب أن يستقيل", "=يجب ان يستقيل", "=لازم يستقيل",
        "=عليه أن يستقيل", "=يجب إقالته", "=يجب اقالته", "=لازم ينشال", "=لازم يطلع",
    ])
    /// The verbs of `mustLeave` that an errand continues ("must go to the clinic").
    static let openEndedLeaving: Set<String> = ["must go", "has to go", "needs to go", "should go"]
    /// A decision taken and announced, which a removal word reports rather than demands:
    /// "the board has decided to…", «قرر مجلس الإدارة…», «تعلن الشركة…».
    static let announcedDecision = Concept("announced-decision", [
        "decided", "has decided", "have decided", "announces", "announced", "=قرر", "=قررت", "=تقرر", "=أعلن", "=يعلن", "=تعلن",
        "=أعلنت", "=قرار",
    ])

    /// The removal calls of a post: a `removalOfSomeone` hit with a person right after it, or
    /// a `mustLeave` hit with one beside it, in a sentence that neither asks, denies, quotes,
    /// reports a claim nor announces a decision.
    static func removalCalls(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        let tokens = post.text.tokens
        var calls: [PhraseMatcher.Hit] = []
        for (hit, personAfter) in post.hits(removalOfSomeone.lexicon).map({ ($0, true) }) + post.hits(mustLeave.lexicon).map({ ($0, false) }) {
            let sentence = post.sentenceIndex(of: hit)
            let range = post.text.sentences[sentence]
            guard !post.isQuoted(hit), !Modality.negates(hit.firstToken, in: post, clause: true),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.question, .quotation]),
                  !post.sentence(sentence, has: announcedDecision.lexicon), !post.sentence(sentence, has: reportedClaim.lexicon) else { continue }
            let arabic = tokens[hit.firstToken].isArabic
            if !personAfter, !arabic, openEndedLeaving.contains(post.excerpt(hit).lowercased()),
               hit.endToken < range.upperBound, tokens[hit.endToken].kind == .word { continue }
            let after = hit.endToken..<min(range.upperBound, hit.endToken + 3)
            let before = max(range.lowerBound, hit.firstToken - 4)..<hit.firstToken
            let named: Bool
            if personAfter {
                named = namesAPersonFirst(in: after, of: post)
            } else if arabic {
                named = namesAPersonFirst(in: after, of: post) || before.contains { tokens[$0].kind == .mention || PersonName.arabicName(at: $0, in: tokens) != nil }
            } else {
                named = before.contains { tokens[$0].kind == .mention } || PersonName.occurs(in: before, of: tokens)
                    || before.contains { $0 + 1 < hit.firstToken && tokens[$0].isCapitalised && tokens[$0 + 1].isCapitalised && !tokens[$0].isAllCaps
                                         && !capitalisedOpeners.contains(tokens.text(at: $0)) }
            }
            if named { calls.append(hit) }
        }
        return calls
    }

    /// Whether `range` opens with a person: an @handle; a name (Arabic by its shape, English
    /// by two capitalised words); a word called with «يا» («ارحل يا سعود»); or one
    /// capitalised Latin word that ends its clause ("get rid of Erdogan."). A capitalised
    /// word the sentence goes on from is as often a product or a disease ("get rid of Excel
    /// spreadsheets", "Covid-19 restrictions").
    static func namesAPersonFirst(in range: Range<Int>, of post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        guard var index = range.first else { return false }
        let called = index > 0 && tokens[index - 1].isArabic && tokens.text(at: index - 1) == "يا"
        if tokens[index].isArabic, tokens.text(at: index) == "يا", index + 1 < range.upperBound { index += 1 }
        let token = tokens[index]
        if token.kind == .mention { return true }
        if token.isArabic {
            if called || index > range.lowerBound { return token.kind == .word && !interjections.contains(tokens.text(at: index)) }
            return PersonName.arabicName(at: index, in: tokens) != nil || personTitles.contains(tokens.text(at: index))
        }
        guard token.kind == .word, token.isCapitalised, !token.isAllCaps, !capitalisedOpeners.contains(tokens.text(at: index)) else { return false }
        let next = index + 1
        let sentenceEnd = post.text.sentences[token.sentence].upperBound
        return next >= sentenceEnd || tokens[next].kind == .punctuation && tokens.text(at: next) != "-"
            || tokens[next].kind == .word && tokens[next].isCapitalised && !tokens[next].isAllCaps
    }

    /// The frames of this file, run with the bad-faith frames.
    static let disqualificationFrames: [Frame] = [
        // Anchored on the office, not on the verdict: the verdict carries its own negation,
        // and a companion word right after a negation («لا يستحق المنصب») would not count.
        Frame(anchor: office, with: [unworthy], withAny: [officeHolder, pronounHolder], without: [notAVerdict],
              blockedBy: [.question, .quotation], quoting: unworthy),
        Frame(anchor: role, with: [unworthy, officeHolder], without: [notAVerdict], blockedBy: [.question, .quotation],
              quoting: unworthy),
        Frame(anchor: hiddenHands, without: [Concepts.denial, reportedClaim, thanking, Concepts.rejecting] + Concepts.notACharge,
              blockedBy: [.negation, .question, .quotation]),
    ]
}
