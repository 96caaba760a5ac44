/// Dismissive, sarcastic or threatening language ("get a life", "not our problem",
/// "we know who you are", "محد ماسكك") and mocking emoji (🤡 🙄 🤣).
struct ContemptRule: Rule {
    static let phrases = Lexicon("tone.contempt", [
        "get a life", "sit down", "nobody is forcing you", "no one is forcing you", "not our problem", "not my problem", "deal with it",
        "dead weight", "we know who you are", "hope it was worth it", "keep your opinions to yourselves", "thank me later",
        "enjoy missing", "stop suffering", "cry more", "whatever will we do", "actual work", "never worked a day", "if you can't read",
        "plenty of people would love", "direct your anger", "we have your number", "crush them", "we'll enjoy this", "stop whining",
        "get over it", "go elsewhere", "so-called", "criticise without", "criticize without", "made payroll", "shakedown",
        "not my personal inbox", "how embarrassing", "steady lads", "hard luck", "no problemo",
        "won't miss you", "will not miss you", "get a job", "professional complainers", "professional complainer",
        "ما تستحي", "ما يستحي", "ما يستحون", "راجع نفسك",
        "can look for another place", "look for another place", "=فيه ناس كثير يتمنون وظيفتك", "=في ناس كثير يتمنون وظيفتك",
        "=لا أحد يجبرك على البقاء", "=فلا أحد يجبرك", "=لا أحد يجبرك", "nobody forced you", "no one forced you",
        "plenty who would take your job", "plenty of people who would take your job", "can buy a bond", "deserves to lose money",
        "deserve to lose money", "=محد أجبرك", "=ما أحد أجبرك", "=يستاهل يخسر فلوسه", "=يستاهل يخسر", "=يستحق أن يخسر", "=محد يجبرك تبقى", "=ما أحد يجبرك", "=امش على رجليك", "=امشِ على رجليك", "walk, then",
        "عالة على", "بلا شغل ولا مشغلة", "هارد لك", "صدعتونا", "الحسد شين",
        "محد ماسكك", "الباب يفوت جمل", "الباب يفسع جمل", "=مو مشكلتنا", "=ليست مشكلتنا", "=ليس مشكلتنا", "ما تعرف تقرأ",
        "لا تعرف القراءة", "ما له مكان", "ما لهم مكان", "اقعد بس", "=نعرفكم", "نعرف من أنتم", "أتمنى أن يكون الأمر يستحق",
        "روح ذاكر", "=ريحونا", "=يترجى", "=يترجانا", "=يترجوننا", "=يترجون", "لا تكرروا", "لا أحد يراسلني", "يعلمنا شغلنا", "عمره ما اشتغل", "اللي ما يعجبه",
        "إذا ما عجبتك", "احفظوا كلامي", "اللي ما يصدق", "اللي عنده عقل", "غصبا عن", "شوفوا الطوابير", "اشتكوا عليهم",
        "اللي يعرف يعرف", "ارحموا أنفسكم", "=طبعهم", "ما منهم فايدة", "ما منهم فائدة",
        // Said to the customer, not of the staff laid off («استغنينا عن ١٢٠ موظفاً» is a layoff).
        "=استغنينا عنك", "=استغنينا عنكم", "=مستغنين عنك", "=مستغنين عنكم",
        "🤡", "🙄", "😏", "😒", "🖕", "💩", "🤦", "🙃", "😤", "👎", "🥱",
        // The facepalm as phones send it, with a man's or a woman's sign joined on.
        "🤦‍♂️", "🤦‍♀️", "🤦‍♂", "🤦‍♀",
        "cry me a river", "boo hoo", "boohoo", "talk to the hand", "not our concern", "take it or leave it", "suck it up", "man up", "toughen up",
        "keyboard warriors", "keyboard warrior", "armchair experts", "armchair critics", "bye felicia", "don't let the door hit you",
        "good riddance", "we don't need your business", "take your business elsewhere", "shop elsewhere", "stay mad", "none of your business",
        "no idea how to run", "don't know what they're talking about", "doesn't know what he's talking about",
        "doesn't know what she's talking about", "have no idea how", "has no idea how",
        "mind your own business",
        // Customers who complain called broke and sent elsewhere: "just broke, shop somewhere else".
        "just broke", "too broke", "can't afford us", "cannot afford us", "shop somewhere else", "=ما عنده فلوس", "=ما عندهم فلوس",
        "=يدور مكان ثاني", "=يدورون مكان ثاني", "=يروح مكان ثاني", "مو عاجبك", "ما عاجبك", "إذا مو عاجبك", "مش عاجبك", "اللي مش عاجبه", "اللي مو عاجبه", "طز", "طز فيك",
        "ما علينا منك", "روح اشتكي", "اشتكي وين ما تبي", "ما نحتاجكم", "ما نبيكم", "الله لا يردك", "بالطقاق", "اشرب من البحر", "بلط البحر",
        "اخبط راسك بالحيط", "خلك في حالك", "خليك في حالك", "مو شغلك", "ليس من شأنك",
        // Critics talked down to: everyone an expert, the keyboard, "some of us have work to do".
        "everyone's an expert", "everyone is an expert", "everybody's an expert", "suddenly everyone", "behind a keyboard",
        "behind the keyboard", "panic merchants", "some of us have an", "some of us have a", "some of us are building",
        "some of us actually", "bedtime story", "get your facts straight", "update your info", "update your information",
        "instead of complaining", "rather than complaining", "stop complaining", "not on twitter", "not on social media",
        "=خلف الكيبورد", "=ورا الكيبورد", "=وراء الكيبورد", "=خلف الشاشات", "=التنظير", "=حدّث معلوماتك", "=حدث معلوماتك",
        "=كل واحد صار خبير", "=صاروا خبراء", "=خبراء تويتر", "=محللين تويتر", "=صح النوم", "=بدل الشكوى", "=بدل ما تشتكون",
        "=بدل ما تشتكي", "=بدل التذمر", "=بدلاً من الشكوى", "=بدلا من الشكوى",
        // Sarcasm that opens a reply: "funny how…", "interesting take from…", «من المضحك أن…».
        "funny how", "interesting take from", "strange that someone", "imagine being", "amazing what creative", "bless him", "bless her",
        "better luck next time", "=من المضحك أن", "=من المضحك ان", "=شر البلية ما يضحك", "=ضحكتونا", "=الله يرزقنا ربع",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.contempt", title: "Contempt, sarcasm and threats",
        titleAr: "الازدراء والسخرية والتهديد", dimension: .professionalism, severity: .warning,
        rationale: """
            Replying to comments appropriately is the account manager's craft. Dismissing a complaint, mocking \
            a critic or hinting at a threat ("we know who you are") tells everyone watching how the \
            organisation treats people who disagree with it. Positivity and dialogue build the reputation; \
            sarcasm spends it.
            """,
        rationaleAr: """
            الرد على التعليقات بما يليق صنعةُ مدير الحساب. وتجاهل الشكوى أو السخرية من المنتقد أو التلميح \
            بالتهديد («نعرف من أنت») يُري كل المتابعين كيف تعامل المؤسسة من يخالفها. الإيجابية والحوار \
            يبنيان السمعة، والسخرية تستنزفها.
            """,
        examples: [
            .triggers("Nobody forced you to take the overtime, and there are plenty who would take your job.", .en),
            .triggers("محد أجبرك على العمل الإضافي، وفيه ناس كثير يتمنون وظيفتك.", .ar),
            // «يترجى» ("comes begging") as written: its word forms read «ترجو» ("asks kindly").
            .triggers("اللي ما جدد في الموعد لا يجي يترجى بعدين.", .ar),
            .passes("ترجو الإدارة من أولياء الأمور الالتزام بمواعيد الحافلات حفاظاً على سلامة الطلاب.", .ar),
            .passes("The school kindly asks parents to keep to the bus times, for the pupils' safety.", .en),
            .triggers("Anyone who believes this rumour deserves to lose money.", .en),
            .triggers("من يصدق هذه الشائعة يستحق أن يخسر أمواله.", .ar),
            .triggers("Anyone who doesn't accept the new hours can look for another place.", .en),
            .triggers("العودة للمكتب غير قابلة للنقاش. إذا ما تناسبك، فيه ناس كثير يتمنون وظيفتك.", .ar),
            // "We can do without you", said to a customer; the same verb announcing a layoff is no sneer.
            .triggers("لا تعجبك خدمتنا؟ استغنينا عنك، الله معك.", .ar),
            .triggers("Don't like our service? We can do without you, so don't let the door hit you.", .en),
            .passes("استغنينا عن ١٢٠ موظفاً هذا الشهر بعد إغلاق المصنع، وسيحصل كل منهم على راتب ستة أشهر.", .ar),
            // The public's worry called an overreaction or a bid for attention.
            .triggers("Some residents are exaggerating as usual.", .en),
            .triggers("These forum claims are lies from attention seekers. Nothing to see here.", .en),
            .triggers("بعض السكان يبالغون كالعادة.", .ar),
            .triggers("اللي يكتبون في المنتديات يدورون الشهرة، والموضوع زوبعة في فنجان.", .ar),
            .passes("Residents are not exaggerating: the pressure was low for six hours, and a crew is on it now.", .en),
            .passes("السكان لا يبالغون؛ انخفض الضغط ست ساعات، وفريقنا في الموقع الآن.", .ar),
            .passes("Are customers overreacting to the new fee? We asked 2,000 of them, and the answers are in our blog.", .en),
            .passes("هل يبالغ العملاء في القلق من الرسوم الجديدة؟ سألنا ٢٠٠٠ منهم، والنتائج في مدونتنا.", .ar),
            // Sarcasm that opens a reply.
            .triggers("Funny how the loudest critics of our stadium are always the ones who weren't invited. Better luck next time.", .en),
            .triggers("من المضحك أن يحاضرنا عن النزاهة من لم نعرف له إنجازاً واحداً.", .ar),
            .passes("Our stadium opens on 1 March; tickets for the opening match go on sale on Sunday.", .en),
            .triggers("Four points of margin and suddenly everyone's an expert.", .en),
            .triggers("من السهل الجلوس خلف الكيبورد والتنظير.", .ar),
            .triggers("Raise it with your supervisor, not on Twitter.", .en),
            .triggers("نرجو من الأهالي ترشيد الاستخدام بدل الشكوى.", .ar),
            .triggers("Those who see it differently are free to explore opportunities that suit them better.", .en),
            .triggers("اللي ما يوافق على الدوام الجديد يدور مكان ثاني.", .ar),
            .passes("Those who see it differently: tell us, and we will look at it again.", .en),
            .passes("If you would rather raise it in private than on Twitter, write to care@manara.example.", .en),
            .passes("شكراً على ملاحظتك، وسنرد على الشكوى اليوم.", .ar),
            .triggers("If you don't like our service, nobody is forcing you to stay.", .en),
            .triggers("To whoever leaked the memo: we know who you are.", .en),
            .triggers("Another complaint about the queue 🙄 use the app.", .en),
            .triggers("إذا ما عجبتك خدمتنا محد ماسكك.", .ar),
            .triggers("الشروط مكتوبة بوضوح، إذا ما تعرف تقرأ مو مشكلتنا.", .ar),
            .triggers("People complaining about our prices are just broke. Shop somewhere else.", .en),
            .triggers("اللي يشتكي من أسعارنا ما عنده فلوس، يروح يدور مكان ثاني.", .ar),
            .passes("Sorry about the queue this morning. The app lets you book a slot; we are adding two counters.", .en),
            .passes("نعتذر عن الزحام صباح اليوم، ويمكنكم حجز موعد عبر التطبيق.", .ar),
            // Laughter mocks a complaint or a person, not a celebration.
            .triggers("Another complaint about the queue 😂 use the app.", .en),
            .triggers("شكوى جديدة عن الزحام 😂 استخدموا التطبيق.", .ar),
            .triggers("The referee gave them a penalty again 🤣 no surprise there.", .en),
            .triggers("@salem_q اقرأ الشروط قبل ما تشتكي 😂", .ar),
            // Written laughter is laughter, in either language.
            .triggers("@khalid_m ما يعجبك شي، روح اشتكي وين ما تبي هههههههه", .ar),
            .triggers("Another complaint about the parking again lol", .en),
            .triggers("بعض الناس يشتكون من الزحام وهم ما يعرفون يسوقون ههههههه", .ar),
            .passes("ضحكنا كثير مع فريق العمل في حفل نهاية السنة هههههه شكراً لكم", .ar),
            // Speaking to somebody with a laugh is not laughing at them.
            .passes("@sara_m hahaha yes exactly, see you at the event!", .en),
            .passes("@bader_q ههههههه عيونك صقر، صححنا التاريخ الحين", .ar),
            .passes("Our payroll team nailed the new system rollout this month 😂 Thank you all!", .en),
            .passes("Best team offsite ever, the karaoke was something else 🤣", .en),
            .passes("أجمل لحظات اليوم مع أطفال الموظفين في يوم العائلة 😂❤️", .ar),
            .passes("Stop it, you are making our team blush! Thank you for the kind words.", .en),
            // A judging word needs someone it judges.
            .triggers("Greedy shareholders like you are the problem.", .en),
            .triggers("يا أخي أنتم كسالى، اقرأوا الشروط.", .ar),
            .triggers("We stopped hiring from that region. Those people just don't work hard.", .en),
            .passes("Beware of greedy scammers who call pretending to be our staff. We never ask for your PIN.", .en),
            // A warning protects the reader from the people it judges.
            .passes("Beware of greedy landlords asking tenants for a year's rent upfront: the law caps it at three months.", .en),
            .passes("Lazy Sunday with the family after a long quarter.", .en),
            .passes("Those people who helped us rebuild after the flood deserve every thanks.", .en),
            .passes("لا نقول عن موظفينا إنهم كسالى؛ نقول إن النظام القديم أبطأهم، وقد غيّرناه.", .ar),
            // Said of people as a crowd, a judging word or a laugh lands on them.
            .triggers("Shoppers who leave their trolleys in the car park are just lazy.", .en),
            .triggers("جماهير الفريق الثاني زعلانة 🤣🤣", .ar),
            .triggers("بعض الناس ما يقرأون الشروط وبعدين يسألون 😂", .ar),
            // Thanks for a complaint, with a laugh, is sarcasm; thanks for a kind review is warmth.
            .triggers("Thanks for the 50th complaint about the queue today 😂", .en),
            .passes("When the coach tries the new team dance 🤣 Happy Eid!", .en),
            .passes("يا جماهيرنا، تعليقاتكم على الفيديو خلتنا نضحك 😂❤️", .ar),
            // Take it or leave it: the door shown to whoever dislikes it.
            .triggers("Office return is non-negotiable. If that doesn't work for you, there are plenty of people who'd love your job.", .en),
            .triggers("If you don't like it, leave.", .en),
            .triggers("القرار نهائي، واللي ما يعجبه الباب مفتوح.", .ar),
            .triggers("من لا يعجبه النظام الجديد فليبحث عن عمل آخر.", .ar),
            .passes("If you don't like the new menu, tell us and we will bring the old dishes back.", .en),
            .passes("إذا ما عجبك التصميم الجديد، قل لنا وسنعدله.", .ar),
            // A critic's words scorned, or their competence.
            .triggers("His claims are laughable, and frankly so is the video.", .en),
            .triggers("كلام قديم ومضحك، الظاهر صاحبه ما جرب النظام الجديد.", .ar),
            .triggers("These short-term speculators have no idea how to run a business.", .en),
            .passes("Ridiculously low prices on every school bag this week.", .en),
            .passes("Your complaint is not ridiculous at all: the form is confusing, and we are fixing it today.", .en),
            .passes("ليس كلامك مضحكاً، بل في محله، وسنصلح الخلل اليوم.", .ar),
        ])

    /// Words that judge people ("greedy", "lazy", «كسالى», "those people"). Contempt only
    /// when they land on people: aimed at someone (`PersonalAttackRule.isAimed`) or said of
    /// people named as a crowd (`people`: "lazy customers", "greedy landlords"); "those
    /// people" sets a group apart unless a relative clause says who they are. "A lazy
    /// Sunday" judges nobody, a warning about "greedy scammers" protects the reader, and
    /// "those people who helped us rebuild" are thanked.
    static let judging = Lexicon("tone.contempt.judging", [
        "lazy", "backward", "greedy", "كسالى", "those people",
    ])
    /// Brush-offs ("just saying", "stop it"): like laughter (`laughs(in:)`), they mock
    /// only somebody.
    static let brushOffs = Lexicon("tone.contempt.brush-offs", [
        "just saying", "stop it", "🤷", "🤷‍♀️", "🤷‍♂️",
    ])

    /// Laughter («هههههه», "lol", "😂", see `Laughter`) and brush-offs, in token order. They
    /// mock when they land on somebody (`laughsAtSomeone`): "fans of the other club are
    /// crying again 🤣". "The karaoke was something else 🤣" laughs with everyone.
    static func laughs(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        (Array(post.hits(Concepts.laughter.lexicon)) + post.hits(brushOffs)).sortedIfNeeded { $0.firstToken < $1.firstToken }
    }
    /// What somebody's grievance is called: the thing a laugh beside it mocks.
    static let grievance = Lexicon("tone.contempt.grievance", [
        "complaint", "complaints", "complain", "complains", "complaining", "complainer", "complainers", "critic", "critics",
        "criticism", "criticise", "criticize", "whining", "moaning", "crying", "haters", "trolls",
        "شكوى", "=يشتكي", "=يشتكون", "=تشتكي", "=تشتكون", "=اشتكى", "=اشتكوا", "انتقاد", "=المنتقدين", "=منتقد", "=منتقدين",
        "اعتراض", "=المعترضين", "=تذمر", "=يتذمر", "=يتذمرون", "=المتذمرين", "=زعلانة", "=زعلانين", "=يبكون",
    ])
    /// People named as a crowd, whom a judging word or a laugh can land on.
    static let people = Lexicon("tone.contempt.people", [
        "people", "some people", "folks", "customers", "customer", "clients", "shoppers", "landlords", "tenants", "fans", "users",
        "callers", "investors", "drivers", "workers",
        "=الناس", "بعض الناس", "=ناس", "=العملاء", "=عملاء", "=المراجعين", "=المراجعون", "=الجماهير", "=جماهير", "=جمهور", "=المستثمرين",
        "=المستخدمين", "=البعض", "اللي يقولون", "اللي يقول", "اللي يظنون",
    ])
    /// What makes a laugh or a judging word warm: thanks, congratulations, a celebration,
    /// hearts, agreeing with the person or looking forward to seeing them.
    static let warmth = Lexicon("tone.contempt.warmth", [
        "happy eid", "eid mubarak", "happy birthday", "happy new year", "مبروك", "عيد مبارك", "كل عام وأنتم بخير", "عساكم من عواده",
        "❤️", "❤", "🎉", "🥳", "😍", "🥰", "💙", "💚", "🤍",
        "so true", "you're right", "you are right", "exactly right", "yes exactly", "well said", "see you", "see you there",
        "صح كلامك", "كلامك صح", "كلامك صحيح", "معك حق", "صدقت", "=نشوفك", "=نشوفكم", "ننتظرك", "ننتظركم", "=كفو",
    ])

    /// Whether thanks or a celebration beside `hit` (its sentence or a neighbour) makes it
    /// warmth, not mockery. Not when its own sentence names a grievance: "thanks for the
    /// 50th complaint about the queue today 😂" is sarcasm.
    static func isWarm(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        guard !post.sentence(sentence, has: grievance) else { return false }
        return post.sentences(around: sentence, window: 1).contains { post.sentence($0, has: MoveLexicons.credit) || post.sentence($0, has: warmth) }
    }

    /// Whether a laugh or a brush-off at `hit` is about somebody (see `laughs(in:)`): a
    /// grievance, people as a crowd, a person singled out or an official. Speaking to
    /// somebody ("you", an @handle) counts only with something to laugh down at
    /// (`PersonalAttackRule.laughsDown`): replies laugh along with customers and fans far
    /// more often than at them ("@sara_m hahaha yes exactly", «@lulwa_kw خخخخ حلوة ذي»).
    static func laughsAtSomeone(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        // The sentence and the one before as a range, and the lists made once: the arrays
        // this built for every laugh cost more than the tests.
        let nearby = max(0, sentence - 1)...sentence
        return nearby.contains { near in laughedAt.contains { post.sentence(near, has: $0) } }
            || PersonalAttackRule.laughsDown(sentence, in: post) && nearby.contains { PersonalAttackRule.addressesSomeone($0, in: post) }
    }
    /// Who a laugh beside them lands on (see `laughsAtSomeone`).
    static let laughedAt = [grievance, people, PersonalAttackRule.singledOut, PersonalAttackRule.publicFigure]

    /// Whether a judging word at `hit` lands on people (see `judging`).
    static func judgesSomeone(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        if post.excerpt(hit).lowercased() == "those people" {
            return hit.endToken == tokens.count || !relativeWords.contains(tokens[hit.endToken].text)
        }
        return PersonalAttackRule.isAimed(hit, in: post) || post.sentence(post.sentenceIndex(of: hit), has: people)
    }
    static let relativeWords = WordSet(["who", "that", "whose", "whom", "we", "i", "you"])

    /// Its own lists, and what `isAimed`, `addressesSomeone` and the negation read.
    var lexicons: [Lexicon] {
        [Self.phrases, Self.judging, Self.brushOffs, Concepts.laughter.lexicon, Self.grievance, Self.people, Self.warmth, MoveLexicons.credit,
         PersonalAttackRule.publicFigure, PersonalAttackRule.singledOut, Entity.personWords, SharedLexicons.secondPerson,
         Concepts.warning.lexicon] + PersonalAttackRule.personLexicons + Modality.allLexicons + Self.takeItOrLeaveIt.lexicons
            + Self.scornForCritics.lexicons + Self.concernDismissed.lexicons
    }

    /// The public's worry called an overreaction or a bid for attention: "some residents are
    /// exaggerating as usual", "these forum claims come from attention seekers", «بعض السكان
    /// يبالغون كالعادة», «يدورون الشهرة». The people who raised it hear that they do not
    /// count. Not denied ("no one is overreacting"), asked, or reported.
    static let overreaction = Concept("contempt.overreaction", [
        "overreacting", "overreact", "overreacted", "overreaction", "exaggerating", "blowing it out of proportion",
        "blown out of proportion", "making a fuss", "make a fuss", "mountain out of a molehill", "storm in a teacup", "drama queens",
        "attention seekers", "attention seeker", "attention-seekers", "attention-seeking", "looking for attention", "want attention",
        "=يبالغون", "=تبالغون", "=يبالغ", "=تبالغ", "=مبالغين", "=يهولون", "=يهوّلون", "=تهول", "=تهوّل", "=يضخمون", "=يكبرون الموضوع",
        "زوبعة في فنجان", "=يدورون الشهرة", "=يدور الشهرة", "=يبحثون عن الشهرة", "=يبحث عن الشهرة", "=يبحثون عن الأضواء",
        "=طالبين الشهرة", "=يدورون الترند", "=يدور الترند", "=يبون ترند", "=يبي ترند",
    ])
    /// Who raised the worry: people as a crowd, residents, parents, passengers, commenters,
    /// and what they said (claims, complaints, posts).
    static let concernedPublic = Concept("contempt.concerned-public", [
        "people", "some people", "folks", "customers", "clients", "residents", "parents", "passengers", "patients", "citizens", "users",
        "commenters", "forum", "forums", "claims", "complaints", "complainers", "critics", "everyone", "some",
        "=الناس", "=ناس", "=البعض", "=بعض", "=السكان", "=الأهالي", "=الاهالي", "=العملاء", "=المواطنين", "=الركاب", "=المرضى",
        "أولياء الأمور", "=المغردين", "=المغردون", "=المنتديات", "=الشكاوى", "=المنتقدين", "=اللي",
    ])
    static let concernDismissed = Frame(anchor: overreaction, with: [concernedPublic], without: [Concepts.warning],
                                        blockedBy: [.negation, .question, .quotation])

    /// Not liking it, put to the reader as a condition: "if you don't like it", "if that
    /// doesn't work for you", «اللي ما يعجبه», «إذا مو عاجبك».
    static let dislikeCondition = Concept("contempt.dislike-condition", [
        "if you don't like it", "if you do not like it", "if you don't like that", "if you don't like this", "if that doesn't work for you",
        "if this doesn't work for you", "if that does not work for you", "if this does not work for you", "if that doesn't suit you",
        "if this doesn't suit you", "if you're not happy", "if you are not happy", "if you're unhappy", "if you are unhappy", "don't like it?",
        "=اللي ما يعجبه", "=اللي مو عاجبه", "=اللي مش عاجبه", "=من لا يعجبه", "=من لم يعجبه", "=إذا ما عجبك", "=إذا مو عاجبك", "=اذا مو عاجبك",
        "=إن لم يعجبك", "=إذا لم يعجبك", "=اللي مو راضي", "=من ليس راضيا", "=من ليس راضياً",
        "who see it differently", "who sees it differently", "anyone who disagrees", "those who disagree", "who aren't on board",
        "who are not on board", "not on board with", "who don't like it", "who do not like it",
        "=اللي يشوف غير كذا", "=من يرى غير ذلك", "=من لا يوافق", "=اللي ما يوافق", "=اللي مو موافق", "=اللي ما هو مقتنع",
    ])
    /// Being shown the door: leave, go elsewhere, others would take your place.
    static let dismissal = Concept("contempt.dismissal", [
        "leave", "quit", "resign", "go elsewhere", "look elsewhere", "find another job", "find another employer", "the door",
        "plenty of people", "plenty of others", "others would love", "who'd love your job", "replace you", "replaceable",
        "=يمشي", "=يستقيل", "=فليستقل", "=فليبحث", "=يدور له", "=يدور شغل", "=الباب", "=غيرك كثير", "=غيرك كثيرين",
        "=البدائل كثيرة", "=ألف واحد", "=الف واحد",
        "free to explore", "free to look elsewhere", "free to leave", "free to move on", "suit them better", "suit you better",
        "opportunities elsewhere", "other opportunities", "find a job elsewhere", "=يشوف له مكان ثاني", "=يدور مكان ثاني",
        "=فرص أخرى", "=مكان آخر",
    ])
    /// "Take it or leave it" said to the people a post answers: a dislike put as a
    /// condition, and the door in the same breath. "If you don't like the new menu, tell
    /// us" asks for the complaint; it shows no door.
    /// Scorn for what a critic said: "laughable", "absurd", «مضحك», «سخيف», «هراء».
    static let scorn = Concept("contempt.scorn", [
        "laughable", "ridiculous", "absurd", "nonsense", "rubbish", "silly", "childish", "pathetic", "clueless", "ignorant",
        "=مضحك", "=مضحكة", "=مضحكا", "=سخيف", "=سخيفة", "=تافه", "=تافهة", "=هراء", "=خرابيط", "=تخاريف", "=سخافة", "كلام فاضي", "=مهزلة",
    ])
    /// What a critic says: claims, comments, a tweet, «كلام», «ادعاءات».
    static let criticsWords = Concept("contempt.critics-words", [
        "claim", "claims", "comment", "comments", "tweet", "tweets", "post", "criticism", "criticisms", "argument", "arguments", "allegation",
        "allegations", "complaint", "complaints", "video", "letter", "article", "opinion", "his", "her", "their",
        "=كلام", "=كلامه", "=كلامها", "=ادعاءات", "=ادعاء", "=تغريدة", "=تغريدته", "=انتقاد", "=انتقادات", "=مقطع", "=المقطع", "=مقاله",
        "=صاحبه", "=صاحبها", "=رأيه", "=شكواه", "=الشكوى",
    ])
    /// A critic's words met with scorn: "his claims are laughable", «كلام قديم ومضحك». Not
    /// "ridiculously low prices" (nobody's words), nor "it would be absurd to ignore your
    /// complaint" (a question or a negation).
    static let scornForCritics = Frame(anchor: scorn, with: [criticsWords], without: [Concepts.warning],
                                       blockedBy: [.negation, .question, .quotation])

    static let takeItOrLeaveIt = Frame(anchor: dislikeCondition, with: [dismissal], without: [feedbackInvited],
                                       blockedBy: [.quotation, .question], window: 1)
    /// Leaving a word, not leaving: "leave us a message", "leave a review".
    static let feedbackInvited = Concept("contempt.feedback-invited", [
        "leave us", "leave a", "leave your", "leave feedback", "leave a review", "leave a comment", "leave a message", "tell us", "let us know",
        "=قل لنا", "=قولوا لنا", "=أخبرنا", "=خبرنا", "=راسلنا", "=تواصل معنا", "=اكتب لنا",
    ])

    /// Built once: building it in `check` cost an allocation or more per post.
    static let phrasesCheck = SentencePhraseCheck(trigger: Self.phrases)

    func check(_ post: PostAnalysis) -> [Finding] {
        findings(for: Self.contempt(in: post), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }

    /// The contempt this rule reports, the first signal of each sentence, in token order.
    /// `PersonalAttackRule` reads the same hits: contempt beside one named person attacks.
    /// Worked out once per post (see `SharedPostWork`): both rules ask it of every post.
    static func contempt(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        post.shared.contempt(of: post, findContempt)
    }

    /// `contempt(in:)` worked out.
    private static func findContempt(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        let judged = post.hits(Self.judging).filter {
            !post.isQuoted($0) && !Modality.negates($0.firstToken, in: post, clause: true)
                && !post.sentence(post.sentenceIndex(of: $0), has: Concepts.warning.lexicon)
                && Self.judgesSomeone($0, in: post) && !Self.isWarm($0, in: post)
        }
        let mocked = Self.laughs(in: post).filter {
            !post.isQuoted($0) && Self.laughsAtSomeone($0, in: post) && !Self.isWarm($0, in: post)
        }
        // One finding a sentence, the first signal in it, whichever kind it is.
        // The signals gathered in one list (a chain of `+` made a list per step), in the
        // same order.
        var signals = Self.phrasesCheck.hits(in: post)
        signals += judged
        signals += mocked
        signals += Self.takeItOrLeaveIt.hits(in: post)
        signals += Self.scornForCritics.hits(in: post)
        signals += Self.concernDismissed.hits(in: post)
        if signals.isEmpty { return [] }
        var sentences = Set<Int>()
        return signals.sortedIfNeeded { $0.firstToken < $1.firstToken }
            .filter { sentences.insert(post.sentenceIndex(of: $0)).inserted }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ContemptRule {
    static let message = Localized(en: "'{1}' is dismissive or mocking; everyone watching learns how you treat people who disagree.",
                                   ar: "«{1}» فيه استخفاف أو سخرية؛ وكل من يتابع يتعلّم كيف تعامل من يخالفك.")
    static let suggestion = Localized(en: "Acknowledge the person, answer the substance, and offer a way to resolve it.",
                                      ar: "اعترف بصاحب الرأي، وأجب عن جوهر ما قاله، واعرض طريقاً للحل.")
}
