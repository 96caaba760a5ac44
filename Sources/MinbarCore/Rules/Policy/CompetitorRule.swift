/// Running down a competitor.
struct CompetitorRule: Rule {
    static let competitors = Lexicon("policy.competitor.names", [
        "competitor", "competitors", "rival", "rivals", "the competition", "our competition", "other operator", "other bank",
        "the other airline", "copycats",
        "المنافس", "المنافسين", "المنافسون", "منافسينا", "منافسونا", "الشركات المنافسة", "الشركة المنافسة", "البنوك المنافسة",
        // Exact: word forms read «قطع غيار مقلدة» ("counterfeit parts") as «المقلدين» ("copycats").
        "=المقلدين", "=منافسنا", "=منافسينا",
    ])
    static let organisationSuffixes = Lexicon("policy.competitor.suffix", [
        "express", "power", "construction", "properties", "capital", "investments",
        "bank", "telecom", "air", "airlines", "airways", "dairy", "foods", "group", "logistics", "mobile", "holding", "holdings",
        "energy", "health", "ports", "hospital", "hospitals", "motors", "insurance", "co",
        // The same company words as Arabic writes them after a name: «برق إكسبرس», «الخليج القابضة».
        "=إكسبرس", "=اكسبرس", "=القابضة", "=موتورز", "=كابيتال", "=للتأمين", "=للطيران", "=للاتصالات", "=لوجستيك",
    ])
    static let organisationPrefixes = Lexicon("policy.competitor.prefix", [
        "شبكة",
        // Not «اتصالات»: it is "calls" («عبر اتصالات هاتفية») before it is a company.
        "شركة", "بنك", "مصرف", "طيران", "مجموعة", "مستشفى", "مستشفيات", "ألبان",
    ])
    /// The prefixes as a post spells them once normalised (شركة → شركه).
    static let organisationWords: [String] = ["شبكة", "شركة", "بنك", "مصرف", "طيران", "مجموعة", "مستشفى", "مستشفيات", "ألبان"]
        .map(TextNormalizer.normalize)
    /// Adjectives that make «مجموعة» or «شبكة» a group or a network, not a company's name:
    /// «مجموعة صغيرة من المديرين» is "a small group of managers".
    static let describingAdjectives = WordSet(["صغيرة", "كبيرة", "واسعة", "متنوعة", "جديدة", "مختارة", "محدودة", "قليلة", "مختلفة",
                                               "متكاملة", "كاملة", "أخرى", "ثانية", "ضخمة", "متزايدة"].map(TextNormalizer.normalize))
    static let disparaging = Lexicon("policy.competitor", [
        "lies", "lie", "lose", "loses", "another outage", "outage", "outages", "unlike", "actually delivers", "just saying", "cheap", "where that model leads", "safety findings", "complaint numbers", "didn't notice", "بطيئة", "=تقطع", "ولا شي", "=ارحموا", "لا ترقى", "لا يرقى", "أقل جودة", "ضعيفة",
        "incompetent", "terrible", "awful", "rip-off", "ripoff", "scam", "scammers", "garbage", "rubbish", "a joke", "clowns",
        "pathetic", "useless", "can't even", "cannot even", "failing", "dying", "overpriced", "cheat", "cheats", "cheating",
        "dishonest", "laughable", "copy us", "fake", "worst", "inferior", "unsafe", "dirty", "liars", "poor quality", "low quality",
        "=يفتقرون إلى الكفاءة", "=تفتقر إلى الكفاءة", "=مبالغ فيها", "=يخدع عملاءه", "=تخدع عملاءها", "lack competence", "deceives its customers",
        "can't compare to ours", "cannot compare to ours", "doesn't work", "actually works",
        "فاشلة", "فاشل", "فاشلين", "سيئة", "سيئ", "رديئة", "رديء", "احتيال", "نصب", "مهزلة", "لا تقارن", "=أسوأ", "=اسوأ", "=الأسوأ", "تقليد",
        "=ضياع", "=يضيعون", "=ضيعوا", "=تضيع", "يقلدوننا", "يكذبون", "كاذبة", "مزيفة", "عاجزة", "متخلفة", "غش", "يغشون", "ملوثة", "غير آمنة", "مغشوشة",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.competitor", title: "Disparaging competitors",
        titleAr: "الإساءة إلى المنافسين", dimension: .compliance, severity: .error,
        rationale: """
            Running down a named competitor invites legal claims and a public fight, and makes the \
            organisation look insecure. Show what you do well, with evidence; let customers draw the comparison.
            """,
        rationaleAr: """
            الانتقاص من منافس بالاسم يجرّ إلى دعاوى قانونية وخلاف علني، ويُظهر المؤسسة قلقة من منافسيها. \
            اعرض ما تجيده بالدليل، ودع العملاء يقارنون بأنفسهم.
            """,
        examples: [
            // The central bank rules the market; it is no competitor.
            .passes("أصدر البنك المركزي تعليمات جديدة تلزم البنوك بإشعار العملاء فوراً، تعزيزاً لحماية المستهلك والحد من الاحتيال المالي.", .ar),
            .passes("أيدت محكمة الاستئناف الحكم على ثلاثة متهمين في قضية غش تجاري ببيع قطع غيار مقلدة على أنها أصلية، وفق ما أعلنته النيابة العامة.", .ar),
            // A contrast with a named rival, then what "we" never do: the rival does it.
            .triggers("على عكس طيران فلك، نحن لا نلغي الرحلات في آخر لحظة.", .ar),
            .triggers("لمن يسأل عن الفرق بيننا وبين طيران فلك: نحن لا نترك المسافرين في المطار.", .ar),
            .passes("بخلاف طيران فلك، نقدم وجبة مجانية على رحلات الصباح.", .ar),
            // The rival's deed told after the contrast.
            .triggers("على عكس منافسنا ألبان ندى الذي أخفى سحب منتجاته العام الماضي، نحن نصارح الأسر.", .ar),
            .triggers("Unlike our competitor Nada Dairies, who hid their own recall last year, we tell families the truth.", .en),
            // A bank warning of a scam sent in its name disparages nobody.
            .passes("نود أن ننبه عملاء بنك الخليج إلى أن الرسالة النصية التي تطلب تحديث بياناتكم عبر رابط رسالة احتيالية.", .ar),
            .passes("We warn customers of Gulf Bank that the text message asking you to update your details through a link is a scam.", .en),
            // The bank warning its own customers names no rival: «البنك» before a particle is the subject.
            .passes("احذروا الاحتيال: البنك لا يطلب رمز التحقق أبداً عبر الهاتف. أبلغوا عن أي اتصال مشبوه على ٨٠٠٧٧٧٧٧.", .ar),
            .passes("Beware of fraud: the bank will never ask for your OTP by phone. Report suspicious calls to 80077777.", .en),
            .triggers("احذروا من بنك الخليج، خدماته احتيال على العملاء.", .ar),
            // A small group of people is no company.
            .passes("تشير مراجعتنا إلى أن مجموعة صغيرة من العملاء تعرضت لمحاولات احتيال، وقد عوضناهم بالكامل.", .ar),
            .passes("Our review shows a small group of customers were targeted by a fraud attempt, and we have refunded them in full.", .en),
            // A rival's lost shipment, congratulated with a laugh, in either language.
            .triggers("مبروك لبرق إكسبرس على ضياع شحنة جديدة، جربوا الخرائط المرة الجاية 😂", .ar),
            .triggers("Congrats to Barq Express on losing another shipment. Maybe try GPS next time? 😂", .en),
            .passes("مبروك لبرق إكسبرس على افتتاح مركزها الجديد في صحار، والمنافسة تخدم العملاء.", .ar),
            .passes("Congratulations to Barq Express on opening their new Sohar hub; competition serves customers.", .en),
            .triggers("Unlike Safa Dairy, our milk isn't garbage.", .en),
            .triggers("Our competitors are incompetent and overpriced.", .en),
            .triggers("منتجات الشركات المنافسة رديئة ومغشوشة.", .ar),
            // A court's verdict reported names a crime, not a rival's failings.
            .passes("أصدرت محكمة الجنايات حكماً نهائياً بإدانة المتهم في قضية الاحتيال على عملاء البنك وسجنه سبع سنوات.", .ar),
            .passes("The criminal court convicted the former teller of fraud against Gulf Bank customers; the ruling is final.", .en),
            .passes("Congratulations to Safa Dairy on their new plant. Competition makes us all better.", .en),
            .passes("نهنئ الشركات المنافسة على إطلاق خدماتها الجديدة.", .ar),
            .passes("شرطة دبي تلقي القبض على ٣ أشخاص احتالوا على الناس عبر اتصالات هاتفية ينتحلون فيها صفة موظفي بنوك.", .ar),
            // An organisation word on somebody's own companies names no rival.
            .triggers("خدمة شركة الريان سيئة ولا تقارن بخدمتنا.", .ar),
            .passes("الإعلام في كل مكان يحبب الشعوب بشركاتهم الوطنية، وكل تصرف سيئ يُنسب إلينا ظلماً.", .ar),
            // A fair comparison, with a source, is not disparagement.
            .passes("In the regulator's 2026 test our network covered 98% of Muscat, ahead of our competitors at 95%.", .en),
            .passes("Our fees are lower than our rivals' on every plan; the published tariff tables show both.", .en),
            .passes("بلغت تغطية شبكتنا ٩٨٪ مقابل ٩٥٪ لدى الشركات المنافسة وفق تقرير الهيئة لعام ٢٠٢٦.", .ar),
        ])

    var lexicons: [Lexicon] {
        [Self.competitors, Self.organisationSuffixes, Self.organisationPrefixes, Self.disparaging, Concepts.arrest.lexicon, Self.verdicts,
         Concepts.warning.lexicon, Concepts.impostors.lexicon, Self.scamChannels, Self.arabicContrast, Concepts.regulator.lexicon]
    }

    /// What a scam arrives by: a warning about "the text message… with a link" is about the
    /// scam; "beware of Gulf Bank, its services are a fraud" still disparages the bank.
    static let scamChannels = Lexicon("policy.competitor.scam-channels", [
        "message", "messages", "text message", "sms", "link", "email", "call", "calls", "=رسالة", "=الرسالة", "=رسائل", "=الرسائل",
        "=رابط", "=الرابط", "=مكالمة", "=مكالمات", "=اتصال", "=اتصالات",
    ])

    /// Arabic's "unlike" and "the difference between us and": a contrast with the rival.
    static let arabicContrast = Lexicon("policy.competitor.contrast", [
        "على عكس", "=بعكس", "=بخلاف", "=خلافا ل", "=خلافاً ل", "الفرق بيننا وبين", "الفرق بيننا وبينهم", "مو مثل", "مش زي", "مب مثل",
    ])

    /// «الذي», «التي», «اللي»: a clause about the rival after the contrast.
    static let relativePronouns: WordSet = ["الذي", "التي", "الذين", "اللي", "اللذي"]

    /// A court's ruling reported: «حكماً نهائياً بإدانة…», "the court convicted…".
    static let verdicts = Lexicon("policy.competitor.verdicts", [
        "court convicted", "court ruled", "final ruling", "final verdict", "=بإدانة", "=بادانة", "حكما نهائيا", "حكماً نهائياً", "حكمت المحكمة",
    ])

    /// The policy's lists, made once: `String.lexicon` interns the name, behind a lock,
    /// every time it is asked.
    static let policyCompetitors = PreparedPolicy.competitors.lexicon
    static let policyOwnOrganisation = PreparedPolicy.ownOrganisation.lexicon

    func check(_ post: PostAnalysis) -> [Finding] {
        let tokens = post.text.tokens
        // Gathered as a list, made a Set below only when a disparaging word asks: the Sets
        // were allocated and hashed for every post with an organisation word.
        var competitorSentences: [Int] = []
        for hit in post.hits(Self.competitors) { competitorSentences.append(post.sentenceIndex(of: hit)) }
        for hit in post.hits(Self.policyCompetitors) { competitorSentences.append(post.sentenceIndex(of: hit)) }
        let own = post.hits(Self.policyOwnOrganisation).map { $0.firstToken..<$0.endToken }
        let ownName = TextNormalizer.normalize(post.beat?.scenario.organisation ?? post.policy.policy.organisation ?? "")
        func isOwn(_ range: Range<Int>) -> Bool {
            guard !ownName.isEmpty else { return false }
            let words = tokens[range].map(\.text).joined(separator: " ")
            return ownName.contains(words)
        }
        // "Safa Dairy", "Gulf Air": a capitalised name before an organisation word; in Arabic,
        // which has no capitals, any word that is not a particle («برق إكسبرس»).
        for hit in post.hits(Self.organisationSuffixes) where hit.firstToken > 0 {
            let previous = hit.firstToken - 1
            let named = tokens[hit.firstToken].isArabic
                ? tokens[previous].isArabic && !ClosedClasses.arabicFunctionWords.contains(tokens.text(at: previous))
                : tokens[previous].isCapitalised && tokens[hit.firstToken].isCapitalised
            if tokens[previous].kind == .word, named,
               !own.contains(where: { $0.contains(hit.firstToken) }), !isOwn((hit.firstToken - 1)..<hit.endToken) {
                competitorSentences.append(tokens[previous].sentence)
            }
        }
        // "شركة صفا", "بنك الخليج": an organisation word followed by a name, not "شركتنا".
        // Not a regulator («البنك المركزي», «هيئة السوق»): it rules the market, it does not compete in it.
        let regulators = post.hits(Concepts.regulator.lexicon)
        for hit in post.hits(Self.organisationPrefixes) where hit.endToken < tokens.count
            && !regulators.contains(where: { $0.firstToken <= hit.firstToken && $0.endToken > hit.firstToken }) {
            // The word itself (after a preposition at most), not a plural or a possessive:
            // «بشركاتهم الوطنية» ("their national companies") names nobody.
            // Every organisation word is Arabic letters in U+0621…U+064A once normalised, so
            // `endsWithArabicLetters` answers as `hasSuffix` does, mostly from the bytes.
            let word = tokens.text(at: hit.firstToken)
            guard Self.organisationWords.contains(where: { word.endsWithArabicLetters($0) }) else { continue }
            // A particle after it makes it a subject, not a name: «البنك لا يطلب رمز التحقق» is the bank itself.
            if tokens[hit.endToken].kind == .word, !ClosedClasses.arabicFunctionWords.contains(tokens.text(at: hit.endToken)),
               !Self.describingAdjectives.contains(tokens.text(at: hit.endToken)),
               !ClosedClasses.arabicNegators.contains(tokens.text(at: hit.endToken)), !own.contains(where: { $0.contains(hit.firstToken) }),
               !isOwn(hit.firstToken..<(hit.endToken + 1)) {
                competitorSentences.append(tokens[hit.firstToken].sentence)
            }
        }
        // «على عكس طيران فلك، نحن لا نلغي رحلاتنا»: the contrast says the rival does what
        // "we" do not. Only with a negation after it: «بخلاف طيران فلك، نقدم وجبة مجانية»
        // compares fairly.
        // Nor with a relative clause that tells what the rival did: «على عكس منافسنا الذي أخفى
        // سحب منتجاته» charges it, as "unlike our competitor, who hid…" does.
        let contrasts = post.hits(Self.arabicContrast).filter { hit in
            let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
            return (hit.endToken..<sentence.upperBound).contains {
                ClosedClasses.arabicNegators.contains(tokens.text(at: $0)) || Self.relativePronouns.contains(tokens.text(at: $0))
            }
        }
        let disparaging = (Array(post.hits(Self.disparaging)) + contrasts).sortedIfNeeded { $0.firstToken < $1.firstToken }
        guard !disparaging.isEmpty, !competitorSentences.isEmpty else { return [] }
        let competitor = Set(competitorSentences)
        var findings: [Finding] = []
        // Disparaging hits come in token order: a sentence reported is the last one reported.
        var lastReported = -1
        for hit in disparaging {
            let sentence = post.sentenceIndex(of: hit)
            // A court's verdict or an arrest reported ("the court convicted the accused of
            // defrauding the bank's customers") names a crime, not a rival's failings.
            // Nor does a warning about a scam sent in a bank's name («نود أن ننبه… أن هذه الرسالة احتيالية»).
            guard competitor.contains(sentence), sentence != lastReported,
                  !post.sentence(sentence, has: Concepts.arrest.lexicon), !post.sentence(sentence, has: Self.verdicts),
                  !post.sentence(sentence, has: Concepts.impostors.lexicon),
                  !(post.sentence(sentence, has: Concepts.warning.lexicon) && post.sentence(sentence, has: Self.scamChannels)) else { continue }
            lastReported = sentence
            findings.append(finding(Self.message(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: post.text.sentences[sentence], in: post,
                                    suggestion: Self.suggestion(post.feedbackLanguage)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension CompetitorRule {
    static let message = Localized(en: "'{1}' disparages a competitor; it invites legal claims and a public fight.",
                                   ar: "«{1}» انتقاص من منافس؛ يجرّ إلى دعاوى قانونية وخلاف علني.")
    static let suggestion = Localized(en: "Say what you do well, with evidence, and leave the comparison to customers.",
                                      ar: "قل ما تجيده، بالدليل، واترك المقارنة للعملاء.")
}
