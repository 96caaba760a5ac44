/// Two ways officials and executives attack without an insult, both read from the brief's
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
