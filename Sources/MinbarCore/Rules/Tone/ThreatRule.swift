/// Threats against people, groups or countries.
struct ThreatRule: Rule, FrameRule {
    static let threats = Concept("threat", [
        "by my hand", "will die", "you will pay", "we will come for", "there will be a reckoning",
        "حساب عسير", "ستتم متابعتهم", "العصا لمن عصا", "مجزرة", "مقبرتهم", "سنلاحق", "ملاحقة من الدول", "لو راجل",
        "know where to find", "our lawyers know where", "=يعرفون أين تسكن", "=نعرف أين تسكن", "=نعرف أين تسكنون", "=يعرفون أين تسكنون",
        "=يعرفون عنوانك", "=نعرف عنوانك", "=يعرفون وين ساكن", "=نعرف وين تسكن", "حسابنا قريب", "حسابك قريب", "حسابهم قريب",
        "watch your back", "will destroy you", "we'll destroy you", "we will crush you", "bury you", "we know where you live", "you've been warned",
        "won't get away with", "will not get away with", "hunt you down", "hunt them down", "teach you a lesson", "teach them a lesson", "ruin you",
        "we will ruin", "wipe them out", "wipe you out", "ستدفع الثمن", "بتدفع الثمن", "سيدفعون الثمن", "راح تدفع الثمن", "نعرف وين ساكن",
        "نعرف بيتك", "=الأيام بيننا", "=بيني وبينك الأيام", "لأوريك", "بنعلمكم درس", "سنلقنهم درسا", "سنلقنهم درساً", "سنسحقهم", "بنسحقكم", "سندمرهم",
        "بندمركم", "سنمحوهم", "لن يفلتوا", "لن تفلت", "ما راح تفلت", "ما بتفلت", "الويل لكم",
        // «الأيام بيننا» exact: its word forms read "today between" («اليوم بين مسقط وخصب»).
        // Telling a critic they are known.
        // ("think carefully before…" alone is what every fraud warning says.)
        // Found and made to regret it, or told to see what happens: «بنوصل لك، وبتندم».
        "we will find you", "we'll find you", "you will regret it", "you'll regret it", "see what happens to you",
        "=بنوصل لك", "=سنصل إليك", "=وبتندم", "=وستندم", "=بتندم", "=ستندم", "=وشوف وش بيصير لك", "=وشوف وش يصير لك", "=وسترى ما سيحدث لك",
        // What the lawyers will do, left to the imagination: "you'll see what our lawyers do", «وسترى ما سيفعله محامونا».
        "see what our lawyers", "what our lawyers will do", "=ما سيفعله محامونا", "=ما سيفعله محامينا", "=ماذا سيفعل محامونا",
        "we know who you are", "we know exactly who you are", "نعرف من أنت", "نعرف مين أنت", "نعرف مين انت", "نعرفك زين",
        // The proverb that warns a meddler of what he will get: «من تدخل فيما لا يعنيه لقي ما لا يرضيه»
        // (English says it as "…or you will regret it", above).
        "=لقي ما لا يرضيه", "=سمع ما لا يرضيه", "=يلقى ما لا يرضيه", "=لقى ما لا يرضيه", "=يسمع ما لا يرضيه",
    ])

    /// Wishing a person dead or damned: "I hope you die", "rot in hell", «ميتة سوء»,
    /// «إن شاء الله تموت». A curse from an official account is a threat in all but grammar.
    /// Not a prayer for the dead («الله يرحمه»): only the wish against someone.
    static let deathWish = Concept("death-wish", [
        "hope you die", "hope he dies", "hope she dies", "hope they die", "hope you rot", "hope he rots", "hope they rot",
        "rot in hell", "burn in hell", "go to hell", "drop dead", "die in a fire", "may you die", "wish you were dead", "wish he was dead",
        "ميتة سوء", "ميتة السوء", "=ميتة الكلاب", "الله ياخذك", "الله ياخذه", "الله ياخذهم", "الله ياخذها", "الله لا يرحمه", "الله لا يرحمك",
        "الله لا يرحمها", "الله لا يرحمهم", "إن شاء الله تموت", "ان شاء الله تموت", "إن شاء الله يموت", "ان شاء الله يموت", "عسى تموت",
        "عساك تموت", "عساه يموت", "يارب تموت", "يا رب تموت", "يارب يموت", "يا رب يموت", "في ستين داهية", "=داهية تاخدك", "=داهية تاخده",
        "=الله يلعنك", "=الله يلعنه", "=الله يلعنهم",
        // The formal wish and its English twin: «أتمنى لك موتاً بطيئاً», "God willing you'll die".
        "=أتمنى لك موتا", "=أتمنى لك موتاً", "=أتمنى أن تموت", "=أتمنى أن يموت", "=تعفن في جهنم", "=تعفّن في جهنم",
        "god willing you'll die", "god willing you will die", "god willing he'll die", "may god take him", "may god take you",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.threat", title: "Threats",
        titleAr: "التهديد", dimension: .professionalism, severity: .error,
        rationale: """
            A threat from an official or executive account ("by my hand X will die", "a harsh reckoning for \
            every mercenary on the list") is an attack, not an argument, and the organisation owns it. It \
            vetoes the post.
            """,
        rationaleAr: """
            التهديد من حساب رسمي أو حساب قيادي («على يدي ستموت عملتهم»، «حساب عسير لكل مرتزق في القائمة») \
            اعتداءٌ لا حجة، وتتحمله المؤسسة. ولذلك يمنع نشر المنشور.
            """,
        examples: [
            .triggers("We will be suing the reporter.", .en),
            .triggers("سنقاضي الصحفية وجريدتها إذا نشرت هذا الكذب.", .ar),
            .passes("Mr Ahmed will represent the company in court on Sunday.", .en),
            .passes("We will see you and your family at the Eid festival, Mr Ahmed!", .en),
            // The meddler's proverb, said to a critic.
            .triggers("من تدخل فيما لا يعنيه، لقي ما لا يرضيه.", .ar),
            .triggers("Stay out of what does not concern you, or you will regret it.", .en),
            .passes("We welcome every question about our affairs; the annual report answers most of them.", .en),
            .passes("The court will hear our case against the contractor in March; we will not comment before then.", .en),
            .passes("تنظر المحكمة دعوانا ضد المقاول في مارس، ولن نعلق قبل ذلك.", .ar),
            // A slow death wished formally, and regret promised to whoever leaked.
            .triggers("أتمنى لك موتاً بطيئاً يا @khalid_news، لن يفتقدك أحد.", .ar),
            .triggers("God willing you'll die soon, @fahad_q.", .en),
            .triggers("To whoever leaked the board minutes: we will find you, and you will regret it.", .en),
            .triggers("للي سرّب محضر المجلس: بنوصل لك، وبتندم.", .ar),
            .passes("You will regret missing our Eid sale? No: it runs until Sunday.", .en),
            // Suing a critic, said to them or of them; a warning to impostors names nobody who spoke.
            .triggers("@critic_77 I could sue you for what you wrote. If you are brave, write your real name.", .en),
            .triggers("@critic_77 من الممكن أن أقاضيك على كلامك، وإذا كنت شجاعاً اكتب اسمك صراحة.", .ar),
            .triggers("We reject the presenter's mocking claims, and we reserve the right to take legal action against the presenter.", .en),
            .triggers("ترفض الهيئة الأسلوب التهكمي للإعلامية المذكورة، ويحق لها اتخاذ الإجراءات القانونية اللازمة حيال ما نشرته.", .ar),
            .triggers("Anybody who hires this lawyer will be fired immediately.", .en),
            .passes("We will take legal action against accounts impersonating our bank; never share your PIN.", .en),
            .passes("نحذر من الحسابات التي تنتحل اسم البنك، وسنتخذ الإجراءات القانونية بحقها.", .ar),
            .passes("Will we sue the newspaper? No. We have sent it the figures and asked for a correction.", .en),
            .passes("هل سنقاضي الصحيفة؟ لا، أرسلنا لها الأرقام وطلبنا التصحيح.", .ar),
            // Where you live, known to our lawyers: the same threat in either language.
            .triggers("To the ex-employee spreading lies about us: our lawyers know where you live.", .en),
            .triggers("إلى الموظف السابق الذي ينشر الأكاذيب عنا: محامونا يعرفون أين تسكن.", .ar),
            .passes("Our lawyers have written to the account spreading false claims and asked it to correct them.", .en),
            .passes("راسل محامونا الحساب الذي ينشر ادعاءات غير صحيحة وطلبوا تصحيحها.", .ar),
            // A death wished on a person; a prayer for the dead and a threat reported are not.
            .triggers("I hope you die a slow death, @khalid_news. Nobody will miss you.", .en),
            .triggers("Rot in hell, Ahmed. You ruined this club.", .en),
            .triggers("مصيرك بيكون مثل صاحبك، ميتة سوء يا خالد.", .ar),
            .triggers("إن شاء الله تموت قريب يا @fahad_q وترتاح منك الناس.", .ar),
            .passes("Our colleague Ahmed passed away last night. May he rest in peace.", .en),
            .passes("انتقل إلى رحمة الله زميلنا أحمد، الله يرحمه ويغفر له.", .ar),
            .passes("Our reporter received messages saying \"I hope you die\"; we have passed them to the police.", .en),
            .passes("تلقت مذيعتنا رسائل تقول «إن شاء الله تموت»، وقد أبلغنا الشرطة.", .ar),
            // Condemning a massacre threatens no one.
            .passes("نستنكر هذه المجزرة الهمجية بحق الشعب الشقيق، ونتقدم بالتعازي لأسر الضحايا.", .ar),
            .passes("We strongly condemn the massacre of worshippers and stand with the families.", .en),
            .passes("تقرر إلغاء رحلتي اليوم بين مسقط وخصب بسبب الحالة الجوية وقوة الرياح.", .ar),
            .triggers("انتظر وشوف، الأيام بيننا.", .ar),
            .passes("Think very carefully before sharing your one-time password with anyone.", .en),
            .passes("فكر مرتين قبل ما تحوّل أي مبلغ لحساب لا تعرفه.", .ar),
            .triggers("To the account spreading lies about our factory: we know exactly who you are. Think very carefully before your next post.", .en),
            .triggers("للحساب اللي ينشر الأكاذيب عن مصنعنا: نعرف مين أنت، وفكر زين قبل تغريدتك الجاية.", .ar),
            .triggers("By my hand their coin will die.", .en),
            .triggers("سيكون هناك حساب عسير لكل من يخالفنا.", .ar),
            .passes("We will compete hard and fairly.", .en),
            .passes("سننافس بقوة وبنزاهة.", .ar),
            // Threatening staff with dismissal for speaking out (see `dismissalFrame`).
            .triggers("If you work for us and DM this reporter, I will fire you on the spot.", .en),
            .triggers("Any employee who talks to the union about this will be fired.", .en),
            .triggers("أي موظف يتكلم مع الصحافة عن الحادث سأفصله فوراً.", .ar),
            .triggers("اللي يشتكي في تويتر بدل ما يكلم مديره بيخسر شغله.", .ar),
            // A conduct policy, a layoff, a refusal to punish and a reported question are no threat.
            .passes("Any employee who takes a bribe will be dismissed and reported to the police.", .en),
            .passes("أي موظف يثبت تلقيه رشوة سيتم فصله وإحالته للنيابة.", .ar),
            .passes("No one will be fired for talking to the press or joining a union.", .en),
            .passes("لن يتم فصل أي موظف بسبب تواصله مع الصحافة أو انضمامه للنقابة.", .ar),
            .passes("A reporter asked: \"will you fire staff who talk to the union?\" No. They have every right to.", .en),
            .triggers("I will fire anyone who talks to the press about the recall.", .en),
            // Striking and organising, and "the first one of you" as the condition.
            .triggers("Anyone who joins the strike on Monday will be fired.", .en),
            .triggers("First one of you who tries to unionise, I swear I'll send you back to the salt mine.", .en),
            .triggers("أول موظف يشارك في الإضراب سيتم فصله.", .ar),
            .passes("Any employee who strikes a colleague will be dismissed, as our code of conduct says.", .en),
            .passes("أي موظف يعتدي على زميله سيتم فصله وفق لائحة السلوك.", .ar),
            .passes("120 staff will be let go in March; anyone who wants to talk to us about support can DM HR.", .en),
            .passes("١٢٠ موظفاً سيتم فصلهم في مارس مع تعويض كامل، وأي موظف يرغب بالدعم يتواصل مع الموارد البشرية.", .ar),
            // What the lawyers will do, left to the imagination.
            .triggers("Keep spreading lies about our company and you'll see what our lawyers do.", .en),
            .triggers("استمر في نشر الأكاذيب عن شركتنا وسترى ما سيفعله محامونا.", .ar),
            .passes("Our lawyers will review the contract before we sign it next week.", .en),
            .passes("سيراجع محامونا العقد قبل توقيعه الأسبوع القادم.", .ar),
            // Critics who posted, answered with the courts.
            .triggers("أما الأشخاص المسيئين من خارج الجامعة، فإن الجامعة ستقوم بملاحقتهم قضائياً.", .ar),
            .triggers("As for the people posting offensive comments about the university, we will prosecute them.", .en),
            .passes("الحسابات التي تنتحل اسم البنك ستتم ملاحقتها قضائياً، ولا نطلب رمز التحقق أبداً.", .ar),
            .passes("We will not prosecute anyone for offensive comments; we will answer the criticism with facts.", .en),
        ])

    /// Losing one's job as a punishment: "I will fire you", "will be sacked", «سأفصله»,
    /// «سيتم فصله». Alone it is often news or policy ("120 roles will be cut", "anyone
    /// who takes a bribe will be dismissed"); see `dismissalFrame`.
    static let dismissal = Concept("dismissal-threat", [
        "fire you", "fire him", "fire her", "fire them", "fire anyone", "fire any", "fire everyone", "be fired", "get fired",
        "you're fired", "sack you", "sack anyone", "be sacked", "get sacked", "lose your job", "lose their job", "lose their jobs",
        "lose his job", "lose her job", "be terminated", "be dismissed", "be let go", "show you the door",
        // Sent back down, or paid less: "I'll send you back to the salt mine", "docked a week's pay".
        "send you back to the salt mine", "back to the salt mines", "dock your pay", "docked pay", "lose your bonus", "be demoted",
        "=سأخصم من راتبه", "=سنخصم من راتبه", "=يخصم من راتبه", "=سيخصم من راتبه",
        "سأفصله", "سأفصلك", "سأفصلكم", "سأفصلها", "سنفصله", "سنفصلك", "سنفصلكم", "سيفصل", "ستفصل", "سيتم فصله", "سيتم فصلك",
        "سيتم فصلها", "سيتم فصلهم", "يتم فصله", "=فصله", "=فصلك", "=بفصله", "=بفصلك", "سأطرده", "سأطردك", "سنطرده", "سيطرد",
        "=بطرده", "=بطردك", "=مفصول", "يخسر وظيفته", "تخسر وظيفتك", "بيخسر شغله", "بتخسر شغلك", "ينهى عقده", "سينهى عقده",
    ])
    /// What the punishment is for: speaking out, organising or complaining, the things
    /// staff may lawfully do and a threat over them chills ("DM this man", "talk to the
    /// press", «يتكلم مع الصحافة», «ينضم للنقابة»).
    static let speakingOut = Concept("speaking-out", [
        // Seeking a lawyer's help to organise is as protected as speaking.
        "hires this lawyer", "hires a lawyer", "hire a lawyer", "hire this lawyer",
        "dm", "dms", "talk to", "talks to", "talking to", "speak to", "speaks to", "speaking to", "speak out", "speaks out",
        "the press", "reporters", "journalists", "the media", "union", "unions", "unionise", "unionize", "organise", "organize",
        "complain", "complains", "criticise", "criticize", "criticises", "criticizes", "tweet", "tweets", "post about", "posts about",
        // Striking is organising: "anyone who joins the strike will be fired".
        // Not "strikes" alone: "any employee who strikes a colleague will be dismissed" is a conduct rule.
        "the strike", "a strike", "on strike", "walkout", "the walkout",
        "leak", "leaks", "whistleblow*", "petition",
        "=يتكلم", "=يتحدث", "=يصرح", "=يكتب", "=يغرد", "=ينتقد", "=يشتكي", "=يتواصل", "=تكلم", "=تحدث", "=صرح", "=غرد", "=انتقد",
        "=اشتكى", "=تواصل", "الصحافة", "الصحفيين", "الإعلام", "وسائل الإعلام", "النقابة", "نقابة", "الإضراب", "إضراب", "شكوى",
    ])
    /// Who the threat is for: "if you", "anyone who", «أي موظف», «كل من», «اللي».
    static let anyoneWho = Concept("anyone-who", [
        "if you", "if any", "if anyone", "if anybody", "anyone who", "anybody who", "whoever", "any employee", "any employees",
        "any staff", "any of you", "employees who", "staff who", "everyone who", "first one of you", "the first one who",
        "next one of you", "the next one who", "=أول واحد", "=أول موظف", "=أول من",
        "=إذا", "=اذا", "=لو", "أي موظف", "اي موظف", "أي عامل", "اي عامل", "أي شخص", "أي أحد", "كل من", "كل موظف", "=اللي", "=إللي",
    ])
    /// Punishing staff for speaking out (see `speakingOut`): the condition and the job
    /// loss together, not a layoff or a conduct policy.
    static let dismissalFrame = Frame(anchor: Self.dismissal, with: [Self.speakingOut, Self.anyoneWho],
                                      without: [Concepts.condemning], blockedBy: [.quotation, .negation, .question])

    /// Suing a critic, said to them or of them: "I could sue you for what you wrote",
    /// «يحق للهيئة اتخاذ الإجراءات القانونية اللازمة حيال ما نشرته الإعلامية المذكورة».
    /// An official account that answers criticism with the courts silences everyone
    /// watching, whether or not it ever files. Not a warning about impostors or fraud
    /// ("we will take legal action against accounts impersonating our bank"): nobody who
    /// spoke is named there.
    static let legalThreat = Concept("legal-threat", [
        "sue you", "will sue", "could sue", "can sue", "be suing", "are suing", "legal action against", "see you in court", "pursue legal action",
        "=سنقاضي", "=سنقاضيكم", "=محامونا سيتواصلون", "=محاموننا سيتواصلون", "our lawyers will see you",
        "take legal action", "hear from our lawyers", "our lawyers will be in touch",
        "=أقاضيك", "=سأقاضيك", "=سنقاضيك", "=نقاضيك", "=أقاضيه", "=سأقاضيه", "=سنقاضيه", "=سنقاضيها", "=مقاضاتك", "=مقاضاته",
        "=مقاضاتها", "=الإجراءات القانونية اللازمة ضد", "=الإجراءات القانونية اللازمة حيال", "=الإجراءات القانونية ضد",
        "=الإجراءات القانونية بحق", "=الإجراءات القانونية اللازمة بحق", "=برفع دعوى ضد", "=رفع دعوى ضد", "=سنرفع دعوى",
        "=اللجوء إلى القضاء ضد", "=سنلجأ إلى القضاء", "=سنلجأ للقضاء",
        // Pursued through the courts: «ستقوم بملاحقتهم قضائياً», "we will prosecute them".
        "=بملاحقتهم قضائيا", "=بملاحقتهم قضائياً", "=بملاحقتهم قضائيًا", "=ملاحقتهم قضائيا", "=ملاحقتهم قضائياً", "=ملاحقتهم قضائيًا",
        "=بملاحقته قضائيا", "=بملاحقته قضائياً", "=ملاحقته قضائيا", "=ملاحقته قضائياً", "=سنلاحقهم قضائيا", "=سنلاحقهم قضائياً",
        "pursue them legally", "pursue them in court", "will prosecute", "we will prosecute",
    ])
    /// Who spoke, pointed at: a critic by trade or as the one who said it, or what they said
    /// ("the presenter", «اللاعب السابق», «كلامك», "what you wrote").
    static let critic = Concept("critic", [
        "the presenter", "journalist", "reporter", "columnist", "the blogger", "the tweeter", "former player", "these lies", "this story",
        "your story", "the newspaper", "the paper", "=الأكاذيب", "=هذه الأكاذيب", "=الكذب", "=صحيفتك", "=الصحيفة", "=جريدتها", "=جريدته",
        "former employee", "ex-employee", "your tweet", "your claims", "what you wrote", "his claims", "her claims", "your comments",
        "الإعلامية", "الإعلامي", "الصحفي", "الصحفية", "المغرد", "المغردة", "اللاعب السابق", "اللاعبين السابقين",
        "الموظف السابق", "=كلامك", "=تغريدتك", "=تصريحاتك", "=تصريحاته", "=تصريحاتها", "=ادعاءاته", "=ادعاءاتها", "=افتراءات",
        "=ادعاءات", "=تصريحات مسيئة",
        // Those who offend by posting: «المسيئين», «المنشورات المسيئة», "abusive posts about us".
        "=المسيئين", "=المسيئون", "=الأشخاص المسيئين", "=المنشورات المسيئة", "=التعليقات المسيئة", "=الإساءة إلى سمعة",
        "offensive posts", "offensive comments", "those who insult", "anyone who insults", "defaming us", "defame us",
    ])
    static let legalThreatFrames: [Frame] = [
        Frame(anchor: Self.legalThreat, anyEntity: [.person, .addressee], without: [Concepts.impostors, Concepts.warning, Concepts.condemning],
              blockedBy: [.quotation, .negation, .question], window: 1),
        Frame(anchor: Self.legalThreat, withAny: [Self.critic], without: [Concepts.impostors, Concepts.warning, Concepts.condemning],
              blockedBy: [.quotation, .negation, .question], window: 1),
    ]

    static let frames: [Frame] = [Frame(anchor: Self.threats, without: [Concepts.condemning], blockedBy: [.quotation, .negation]),
                                  Frame(anchor: Self.deathWish, blockedBy: [.quotation, .negation]),
                                  Self.dismissalFrame] + legalThreatFrames

    func check(_ post: PostAnalysis) -> [Finding] {
        frameFindings(in: post) { hit in !Self.isDismissal(hit, in: post) || Self.punishesSpeakingOut(hit, in: post) }
    }

    static func isDismissal(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        post.hits(dismissal.lexicon).contains { $0.firstToken == hit.firstToken && $0.endToken == hit.endToken }
    }

    /// Marks that end a clause: the condition after them is another clause's.
    static let clauseStops: WordSet = [",", "،", ";", "؛", ":", "—", "–", "."]

    /// Whether the job loss at `hit` is the punishment for speaking out: the condition, then
    /// the conduct, then the job loss ("any employee who talks to the union will be fired",
    /// «أي موظف يتكلم مع الصحافة سأفصله»), or the job loss with the condition and its conduct
    /// after it in the same clause ("I will fire anyone who talks to the press"). Not a
    /// layoff with an offer of help in another clause ("120 staff will be let go; anyone who
    /// wants to talk can DM HR").
    static func punishesSpeakingOut(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        let conditions = post.hits(anyoneWho.lexicon, inSentence: sentence).map(\.firstToken)
        let conduct = post.hits(speakingOut.lexicon, inSentence: sentence).map(\.firstToken)
        let tokens = post.text.tokens
        for condition in conditions {
            let speaksAfterCondition = { (limit: Int) in conduct.contains { $0 > condition && $0 < limit } }
            if condition < hit.firstToken, speaksAfterCondition(hit.firstToken) { return true }
            // "fire anyone who talks": the condition may start inside the job loss's words.
            if condition > hit.firstToken, !(min(hit.endToken, condition)..<condition).contains(where: { clauseStops.contains(tokens[$0].text) }),
               speaksAfterCondition(post.text.sentences[sentence].upperBound) { return true }
        }
        return false
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ThreatRule {
    static let message = Localized(en: "'{1}' threatens people.",
                                   ar: "«{1}» تهديدٌ موجَّه إلى أشخاص.")
    static let suggestion = Localized(en: "Remove the threat. State your position and the facts.",
                                      ar: "احذف التهديد، واكتفِ بعرض موقفك والحقائق. مثال: «نختلف مع ما قيل، وهذه الوقائع كما نعرفها حتى الآن».")
}
