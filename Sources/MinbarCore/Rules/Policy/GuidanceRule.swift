/// Forecasts of revenue, profit, margin or dividends.
struct GuidanceRule: Rule {
    let descriptor = RuleDescriptor(
        id: "policy.guidance", title: "Forward-looking financial guidance",
        titleAr: "توقعات مالية مستقبلية", dimension: .compliance, severity: .error,
        rationale: """
            A forecast of revenue, profit, margins or dividends on an executive's account is guidance the \
            market will trade on. Guidance goes out through formal disclosure with its assumptions and \
            cautions, never as a reassuring post.
            """,
        rationaleAr: """
            توقّع الإيرادات أو الأرباح أو الهوامش أو التوزيعات على حساب قيادي توجيهٌ سيتداول السوق على \
            أساسه. ومكان التوقعات الإفصاح الرسمي بافتراضاته وتحفظاته، لا منشورٌ يبعث على الطمأنينة.
            """,
        examples: [
            .triggers("Revenue will top one billion riyals by year end.", .en),
            .triggers("ستتجاوز الإيرادات مليار ريال بنهاية العام.", .ar),
            // The board's confidence in the outlook, beside a dividend it has declared, forecasts nothing.
            .passes("We are pleased to announce the Board's decision to increase the quarterly dividend. Today's increase reflects confidence in the Company's performance and outlook.", .en),
            .passes("يسعدنا إعلان قرار مجلس الإدارة زيادة التوزيعات الربعية، وتعكس الزيادة ثقتنا في أداء الشركة وآفاقها.", .ar),
            .triggers("Our outlook for next year: revenue of at least 40 million riyals, and higher dividends.", .en),
            // Sales as a department: the future is a new hire's, not a result's.
            .passes("We can often tell within 3 months of a sales hire whether they're going to be successful or not.", .en),
            .passes("خلال ٣ أشهر من انضمام موظفي المبيعات الجدد نعرف عادة إن كانوا سينجحون.", .ar),
            .triggers("Our sales team is going to deliver 20% higher sales next year.", .en),
            // Conduct expected of people is a standard, not a forecast, beside results or not.
            .passes("We have delivered consistent results for investors. We are disappointed, but we expect our executives to comply with every company policy.", .en),
            .passes("حققنا نتائج قوية للمساهمين، ونتوقع من موظفينا الالتزام بكل سياسات الشركة.", .ar),
            // The followers' question repeated to decline it; answered, it is a forecast.
            .passes("Will our revenue beat analyst expectations? We do not comment before results day.", .en),
            .passes("هل ستتجاوز أرباحنا توقعات المحللين هذا العام؟ لا نعلق قبل موعد الإفصاح.", .ar),
            .triggers("Will our revenue beat analyst expectations? You bet it will.", .en),
            .triggers("هل ستتجاوز أرباحنا توقعات المحللين هذا العام؟ أكيد، وبفارق كبير.", .ar),
            // A published quarter's growth: «بنمو» is "with growth", not "we will grow".
            .passes("📊 نتائجنا المالية للربع الأول ٢٠٢٤: صافي ربح ٢٨٥ مليون درهم بنمو ١١٪ مقارنة بالفترة نفسها من العام الماضي.", .ar),
            .passes("📊 Our Q1 2024 results: net profit AED 285m, up 11% on the same period last year.", .en),
            // Results named by the day they came out are published.
            .passes("Proud of our team after today's full-year results: revenue up 9% on the year.", .en),
            .passes("فخور بفريقنا بعد نتائج اليوم: الإيرادات ارتفعت ٩٪ عن العام الماضي.", .ar),
            // A promise to report back with "the numbers" forecasts no result.
            .passes("Revenue fell 8% in our published results. Our numbers will come in the next update, along with the three steps we are taking.", .en),
            .passes("الإيرادات نزلت ٨٪ حسب نتائجنا المنشورة أمس. هذي ثلاث خطوات نبدأ فيها الأحد، وسنعود إليكم بالأرقام في التحديث القادم.", .ar),
            .triggers("أستطيع القول إن أرقام النصف الأول ستفوق كل ما يتوقعه المحللون.", .ar),
            // A service promise with a phone number is not a forecast.
            // "Numbers" of passengers are no financial result.
            .passes("Travelling this Eid? Please arrive 3 hours early, as we expect high passenger numbers in the days ahead.", .en),
            .passes("أهلاً أخي محمد، حوّلنا طلبك إلى إدارة التوظيف والنقل، وسيصلك الرد خلال ثلاثة أيام عمل. للمتابعة: الرقم الموحد 800400.", .ar),
            .triggers("Next quarter margin will be back above 40%.", .en),
            .triggers("We are confident Q4 revenue will beat Q3.", .en),
            // A named quarter is a result, as «الربع» is.
            .triggers("We will beat our Q4 numbers, whatever the analysts say.", .en),
            .triggers("We're going to crush our Q4 targets.", .en),
            .triggers("سنتجاوز أرقام الربع الرابع مهما قال المحللون.", .ar),
            .passes("We will publish our Q4 numbers on 5 February.", .en),
            .passes("We are going to smash it at the Q4 trade fair in Riyadh.", .en),
            .triggers("نتوقع أن ترتفع الأرباح ١٥٪ العام المقبل.", .ar),
            .triggers("سنحقق أرباحاً أعلى هذا العام مما حققناه في ٢٠٢٦.", .ar),
            .triggers("We will post higher profits this year than last.", .en),
            .triggers("الإيرادات ستتجاوز مليار ريال في نهاية العام.", .ar),
            .passes("We will publish our full-year results on 5 February.", .en),
            .passes("We will keep investing in our people and in growth.", .en),
            .passes("We expect the new berth to open in March.", .en),
            .passes("Q1 revenue missed estimates: $436M vs. $456M expected.", .en),
            .passes("سننشر النتائج السنوية في ٥ فبراير عبر موقع البورصة.", .ar),
            // A saying about results, with nobody's result in it.
            .passes("I'm heartbroken about my country. The definition of insanity is doing the same thing and expecting different results.", .en),
            .passes("من الجنون أن تكرر الشيء نفسه وتتوقع نتائج مختلفة.", .ar),
            // The past's future: what would have happened, not a forecast.
            .passes("لولا أزمة الشحن لكنا سنحقق أرباحاً أعلى هذا العام.", .ar),
            .passes("Before the strike we were going to double revenue; the year went differently.", .en),
            .triggers("قبل شهر كانت التقديرات متحفظة، لكن الإيرادات ستتجاوز مليار ريال هذا العام.", .ar),
            // A plan after a past result is not a forecast (see `announcesAnAction`); the same
            // plan said with "going to", «سوف» or «سنـ» is judged the same.
            .passes("Our gross margin fell to 37% because freight and input costs rose; we will renegotiate freight contracts by 14 March and report progress with Q4 results.", .en),
            .passes("Our margin fell to 37%. We are going to renegotiate freight contracts by 14 March.", .en),
            .passes("Our margin fell to 37%. We expect to renegotiate freight contracts by 14 March.", .en),
            .passes("هبط هامش الربح الإجمالي إلى 37% بسبب ارتفاع تكاليف الشحن، وسنعيد التفاوض على عقود الشحن بحلول 14 مارس.", .ar),
            .passes("هبط هامش الربح إلى 37%. سوف نراجع عقود الشحن بحلول 14 مارس.", .ar),
            // A plan that names where the result goes is still a forecast.
            .triggers("Our margin fell to 37%; we are going to renegotiate contracts and lift it above 40% next year.", .en),
            .triggers("Our margin fell to 37%, and we will renegotiate contracts to push margins back above 40%.", .en),
            .triggers("هبط هامش الربح إلى 37%. سوف نعيد التفاوض على العقود لرفع الهامش فوق 40% العام المقبل.", .ar),
            .triggers("هبط الهامش إلى 37%، وسنعود إلى هامش 41% في الربع القادم.", .ar),
            // Output at a rate, to come: a production forecast.
            .triggers("Spooling up the line fast. Hoping to manufacture ~1000 solar roofs/week by end of this year.", .en),
            .triggers("We plan to produce 5,000 vehicles a week by the third quarter.", .en),
            .triggers("نستهدف إنتاج ٥٠٠ سيارة يومياً بنهاية العام المقبل.", .ar),
            .passes("Our plant now produces 500 vehicles a day, and every one is checked twice.", .en),
            .passes("مصنعنا ينتج اليوم ٥٠٠ سيارة يومياً، وكل سيارة تُفحص مرتين.", .ar),
            .passes("We will plant 10,000 trees across the city by the end of the year.", .en),
            .passes("We have no plans to raise production to 5,000 vehicles a week.", .en),
            .passes("لا نخطط لرفع الإنتاج إلى ٥٠٠٠ سيارة أسبوعياً هذا العام.", .ar),
            .passes("As announced in our quarterly report, we will produce 5,000 vehicles a week by June.", .en),
            .passes("كما أعلنا في تقريرنا الربعي، سننتج ٥٠٠٠ سيارة أسبوعياً بحلول يونيو.", .ar),
        ])

    /// A reported figure compared with what analysts expected ("misses estimates, $436M vs.
    /// $456M expected") looks back, not forward.
    static let versusEstimates = Lexicon("policy.guidance.versus-estimates", [
        "misses estimates", "missed estimates", "beats estimates", "beat estimates", "vs", "versus", "analysts expected",
        "than expected", "مقارنة بتقديرات", "مقابل تقديرات",
    ])

    static let payment = Lexicon("policy.guidance.payment", [
        "ستصلكم", "تصلكم", "will reach you", "will reach shareholders",
        // A reply or a parcel "will reach you": delivery, not a forecast.
        "=سيصلك", "=سيصلكم", "=ستصلك", "=يصلك", "=يصلكم", "=تصلك",
        "paid on", "payment date", "be paid", "will be credited", "credited", "transferred", "payable on",
        "موعد الصرف", "صرف", "=تودع", "ستودع", "إيداع", "تحويل",
    ])

    /// Conduct expected of people: "we expect our executives to comply with every policy",
    /// «نتوقع من موظفينا الالتزام». The expectation is a standard for people, not a forecast,
    /// even beside results praised in the sentence before.
    static let conductExpected = Lexicon("policy.guidance.conduct-expected", [
        "expect our executives", "expect our employees", "expect our staff", "expect our people", "expect our leaders",
        "expect our managers", "expect everyone", "expect all employees", "expect all staff", "expect every employee",
        "=نتوقع من موظفينا", "=نتوقع من الجميع", "=نتوقع من كل موظف", "=ننتظر من موظفينا", "=نتوقع من مديرينا", "=نتوقع من قياداتنا",
    ])

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let check_ = SentencePhraseCheck(trigger: SharedLexicons.futureMarkers,
                                            requiresInSentence: [SharedLexicons.financialMetrics],
                                            unlessInSentence: [SharedLexicons.publication, SharedLexicons.noComment, Self.payment, Self.conductExpected],
                                            unlessNear: [Self.versusEstimates],
                                            unlessRightBefore: [SharedLexicons.pastAuxiliary],
                                            window: 1)
    /// A bare future ("we will post…") is guidance only when a financial result and a
    /// direction share its sentence: "we will post higher profits" forecasts, "we will
    /// keep investing for growth" does not.
    static let bareFuture = Lexicon("policy.guidance.bare-future", ["=will", "=we'll", "=shall", "=gonna"])
    static let direction = Lexicon("policy.guidance.direction", [
        "higher", "lower", "record", "double", "stronger", "weaker", "better", "worse", "exceed", "above", "below",
        "rise", "fall", "increase", "decrease", "decline", "improve", "beat", "miss", "top", "surpass", "crush", "smash", "outperform",
        "outpace",
        "=أعلى", "أقل", "أكبر", "قياسية", "قياسي", "=أفضل", "=افضل", "ارتفاع", "انخفاض", "=تراجع", "=التراجع", "=تراجعت", "=يتراجع", "=سيتراجع", "=ستتراجع", "زيادة", "مضاعفة",
        "=تفوق", "=يفوق", "=ستفوق", "=سيفوق", "=فوق", "=ستسعد", "=سيسعد",
    ])

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let directedForecast = SentencePhraseCheck(trigger: Self.bareFuture,
                                                      requiresInSentence: [SharedLexicons.financialMetrics, Self.direction],
                                                      unlessInSentence: [SharedLexicons.publication, SharedLexicons.noComment, Self.payment, Self.conductExpected],
                                                      unlessNear: [Self.versusEstimates])
    var lexicons: [Lexicon] {
        Self.check_.lexicons + Self.directedForecast.lexicons + Entity.allLexicons + [Self.genericMetrics, Self.salesPeople] + Self.outputForecast.lexicons
    }

    /// Whether sentence `near`, beside a forecast in `sentence`, speaks of the future: the
    /// forecast's own sentence does, and a neighbour does unless the post says it is published
    /// ("revenue fell 8% in our published results" is the past, not the forecast).
    static func isUnpublished(_ near: Int, beside sentence: Int, in post: PostAnalysis) -> Bool {
        near == sentence || !post.sentence(near, has: SharedLexicons.publication)
    }

    /// "The numbers", «الأرقام»: a result only by context. A promise to "come back with the
    /// numbers" forecasts nothing; "the numbers will be higher" does.
    static let genericMetrics = Lexicon("policy.guidance.generic-metrics", [
        "our numbers", "the numbers", "our figures", "the figures", "=الأرقام", "=أرقام", "=بالأرقام",
    ])

    /// Words of trust in what lies ahead: "confidence in", "confident in".
    static let trusting: WordSet = ["confidence", "confident", "faith", "optimism", "optimistic"]

    /// Whether the forecast is only "the outlook" trusted, with no figure in its sentence:
    /// "today's increase reflects confidence in the company's performance and outlook" says
    /// how the board feels, not what a result will be. "Our outlook is revenue of OMR 40m"
    /// forecasts.
    static func trustsTheOutlook(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        guard hit.endToken - hit.firstToken == 1, tokens.text(at: hit.firstToken) == "outlook" else { return false }
        let range = post.text.sentences[post.sentenceIndex(of: hit)]
        return !post.text.hasToken(.number, in: range)
            && (max(range.lowerBound, hit.firstToken - 6)..<hit.firstToken).contains { trusting.contains(tokens.text(at: $0)) }
    }

    /// Whether the forecast names a result: a financial measure other than "the numbers"
    /// near it, or a figure or a direction in its own sentence.
    static func namesAResult(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        let range = post.text.sentences[sentence]
        if post.text.hasToken(.number, in: range) || post.sentence(sentence, has: direction) { return true }
        let generic = post.hits(genericMetrics)
        let near = post.sentences(around: sentence, window: 1)
        return post.hits(SharedLexicons.financialMetrics).contains { metric in
            let metricSentence = post.sentenceIndex(of: metric)
            return near.contains(metricSentence) && isUnpublished(metricSentence, beside: sentence, in: post)
                && !generic.contains { $0.firstToken <= metric.firstToken && metric.endToken <= $0.endToken }
        }
    }

    /// A question put only to decline it in the next sentence: "Will our revenue beat analyst
    /// expectations? We do not comment before results day." The followers' question is
    /// repeated, not answered.
    /// (Both checks already stand aside for a refusal in the question's own sentence, so
    /// `declinesAdvice`'s "this sentence or the next" adds only the next.)
    static func asksToDecline(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        return SharePriceRule.declinesAdvice(in: sentence, of: post, refusal: SharedLexicons.noComment)
            && Modality.of(sentence: sentence, in: post).contains(.question)
    }

    /// Sales as a department, not a result: "a sales hire", "our sales team", «فريق المبيعات».
    static let salesPeople = Lexicon("policy.guidance.sales-people", [
        "sales hire", "sales hires", "sales people", "salespeople", "sales team", "sales teams", "sales staff", "sales rep",
        "sales reps", "sales force", "sales manager", "sales managers", "sales director", "sales org", "sales organisation",
        "sales organization", "=فريق المبيعات", "=موظفي المبيعات", "=مندوبي المبيعات", "=مندوب المبيعات", "=مدير المبيعات",
    ])

    /// Whether every financial measure in the forecast's sentence names a department ("we can
    /// tell within 3 months of a sales hire whether they're going to be successful"): the
    /// future there is a person's, not a result's.
    static func measuresOnlyADepartment(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        let departments = post.hits(salesPeople, inSentence: sentence)
        guard !departments.isEmpty else { return false }
        return post.hits(SharedLexicons.financialMetrics, inSentence: sentence).allSatisfy { metric in
            departments.contains { $0.firstToken <= metric.firstToken && metric.endToken <= $0.endToken }
        }
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        var hits = Self.check_.hits(in: post).filter {
            Self.forecastsItsOwnResult($0, in: post) && Self.namesAResult($0, in: post) && !Self.announcesAnAction($0, in: post)
                && !Self.asksToDecline($0, in: post) && !Self.measuresOnlyADepartment($0, in: post) && !Self.trustsTheOutlook($0, in: post)
        }
        // A Set only when there is a hit: an empty one allocates nothing. A closure, not
        // `map(post.sentenceIndex(of:))`: the method reference captured a copy of the whole
        // post analysis.
        let sentences: Set<Int> = hits.isEmpty ? [] : Set(hits.map { post.sentenceIndex(of: $0) })
        hits += Self.directedForecast.hits(in: post).filter {
            !sentences.contains(post.sentenceIndex(of: $0)) && Self.forecastsItsOwnResult($0, in: post) && !Self.announcesAnAction($0, in: post)
                && !Self.asksToDecline($0, in: post)
        }
        var findings = hits.sortedIfNeeded { $0.firstToken < $1.firstToken }.map { hit in
            let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
            return finding(Self.message(post.feedbackLanguage, post.excerpt(hit)),
                           tokens: sentence, in: post,
                           suggestion: Self.suggestion(post.feedbackLanguage))
        }
        let taken = Set(hits.map { post.sentenceIndex(of: $0) })
        for hit in Self.outputForecast.hits(in: post) {
            let sentence = post.sentenceIndex(of: hit)
            guard !taken.contains(sentence), post.text.hasToken(.number, in: post.text.sentences[sentence]) else { continue }
            findings.append(finding(Self.outputMessage(post.feedbackLanguage, post.excerpt(hit)), tokens: post.text.sentences[sentence],
                                    in: post, suggestion: Self.suggestion(post.feedbackLanguage)))
        }
        return findings
    }
}

/// An output forecast: how much the company will make or deliver, at a rate, by a time to
/// come ("hoping to manufacture ~1000 solar roofs/week by end of this year", «نستهدف إنتاج
/// ٥٠٠ سيارة يومياً بنهاية العام»). A listed maker's production and delivery numbers are
/// results the market trades on, as revenue is. Needs a figure, a rate and a making or a
/// delivering; "we will plant 10,000 trees" has no rate, "we now produce 500 cars a day" no future.
extension GuidanceRule {
    static let output = Concept("output", [
        "manufacture", "manufacturing", "produce", "producing", "production", "output", "deliveries", "build rate", "production rate",
        "=إنتاج", "=ننتج", "=سننتج", "=نصنع", "=سنصنع", "=تصنيع", "=الإنتاج", "=انتاج", "=الانتاج", "الطاقة الإنتاجية", "=تسليمات", "=التسليمات",
    ])
    static let rate = Concept("rate", [
        "/week", "per week", "a week", "each week", "/day", "per day", "a day", "each day", "/month", "per month", "a month", "each month",
        "per year", "per annum", "annually", "per quarter", "a quarter", "=أسبوعيا", "=أسبوعياً", "=يوميا", "=يومياً", "=شهريا", "=شهرياً",
        "=سنويا", "=سنوياً", "في الأسبوع", "في اليوم", "في الشهر", "في السنة", "في العام",
    ])
    static let outputForecast = Frame(anchor: output, with: [rate], requires: [.intent, .plan, .certainty])
    static let outputMessage = Localized(en: "'{1}' forecasts how much the company will produce or deliver; for a listed company that is guidance for the formal disclosure.",
                                         ar: "«{1}» توقّع لحجم ما ستنتجه الشركة أو تسلّمه؛ ولشركة مدرجة هذا توجيه مكانه الإفصاح الرسمي.")
}

extension GuidanceRule {
    /// Whether the forecast at `hit` is of somebody's result, not a saying: a figure or a
    /// period ("next quarter", «هذا العام») beside it, or the organisation speaking ("we",
    /// "our", «نتوقع», «سنحقق», «أرباحنا») in its own sentence. "I'm heartbroken about my
    /// country. The definition of insanity is doing the same thing and expecting different
    /// results" forecasts nothing.
    static func forecastsItsOwnResult(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        return post.text.sentences[sentence].contains { Self.speaksForItself(post.text.tokens, at: $0) }
            || post.sentences(around: sentence, window: 1).contains { near in
                (post.text.hasToken(.number, in: post.text.sentences[near]) && isUnpublished(near, beside: sentence, in: post))
                    || Entity.period.occurs(in: near, of: post)
            }
    }

    /// The organisation as the speaker: an English first person, or an Arabic word of
    /// "we": a forecasting verb («نتوقع»), a future «سن…», a «…نا» ending («أرباحنا»,
    /// `ClosedClasses.isArabicWeForm`), with an object after it too («حققناه»).
    /// Token `index` is read in place (see `text(at:)`), not copied whole for each word.
    static func speaksForItself(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens.text(at: index)
        guard tokens[index].isArabic else { return ClosedClasses.firstPerson.contains(word) }
        return arabicForecastVerbs.contains(word) || MoveRecognizer.isArabicFirstPersonFuture(word)
            || ClosedClasses.isArabicWeForm(word) || (word.hasSuffix("ه") && ClosedClasses.isArabicWeForm(String(word.dropLast())))
    }
    static let arabicForecastVerbs = WordSet(["نتوقع", "ونتوقع", "نتطلع", "نستهدف", "نقدر", "نرجح", "نأمل", "نحن", "لدينا"].map(TextNormalizer.normalize))
}

/// A plan is not a forecast. "Margin fell to 37%; we will renegotiate freight contracts by
/// 14 March" says what the company will do, after saying what a result was; "we are going
/// to renegotiate", «سوف نراجع العقود» and «وسنعيد التفاوض» say the same. The sentence
/// holds a financial result and a future, but the future is an action's, not the result's.
extension GuidanceRule {
    /// English verbs whose future is a result ("will be", "will reach", "expect to post",
    /// "going to double"), and words that are no action of their own ("will likely…").
    static let resultVerbs: WordSet = [
        "be", "reach", "exceed", "beat", "grow", "rise", "double", "triple", "hit", "top", "improve", "recover", "return", "increase",
        "come", "land", "stay", "remain", "deliver", "post", "achieve", "generate", "see", "earn", "make", "produce", "turn",
        "break", "outperform", "surpass", "record", "book", "lift", "boost", "raise", "continue", "keep", "have", "get", "end",
        "finish", "close", "restore", "rebuild", "widen", "expand", "fall", "drop", "decline", "shrink", "narrow",
        "pay", "distribute", "declare", "hold", "maintain", "sustain", "bring", "push", "take", "match", "crush", "smash",
        "outpace", "miss",
    ]
    /// Arabic verbs whose future is a result, as their stem after the future «س» and the
    /// person prefix («سنحقق» → «حقق», «ستتجاوز» → «تجاوز»); normalised as tokens are.
    static let arabicResultStems: WordSet = WordSet([
        "حقق", "تجاوز", "رفع", "عود", "عاد", "صل", "وصل", "رتفع", "نمو", "نمي", "كون", "بلغ", "زيد", "تحسن", "تخطى", "ضاعف",
        "تضاعف", "سجل", "فوق", "وزع", "صرف", "حافظ", "تراجع", "نخفض", "خفض", "قفز", "ربح",
    ].map(TextNormalizer.normalize))
    /// Where a clause ends inside a sentence: a semicolon, a colon or a dash. "And" does not
    /// end one here: "renegotiate contracts and lift margins above 40%" is one promise.
    static let clauseStops: WordSet = [";", "؛", ":", "—", "–"]

    /// Whether the future at `hit` announces an action rather than a result: an intention
    /// marker ("will", "going to", "expect to", «سوف», a first-person «سنـ» verb) on a verb
    /// that is no result verb, with no financial result before it in its clause, and after it,
    /// to the clause's end, no direction, no figure that is not a date, and no result named
    /// with a result verb. Anything less clear stays a forecast.
    static func announcesAnAction(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
        let first = tokens[hit.firstToken]
        let verb: Int
        if first.isArabic {
            // Both tests below take a joined «و» or «ف» off themselves.
            if ClosedClasses.arabicBase(first.text) == "سوف" {
                verb = hit.endToken
                guard sentence.contains(verb), tokens[verb].isArabic, !isArabicResultVerb(tokens[verb].text, future: false) else { return false }
            } else if hit.endToken - hit.firstToken == 1, MoveRecognizer.isArabicFirstPersonFuture(first.text),
                      !isArabicResultVerb(first.text, future: true) {
                verb = hit.firstToken
            } else {
                return false
            }
        } else {
            // The verb after the marker: "will renegotiate", "going to renegotiate", "expect to open".
            switch first.text {
            case "will", "we'll", "shall": verb = hit.firstToken + 1
            case "going" where hit.endToken - hit.firstToken == 2 && tokens[hit.firstToken + 1].text == "to": verb = hit.endToken
            case "expect", "expects":
                guard hit.endToken - hit.firstToken == 1, hit.endToken < sentence.upperBound, tokens[hit.endToken].text == "to"
                else { return false }
                verb = hit.endToken + 1
            default: return false
            }
            guard sentence.contains(verb), tokens[verb].kind == .word, !tokens[verb].isArabic,
                  !resultVerbs.contains(tokens[verb].text), !ClosedClasses.stativeVerbs.contains(tokens[verb].text),
                  !tokens[verb].text.hasSuffix("ly")
            else { return false }
        }
        // The clause around the marker: from the last stop before it to the next stop after the verb.
        var start = hit.firstToken
        while start > sentence.lowerBound, !clauseStops.contains(tokens[start - 1].text),
              !(isComma(tokens[start - 1].text) && opensAClause(tokens[start])) { start -= 1 }
        var end = verb + 1
        while end < sentence.upperBound, !clauseStops.contains(tokens[end].text) { end += 1 }
        let before = start..<hit.firstToken
        let after = (verb + 1)..<end
        let metrics = post.hits(SharedLexicons.financialMetrics)
        if metrics.contains(where: { before.contains($0.firstToken) }) { return false }
        if post.hits(direction).contains(where: { after.contains($0.firstToken) }) { return false }
        // A figure, not a date or a phone number: "by 14 March" times the action.
        if post.evidence.figures.contains(where: { after.contains($0.lowerBound) }) { return false }
        let namesAResult = metrics.contains { after.contains($0.firstToken) }
        let resultVerbAfter = after.contains { index in
            tokens[index].isArabic ? isArabicResultVerb(tokens[index].text, future: false) : resultVerbs.contains(tokens[index].text)
        }
        return !(namesAResult && resultVerbAfter)
    }

    static func isComma(_ text: String) -> Bool { text == "," || text == "،" }
    /// Whether a word after a comma opens a new clause: a conjunction, "we" or "I", or an
    /// Arabic first-person future with its «و» joined («، وسنعيد التفاوض»).
    static func opensAClause(_ token: Token) -> Bool {
        if clauseOpeners.contains(token.text) || ClosedClasses.firstPersonSubject.contains(token.text) { return true }
        guard token.isArabic, let first = token.text.firstScalar, first == "و" || first == "ف" else { return false }
        return MoveRecognizer.isArabicFirstPersonFuture(token.text)
    }
    static let clauseOpeners: WordSet = ["and", "but", "so", "then", "و", "ف", "ثم", "لكن", "ولكن", "لكننا", "ولكننا"]

    /// Whether an Arabic verb is a result verb: its stem, once the future «س» (when
    /// `future`), a joined «و» or «ف» and the person prefix are gone, is one of
    /// `arabicResultStems`.
    static func isArabicResultVerb(_ word: String, future: Bool) -> Bool {
        var scalars = Substring(ClosedClasses.arabicBase(word)).unicodeScalars
        if future, scalars.first == "س" { scalars.removeFirst() }
        if let prefix = scalars.first, ["ن", "ت", "ي", "ا"].contains(prefix), scalars.count >= 3 { scalars.removeFirst() }
        let stem = String(scalars)
        return arabicResultStems.contains(stem) || arabicResultStems.contains(String(stem.dropLast()))
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension GuidanceRule {
    static let message = Localized(en: "'{1}' forecasts financial performance; guidance belongs in formal disclosure, not a post.",
                                   ar: "«{1}» توقّع للأداء المالي؛ ومكان التوقعات الإفصاح الرسمي لا المنشورات.")
    static let suggestion = Localized(en: "Describe what you are doing (the plan, the steps) and when results will be published, not what they will be.",
                                      ar: "صف ما تفعله (الخطة والخطوات) وموعد نشر النتائج، لا ما ستكون عليه.")
}
