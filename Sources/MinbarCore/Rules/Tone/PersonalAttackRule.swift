/// Abuse aimed at a person or an account: the insult plus a target (@handle, "you").
struct PersonalAttackRule: Rule {
    static let attackPhrases = Lexicon("tone.personal-attack", [
        "you clearly don't understand", "you have no idea", "do your homework", "learn to read", "people like you",
        "who even are you", "know your place", "=go back to", "get your facts straight", "nobody asked you", "clueless critics",
        "stick to your day job", "you people",
        "ما تفهم", "لا تفهم شيئا", "تعلم القراءة",
        // Exact: word forms read «الأمثال» ("the proverbs") as «أمثالك» ("the likes of you").
        "=أنك لا تفهم", "=انك لا تفهم", "=إنك لا تفهم", "=أنك ما تفهم", "=انك ما تفهم",
        "=أمثالك", "=امثالك", "=أمثالكم", "=امثالكم", "=أمثاله", "=امثاله", "=أمثالهم", "=امثالهم", "=أمثالها", "من أنت", "اعرف حدودك", "اعرف قدرك", "لا أحد سألك",
        "روح تعلم", "ابحث عن عمل",
        "sus", "(sus)", "you really did ask for it", "السن أثر عليك", "صرت تهذري", "تهذري", "تهذي", "بعت بلدك", "أنت بسعر",
        // The charge of lying, made to someone's face.
        // Exact where a suffix is the "you": word forms would read «أكاذيبك» ("your lies") in «الأكاذيب» ("the lies").
        "shame on you", "your lies", "you're lying", "you are lying", "عيب عليك", "عيب عليكم", "تكتب كذب", "=أكاذيبك", "=أكاذيبكم",
        "يا كذاب",
        // Sarcasm at a know-it-all: "since you know everything about banking, apply for my job".
        "since you know everything", "you know everything", "know-it-all", "since you're such an expert", "since you are such an expert",
        "apply for my job", "=بما أنك تفهم في كل شيء", "=بما انك تفهم في كل شي", "=تفهم في كل شيء", "=تفهم في كل شي", "=أبو العريف",
        "=ابو العريف", "=يا فهمان", "=يا الفهيم",
        // Disgust said to someone's face.
        "you make me sick", "you disgust me", "you're disgusting", "you are disgusting", "تقرفني", "تقرفوني", "=أنت مقرف", "=انت مقرف",
        // An animal's name said to someone: the vocative makes the beast a name for the person.
        // Exact: «يا ثورة» is a chant for a revolution, not a bull.
        "=يا ثور", "=يا تيس", "=يا خروف", "=يا بقرة", "=يا جحش", "=يا قرد", "=يا خنزير", "=يا بهيمة", "=يا زبالة", "=يا حشرة",
        "=يا كلاب", "=يا خرفان", "=يا بهايم", "=يا حمير", "=يا قرود", "=يا خنازير", "=يا تيوس", "=يا ثيران",
    ])

    /// An animal's name said to someone in English: an attack only where it ends the
    /// phrase ("you snake, you knew"), not where it names a kind of person ("you dog
    /// owners", "you animal lovers") or an idiom ("did you pig out").
    static let animalNames = Lexicon("tone.personal-attack.animal", [
        "=you pig", "=you pigs", "=you rat", "=you rats", "=you snake", "=you snakes", "=you dog", "=you dogs", "=you donkey",
        "=you animal", "=you animals", "=you parasite", "=you parasites", "=you sheep", "=you vermin", "=you cow",
    ])

    /// A crime's name for a person: a thief, a fraudster, a criminal, «حرامي», «نصاب».
    /// Aimed at somebody (`isAimed`, or a person named in or beside the sentence), it is a
    /// charge only a court can make; "beware of fraudsters posing as our staff" warns.
    static let crimeLabels = Lexicon("tone.personal-attack.crime-labels", [
        "=thief", "=a thief", "=fraudster", "=fraudsters", "=swindler", "=swindlers", "=crook", "=a crook", "is a criminal",
        "are criminals", "a common criminal", "criminal of the day", "=embezzler", "=con man", "a fraud",
        "=حرامي", "=الحرامي", "=لص", "=اللص", "=نصاب", "=النصاب", "=نصابين", "=محتال", "=المحتال", "=مجرم", "=المجرم",
        "=مجرمين", "=مختلس", "=المختلس", "=سارق", "=السارق", "مجرم اليوم",
        // The culprit of a crime or a disaster named before any court or inquiry: "a terrorist named…", «المفجر… هو».
        "=terrorist", "=a terrorist", "=murderer", "=murderers", "=bomber", "=the bomber", "=إرهابي", "=الإرهابي", "=القاتل", "=قاتل",
        "=قتلة", "=المفجر",
    ])

    /// A figure of speech that makes a person an animal, a puppet or a joke, said of them
    /// as what they are: "you are a snake", "he's a puppet", "they are parasites", «أنت
    /// حشرة», «عميل للخارج». Only in the predicate: a zoo has snakes, a clinic treats
    /// parasites, a bank serves «كل عميل».
    static let metaphors = Lexicon("tone.personal-attack.metaphors",
        predications(of: ["snake", "rat", "pig", "parasite", "puppet", "sellout", "weasel", "leech", "vulture", "hyena", "nobody",
                          "paid troll", "racist", "fraud", "liar", "hack"],
                     plurals: ["snakes", "rats", "pigs", "parasites", "puppets", "sellouts", "weasels", "leeches", "vultures", "hyenas",
                               "paid trolls", "racists", "frauds", "liars", "hacks"])
        + ["=you are corrupt", "=you're corrupt", "=he is corrupt", "=she is corrupt",
           "=أنت ثعبان", "=انت ثعبان", "=أنت أفعى", "=انت أفعى", "=أنت دمية", "=انت دمية", "=مجرد دمية", "=دمية بيد", "=دمية في يد",
           "=just a mouthpiece", "=is a mouthpiece", "=a puppet of", "=أنت حشرة", "=انت حشرة", "=أنتم حشرات", "=انتم حشرات", "=هو حشرة", "=أنت واطي", "=انت واطي", "=يا واطي", "=الواطي", "=أنت مهرج", "=انت مهرج", "=يا مهرج", "=هذا المهرج", "=أنت بوق", "=انت بوق", "=مجرد بوق", "=أنت عميل", "=انت عميل", "=عميل لإيران", "=عميل للخارج", "=عملاء للخارج", "=أنت ساقط", "=انت ساقط", "=يا ساقط", "=أنت بهيم", "=انت بهيم", "=يا بهيم", "=أنت طبال", "=انت طبال", "=يا طبال", "=أنت فاسد", "=انت فاسد", "=أنت مرتشي", "=انت مرتشي", "=هو مرتشي"])

    /// Vermin made a name for people by a verb that regards them so: "I will consider him an
    /// insect", "they are cockroaches", «سأعتبره حشرة», «نعتبرهم جراثيم». The verb or the
    /// pronoun carries who is meant, so no name is needed beside it; vermin on their own
    /// ("cockroaches are pests: call us") are a pest-control advert.
    static let regardedAsVermin = Lexicon("tone.personal-attack.vermin", {
        let englishVermin = ["insect", "insects", "an insect", "vermin", "cockroach", "cockroaches", "a cockroach", "rat", "rats",
                             "a rat", "parasite", "parasites", "a parasite", "germ", "germs", "a germ"]
        let englishRegard = ["consider him", "consider her", "consider them", "consider you", "call him", "call them", "treat them as",
                             "treat them like", "they are", "they're", "you are", "you're", "these people are", "those people are"]
        let arabicVermin = ["حشرة", "حشرات", "جرثومة", "جراثيم", "ذبابة", "ذباب", "صرصار", "صراصير", "جرذ", "جرذان", "طفيلي", "طفيليات"]
        let arabicRegard = ["أعتبره", "سأعتبره", "نعتبره", "سنعتبره", "أعتبرهم", "سأعتبرهم", "نعتبرهم", "سنعتبرهم", "اعتبره", "اعتبرهم",
                            "أعتبرها", "سأعتبرها", "نعتبرها", "أعدّه", "أعده", "نعدهم", "هم مجرد", "هو مجرد", "أنتم مجرد", "أنت مجرد"]
        return englishRegard.flatMap { verb in englishVermin.map { "=\(verb) \($0)" } }
            + arabicRegard.flatMap { verb in arabicVermin.map { "=\(verb) \($0)" } }
    }())

    /// Each noun said of someone as what they are, in the predicate only and exactly:
    /// "is a snake", "you're a snake", "he's a snake", "such a snake"; "they are snakes",
    /// "bunch of snakes".
    static func predications(of nouns: [String], plurals: [String]) -> [String] {
        nouns.flatMap { noun in ["is a", "you're a", "you are a", "he's a", "she's a", "such a"].map { "=\($0) \(noun)" } }
            + plurals.flatMap { plural in ["are", "you are", "they're", "they are", "bunch of"].map { "=\($0) \(plural)" } }
    }

    /// One's own people judged as a kind, in public: "lazy employees", "our staff are
    /// useless", "drivers are parasites", «موظفين كسالى», «العمال عالة». Performance is
    /// dealt with in private; said on an official account it tells every employee, and
    /// every future hire, how they will be spoken of. Two concepts joined where they touch
    /// (`staffJudged`): a judgement next to the people it judges, not anywhere in the
    /// sentence ("our engineers fixed the lazy-loading bug" judges nobody).
    static let staffNouns = Lexicon("tone.personal-attack.staff", [
        "employee", "staff", "staffer", "worker", "colleague", "team member", "intern", "driver", "nurse", "agent", "engineer",
        "contractor", "cashier", "workforce",
        "موظف", "موظفة", "عامل", "عمال", "زميل", "زملاء", "ممرض", "ممرضين", "سائق", "سائقين", "طاقم", "مندوب", "مندوبين",
    ])
    /// What a person is called to judge them: "lazy", "slackers", «كسالى», «متسيبين».
    /// English qualities stand before the noun or after "is"/"are"; kinds ("parasites")
    /// after "are". Arabic qualities follow the noun.
    static let staffQualities = Lexicon("tone.personal-attack.staff-quality", [
        "lazy", "useless", "worthless", "incompetent", "toxic", "stupid", "brainless", "hopeless", "pathetic", "clueless", "idle",
        "good-for-nothing", "slovenly",
        "slacker", "slackers", "deadweight", "dead weight", "freeloaders", "parasites", "leeches", "idiots", "morons", "a cancer",
        "a disgrace", "a liability",
        "كسول", "كسالى", "متسيب", "متسيبين", "فاشل", "فاشلين", "غبي", "أغبياء", "عديم الفائدة", "عديمي الفائدة", "بلا فائدة",
        "ما منهم فايدة", "ما منهم فائدة", "=عالة", "طفيليات", "مثل السرطان", "كالسرطان",
    ])
    static let staffCopulas: WordSet = ["is", "are", "was", "were", "'re", "remain", "remains"]

    /// The places a judgement touches the people it judges: "lazy employees" (the quality
    /// just before the noun), "staff are useless" (after the noun and its verb), «موظفين
    /// كسالى» (just after an Arabic noun). Each covers the noun and the judgement.
    static func staffJudged(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        let qualities = post.hits(staffQualities)
        guard !qualities.isEmpty else { return [] }
        let tokens = post.text.tokens
        // Qualities filed by where they start and end: read per noun, every quality for every
        // noun made a long post of "lazy employees" quadratic.
        var startingAt: [Int: [PhraseMatcher.Hit]] = [:], endingAt: [Int: [PhraseMatcher.Hit]] = [:]
        for quality in qualities {
            startingAt[quality.firstToken, default: []].append(quality)
            endingAt[quality.endToken, default: []].append(quality)
        }
        var judged: [PhraseMatcher.Hit] = []
        for noun in post.hits(staffNouns) {
            let touching = (endingAt[noun.firstToken] ?? []) + (startingAt[noun.endToken] ?? []) + (startingAt[noun.endToken + 1] ?? [])
            for quality in touching {
                var hit = quality
                if tokens[noun.firstToken].isArabic {
                    guard quality.firstToken == noun.endToken else { continue }
                    hit.firstToken = noun.firstToken
                } else if quality.endToken == noun.firstToken {
                    hit.endToken = noun.endToken
                } else if quality.firstToken == noun.endToken + 1, staffCopulas.contains(tokens.text(at: noun.endToken)) {
                    hit.firstToken = noun.firstToken
                } else {
                    continue
                }
                judged.append(hit)
            }
        }
        return judged.sortedIfNeeded { $0.firstToken < $1.firstToken }
    }

    /// Words that name who is meant: "a terrorist named Hassan", «إرهابي كبير اسمه حسن», «المدعو».
    static let namingWords = Lexicon("tone.personal-attack.naming", [
        "=named", "by the name of", "=اسمه", "=اسمها", "=يدعى", "=تدعى", "=المدعو", "=المدعوة",
    ])

    /// Whether a hit is written as part of a title or a name mid-sentence ("'The Thief of
    /// Muharraq', a thriller"): a capital then small letters, not at the sentence's start.
    /// Capitals throughout ("SAD CRIMINAL OF THE DAY") are shouting, not a title.
    static func isTitleCased(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let token = post.text.tokens[hit.firstToken]
        guard !token.isArabic, hit.firstToken > post.text.sentences[post.sentenceIndex(of: hit)].lowerBound,
              post.text.scalars[token.start].properties.isUppercase else { return false }
        return post.text.scalars[token.start + 1..<token.end].contains { $0.properties.isLowercase }
    }

    /// Words that open a sentence in capitals without being a name: "The Gazette", "Our Board".
    static let capitalisedOpeners = WordSet(["the", "this", "that", "these", "those", "our", "their", "its", "a", "an", "my", "your",
                                             "his", "her", "it", "we", "they", "he", "she", "i", "every", "each", "no", "some", "any"])

    /// Whether an English sentence opens with a name: two capitalised words that are no
    /// determiner and no institution ("Khalid Al-Rawahi is…", not "The Gazette is…" or
    /// "Muscat Municipality is…"). `PersonalDataRule.namesSomeone` skips a sentence's first
    /// word, which is capitalised whatever it is.
    static func opensWithAName(_ sentence: Int, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let words = post.text.sentences[sentence].filter { tokens[$0].kind == .word }.prefix(2)
        guard words.count == 2 else { return false }
        return words.allSatisfy { index in
            !tokens[index].isArabic && post.text.scalars[tokens[index].start].properties.isUppercase
                && !PersonalDataRule.institutionWords.contains(tokens.text(at: index))
        } && !capitalisedOpeners.contains(tokens.text(at: words.first!))
    }

    /// Slights that are no swear word (so not `tone.profanity`) but demean whoever they
    /// are aimed at; like an insult, they attack only beside a target.
    static let slights = Lexicon("tone.personal-attack.slights", [
        // Not "crooks", "thugs" or "a disgrace": a bank warns of crooks, a police force arrests thugs,
        // a president calls an attack a disgrace to humanity.
        "excuse for a", "excuse of a", "sleazebag", "لا يستحق شرف",
    ])

    /// Saying somebody lies or misleads: "you are misleading your readers", "your reporter
    /// lied", "this newspaper fabricates quotes", «تضللون الناس», «صحيفتكم تكذب»,
    /// «افتراءاتكم». An attack only where the one said to lie is the one spoken to or
    /// pointed at (see `accusesSomeone`): "scammers may try to mislead you" warns, and "we
    /// never misled anyone" denies. Not "misleading" alone ("the chart is misleading"
    /// disputes a chart) nor "made up" ("a board made up of five members"); «تكذب» and
    /// «تضلل» are also "she lies", so they need "you" or a party before them, where
    /// «تضللون» and «كذبتم» say "you" themselves.
    static let deceit = Lexicon("tone.personal-attack.deceit", [
        "=mislead", "=misled", "=misleads", "=misleading the", "=misleading your", "=misleading people", "=misleading readers",
        "=misleading investors", "=misleading everyone", "deceive", "deceiving", "=lied", "lying to", "lie to", "tell lies",
        "telling lies", "spreading lies", "spread lies", "making things up", "make things up", "fabricating", "=fabricates",
        "=تضللون", "=ضللتم", "=تكذبون", "=كذبتم", "=تفبركون", "=فبركتم", "=تلفقون", "=لفقتم", "=تخدعون", "=خدعتم",
        "=تكذب", "=تضلل", "=يكذب", "=يضلل", "=تفبرك", "=يفبرك", "=افتراءات", "=افتراء", "=أكاذيب", "=فبركة", "=تلفيق",
        "=is lying", "=are lying", "=was lying", "=were lying",
    ])
    /// Calling whoever said it a liar: "whoever says that is lying", «كذب من قال ذلك». The
    /// phrase names its own target, the one who said it, so no name is needed beside it.
    static let sayerCalledLiar = Lexicon("tone.personal-attack.sayer-called-liar", [
        "whoever says that is lying", "whoever said that is lying", "whoever said that lied", "whoever says otherwise is lying",
        "anyone who says that is lying", "anyone who says otherwise is lying", "anyone who said that is lying",
        "=كذب من قال", "=كذب من يقول", "=كذب من زعم", "=كذب من ادعى", "=كذب من يدعي", "=يكذب من يقول", "=كاذب من يقول", "=كاذب من قال",
    ])
    /// The past forms of `deceit` that say "you" (plural) in their ـتم, which
    /// `SecondPersonForms.saysYou` does not read (too many words end in it: «ختم», «اهتم»);
    /// it reads the present ones («تضللون»).
    static let deceitSaysYou = WordSet(["ضللتم", "كذبتم", "فبركتم", "لفقتم", "خدعتم"].map(TextNormalizer.normalize))
    /// Words that make "you" anyone: "if you mislead investors, the regulator fines you".
    static let generalYou = WordSet(["if", "when", "whoever", "anyone", "إذا", "اذا", "لو"].map(TextNormalizer.normalize))
    /// Words that tell the one spoken to to stop: "stop lying to your followers", «كفاكم تضليلاً».
    static let stopping = WordSet(["stop", "كفى", "كفاكم", "كفاك", "بطل", "بطلوا", "بس"].map(TextNormalizer.normalize))

    /// Whether a `deceit` hit says the one spoken to or pointed at lies: "you", "you're"
    /// or "your", an @handle or a party ("this newspaper", «هذه الصحيفة», see
    /// `Concepts.accusedParty`) within three words before it in its sentence, or "stop"
    /// right before it; in Arabic also a word of "you" («تضللون», «افتراءاتكم») or "you"
    /// written just before it («أنت تكذب», «صحيفتكم تكذب»). Not after "if", "when" or
    /// "whoever", nor right after «من» ("whoever lies to you").
    /// `partyEnds`: where each `Concepts.accusedParty` or `publicFigure` hit of the post ends, gathered once
    /// per post (asked of every hit, the list made a long post quadratic).
    static func accusesSomeone(_ hit: PhraseMatcher.Hit, in post: PostAnalysis, partyEnds: Set<Int>) -> Bool {
        let tokens = post.text.tokens
        let sentenceIndex = post.sentenceIndex(of: hit)
        let sentence = post.text.sentences[sentenceIndex]
        let before = max(sentence.lowerBound, hit.firstToken - 3)..<hit.firstToken
        // "If", "when" or "whoever" opens the clause a few words before the verb.
        let clause = max(sentence.lowerBound, hit.firstToken - 8)..<hit.firstToken
        if clause.contains(where: { generalYou.contains(tokens[$0].text) }) { return false }
        if let previous = before.last, stopping.contains(tokens[previous].text) { return true }
        // A party ending within three words before the verb, in its sentence.
        let partyReach = max(sentence.lowerBound, hit.firstToken - 4)..<hit.firstToken
        if partyReach.contains(where: { partyEnds.contains($0 + 1) && tokens[$0].sentence == sentenceIndex }) { return true }
        // A person named just before the verb (a title is a party above: "the minister lied"):
        // "Khalid Al-Harthy lied", "The Desert Chronicle lied", «خالد الحارثي يكذب».
        if namesAPerson(in: partyReach, before: hit, sentence: sentence, of: tokens) { return true }
        let word = tokens[hit.firstToken]
        if word.isArabic {
            if let previous = before.last, tokens[previous].text == "من" { return false }
            if deceitSaysYou.contains(word.text) || SecondPersonForms.saysYou(word.text) { return true }
            return before.suffix(2).contains { tokens[$0].kind == .mention || tokens[$0].isArabic && SecondPersonForms.saysYou(tokens[$0].text) }
        }
        return before.contains { tokens[$0].kind == .mention }
    }

    /// Whether `range`, just before the words at `hit`, names a person: a given name (Arabic
    /// or Latin), or two capitalised words that do not open the sentence ("Khalid
    /// Al-Harthy", "The Desert Chronicle"). Read by `accusesSomeone` and `isAimed`.
    static func namesAPerson(in range: Range<Int>, before hit: PhraseMatcher.Hit, sentence: Range<Int>, of tokens: [Token]) -> Bool {
        PersonName.occurs(in: range, of: tokens) || PersonName.latinNameOccurs(in: range, of: tokens)
            || range.contains(where: { $0 > sentence.lowerBound && $0 + 1 < hit.firstToken && tokens[$0].isCapitalised
                                       && tokens[$0 + 1].isCapitalised && !tokens[$0].isAllCaps })
    }

    /// Words that judge a person's character or worth ("hypocrite", "arrogant", «المتعجرف»,
    /// «الشرذمة», «يا عديمة الفهم»). Alone they insult nobody: a course teaches staff to
    /// handle "arrogant or hostile callers", and «الصحافة الصفراء خطر على المجتمع» warns.
    /// Aimed at someone (see `isAimed`), they attack. Words that are as often about
    /// things as about people ("corrupt practices", "petty cash", "a quick hack",
    /// «أسعار رخيصة», «طعام فاسد») are left out.
    static let derogatory = Lexicon("tone.personal-attack.derogatory", [
        "is a joke", "a bad joke", "shameful", "shame on", "doesn't know the first thing", "has no clue", "hypocrite",
        "hypocrites", "hypocritical", "arrogant", "spineless", "charlatan", "charlatans", "=traitor", "vile", "delusional",
        "deranged", "unhinged", "lunatic", "lunatics", "washed-up", "has-been", "worthless", "dishonest", "two-faced", "thug",
        "thugs", "crybaby", "cry baby", "sore loser", "low iq", "low-iq", "haters", "grifter", "grifters", "snake oil salesman",
        "con man", "con artist", "stooge", "shill", "shills", "bootlicker", "lapdog", "propagandist", "bigot", "bigots", "nutjob",
        "psycho", "sleazy", "whiner", "loudmouth", "blowhard", "windbag", "ungrateful", "=disgrace", "=disgusting", "is a hack",
        "are hacks", "hack journalist", "so-called experts", "so-called analysts", "so-called journalists",
        // A hack with what kind (a quick hack is a fix, a lazy one a journalist); laziness and
        // fame-seeking charged to a person, in both languages.
        "lazy hack", "lazy hacks", "talentless hack", "partisan hack", "political hack", "=كسول", "=كسولة", "=الكسول", "=كسالى",
        "just looking for attention", "only looking for attention", "looking for attention", "seeking attention", "wants attention",
        "=تبحث عن الشهرة", "=يبحث عن الشهرة", "=يبحثون عن الشهرة", "=تدور شهرة", "=يدور شهرة", "=تدور الشهرة", "=يدور الشهرة",
        "=طالب شهرة", "=طالبة شهرة", "=باحث عن الشهرة", "=باحثة عن الشهرة",
        // A has-been after a role: «باحث عن دور», «صوت من الماضي», "desperate for relevance".
        "=باحث عن دور", "=يبحث عن دور", "=صوتا من الماضي", "=صوتاً من الماضي", "=صوت من الماضي", "desperate for relevance",
        "looking for relevance", "a voice from the past",
        "self-proclaimed experts", "armchair experts", "keyboard warriors", "keyboard warrior", "keep crying", "cry more",
        "stay mad", "how dare you", "stupidity", "idiocy", "foolishness", "pettiness", "arrogance", "hypocrisy", "cowardice", "your ignorance",
        "living in a fantasy", "lives in a fantasy", "living in fantasy land", "failed basic accounting", "failed basic maths",
        "failed basic math", "=فهو أناني", "=أنانيون", "=أنانيين", "=فهم أنانيون",
        "بلا أخلاق", "قلة الأدب", "قلة أدب", "قلة الحياء", "يعيش في الأوهام", "يعيش في الوهم", "=واهم", "=الواهم", "=تتفلسف",
        "=يتفلسف", "=التفلسف", "يا من تدعي", "يا من يدعي", "لا يعرف أبجديات", "لا يفقه شيئا", "=المأجورين", "=المأجورون", "منافق",
        "منافقين", "منافقون", "=نفاق", "=النفاق", "متعجرف", "مغرور", "=حاقد", "=الحاقد", "حاقدة", "حاقدين",
        "حاقدون", "=حقود", "=الحقود", "=حاسد", "=الحاسد", "=حسود", "=الحسود", "شرذمة", "=مطبل", "=المطبل", "مطبلين", "مطبلون",
        "مطبلاتي", "=مهرجين", "=المهرجين", "=خائن", "=الخائن", "=خونة", "=الخونة", "=المأجور", "=المأجورة", "=دنيء", "=الدنيء",
        "دناءة", "خبثاء", "انتهازي", "انتهازيين", "=نكرة", "=النكرة", "=إمعة", "=الإمعة", "=إمعات", "أراجوز", "بلطجي", "بلطجية",
        "=سفيه", "=السفيه", "سفهاء", "=مختل", "=المختل", "عديم الفهم", "عديمة الفهم", "عديم الأخلاق", "عديمي الأخلاق",
        "عديم الضمير", "عديمي الضمير", "قليل الأدب", "قليلة الأدب", "قليلين الأدب", "قليل الحياء", "=صفيق", "=الصفيق", "=غباء",
        "=الغباء", "هرطقة", "حقارة", "حقراء", "تطبيل", "=تفاهة", "=التفاهة", "=تفاهات", "=التفاهات", "سخافة", "سخافات",
        "حماقة", "حماقات", "الأقلام الصفراء", "أقلام صفراء", "الصحافة الصفراء", "صحافة صفراء", "الإعلام الأصفر", "إعلام أصفر",
        "الذباب الإلكتروني", "=ساذج", "=الساذج", "=سذج", "=السذج", "=بليد", "=البليد", "=أبله", "=الأبله", "البلهاء", "=مغفل",
        "=المغفل", "مغفلين", "=همجي", "=الهمجي", "=همج", "=الهمج", "=رعاع", "=الرعاع", "غوغاء", "=بذيء", "=البذيء", "وقاحة",
        "مهزلة", "عار عليك", "عار عليكم", "موتوا بغيظكم", "كيف تسمح لنفسك", "كيف تسمحون لأنفسكم", "من يسمون أنفسهم",
        "أشباه المحللين", "أشباه الإعلاميين", "أشباه الرجال", "=جهلكم", "=بجهلكم", "=جهلك",
        // Judging a person's worth or honesty (4 Dec 2026): "a sycophant", "inept", «دجال», «خاين».
        // Not «الدجال» (the Antichrist of the Friday sermon), «طبال» (a drummer) or «رخيص» (cheap).
        "inept", "sycophant", "sycophants", "lackey", "lackeys", "toady", "toadies", "crackpot", "crackpots", "sociopath",
        "psychopath", "huckster", "hucksters", "=goons", "=دجال", "=دجالين", "=خاين", "=الخاين", "=خاينين",
        "=خائنة", "=الخائنة", "=حرامية", "=الحرامية", "=نذالة", "=لؤم",
        // Epithets that belittle a person's standing: "a political teenager", "officials of
        // chance", «حديثو النعمة», «أقزام».
        "political teenager", "self-appointed expert", "self-appointed experts", "failed academic", "desperate for attention",
        "attention seeker", "mediocrity", "mediocrities", "bunch of amateurs", "these amateurs", "empty suits", "empty suit",
        "officials of chance", "ministers of chance", "scribbler", "scribblers", "is a failure", "a total failure",
        "المراهق السياسي", "مراهق سياسي", "حديثي نعمة", "حديثي النعمة", "حديث نعمة", "حديث النعمة", "أقزام", "=متسلقين", "=المتسلقين",
        "=متسلق", "مسؤولي صدفة", "مسؤولي الصدفة", "وزراء الصدفة", "وزير صدفة", "بلا كفاءة", "=جهلهم", "=جهلها", "=الفاشلة", "=الفاشلين",
        "lies the way other people breathe", "lies like he breathes", "lies as he breathes", "lies like she breathes", "=يكذب كما يتنفس",
        "=يكذب مثل ما يتنفس", "=تكذب كما تتنفس", "has discovered the internet", "discovered the internet", "=باقي عشر سنين ويكتشف",
        "sell their homeland", "sells his homeland", "sells her homeland", "=يبيع وطنه", "=تبيع وطنها", "=ما عطاه الله عقل",
        "=مو كل واحد ربي عطاه عقل", "=تربى على موائد", "=تربّى على موائد",
        "=هالمهرجين", "كاتب سيء", "كاتب سيئ", "الجريدة القبيحة", "=القبيحة", "ذوق معدوم", "يجهل أبسط",
        // Ridicule and figurative charges said of a person: "that's a joke" after the
        // referee is named, "social terrorism", pens for hire.
        "that's a joke", "what a joke", "an absolute joke", "a complete joke", "a total joke",
        "social terrorism", "media terrorism", "intellectual terrorism", "electronic terrorism", "online terrorism", "paid pen", "paid pens", "pen for hire", "pens for hire",
        "إرهاب اجتماعي", "إرهابا اجتماعيا", "إرهاب فكري", "إرهابا فكريا", "إرهاب إعلامي", "إرهاب رياضي", "إرهاب إلكتروني", "الإرهاب الإلكتروني", "أقلام مأجورة", "قلم مأجور",
        "الأقلام المأجورة", "القلم المأجور",
        // Ignorance and a yellow paper, said of a journalist: «ما يعرف الألف من الياء، وجريدته صفراء».
        "=ما يعرف الألف من الياء", "=لا يعرف الألف من الياء", "=ما يفرق بين الألف والياء", "=جريدة صفراء", "=جريدته صفراء",
        "=صحيفة صفراء", "=صحيفته صفراء", "yellow rag",
    ])

    /// A person referred to as such: "the man", «الرجل».
    /// Words that are a person: "the man", and a relative ("his daughter is just looking for
    /// attention", «ابنته تبحث عن الشهرة»), who is someone whoever they are.
    static let aPerson = WordSet(["man", "woman", "gentleman", "lady", "guy", "الرجل", "الرجال", "المرأة", "السيدة",
                                  "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
                                  "ابنته", "ابنه", "ابنها", "بنته", "بنتها", "زوجته", "زوجها", "والده", "والدته", "أخوه", "أخته", "أبوه", "أمه"]
                                    .map(TextNormalizer.normalize))
    /// A person as the subject the judgement is said of: "he is", "she was". Not Arabic
    /// «فهو» or «وهو»: the pronoun stands for a decision or a plan as often as for a man
    /// («قرأنا القرار، وهو مهزلة» judges the decision).
    static let personAsSubject = Lexicon("tone.personal-attack.person-as-subject", [
        "=he is", "=she is", "=he's", "=she's", "=he was", "=she was",
    ])

    /// Words that point at one party: "this arrogant referee", «هذه الشرذمة», «هؤلاء المطبلين».
    /// Not "that": "our research shows that mediocre service…" is a conjunction.
    static let demonstratives = WordSet(["this", "these", "those", "هذا", "هذه", "هؤلاء", "ذلك", "تلك", "هاذا", "هذي", "هاذي"].map(TextNormalizer.normalize))

    let descriptor = RuleDescriptor(
        id: "tone.personal-attack", title: "Personal attacks",
        titleAr: "الهجوم الشخصي", dimension: .professionalism, severity: .error,
        rationale: """
            Listening to negative opinions with the same attention as positive ones is what makes an account \
            credible. Attacking a critic, a journalist or a customer by name turns a disagreement into a feud \
            that the whole audience watches, and the organisation loses it whoever is right.
            """,
        rationaleAr: """
            الإصغاء إلى الآراء السلبية بالاهتمام نفسه الذي تلقاه الإيجابية هو ما يمنح الحساب مصداقيته. \
            ومهاجمة منتقد أو صحفي أو عميل بالاسم تحوّل الخلاف إلى خصومة يشاهدها الجمهور كله، وتخسرها المؤسسة \
            أياً كان المحق.
            """,
        examples: [
            .triggers("With respect, @critic clearly failed basic accounting.", .en),
            .triggers("مع الاحترام، @critic رسب في أساسيات المحاسبة بوضوح.", .ar),
            .triggers("@salem_k أنت ثعبان ودمية بيد من يدفعون لك.", .ar),
            .triggers("@salem_k you are a snake and a puppet of whoever pays you.", .en),
            .triggers("Khalid Al Rawahi is just a mouthpiece and not worth a reply.", .en),
            // Unfit to run anything, and sent back to their own small corner.
            .triggers("Lovely to see @Faisal_AlHarbi, who couldn't run a corner shop, now teaching us how to run an airline. Maybe stick to your blog 😉", .en),
            .triggers("جميل نشوف @Faisal_AlHarbi، اللي ما قدر يدير بقالة، يعلّمنا اليوم كيف ندير شركة طيران. خلك في مدونتك 😉", .ar),
            .passes("Thank you @Faisal_AlHarbi for the column on our delays; our operations director would be glad to walk you through the figures.", .en),
            .passes("Couldn't run a marathon last year; this year our whole team finished the 10K 💪", .en),
            // Telling someone they don't understand, and "shut up", said to one person in Arabic.
            .triggers("مع احترامي، واضح أنك لا تفهم كيف تعمل التوزيعات.", .ar),
            .triggers("اسكت ودعنا نعمل.", .ar),
            // An insult stretched for emphasis is the insult.
            .triggers("@sam_k you are stuuuupid.", .en),
            .triggers("@sam_k يا غبيييي.", .ar),
            .passes("We are sooo proud of the team that rebuilt the clinic in six weeks.", .en),
            .passes("فخورين جداااا بالفريق الذي أعاد بناء العيادة في ستة أسابيع.", .ar),
            // Staff disparaged as a kind, in both languages; refuted or denied, it passes.
            .triggers("One lazy employee cost us a client last week; he has been dealt with.", .en),
            .triggers("Some of our drivers are parasites and everyone knows it.", .en),
            .triggers("بعض موظفينا متسيبين وما منهم فايدة، ونعرفهم بالاسم.", .ar),
            .passes("None of our staff is lazy: the delays came from a scheduling system we have now replaced.", .en),
            .passes("Tired people are not lazy people. We have cut overtime by a third this quarter.", .en),
            .passes("We reject the myth of the lazy employee; our teams shipped 40 releases this year.", .en),
            .passes("نرفض الصورة النمطية عن الموظف الكسول؛ فريقنا أنجز ٤٠ إصداراً هذا العام.", .ar),
            .passes("The lazy river at the staff family day opens at 10am.", .en),
            // "You don't understand" said to someone, not "one doesn't understand everything".
            .triggers("يا أخ سالم، أنت ما تفهم في الطيران.", .ar),
            .passes("من الطبيعي أن الواحد ما يفهم في كل شيء، ولهذا نشرح قراراتنا بالتفصيل.", .ar),
            .passes("Nobody can be expected to understand every rule, which is why we explain our decisions in detail.", .en),
            .passes("نعرف أن نظام التوزيعات قد لا يكون واضحاً، وهذا شرح مبسط لطريقة احتسابها.", .ar),
            .passes("We know the dividend policy can be hard to follow; here is a short guide to how it is worked out.", .en),
            // «الأمثال» are proverbs; «أمثالك» are the likes of you.
            .passes("تود البلدية التأكيد أنه تمت إزالة الأمثال المشار إليها من ركن المهرجان، شاكرة للجميع حرصهم.", .ar),
            .passes("The municipality confirms that the proverbs in question were removed from the festival corner; thank you all.", .en),
            .triggers("@salem_q أمثالك لا يستحقون الرد.", .ar),
            .triggers("@salem_q people like you don't deserve an answer.", .en),
            // A named person's work in scare quotes.
            .triggers("Congratulations to @BadrCEO on his new \"strategy\", the third in three years.", .en),
            .triggers("مبروك لـ @BadrCEO على \"استراتيجيته\" الجديدة، الثالثة في ثلاث سنوات.", .ar),
            .triggers("Read @NoraWrites' 'analysis' of our results this morning. Impressive.", .en),
            .triggers("قرأت «تحليل» @NoraWrites لنتائجنا هذا الصباح. مدهش.", .ar),
            .passes("What does \"strategy\" mean for a small business? Join our free workshop on Sunday.", .en),
            .passes("ما معنى \"الاستراتيجية\" لمشروع صغير؟ انضموا إلى ورشتنا المجانية يوم الأحد.", .ar),
            .passes("Thank you @NoraWrites for your analysis of our results; the \"margin\" figure you asked about is on page 14.", .en),
            .passes("شكراً للزميل خالد العتيبي ولصحيفة \"سبق\" على التغطية الدقيقة.", .ar),
            // A ruling said to be written before the hearing, said of the officials.
            .triggers("Congratulations to the disciplinary committee, who wrote the verdict before the hearing even started. #JusticeForNasser", .en),
            .triggers("مبروك للجنة الانضباط اللي كتبت القرار قبل ما تبدأ الجلسة. #العدالة_لناصر", .ar),
            .passes("The disciplinary committee will publish its verdict after the hearing on Sunday; we will respect it.", .en),
            // An insult said to someone is the attack, charged once (the insult on the same words is
            // not charged again: `ScoringEngine.subsumes`).
            .triggers("@market_watch you crook, every figure in that thread is invented.", .en),
            .triggers("يا نصاب، الكل يعرف من أين جاءت أموالك.", .ar),
            // Put-downs with a person named beside them; the same words with nobody named are advice.
            .triggers("A junior staffer who lasted eleven months here now thinks he understands our strategy. Know your place, Tariq.", .en),
            .triggers("Who is paying @DanaMercer_ to write this? Three articles in one week. Follow the money.", .en),
            .triggers("Every quarter Leon Dubois predicts our collapse. At his age you'd think he'd have learned by now.", .en),
            .triggers("الأخ سعود كل يوم له تغريدة عن النادي. اعرف حدك يا سعود وخلك في حالك.", .ar),
            .triggers("يا ناصر، أنت أصلاً مو من أهل الديرة، وش دخلك في مشاريعنا؟ كم استلمت هالمرة؟", .ar),
            .triggers("الحسد داء، والأستاذ منصور مصاب به منذ أن فشل مشروعه.", .ar),
            .passes("Stay in your lane on the coast road tonight: the right lane is closed for works until 6 am.", .en),
            // Contempt with a person named by «يا» or a title beside it.
            .triggers("رئيس نادي الساحل قال الدوري مو عادل… يا بو خالد، واضح إنك ما فتحت اللوايح بحياتك 🤦‍♂️", .ar),
            .triggers("Two weeks of moaning from Tom Benning in our replies. Get over it, Tom 🙄", .en),
            .passes("Happy birthday to our colleague Tom Benning 🙃 the office cake is on him this year.", .en),
            // Quoted to condemn it, the put-down is reported, not said.
            .passes("A commenter told our agent Sara \"know your place\"; that is not acceptable, and we have reported the account.", .en),
            .passes("كتب أحدهم لموظفتنا سارة \"اعرفي حدك\"، وهذا مرفوض وأبلغنا عن الحساب.", .ar),
            .passes("We follow the money in every audit; this year's report is on our website.", .en),
            .passes("أخي سعود، شكراً لمتابعتك؛ رواتب اللاعبين صُرفت كاملة في موعدها، والتفاصيل في تقرير النادي.", .ar),
            // Idioms of a liar and a traitor, and a late discovery mocked, said of a named person.
            .triggers("Every figure in Hamad Al-Kuwari's thread is invented. The man lies the way other people breathe.", .en),
            .triggers("كل رقم ذكره الدكتور فهد القحطاني مختلق. الرجل يكذب كما يتنفس.", .ar),
            .triggers("Big news: Omar Saleh has discovered the internet. Give him another decade.", .en),
            .passes("Hamad Al-Kuwari's thread uses 2019 figures; the 2024 report shows 4.1%, and we have sent him the link.", .en),
            .passes("أرقام الدكتور فهد القحطاني تعود إلى ٢٠١٩، وأرسلنا له تقرير ٢٠٢٤ الذي يبين النسبة الصحيحة.", .ar),
            // A reporter's ignorance and a yellow paper; a correction of the report is no attack.
            .triggers("الصحفي اللي كتب التقرير ما يعرف الألف من الياء، وجريدته صفراء من زمان.", .ar),
            .passes("التقرير المنشور أمس ذكر رقماً قديماً؛ الرقم الصحيح ٤٢٪ وفق بيانات الربع الثالث، وأرسلنا التصحيح للجريدة.", .ar),
            // Sarcasm at a know-it-all critic.
            .triggers("Dear @fahad_q, since you know everything about banking, maybe apply for my job? 😉", .en),
            .triggers("عزيزي @fahad_q بما أنك تفهم في كل شيء، ليش ما تقدم على وظيفتي؟ 😉", .ar),
            .passes("@fahad_q thank you, you clearly know the fee schedule well; the cut to OMR 2 applies from 1 March.", .en),
            // A figure of speech said of a person as what they are; a snake in the car park is a snake.
            .triggers("@salem_k you are a snake and a puppet of your paymasters.", .en),
            .triggers("Khalid Al-Rawahi is a parasite who lives off other people's work.", .en),
            .triggers("يا @salem_k أنت حشرة وعميل للخارج.", .ar),
            .triggers("خالد الرواحي مجرد بوق، ولا يستحق الرد.", .ar),
            // A crime's name beside a name whose given name is also a word («سالم», "safe").
            .triggers("سالم الهاشمي حرامي ونصاب، والكل يعرف ذلك.", .ar),
            .passes("وصل سالماً إلى الميناء بعد رحلة طويلة، والحمد لله.", .ar),
            .passes("Our staff found a snake in the car park this morning; if you see one, keep clear and call 9999.", .en),
            .passes("نرحب بكل عميل في فروعنا، ويمكنك حجز موعدك عبر التطبيق.", .ar),
            .passes("The clinic treats parasites and skin infections; book your visit online.", .en),
            // A crime's name pinned on a named person or an account; a warning about fraudsters, or police reporting a charge, names nobody a criminal.
            .triggers("Khalid Al-Rawahi is a thief and everyone in this industry knows it.", .en),
            .triggers("خالد الحارثي حرامي ونصاب والكل يعرف ذلك.", .ar),
            .triggers("Criminal of the day: Marquis Porter, arrested last night.", .en),
            .passes("Beware of fraudsters posing as our staff: we never ask for your PIN.", .en),
            .passes("احذروا المحتالين الذين ينتحلون صفة موظفي البنك، فنحن لا نطلب الرقم السري أبداً.", .ar),
            .passes("Police charged a 34-year-old man with theft; he will appear in court on Monday.", .en),
            .triggers("Lebanon is the victim of a big terrorist named Hassan.", .en),
            .triggers("لبنان ضحية إرهابي كبير اسمه حسن.", .ar),
            .passes("We condemn the cowardly terrorist attack on the mosque in the strongest terms.", .en),
            .passes("ندين العمل الإرهابي الجبان الذي استهدف المسجد.", .ar),
            .passes("Tonight on our streaming service: 'The Thief of Muharraq', a thriller about a detective in old Manama.", .en),
            .passes("أحالت الشرطة رجلاً في الرابعة والثلاثين إلى الادعاء العام بتهمة السرقة.", .ar),
            // Libel charged to a reporter or a paper; correcting the report is not.
            .triggers("How can it be legal for a reporter to write a false, misleading and libelous story based on one anonymous source?", .en),
            .triggers("الجريدة نشرت تقريراً ملفقاً عن الشركة، وصحفيها لم يتصل بنا.", .ar),
            .triggers("Our reporter friend at the Gazette wrote a libelous story about this tariff.", .en),
            .passes("The reporter wrote that our statement was 'libelous'; we have sent the paper our figures.", .en),
            .passes("The report in today's paper that we are closing our Ruwi branch is untrue; the branch stays open.", .en),
            .passes("ما نشرته الصحيفة عن إغلاق فرعنا غير صحيح، والفرع يعمل كالمعتاد.", .ar),
            .triggers("@khalid_fin you clearly don't understand our business. Do your homework.", .en),
            .triggers("@analyst_m is an idiot who can't read a balance sheet.", .en),
            .triggers("@salem_oman أنت جاهل بالأرقام ولا تفهم شيئا في الاقتصاد.", .ar),
            // Words with an ordinary sense, said to someone.
            .triggers("@gulf_markets you thief, you copied our report word for word.", .en),
            .triggers("@fin_guru you are a sycophant for whoever pays you this week.", .en),
            .triggers("يا حرامي، هذه أرقامنا وأنت تنسبها لنفسك.", .ar),
            .triggers("@salem_oman أنت دجال ولا تعرف شيئاً عن السوق.", .ar),
            .passes("نعوذ بالله من فتنة المسيح الدجال.", .ar),
            .passes("فرقة الطبالين أحيت حفل الافتتاح في مهرجان مسقط.", .ar),
            .passes("Pest control will clear the rats from the warehouse on Friday, so please keep doors shut.", .en),
            .passes("@khalid_fin thank you for the question. Our margin was 37%, as published today.", .en),
            .passes("@foodie_sara thank you! The jerk chicken is back on the menu on Friday.", .en),
            // "Go back to…" tells someone to leave; "we went back to the families" tells a story.
            .passes("A year after the floods, we went back to the families we helped: 112 homes rebuilt, 9 to go.", .en),
            // Epithets that belittle someone's standing, aimed at a person or a body.
            .triggers("The chairman of the federation is a political teenager who has never read a budget.", .en),
            .triggers("أعضاء مجلس الاتحاد مسؤولي صدفة وصلوا إلى مقاعدهم بلا كفاءة.", .ar),
            .triggers("هذا الكاتب حديث نعمة ولا يفهم في الاقتصاد.", .ar),
            .passes("Sitcom night: the political teenager from the 1990s classic is back in our autumn line-up.", .en),
            .passes("تعرض مسرحية «وزير صدفة» على مسرحنا يوم الخميس الساعة ٩ مساءً.", .ar),
            .passes("@salem_oman شكراً على ملاحظتك، وسنوضح الأرقام في تقريرنا القادم.", .ar),
            .triggers("@khalid_fin people like you never read the report.", .en),
            .passes("New engineers learn fastest working beside people like you.", .en),
            .triggers("To the man who keeps posting about our delivery times: get a life.", .en),
            .triggers("للأخ اللي يشتكي علينا كل يوم: الباب يفوت جمل.", .ar),
            .passes("To the man who wrote about our delivery times: you were right, and the fix is live today.", .en),
            .passes("للأخ اللي كتب عن التأخير: معك حق، وتواصلنا معك على الخاص.", .ar),
            // Calling a named public figure a name is an attack whoever is addressed.
            .triggers("The minister is a pathetic excuse for a public servant.", .en),
            .triggers("هذا الوزير تافه ولا يعرف شيئاً عن السوق.", .ar),
            // "Your" on the judgement, in both languages (see `ArabicStemmer.exactKeys`).
            .triggers("Enough of your stupidity, read the report before you write.", .en),
            .triggers("كفى تفاهتكم، اقرأوا التقرير قبل أن تكتبوا.", .ar),
            // Vileness and sycophancy, charged to the one addressed.
            .triggers("ايه الحقارة دي يا أستاذ، كل يوم تكتب عن مصانعنا بدون ما تزورها.", .ar),
            .triggers("إنما تطبيلك يا نجيب كان له أبراج ودولارات.", .ar),
            .passes("التطبيل للمسؤولين عادة سيئة في الإعلام، ونرحب بالنقد المهني لأدائنا.", .ar),
            .passes("Clicking a bad link is not stupidity: anyone can be fooled, so report it to IT at once.", .en),
            .passes("نرفض التفاهة في النقاش العام ونرحب بكل نقد مهني.", .ar),
            // Saying the one spoken to lies or misleads (see `deceit`).
            .triggers("@gulf_daily your reporter lied about our delivery times.", .en),
            .triggers("@alkhaleej_news لماذا تضللون القراء بهذه الأرقام؟", .ar),
            .triggers("صحيفتكم تكذب على الناس يا @okaz_desk", .ar),
            .triggers("This newspaper fabricates quotes and calls it reporting.", .en),
            .triggers("@gulf_tips stop misleading people about our fees.", .en),
            .triggers("كل يوم نقرأ افتراءاتكم عن مصانعنا، والتقارير المدققة متاحة للجميع.", .ar),
            .passes("Fake recruiters keep deceiving applicants in our name; we never charge a fee.", .en),
            .passes("Scammers may try to mislead you with fake refund links; we never send them.", .en),
            .passes("If you mislead investors, the regulator fines you: that is why every post goes through IR.", .en),
            .passes("We never misled anyone, and the audited figures show it.", .en),
            .passes("A reader wrote to us: \"you lied about the fees\". Here are the fees, line by line.", .en),
            .passes("لا تصدق من يكذب عليك باسم البنك؛ لا نطلب رمزك السري أبداً.", .ar),
            .passes("لم نضلل أحداً، والأرقام المدققة منشورة.", .ar),
            // Named or titled before the verb, or called a liar for what they said.
            .triggers("The minister lied to you about the water prices.", .en),
            .triggers("الوزير يكذب عليكم في أسعار المياه.", .ar),
            .triggers("Khalid Al-Harthy lied about our delivery times.", .en),
            .triggers("خالد الحارثي يكذب في مواعيد التوصيل.", .ar),
            .triggers("Whoever says that is lying: our prices have not changed.", .en),
            .triggers("كذب من قال إننا رفعنا الأسعار.", .ar),
            .passes("The minister did not lie; the figure was revised after the audit.", .en),
            .passes("الوزير لم يكذب، والرقم عُدّل بعد التدقيق.", .ar),
            .passes("Nobody said that anyone lied: the figures were revised after the audit.", .en),
            // A refusal or a negation does not take back "your": the judgement stands.
            .triggers("We won't dignify your stupidity with a reply.", .en),
            .triggers("لن نرد على تفاهتكم.", .ar),
            .passes("We would never call you a hypocrite; we disagree with the figures, and here is why.", .en),
            .passes("لا نتهمك بالغباء، لكن الأرقام منشورة في تقريرنا.", .ar),
            .triggers("@fahad_news you keep writing lies like this. Shame on you.", .en),
            .triggers("لازم تتأكد قبل ما تكتب كذب زي ده.. عيب عليك", .ar),
            .passes("The minister met our engineers today to review the new terminal.", .en),
            .passes("We would never call a customer stupid, and we are sorry the agent's reply sounded that way.", .en),
            .passes("لن نصف أي عميل بأنه غبي، ونعتذر عن رد الموظف.", .ar),
            .passes("The Mayor joined 200 volunteers collecting rubbish on Qurum beach this morning.", .en),
            .passes("لن أرد على الإساءة، فهناك حسابات مجيشة تبث الأكاذيب وتزرع الفتنة.", .ar),
            .triggers("يا ثور أنا ما اعتزلت، وبرجع وأرد عليكم كلكم.", .ar),
            .triggers("أنتم حثالة ولا تستحقون الرد.", .ar),
            .triggers("@critic_77 you snake, you knew the numbers were right.", .en),
            // A has-being seeking a role, fear charged as a method.
            .triggers("I pity him: he is nothing more than a voice from the past, desperate for relevance.", .en),
            .triggers("@former_chief باحث عن دور وصوت من الماضي، والحكمة غائبة عنه.", .ar),
            .triggers("@critic_77 you are using fear and hate to scare our users.", .en),
            .triggers("@critic_77 أنت تبث الرعب بين عملائنا.", .ar),
            .passes("Our museum's new hall is a voice from the past: 300 letters from the 1920s.", .en),
            .passes("نحذر من الحسابات التي تبث الرعب بين الناس، واستقوا الأخبار من مصادرها.", .ar),
            // Vermin as what people are, by a verb that regards them so.
            .triggers("Whoever writes for that channel and spreads its poison, I will consider him an insect.", .en),
            .triggers("كل من يكتب في تلك القناة وينشر سمومها سأعتبره حشرة.", .ar),
            .triggers("The columnists attacking our club? They are cockroaches.", .en),
            .triggers("هؤلاء المغردون نعتبرهم جراثيم.", .ar),
            .passes("Cockroaches are pests that spread disease: call our team for a free inspection.", .en),
            .passes("الصراصير حشرات تنقل الأمراض، اتصل بفريقنا لفحص مجاني.", .ar),
            .passes("We would never call them insects, whatever they write about us.", .en),
            // "Shut up" said in Arabic: the imperative is its own "you".
            .triggers("كلما فشلت لكم خطة عدتم إلى الحكاية نفسها. اصمتوا فقد أضحكتم العالم.", .ar),
            .triggers("Every time a plan of yours fails you come back to the same story. Shut up, you have made the world laugh.", .en),
            // Told they cannot read or should find other work; a lazy hack; a relative charged
            // with seeking attention. A name in Latin letters is a person too.
            .triggers("@SamirHaddad_AS you clearly cannot read. Maybe get a real job.", .en),
            .triggers("Samir Haddad is a lazy hack who cannot read a report.", .en),
            .triggers("سمير حداد صحفي كسول ما يعرف يقرأ تقرير.", .ar),
            .triggers("His daughter is just looking for attention.", .en),
            .triggers("ابنته تبحث عن الشهرة فقط.", .ar),
            .triggers("صحيفتكم تنشر زبالة.", .ar),
            .passes("Our new booking page is a quick hack we built in a weekend; the full version comes in March.", .en),
            .passes("جمع الزبالة في الحي يومياً من الساعة ٦ مساءً.", .ar),
            .passes("Our reading programme helps adults who cannot read to learn in six months.", .en),
            .triggers("If it is so vile, why have you retweeted it? You make me sick.", .en),
            .passes("The heat can make you sick: drink water and stay in the shade between noon and 4 pm.", .en),
            .passes("يا ثورة الخير، بدأ موسم الحصاد في مزارع الباطنة.", .ar),
            .passes("Year of the Snake: you can book the lantern-festival tour from today.", .en),
            .passes("Have you dog owners registered your pets with the municipality this year?", .en),
            .passes("Thank you animal lovers who adopted 300 cats from the shelter this month!", .en),
            // Bad faith charged to a party: a plot, an agenda, lies spread on purpose.
            .triggers("You guys have tried to blackball anyone who opposes your agenda.", .en),
            .triggers("@gulf_daily has run a smear campaign against our staff for a month.", .en),
            .triggers("المهمة المنوطة بهذه الصحيفة منذ تأسيسها بخ الأضاليل ونشر الأخبار الكاذبة.", .ar),
            .triggers("The CEO of RivalCo is behind a coordinated campaign of lies against us.", .en),
            .triggers("الصحفي فلان بوق للمنافسين، ومقالاته ممولة من المنافسين.", .ar),
            .passes("Join our CEO at the summit, where he will speak on how banks can counter smear campaigns against them.", .en),
            .passes("أنت مسؤول عما تنشر؛ بث الأكاذيب والشائعات جريمة يعاقب عليها النظام.", .ar),
            .passes("شكراً لكم أنتم يا جماهيرنا الوفية، فقد أفشلتم بالوعي كل محاولات بخ الأضاليل.", .ar),
            .passes("Dr. Khalid gives a lecture on WWII propaganda posters at the museum on Thursday.", .en),
            .passes("Mr. Faisal told the court he was the victim of a conspiracy; the court rejected the claim.", .en),
            .passes("أنتم مأجورين بإذن الله، وكل قطرة دم تبرعتم بها تنقذ حياة.", .ar),
            // A title in quotation marks is named, not said.
            .passes("Mr. Saleh's new novel \"Campaign of Lies\" is in our bookshops from today.", .en),
            .passes("صدرت رواية «حملة ضدنا» للكاتب السيد عبدالله، وهي متوفرة في معرض الكتاب.", .ar),
            .passes("عزيزي السائق، طريق عقبة الهدا فيه طرق ملتوية ومنحدرات حادة، خفف السرعة.", .ar),
            .triggers("@sport_critic أنتم تستخدمون طرقاً ملتوية ومؤامرات رخيصة لتضروا بنا.", .ar),
            .passes("أكد الرئيس أن مؤامرات الأعداء لن تنال من وحدة الوطن.", .ar),
            .passes("Beware of accounts spreading misinformation about the vaccine; check moh.gov.om for the facts.", .en),
            .passes("We do not believe the reporter acted in bad faith, and we have sent him the figures.", .en),
            .passes("نهيب بالجميع عدم تداول الروايات الملفقة، واستقاء الأخبار من مصادرها الرسمية.", .ar),
            .passes("حفظك الله يا وطن من كل المؤامرات.", .ar),
            .passes("Your agenda for the summit is ready: download it from the app.", .en),
            // Commerce, not a pen for hire: a flat for rent, an auction, a paid invoice.
            .passes("Our flats are for rent to you and your family from 250 rials a month.", .en),
            .passes("The painting goes to the highest bidder tonight; you can bid online until 9.", .en),
            .passes("عزيزي العميل، ستصلك فاتورة مدفوعة بالكامل عبر البريد الإلكتروني خلال يومين.", .ar),
            .passes("The conspiracy theories about 5G were answered by the regulator, and you can read the facts here.", .en),
            .passes("هل تصدق نظرية المؤامرة؟ اقرأ الحقائق عن اللقاح في موقع الوزارة.", .ar),
            .passes("قال المتهم إن هناك مؤامرة ضده، والمحكمة تنظر القضية.", .ar),
            // A plot charged with nobody named; a plot reported, denied or warned against is none.
            .triggers("Who can close this club? It will stand whatever cheap conspiracies it faces.", .en),
            .triggers("من يستطيع أن يغلق النادي؟ سيبقى قلعة مهما تعرض لمؤامرات رخيصة.", .ar),
            .triggers("Agents and their followers run orchestrated campaigns to drag our name into every transfer.", .en),
            .triggers("وسطاء اللاعبين يستخدمون طرقاً ملتوية ويفتعلون حملات إعلامية ممنهجة لتحقيق مآربهم.", .ar),
            .passes("There is no orchestrated campaign against us; there are fair questions, and here are our answers.", .en),
            .passes("لا توجد حملة ممنهجة ضدنا، بل أسئلة مشروعة نجيب عنها هنا.", .ar),
            .passes("Is there a witch hunt? No: the audit found what it found, and we accept it.", .en),
            .passes("قال المتهم للمحكمة: «هذه حملة ممنهجة ضدي»، والمحكمة رفضت الادعاء.", .ar),
            // A campaign or an attack called premeditated, or a smear campaign aimed at us.
            .triggers("What our company faces today is a calculated attack on our nation and its institutions.", .en),
            .triggers("This is a smear campaign against our company, and it will fail.", .en),
            .triggers("ما تتعرض له الشركة حملة تشويه مسعورة لن تثنينا عن خدمة عملائنا.", .ar),
            .triggers("هناك حملات لتشويه سمعة النادي لن تنال من تاريخه.", .ar),
            // Critics charged with being bought, nobody named.
            .triggers("The paid voices attacking our minister will fail, as they always have.", .en),
            .triggers("الأصوات المأجورة تسعى دون نجاح إلى مهاجمة الوزير.", .ar),
            .triggers("Presenters on that channel draw salaries from abroad and work as double agents.", .en),
            .triggers("مذيعون في تلك القناة يعملون عملاء مزدوجين ولهم رواتب من الخارج.", .ar),
            .passes("Beware of paid accounts spreading fake offers in our name; our offers are only on our website.", .en),
            .passes("احذروا الحسابات المأجورة التي تنشر عروضاً مزيفة باسمنا.", .ar),
            .passes("There is no calculated attack on anyone here: a customer asked a fair question, and here is our answer.", .en),
            .passes("لا توجد حملة تشويه ضد الشركة، بل شكاوى مشروعة سنعالجها واحدة واحدة.", .ar),
            .passes("He told the court: \"this is a calculated attack on my family\"; the court rejected the claim.", .en),
            .passes("قال المتهم للمحكمة: «هذه حملة تشويه مسعورة ضدي»، والمحكمة رفضت ادعاءه.", .ar),
            .passes("Is this a smear campaign against our company? No. The report is fair, and we accept its findings.", .en),
            .passes("We stopped a malicious attack on our payment systems last night; no customer data was taken.", .en),
            .passes("أطلقت الهيئة حملة إعلامية لمكافحة الشائعات عن اللقاحات بالتعاون مع وزارة الصحة.", .ar),
            // Foul play charged to a competition's officials: a plot, a theft, a targeting.
            .triggers("The federation has been conspiring against our club all season.", .en),
            .triggers("Daylight robbery tonight. The referees and VAR took the points from us.", .en),
            .triggers("ما حدث في المباراة مؤامرة من لجنة الحكام ضد النادي.", .ar),
            .triggers("طاقم التحكيم ترصد لاعبينا طوال المباراة بشكل متعمد.", .ar),
            .passes("We disagree with the referee's decision and have filed our objection with the competitions committee.", .en),
            .passes("نختلف مع قرارات التحكيم، وقدمنا اعتراضنا رسمياً إلى لجنة المسابقات.", .ar),
            .passes("The federation condemns match-fixing, and its integrity unit banned two officials today.", .en),
            .passes("تدين لجنة الانضباط أي تلاعب بالنتائج، وقد أوقفت اليوم لاعبين اثنين.", .ar),
            .passes("Was tonight's result a conspiracy? No. We lost to the better team, and the referees had a fine night.", .en),
            .passes("لا توجد أي مؤامرة ضد النادي، والاتحاد يعامل الجميع بعدل.", .ar),
            .passes("We have seen claims on social media of a conspiracy between our club and the referees. They are false, and we trust the league's officials.", .en),
            .passes("يوضح النادي أن ما يتداول عن مؤامرة مع لجنة الحكام لا أساس له، ونثق بالتحكيم.", .ar),
            .triggers("The same referees for our last five away games, and five penalties against us. Ask yourselves who benefits.", .en),
            .triggers("فازت شركة عمرها شهران بالمناقصة، فاسألوا لجنة المناقصات عن السبب.", .ar),
            // Bad faith charged to "you" inside an Arabic word.
            .triggers("حملتكم المغرضة ضد الشركة لن تنجح.", .ar),
            .triggers("تنشرون الأكاذيب عن النادي منذ سنوات لخدمة أجندتكم.", .ar),
            .passes("نحذركم من الحملات المغرضة التي تنشر أسعاراً مزيفة؛ الأسعار الرسمية على موقعنا.", .ar),
            // Words that judge a person's worth, aimed at someone: "you", an @handle, a person named
            // or pointed at, or Arabic "you" inside the word («تظنون», «أسلوبك», «أيها»).
            .triggers("إلى رئيس نادي الوحدة: أسلوبك المتعجرف لن يغطي على فشلك الإداري.", .ar),
            .triggers("هذه الشرذمة من المطبلين لا تمثل إلا نفسها.", .ar),
            .triggers("أيها الحاقدون، موتوا بغيظكم.", .ar),
            .triggers("مقالاتكم الصفراء وأقلامكم المأجورة لا تستحق الرد.", .ar),
            .triggers("كيف تسمحون لأنفسكم بهذا الكذب الرخيص على جماهير النادي؟", .ar),
            .triggers("يا دكتورة، ليس كل من في تويتر يفهم، ولستِ استثناء من ذلك يا عديمة الفهم.", .ar),
            .triggers("@gulf_times your coverage is a disgrace and your editor is a hypocrite.", .en),
            .triggers("This arrogant referee should never officiate again.", .en),
            .triggers("You are a spineless hypocrite and everyone knows it.", .en),
            .triggers("The columnist is a hack who has never run a business.", .en),
            .triggers("@sportsdesk your reporter is a two-faced shill for the other club.", .en),
            .passes("Our new course helps front-line staff deal calmly with arrogant or hostile callers.", .en),
            .passes("Hypocrisy has no place in our values: we publish our pay gap every year.", .en),
            .passes("@fahad_news we would never call you a hypocrite; thank you for the question.", .en),
            .passes("@fan_99 called the referee \"arrogant\" after the match; the league will review it.", .en),
            .passes("Some called our analyst arrogant for that forecast; he was right, and we thank him.", .en),
            .passes("نرفض وصف جماهير المنافس بالحاقدين، ونحترمكم جميعاً.", .ar),
            .triggers("أسلوبك المتعجرف لن يغطي على فشلك الإداري.", .ar),
            .triggers("غبائك لا حدود له.", .ar),
            .passes("Our research shows that mediocre service costs banks one customer in five.", .en),
            .passes("Our head coach reminds the squad that arrogant football loses matches.", .en),
            .passes("الإعلام الأصفر خطر على المجتمع، ويمكن مواجهته بالوعي.", .ar),
            .passes("نحذركم من الذباب الإلكتروني، واستقوا أخباركم من المصادر الرسمية.", .ar),
            .passes("شكراً لكِ يا أم محمد، مأجورة على تبرعك بالدم.", .ar),
            .passes("يا سيدتي، الكشف المبكر عن الورم الخبيث ينقذ حياتك، احجزي موعدك اليوم.", .ar),
            .triggers("@khalid you coward, act like a man.", .en),
            .passes("الصحافة الصفراء خطر على المجتمع، وندعو إلى استقاء الأخبار من مصادرها الرسمية.", .ar),
            .passes("أيها الأبطال، فخورون بكم وبما قدمتموه هذا الموسم.", .ar),
            .passes("وصف أحد المشجعين الحكم بـ«المتعجرف»، وستراجع اللجنة المباراة.", .ar),
            .passes("@fahad_news لن نصفك أبداً بالمنافق، وشكراً على سؤالك.", .ar),
            .triggers("Some journalists would rather invent stories than check a single fact. Shameful.", .en),
            .triggers("Mr. Hassan's report is a joke, just like his career.", .en),
            .triggers("رئيس نادي النصر يعيش في الأوهام، وجماهيره تصدق كل ما يقول.", .ar),
            .triggers("يا من تدّعي الخبرة، اقرأ التقرير قبل أن تتفلسف.", .ar),
            .passes("The referee had a tough night; we will send our questions to the league in writing.", .en),
            .passes("Our critics raised fair points about delivery times; here is what we are changing.", .en),
            .passes("نختلف مع قرار الحكم، وسنرفع اعتراضنا رسمياً إلى لجنة المسابقات.", .ar),
            .passes("نشكر الإعلاميين على تغطيتهم، ونرحب بالنقد البناء.", .ar),
            // Words of the same letters that judge nobody: arrival, markets, spending, a festival.
            .passes("يا ضيوفنا، نتمنى لكم الوصول بالسلامة، وأسعار الأسواق الحرة في المطار مخفضة لكم.", .ar),
            .passes("أيها المستثمرون، ارتفع الإنفاق الرأسمالي لدينا، وندعوكم إلى مهرجان الأعمال السنوي.", .ar),
            // A laugh in a reply attacks only what it laughs down at: a grievance, a judging
            // word, a dismissal or an insult.
            .passes("@sara_m 😂 yes exactly, see you at the event!", .en),
            .passes("@lulwa_kw خخخخخ حلوة ذي، بنحط اسمك على الباقة الجديدة", .ar),
            .triggers("@khalid_m ما يعجبك شي، روح اشتكي وين ما تبي هههههههه", .ar),
            .triggers("@dan_r complaining about our coffee again lol, the door is right there", .en),
            // Declaring a person unfit for their office (`Disqualification.swift`); not
            // sympathy, modesty or a denial.
            .triggers("This referee does not deserve the honour of officiating in our league.", .en),
            .triggers("الوزير لا يستحق هذا المنصب، وعليه أن يرحل اليوم قبل الغد.", .ar),
            .passes("Ahmed does not deserve the abuse he received after the final. Please stop.", .en),
            .passes("He does not deserve to lose his job over one honest mistake, and he will not.", .en),
            .passes("نحن لا نستحق هذا الشرف وحدنا، شكراً لكل الفريق.", .ar),
            .passes("لا يستحق اللاعب هذه الإساءات بعد المباراة، ونقف معه.", .ar),
            // A pronoun is anyone, a seat or the management anything: no verdict on an office holder.
            .passes("She does not deserve to sit through another delay like this; we have rebooked her on the morning flight.", .en),
            .passes("إدارة المستشفى لا تستحق كل هذا اللوم، هي تعمل ليل نهار لتقليص الانتظار.", .ar),
            .triggers("This minister is not fit for office.", .en),
            .triggers("الوزير ليس أهلاً للمنصب.", .ar),
            .triggers("He does not deserve to wear the armband.", .en),
            // Hidden hands charged as fact; not denied, reported or thanked.
            .triggers("Hidden hands have been tampering with our sport for years, and everyone can see it.", .en),
            .triggers("هناك أيادٍ خفية تعبث بالرياضة منذ سنوات، والكل يعرف ذلك.", .ar),
            .passes("There are no hidden hands here: the outage was a power fault, and here is the timeline.", .en),
            .passes("Some accounts claim hidden hands are behind the outage. The cause was a power fault.", .en),
            .passes("شكراً للأيادي الخفية التي عملت خلف الكواليس لإنجاح المهرجان.", .ar),
            // "We" in the sentence excuses no charge of hidden hands.
            .triggers("We are sure foreign hands are behind this.", .en),
            .triggers("نحن نعلم أن أيادٍ خفية وراء هذا التخريب.", .ar),
            // A judging word said of someone as what they are.
            .triggers("He is a traitor to his country and to this club.", .en),
            .triggers("فما يقوم به رئيس النادي فهو إرهاب اجتماعي تجاه المجتمع الرياضي.", .ar),
            .passes("He is not a traitor; he disagreed with us, and that is his right.", .en),
            // A judgement asked only to be denied at once; answered yes, it stands.
            .passes("Is he a hypocrite? No: he disagreed with us, and that is his right.", .en),
            .passes("هل هو منافق؟ لا، اختلف معنا وهذا حقه.", .ar),
            .triggers("He is a hypocrite? No doubt about it.", .en),
            .triggers("هل هو منافق؟ نعم، والكل يعرف ذلك.", .ar),
            // "They" and «هو» said of things; a person in view, or a kind of person, makes them someone.
            .passes("The queues at the border this week were long, and they are a disgrace to a modern port. Here is what we are changing.", .en),
            .passes("قرأنا القرار الجديد، وهو مهزلة بحق المستثمرين الصغار، وسنرفع ملاحظاتنا للهيئة.", .ar),
            .triggers("Our critics are back. They are hypocrites.", .en),
            .triggers("They are hypocrites, all of them.", .en),
            // Calling for a named person's removal (`Disqualification.swift`); removing a thing,
            // a decision announced, a question, a denial or a chant reported are not.
            .triggers("Time to get rid of Erdogan.", .en),
            .triggers("It is time to get rid of @ahmed_k; he has failed this club.", .en),
            .triggers("Sawsan Al-Harthy must go.", .en),
            .triggers("آن الأوان للتخلص من خالد الحارثي، فقد دمر النادي.", .ar),
            .triggers("يجب أن يرحل @ahmed_k فوراً عن رئاسة الاتحاد.", .ar),
            .triggers("ارحل يا سعود، فقد خربت النادي.", .ar),
            .passes("Let's get rid of paper forms this year.", .en),
            .passes("Thanks to Ahmed Al-Said we got rid of the queues at our branches.", .en),
            .passes("Sara must go to the clinic for her check-up before the trip.", .en),
            .passes("Should the club get rid of @ahmed_k? That is for the general assembly, not for us.", .en),
            .passes("Protesters chanted \"Erdogan must go\" outside the embassy, police said.", .en),
            .passes("نسعى للتخلص من الورق في معاملاتنا هذا العام.", .ar),
            .passes("قرر مجلس الإدارة إقالة المدرب خالد الحارثي، ونشكره على جهوده.", .ar),
            .passes("لا نطالب برحيل أحد، ونثق بأن رئيس الاتحاد @ahmed_k سيعالج الأمر.", .ar),
            .passes("نعزي أنفسنا والوطن في رحيل الشيخ خالد الحارثي، رحمه الله.", .ar),
            .triggers("نطالب برحيل خالد الحارثي عن رئاسة الاتحاد اليوم قبل الغد.", .ar),
            // A party's words called a lie, not merely wrong; "what X wrote is…" judges the words
            // rather than reporting them. A denial, a refusal to lie and a charge reported are not.
            .triggers("What @dana_news wrote about our bank is a pack of lies.", .en),
            .triggers("ما كتبه @dana_news عن البنك كذب صريح.", .ar),
            .passes("The report about our bank is false; our filed figures are on the exchange website.", .en),
            .passes("الخبر المتداول عن البنك عارٍ عن الصحة، وأرقامنا المعلنة منشورة على موقع السوق.", .ar),
            .passes("The minister called the report \"a pack of lies\", Reuters reported.", .en),
            .passes("وصف الوزير التقرير بأنه «محض كذب»، بحسب رويترز.", .ar),
            .passes("Here is what the minister said: we will open the bridge in May.", .en),
        ])

    /// Words that single out one person: "the man who keeps posting", "Madam one-star",
    /// «للأخ اللي يشتكي», «هذا العميل». Contempt for "customers" in general is a tone
    /// fault (`tone.contempt`); aimed at one identifiable person, it is an attack.
    static let singledOut = Lexicon("tone.personal-attack.target", [
        "the man who", "the guy who", "the woman who", "the lady who", "the gentleman", "this gentleman", "madam", "sir",
        "this customer", "the customer who", "a customer who", "that customer", "the person who", "this person",
        "للأخ", "الأخ اللي", "الاخ اللي", "الأخت اللي", "يا أستاذ", "يا استاذ", "يا أخ", "يا اخ", "هذا العميل", "العميل اللي",
        "عميل يشتكي", "المغرد", "هالمغرد", "اللي يشتكي", "هالشخص", "هذا الشخص",
    ])

    /// People in public roles, named by their role: an insult beside one of them is aimed
    /// at a person even when the post speaks about them, not to them. Arabic «الحكم» is
    /// left out: it is "the ruling" as often as "the referee".
    static let publicFigure = Lexicon("tone.personal-attack.public-figure", [
        "the president", "this president", "the minister", "this minister", "the governor", "the mayor", "the referee", "this referee",
        "the journalist", "this journalist", "the reporter", "this reporter", "the columnist", "the presenter", "the chairman of",
        "the ceo of", "the founder of", "this man", "that man", "this woman", "that woman",
        "الرئيس", "هذا الرئيس", "الوزير", "هذا الوزير", "المحافظ", "الصحفي", "هذا الصحفي", "الإعلامي", "هذا الإعلامي", "المذيع", "هذا المذيع",
        "الكاتب", "هذا الكاتب", "هذا المسؤول", "هالمسؤول", "رئيس النادي",
        // People by their trade, named as a body: "some journalists would rather invent stories. Shameful."
        "journalists", "reporters", "pundits", "critics", "our critics", "commentators", "the coach", "head coach",
        "الإعلاميين", "الصحفيين", "المحللين", "المنتقدين", "المعلق", "المعلقين", "المدرب", "رئيس الاتحاد", "رئيس نادي", "هذا الرجل", "هالرجال", "هالريال", "هذه المرأة",
        // Outlets and bodies named as a party: "the editor", «جريدة …», «مجلس البلدية».
        "editor", "the editor", "mp", "federation board", "the federation", "newspaper", "الجريدة", "=جريدة", "الصحيفة", "=صحيفة",
        "مجلس الاتحاد", "مجلس البلدية", "إدارة النادي", "=إدارتهم", "=ادارتهم", "المغردون", "المغردين",
    ])

    /// Charging a party with bad faith ("you guys tried to blackball anyone who opposes
    /// your agenda", «المهمة المنوطة بهذه الصحيفة بث الأكاذيب»): an @handle or a named
    /// person, the reader or an outlet. Not a public figure by role: «أكد الرئيس أن
    /// المؤامرات لن تنال من الوطن» names the speaker, not the accused. A denied, quoted or
    /// condemning sentence makes no charge. The other charges that need no insult run in
    /// the same list, so one loop reads them all: foul play and insinuation against
    /// officials (`FoulPlayCharge.swift`), and unfitness for office and hidden hands
    /// (`Disqualification.swift`).
    static let badFaithFrames: [Frame] = [
        Frame(anchor: Concepts.badFaith, anyEntity: [.person, .addressee], without: [Concepts.condemning] + Concepts.notACharge,
              blockedBy: [.negation, .quotation]),
        Frame(anchor: Concepts.badFaith, withAny: [Concepts.accusedParty], without: [Concepts.condemning] + Concepts.notACharge,
              blockedBy: [.negation, .quotation]),
        // Foul play charged to officials, in words or by insinuation (see `FoulPlayCharge.swift`).
        foulPlayFrame, insinuationFrame,
        // A plot charged with nobody named (see `PlotCharge.swift`).
        plotFrame,
    ] + disqualificationFrames

    var lexicons: [Lexicon] {
        [Self.attackPhrases, SharedLexicons.insults, Self.slights, SharedLexicons.secondPerson, Self.singledOut, Self.publicFigure, Self.peopleWords,
         ContemptRule.phrases, ContemptRule.judging, ContemptRule.brushOffs, Concepts.laughter.lexicon, ContemptRule.grievance, ContemptRule.warmth,
         MoveLexicons.credit, Self.animalNames, Self.derogatory, SharedLexicons.acts, Concepts.rejecting.lexicon, Concepts.warning.lexicon,
         Entity.personWords, Self.deceit, Self.sayerCalledLiar, SharedLexicons.dishes, Self.crimeLabels, Self.metaphors, Self.regardedAsVermin, Self.personAsSubject, PersonalDataRule.knownPerson, Self.namingWords,
         Self.putDowns, Self.scareQuotedWork, Self.staffNouns, Self.staffQualities, Self.stereotypeNamed] + Self.personLexicons
            + Self.badFaithFrames.flatMap(\.lexicons)
            + [Self.removalOfSomeone.lexicon, Self.mustLeave.lexicon, Self.announcedDecision.lexicon, Self.reportedClaim.lexicon]
    }

    /// Titles of one person said before a name. Not «سعادة» ("happiness" before it is "His
    /// Excellency"), «الحكم» ("the ruling" before "the referee"), «الكاتب» or «المحلل» (the
    /// trade, as often as one man): those are in `titles` only.
    static let personTitles = WordSet(["الأستاذ", "الاستاذ", "أستاذ", "استاذ", "الأخ", "الاخ", "الأخت", "الدكتور", "الدكتورة", "دكتور",
                                       "المهندس", "الإعلامي", "الإعلامية", "اللاعب", "النائب",
                                       "mr", "mrs", "ms", "dr", "councillor", "referee"].map(TextNormalizer.normalize))
    /// Titles and roles said before a name: a person's titles, the wider ones, and an
    /// outlet or a club named («صحيفة الأفق», «نادي الوحدة»).
    static let titles = WordSet(Array(personTitles) + ["سعادة", "الكاتب", "المحلل", "الحكم", "sir",
                                                       "صحيفة", "جريدة", "نادي", "قناة", "مجلة"].map(TextNormalizer.normalize))
    /// A kunya after «يا»: «يا بو خالد», «يا أم سعود».
    static let kunyas = WordSet(["بو", "ابو", "أبو", "ام", "أم"].map(TextNormalizer.normalize))
    /// What «يا» calls that is no person: «يا رب», «يا جماعة», «يا ليت», «يا هلا».
    static let interjections = WordSet(["رب", "ربي", "الله", "جماعة", "جماعه", "ربع", "ليت", "ليتني", "هلا", "سلام", "حلاوة", "حبيبي",
                                        "شباب", "جماهير", "عيني", "حسرة", "خسارة", "فرحة", "زين", "حلو", "عمري", "أخي", "اخوان",
                                        "إخوان", "أهل", "اهل", "ناس", "عالم", "بلادي", "وطني", "هلال", "نصر"].map(TextNormalizer.normalize))
    /// Put-downs that only a person can receive: told to know their place or keep quiet,
    /// asked who pays them, charged with envy, mocked for their schooling, their weight,
    /// their age or their roots. Said with a person named in the sentence or the one
    /// beside it ("Know your place, Tariq", «اعرف حدك يا سعود», "Who is paying @dana to
    /// write this?"), they attack; alone, they are advice or a figure of speech.
    static let putDowns = Lexicon("tone.personal-attack.put-downs", [
        // Keep quiet, know your place, stay out of it.
        "know your place", "shut up", "stay in your lane", "stick to what you", "stick to cutting", "spare us", "mind your own business",
        // Told they cannot read, or to find other work, as «ما تعرف تقرأ… دور لك شغلة ثانية» is.
        "can't read", "cannot read", "can not read", "can't even read", "learn to read", "learn how to read", "get a real job",
        "get a proper job", "=دور لك شغلة", "=دورلك شغلة", "=روح دور لك شغل", "=روح اشتغل",
        // Sent back to their own small corner: "maybe stick to your blog", «خلك في مدونتك».
        "maybe stick to", "better stick to", "just stick to", "=خلك في مدونتك", "=خلك في تغريداتك", "=خلك في مقالاتك",
        // Unfit to run anything: "couldn't run a corner shop", «ما قدر يدير بقالة».
        "couldn't run a", "could not run a", "can't even run a", "couldn't even run a", "=ما قدر يدير", "=ما يقدر يدير", "=ما عرف يدير",
        "=عجز عن إدارة",
        "do us all a favour", "=اعرف حدك", "=اعرفي حدك", "=خلك في حالك", "=خلك بحالك", "=وش دخلك", "=ايش دخلك", "=مالك دخل", "=أن يصمت",
        "=الصمت أستر", "=اسكت", "=انطم", "=انثبر", "=لا تنظر علينا", "=قبل لا تنظّر", "=قبل لا تنظر",
        // Paid to say it.
        "who is paying", "who's paying", "follow the money", "paid to write", "on the payroll of", "sponsoring his", "sponsoring her",
        "=دافع لك", "=كم استلمت", "=رسب في أساسيات", "=رسبت في أساسيات", "=كم قبضت", "=مدفوع له", "=راتبه الثاني", "=قابض", "=من يدفع له",
        // Envy.
        "jealousy is not a good look", "sour grapes", "=الحسد داء", "=مصاب بالحسد", "=مصاب به منذ", "=حسدا", "=حسداً",
        // Schooling, sums and spelling.
        "master the dictionary", "can't count", "cannot count", "can't spell", "went to school to understand", "never signed a paycheck",
        "thinks he understands", "thinks she understands", "=ما يفرق بين", "=ما يفرّق بين", "=ارجع للصف", "=ارجع للمدرسة", "=ربع ثقتك",
        "=يفهمون كورة", "=صححوا أخطاءكم الإملائية",
        // Body, age and roots.
        "extra kilos", "near a treadmill", "at his age", "at her age", "retirement suits", "calls himself a patriot", "calls herself a patriot",
        "from a flat in london", "=ينزل عشرين كيلو", "=بوفيه مفتوح", "=يرتاح في بيته", "=مو من أهل الديرة", "=مب من أهل الديرة",
        "=ليس من أهل البلد", "=قضى عشرين عاما خارج البلاد",
        // The outlet itself.
        "that rag", "=يلف فيها السمك", "=يلفون فيها السمك",
    ])

    /// Whether a person is named in sentence `sentence` or the one before or after it: an
    /// @handle, a name (an Arabic name, two capitalised words past the sentence's first, or
    /// a title before a word: «الأستاذ منصور», "Councillor Brandt"), a person named by role,
    /// or «يا» before a word. Not "you" alone: a public notice says "you" to everyone.
    static func namesAPerson(near sentence: Int, in post: PostAnalysis, individualsOnly: Bool = false) -> Bool {
        let tokens = post.text.tokens
        for near in max(0, sentence - 1)...min(post.text.sentences.count - 1, sentence + 1) {
            let range = post.text.sentences[near]
            if post.text.hasToken(.mention, in: range) || PersonName.occurs(in: range, of: tokens)
                || !individualsOnly && personLexicons.contains(where: { post.sentence(near, has: $0) }) { return true }
            for index in range where index + 1 < range.upperBound {
                if index > range.lowerBound, tokens[index].isCapitalised, tokens[index + 1].isCapitalised, !tokens[index].isAllCaps { return true }
                guard tokens[index + 1].kind == .word else { continue }
                // «والأستاذ»: a title after «و» or «ف» is still a title. Whether the word is a
                // title, as written or (an Arabic token) without its «و» or «ف», is read from its
                // `WordFacts`, worked out once per distinct text: two word-set look-ups, the
                // prefix tests and the shortened string cost a few hundred instructions a word.
                let arabic = tokens[index].isArabic
                let word = tokens.text(at: index)
                // «يا» is four bytes, and no other spelling is canonically equivalent to it (its
                // two letters have no decomposition), so a word of another length is not it:
                // asked first, as comparing an Arabic word with it cost a normalising comparison.
                let isYa = word.utf8.count == 4 && word == "يا"
                if individualsOnly {
                    // Strictly one person: a title of a person (not an outlet or a club), or «يا» before a
                    // kunya or a title («يا بو خالد», «يا أستاذ»).
                    if tokens.has(.personTitle, at: index) || arabic && tokens.has(.personTitleAfterConjunction, at: index)
                        || isYa && (kunyas.contains(tokens.text(at: index + 1)) || tokens.has(.personTitle, at: index + 1)) { return true }
                } else if isYa && !interjections.contains(tokens.text(at: index + 1)) || tokens.has(.title, at: index)
                            || arabic && tokens.has(.titleAfterConjunction, at: index) {
                    return true
                }
            }
            // "…, Tariq." A capitalised word after a comma at the end of a clause: a name spoken to.
            for index in range where index > range.lowerBound && tokens[index].isCapitalised && index + 1 < tokens.count
                && tokens[index - 1].kind == .punctuation && tokens[index + 1].kind == .punctuation && tokens[index].end - tokens[index].start > 2 {
                return true
            }
        }
        return false
    }

    /// Contempt that stays a warning when it is aimed at nobody in particular, and becomes an
    /// attack when one person is named beside it: «واضح إنك ما فتحتها بحياتك 🤦 يا بو خالد»,
    /// "@TomBenning … Maybe it's you 🙄". Not a playful 🙃, which friends send each other.
    static let playful: Set<String> = ["🙃"]
    func contemptAimedAtSomeone(in post: PostAnalysis, skipping taken: Set<Int>) -> [PhraseMatcher.Hit] {
        var found: [PhraseMatcher.Hit] = []
        var sentences = taken
        for contempt in ContemptRule.contempt(in: post) {
            let sentence = post.sentenceIndex(of: contempt)
            guard !sentences.contains(sentence), !Self.playful.contains(post.excerpt(contempt)),
                  Self.namesAPerson(near: sentence, in: post, individualsOnly: true) else { continue }
            sentences.insert(sentence)
            found.append(contempt)
        }
        return found
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        var sentences = Set<Int>()
        for hit in post.hits(Self.attackPhrases) where !post.isQuoted(hit) && !Self.saidOfAnyone(hit, in: post) {
            // "People like you" praises as often as it sneers ("engineers learn beside people like
            // you"): it attacks only beside a negation or an insult.
            if post.excerpt(hit).lowercased() == "people like you" {
                let sentence = post.sentenceIndex(of: hit)
                let words = post.text.tokens[post.text.sentences[sentence]].map(\.text)
                guard words.contains(where: { ["not", "never", "don't", "can't", "won't", "no", "nothing"].contains($0) })
                        || post.sentence(sentence, has: SharedLexicons.insults) else { continue }
            }
            sentences.insert(post.sentenceIndex(of: hit))
            findings.append(attack(hit, post))
        }
        // Put-downs, after the attack phrases: a sentence already reported is not reported twice
        // («اعرف حدك» is both).
        for hit in post.hits(Self.putDowns) where !post.isQuoted(hit) && !Modality.negates(hit.firstToken, in: post, reach: 1) {
            let sentence = post.sentenceIndex(of: hit)
            guard !sentences.contains(sentence), Self.namesAPerson(near: sentence, in: post) else { continue }
            sentences.insert(sentence)
            findings.append(attack(hit, post))
        }
        for hit in Self.scareQuotedWork(in: post) where !sentences.contains(post.sentenceIndex(of: hit)) {
            sentences.insert(post.sentenceIndex(of: hit))
            findings.append(finding(Self.scareQuoteMessage(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.suggestion(post.feedbackLanguage)))
        }
        let tokens = post.text.tokens
        for hit in post.hits(Self.animalNames) where !sentences.contains(post.sentenceIndex(of: hit))
            && (hit.endToken == tokens.count || tokens[hit.endToken].kind == .punctuation || tokens[hit.endToken].kind == .emoji) {
            sentences.insert(post.sentenceIndex(of: hit))
            findings.append(attack(hit, post))
        }
        let dishes = SharedLexicons.dishRanges(in: post)
        for hit in (Array(post.hits(SharedLexicons.insults)) + post.hits(Self.slights)).sortedIfNeeded(by: { $0.firstToken < $1.firstToken }) {
            let sentence = post.sentenceIndex(of: hit)
            // An insult in quotation marks is reported ("a customer called our agent "an idiot""), not hurled.
            guard !sentences.contains(sentence), !post.isQuoted(hit) else { continue }
            // "We would never call a customer stupid" denies the insult.
            guard !Modality.negates(hit.firstToken, in: post), !SharedLexicons.describesAnAct(hit, in: post),
                  !SharedLexicons.namesADish(hit, among: dishes) else { continue }
            // "Rubbish" is a word for waste until it is aimed at someone ("@x your report is rubbish").
            let literal = SharedLexicons.literalInsults.contains(post.excerpt(hit).lowercased())
            if Self.addressesSomeone(sentence, in: post) || !literal && (post.sentence(sentence, has: Self.publicFigure) || post.sentence(sentence, has: Self.singledOut)) {
                sentences.insert(sentence)
                findings.append(attack(hit, post))
            }
        }
        for hit in post.hits(Self.derogatory) {
            let sentence = post.sentenceIndex(of: hit)
            // "We would never call you a hypocrite": the negation governs the clause, not only the next words.
            // "Your stupidity" is not in what a negation or a refusal denies (see `isOwnedByYou`).
            let owned = Self.isOwnedByYou(hit, in: post)
            guard !sentences.contains(sentence), !post.isQuoted(hit),
                  owned || !Modality.negates(hit.firstToken, in: post, clause: true) && !post.sentence(sentence, has: Concepts.rejecting.lexicon),
                  !post.sentence(sentence, has: Concepts.warning.lexicon),
                  !SharedLexicons.describesAnAct(hit, in: post), !Self.askedAndDenied(sentence, in: post),
                  Self.isAimed(hit, in: post) else { continue }
            sentences.insert(sentence)
            findings.append(attack(hit, post))
        }
        for hit in Self.staffJudged(in: post) {
            let sentence = post.sentenceIndex(of: hit)
            // "None of our staff is lazy", "we reject the myth of the lazy employee", "are nurses lazy? No."
            let tokens = post.text.tokens
            let denied = (max(post.text.sentences[sentence].lowerBound, hit.firstToken - 4)..<hit.firstToken)
                .contains { Self.noneOf.contains(tokens.text(at: $0)) }
            guard !sentences.contains(sentence), !post.isQuoted(hit), !denied, !Modality.negates(hit.firstToken, in: post, clause: true),
                  !post.sentence(sentence, has: Concepts.rejecting.lexicon), !post.sentence(sentence, has: Self.stereotypeNamed),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question]) else { continue }
            sentences.insert(sentence)
            findings.append(finding(Self.staffMessage(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.staffSuggestion(post.feedbackLanguage)))
        }
        // A crime's name pinned on a named person or an account: "Khalid Al-Rawahi is a thief",
        // "@khalid_r حرامي ونصاب", "Criminal of the day: Marquis Porter". Only a court names
        // someone a criminal; said by an official account it is an attack and a libel.
        // A figure of speech said of them ("@khalid_r is a snake") is aimed the same way.
        for hit in post.hits(Self.regardedAsVermin) {
            let sentence = post.sentenceIndex(of: hit)
            guard !sentences.contains(sentence), !post.isQuoted(hit), !Modality.negates(hit.firstToken, in: post, clause: true),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question]) else { continue }
            sentences.insert(sentence)
            findings.append(attack(hit, post))
        }
        for lexicon in [Self.crimeLabels, Self.metaphors] { for hit in post.hits(lexicon) {
            let sentence = post.sentenceIndex(of: hit)
            guard !sentences.contains(sentence), !post.isQuoted(hit), !Self.isTitleCased(hit, in: post),
                  !SharedLexicons.describesAnAct(hit, in: post), !Modality.negates(hit.firstToken, in: post, clause: true),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question]),
                  !post.sentence(sentence, has: Concepts.warning.lexicon),
                  Self.isAimed(hit, in: post) || PersonalDataRule().namesSomeone(near: sentence, in: post)
                    || Self.opensWithAName(sentence, in: post) || post.sentence(sentence, has: Self.namingWords) else { continue }
            sentences.insert(sentence)
            findings.append(attack(hit, post))
        } }
        let deceit = post.hits(Self.deceit)
        // The press named as a party, and officials by title ("the minister lied"): where each ends.
        let partyEnds = deceit.isEmpty ? [] : Set(post.hits(Concepts.accusedParty.lexicon).map(\.endToken) + post.hits(Self.publicFigure).map(\.endToken))
        let warned = deceit.isEmpty ? [] : post.sentences(with: Concepts.warning.lexicon)
        for hit in deceit {
            let sentence = post.sentenceIndex(of: hit)
            guard !sentences.contains(sentence), !warned.contains(sentence), !post.isQuoted(hit),
                  !Modality.negates(hit.firstToken, in: post, clause: true),
                  Self.accusesSomeone(hit, in: post, partyEnds: partyEnds) else { continue }
            sentences.insert(sentence)
            findings.append(attack(hit, post))
        }
        for hit in post.hits(Self.sayerCalledLiar) {
            let sentence = post.sentenceIndex(of: hit)
            guard !sentences.contains(sentence), !post.isQuoted(hit), !Modality.negates(hit.firstToken, in: post, clause: true) else { continue }
            sentences.insert(sentence)
            findings.append(attack(hit, post))
        }
        // By index, asked in place whether each frame can hit (see `FrameRule.frameFindings`).
        let badFaithFrames = Self.badFaithFrames
        for index in badFaithFrames.indices where badFaithFrames[index].mayHit(post) {
            let frame = badFaithFrames[index]
            // A plot charged with nobody named is explained as that, not as an attack on one person.
            let chargesAPlot = frame.anchor.name == Self.plotCharged.name
            for hit in frame.hits(in: post) where !sentences.contains(post.sentenceIndex(of: hit)) {
                sentences.insert(post.sentenceIndex(of: hit))
                let quoted = frame.quotedHit(of: hit, in: post)
                findings.append(chargesAPlot
                    ? finding(Self.plotMessage(post.feedbackLanguage, post.excerpt(quoted)), tokens: quoted.firstToken..<quoted.endToken,
                              in: post, suggestion: Self.plotSuggestion(post.feedbackLanguage))
                    : attack(quoted, post))
            }
        }
        for hit in Self.removalCalls(in: post) where !sentences.contains(post.sentenceIndex(of: hit)) {
            sentences.insert(post.sentenceIndex(of: hit))
            findings.append(attack(hit, post))
        }
        // Contempt in a sentence that singles out one person (or an @handle), or in the
        // sentence right after it: "To the man who keeps posting about our delivery times:
        // get a life." Condemning what somebody published ("this is fake news") stays a
        // note (`tone.condemnation`): it disputes the report, not the person.
        // Each hit with what it is, so the loop does not search the lists for it (that was
        // quadratic on a long post).
        enum Kind { case dismissal, judging, laugh }
        let contempt = (post.hits(ContemptRule.phrases).map { ($0, Kind.dismissal) } + post.hits(ContemptRule.judging).map { ($0, Kind.judging) }
            + ContemptRule.laughs(in: post).map { ($0, Kind.laugh) }).sorted { $0.0.firstToken < $1.0.firstToken }
        guard !contempt.isEmpty else { return findings }
        // Filled by loops: the closures of `map` and `filter` each took a copy of the whole
        // post analysis (every array in it retained, then released) on most posts.
        var targets = Set<Int>()
        for hit in post.hits(Self.singledOut) { targets.insert(post.sentenceIndex(of: hit)) }
        for index in tokens.indices where tokens[index].kind == .mention { targets.insert(tokens[index].sentence) }
        for (hit, kind) in contempt {
            let sentence = post.sentenceIndex(of: hit)
            // A laugh or a judging word beside thanks is warmth ("@ahmed you made our whole team laugh 😂 Thank you").
            if kind != .dismissal, ContemptRule.isWarm(hit, in: post) { continue }
            // A laugh at somebody is contempt (`tone.contempt`); it attacks them when it laughs
            // at a grievance, or beside a judging word, a dismissal or an insult. "@sara_m
            // hahaha yes exactly" laughs along.
            if kind == .laugh, !Self.laughsDown(sentence, in: post) { continue }
            guard !sentences.contains(sentence), targets.contains(sentence) || targets.contains(sentence - 1),
                  !Modality.negates(hit.firstToken, in: post),
                  !Modality.of(sentence: sentence, in: post).contains(.quotation) else { continue }
            sentences.insert(sentence)
            findings.append(attack(hit, post))
        }
        // Contempt beside a person named by name, title or «يا» rather than by @handle.
        for hit in contemptAimedAtSomeone(in: post, skipping: sentences) { findings.append(attack(hit, post)) }
        return findings
    }

    /// Whether sentence `sentence`, or the one before, gives a laugh in it something to
    /// laugh down at: a grievance, a judging word, a dismissal or an insult.
    static func laughsDown(_ sentence: Int, in post: PostAnalysis) -> Bool {
        // A range and a list made once: the two arrays this built cost more than the test.
        (max(0, sentence - 1)...sentence).contains { near in
            laughedDownAt.contains { post.sentence(near, has: $0) }
        }
    }
    /// What a laugh laughs down at (see `laughsDown`).
    static let laughedDownAt = [ContemptRule.grievance, ContemptRule.judging, ContemptRule.phrases, SharedLexicons.insults, slights]

    /// How many tokens from a judging word a person named by role may stand.
    static let proximity = 4

    /// Whether sentence `sentence` speaks to someone: an @handle, or "you" in any of its
    /// forms (`Entity.addressee`: the pronouns, and Arabic's «قلوبكم», «تظنون», «أيها»).
    static func addressesSomeone(_ sentence: Int, in post: PostAnalysis) -> Bool {
        let addressed = post.shared.addressedSentences(of: post)
        return addressed.mention[sentence] || addressed.you[sentence]
    }

    /// Whether a judging word at `hit` is aimed at someone: a sentence that speaks to
    /// someone (`addressesSomeone`), a person named or named by role nearby, a party
    /// pointed at ("this arrogant referee", «هذه الشرذمة»), or the word itself saying
    /// "your" («فشلك»).
    static func isAimed(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        let tokens = post.text.tokens
        // A person named by role or trade counts only close to the word, and never the word
        // itself («الإعلام الأصفر» holds «الإعلامي»): "our head coach reminds the squad that
        // arrogant football loses matches" judges a way of playing, not the coach.
        func nearby(_ lexicon: Lexicon, in sentence: Int) -> Bool {
            post.hasHit(of: lexicon, within: proximity, of: hit.firstToken..<hit.endToken, in: sentence)
        }
        if addressesSomeone(sentence, in: post) || nearby(publicFigure, in: sentence) || nearby(singledOut, in: sentence)
            || nearby(Entity.personWords, in: sentence) || nearby(personAsSubject, in: sentence) { return true }
        // A verdict said on its own after the sentence that names them: "…than check a single fact. Shameful."
        // Counted in place and only up to four: the copy of the whole sentence it was made
        // for every judging word, and a long sentence of them went quadratic.
        var words = 0
        for index in post.text.sentences[sentence] where tokens[index].kind == .word {
            words += 1
            if words > 3 { break }
        }
        if words <= 3, sentence > 0, addressesSomeone(sentence - 1, in: post)
            || post.sentence(sentence - 1, has: publicFigure) || post.sentence(sentence - 1, has: singledOut) { return true }
        let before = max(post.text.sentences[sentence].lowerBound, hit.firstToken - 2)..<hit.firstToken
        if before.contains(where: { demonstratives.contains(tokens[$0].text) }) { return true }
        // A person named just before the words, by name or as "the man": "Omar Saleh has
        // discovered the internet", «الرجل يكذب كما يتنفس».
        let close = max(post.text.sentences[sentence].lowerBound, hit.firstToken - proximity)..<hit.firstToken
        if namesAPerson(in: close, before: hit, sentence: post.text.sentences[sentence], of: tokens)
            || close.contains(where: { aPerson.contains(tokens[$0].text) }) {
            return true
        }
        if isPredicatedOfSomeone(hit, in: post) { return true }
        // "Your" on the word the judgement qualifies: «أسلوبك المتعجرف».
        if let previous = before.last, tokens[previous].isArabic, SecondPersonForms.carriesSingularYou(tokens[previous].text) { return true }
        let word = tokens[hit.firstToken]
        return hit.endToken - hit.firstToken == 1 && word.isArabic && SecondPersonForms.carriesSingularYou(word.text)
    }

    /// Whether sentence `sentence` asks a judgement only to deny it in the next, opened on a
    /// bare no and a stop (`MoveRecognizer.plainNo`): "He is a hypocrite? No: he disagreed
    /// with us, and that is his right", «هل هو منافق؟ لا، اختلف معنا». "No doubt" agrees.
    static func askedAndDenied(_ sentence: Int, in post: PostAnalysis) -> Bool {
        guard sentence + 1 < post.text.sentences.count, Modality.of(sentence: sentence, in: post).contains(.question) else { return false }
        return MoveRecognizer.plainNo(post.text.sentences[sentence + 1], tokens: post.text.tokens) != nil
    }

    /// Third-person subjects with their copula, and Arabic's pronoun that serves as one:
    /// "he is a traitor", "they're hypocrites", «فهو خائن», «إنهم حاقدون».
    static let thirdPersonSubjects = WordSet(["he", "she", "they"].map(TextNormalizer.normalize))
    static let copulas = WordSet(["is", "was", "are", "were", "remains", "remain"].map(TextNormalizer.normalize))
    static let thirdPersonPredication = WordSet(["he's", "she's", "they're", "hes", "shes", "theyre", "هو", "فهو", "وهو", "إنه", "انه",
                                                 "فإنه", "هي", "فهي", "وهي", "إنها", "انها", "هم", "فهم", "وهم", "إنهم", "انهم"]
                                                .map(TextNormalizer.normalize))
    /// The subjects that are people whatever they stand for: "he", "she", and Arabic's
    /// masculine plural (a plural of things takes «هي»). "They" and «هو», «هي», «إنه»,
    /// «إنها» stand for things as often ("the figures are a disaster; they are a joke",
    /// «القرار… فهو ظالم»), and «فهم», «وهم» are also nouns ("understanding", "illusion"):
    /// these count only with a person in view (`hasPersonInView`).
    static let personalSubjects = WordSet(["he", "she", "he's", "she's", "hes", "shes", "هم", "إنهم", "انهم"]
                                            .map(TextNormalizer.normalize))

    /// Whether a judging word is said of somebody as what they are: "he is a traitor to his
    /// country", «فما يقوم به رئيس النادي فهو إرهاب». Up to three words before it, past an
    /// article ("he is a", «فهو»).
    static func isPredicatedOfSomeone(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let start = max(post.text.sentences[post.sentenceIndex(of: hit)].lowerBound, hit.firstToken - 3)
        for index in start..<hit.firstToken {
            let word = tokens[index].text
            let subject = thirdPersonPredication.contains(word) ? word
                : thirdPersonSubjects.contains(word) && index + 1 < hit.firstToken && copulas.contains(tokens[index + 1].text) ? word : nil
            guard let subject else { continue }
            if personalSubjects.contains(subject) || namesAKindOfPerson(hit, in: post) || hasPersonInView(before: index, in: post) {
                return true
            }
        }
        return false
    }

    /// Judging words that are kinds of person ("hypocrites", "traitor", «منافق», «خونة»):
    /// whatever "they" or «هو» stands for, it is someone.
    static let kindsOfPerson = WordSet([
        "hypocrite", "hypocrites", "charlatan", "charlatans", "traitor", "traitors", "lunatic", "lunatics", "thug", "thugs",
        "crybaby", "loser", "haters", "grifter", "grifters", "con", "stooge", "shill", "shills", "bootlicker", "lapdog",
        "propagandist", "bigot", "bigots", "nutjob", "psycho", "whiner", "loudmouth", "blowhard", "windbag", "hack", "hacks",
        "منافق", "منافقين", "منافقون", "حاقد", "الحاقد", "حاقدة", "حاقدين", "حاقدون", "حقود", "حاسد", "حسود", "مطبل", "المطبل",
        "مطبلين", "مطبلون", "مطبلاتي", "خائن", "الخائن", "خونة", "الخونة", "المأجور", "المأجورة", "المأجورين", "المأجورون",
        "انتهازي", "انتهازيين", "نكرة", "إمعة", "إمعات", "أراجوز", "بلطجي", "بلطجية", "سفيه", "سفهاء", "مختل", "ساذج", "سذج",
        "أبله", "البلهاء", "مغفل", "مغفلين", "همجي", "همج", "رعاع", "غوغاء", "خبثاء", "حقراء", "متعجرف", "مغرور", "واهم",
    ].map(TextNormalizer.normalize))

    /// Whether a judging word at `hit` names a kind of person (`kindsOfPerson`).
    static func namesAKindOfPerson(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        (hit.firstToken..<hit.endToken).contains { kindsOfPerson.contains(post.text.tokens[$0].text) }
    }

    /// Whether a person is named before token `index`, in its sentence or the one before:
    /// by role ("the minister", «رئيس النادي»), singled out ("the man who"), by name or
    /// title, by @handle, or as a group of people. What "they" or «هو» may stand for.
    static func hasPersonInView(before index: Int, in post: PostAnalysis) -> Bool {
        let sentence = post.text.tokens[index].sentence
        let first = post.text.sentences[max(0, sentence - 1)].lowerBound
        if personLexicons.contains(where: { lexicon in post.hits(lexicon).contains { $0.firstToken >= first && $0.endToken <= index } }) {
            return true
        }
        let range = first..<index
        return post.text.hasToken(.mention, in: range) || PersonName.occurs(in: range, of: post.text.tokens)
    }
    /// People named as people: "people", "those who", «الناس», «الجماهير».
    static let peopleWords = Lexicon("tone.personal-attack.people", [
        "people", "those who", "anyone who", "whoever", "fans", "supporters", "=الناس", "=الجماهير", "=الجمهور", "=المشجعين",
        "=المشجعون", "=الذين",
    ])
    /// What `hasPersonInView` reads: a list made once.
    static let personLexicons = [publicFigure, singledOut, Entity.personWords, Entity.groupWords, officeHolder.lexicon, peopleWords]

    /// Whether a judging word comes with "your" on it: "your stupidity", «غبائكم»,
    /// «تفاهتك». Such a judgement is taken as given, and a negation or a refusal in the
    /// clause leaves it standing: "we won't dignify your stupidity with a reply" and «لن نرد
    /// على تفاهتكم» still call the reader stupid, where "we would never call you a
    /// hypocrite" and «لا نتهمك بالغباء» deny the charge.
    static func isOwnedByYou(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let word = tokens[hit.firstToken]
        if word.isArabic {
            return hit.endToken - hit.firstToken == 1 && SecondPersonForms.saysYou(word.text)
        }
        return word.text == "your" || hit.firstToken > 0 && tokens[hit.firstToken - 1].text == "your"
    }

    func attack(_ hit: PhraseMatcher.Hit, _ post: PostAnalysis) -> Finding {
        finding(Self.message(post.feedbackLanguage, post.excerpt(hit)),
                tokens: hit.firstToken..<hit.endToken, in: post,
                suggestion: Self.suggestion(post.feedbackLanguage))
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PersonalAttackRule {
    static let message = Localized(en: "'{1}' attacks a person. Replying to a critic with abuse makes the organisation the aggressor in public.",
                                   ar: "«{1}» هجوم على شخص. الرد على المنتقد بالإساءة يجعل المؤسسة هي المعتدية أمام الجميع.")
    static let scareQuoteMessage = Localized(en: "'{1}' in scare quotes sneers at a named person's work: readers see the organisation mocking someone by name.",
                                             ar: "وضعُ «{1}» بين علامتي تنصيص سخريةٌ من عمل شخص مسمّى، ويرى القراء المؤسسة تسخر من شخص باسمه.")
    // The way to talk is the organisation's own (a DM, the press office, the service desk):
    // "the IR desk" read wrongly to a ministry or a community account.
    static let staffMessage = Localized(en: "'{1}' disparages your own people in public; every employee, and everyone you will want to hire, reads how staff are spoken of here.",
                                        ar: "«{1}» ازدراءٌ علني لموظفيك؛ يقرؤه كل موظف، وكل من تريد توظيفه، ويعرف كيف يُتحدَّث عن الموظفين هنا.")
    static let staffSuggestion = Localized(en: "Deal with performance in private. In public, say what the team will do better and how you will support it.",
                                           ar: "عالج الأداء في لقاء خاص، وقل في العلن ما سيحسّنه الفريق وكيف ستدعمه.")
    /// Whether the words are said of anyone at all, just before them in their clause:
    /// «من الطبيعي أن الواحد ما يفهم في كل شيء» ("naturally one doesn't understand
    /// everything") is no verdict on a person; «واضح إنه ما يفهم» is.
    static func saidOfAnyone(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        var index = hit.firstToken - 1
        while index >= max(post.text.sentences[post.sentenceIndex(of: hit)].lowerBound, hit.firstToken - 8) {
            if tokens[index].kind == .punctuation { return false }
            if genericSubjects.contains(tokens.text(at: index)) { return true }
            index -= 1
        }
        return false
    }
    static let genericSubjects = WordSet(["one", "anyone", "anybody", "الواحد", "والواحد", "الإنسان", "والإنسان", "المرء", "أحد", "احد"]
                                         .map(TextNormalizer.normalize))

    /// Quantifiers that deny a judgement of everyone: "none of our staff is lazy".
    static let noneOf: WordSet = ["none", "nobody", "neither", "nor"]
    /// Naming the judgement as a stereotype to refute it: "the myth of the lazy employee".
    static let stereotypeNamed = Lexicon("tone.personal-attack.stereotype", [
        "myth", "stereotype", "stereotypes", "cliché", "cliche", "=خرافة", "=أسطورة", "=الصورة النمطية", "=صورة نمطية",
    ])
    static let suggestion = Localized(en: "Answer the point, not the person: thank them, state the fact, offer a way to talk (a DM or the right office).",
                                      ar: "أجب عن الفكرة لا عن الشخص: اشكره، واذكر الحقيقة، واعرض طريقاً للتواصل (رسالة خاصة أو الجهة المختصة).")
}
