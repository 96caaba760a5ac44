/// Pushing fault onto others: suppliers, the weather, customers, critics, "fake news".
struct BlameRule: Rule {
    static let phrases = Lexicon("tone.blame", [
        "not our fault", "not my fault", "wasn't our fault", "was not our fault", "no fault of ours", "to blame", "blame",
        "the supplier's fault", "the contractor's fault", "supplier's error", "fake news", "haters", "short sellers",
        "the media is lying", "media lies", "vocal minority", "disgruntled", "misinformed", "the regulator forced us",
        "customers who failed", "passengers who refused", "if customers had", "if passengers had", "they caused",
        "beyond our control", "out of our hands", "must have been unavoidable", "analysts are wrong", "the critics are wrong", "people who don't understand",
        "=ليس خطأنا", "=ليست مسؤوليتنا", "لسنا مسؤولين", "=ليس ذنبنا", "=الخطأ من", "=والخطأ من", "خطأ المورد", "خطأ المقاول", "بسبب المقاول",
        "بسبب المورد", "المغرضين", "المغرضون", "الحاقدين", "الحاقدون", "الأخبار الكاذبة", "الإعلام المغرض", "يتحمل العميل",
        "=خارج عن إرادتنا", "=خارجة عن إرادتنا", "=لا علاقة لنا", "المشككين", "يتحمل المسؤولية المورد",
        // The fault handed to others in so many words: "the mistakes are not mine, they are
        // theirs", "the league has hurt us", «الخطأ ليس خطأنا بل خطؤهم», «أضرّ بنا».
        "are not mine", "not ours, they are theirs", "they are theirs", "has hurt us", "have hurt us", "hurt our sales", "hurt our shareholders",
        "=خطؤهم", "=خطأهم", "=أضر بنا", "=أضرت بنا", "=أضروا بنا", "=أضر بمساهمينا", "=أضر بمبيعاتنا",
        "false rumors", "false rumours", "a competitor is trying", "spreading misinformation", "the media", "memes",
        "المعرفات المشبوهة", "الماء العكر", "يتصيد", "تتصيد", "المزايدين", "المشككين والمزايدين", "=كيدية", "=الكيدية", "الذباب الإلكتروني",
        "خارج عن إرادتها", "الخارج عن إرادتها",
        // Blaming the audience itself.
        "you should have read", "you should have checked", "should have read the terms", "read the terms", "user error",
        "customers should have", "if you had followed", "if you had read", "customers who did not", "as clearly stated",
        // Exact: the word forms of «عليكم» take «علينا», and «كان علينا أن نبلغكم» owns the fault.
        "كان على العملاء", "=كان عليكم", "=وكان عليكم", "العميل هو المسؤول", "بسبب إهمال العملاء", "لو قرأتم", "العملاء لم يلتزموا",
        "لم يقرأ العملاء", "إهمال العميل",
        "no fault of our own", "through no fault of our own", "that's on them", "that's on you", "the vendor's fault", "the government's fault",
        "blamed on", "rogue employee", "a rogue employee", "bad apples", "a few bad apples", "one bad apple", "disgruntled former employee",
        "inherited this mess", "blown out of proportion", "overblown", "storm in a teacup", "taken out of context", "out of context",
        "misinterpreted", "twisted our words", "twisting our words", "act of god", "ليست غلطتنا", "مو غلطتنا", "مب غلطتنا", "ما هي غلطتنا",
        "الغلط مو منا", "الغلط منهم", "=الخطأ منهم", "=والخطأ منهم", "تركة ثقيلة", "تصرف فردي", "أخرج من سياقه", "اقتطع من سياقه", "مجتزأ", "مقطع مجتزأ",
        "فهمتونا غلط", "تهويل", "الإعلام ضخم", "أطراف خارجية", "أصحاب الأجندات", "بسبب العميل", "العميل هو السبب", "الزبون هو السبب",
        // Our part denied, or the responsibility put on someone else.
        "not in our systems", "not on our side", "not on our end", "nothing to do with us", "we are not responsible", "we're not responsible",
        "we aren't responsible", "the responsibility lies with", "responsibility lies with", "the fault lies with", "the blame lies with",
        "responsibility rests with", "=ليس من جهتنا", "=ليس من طرفنا", "=مو من عندنا", "=مب من عندنا", "=وليست علينا", "=ليست علينا",
        "=فالمسؤولية عليه", "=فالمسؤولية عليهم", "=المسؤولية عليه", "=المسؤولية عليهم", "المسؤولية تقع على", "تقع المسؤولية على",
        "المسؤولية على عاتق",
    ] + Self.thirdPartyCharged)

    /// A contractor or a supplier named as the cause: "the contractor is responsible for the
    /// pipe break", «المقاول هو المسؤول عن الكسر». The organisation chose and answers for them.
    static let thirdPartyCharged: [String] = {
        let parties = ["the contractor", "our contractor", "the subcontractor", "the supplier", "our supplier", "the vendor",
                       "the operator", "the manufacturer"]
        let charges = ["is responsible", "was responsible", "is to blame", "was to blame", "caused"]
        let arabicParties = ["المقاول", "مقاول الباطن", "المورد", "الشركة المنفذة", "المشغل", "الشركة المصنعة"]
        let arabicCharges = ["هو المسؤول", "هو السبب", "يتحمل المسؤولية", "المسؤول عن"]
        return parties.flatMap { party in charges.map { "\(party) \($0)" } }
            + arabicParties.flatMap { party in arabicCharges.map { "=\(party) \($0)" } }
            + arabicParties.flatMap { party in ["=المسؤول هو \(party)", "=والمسؤول هو \(party)", "=السبب هو \(party)"] }
            + ["=والمقاول هو المسؤول", "=فالمقاول هو المسؤول"]
    }()
    static let ownership = Lexicon("tone.blame.ownership", [
        "take the blame", "take full responsibility", "our responsibility", "we are responsible", "no one to blame but us",
        "blame us", "we own this", "=نتحمل", "=أتحمل", "=مسؤوليتنا", "نتحمل المسؤولية", "نتحمل كامل المسؤولية",
        "our fault", "lies with us", "rests with us", "=المسؤولية علينا", "=عاتقنا", "=خطأنا", "=غلطتنا", "=ذنبنا",
    ])

    /// Someone other than the organisation whom a fault can be pushed onto.
    static let otherParty = Concept("blame.other-party", [
        "contractor", "contractors", "subcontractor", "subcontractors", "supplier", "suppliers", "vendor", "vendors", "third party",
        "third-party", "third parties", "municipality", "=المقاول", "=مقاول", "=المقاولين", "=مقاولي", "=المورد", "=الموردين", "=مورد",
        "طرف ثالث", "أطراف ثالثة", "=البلدية", "الشركة المنفذة", "=المتعهد", "=المزود", "=مزود",
    ])
    /// Words that name a cause: "caused by", "points to", «بسبب».
    static let causeMarkers = Concept("blame.cause-marker", [
        "caused by", "due to", "because of", "points to", "point to", "pointing to", "blamed on", "traced to", "traced back to",
        "the result of", "a result of", "happened at", "originated at", "originated with", "originated in", "came from",
        "=بسبب", "=نتيجة", "ناتج عن", "ناتجة عن", "=يعود إلى", "=يعود الى", "=سببه", "=سببها", "=حدث لدى", "=حدث عند",
    ])
    /// Something that went wrong, for a cause to be pushed onto.
    static let fault = Concept("blame.fault", [
        "fault", "faulty", "failure", "failed", "error", "mistake", "wiring", "short circuit", "negligence", "defect", "defective",
        "=خلل", "=عطل", "=العطل", "=الخلل", "=خطأ", "=الخطأ", "=إهمال", "=تقصير", "=تماس",
    ])

    /// A fault put down to someone else: "early signs point to the contractor's faulty
    /// wiring", "the breach happened at a third-party vendor", «التأخير بسبب المقاول». The
    /// other party within four words after the cause, and something gone wrong in the
    /// sentence: "because of our contractors' hard work the bridge opened early" credits them.
    static func causePushedOnto(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        var found: [PhraseMatcher.Hit] = []
        for party in post.hits(otherParty.lexicon) {
            let sentence = post.sentenceIndex(of: party)
            guard let cause = post.hits(causeMarkers.lexicon, inSentence: sentence).first(where: {
                $0.endToken <= party.firstToken && party.firstToken - $0.endToken <= 4
            }), post.sentence(sentence, has: fault.lexicon) || post.sentence(sentence, has: MinimisingRule.harm.lexicon),
                  !Modality.negates(cause.firstToken, in: post, clause: true),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question]) else { continue }
            found.append(PhraseMatcher.Hit(group: cause.group, phrase: cause.phrase, firstToken: cause.firstToken, endToken: party.endToken))
        }
        return found
    }

    /// Our part denied: "not our responsibility", "it isn't our fault", «ليست مسؤوليتنا», the
    /// words of owning it with a negation right before them. "We will not hide from our
    /// responsibility" owns it (the negation is three words back, on another verb).
    static func ownershipDenied(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        post.hits(ownership).compactMap { hit in
            guard let negator = negator(before: hit, in: post) else { return nil }
            return PhraseMatcher.Hit(group: hit.group, phrase: hit.phrase, firstToken: negator, endToken: hit.endToken)
        }
    }

    /// Whether a sentence owns the fault: an ownership phrase with no negation right before it.
    static func ownsIt(_ sentence: Int, in post: PostAnalysis) -> Bool {
        post.hits(ownership, inSentence: sentence).contains { negator(before: $0, in: post) == nil }
    }

    /// Where a negation starts in the two words before an ownership phrase, if one does,
    /// in its own sentence: "Was it avoidable? No. Our responsibility now is…" owns it.
    private static func negator(before hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Int? {
        let sentenceStart = post.text.sentences[post.sentenceIndex(of: hit)].lowerBound
        return (max(sentenceStart, hit.firstToken - 2)..<hit.firstToken).first { post.negationStarts.contains($0) }
    }

    let descriptor = RuleDescriptor(
        id: "tone.blame", title: "Blame and defensiveness",
        titleAr: "إلقاء اللوم والتبرير", dimension: .professionalism, severity: .warning,
        rationale: """
            In a crisis the audience judges how the organisation responds, not whose fault it was. Blaming a \
            supplier, the weather, customers or the media reads as evasion and keeps the story alive.
            """,
        rationaleAr: """
            في الأزمة يحكم الجمهور على طريقة استجابة المؤسسة، لا على من أخطأ. ولوم المورد أو الطقس أو \
            العملاء أو الإعلام يُقرأ تهرباً، ويُبقي القصة حية.
            """,
        examples: [
            .triggers("Customers who didn't update their app are the reason payments failed last night.", .en),
            .triggers("العملاء الذين لم يحدّثوا التطبيق هم سبب فشل عمليات الدفع ليلة أمس.", .ar),
            .triggers("نعتذر عن منشور اليوم، الصورة أعاد نشرها أحد موظفي التواصل الاجتماعي بالخطأ.", .ar),
            // A contractor or supplier named as the cause; owning the choice of them is not blame.
            .triggers("The contractor is responsible for the pipe break.", .en),
            .triggers("المقاول هو المسؤول عن الكسر، وسنطالبه بالتعويض.", .ar),
            .passes("We chose the contractor, so we are responsible for the pipe break, and we are fixing it tonight.", .en),
            .passes("المقاول يعمل الآن على إصلاح الكسر، ونحن نتحمل المسؤولية كاملة.", .ar),
            // Guessing the delay away instead of checking it.
            .triggers("We are sorry to read that; the delay must have been unavoidable.", .en),
            .passes("The closure of Al Wasl Road was unavoidable: the bridge joint failed inspection on Monday. It reopens on 8 December.", .en),
            // The organisation's post put down to one member of staff.
            .triggers("We apologise for today's post. The image was re-blogged in error by one of our social media employees.", .en),
            .triggers("The tweet was posted without approval by an intern, who has since been let go.", .en),
            .triggers("نعتذر عن التغريدة، فقد نشرها موظف متدرب بالخطأ وتم إنهاء خدماته.", .ar),
            .passes("We posted an image this morning that should never have gone out. That is our fault, and we are reviewing how we approve posts.", .en),
            .passes("نشرنا صباح اليوم صورة ما كان ينبغي نشرها، والخطأ خطأنا، ونراجع طريقة اعتماد المنشورات.", .ar),
            .passes("One of our employees spotted the error in the invoice and fixed it within the hour.", .en),
            .passes("It was not an intern who posted it by mistake; it was our decision, and we were wrong.", .en),
            .passes("لم ينشرها موظف متدرب بالخطأ، بل كان قرارنا وكنا مخطئين.", .ar),
            .triggers("The outage was not our fault: the supplier's software failed.", .en),
            // The fault handed over in so many words, and a partner blamed for weak sales.
            .triggers("The mistakes are not mine, they are theirs: network issues, server errors and user inputs.", .en),
            .triggers("الأخطاء خطؤهم هم وليست أخطائي: مشاكل الشبكة وأخطاء الخوادم وما يدخله المستخدمون.", .ar),
            .triggers("The league has hurt us by not resolving the dispute; its leadership has hurt our shareholders.", .en),
            .triggers("الاتحاد أضر بنا بعدم حل الخلاف، وقيادته أضرت بمساهمينا.", .ar),
            .passes("The heat wave has hurt crops across the region; our teams are helping farmers with water.", .en),
            .triggers("Short sellers and haters are spreading fake news about our margins.", .en),
            .triggers("التأخير ليس خطأنا، بل بسبب المقاول.", .ar),
            // «خطة من» ("a plan of") is not «الخطأ من» ("the fault lies with"), whatever their word forms share.
            .passes("وضعنا خطة من ثلاث مراحل لإعادة الخدمة بحلول الأحد.", .ar),
            .passes("We have drawn up a plan of three stages to restore the service by Sunday.", .en),
            .passes("We take full responsibility for the outage and are sorry for the disruption.", .en),
            // A negation that ends the sentence before does not deny the ownership after it.
            .passes("Could the supplier have caught it? No. Our responsibility is to fix it, and every account is restored by 6 pm.", .en),
            .passes("هل كان المورد سيكتشف الخلل؟ لا. مسؤوليتنا أن نصلحه، وستعود جميع الحسابات قبل السادسة مساءً.", .ar),
            .passes("نتحمل المسؤولية كاملة ونعتذر لعملائنا عن انقطاع الخدمة.", .ar),
            .triggers("If you had read the terms you would know the fee applies. User error, not ours.", .en),
            .triggers("كان على العملاء قراءة الشروط قبل الشراء.", .ar),
            .passes("We do not blame our customers: the fee was unclear, and we are refunding it.", .en),
            .passes("The analyst said customers should have read the terms; we disagree and are refunding the fee.", .en),
            .passes("لا نلوم عملاءنا، فالرسوم لم تكن واضحة وسنعيدها.", .ar),
            .passes("قال المحلل إن كان على العملاء قراءة الشروط، ونحن نخالفه وسنعيد الرسوم.", .ar),
            // One passenger charged with bringing it on (see `personBlamed`); the charge reported, or owned, passes.
            .triggers("The passenger should have followed instructions.", .en),
            .triggers("كان على الراكب أن يتبع التعليمات.", .ar),
            .triggers("The passenger refused to leave his seat and ignored crew instructions, so security had no choice. We followed procedure.", .en),
            .triggers("الراكب رفض مغادرة مقعده وتجاهل تعليمات الطاقم، فلم يكن أمام الأمن خيار. اتبعنا الإجراءات.", .ar),
            .triggers("One of the passengers we politely asked to deplane refused and it became necessary to contact security officers.", .en),
            .triggers("رفض أحد الركاب الذين طلبنا منهم بلطف مغادرة الطائرة، فاضطررنا إلى استدعاء أمن المطار.", .ar),
            .passes("The passenger did nothing wrong. We should have found volunteers instead of calling security, and I am sorry.", .en),
            .passes("الراكب لم يخطئ في شيء، وكان علينا أن نبحث عن متطوعين بدل استدعاء الأمن، وأنا آسف.", .ar),
            .passes("One reporter wrote that \"the passenger should have followed instructions\"; we disagree, and the fault was ours.", .en),
            .triggers("The passenger refused to leave his seat and ignored crew instructions,\nso security had no choice.\nWe followed procedure.", .en),
            .passes("كان علينا أن نبلغكم مبكراً بتأخر الرحلة، ونعتذر عن ذلك.", .ar),
            .passes("We should have told you about the delay earlier, and we apologise.", .en),
            // The public charged with its own trouble as it complains (see `audienceBlame`).
            .triggers("Some residents waste water all day and then complain when the tanks run dry.", .en),
            .triggers("People keep complaining instead of following the instructions we published.", .en),
            .triggers("بعض السكان يهدرون المياه طوال اليوم ثم يشتكون من الانقطاع.", .ar),
            .triggers("الناس يتذمرون بدل ما يقرون التعليمات المنشورة.", .ar),
            .passes("We hear the residents who complain about low pressure, and a crew is on it now.", .en),
            .passes("Please don't waste water during the heatwave; if you have a complaint, call 800123.", .en),
            .passes("نسمع السكان الذين يشتكون من ضعف الضغط، وفريقنا في الموقع الآن.", .ar),
            // …or named as the cause of what went wrong.
            .triggers("Yesterday's queues happened because customers ignored the online booking system. Please read the instructions next time.", .en),
            .triggers("الزحام أمس سببه أن العملاء تجاهلوا نظام الحجز الإلكتروني. نرجو قراءة التعليمات المرة القادمة.", .ar),
            .passes("If customers ignore the text reminder, our team calls them the day before.", .en),
            .passes("إذا تجاهل العملاء رسالة التذكير، يتصل بهم فريقنا قبل الموعد بيوم.", .ar),
            .passes("No one is blaming residents: they did not waste water, and they are right to complain.", .en),
            // Our part denied, and a fault put down to someone else; owning it, crediting a
            // contractor, or ruling the contractor out is not blame.
            .triggers("Deliveries are late, but this is not our responsibility.", .en),
            .triggers("التأخير بسبب بعض الإدارات، وليست مسؤوليتنا.", .ar),
            .triggers("Early signs point to the contractor's faulty wiring.", .en),
            .triggers("The breach happened at a third-party vendor, not in our systems.", .en),
            .triggers("الانقطاع بسبب أعمال مقاول البلدية، والعطل بسيط.", .ar),
            .triggers("المسؤولية على العميل وليست علينا.", .ar),
            .passes("We will not hide from our responsibility: the fire started in our warehouse.", .en),
            .passes("لن نتهرب من مسؤوليتنا، فالحريق بدأ في مستودعنا.", .ar),
            .passes("Because of our contractors' hard work through the night, the bridge reopened early.", .en),
            .passes("The fire was not caused by the contractor, and we take full responsibility.", .en),
            .passes("لم يكن العطل بسبب المقاول، ونتحمل المسؤولية كاملة.", .ar),
        ])

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let check_ = SentencePhraseCheck(trigger: Self.phrases)
    var lexicons: [Lexicon] {
        Self.check_.lexicons + [Self.ownership, Self.otherParty.lexicon, Self.causeMarkers.lexicon, Self.fault.lexicon, MinimisingRule.harm.lexicon]
            + Self.audienceBlame.lexicons + Self.audienceAsCause.lexicons + Self.scapegoat.lexicons + Self.personBlamed.lexicons
    }

    /// The people an organisation serves, named as a crowd: "residents", "customers",
    /// «السكان», «العملاء».
    static let audience = Concept("served-public", [
        "residents", "customers", "people", "users", "passengers", "citizens", "consumers", "subscribers", "some of you",
        "many of you", "travellers", "travelers", "patients", "parents",
        "السكان", "العملاء", "الناس", "المستخدمين", "الركاب", "المواطنين", "المشتركين", "=بعضكم", "الأهالي", "المسافرين",
        "المراجعين", "أولياء الأمور", "الزبائن",
    ])
    /// Complaining, as the audience does it.
    static let complaining = Concept("complaining", [
        "complain", "complains", "complaining", "whine", "whining", "moan", "moaning", "grumble", "grumbling",
        "=يشتكون", "=يشتكوا", "=يشتكي", "=تشتكون", "=يتذمرون", "=يتشكون", "=يولولون", "=يتباكون", "=يتحلطمون",
    ])
    /// What the audience is charged with doing wrong beside the complaint: wasting,
    /// ignoring, not following.
    static let misconduct = Concept("audience-misconduct", [
        "waste", "wasting", "misuse", "misusing", "ignore", "ignored", "ignoring", "instead of following", "instead of reading",
        "don't follow", "do not follow", "didn't follow", "did not follow", "don't listen", "never read", "refuse to",
        "=يهدرون", "=يهدر", "=يسرفون", "=يسيئون", "=يتجاهلون", "=تجاهلوا", "لا يلتزمون", "ما يلتزمون", "لم يلتزموا", "بدل ما",
        "بدلاً من", "بدلا من", "=يخالفون", "ما يقرون", "لا يقرؤون",
        "didn't update", "did not update", "who didn't", "who did not", "=لم يحدثوا", "=لم يحدّثوا", "=ما حدثوا", "=الذين لم",
    ])
    /// The words of the charge at `complaint`: from the first of the public, its misconduct
    /// and the complaint in the sentence to the last, so the finding quotes "residents waste
    /// water all day and then complain", not "complain" alone.
    static func charge(at complaint: PhraseMatcher.Hit, in post: PostAnalysis) -> PhraseMatcher.Hit {
        let sentence = post.sentenceIndex(of: complaint)
        let parts = [audience, misconduct, servedPerson, personAtFault].flatMap { post.hits($0.lexicon, inSentence: sentence) }
        return PhraseMatcher.Hit(group: complaint.group, phrase: complaint.phrase,
                                 firstToken: parts.reduce(complaint.firstToken) { min($0, $1.firstToken) },
                                 endToken: parts.reduce(complaint.endToken) { max($0, $1.endToken) })
    }

    /// The public charged with bringing its trouble on itself as it complains: "some
    /// residents waste water and then complain", «السكان يهدرون المياه ثم يشتكون». Not a
    /// complaint heard ("we hear the residents who complain about the pressure") nor advice
    /// ("please don't waste water").
    static let audienceBlame = Frame(anchor: Self.complaining, with: [Self.audience, Self.misconduct], without: [Concepts.condemning],
                                     blockedBy: [.quotation, .question])
    /// …or named as the cause of what went wrong: "yesterday's queues happened because
    /// customers ignored the booking system", «الزحام سببه أن العملاء تجاهلوا نظام الحجز».
    /// In one sentence, as its own statement: "if customers ignore the reminder, we call them"
    /// is a plan, and "not because customers ignored anything" owns it.
    static let audienceAsCause = Frame(anchor: Self.misconduct, with: [Self.audience, Self.audienceCause], without: [Concepts.condemning],
                                       blockedBy: [.quotation, .question, .negation])
    /// Words that make what follows the cause: "because", «سببه أن».
    static let audienceCause = Concept("blame.audience-cause", [
        "because", "due to", "caused by", "the result of", "are the reason", "is the reason", "=بسبب", "=سببه", "=سببها", "=لأن", "=لان", "=نتيجة",
        "=هم سبب", "=هم السبب",
    ])

    /// One person the organisation serves, singled out: "the passenger", «الراكب».
    static let servedPerson = Concept("served-person", [
        "the passenger", "this passenger", "the customer", "this customer", "the patient", "the guest", "the caller",
        "the resident", "the subscriber", "the traveller", "the traveler", "one of the passengers", "one passenger", "one of our customers",
        "=أحد الركاب", "=أحد العملاء", "=أحد المسافرين",
        "=الراكب", "=الراكبة", "=العميل", "=العميلة", "=المريض", "=المريضة", "=الزبون", "=النزيل", "=المسافر", "=المسافرة", "=المشترك",
    ])
    /// What that person is said to have done to bring it on: refused, ignored, "should have".
    static let personAtFault = Concept("person-at-fault", [
        "refused to", "=refused and", "ignored", "should have", "should've", "failed to follow", "did not follow", "didn't follow",
        "=رفض", "=رفضت", "=تجاهل", "=تجاهلت", "=كان على", "=كان عليه", "=كان عليها", "=كان يجب عليه", "=كان يجب عليها", "=لم يلتزم", "=لم تلتزم",
    ])
    /// What the organisation did, said to follow from it: "so security had no choice",
    /// «فلم يكن أمام الأمن خيار».
    static let leftNoChoice = Concept("left-no-choice", [
        "had no choice", "had no other choice", "left us no choice", "left no choice", "had no option", "no other option",
        "followed procedure", "followed our procedure", "followed procedures", "followed protocol", "in line with procedure",
        "it became necessary", "became necessary to", "followed established procedures", "were forced to", "=اضطررنا", "=اقتضى الأمر",
        "=لم يكن أمام", "=فلم يكن أمام", "=لم يكن أمامنا", "=فلم يكن أمامنا", "=فلم يكن لدينا خيار", "=لم يكن لدينا خيار", "=لا خيار", "=بلا خيار", "=اتبعنا الإجراءات", "=وفق الإجراءات",
        "=حسب الإجراءات", "=طبقنا الإجراءات",
    ])
    /// The one person the organisation served, charged with bringing it on: "the passenger
    /// should have followed instructions", "the passenger refused to leave his seat… so
    /// security had no choice", «الراكب رفض… فلم يكن أمام الأمن خيار». Blaming the victim
    /// (Coombs 2007: attacking the accuser); a report in quotation marks, or a denial, is not.
    /// Across a sentence break too: a pasted post keeps its line breaks, and "…ignored crew
    /// instructions,⏎so security had no choice" is one charge. "The passenger did nothing
    /// wrong. We should have found volunteers" owns the fault in its second sentence (`ourDuty`).
    static let personBlamed = Frame(anchor: Self.personAtFault, with: [Self.servedPerson], withAny: [Self.leftNoChoice, Self.shouldHave],
                                    without: [Concepts.condemning, Self.ownershipConcept, Self.ourDuty],
                                    blockedBy: [.quotation, .question, .negation], window: 1)
    /// What we should have done: the duty owned. (Not «كان عليّ»: once normalised it is
    /// «كان على», "X should have".)
    static let ourDuty = Concept("our-duty", [
        "we should have", "i should have", "we should've", "i should've", "=كان علينا", "=وكان علينا",
        "=كان يجب علينا", "=وكان يجب علينا",
    ])
    /// "Should have", said of the person served.
    static let shouldHave = Concept("should-have", [
        "should have", "should've", "=كان على", "=كان عليه", "=كان عليها", "=كان يجب عليه", "=كان يجب عليها",
    ])

    /// One member of staff, an intern or an agency, named as the one who did it.
    static let loneStaff = Concept("lone-staff", [
        "an employee", "one of our employees", "one of our staff", "a member of staff", "a staff member", "a member of our team",
        "a team member", "an intern", "our intern", "a junior employee", "a new employee", "a social media employee",
        "social media employees", "our art director", "the agency", "our agency", "a rogue", "an individual employee",
        "=موظف", "=موظفة", "=أحد موظفينا", "=أحد الموظفين", "=أحد موظفي", "=إحدى موظفات", "=إحدى الموظفات", "=متدرب", "=متدربة", "=موظف متدرب", "=أحد أعضاء الفريق",
        "=الوكالة", "=وكالة التسويق", "=الوكالة الإعلانية", "=مسؤول الحساب",
    ])
    /// What the member of staff is said to have done wrong on their own, or what happened to them for it.
    static let actedAlone = Concept("acted-alone", [
        "in error", "by mistake", "mistakenly", "without approval", "without authorisation", "without authorization", "unauthorised",
        "unauthorized", "wasn't informed", "was not informed", "without our knowledge", "without checking", "accidentally",
        "inadvertently", "has been let go", "has since been let go", "has been dismissed", "has been fired", "no longer with",
        "no longer works", "has been suspended",
        "=بالخطأ", "=عن طريق الخطأ", "=دون علم", "=دون علمنا", "=بدون علمنا", "=دون موافقة", "=بدون موافقة", "=دون الرجوع", "=اجتهاد شخصي",
        "=باجتهاد شخصي", "=تم إنهاء خدماته", "=تم إنهاء خدماتها", "=إنهاء خدماته", "=تم فصله", "=تم فصلها", "=إيقافه عن العمل",
    ])
    /// Something the organisation published: the post, the image, the advert.
    static let published = Concept("published-content", [
        "post", "tweet", "image", "picture", "photo", "ad", "advert", "advertisement", "video", "message", "campaign", "content",
        "re-blogged", "reblogged", "posted", "put that out", "tweeted", "published", "sent out",
        "=التغريدة", "=المنشور", "=الصورة", "=الإعلان", "=الرسالة", "=المقطع", "=الفيديو", "=المحتوى", "=نشرها", "=نشره", "=نشر", "=غرد",
    ])
    /// The organisation's own post put down to one member of staff: "the image was re-blogged
    /// in error by one of our employees", «التغريدة نشرها موظف متدرب بالخطأ». The organisation
    /// published it; the audience hears it pass the fault down. Not a sentence that owns it.
    static let scapegoat = Frame(anchor: Self.loneStaff, with: [Self.actedAlone, Self.published], without: [Self.ownershipConcept],
                                 blockedBy: [.quotation, .question])
    /// `ownership` as a frame's concept, matched once under the lexicon's name.
    static let ownershipConcept = Concept("blame.owned", lexicon: ownership)

    func check(_ post: PostAnalysis) -> [Finding] {
        // "We do not blame our customers" and "the analyst said customers should have…" are
        // not blame: skip a negated phrase and a sentence that reports someone else.
        // A sentence that owns the fault ("we take full responsibility") is not blame, unless
        // the owning words are denied ("this is not our responsibility").
        var hits: [PhraseMatcher.Hit] = []
        var blamed = Set<Int>()
        let candidates = (Self.check_.hits(in: post) + Self.ownershipDenied(in: post) + Self.causePushedOnto(in: post))
            .sortedIfNeeded { $0.firstToken < $1.firstToken }
        for hit in candidates {
            let sentence = post.sentenceIndex(of: hit)
            guard !blamed.contains(sentence), !Modality.negates(hit.firstToken, in: post),
                  !Modality.of(sentence: sentence, in: post).contains(.quotation),
                  !Self.ownsIt(sentence, in: post) else { continue }
            blamed.insert(sentence)
            hits.append(hit)
        }
        let sentences = blamed
        let charged = (Self.audienceBlame.hits(in: post) + Self.audienceAsCause.hits(in: post) + Self.personBlamed.hits(in: post))
            .filter { !sentences.contains(post.sentenceIndex(of: $0)) }.map { Self.charge(at: $0, in: post) }
            // "Without approval" is a negation of its own: only a denial before the staff member stands it aside.
            + Self.scapegoat.hits(in: post).filter { !sentences.contains(post.sentenceIndex(of: $0)) && !Modality.negates($0.firstToken, in: post, reach: 2) }
        return findings(for: (hits + charged).sortedIfNeeded { $0.firstToken < $1.firstToken }, in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension BlameRule {
    static let message = Localized(en: "'{1}' shifts blame; audiences judge the response, not whose fault it was.",
                                   ar: "«{1}» يُلقي اللوم على غيرك؛ والجمهور يحكم على طريقة الاستجابة لا على من أخطأ.")
    static let suggestion = Localized(en: "Own what is yours to own, say what you are doing about it and when the next update comes.",
                                      ar: "تحمّل ما يخصّك، وقل ما تفعله الآن وموعد التحديث القادم: «نتحمّل المسؤولية، وفرقنا في الموقع، والتحديث القادم الساعة ٦ مساءً».")
}
