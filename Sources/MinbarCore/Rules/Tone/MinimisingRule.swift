/// Playing a harm down while it is still happening: telling the public to calm down, or
/// calling the fire, the leak or the outage "just a small" one.
struct MinimisingRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "tone.minimising", title: "Playing down the harm",
        titleAr: "التهوين من الضرر", dimension: .professionalism, severity: .warning,
        rationale: """
            Coombs (2007) calls it diminishing: "just a small fire", "relax, it's only a delay". When the \
            organisation is part of the harm, the people living it hear that their trouble does not count, \
            and the next post has to win them back. State what happened in figures and let them judge its size.
            """,
        rationaleAr: """
            يسمّيه كومبز (٢٠٠٧) التهوين: «مجرد حريق بسيط»، «اهدأوا، الموضوع بسيط». وحين تكون المؤسسة طرفاً \
            في الضرر يسمع المتضررون أن ما يعانونه لا يهم، ويصير على المنشور التالي أن يستعيد ثقتهم. اذكر ما \
            حدث بالأرقام، واترك لهم الحكم على حجمه.
            """,
        examples: [
            // Nobody hurt is a fact a statement should give; "nobody died, let's move on" shrinks the harm.
            .passes("Civil Defence is investigating the fire at our Jubail warehouse. Nobody was hurt; next update here at 6 pm.", .en),
            .passes("الدفاع المدني يحقق في حريق مستودعنا بالجبيل. لم يصب أحد، والتحديث التالي هنا الساعة ٦ مساءً.", .ar),
            .triggers("بصراحة، هو مجرد تسريب بيانات بسيط، مو مشكلة كبيرة.", .ar),
            .triggers("Honestly, it is just a small data leak, not a big deal.", .en),
            .triggers("Calm down guys, the water is off for a few hours and it'll be back.", .en),
            .triggers("Guys, it was a few hours without internet. Nobody died. Let's move on.", .en),
            .triggers("يا جماعة كلها كم ساعة بدون إنترنت، محد مات. خلونا نكمل.", .ar),
            .triggers("A handful of customers got the wrong bill. It happens, it's not the end of the world.", .en),
            .triggers("عدد قليل من العملاء وصلتهم فواتير خاطئة. تحدث هذه الأمور، وليست نهاية العالم.", .ar),
            .triggers("Seats get oversold at every airline on the planet, so let's keep some perspective.", .en),
            .triggers("الخط انكسر، وهذي أمور تصير في كل مكان.", .ar),
            .passes("Power cuts happen all over the world? Not here: we cut outages by 40% this year.", .en),
            .passes("انقطاع المياه في حي الخوض ليس أمراً يحدث في كل مكان، ونعتذر عنه.", .ar),
            .triggers("Relax, people! Nobody was hurt in the warehouse fire.", .en),
            .triggers("Calm down everyone, the outage will be fixed when it is fixed.", .en),
            .triggers("Honestly the media is blowing this up. Nobody was hurt, so relax, people!", .en),
            .triggers("ما أحد تضرر، فاهدأوا يا جماعة.", .ar),
            .triggers("يا جماعة اهدأوا، انقطاع المياه ساعات وبيرجع.", .ar),
            .triggers("It was just a small fire and the media is blowing it up.", .en),
            .triggers("Honestly, it's only a minor data leak, no big deal.", .en),
            .triggers("التسرب مجرد شيء بسيط ولا يستاهل كل هذا الكلام.", .ar),
            // The size stated as a fact, a precaution explained, and a refusal to play it down.
            .passes("The fire was contained in one warehouse within 40 minutes; 2 workers are in hospital in stable condition.", .en),
            .passes("إغلاق المحطة مجرد إجراء احترازي بعد التسرب، والمياه صالحة للشرب وفق فحص اليوم.", .ar),
            .passes("This was not just a small leak: 38,000 homes lost water, and we are sorry.", .en),
            .passes("لم يكن الانقطاع مجرد خلل بسيط، فقد تضرر ٣٨ ألف منزل، ونعتذر عن ذلك.", .ar),
            .passes("Relax this weekend with 20% off every spa booking.", .en),
            .passes("اهدأ واستمتع بعطلتك مع خصم ٢٠٪ على حجوزات المنتجع.", .ar),
            .triggers("We have recalled batch 14. Honestly, there's nothing to worry about.", .en),
            .triggers("سحبنا التشغيلة ١٤ بعد رصد تلوث فيها، ولا داعي للقلق أبداً.", .ar),
        ])

    /// Telling the public to calm down or stop making much of it.
    static let calmDown = Concept("calm-down", [
        "relax", "calm down", "chill", "chill out", "stop panicking", "stop freaking out", "settle down", "take a breath",
        "=اهدأوا", "=اهدوا", "=روقوا", "=ريلاكس", "لا تهولون", "لا تهولوا", "لا تكبرون الموضوع", "لا تكبروا الموضوع", "كبرتوا الموضوع",
        "هدوا اللعب", "=هدوا",
        // Telling them there is nothing to fear, which only the facts can tell them.
        "nothing to worry about", "no need to worry", "no need to panic", "no cause for concern", "nothing to be concerned about",
        "no reason to worry", "no reason to panic", "=لا يوجد ما يدعو للقلق", "=ما يدعو للقلق", "لا داعي للقلق", "لا داعي للخوف", "لا داعي للهلع", "لا يدعو للقلق", "لا يستدعي القلق",
        "ما فيه شي يخوف", "ما في شي يخوف", "لا تخافون", "لا تخافوا", "ولا داعي للقلق", "ولا داعي للخوف", "ولا داعي للهلع", "ولا يدعو للقلق",
        "ولا يستدعي القلق", "ولا تخافون", "ولا تخافوا",
    ])
    /// Calling the harm small: "just a", "no big deal", «مجرد», «الموضوع بسيط».
    static let minimiser = Concept("minimiser", [
        "just a", "merely a", "only a small", "only a minor", "just a small", "just a minor", "just a little", "no big deal",
        "not a big deal", "nothing serious", "these things happen", "it happens", "storm in a teacup",
        "=مجرد", "الموضوع بسيط", "الأمر بسيط", "شي بسيط", "شيء بسيط", "=ما يستاهل", "=لا يستاهل", "=ما تستاهل", "مو مستاهل", "تحصل في أحسن",
        "ما صار شي", "ما صار شيء", "سالفة بسيطة", "=مو مشكلة كبيرة", "=ليست مشكلة كبيرة", "=مش مشكلة كبيرة", "=نشوف الأمور بحجمها",
        "=تحدث هذه الأمور", "=هذه الأمور تحدث",
    ])
    /// Calling the harm ordinary: "happens at every airline", «أمور تصير في كل دول العالم».
    static let normalising = Concept("normalising", [
        "at every airline", "every airline on the planet", "at every company", "every company has", "happens everywhere",
        "happens all over the world", "happen all over the world", "happen everywhere", "these things happen everywhere", "happens to everyone", "happens to every", "part and parcel",
        "comes with the territory", "=تصير في كل", "=تحصل في كل", "=تحدث في كل", "=يصير في كل", "=يحصل في كل", "=يحدث في كل",
    ])
    /// A harm the public lives through: a fire, a leak, an outage, an injury.
    static let harm = Concept("harm", [
        "fire", "blaze", "leak", "breach", "outage", "outages", "crash", "accident", "injury", "injuries", "injured", "spill",
        "explosion", "delay", "delays", "cancellation", "cancellations", "glitch", "contamination", "recall", "poisoning", "flood",
        "flooding", "collapse", "power cut", "blackout", "shortage", "hurt", "harmed", "casualties", "victims",
        "=حريق", "=الحريق", "تسرب", "اختراق", "انقطاع", "حادث", "إصابة", "إصابات", "انفجار", "تأخير", "تأخر", "=عطل", "=العطل", "=خلل", "=الخلل",
        "oversold", "overbooked", "bumped", "offloaded", "burst", "broke down", "=انكسر", "=انفجر", "=تعطل",
        "without internet", "without power", "without water", "water is off", "power is off", "=تسريب", "=تسريب بيانات", "wrong bill", "wrong bills", "=بدون إنترنت", "=بدون كهرباء", "=بدون ماء",
        "=بدون انترنت", "=فواتير خاطئة", "=فاتورة خاطئة",
        "تلوث", "تسمم", "غرق", "انهيار", "=تضرر", "=المتضررين", "=ضحايا", "=مصاب", "=مصابين", "=الانقطاع", "الماء مقطوع", "المياه مقطوعة", "الكهرباء مقطوعة",
    ])
    /// A precaution explained: «مجرد إجراء احترازي» reassures with a reason, it does not
    /// shrink the harm.
    static let precaution = Concept("precaution", [
        "precaution", "precautionary", "as a precaution", "=احترازي", "=احترازية", "=وقائي", "=وقائية", "=احتياطي", "=احتياطية",
    ])

    /// The harm measured against death or the end of the world: "nobody died", «محد مات»,
    /// «ليست نهاية العالم». The phrase carries its own "no", so a negation does not stand it aside.
    static let nothingWorse = Concept("nothing-worse", [
        "nobody died", "no one died", "not the end of the world", "=محد مات", "=ما أحد مات", "=ما مات أحد", "=ليست نهاية العالم",
        "=مو نهاية العالم", "=مش نهاية العالم",
    ])

    static let frames: [Frame] = [
        Frame(anchor: nothingWorse, with: [harm], without: [precaution], blockedBy: [.quotation, .question], window: 1),
        Frame(anchor: calmDown, with: [harm], without: [precaution], blockedBy: [.negation, .quotation, .question], window: 1),
        Frame(anchor: minimiser, with: [harm], without: [precaution], blockedBy: [.negation, .quotation, .question]),
        Frame(anchor: normalising, with: [harm], without: [precaution], blockedBy: [.negation, .quotation, .question], window: 1),
    ]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension MinimisingRule {
    static let message = Localized(en: "'{1}' plays the harm down while people are living it.",
                                   ar: "«{1}» يهوّن من ضرر ما زال الناس يعيشونه.")
    static let suggestion = Localized(en: "State what happened in figures, what you are doing and when the next update comes; let readers judge its size.",
                                      ar: "اذكر ما حدث بالأرقام، وما تفعلونه، وموعد التحديث القادم، واترك للقراء الحكم على حجمه. مثال: «انقطعت الخدمة عن ١٢ ألف مشترك، وفرقنا في الموقع الآن، والتحديث القادم الساعة ٢ ظهراً».")
}
