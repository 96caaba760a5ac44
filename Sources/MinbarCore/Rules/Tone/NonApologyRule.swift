/// "We regret any inconvenience", "sorry if anyone was offended", "re-accommodate".
struct NonApologyRule: Rule {
    static let phrases = Lexicon("tone.non-apology", [
        "regret any inconvenience", "apologise for any inconvenience", "apologize for any inconvenience",
        "sorry for any inconvenience", "any inconvenience caused", "inconvenience caused", "sorry if", "apologise if", "apologize if",
        "apologies if", "if anyone was offended", "sorry you feel", "sorry you felt", "sorry that you feel", "sorry that you felt", "mistakes were made", "errors were made", "=حدثت أخطاء", "=وقعت أخطاء", "=حصلت أخطاء", "=صارت أخطاء", "re-accommodate", "re-accommodated", "reaccommodate", "involuntarily denied boarding",
        "unfortunate incident", "regrettable incident", "isolated incident", "we regret that you", "taken out of context",
        "was misunderstood", "it was a joke", "if offence was taken", "any confusion caused",
        "نأسف لأي إزعاج", "نعتذر عن أي إزعاج", "عن أي إزعاج", "لأي إزعاج", "نعتذر إن", "نعتذر إذا", "نعتذر اذا",
        "حادث فردي", "حادثة فردية", "أسيء فهمه", "أسيء فهمها", "أخرج من سياقه", "خارج سياقه", "كانت مزحة", "نأسف إن",
        "any perceived", "perceived insensitivity", "=نأسف لأنكم تشعرون", "=نعتذر لأنكم تشعرون", "=نأسف أنكم تشعرون", "=نأسف لأن الإعلان فهم",
        "=فهم على أنه", "=فُهم على أنه", "=فهمت على أنها", "=فُهمت على أنها", "was understood as", "was perceived as", "فهمت خطأ", "فهم خطأ", "أساء فهم", "خانني التعبير",
    ])
    /// Sorry on condition that somebody felt something: "sorry if anyone felt…". Only beside
    /// an apology: alone, «إذا شعر أي عميل بتأخر فليتواصل معنا» asks for nothing to be
    /// forgiven. An apology addressed to whoever felt or took offence ("to anyone who felt
    /// the campaign went too far", «لمن شعر بالإساءة») is the move recogniser's to judge
    /// (`MoveRecognizer.addressedToTheOffended`), so praise and finding agree.
    static let feelingHedges = Lexicon("tone.non-apology.feeling", [
        "if anyone felt", "إذا شعر", "اذا شعر",
        // On condition that somebody was upset: «وإن كان أحد قد انزعج فنعتذر».
        "if anyone was upset", "if anyone was hurt", "=إن كان أحد قد انزعج", "=وإن كان أحد قد انزعج", "=إن انزعج أحد", "=وإن انزعج أحد",
        "=إذا انزعج أحد", "=إن كان أحد انزعج", "=إن تضايق أحد", "=إن استاء أحد", "=إن كان أحد قد تضايق", "=إن كان أحد قد استاء",
        "=إن كان أحد قد تأذى",
        // The dialects' "if there's anyone who…": «نعتذر إن كان فيه حد اتألم».
        "=إن كان فيه حد", "=لو فيه حد", "=إذا فيه حد", "=إن كان في حد", "=لو في حد", "=إن كان فيه أحد", "=إذا كان فيه أحد", "=لو فيه أحد",
        "if there's anyone who", "if there is anyone who",
        // Sorry for the reader's feelings: «نأسف لشعوركم».
        "لشعوركم", "لشعورك",
    ])
    /// Saying what one meant. In place of an apology it is an excuse; after a plain,
    /// owned apology ("we missed the mark, and we apologize. We did not intend…") it is
    /// context, and a coach does not mark it down.
    static let intentDisclaimers = Lexicon("tone.non-apology.intent", [
        "were only meant to", "weren't intending", "not intending to", "genuinely meant as", "solely meant",
        "غير مقصود", "غير المقصود", "لم أكن أقصد", "لم نقصد",
        "intent was to", "our intent was", "our intention was", "the intent was", "never our intent", "never our intention",
        "كان القصد", "كان قصدنا", "كانت نيتنا",
        // The same said with "not": "it was certainly not our intention", "we'd never mean to offend", «لم يكن في نيتنا».
        "not our intention", "not our intent", "never mean to offend", "never meant to offend", "didn't mean to offend",
        "did not mean to offend", "=لم يكن في نيتنا", "=ولم يكن في نيتنا", "=لم تكن نيتنا", "=ولم تكن نيتنا", "=ما كان قصدنا",
        "=وما كان قصدنا", "=ما كانت نيتنا", "=لم نقصد الإساءة", "=ولم نقصد الإساءة",
    ])

    /// The audience's reading of the act, not the act: "we apologize the tweet was
    /// negatively perceived", «نعتذر عن الفهم الخاطئ». Beside an apology it makes the
    /// apology about how people took it.
    static let perception = Lexicon("tone.non-apology.perception", [
        "=perceived", "was perceived", "were perceived", "negatively perceived", "came across", "was taken", "were taken",
        "was interpreted", "were interpreted", "was read as", "how it was received", "upset some", "offended some",
        "فهمه البعض", "فهمها البعض", "فهم البعض", "تم تفسيره", "تم تفسيرها", "شعر البعض", "استاء البعض", "أزعج البعض", "الفهم الخاطئ",
        "=فهم بها", "=فهمت بها", "=الطريقة التي فهم", "=الطريقة التي فهمت",
        "felt offended", "were offended", "took offence", "took offense", "found it offensive", "شعروا بالإساءة", "شعر بالإساءة",
    ])

    /// A reading gone wrong: "interpreted in the wrong way", "misconstrued", «فُهم بشكل
    /// خاطئ». Beside the offence ("interpreted … as offensive by a few people") it puts the
    /// offence on the readers' reading; a correction of a misread figure is no apology at all.
    static let misreading = Lexicon("tone.non-apology.misreading", [
        "interpreted", "misinterpreted", "the wrong way", "misread", "misconstrued", "misunderstood", "misunderstanding",
        "read into", "=فهمت بشكل خاطئ", "=فهم بشكل خاطئ", "=فهمت خطأ", "=فهمها البعض", "=تفسير خاطئ", "=سوء الفهم", "=سوء فهم", "=أسيء فهمها",
        "=أسيء فهمه",
    ])

    /// A misreading with the writer as its subject ("our analysts misread the data", "we
    /// misunderstood the brief"): a correction, not the readers blamed. English only: the
    /// Arabic misreadings listed are all passive or the readers'.
    /// A noun ("we regret that misunderstanding") names the readers' misreading whoever
    /// regrets it.
    static func isOwnMisreading(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        if tokens.text(at: hit.firstToken) == "misunderstanding" { return false }
        let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
        let start = max(sentence.lowerBound, hit.firstToken - 3)
        return (start..<hit.firstToken).contains { tokens.has(.firstPerson, at: $0) }
    }

    /// Part of the audience as the ones at fault: "we regret that some people chose to take
    /// offence", «نأسف لأن البعض فهم إعلاننا بشكل خاطئ». Beside an apology and a word for
    /// how it was taken, the apology is for their reaction; a sentence that owns the
    /// mistake ("some of you were hurt by our mistake") is an apology.
    static let someReaders = Lexicon("tone.non-apology.some-readers", [
        "some people", "some of you", "some customers", "some followers", "some viewers", "a few people", "certain people",
        "=البعض", "=والبعض", "بعض العملاء", "بعض المتابعين", "بعض الناس", "=بعضكم", "=البعض منكم",
    ])

    /// What puts "some people" in the subject's place after an apology: "regret that some…", «نأسف لأن البعض…».
    static let subjectMarkers = WordSet(["that", "because", "لأن", "لان", "أن", "ان", "كون"].map(TextNormalizer.normalize))

    let descriptor = RuleDescriptor(
        id: "tone.non-apology", title: "Non-apology and euphemism",
        titleAr: "الاعتذار المراوغ والتلطيف", dimension: .professionalism, severity: .warning,
        rationale: """
            A conditional or euphemistic apology ("sorry if anyone was offended", "we regret any inconvenience", \
            "re-accommodate") tells people the organisation does not see what went wrong. Clear strategy matters \
            most in a crisis: name the harm, own it, say what happens next.
            """,
        rationaleAr: """
            الاعتذار المشروط أو الملطَّف («نأسف إن شعر أحد بالإساءة»، «نعتذر عن أي إزعاج») يقول للناس إن \
            المؤسسة لا ترى موضع الخطأ. ووضوح النهج أهم ما يكون في الأزمة: سمِّ الضرر، وتحمّل مسؤوليته، وقل \
            ما الذي سيحدث بعد ذلك.
            """,
        examples: [
            .triggers("نأسف لأنكم تشعرون أن الرسوم الجديدة غير عادلة.", .ar),
            .triggers("We're sorry you feel the new fees are unfair.", .en),
            // Mistakes that happened to nobody: the passive owns nothing.
            .triggers("حدثت أخطاء، ويجري النظر في الأمر.", .ar),
            .passes("أخطأنا في احتساب الفواتير هذا الشهر، ونعتذر، وسنعيد المبالغ خلال أسبوع.", .ar),
            .triggers("We regret any inconvenience caused to our passengers.", .en),
            .triggers("I'm sorry if anyone was offended by my old tweet.", .en),
            // On condition that there is anyone hurt, in the dialects and in English.
            .triggers("نعتذر لكل المصريين إن كان فيه حد اتألم أو اتأثر أو اتأخر عن مشواره.", .ar),
            .triggers("We apologise to everyone if there is anyone who was hurt or delayed on their way.", .en),
            .passes("نعتذر لكل من تأخر عن مشواره اليوم، وسنعوض أصحاب التذاكر بالكامل.", .ar),
            // Sorry to whoever judged the remarks divisive: the remarks stay unowned.
            .triggers("The statements on our earnings call described our business, and we sincerely apologize to anyone that thought they were divisive.", .en),
            .triggers("تصريحاتنا في مؤتمر النتائج وصفت أعمالنا، ونعتذر لكل من اعتبرها مثيرة للانقسام.", .ar),
            .passes("Our remarks on the earnings call were divisive and wrong. I apologize to our customers and our staff.", .en),
            // What was not meant, in place of an apology.
            .triggers("We are aware that the tweet about the collision has attracted some criticism. It was certainly not our intention to cause offence.", .en),
            .triggers("نعلم أن التغريدة عن الحادث أثارت بعض الانتقادات، ولم يكن في نيتنا الإساءة لأحد.", .ar),
            // Sorry for what some readers felt or understood.
            .triggers("We regret that some people chose to take offence at our advert.", .en),
            .triggers("نأسف لأن البعض فهم إعلاننا بشكل خاطئ.", .ar),
            .passes("We are sorry that some of you were hurt by our mistake; we have withdrawn the advert.", .en),
            .passes("نعتذر لبعض العملاء عن تأخر الرحلات اليوم بسبب الضباب، وسنعوض المتضررين.", .ar),
            .passes("We're sorry to some customers who were inconvenienced by this morning's app outage; it is now fixed.", .en),
            .triggers("We had to re-accommodate a customer on flight SH417.", .en),
            .triggers("نعتذر عن أي إزعاج قد يكون حدث.", .ar),
            .triggers("We did not intend to offend anyone with the advert.", .en),
            .triggers("لم نقصد الإساءة لأحد في الإعلان.", .ar),
            .passes("We missed the mark, and we apologize. We did not intend to make light of a serious issue.", .en),
            .passes("أخطأنا في الإعلان ونعتذر عنه. لم نقصد الإساءة لأحد، وقد سحبناه.", .ar),
            .passes("We are sorry: a passenger was hurt on flight SH417. That should never happen.", .en),
            .passes("نعتذر لعملائنا عن انقطاع المياه أمس، ونتحمل المسؤولية كاملة.", .ar),
            // Sorry for how it was taken, not for what was done.
            .triggers("We apologize the tweet was negatively perceived. Intent was to provide an easy way to donate.", .en),
            .triggers("نعتذر عن الفهم الخاطئ للإعلان، فقد كان القصد تكريم الأمهات.", .ar),
            .passes("We are sorry for the tweet: it was wrong, and it is gone. Here is how to donate directly.", .en),
            .passes("نعتذر عن الإعلان، فقد كان خطأً منا وسحبناه.", .ar),
            .passes("The new terminal was intended to double capacity, and it has.", .en),
            // The apology hangs on how readers took it, wherever the condition stands.
            .triggers("If our advert came across as insensitive to anyone, we apologise.", .en),
            .triggers("Apologies to all our followers if this morning's post about the floods seemed commercial.", .en),
            .triggers("إذا كان الإعلان قد بدا مسيئاً لأحد فإننا نعتذر.", .ar),
            .triggers("نعتذر لكل متابعينا إن كان المنشور قد أساء لأحد منهم.", .ar),
            // Sorry on condition that somebody was upset, and for how it was taken.
            .triggers("كان الإعلان دعابة لا أكثر، وإن كان أحد قد انزعج فنعتذر عن الطريقة التي فُهم بها.", .ar),
            .triggers("The ad was light humour. If anyone was upset, we apologise for how it was perceived.", .en),
            .passes("إن كان أحد يرغب في التسجيل في الفعالية فليتواصل معنا على الخاص.", .ar),
            .passes("If anyone was upset by the delay, reply here and our team will call you today.", .en),
            .triggers("We apologise to anyone who felt the campaign went too far.", .en),
            .triggers("نعتذر لمن شعر بالإساءة من الإعلان.", .ar),
            // Sorry to whoever took offence, not for what was done; to the people harmed it is an apology.
            .triggers("We apologise to those who were offended by the advert.", .en),
            .triggers("نعتذر لكل من انزعج من الإعلان.", .ar),
            .triggers("We're sorry to those offended by our advert.", .en),
            .passes("I am sorry to everyone I upset with my comments on Friday. They were wrong, and I have asked to meet the nurses' union.", .en),
            // The act condemned in the post's own voice owns the fault; inside the hedge it is the hedge.
            .passes("We apologise to all those who were offended by the remarks our chairman made. They were racist, and he has resigned.", .en),
            .passes("نعتذر لكل من تضايق من الإعلان. كانت مسيئة ولا تبرير لها، وقد سحبناه.", .ar),
            .triggers("We apologise to anyone who felt the remarks were offensive.", .en),
            .triggers("نعتذر لكل من شعر أن التصريحات كانت مسيئة.", .ar),
            // Condemning somebody else's act, or denying, owns nothing (a review's posts).
            .triggers("We're sorry the advert was perceived as insensitive. The abuse our staff have received since was unacceptable.", .en),
            .triggers("We apologise to those who were offended by the advert. Nothing in it was racist, and we stand by the team that made it.", .en),
            .triggers("We apologise to those who were offended by the advert. Nothing about it was wrong.", .en),
            .triggers("نعتذر لكل من انزعج من الإعلان. الحملة التي تعرض لها موظفونا كانت مسيئة ولا تبرير لها.", .ar),
            .triggers("نعتذر لمن شعر بالإساءة من الإعلان. ونرفض القول بأن الإعلان كان مسيئا.", .ar),
            .passes("Sorry to everyone offended by yesterday's post. The joke was offensive and should never have gone out.", .en),
            .passes("نعتذر لكل من تضايق من التغريدة، وما كان ينبغي أن ننشرها.", .ar),
            // Without the "who", only offence taken hedges: people insulted or upset by what we did were wronged.
            .passes("We apologise to those insulted by one of our drivers on Route 12 last night; he has been suspended.", .en),
            .passes("We are sorry to everyone upset by the message sent in error last night telling customers their accounts were closed.", .en),
            .passes("We are sorry to those who were affected by the outage; service is back and refunds go out today.", .en),
            .passes("نعتذر لمن تضرر من انقطاع المياه أمس، وقد عادت الخدمة وتصل التعويضات اليوم.", .ar),
            .triggers("نأسف لشعوركم تجاه الرسوم الجديدة.", .ar),
            .triggers("We are sorry that you feel the new fees are unfair.", .en),
            // Sorry to whoever believed the act offensive; a misunderstanding the company caused is apologised for.
            .triggers("My apologies to everyone who thought the advert was insensitive.", .en),
            .triggers("أعتذر بشدة لكل من خال أن تعليقي قد أساء إليه.", .ar),
            .triggers("نعتذر لكل من ظن أن الحملة مسيئة له.", .ar),
            .passes("نعتذر لكل من اعتقد أن موعد التسليم اليوم؛ الخطأ كان في رسالتنا، والموعد الصحيح الأحد.", .ar),
            .passes("We apologise to everyone who was affected by the outage; it was our fault, and refunds go out today.", .en),
            .passes("نعتذر لكل من تأثر بانقطاع الخدمة أمس، والخطأ خطؤنا، والتعويض يصل اليوم.", .ar),
            .passes("To everyone who thought the branch would close: it stays open, and we have hired four more tellers.", .en),
            .passes("لكل من ظن أن الفرع سيغلق: الفرع باقٍ، وعيّنا أربعة موظفين جدد.", .ar),
            // A condition that routes people, with no feelings in it, is no hedge.
            .passes("We apologise for the outage. If you were charged twice, write to help@rimal.example for a refund.", .en),
            .passes("إن كان لديك أي سؤال عن الفاتورة فراسلنا على الرقم المجاني ٨٠٠١٢٣٤.", .ar),
            .passes("نشكر كل من شارك في الحملة، وإذا شعر أي عميل بتأخر في التوصيل فليتواصل معنا.", .ar),
            .passes("Anyone who felt unwell after the event should call the clinic on 800 1234.", .en),
            .passes("إننا نعتذر عن الإساءة التي تضمنها المنشور، وقد حذفناه وحاسبنا المسؤول عنه.", .ar),
            // The offence put on the readers' reading, with or without an apology word.
            .triggers("Seems my tweet has been interpreted in the wrong way as offensive by a few people. I can't see it myself.", .en),
            .triggers("يبدو أن التغريدة فُهمت بشكل خاطئ على أنها مسيئة، ولم يكن هذا قصدي.", .ar),
            .triggers("Some customers felt offended by these images, which have been removed. We regret that misunderstanding.", .en),
            .passes("Our figure was misread in one report: Q3 margin was 37%, as published.", .en),
            .passes("We apologise for the misunderstanding about delivery dates; your order arrives on Sunday.", .en),
            .passes("The advert was offensive and the misunderstanding is ours: we got it wrong, and it is gone.", .en),
            // Quoted: the phrase is named, not used.
            .passes("A coach would strike \"sorry if anyone was offended\" from any draft we send.", .en),
        ])

    var lexicons: [Lexicon] {
        [Self.phrases, Self.intentDisclaimers, MoveLexicons.apology, Self.perception, Self.feelingHedges, Self.someReaders,
         MoveLexicons.offenceTaken, MoveLexicons.offensive, MoveLexicons.ownership, Self.misreading]
    }

    /// Built once: building them in `check` cost allocations on every post.
    static let phrasesCheck = SentencePhraseCheck(trigger: Self.phrases)
    static let feelingsCheck = SentencePhraseCheck(trigger: Self.feelingHedges, requiresInSentence: [MoveLexicons.apology])
    static let disclaimersCheck = SentencePhraseCheck(trigger: Self.intentDisclaimers)

    func check(_ post: PostAnalysis) -> [Finding] {
        var hits = Self.phrasesCheck.hits(in: post)
        // One finding per sentence: each later kind of hit counts only where none came before.
        // The sentences hit, marked as hits are added (asking every hit for every sentence
        // was quadratic on a long post).
        var marked = [Bool](filledWith: false, count: post.text.sentences.count)
        for hit in hits { marked[post.sentenceIndex(of: hit)] = true }
        func unhit(_ sentence: Int) -> Bool { !marked[sentence] }
        func add(_ hit: PhraseMatcher.Hit) {
            hits.append(hit)
            marked[post.sentenceIndex(of: hit)] = true
        }
        for hit in Self.feelingsCheck.hits(in: post) where unhit(post.sentenceIndex(of: hit)) { add(hit) }
        // An apology conditioned on how readers took it, or made to whoever believed or felt
        // something («أعتذر لكل من خال أن تعليقي قد أساء إليه»), read by the move recogniser
        // (which, for the same reason, does not count it as an apology).
        for (index, sentence) in post.moves.sentences.enumerated() where unhit(index) {
            guard let span = sentence.conditionalApology else { continue }
            add(PhraseMatcher.Hit(group: -1, phrase: -1, firstToken: span.lowerBound, endToken: span.upperBound))
        }
        // An apology for how people took it: the perception in the apology's own sentence,
        // unless the post owns the fault (as the recogniser waives an addressed hedge).
        for hit in post.hits(Self.perception) where post.sentence(post.sentenceIndex(of: hit), has: MoveLexicons.apology)
            && unhit(post.sentenceIndex(of: hit)) && !post.moves.ownsTheFault {
            add(hit)
        }
        // An apology for what some readers felt or understood, with nothing owned.
        // They are the subject of "that" or «لأن»: "sorry to some customers who were inconvenienced" apologises to them.
        for hit in post.hits(Self.someReaders) where hit.firstToken > 0 && Self.subjectMarkers.contains(post.text.tokens[hit.firstToken - 1].text) {
            let sentence = post.sentenceIndex(of: hit)
            guard unhit(sentence), post.sentence(sentence, has: MoveLexicons.apology), post.sentence(sentence, has: MoveLexicons.offenceTaken),
                  !post.sentence(sentence, has: MoveLexicons.ownership) else { continue }
            add(hit)
        }
        // The offence put on how readers read it, when the post owns no fault: a readers'
        // misreading and the offence in one sentence ("it has been interpreted in the wrong
        // way as offensive by a few people"), or regret for "that misunderstanding" next to
        // a sentence saying who took offence ("Some customers felt offended by these images.
        // Zara regrets that misunderstanding."). Our own misreading ("our analysts misread
        // the data") is a correction. (The offence in `offensive`, not `offenceTaken`, which
        // holds the misreadings too.)
        let misreadings = post.hits(Self.misreading)
        if !misreadings.isEmpty, !post.moves.ownsTheFault {
            for hit in misreadings where !Self.isOwnMisreading(hit, in: post) {
                let sentence = post.sentenceIndex(of: hit)
                guard unhit(sentence) else { continue }
                let offenceBeside = post.sentence(sentence, has: MoveLexicons.offensive)
                let regretsTheirReading = post.sentence(sentence, has: MoveLexicons.apology)
                    && post.sentences(around: sentence, window: 1).contains { post.sentence($0, has: Self.perception) }
                if offenceBeside || regretsTheirReading { add(hit) }
            }
        }
        if !hasPlainApology(post) {
            let disclaimers = Self.disclaimersCheck.hits(in: post)
                .filter { unhit(post.sentenceIndex(of: $0)) }
            hits += disclaimers
        }
        // Words in quotation marks are named, not said: a coach quoting "sorry if" apologises for nothing.
        return findings(for: hits.filter { !post.isQuoted($0) }.sortedIfNeeded { $0.firstToken < $1.firstToken }, in: post,
                        suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }

    /// A sentence that apologises without a conditional or a euphemism in it.
    private func hasPlainApology(_ post: PostAnalysis) -> Bool {
        post.text.sentences.indices.contains {
            post.sentence($0, has: MoveLexicons.apology) && !post.sentence($0, has: Self.phrases)
                && !post.sentence($0, has: Self.feelingHedges) && post.moves.sentences[$0].conditionalApology == nil
        }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension NonApologyRule {
    static let message = Localized(en: "'{1}' is a non-apology or euphemism; it tells people you do not see what went wrong.",
                                   ar: "«{1}» اعتذار مشروط أو تلطيف للخطأ؛ يوحي للناس بأنك لا ترى ما الذي حدث.")
    static let suggestion = Localized(en: "Name the harm plainly and own it: \"We are sorry: we got this wrong, and this is what we are doing about it.\"",
                                      ar: "سمِّ الضرر بوضوح وتحمّل مسؤوليته: «نعتذر، أخطأنا، وهذا ما نفعله الآن لإصلاحه».")
}
