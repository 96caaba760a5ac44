/// Discrimination and hate speech against a group.
struct HateSpeechRule: Rule {
    static let groups = Lexicon("policy.hate-speech.groups", [
        "subcontinent", "that part of", "workers from", "mothers", "male candidates", "female candidates", "wheelchairs", "in wheelchairs", "that village", "people from", "الجنسية", "ذيك الجنسية", "تلك الجنسية", "المذهب", "ذاك المذهب", "أتباع", "القبيلة",
        "foreigners", "expats", "expatriates", "immigrants", "migrants", "migrant workers", "women", "indians", "bengalis",
        "bangladeshis", "pakistanis", "filipinos", "africans", "asians", "arabs", "westerners", "jews", "christians", "muslims",
        "shia", "shias", "sunni", "sunnis", "gays", "the disabled", "old people", "those people", "these people", "their kind",
        "domestic workers", "maids", "labourers",
        "الأجانب", "الاجانب", "الوافدين", "الوافدون", "العمالة الوافدة", "=النساء", "المرأة", "الهنود", "البنغال", "البنغاليين",
        "الباكستانيين", "الفلبينيين", "الأفارقة", "اليهود", "النصارى", "المسيحيين", "الشيعة", "السنة", "المعاقين", "هؤلاء",
        "الخادمات", "العمال",
        "women as", "wheelchair user", "a wheelchair user", "البنات", "الحريم", "بعض الجنسيات", "من بعض الجنسيات",
        "nepalis", "sri lankans", "egyptians", "syrians", "sudanese", "yemenis", "ethiopians", "kenyans", "nigerians", "iranians", "iraqis",
        "lebanese", "jordanians", "palestinians", "europeans", "americans", "chinese", "blacks", "black people", "gay people", "lesbians",
        "trans people", "atheists", "hindus", "the elderly", "older workers", "young people", "millennials", "boomers", "girls", "females",
        "the handicapped", "disabled people", "autistic people", "the deaf", "the blind", "hijabis", "المصريين", "السوريين", "السودانيين",
        "اليمنيين", "الإثيوبيين", "الأحباش", "الحبش", "النيباليين", "السريلانكيين", "الإيرانيين", "العجم", "الفرس", "الترك", "الأتراك", "=البدون",
        "الهنديات", "الفلبينيات", "=الخدم", "الشغالات", "النسوان", "الستات", "العجايز", "الشياب", "كبار السن", "ذوي الإعاقة", "ذوي الهمم",
        "المتوحدين", "=الصم", "المكفوفين", "الملحدين", "الإسماعيلية", "الصوفية", "الدروز", "العلويين", "الإباضية", "الأقليات", "الآسيويين",
        "العمالة الآسيوية", "المحجبات",
    ])
    static let hostility = Lexicon("policy.hate-speech", [
        "backward", "rarely make it", "not our problem", "stopped hiring", "won't hire", "will not hire", "don't hire", "too old", "لا توظفون", "لا توظفوا", "ما منهم فايدة", "ما منهم فائدة", "لا فائدة منهم", "طبعهم", "متخلفين",
        "lazy", "dirty", "criminals", "thieves", "stupid", "inferior", "can't be trusted", "cannot be trusted", "not welcome",
        "go home", "should leave", "don't belong", "do not belong", "ruin", "ruining", "invading", "parasites", "vermin", "animals",
        "too emotional", "should stay home", "belong in the kitchen", "not fit", "unfit", "need not apply", "are a burden",
        "كسالى", "قذرين", "مجرمين", "لصوص", "أغبياء", "لا يؤتمن", "لا يؤتمنون", "لا يصلحون", "ليسوا أهلا", "يجب ترحيلهم",
        "ارجعوا لبلادكم", "ارجعوا إلى بلادكم", "ارجعوا لديرتكم", "حشرات", "حيوانات", "عاطفيات", "مكانها البيت", "مكانهن البيت", "لا تصلح", "عالة", "طفيليات", "وباء",
        "doesn't work", "just doesn't work", "can't keep pace", "can't keep up", "not cut out", "not suited", "ما يصلحن", "ما يصلحون", "لا يصلحن", "ما عندهم أمانة", "ما فيهم أمانة", "ما عندهن",
        "uneducated", "uncivilised", "uncivilized", "primitive", "savages", "smelly", "they stink", "terrible drivers", "breed like",
        "taking our jobs", "steal our jobs", "stealing our jobs", "cheats", "untrustworthy", "hysterical", "not smart enough", "less intelligent",
        "a drain on", "freeloaders", "scroungers", "spongers", "leeches", "ما يعرفون يسوقون", "ريحتهم", "رائحتهم", "وسخين", "ما لهم أمان", "غدارين",
        "حرامية", "نصابين", "همج", "همجيين", "بهايم", "يسرقون وظائفنا", "أخذوا وظائفنا", "خذوا وظايفنا", "ناقصات عقل", "ما ينفعون", "ما ينفعن",
    ])
    static let slurs = Lexicon("policy.hate-speech.slurs", [
        "الروافض", "روافض", "النواصب", "retards", "towelheads",
        // Hiring and service criteria that exclude people for who they are.
        "isn't the place for you", "is not the place for you", "focus on male candidates", "male candidates only", "men only",
        "no women", "if you're over", "stopped hiring workers from", "حسنات المظهر", "على ألا يتجاوز العمر", "لا توظفون من",
        "مكانها البيت", "مكانهن البيت",
        "men preferred", "male preferred", "males only", "arabs only", "whites only", "حسن المظهر", "حسنة المظهر", "جميلة المظهر", "لا نقبل نساء",
        "لا توظيف للنساء", "غير مسموح للنساء", "ممنوع الهنود", "ممنوع دخول الهنود", "ممنوع دخول العمال", "لا نقبل الآسيويين",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.hate-speech", title: "Discrimination and hate speech",
        titleAr: "التمييز وخطاب الكراهية", dimension: .compliance, severity: .error,
        rationale: """
            Fighting hate speech and negative discourse is part of an organisation's duty to its community; \
            adding to it, even as a "joke", breaks the law in many countries and the trust of employees, \
            customers and partners at once.
            """,
        rationaleAr: """
            مكافحة خطاب الكراهية والخطاب السلبي جزء من واجب المؤسسة تجاه مجتمعها؛ والمشاركة فيه، ولو \
            «مزاحاً»، تخالف القانون في كثير من الدول وتهدم ثقة الموظفين والعملاء والشركاء دفعة واحدة.
            """,
        examples: [
            .passes("We welcome visitors daily. Bays near the entrance are reserved only for wheelchair users.", .en),
            .passes("نستقبل الزوار يومياً. المواقف القريبة من المدخل مخصصة فقط لكبار السن وذوي الإعاقة.", .ar),
            .triggers("Expats are lazy and ruining our service culture.", .en),
            .triggers("Women are too emotional for the control room.", .en),
            .triggers("الوافدون كسالى ويجب ترحيلهم.", .ar),
            .triggers("We do not hire women for these roles.", .en),
            .triggers("Applicants from India need not apply.", .en),
            .triggers("Only white candidates who live within 60 miles of Dallas will be considered.", .en),
            .triggers("الوظيفة للمواطنين البيض فقط، ولا تُقبل طلبات ذوي البشرة السمراء.", .ar),
            .triggers("لا نوظف النساء في فروعنا.", .ar),
            .triggers("الوظيفة للذكور فقط، ولا نقبل طلبات من الجنسيات الآسيوية.", .ar),
            .passes("We do not hire on the basis of nationality, gender or religion.", .en),
            .passes("The ministry said some firms do not hire women; we hire on merit.", .en),
            .passes("ذكرت الوزارة أن بعض الشركات لا توظف النساء، ونحن نوظف بالكفاءة وحدها.", .ar),
            .passes("نوظف الكفاءات من جميع الجنسيات دون تمييز.", .ar),
            .passes("Our crews come from 23 nationalities and we are proud of every one of them.", .en),
            .passes("نفخر بزميلاتنا وزملائنا من جميع الجنسيات.", .ar),
            // A job advert whose next sentence asks for one group.
            .triggers("We are hiring forklift operators at the Sohar depot. Looking for men under 35 who can start on Sunday.", .en),
            .triggers("نوظف الآن مشغلي رافعات في مستودع صحار. نبحث عن رجال دون ٣٥ سنة يبدأون الأحد.", .ar),
            .passes("We are hiring forklift operators at the Sohar depot. We are looking for people of every nationality, and women are encouraged to apply.", .en),
            .passes("نوظف الآن مشغلي رافعات في صحار. نبحث عن كفاءات من الجنسين، ونشجع النساء على التقديم.", .ar),
        ])

    var lexicons: [Lexicon] {
        [Self.groups, Self.hostility, Self.slurs, Concepts.gatekeeping.lexicon, Concepts.protectedGroup.lexicon, Self.hiring,
         Concepts.restriction.lexicon, Concepts.equality.lexicon] + Modality.allLexicons
    }

    /// Exclusion presented as policy, in whatever words: a sentence that lets people in
    /// or keeps them out (hire, admit, serve, «نوظف», «نقبل») names a group by origin,
    /// gender, religion, age or disability, and either negates the letting in ("we do
    /// not hire women") or restricts it ("men only", "need not apply", «للرجال فقط»). A
    /// sentence that takes a stand against it ("regardless of nationality", «دون تمييز»)
    /// or reports somebody else's words does not count.
    func exclusions(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        var seen = Set<Int>()
        func open(_ sentence: Int) -> Bool {
            !post.sentence(sentence, has: Concepts.equality.lexicon) && !Modality.of(sentence: sentence, in: post).contains(.quotation)
        }
        return post.hits(Concepts.gatekeeping.lexicon).filter { hit in
            let sentence = post.sentenceIndex(of: hit)
            guard !seen.contains(sentence), open(sentence) else { return false }
            // The rule in the same sentence ("we do not hire women").
            let sameSentence = post.sentence(sentence, has: Concepts.protectedGroup.lexicon)
                && (Modality.negates(hit.firstToken, in: post) || post.sentence(sentence, has: Concepts.restriction.lexicon))
            guard sameSentence else { return false }
            seen.insert(sentence)
            return true
        } + advertsForOneGroup(in: post, skipping: seen)
    }

    static let hiring = Lexicon("policy.hate-speech.hiring", [
        "hiring", "we are hiring", "we're hiring", "recruiting", "vacancy", "vacancies", "job opening", "job openings", "apply now",
        "نوظف", "توظيف", "وظائف", "وظيفة", "شواغر", "مطلوب", "نستقطب", "فرص عمل",
    ])

    /// A job advert whose next sentence asks for one group ("We're hiring site
    /// supervisors. Looking for men under 35"). The finding points at the sentence that
    /// asks, not at the advert.
    func advertsForOneGroup(in post: PostAnalysis, skipping taken: Set<Int>) -> [PhraseMatcher.Hit] {
        var found: [PhraseMatcher.Hit] = []
        var sentences = taken
        for hit in post.hits(Self.hiring) {
            let next = post.sentenceIndex(of: hit) + 1
            guard next < post.text.sentences.count, !sentences.contains(next),
                  post.sentence(next, has: Concepts.protectedGroup.lexicon), post.sentence(next, has: Concepts.restriction.lexicon),
                  !post.sentence(next, has: Concepts.equality.lexicon),
                  !Modality.of(sentence: next, in: post).contains(.quotation) else { continue }
            sentences.insert(next)
            let first = post.text.sentences[next].lowerBound
            found.append(PhraseMatcher.Hit(group: -1, phrase: -1, firstToken: first, endToken: first + 1))
        }
        return found
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings = post.hits(Self.slurs).map { hit in
            finding(Self.message1(post.feedbackLanguage, post.excerpt(hit)), tokens: hit.firstToken..<hit.endToken, in: post,
                    suggestion: Self.suggestion1(post.feedbackLanguage))
        }
        var sentences = Set<Int>()
        for hit in SentencePhraseCheck(trigger: Self.hostility, requiresInSentence: [Self.groups],
                                           unlessInSentence: [Modality.lexicons[.quotation]!], window: 1).hits(in: post) {
            sentences.insert(post.sentenceIndex(of: hit))
            findings.append(finding(Self.message2(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: post.text.sentences[post.sentenceIndex(of: hit)], in: post,
                                    suggestion: Self.suggestion2(post.feedbackLanguage)))
        }
        // The message quotes the whole sentence: "we do not hire" is not the fault, the
        // rule it states is.
        for hit in exclusions(in: post) where !sentences.contains(post.sentenceIndex(of: hit)) {
            let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
            let (start, end) = post.span(sentence)
            findings.append(finding(Self.message1(post.feedbackLanguage, post.text.excerpt(start, end)),
                                    tokens: sentence, in: post, suggestion: Self.suggestion1(post.feedbackLanguage)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension HateSpeechRule {
    static let message1 = Localized(en: "'{1}' excludes or insults people for who they are.",
                                    ar: "«{1}» يقصي الناس أو يهينهم بسبب هويتهم.")
    static let suggestion1 = Localized(en: "Remove it. An official voice speaks to and for everyone it serves.",
                                       ar: "احذفه. الصوت الرسمي يخاطب كل من يخدمهم ويتحدث باسمهم.")
    static let message2 = Localized(en: "'{1}' attacks people for who they are; that is discrimination or hate speech.",
                                    ar: "«{1}» هجوم على الناس بسبب هويتهم؛ وهذا تمييز أو خطاب كراهية.")
    static let suggestion2 = Localized(en: "Remove it. Speak about behaviour and facts, never about a group.",
                                       ar: "احذفه. تحدّث عن السلوك والوقائع، لا عن فئة من الناس.")
}
