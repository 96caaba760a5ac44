/// Phrases that mark a move's structure, in both languages: connectives, performative
/// verbs, source markers. They are matched with every other lexicon in the engine's one
/// pass; a move also needs the sentence around them to be a clause (see `MoveRecognizer`).
public enum MoveLexicons {
    /// Cause and purpose connectives.
    public static let cause = Lexicon("move.cause", [
        "because", "due to", "owing to", "as a result of", "caused by", "came from", "comes from", "driven by",
        "the reason", "reason is", "so that", "so the", "so we", "so our", "so it", "so they", "in order to", "to pay for", "to fund", "which is why", "that is why",
        "that's why", "thanks to", "resulted from", "result of", "led to", "stems from", "reflects", "was caused",
        "drove", "drive", "driven", "caused", "weighed on", "pushed up", "squeezed", "outpaced", "faster than",
        // «نتيجة» exact ("as a result of"): its forms read «النتائج», the results a post announces.
        "بسبب", "=نتيجة", "=ونتيجة", "=كنتيجة", "=نتيجة ل", "لان", "لأن", "لأنه", "لأننا", "يعود الى", "يعود إلى", "السبب", "سبب", "ناتج عن", "ناجم عن",
        "جراء", "بفعل", "تسبب", "تسببت", "أدى", "ادى", "مما ادى", "مما أدى", "لتمويل", "لكي", "كي", "من اجل", "من أجل", "بهدف", "ادى الى", "أدى إلى",
    ])
    /// Where a figure comes from.
    public static let source = Lexicon("move.source", [
        "according to", "as shown in", "as shown by", "results show", "report shows", "shows", "show", "as reported",
        "as published", "published", "announced", "report", "filing", "disclosure", "disclosed", "audited", "certified by",
        "renewed by", "issued by", "data from", "figures from", "statement", "affirmed", "renewed",
        "وفق", "وفقا", "وفقاً", "بحسب", "حسب", "كما ورد", "المنشور", "المنشوره", "المعلن", "المعلنه", "تقرير", "التقرير",
        "افصاح", "إفصاح", "الافصاح", "إفصاحنا", "اظهرت", "أظهرت", "تظهر", "يظهر", "منح", "منحه", "شهاده", "شهادة", "المدقق",
        "مدقق", "نشر", "نشرت", "راجعه",
        // As in English ("announced"): a figure the company announced.
        "أعلن",
    ])
    /// Results as a figure's source ("20% up in our results"), only where the sentence does
    /// not forecast (`forecast`): "we expect better results, up 20%" names no source.
    /// «نتائج» exact: its forms read «نتيجة لـ» ("as a result of"), a cause.
    public static let resultsSource = Lexicon("move.results-source", [
        "results", "=نتائج", "=النتائج", "=نتائجها", "=نتائجنا", "=ونتائج", "=نتائجه",
    ])
    /// Words of the future, which make a sentence's figure a projection or a tease rather than
    /// a record: "we expect better results, up 20%", "the number starts with a 4, and analysts
    /// will be redoing their models on results day".
    public static let forecast = Lexicon("move.forecast", [
        "expect", "expects", "expecting", "expected to", "forecast", "forecasts", "anticipate", "anticipates", "projected",
        "we project", "target", "targets", "aim", "aims", "hope", "hoping", "=will", "we'll", "going to",
        "نتوقع", "أتوقع", "اتوقع", "يتوقع", "تتوقع", "المتوقع", "متوقع", "نستهدف", "نطمح", "نأمل", "=سوف", "نتطلع",
    ])
    public static let apology = Lexicon("move.apology", [
        "sorry", "apologise", "apologize", "apology", "apologies", "regret",
        "نعتذر", "أعتذر", "اعتذر", "اعتذار", "اعتذارنا", "نأسف", "آسف", "آسفون", "متأسفون", "أسفنا",
    ])
    /// Feeling-blaming apologies: regret with no owner. A condition alone is no hedge ("we
    /// apologise: if you were charged twice, write to us"); one about how readers took it
    /// is (`apologyCondition`, `offenceTaken`). Nor is an addressee alone: "to anyone who
    /// was affected" apologises to the people harmed (`apologyAddressee` says when it hedges).
    public static let apologyHedge = Lexicon("move.apology-hedge", [
        "you feel", "you felt", "feel that", "any inconvenience",
        "لشعوركم", "شعوركم", "لشعورك", "أي إزعاج", "اي ازعاج",
    ])
    /// The apology's addressee as whoever took it badly: "to anyone who", "to those who",
    /// «لكل من», «لمن», «لأي شخص». A hedge only with a word for believing or feeling right
    /// after it (`believing`, or `feeling` and the offence): "we apologise to everyone who was affected by the outage"
    /// and «نعتذر لكل من تأثر بالانقطاع» apologise to the people harmed.
    public static let apologyAddressee = Lexicon("move.apology-addressee", [
        "to anyone who", "to anybody who", "to those who", "to all those who", "to everyone who", "to whoever", "to any of you who",
        "to those of you who", "to all of you who", "to all who", "to people who",
        "to anyone that", "to anybody that", "to everyone that", "to those that", "to people that",
        "=لكل من", "=ولكل من", "=لمن", "=لجميع من", "=لأي شخص", "=لاي شخص", "=لأي أحد", "=لكل شخص", "=للذين", "=لكل الذين", "=لكل اللي", "=للي",
        "إلى كل من", "إلى من", "إلى الذين", "إلى جميع من", "الى كل من", "الى من", "الى الذين",
    ])
    /// The addressee without its "who", a hedge only with offence taken right after it
    /// ("sorry to those offended by our advert"). Not "to everyone I upset", where the
    /// writer did it; not "to those insulted by one of our drivers" or "to everyone upset by
    /// the message sent in error", who were wronged (`MoveRecognizer.bareOffence`).
    public static let apologyAddresseeBare = Lexicon("move.apology-addressee-bare", [
        "to those", "to all those", "to anyone", "to anybody", "to everyone",
    ])
    /// Taking offence, said of an apology's addressee right after it: "to anyone who was
    /// offended", "who took exception", «لمن تحسس». Whatever it was at, the apology is
    /// for their reaction. Not "hurt" or «تأذى», which are as often the harm done ("to
    /// everyone who was hurt in the accident"). Arabic exact: the forms of «زعل» read
    /// «زعلناه», "whom we upset".
    public static let tookOffence = Lexicon("move.took-offence", [
        "offended", "insulted", "took offence", "took offense", "taken offence", "taken offense", "took exception",
        "misunderstood", "misread", "=تحسس", "=تحسسوا", "=استفز", "=استفزه", "=استفزهم",
    ])
    /// Being upset, which hedges only when what upset them was something said or shown:
    /// "to anyone who was upset by the advert", «لكل من انزعج من الإعلان». Upset by the
    /// cancellations, «من انقطاع الكهرباء», they are the people harmed.
    public static let upset = Lexicon("move.upset", [
        "upset", "annoyed", "bothered", "irritated", "=انزعج", "=انزعجوا", "=استاء", "=استاءوا", "=تضايق", "=تضايقوا", "=زعل",
        "=زعلوا", "=تكدر",
    ])
    /// What is said or shown: the thing an upset addressee was upset by, when the apology
    /// is a hedge ("upset by the tweet", «انزعج من المنشور»).
    public static let expression = Lexicon("move.expression", [
        "advert", "ad", "advertisement", "campaign", "post", "tweet", "tweets", "remarks", "remark", "comment", "comments",
        "words", "joke", "image", "images", "photo", "video", "clip", "statement", "message", "poster", "billboard", "slogan",
        "=الإعلان", "=إعلاننا", "=الاعلان", "=الحملة", "=حملتنا", "=المنشور", "=منشورنا", "=منشوري", "=التغريدة", "=تغريدتي",
        "=تغريدتنا", "=التعليق", "=تعليقي", "=الكلام", "=كلامي", "=الصورة", "=الصور", "=المقطع", "=الفيديو", "=التصريح",
        "=تصريحي", "=الرسالة", "=النكتة", "=المزحة", "=الشعار",
    ])
    /// A reading gone wrong, said after what the addressee believed ("…who understood the
    /// advert the wrong way", «لمن فهم الإعلان بشكل خاطئ»): the apology is for their reading.
    public static let wrongly = Lexicon("move.wrongly", [
        "the wrong way", "wrongly", "=بشكل خاطئ", "=بطريقة خاطئة", "=بشكل خطأ", "=غلط",
    ])
    /// The fault named and owned, enough to keep an addressed apology whole ("…felt hurt
    /// by my remarks. I was wrong."): narrower than `ownership`, whose "we made" and "I
    /// wrote" name an act, not a fault ("We made it to celebrate Ramadan").
    public static let faultOwned = Lexicon("move.fault-owned", [
        // Not a bare "was wrong": "Nothing about it was wrong" denies. The thing named ("what I
        // said was wrong"), or its subject opening a sentence (`actCondemned`).
        "our mistake", "my mistake", "got this wrong", "got it wrong", "we were wrong", "i was wrong", "what i said was wrong",
        "what we said was wrong", "what i wrote was wrong", "what i did was wrong", "what we did was wrong", "my comment was wrong",
        "my comments were wrong", "my remarks were wrong", "my tweet was wrong", "my post was wrong", "our post was wrong",
        "our advert was wrong", "our ad was wrong", "our campaign was wrong", "our decision was wrong",
        // Regret for the act itself: "should never have gone out", «ما كان ينبغي أن ننشره».
        "should never have", "should not have been", "shouldn't have been", "=ما كان ينبغي", "=وما كان ينبغي", "=لم يكن ينبغي", "=ما كان يجب",
        "=وما كان يجب", "=لم يكن يجب",
        "take responsibility", "take full responsibility", "my responsibility", "our responsibility", "our fault", "my fault",
        "we failed", "i failed", "no excuse", "our failure", "my failure", "we are responsible", "i am responsible",
        // The act named offensive by its own author: "my insensitive tweet", «منشوري المسيء»
        // (exact: the forms of «منشوري» read «المنشور», anybody's post).
        "my insensitive", "our insensitive", "my offensive", "our offensive", "my inappropriate", "our inappropriate",
        "my hurtful", "our hurtful", "=تغريدتي المسيئة", "=منشوري المسيء", "=تعليقي المسيء", "=إعلاننا المسيء", "=منشورنا المسيء",
        // «خطأنا» exact: its noun key خط is also the singular of خطوط ("lines", "airlines").
        "أخطأنا", "أخطأت", "=خطأنا", "=خطؤنا", "خطئي", "تقصير منا", "تقصيرنا", "مسؤوليتنا", "مسؤوليتي", "نتحمل المسؤولية",
        "أتحمل المسؤولية", "بلا تبرير", "دون تبرير", "=الخطأ علينا", "=الغلط علينا", "=الغلط منا", "=الخطأ منا",
    ])
    /// The act judged wrong by the post in its own voice: the verdict ("was racist", "were
    /// unacceptable", «مسيئة», «غير مقبول»), owning the fault only when its subject opens the
    /// sentence (`opensWithItsSubject`): "They were racist.", "The joke was offensive and
    /// should never have gone out.", «كانت مسيئة», «كان الإعلان مسيئاً». Only there, where
    /// nobody else speaks and nothing negates it: "the abuse our staff received was
    /// unacceptable" judges somebody else's act, "Nothing in it was racist" denies, "many of
    /// you told us it was insensitive" reports. (The subjects are read in code, not spelt
    /// out as phrases: every subject with every verdict was ~1,800 phrases to compile at
    /// start-up, 10% of it.)
    public static let actCondemned = Lexicon("move.act-condemned", {
        let verdicts = ["racist", "offensive", "hurtful", "unacceptable", "inexcusable", "indefensible", "sexist", "insensitive",
                        "inappropriate", "wrong", "disrespectful"]
        let arabic = ["مسيئا", "مسيئة", "عنصريا", "عنصرية", "جارحا", "جارحة", "خاطئا", "خاطئة", "غير مقبول", "غير مقبولة"]
        return verdicts.flatMap { ["was \($0)", "were \($0)"] } + arabic.map { "=\($0)" }
    }())

    /// What a verdict may be said of at a sentence's start: a pronoun ("it", "they"), or the
    /// thing said or shown with its article ("the advert", "our tweets"); in Arabic the
    /// verb, with or before or after the thing («كانت», «كان الإعلان», «الحملة كانت»).
    static let condemnedPronouns = WordSet(["it", "they", "this", "that", "these", "those"])
    static let condemnedDeterminers = WordSet(["the", "our", "my", "that", "this", "these", "those"])
    static let condemnedThings = WordSet(["advert", "ad", "post", "tweet", "joke", "video", "campaign", "email", "message", "image",
                                          "billboard", "remark", "comment", "statement"].flatMap { [$0, $0 + "s"] }
        + ["الإعلان", "المنشور", "الفيديو", "المقطع", "التعليق", "التصريح", "كلامي", "تعليقي", "التغريدة", "الحملة", "الصورة",
           "الرسالة", "النكتة", "التصريحات", "تغريدتي"].map(TextNormalizer.normalize))
    static let arabicCopulas = WordSet(["كان", "كانت", "وكان", "وكانت"].map(TextNormalizer.normalize))

    /// Whether the words from `sentenceStart` up to the verdict at `verdict` are its subject
    /// (see `condemnedPronouns`), so the verdict opens the sentence in the post's own voice.
    static func opensWithItsSubject(_ verdict: Int, sentenceStart: Int, tokens: [Token]) -> Bool {
        let subject = sentenceStart..<verdict
        let words = subject.map { tokens.text(at: $0) }
        if tokens[verdict].isArabic {
            switch words.count {
            case 1: return arabicCopulas.contains(words[0])
            case 2: return (arabicCopulas.contains(words[0]) && condemnedThings.contains(words[1]))
                || (condemnedThings.contains(words[0]) && arabicCopulas.contains(words[1]))
            default: return false
            }
        }
        switch words.count {
        case 1: return condemnedPronouns.contains(words[0])
        case 2: return condemnedDeterminers.contains(words[0]) && condemnedThings.contains(words[1])
        default: return false
        }
    }

    /// Whether a sentence owns the fault: the fault named anywhere in it (`faultOwned`, as
    /// `has` says), or the act condemned opening it (`actCondemned` at one of the token
    /// places `starts` gives, after its subject) where no belief, feeling or condition makes
    /// the judgement somebody else's. One definition for the recogniser and the non-apology
    /// rule, so the praise and the finding cannot disagree.
    static func ownsFault(has: (Lexicon) -> Bool, starts: (Lexicon) -> [Int], sentenceStart: Int, tokens: [Token]) -> Bool {
        if has(faultOwned) { return true }
        guard starts(actCondemned).contains(where: { opensWithItsSubject($0, sentenceStart: sentenceStart, tokens: tokens) }) else {
            return false
        }
        return !has(believing) && !has(feeling) && !has(apologyCondition)
    }

    /// Believing: what the addressee of a hedged apology did ("to those who thought",
    /// «لكل من ظن», «لمن خال», "who found the campaign offensive"). Not "believed in" ("to
    /// everyone who believed in us"); "found" only with the offence after it ("everyone
    /// who found their flight cancelled" met the fault).
    public static let believing = Lexicon("move.believing", [
        "thought", "think", "believed", "believe", "perceived", "interpreted", "understood", "read it as", "saw it as",
        "took it", "took offence", "took offense", "found", "took", "=وجد", "=وجدوا", "=رأى", "=رأوا", "=يرى", "=يرون",
        "ظن", "خال", "اعتقد", "فهم", "اعتبر", "تخيل", "توهم", "تصور", "يظن", "يعتقد",
        "ظنوا", "اعتقدوا", "فهموا", "اعتبروا", "تصوروا", "يظنون", "يعتقدون",
    ])
    /// The act judged offensive, what a hedging belief believes ("…who thought it was
    /// insensitive", «…أن تعليقي قد أساء»): not the reader's own feelings ("…thought the
    /// launch was today and felt let down" was misled, not offended).
    public static let offensive = Lexicon("move.offensive", [
        "offensive", "insensitive", "hurtful", "inappropriate", "disrespectful", "insulting", "offend", "offended", "mocked",
        "insulted", "offence", "offense",
        "mocking", "racist", "sexist", "aimed at", "in poor taste", "poor taste", "in bad taste", "bad taste", "tasteless",
        "distasteful", "tone-deaf", "tone deaf", "went too far", "gone too far", "crossed a line", "crossed the line",
        "مسيء", "مسيئة", "مسيئا", "مسيئاً", "أساء", "أساءت", "يسيء", "تسيء", "إساءة", "الإساءة", "غير لائق", "غير لائقة",
        "جارح", "جارحة", "يقصده", "تقصده", "يقصدهم", "موجه", "موجهة", "تجاوز الحدود", "تجاوزت الحدود", "غير موفق", "غير موفقة",
        "في غير محله", "في غير محلها",
        // Divisive or racist, as the reader judged the remarks: "…who thought they were divisive".
        "divisive", "hateful", "discriminatory", "=مثيرة للانقسام", "=مثير للانقسام", "=عنصرية", "=عنصري", "=مستفزة", "=مستفز",
    ])
    /// Feeling, which hedges only with the offence right after it: «لكل من شعر بالاستياء»,
    /// "to anyone who felt offended"; «لكل من شعر بتأخر الخدمة» felt the delay itself.
    public static let feeling = Lexicon("move.feeling", [
        "felt", "feel", "feels", "شعر", "يشعر", "أحس", "احس", "شعروا", "أحسوا", "احسوا",
    ])
    /// A condition that can make an apology hang on the reader: "if", «إذا». Arabic
    /// «إن» only with the verb after it, since alone it is also the emphatic «إنّ»
    /// («إن الشركة تعتذر»).
    public static let apologyCondition = Lexicon("move.apology-condition", [
        "if", "in case", "إذا", "اذا", "لو", "في حال", "إن كان", "إن كانت", "إن بدا", "إن بدت", "إن شعر", "إن أساء",
        "إن أساءت", "إن تسبب", "إن تسببت", "إن فهم", "إن فهمت", "إن وجد",
    ])
    /// How the audience took it rather than what was done: offence, upset, a reading.
    /// After a condition in an apology's sentence ("if our advert came across as
    /// insensitive, we apologise", «نعتذر إذا بدا المنشور مسيئاً») it makes the apology
    /// hang on the reader's feelings (see `MoveRecognizer.conditionalApology`).
    public static let offenceTaken = Lexicon("move.offence-taken", [
        "offend", "offended", "offence", "offense", "offensive", "insensitive", "hurtful", "hurt", "upset", "insulted",
        "inappropriate", "disrespectful", "seemed", "appeared", "came across", "come across", "taken the wrong way",
        // Read otherwise than meant: «إن فُهمت تغريدتنا على غير ما قصدنا», "if it was read other than as we meant it".
        "other than as we meant", "not as we intended", "=على غير ما قصدنا", "=بغير ما قصدنا", "=على غير المقصود", "=بشكل خاطئ",
        "=بطريقة خاطئة", "=على نحو خاطئ",
        "misunderstood", "misread", "misinterpreted", "the wrong way", "saw it as", "saw this as", "saw my", "saw our",
        "أساء", "أساءت", "الإساءة", "إساءة", "بالإساءة", "مسيء", "مسيئة", "مسيئا", "مسيئاً", "أزعج", "أزعجت", "بالانزعاج",
        "جرح", "جرحت", "مشاعر", "استياء", "استاء", "بدا", "بدت", "=فهم", "=فهمه", "=فهمت", "=فهمتم", "أسيء",
        "يساء", "غير لائق", "غير لائقة", "ضايق", "أغضب", "disappoint", "disappointed", "let down", "let you down", "خذل", "خيب",
        "felt", "inconvenienced", "annoyed", "bothered", "uncomfortable", "انزعج", "انزعجت", "انزعجوا", "تضايق", "زعل",
        "=بعدم الارتياح",
    ])
    /// First-person ownership of a fault.
    /// Owning the fault (every term of `faultOwned`) or the act that caused it: "should have",
    /// "let you down", "we oversold", «تأخرنا», «لم نخبركم».
    public static let ownership = Lexicon("move.ownership", faultOwned.terms + [
        "we should have", "i should have", "we should've", "i should've", "let you down", "on management", "is on us", "we oversold", "i wrote", "we made a mistake",
        "we made an error", "we made mistakes", "i made a mistake", "i made an error", "breaks our",
        "تأخرنا", "قصرنا", "لم نخبركم", "تأخرنا في",
    ])
    public static let credit = Lexicon("move.credit", [
        "thank", "thanks", "grateful", "gratitude", "credit to", "congratulations", "congrats", "proud of", "well done",
        "appreciate",
        "شكرا", "شكراً", "نشكر", "أشكر", "اشكر", "الشكر", "نقدر", "أقدر", "اقدر", "كل التقدير", "تقديرنا", "مع التقدير", "ممتن", "ممتنون", "فخور",
        "فخورون", "نفخر", "أفخر", "أحيي", "نحيي",
    ])
    /// Acknowledging the question, the critic or the hurt.
    public static let answer = Lexicon("move.answer", [
        "you're right", "you are right", "fair question", "fair point", "good question", "legitimate question",
        "thank you for asking", "thanks for asking", "right to raise", "i understand", "we understand", "i hear", "we hear",
        "we have heard", "we heard", "we listened", "i listened", "we are aware", "i am aware", "to clarify", "to be clear",
        "take this seriously", "take it seriously", "thoughts are with", "our hearts are with", "sympathy", "i see why",
        "yes", "understand the disappointment", "your question", "what we know",
        "أتفهم", "نتفهم", "سؤالك", "سؤال مشروع", "معك حق", "محق", "للتوضيح", "نعم", "ندرك", "أدرك", "نأخذ", "بجدية",
        "قلوبنا مع", "نتعاطف", "أتعاطف", "ما نعرفه",
    ])
    public static let reassure = Lexicon("move.reassure", [
        "safe", "stable", "not affected", "unaffected", "no other", "accounted for", "protected", "does not change",
        "do not change", "will not change", "won't change", "unchanged", "not stored", "stays at", "remains at", "not on",
        "outside the", "no illnesses", "no illness", "not under", "are working", "is working", "no one", "protects",
        "آمن", "آمنه", "آمنة", "مستقر", "مستقره", "مستقرة", "لم تسجل", "لم يسجل", "لم تُسجل", "لا يشمل", "لا تشمل", "يحتفظون",
        "يحتفظ", "دون تغيير", "لن تتغير", "لا تتغير", "لا علاقة", "محمي", "محميه", "خارج", "تعمل بشكل طبيعي", "صالحه", "صالحة", "مطابقه", "مطابقة", "سليمه", "سليمة",
        // Who is not affected, as "not affected" says it in English.
        "لا يتأثر", "لا تتأثر", "لا يتأثرون", "لن يتأثر", "لن تتأثر", "لن يتأثروا", "لم يتأثر", "لم تتأثر", "لم يتأثروا", "غير متأثر",
        "غير متأثرة", "لا يطالهم", "لن يطالهم",
        // Effort under way, as "are working" says it: «نعمل على», «تعمل فرقنا على» (see `MoveRecognizer.isEffort`).
        "نعمل على", "يعمل على", "تعمل على", "يعملون على",
    ])
    /// Words that route a reader to a channel.
    public static let route = Lexicon("move.route", [
        "contact", "call", "write to", "email", "e-mail", "dm", "message", "reach", "ask", "questions", "question",
        "visit", "go to", "details", "helpline", "hotline", "press", "media", "enquiries", "inquiries", "report", "send",
        "check", "can help", "find",
        "تواصل", "تواصلوا", "للتواصل", "للاستفسار", "استفسار", "اتصل", "اتصلوا", "راسل", "راسلونا", "للإبلاغ", "للابلاغ",
        "للمتابعه", "للمتابعة", "راجعوا", "اطلبوا", "التفاصيل", "الخط", "الرقم", "عبر",
    ])
    public static let invite = Lexicon("move.invite", [
        "happy to", "glad to", "delighted to", "i'd be delighted", "welcome your", "we welcome", "i welcome", "let's talk",
        "join us", "join the", "my door is open", "look forward to", "i invite", "we invite", "feel free", "get in touch",
        "ask me", "dm me", "message me", "write to me", "i'd be happy", "glad to meet", "i am glad", "walk you through",
        "أرحب", "ارحب", "نرحب", "يسعدني", "يسرني", "ندعو", "أدعو", "بابي مفتوح", "يسعدنا", "نقاش مفتوح", "حوار", "انضموا",
        "أقبل الدعوة", "اقبل الدعوه", "تواصل معي", "is welcome", "are welcome", "will meet", "to meet", "meet you",
        "we accept", "i accept", "cooperate", "نقبل", "نتعاون", "سنتعاون",
    ])
    public static let decline = Lexicon("move.decline", [
        "do not comment", "don't comment", "no comment", "cannot comment", "can't comment", "not comment", "can't give",
        "cannot give", "not able to", "unable to", "won't speculate", "will not speculate", "not in a position",
        "cannot discuss", "can't discuss", "can't share", "cannot share", "can't say", "cannot say", "will not comment",
        "won't comment", "not to comment", "never comment", "does not comment", "doesn't comment",
        // Declining to advise: "I can't advise anyone; please talk to a licensed adviser".
        "can't advise", "cannot advise", "won't advise", "don't give advice", "do not give advice", "don't give recommendations",
        "لا أقدم نصائح", "لا نقدم نصائح", "ما أقدر أنصح", "ما بعطي توصيات", "ما أعطي توصيات", "لا أعطي توصيات",
        "عدم التعليق", "ما نعلق", "ما راح نعلق", "مش هنعلق",
        "لا نعلق", "لا أعلق", "لا اعلق", "لا تعليق", "لا يمكننا", "لا يمكنني", "لا أستطيع", "لا نستطيع", "لن أخوض", "لن نخوض",
        "لن أناقش", "لن نعلق", "نمتنع", "ولن أخوض", "ولن نخوض", "ولا نعلق", "ولا يمكننا", "ولن أناقش", "ولن نعلق", "ولا تعليق",
        // Leaving a judgement to the court or the inquiry, the object said by its pronoun too:
        // «ولن نستبقه», "we won't pre-empt it".
        "won't pre-empt", "will not pre-empt", "won't prejudge", "will not prejudge", "لن نستبق", "ولن نستبق", "=لن نستبقه",
        "=ولن نستبقه", "=لن نستبقها", "=ولن نستبقها", "=لا نستبق", "=ولا نستبق",
        // The verdict left to the court in so many words: «الحكم في القضية للمحكمة وحدها»,
        // "innocent until proven guilty", "a matter for the courts".
        "for the court alone", "for the courts alone", "a matter for the court", "a matter for the courts", "for the court to decide",
        "innocent until proven guilty", "=للمحكمة وحدها", "=للقضاء وحده", "=الكلمة للقضاء", "=متروك للقضاء", "=نترك الحكم للقضاء",
        "=نترك الحكم للمحكمة", "=بريء حتى تثبت إدانته", "=بريء حتى تثبت ادانته",
    ])
    /// Why something cannot be said, or when it will be.
    public static let declineReason = Lexicon("move.decline-reason", [
        "because", "as", "since", "while", "so", "under", "policy", "rules", "obligations", "quiet period", "before the court",
        "until", "before", "after", "once", "first", "court", "licensed", "law", "regulation",
        "لأن", "لان", "احتراما", "احتراماً", "التزاما", "التزاماً", "وفق", "لكون", "كون", "أمام", "امام", "سياسة", "سياسه",
        "فترة", "فتره", "حتى", "قبل", "بعد", "عند", "أولا", "أولاً", "اولا", "المحكمة", "المحكمه",
        // The Arabic of "licensed", "law" and "disclosure": «مستشار مرخّص», «وفق النظام».
        "=مرخص", "=المرخص", "=النظام", "=الأنظمة", "=القانون", "=الإفصاح",
        // The judiciary named as the one who decides: «يقررها القضاء وحده», "the courts".
        "courts", "the judiciary", "=القضاء", "=للقضاء", "=المحاكم", "=النيابة", "=الادعاء العام",
    ])
    /// Commitment verbs that need no future marker ("we commit to", "نلتزم بـ").
    public static let pledge = Lexicon("move.pledge", [
        "=commit to", "=pledge to", "=promise to", "are going to", "am going to", "=plan to", "=intend to", "from this week",
        "from today", "from tomorrow", "starting today", "our plan", "the plan", "next step", "next steps", "under review",
        "خطتنا", "الخطوة التالية", "قيد المراجعة",
        // The next update given its time commits as "we will update you at 1 pm" does
        // (CDC CERC's first message: when the next update comes).
        "next update", "the next update", "further update", "التحديث التالي", "التحديث القادم", "=تحديث قادم",
        "نلتزم", "ألتزم", "نتعهد", "أتعهد", "سنقوم", "سوف", "نعتزم",
    ])
    /// Deadlines and start dates: a time that binds an action ("by 11 March", "from 8 March").
    public static let deadline = Lexicon("move.deadline", [
        "by", "before", "within", "until", "from", "starting", "no later than",
        "بحلول", "قبل", "خلال", "حتى", "اعتبارا من", "اعتباراً من", "ابتداء من", "ابتداءً من", "في موعد أقصاه",
    ])
    /// "From" in Arabic, a deadline only right before its date («ومن ١ نوفمبر تتجنب
    /// حافلاتنا الدوار», as "From 8 March our gates open"): «من» alone is the commonest
    /// preposition there is.
    public static let fromDate = Lexicon("move.from-date", ["=من", "=ومن", "=فمن"])

    /// An action the organisation states in the present with its date, as a timetable does:
    /// "we publish the full report on 19 October", «ننشر التقرير الكامل في ١٩ أكتوبر». The
    /// date binds it as "will" does; with no date ahead of it, it is a habit, not a step.
    public static let scheduledAction = Lexicon("move.scheduled-action", [
        // Exact: word forms would read "we published" as "we publish".
        "=we publish", "=we announce", "=we release", "=we launch", "=we open", "=we reopen", "=we start", "=we begin", "=we resume",
        "=we hold", "=we host", "=we send", "=we pay", "=we refund", "=we deliver", "=we restore", "=we present", "=we update you",
    ] + ["ننشر", "نعلن", "نصدر", "نطلق", "نفتح", "نبدأ", "نستأنف", "نعقد", "نستضيف", "نرسل", "نصرف", "نعوض", "نسلم", "نوافيكم",
         "نطلعكم", "نعيد فتح", "نعيد تشغيل"].flatMap { verb in ["", "و", "ف"].map { "=\($0)\(verb)" } })

    /// Time expressions beyond dates: what makes a commitment checkable.
    public static let time = Lexicon("move.time", [
        "by", "within", "before", "until", "from", "this week", "next week", "this month", "tonight", "today", "tomorrow",
        "hours", "days", "weeks", "am", "pm", "noon", "midnight", "this morning", "this afternoon", "this evening",
        "بحلول", "خلال", "قبل", "حتى", "اعتبارا من", "اعتباراً من", "ابتداء من", "غدا", "غداً", "اليوم", "الساعة", "الساعه",
        "مساء", "صباحا", "صباحاً", "الأسبوع", "الاسبوع", "أيام", "ايام", "ساعة",
    ])
    /// Claims with nothing checkable in them (write-good's weasel words, corporate filler).
    public static let filler = Lexicon("move.filler", [
        "remain committed", "remain focused", "remain confident", "remain dedicated", "committed to excellence", "world-class",
        "world class", "growth journey", "our journey", "transformation journey", "journey ahead", "road ahead",
        "long-term value", "sustainable value", "sustainable long-term", "creating value", "create value", "value for all",
        "all our stakeholders", "at the heart of", "in our dna", "best is yet to come", "exciting times", "exciting things",
        "brighter future", "continuous improvement", "customer-first", "second to none", "highest standards", "going forward",
        "synergies", "best-in-class", "cutting-edge", "greatest asset", "greatest strength", "passion and dedication",
        "excellence", "strong future", "clear strategy", "strong track record", "in due course", "stay tuned",
        "more to come", "moving parts", "we are confident", "confident in",
        // The twins of «نعمل على» with nothing after it: work promised, nothing said of it.
        "=working on it", "=working on this", "=will work on it", "=will work on this", "=we'll work on it",
        // «نعمل على» with a named task is effort under way (`reassure`), as "are working on" is.
        "=نعمل على ذلك", "=نعمل على الأمر", "=نعمل عليه", "=نعمل عليها", "=ونعمل عليه", "=ونعمل عليها",
        "=سنعمل عليه", "=سنعمل عليها", "=وسنعمل عليه", "=وسنعمل عليها", "=سنعمل على ذلك", "=وسنعمل على ذلك",
        "نسعى الى", "نسعى إلى", "نسعى دائما", "رحلة النمو", "رحلة التحول", "رحلة التميز", "الريادة", "التميز",
        "عالمية المستوى", "عالمي المستوى", "رؤيتنا الطموحة", "رؤية طموحة", "في صميم", "قيمة مضافة", "قيمة مستدامة", "القيمة المستدامة", "تعزيز الثقة", "الارتقاء",
        "نحرص دائما", "أعلى المعايير", "اعلي المعايير", "مستقبل أفضل", "نمضي", "مسيرتها", "تحت السيطرة", "في الوقت المناسب",
        "مسارها الطبيعي", "مجراه الطبيعي",
    ])

    public static let all: [Lexicon] = [cause, source, resultsSource, forecast, apology, apologyHedge, apologyCondition, offenceTaken, apologyAddressee, apologyAddresseeBare, tookOffence, upset, expression, wrongly, faultOwned, actCondemned, believing,
                                        feeling, offensive, ownership, credit, answer, reassure, route,
                                        invite, decline, declineReason, pledge, deadline, fromDate, scheduledAction, time, filler]
}
