/// Layoffs handled as an ultimatum.
struct ColdLayoffRule: Rule, FrameRule {
    let descriptor = RuleDescriptor(
        id: "tone.cold-layoff", title: "Cold handling of layoffs",
        titleAr: "التعامل بجفاء مع إنهاء الخدمات", dimension: .professionalism, severity: .warning,
        rationale: """
            How people are let go is watched by everyone who stays, and by every future hire. An overnight \
            ultimatum ("click yes by 5pm or take severance") reads as contempt; the layoff letters people \
            praise (Airbnb 2020, Google 2023) explain why, say sorry, and spell out the support.
            """,
        rationaleAr: """
            طريقة إنهاء خدمات الموظفين يراقبها كل من يبقى، وكل من سيُعيَّن لاحقاً. والإنذار الليلي («اضغط \
            نعم قبل الخامسة أو خذ التعويض») يُقرأ ازدراءً؛ أما خطابات التسريح التي أشاد بها الناس (إير بي إن \
            بي ٢٠٢٠، وجوجل ٢٠٢٣) فتشرح السبب، وتعتذر، وتفصّل الدعم.
            """,
        examples: [
            // Jobs ended on the spot, told to the people who lose them.
            .triggers("If you're on this call, you are part of the group being laid off. Your employment is terminated effective immediately.", .en),
            .triggers("Your employment is terminated with immediate effect on the grounds of redundancy. Your final day is today.", .en),
            .triggers("نبلغكم بإنهاء خدماتكم بأثر فوري، ويكون اليوم آخر يوم عمل لكم.", .ar),
            .passes("The new parking rules take effect immediately; staff badges work at every gate.", .en),
            .passes("يسري القرار بأثر فوري: تمديد ساعات عمل مراكز الخدمة حتى العاشرة مساءً.", .ar),
            .passes("Reports that staff were laid off with immediate effect are false; no jobs are affected.", .en),
            .triggers("Said goodbye to 40 people in the Jeddah office today. Lean and mean from here! 🔥", .en),
            .triggers("اليوم ودّعنا ٣٠٠ زميل. للأمام ودائماً للأعلى! مرحلة مثيرة تنتظرنا.", .ar),
            // Firing said of staff and cheered.
            .triggers("Tweeting live from HR where we're all being fired! Exciting!!", .en),
            .triggers("بدأ فصل الموظفين اليوم! يا لها من مغامرة 🎉", .ar),
            .passes("Rockets were fired at the border overnight; our flights to the north are suspended.", .en),
            // "Let 120 people go": the layoff split by its number, bare or cheered.
            .triggers("We let 120 people go today as part of our reorganisation.", .en),
            .triggers("We let 120 people go this week. Exciting times ahead! 🚀", .en),
            .passes("We let 120 people go this week. It is my decision and I am sorry: each gets 16 weeks' pay and health cover to June.", .en),
            .passes("We will never let our people go to cut costs.", .en),
            .passes("Let's go, team: 120 runners start the Muscat marathon for our charity tomorrow.", .en),
            .passes("Let's go, team! Our 40 volunteers plant 2,000 trees in Sohar on Friday.", .en),
            .passes("يلا يا فريق! ٤٠ متطوعاً يزرعون ألفي شجرة في صحار يوم الجمعة.", .ar),
            // The leavers shut out, told beside the people let go; the layoff in «استغنينا».
            .triggers("We have let 120 people go this morning. Their access cards stop working at noon. Onwards and upwards!", .en),
            .triggers("استغنينا صباح اليوم عن 120 موظفاً، وستتوقف بطاقات دخولهم عند الظهر. إلى الأمام!", .ar),
            .triggers("ودّعنا اليوم 200 زميل. المرحلة القادمة مثيرة ونحن أكثر رشاقة! 🚀", .ar),
            .passes("Staff access cards are being renewed this week; old cards keep working until Thursday.", .en),
            .passes("نجدد بطاقات دخول الموظفين هذا الأسبوع، وتبقى البطاقات القديمة صالحة حتى الخميس.", .ar),
            // Many seen off at once and cheered; a retirement party sees off one or two.
            .triggers("Today we said goodbye to 300 colleagues. Onwards and upwards! Exciting times ahead.", .en),
            .triggers("ودعنا اليوم ٣٠٠ موظف، ونتطلع لمرحلة جديدة مليئة بالفرص!", .ar),
            .passes("Today we said goodbye to 2 colleagues who retire after 30 years. Exciting times ahead for them!", .en),
            .passes("ودعنا اليوم زميلين بعد ٣٠ عاماً من العطاء، ونتمنى لهما مستقبلاً مشرقاً.", .ar),
            // Colleagues seen off in a cost drive, with a rocket.
            .triggers("Today we said goodbye to 300 colleagues as part of our efficiency journey. Onwards and upwards! 🚀", .en),
            .triggers("ودعنا اليوم ٣٠٠ موظف ضمن رحلة رفع الكفاءة. للأمام دائماً 🚀", .ar),
            .passes("Today we said goodbye to 12 colleagues who retire after 30 years with us. Thank you, and enjoy it! 🎉", .en),
            .passes("ودعنا اليوم ١٢ زميلاً متقاعداً بعد ثلاثين عاماً من العطاء، شكراً لكم 🎉", .ar),
            .triggers("180 positions impacted as we streamline. Onwards to our next growth story! 💪", .en),
            .passes("Onwards to our next growth story: 60 new roles at Sohar this year.", .en),
            .triggers("١٨٠ من زملائنا من المتأثرين بإعادة الهيكلة، وننطلق إلى فصل جديد 💪", .ar),
            .passes("فصل جديد من النمو: ٦٠ وظيفة جديدة في صحار هذا العام.", .ar),
            .triggers("If you want to stay, click yes by 5pm tomorrow; everyone else will receive three months of severance.", .en),
            .triggers("من لم يضغط نعم قبل الخامسة انتهت خدماتك.", .ar),
            .passes("We are reducing the team by 10%. I am sorry; everyone leaving gets 16 weeks' pay and healthcare.", .en),
            .passes("نقلص الفريق ١٠٪، ونعتذر لكل من يغادر، ولكل منهم راتب ١٦ أسبوعاً.", .ar),
            // Job cuts announced with no why, no sorry and no support.
            .triggers("Today we let go of 15% of our workforce. It's a business decision. Onward.", .en),
            .triggers("تم الاستغناء عن ٢٠٠ موظف اعتباراً من اليوم، ونشكرهم على خدماتهم.", .ar),
            .passes("Today we let go of 15% of our workforce because bookings fell by half. Everyone leaving gets 14 weeks' pay.", .en),
            .passes("قررنا الاستغناء عن ٢٠٠ موظف بسبب إغلاق مصنع صحار، ولكل منهم مكافأة نهاية الخدمة وتأمين صحي لستة أشهر.", .ar),
            .passes("We have no plans for layoffs this year.", .en),
            .passes("It is time we let go of old habits and book our meetings in the app.", .en),
            .passes("لن يتم الاستغناء عن أي موظف بسبب الاندماج.", .ar),
            .passes("We're hiring 40 engineers, and we welcome applicants who were laid off elsewhere this year.", .en),
            // Job losses cheered.
            .triggers("As part of our rightsizing journey, we are optimising our depot footprint. Exciting new chapter ahead!", .en),
            .triggers("We are closing the Sur depot and 85 colleagues will be impacted. Exciting times ahead! 🚀", .en),
            .triggers("سنغلق مستودع صور وسيتأثر ٨٥ موظفاً، ونحن متحمسون لمرحلة جديدة مشرقة!", .ar),
            .passes("We are delighted to welcome 40 new colleagues to the Sohar plant.", .en),
            .passes("يسعدنا الترحيب بأربعين موظفاً جديداً في مصنع صحار.", .ar),
            .passes("We're excited about the new plant, and there will be no layoffs.", .en),
            // The leavers shut out, told in public.
            .triggers("Effective today, 240 roles in our Dammam operations are eliminated under our efficiency programme. Access cards were deactivated at 9 am.", .en),
            .triggers("اعتباراً من اليوم أُلغيت ٢٤٠ وظيفة في عملياتنا بالدمام ضمن برنامج رفع الكفاءة، وأُوقفت بطاقات الدخول الساعة ٩ صباحاً.", .ar),
            .passes("Access cards for the new Dammam office will be issued on Sunday at reception.", .en),
            .passes("تُصرف بطاقات الدخول للمبنى الجديد يوم الأحد من مكتب الاستقبال.", .ar),
        ])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.ultimatum, blockedBy: [.quotation]),
        // Jobs ended on the spot: "terminated effective immediately", «إنهاء خدماتكم بأثر فوري»,
        // "your final day is today". Not a rule or a service that takes effect at once.
        Frame(anchor: Self.onTheSpot, withAny: [Concepts.layoff, Self.dismissal], blockedBy: [.negation, .question, .quotation], window: 1),
    ]
    /// At once, today: "effective immediately", «بأثر فوري».
    static let onTheSpot = Concept("cold-layoff.on-the-spot", [
        "effective immediately", "with immediate effect", "immediate effect", "final day is today", "last day is today",
        "final day of employment is today", "last day of employment is today",
        "=بأثر فوري", "=بشكل فوري", "=آخر يوم عمل لكم", "=آخر يوم عمل لك", "=اليوم آخر يوم",
    ])
    /// A job ended, said to or of the person: "your employment is terminated", «إنهاء خدماتكم».
    static let dismissal = Concept("cold-layoff.dismissal", [
        "employment is terminated", "employment has been terminated", "employment will be terminated", "employment terminated",
        "contract is terminated", "contracts are terminated", "being laid off", "are laid off", "role is eliminated", "position is eliminated",
        "=إنهاء خدماتكم", "=إنهاء خدماتك", "=إنهاء عقودكم", "=إنهاء عقدك", "=انتهاء خدماتكم", "=فصلكم", "=الاستغناء عنكم", "=الاستغناء عنك",
    ])

    /// Job cuts announced: a layoff and the people it is about in one asserted sentence
    /// ("we let go of 15% of our workforce", «تم الاستغناء عن ٢٠٠ موظف»), not "let go of
    /// old habits", not a denial, a question or somebody else's news.
    static let announcement = Frame(anchor: Concepts.layoff, with: [Concepts.workforce], without: [Concepts.hiring],
                                    blockedBy: [.negation, .question, .quotation, .published])

    var lexicons: [Lexicon] {
        Self.lexicons(of: Self.frames + [Self.announcement, Self.lockedOut, Self.farewellOfMany] + Self.celebrated, and: [Concepts.leaverSupport])
    }

    /// Cheer: "exciting new chapter", "thrilled", «مرحلة جديدة مشرقة», 🎉.
    static let cheer = Concept("cold-layoff.cheer", [
        "exciting", "excited", "thrilled", "delighted", "new chapter", "bright future", "brighter future", "journey", "can't wait",
        "🎉", "🚀", "🥳", "🔥", "💪", "=متحمسون", "=متحمسين", "=متحمس", "فصل جديد", "مرحلة جديدة مشرقة", "مستقبل مشرق", "=رحلتنا", "=سعداء",
        "=يسعدنا", "=فخورون", "onwards", "onward", "growth story", "next chapter", "exciting times",
        // «مرحلة جديدة» only with what makes it bright: a new stage is also a project's next phase.
        "=مرحلة جديدة مليئة بالفرص", "=مليئة بالفرص", "=مستقبل واعد", "=المستقبل واعد", "=انطلاقة جديدة",
        "onwards and upwards", "lean and mean", "full of opportunity", "=للأمام ودائماً للأعلى", "=للأمام ودائما للأعلى", "=نمضي قدماً",
        "=نمضي قدما", "=رشاقة وسرعة", "=الأخف والأسرع", "=قصة نمونا", "=إلى الأمام", "=الى الامام", "=مثيرة", "=المرحلة القادمة مثيرة",
    ])
    /// Jobs lost, said softly: "85 colleagues will be impacted", «الموظفين المتأثرين».
    static let softJobLoss = Concept("cold-layoff.soft-job-loss", [
        "will be impacted", "will be affected", "are impacted", "impacted colleagues", "impacted employees", "impacted roles", "affected roles",
        "affected colleagues", "transition out", "transitioning out", "positions impacted", "roles impacted", "positions affected",
        "headcount reduction", "reducing headcount", "reduce headcount", "rightsizing", "right-sizing", "=المتأثرين", "=المتأثرون", "=سيتأثر", "=سيتأثرون",
    ])
    /// People seen off: "said goodbye to 300 colleagues", «ودعنا ٣٠٠ موظف». A layoff only in
    /// a drive for cost or efficiency (`costDrive`); alone it is a retirement party.
    static let farewell = Concept("cold-layoff.farewell", [
        "said goodbye to", "say goodbye to", "saying goodbye to", "bid farewell to", "bade farewell to", "farewell to",
        "=ودعنا", "=نودع", "=توديع", "=ودّعنا",
    ])
    /// Retirement: colleagues seen off at the end of a career, however many.
    static let retirement = Concept("cold-layoff.retirement", [
        "retire", "retires", "retiring", "retired", "retirees", "retirement",
        "=متقاعد", "=متقاعدا", "=متقاعداً", "=متقاعدين", "=المتقاعدين", "=تقاعد", "=التقاعد", "=تقاعدهم", "=بتقاعدهم",
    ])
    /// Cost and efficiency drives: what a layoff is called when it is not named.
    static let costDrive = Concept("cold-layoff.cost-drive", [
        "efficiency", "restructuring", "streamlining", "cost optimisation", "cost optimization", "cost savings", "transformation programme",
        "leaner", "leaner and meaner", "=أكثر رشاقة", "=رشاقة أكبر", "=رفع الكفاءة", "=إعادة الهيكلة", "=إعادة هيكلة", "=ترشيد", "=خفض التكاليف", "=تخفيض التكاليف",
    ])
    /// A site closed: "closing the Sur depot", «إغلاق المصنع».
    static let siteClosure = Concept("cold-layoff.site-closure", [
        "closing the", "close the", "closure of", "shut down", "shutting down", "wind down", "winding down", "consolidating our sites",
        "=إغلاق", "=نغلق", "=سنغلق", "=بإغلاق",
    ])
    /// Job losses cheered: the cheer in the sentence of a layoff or the next ("as part of our
    /// rightsizing journey… exciting new chapter ahead!"), or of a site closed with its people.
    /// "We are delighted to welcome 40 new colleagues" loses nobody; "no layoffs" is denied.
    static let celebrated = [
        Frame(anchor: cheer, with: [farewell, costDrive, Concepts.workforce], without: [Concepts.hiring, retirement],
              blockedBy: [.negation, .question, .quotation], window: 1),
        Frame(anchor: cheer, withAny: [Concepts.layoff, softJobLoss], without: [Concepts.hiring], blockedBy: [.negation, .question, .quotation], window: 1),
        Frame(anchor: cheer, with: [siteClosure, Concepts.workforce], without: [Concepts.hiring], blockedBy: [.negation, .question, .quotation], window: 1),
    ]

    /// Many seen off at once, cheered: "said goodbye to 300 colleagues… exciting times ahead",
    /// «ودعنا اليوم ٣٠٠ موظف، ونتطلع لمرحلة جديدة مليئة بالفرص». A retirement party sees off
    /// one or two; ten or more at once is a layoff, whatever the post calls it.
    static let farewellOfMany = Frame(anchor: cheer, with: [farewell, Concepts.workforce], without: [Concepts.hiring, retirement],
                                      blockedBy: [.negation, .question, .quotation], window: 1)
    static func seesOffMany(near hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let around = post.sentences(around: post.sentenceIndex(of: hit))
        return post.hits(farewell.lexicon).contains { goodbye in
            around.contains(post.sentenceIndex(of: goodbye))
                && (goodbye.endToken..<min(tokens.count, goodbye.endToken + 3)).contains { (tokens[$0].number ?? 0) >= 10 }
        }
    }

    /// "We let 120 people go": a layoff whose words the number splits, so no phrase of
    /// `Concepts.layoff` spans it. "Let" and "go" at most five words apart, with a count or
    /// a word for staff between them, in a sentence that is asserted ("we will never let our
    /// people go" is denied, and "let's go" has nobody between).
    static func peopleLetGo(in post: PostAnalysis) -> PhraseMatcher.Hit? {
        let tokens = post.text.tokens
        // "Let" is a bit of each token's facts: only a token that is the word is read further.
        for index in tokens.indices where tokens.has(.letVerb, at: index) {
            let sentence = tokens[index].sentence
            let end = min(post.text.sentences[sentence].upperBound, index + 6)
            guard let go = (index + 2..<max(index + 2, end)).first(where: { tokens.text(at: $0, is: "go") }) else { continue }
            let between = (index + 1)..<go
            guard between.contains(where: { tokens[$0].kind == .number || Self.staffWords.contains(tokens.text(at: $0)) }),
                  !Modality.negates(index, in: post),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.negation, .question, .quotation]) else { continue }
            return PhraseMatcher.Hit(group: -1, phrase: -1, firstToken: index, endToken: go + 1)
        }
        return nil
    }
    static let staffWords: WordSet = ["people", "employees", "staff", "colleagues", "workers", "roles", "members"]
    /// The verb that opens "let … go", as `peopleLetGo` reads it (`WordFacts.letVerb`).
    static let letVerbs: WordSet = ["let", "letting"]

    /// The leavers shut out, told in public: "access cards were deactivated at 9 am",
    /// «أوقفت بطاقات الدخول». Whatever the reason given, the reader sees people locked out.
    static let shutOut = Concept("cold-layoff.shut-out", [
        "access cards were deactivated", "access cards deactivated", "badges were deactivated", "badges deactivated", "access was revoked",
        "access revoked", "logins were disabled", "accounts were disabled", "escorted out", "escorted from the building",
        "=أوقفت بطاقات الدخول", "=إيقاف بطاقات الدخول", "=تعطيل بطاقات الدخول", "=عطلت بطاقات الدخول",
        "=سحب بطاقات الدخول", "=إلغاء صلاحيات الدخول",
        "access cards stop working", "access cards will stop working", "badges stop working", "=ستتوقف بطاقات دخولهم",
        "=تتوقف بطاقات دخولهم", "=بطاقات دخولهم ستتوقف",
    ])
    /// Beside the people themselves too: "we have let 120 people go… their access cards stop
    /// working at noon" names no layoff word the matcher can read across the number.
    static let lockedOut = Frame(anchor: shutOut, withAny: [Concepts.layoff, softJobLoss, costDrive, Concepts.workforce], blockedBy: [.negation, .question, .quotation],
                                 window: 1)

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings = frameFindings(in: post)
        if findings.isEmpty, let shut = Self.lockedOut.hits(in: post).first {
            let language = post.feedbackLanguage
            findings.append(finding(Self.shutOutMessage(language, post.excerpt(shut)), tokens: post.text.sentences[post.sentenceIndex(of: shut)],
                                    in: post, suggestion: Self.suggestion(language)))
            return findings
        }
        // Read once: both the cheer and the bare announcement below ask for it, and the scan
        // walks every token of the post.
        let peopleLetGo = findings.isEmpty ? Self.peopleLetGo(in: post) : nil
        // A plain loop: the lazy chain's closure copied the whole post for every post.
        var celebration: PhraseMatcher.Hit?
        if findings.isEmpty {
            for pattern in Self.celebrated {
                if let first = pattern.hits(in: post).first { celebration = first; break }
            }
            if celebration == nil {
                celebration = Self.farewellOfMany.hits(in: post).first { Self.seesOffMany(near: $0, in: post) }
            }
            if celebration == nil, let letGo = peopleLetGo {
                let around = post.sentences(around: post.sentenceIndex(of: letGo))
                celebration = post.hits(Self.cheer.lexicon).first { around.contains(post.sentenceIndex(of: $0)) }
            }
        }
        if let cheer = celebration {
            let language = post.feedbackLanguage
            findings.append(finding(Self.cheerMessage(language, post.excerpt(cheer)), tokens: post.text.sentences[post.sentenceIndex(of: cheer)],
                                    in: post, suggestion: Self.suggestion(language)))
            return findings
        }
        guard findings.isEmpty, let hit = Self.announcement.hits(in: post).first ?? peopleLetGo else { return findings }
        // Cold is what the post leaves out: the why, a sorry and the support. Any one of
        // them, anywhere in the post, is care the reader can see.
        let moves = post.moves.sentences
        let cares = moves.contains { $0.makes(.apology) || $0.makes(.cause) } || !post.hits(Concepts.leaverSupport.lexicon).isEmpty
        guard !cares else { return findings }
        let language = post.feedbackLanguage
        findings.append(finding(Self.bareMessage(language, post.excerpt(hit)), tokens: post.text.sentences[post.sentenceIndex(of: hit)],
                                in: post, suggestion: Self.suggestion(language)))
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ColdLayoffRule {
    static let cheerMessage = Localized(en: "'{1}' cheers in the same breath as people lose their jobs.",
                                        ar: "«{1}» احتفاء في الموضع نفسه الذي يفقد فيه الناس وظائفهم.")
    static let shutOutMessage = Localized(en: "'{1}' tells the public how people losing their jobs were shut out.",
                                          ar: "«{1}» يخبر الجمهور كيف أُغلق الباب في وجه من فقدوا وظائفهم.")
    static let bareMessage = Localized(en: "'{1}' announces job losses without the why, a sorry or the support people leaving will get.",
                                       ar: "«{1}» يعلن فقدان وظائف دون سبب ولا اعتذار ولا بيان للدعم المقدَّم لمن يغادرون.")
    static let message = Localized(en: "'{1}' treats people losing their jobs as an ultimatum.",
                                   ar: "«{1}» يخاطب من يفقدون وظائفهم بلغة الإنذار.")
    static let suggestion = Localized(en: "Explain the decision, say sorry, and set out the support (pay, healthcare, references) before any deadline.",
                                      ar: "اشرح القرار، واعتذر، وبيّن الدعم المقدَّم (الرواتب والتأمين الصحي وخطابات التوصية) قبل أي مهلة. مثال: «نقلص الفريق ١٠٪، ونعتذر لكل من يغادر، ولكل منهم راتب ١٦ أسبوعاً».")
}
