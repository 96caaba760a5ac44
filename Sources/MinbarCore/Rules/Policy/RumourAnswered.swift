/// Answering a market rumour or a leak with more than the no-comment line. A company that
/// is the subject of a rumour may say only that it does not comment, and that anything
/// material goes to the exchange. Everything else is read by the market as an answer:
///
/// - confirming it: "yes, the memo is real", «نعم، هذا السيناريو اللي رفعناه»;
/// - correcting its figure: "the number going around is exaggerated", "at 0.62 somebody is
///   being stingy", «الرقم اللي ينتشر فيه مبالغة»;
/// - saying news is on its way: "stay tuned 👀", "more soon", «خلّوا عينكم على الإفصاحات»;
/// - hinting: "my lips are sealed… but I'll just say", «ما أقدر أأكد ولا أنفي، بس أقول لك»;
/// - saying the board is weighing it: "the board is weighing it", «المجلس يدرس العرض».
///
/// Each frame needs the market beside it: the rumour itself, a deal, the shares, the
/// exchange or a quiet period. "Yes, our new app is live, stay tuned for more features"
/// answers no rumour; "we have seen the rumours; yes, we are aware of them, and we do not
/// comment" declines. A denial ("the memo is not real") is not a confirmation (a denial
/// you cannot keep is another rule's concern).
extension InsideInformationRule {
    /// What the market is talking about: the rumour, the leak, the figure going round.
    static let rumourTalk = Concept("rumour.talk", [
        "rumour", "rumours", "rumor", "rumors", "speculation", "the chatter", "all the chatter", "market talk", "=leaked memo", "=leaked document",
        "=leaked documents", "=leaked draft", "=leaked letter",
        "the memo", "that memo", "this memo", "the draft", "that draft", "this draft", "going around", "doing the rounds",
        "cat's out of the bag", "cat is out of the bag", "confirm or deny", "confirm nor deny", "came knocking", "come knocking",
        "knocking on our door", "who knocked", "someone knocked", "the reports today", "today's reports", "press reports",
        "=الشائعة", "=الشائعات", "=شائعة", "=شائعات", "=الإشاعة", "=الإشاعات", "=إشاعة", "=إشاعات", "=الاشاعات", "=المتداول",
        "اللي ينتشر", "اللي يتداول", "اللي ينقال", "ما يتداول", "ما يُتداول", "ما يشاع", "=المذكرة المسربة",
        "=الوثيقة المسربة", "=المسودة المسربة", "=اللي تسربت", "=المذكرة", "=المسودة", "أأكد ولا أنفي", "أؤكد ولا أنفي", "أؤكد أو أنفي", "التأكيد أو النفي",
        "لا أؤكد ولا أنفي", "الخبر المتداول", "الكلام المتداول",
    ])
    /// Saying yes to it: "yes", "it's true", «نعم», «صحيح».
    static let affirmation = Concept("rumour.affirmation", [
        "yes", "yep", "yeah", "it's true", "it is true", "that's true", "that is true", "is real", "are real", "is genuine", "are genuine",
        "i can confirm", "we can confirm", "can confirm that", "i confirm", "we confirm", "is accurate", "are accurate",
        "=نعم", "=أيوه", "=ايوه", "=الخبر صحيح", "=الكلام صحيح", "=هذا صحيح", "=أؤكد", "=نؤكد", "المذكرة حقيقية", "الوثيقة حقيقية",
    ])
    /// What makes a "yes" something else: the rumour denied, merely noticed, or declined.
    /// Its own list: `Concepts.denial` and `SharedLexicons.noComment` both hold the rumour
    /// words themselves, which would cancel every yes beside the rumour.
    static let notConfirming = Concept("rumour.not-confirming", [
        "not true", "untrue", "no truth", "false", "baseless", "unfounded", "fake", "inaccurate", "not real", "we've seen", "we have seen",
        "we are aware", "we're aware", "aware of", "do not comment", "don't comment", "no comment", "will not comment", "won't comment",
        "=لا صحة", "غير صحيح", "غير صحيحة", "عار عن الصحة", "عارية عن الصحة", "=ننفي", "=كاذبة", "=مفبركة", "=اطلعنا", "=اطّلعنا",
        "على علم", "=لا نعلق", "=لا تعليق", "=لن نعلق", "=ما نعلق",
        // The dialect's "we won't comment", and cooperation with a review, which confirms no deal.
        "=ما راح نعلق", "=ما راح نعلّق", "=ما بنعلق", "=ما نقدر نعلق", "cooperating fully", "fully cooperating", "=نتعاون بشكل كامل",
        "=نتعاون بالكامل", "=تعاوننا الكامل",
    ])
    /// The rumoured figure corrected: "exaggerated", "worth a lot more than that", «فيه مبالغة».
    static let figureCorrected = Concept("rumour.figure-corrected", [
        "exaggerated", "overstated", "understated", "inflated", "way off", "wide of the mark", "a lot more than that",
        "much more than that", "far more than that", "a lot less than that", "much less than that", "far less than that",
        "lower than that", "higher than that", "worth a lot more", "worth much more", "worth more than that", "worth far more",
        "stingy", "lowball", "lowballing", "undervalues us", "undervalues the company",
        "=فيه مبالغة", "=مبالغ فيه", "=مبالغ فيها", "=أقل من كذا", "=أقل من هذا", "=أكثر من كذا", "=أكثر من هذا", "=أقل بكثير",
        "=أكثر بكثير", "=الحقيقة أقل", "=الحقيقة أكثر", "=الرقم الحقيقي", "=يبخسنا", "=بخس", "=يسوى أكثر", "=تسوى أكثر",
    ])
    /// News said to be on its way: "stay tuned", "more soon", 👀, «خلّوا عينكم».
    static let newsComing = Concept("rumour.news-coming", [
        "stay tuned", "more soon", "more to come", "more news soon", "details soon", "watch this space", "keep an eye on",
        "keep your eyes on", "something cooking", "something big", "big news", "👀",
        "=ترقبوا", "=خلوا عينكم", "=خلّوا عينكم", "=حطوا عينكم", "=التفاصيل قريب", "=التفاصيل قريبا", "=التفاصيل قريباً",
        "قريب إن شاء الله", "قريبا إن شاء الله", "قريباً إن شاء الله",
    ])
    /// The disclosure promised as it should be: "anything material will go to MSX first",
    /// «أي تطور جوهري نفصح عنه أولاً». "Stay tuned" in that sentence points to the exchange.
    static let properDisclosure = Concept("rumour.proper-disclosure", [
        "anything material", "any material", "anything requiring disclosure", "anything that requires disclosure", "as our obligations require",
        "=أي تطور جوهري", "=أي تطورات جوهرية", "=أي مستجدات جوهرية", "=أي معلومة جوهرية", "=نفصح عنه أولاً", "=نفصح عنه أولا",
    ])
    /// A meeting on the calendar that "stay tuned" points to: "stay tuned, shareholders: the
    /// general assembly is streamed live on 14 May", «ترقبوا البث المباشر للجمعية العامة». The
    /// news is the meeting itself, announced in the open.
    static let scheduledMeeting = Concept("rumour.scheduled-meeting", [
        "general assembly", "general meeting", "agm", "annual general meeting", "egm", "earnings call", "investor day",
        "=الجمعية العامة", "=الجمعية العمومية", "=لاجتماع الجمعية", "=اجتماع الجمعية", "=مؤتمر المحللين",
    ])
    /// A hint offered in place of the answer: "all I'll say", "my lips are sealed", «بس أقول».
    static let hint = Concept("rumour.hint", [
        "all i'll say", "all i will say", "i'll just say", "i will just say", "let's just say", "what i can say is", "what i will say",
        "i can tell you this", "i'll say this", "between us", "between you and me", "off the record", "read between the lines",
        "draw your own conclusions", "you didn't hear it from me", "lips are sealed", "i won't tell you", "i will not tell you",
        "=بس أقول", "=بس اقول", "=كل اللي أقدر أقوله", "=اللي أقدر أقوله", "=خلونا نقول", "=بيني وبينكم", "ما بين السطور",
        "=اللبيب بالإشارة يفهم", "=اللي يفهم يفهم", "=فهمكم كفاية", "=خلوني أقول", "=خلّوني أقول", "=خليني أقول", "=خلني أقول",
        // "No comment, but I will say…": a refusal, a contrast and the speaker's own word.
        "but i'll say", "but i will say", "but i can say", "but i can tell you", "but i'd say", "but i would say", "but let me say",
        "but i will add", "but i'll add", "but what i can say", "having said that",
        "=لكن أقول", "=بس أقدر أقول", "=لكن أقدر أقول", "=لكن أستطيع القول", "=لكن ما أستطيع قوله", "=لكن اللي أقدر أقوله",
        "=بس اللي أقدر أقوله",
    ])
    /// The board weighing it: "the board is weighing it", «المجلس يدرس العرض».
    static let boardWeighing = Concept("rumour.board-weighing", [
        "board is weighing", "board is considering", "board is reviewing", "board is evaluating", "board is studying",
        "board is looking at", "board will consider", "board is discussing", "weighing it", "weighing the offer", "weighing the approach",
        "considering the offer", "considering the approach", "evaluating the offer", "reviewing the offer", "looking at the offer",
        "=المجلس يدرس", "=مجلس الإدارة يدرس", "=ندرس العرض", "=يدرس العرض", "=نقيم العرض", "=نقيّم العرض", "=ندرس العروض",
    ])
    /// The market beside a hint: the shares, a holding, the exchange, a quiet period.
    static let marketContext = Concept("rumour.market", [
        "quiet period", "my position", "your position", "our shares", "the shares", "share price", "shareholders", "msx", "tadawul",
        "the exchange", "the board", "our board", "the bourse",
        "=البورصة", "=السهم", "=الأسهم", "=أسهمنا", "=المساهمين", "=مساهمينا", "=لمساهمينا", "=مساهمي", "=لمساهمي", "=الإفصاحات", "=الإفصاح", "=مجلس الإدارة", "=اللي باع",
        "=فترة الصمت", "letter of intent", "term sheet", "rights issue", "takeover", "acquisition", "merger", "buyout",
        // Not «الاستحواذ» alone: in a club's post it is possession of the ball.
        "=خطاب نوايا", "=اندماج", "=الاندماج", "=عرض الشراء", "=عرض استحواذ", "=عرض الاستحواذ", "=زيادة رأس المال",
    ])

    /// The frames, built once. The deal itself (`Concepts.takeover`) counts as the market
    /// beside a hint or a corrected figure; news on its way needs a named corporate action
    /// (`marketContext`), since a club's «ترقبوا صفقة» is a player, not a takeover.
    static let rumourAnswers: [Frame] = [
        Frame(anchor: affirmation, with: [rumourTalk], without: [notConfirming], blockedBy: [.negation, .question, .quotation], window: 1),
        Frame(anchor: figureCorrected, withAny: [rumourTalk, marketContext, Concepts.takeover],
              blockedBy: [.negation, .question, .quotation, .published], window: 1),
        Frame(anchor: newsComing, withAny: [rumourTalk, marketContext, hint, boardWeighing], without: [properDisclosure, scheduledMeeting],
              blockedBy: [.negation, .question, .quotation],
              window: 2),
        // The hint's own sentence must say something about the market: "no comment on the
        // share price, but I can tell you the team is working day and night" pivots to the team.
        Frame(anchor: hint, withAny: [rumourTalk, marketContext, Concepts.takeover], blockedBy: [.question, .quotation, .published]),
        Frame(anchor: boardWeighing, withAny: [rumourTalk, Concepts.takeover, newsComing], blockedBy: [.negation, .question, .quotation],
              window: 2),
    ]

    /// The sentences that answer a rumour, one hit each, in post order.
    static func rumourAnswered(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        // By index, each frame asked in place whether it can hit (see `Frame.mayHit`): most
        // posts answer no rumour, and `flatMap` copied every frame to find nothing.
        var answers: [PhraseMatcher.Hit] = []
        for index in rumourAnswers.indices where rumourAnswers[index].mayHit(post) {
            answers += rumourAnswers[index].hits(in: post)
        }
        if answers.isEmpty { return [] }
        var seen = Set<Int>()
        return answers.sortedIfNeeded { $0.firstToken < $1.firstToken }
            .filter { seen.insert(post.sentenceIndex(of: $0)).inserted }
    }

    static let rumourMessage = Localized(en: "'{1}' answers a market rumour with more than 'no comment': the market reads it as confirmation.",
                                         ar: "«{1}» يردّ على شائعة سوقية بأكثر من «لا تعليق»، والسوق يقرؤه تأكيداً.")
    static let rumourSuggestion = Localized(en: "Say only that you do not comment on market rumours and that anything material goes to the exchange first; no 'but', no hint, no figure.",
                                            ar: "قل فقط إنكم لا تعلقون على الشائعات وإن أي تطور جوهري يُعلن في البورصة أولاً، بلا «لكن» ولا تلميح ولا رقم.")
}
