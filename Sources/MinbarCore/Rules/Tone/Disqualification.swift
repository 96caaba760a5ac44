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
    /// What someone is declared unfit for: an office, an honour, a role and its symbols.
    static let office = Concept("office", [
        "honour", "honor", "the armband", "the shirt", "the jersey", "the badge", "position", "his post", "her post", "this post",
        "his job", "her job", "this job", "office", "the chair", "his seat", "her seat", "to lead", "to represent", "to referee",
        "to officiate", "to manage", "to run", "to wear", "to hold", "to sit", "to coach", "to captain", "to chair", "to head",
        "=شرف", "=الشرف", "=منصب", "=المنصب", "=منصبه", "=منصبها", "=قيادة", "=تمثيل", "=الكرسي", "=كرسي", "=القميص", "=الشعار",
        "=الشارة", "=رئاسة", "=التحكيم", "=تحكيم", "=مكانه", "=موقعه", "=المسؤولية", "=إدارة", "=ادارة", "=ارتداء", "=يمثل", "=يقود",
        "=يدير", "=يرأس",
    ])
    /// Who is declared unfit: a person by role or by pronoun.
    static let officeHolder = Concept("office-holder", [
        "referee", "minister", "president", "chairman", "chairwoman", "ceo", "coach", "manager", "official", "director",
        "spokesman", "spokesperson", "journalist", "reporter", "presenter", "captain", "player", "governor", "mayor",
        "=he", "=she", "=they", "=him", "=her",
        "=الحكم", "=الوزير", "=رئيس", "=الرئيس", "=المدرب", "=المسؤول", "=المدير", "=اللاعب", "=الكابتن", "=القائد", "=الناطق",
        "=المتحدث", "=الصحفي", "=المذيع", "=الإعلامي", "=المحافظ", "=هو", "=هي", "=هم", "=أمثاله", "=أمثالهم", "=مثله",
    ])
    /// What turns "does not deserve" into sympathy, praise or modesty: the abuse someone
    /// does not deserve, "no one deserves it more", "we do not deserve this honour".
    static let notAVerdict = Concept("not-a-verdict", [
        "abuse", "criticism", "attacks", "treatment", "to lose", "losing", "more than", "thank", "thanks", "grateful",
        "i do not", "i don't", "we do not", "we don't", "i am not", "we are not", "i'm not", "we're not",
        "=الإساءة", "=الإساءات", "=الهجوم", "=التجريح", "=الانتقاد", "=الانتقادات", "=المعاملة", "=يخسر", "=خسارة", "=يفقد", "أكثر من",
        "=أحق", "=شكرا", "=شكراً", "=نشكر", "=أشكر", "=لا أستحق", "=لا نستحق", "=لست", "=لسنا", "=أنا", "=نحن",
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
        Frame(anchor: office, with: [unworthy, officeHolder], without: [notAVerdict], blockedBy: [.question, .quotation],
              quoting: unworthy),
        Frame(anchor: hiddenHands, without: [Concepts.denial, reportedClaim, notAVerdict, Concepts.rejecting] + Concepts.notACharge,
              blockedBy: [.negation, .question, .quotation]),
    ]
}
