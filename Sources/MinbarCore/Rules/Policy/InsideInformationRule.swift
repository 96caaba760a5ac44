/// Unreleased results and other material non-public information.
struct InsideInformationRule: Rule {
    static let leakMarkers = Lexicon("policy.mnpi", [
        // «الأولية» ("preliminary") exact: word forms read «النتائج أول ما يطلع» ("the results as soon as…") as it.
        "hear this from me first", "hear it from me first", "from me first", "before it's official", "before it is official", "official news whenever", "i can already share", "can already share", "i can share that", "the board just", "board just saw", "numbers look", "better than the market thinks", "full numbers", "under wraps", "not supposed to say", "regulator told us", "told us yesterday", "ahead of plan", "=مني أولا", "=مني أولاً", "الخبر مني", "لن أطيل الآن", "الأرقام طلعت", "ما صارت بتاريخ",
        "not yet public", "not public yet", "not yet announced", "not announced yet", "unannounced", "off the record",
        "ahead of the official statement", "before the official statement", "=بعيدا عن التسجيل", "=بعيداً عن التسجيل", "=قبل البيان الرسمي",
        "=أقفلنا دفاتر", "=أغلقنا دفاتر", "closed our books",
        "between us", "sneak peek", "first look at our numbers", "internal figures", "internal numbers", "preliminary numbers",
        "preliminary results", "draft results", "closed the books", "books are closed", "unaudited", "haven't announced",
        "have not announced", "yet to announce", "embargoed", "you heard it here first",
        "early look", "before the market",
        "لم يعلن بعد", "لم تعلن بعد", "لم نعلن", "غير معلنة", "غير المعلنة", "=بيننا",
        // "Between you and me" in the forms a post uses it, in both languages.
        "between you and me", "just between us", "=بيني وبينك", "=بيني وبينكم", "=بيني وبينج", "=خلها بيننا", "=خليها بيننا", "=خلوها بيننا",
        "=خاص بيننا", "=أرقام أولية", "=الأرقام الأولية", "=النتائج الأولية", "=نتائج أولية", "=نتائجنا الأولية", "=أرقامنا الأولية", "أرقام داخلية", "الأرقام الداخلية", "مسودة",
        "حصريا", "حصرياً", "أغلقنا الحسابات", "لم تنشر بعد", "لم ينشر بعد",
    ])
    /// Saying something comes out before an announcement ("before the announcement", «قبل
    /// نشر»): a leak only beside what the market must hear first (`material`), in its
    /// sentence or a neighbour, or with a request for silence (`secrecy`). "Doors open at 7,
    /// before the announcement of the award winners" and «نراجع كل إعلان قبل نشره» ("we
    /// review every advert before publishing it") say when, not what.
    static let beforeAnnouncement = Lexicon("policy.mnpi.before", [
        "before the announcement", "before we announce", "ahead of the announcement", "ahead of our announcement",
        "before the disclosure", "ahead of the disclosure", "ahead of the official disclosure", "before it's published",
        "before it is published", "before the results", "ahead of results", "before results day",
        "قبل البيان الرسمي", "قبل ما تنزل", "قبل ما ينزل", "قبل إعلانه", "قبل إعلانها", "قبل أن يعلن", "قبل الموعد الرسمي", "قبل الإعلان", "قبل الإعلان الرسمي",
        "قبل نشر", "قبل موعد الإفصاح", "قبل الإفصاح", "قبل إعلان", "قبل صدور",
    ])
    /// Asking for silence until then: "don't tell anyone before the announcement", «لا تقول
    /// لأحد قبل الإعلان».
    static let secrecy = Lexicon("policy.mnpi.secrecy", [
        "don't tell anyone", "do not tell anyone", "keep it to yourself", "keep it quiet", "لا تقول لأحد", "لا تقولوا لأحد",
        "لا تقول لأي أحد", "لا أحد يقول", "خلها بيننا", "خلوها بيننا", "لا تنشرها", "لا تنشروها",
    ])
    /// What the market must hear first: a financial result, a material event, a contract,
    /// a takeover or a company going private.
    static let material = [SharedLexicons.financialMetrics, materialEvents, contracts, Concepts.takeover.lexicon,
                           Concepts.goingPrivate.lexicon, licencesAndLeaders]
    /// "Results" alone, which a school means as exam results: in a post to students or
    /// about exams (`schooling`) it is nothing material. A ministry's "collect your
    /// certificates before the results are published" tells no investor anything.
    static let bareResults = Lexicon("policy.mnpi.results", ["results", "result", "نتائج", "النتائج", "نتيجة", "النتيجة"])
    static let schooling = Lexicon("policy.mnpi.schooling", [
        "students", "student", "pupils", "school", "schools", "exam", "exams", "examination", "examinations", "grade 12", "graduates",
        "university admission", "high school", "الطلاب", "طلاب", "الطالبات", "طالبات", "الطالب", "المدرسة", "المدارس", "مدرسة",
        "الامتحانات", "امتحانات", "الاختبارات", "اختبارات", "الثانوية العامة", "الثانوية", "الشهادات الدراسية", "أبناءنا الطلاب", "أولياء الأمور",
    ])
    /// The results of an investigation, an inspection or a test: "before the investigation's
    /// results are out", «قبل صدور نتائج التحقيق». Nothing a market waits for.
    static let inquiryResults = Lexicon("policy.mnpi.inquiry-results", [
        "investigation results", "results of the investigation", "inquiry results", "results of the inquiry", "test results",
        "lab results", "inspection results", "نتائج التحقيق", "نتيجة التحقيق", "نتائج التحقيقات", "نتائج الفحص", "نتائج الفحوصات",
        "نتائج التحاليل", "نتائج التفتيش",
    ])
    /// A regulator's decision, reported: "we respect the CMA's decision on the rights issue
    /// timetable", «نحترم قرار هيئة السوق المالية بشأن زيادة رأس المال». The regulator has
    /// made it public; the company reveals nothing.
    static let decision = Lexicon("policy.mnpi.decision", ["decision", "decided", "ruling", "=قرار", "=بقرار", "=قرارها", "=قراره"])

    /// A licence granted and a change at the top: material too, though no figure says so.
    static let licencesAndLeaders = Lexicon("policy.mnpi.material", [
        "licence", "license", "chief executive", "ceo", "successor", "steps down", "step down", "rights issue", "bonus shares",
        "capital increase", "ترخيص", "رخصة", "الرئيس التنفيذي", "رئيسا تنفيذيا", "رئيساً تنفيذياً", "رئيس تنفيذي", "=خلفي", "خليفتي",
        "أسهم منحة", "زيادة رأس المال", "=استحوذنا",
    ])
    /// The organisation saying it is in its quiet period: "we're in our quiet period ahead
    /// of results", «في فترة الصمت قبل إعلان النتائج». It tells the reader why it will not
    /// talk about the numbers; it leaks none.
    static let quietPeriod = Lexicon("policy.mnpi.quiet-period", [
        "quiet period", "closed period", "blackout period", "فترة الصمت", "الفترة الصامتة", "فترة الحظر", "فترة الحظر عن التداول",
    ])
    /// A figure measured by someone else: an independent survey, a poll, a ranking. A
    /// third party published it; the market learns nothing from the company's own books.
    static let thirdPartyMeasure = Lexicon("policy.mnpi.third-party", [
        "independent survey", "survey by", "poll by", "yougov", "nielsen", "ipsos", "mystery shopper", "ranked", "ranking", "league table",
        "استطلاع", "استطلاع رأي", "مسح مستقل", "دراسة مستقلة", "جهة مستقلة", "تصنيف", "=المتسوق السري",
    ])
    static let currentPeriod = Lexicon("policy.mnpi.period", [
        "this year", "هالربع", "هالسنة", "هذه السنة", "هذا العام",
        "this quarter", "so far this quarter", "this month", "so far this year", "quarter to date", "quarter-to-date",
        "year to date", "year-to-date", "last month", "october", "november", "december", "so far in q4", "q4 so far",
        "الربع الحالي", "هذا الربع", "هذا الشهر", "حتى الآن", "منذ بداية الربع", "منذ بداية العام", "الشهر الماضي",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.mnpi", title: "Inside information",
        titleAr: "المعلومات الداخلية", dimension: .compliance, severity: .error,
        rationale: """
            Results and other material information must reach every investor at once, through the exchange's \
            disclosure channel. A figure or hint posted first on an executive's account is selective \
            disclosure: it can move the share price and put the organisation in breach of listing rules. A \
            figure already published (in today's results, a filing, the annual report) is not a leak.
            """,
        rationaleAr: """
            النتائج وغيرها من المعلومات الجوهرية يجب أن تصل إلى جميع المستثمرين في وقت واحد عبر قناة الإفصاح \
            في البورصة. والرقم أو التلميح الذي يُنشر أولاً على حساب قيادي إفصاحٌ انتقائي: قد يحرك سعر السهم \
            ويوقع المؤسسة في مخالفة قواعد الإدراج. أما الرقم المنشور سلفاً (في نتائج اليوم، أو إفصاح، أو \
            التقرير السنوي) فليس تسريباً.
            """,
        examples: [
            .triggers("بعيداً عن التسجيل: أقفلنا دفاتر الربع الرابع والإيرادات مرتفعة ١٨٪.", .ar),
            .triggers("Off the record: we closed our Q4 books and revenue is up 18%.", .en),
            // Good news promised to the owners, then held back.
            .triggers("Exciting months ahead for our shareholders. Can't say more yet 😉", .en),
            .triggers("أمور كبيرة قادمة لمساهمينا، ولا أستطيع قول المزيد الآن 😉", .ar),
            .triggers("Big news for our shareholders very soon. Watch the market 😉", .en),
            .triggers("أخبار سارة لمساهمينا قريباً جداً.", .ar),
            .passes("Stay tuned, shareholders: the general assembly will be streamed live on 14 May.", .en),
            // The hint that replaces the answer, in the dialect as in English.
            .triggers("ما أقدر أقول شي قبل الإفصاح، بس خلّوني أقول إن مساهمينا بيكونون مرتاحين هالأسبوع 😉", .ar),
            .triggers("I can't say anything before the disclosure, but let's just say our shareholders will be very happy this week 😉", .en),
            .passes("ترقبوا البث المباشر لاجتماع الجمعية العامة للمساهمين يوم ١٤ مايو.", .ar),
            .passes("Big things ahead for our shareholders: the annual report is published on the exchange today. Stay tuned for the general assembly.", .en),
            // A figure in the sentence that says its results or their announcement are still to come.
            .triggers("Our Q4 results, out next month, will show profit up 40%.", .en),
            .triggers("We will announce record profits up 40% tomorrow, before the official disclosure.", .en),
            .triggers("سنعلن غداً عن أرباح قياسية بنسبة ٤٠٪ قبل الإفصاح الرسمي.", .ar),
            .triggers("نتائج الربع الرابع التي تصدر الشهر القادم ستظهر نمو الأرباح ٤٠٪.", .ar),
            .passes("We will announce our Q4 results next month, on 28 January, before the market opens.", .en),
            // The exchange's standard question answered: nothing material is undisclosed.
            .passes("لا توجد أية أحداث جوهرية غير معلنة من شأنها التأثير على سعر السهم.", .ar),
            .passes("There is no unannounced material event that could affect our share price.", .en),
            .triggers("لا توجد مشكلة، لكن بيننا: صفقة الاستحواذ غير معلنة بعد وستغير كل شيء.", .ar),
            .triggers("Between us, the deal is unannounced and will change everything for our shareholders.", .en),
            .passes("سنعلن نتائج الربع الرابع الشهر القادم قبل افتتاح السوق.", .ar),
            .passes("Our Q3 results, published last month, showed profit up 40%; the Q4 results come out next month.", .en),
            .passes("أظهرت نتائج الربع الثالث المنشورة الشهر الماضي نمو الأرباح ٤٠٪، ونتائج الربع الرابع تصدر الشهر القادم.", .ar),
            .passes("Tomorrow we announce the winners of our 40 scholarships for engineering students.", .en),
            .passes("سنعلن غداً أسماء الفائزين بالمنح الأربعين لطلاب الهندسة.", .ar),
            // A result hinted at by its first digit, the announcement still ahead.
            .triggers("Just signed off our Q3 numbers. Without spoiling the surprise: net profit is above 4 billion 😉 Official announcement next week.", .en),
            .passes("Official announcement next week: our new branch in Sohar opens its doors.", .en),
            // A figure shared before the official announcement due tomorrow morning.
            .triggers("يسعدني أن أعلن أن أرباح الربع الثالث بلغت 280 مليون ريال بنمو 41%، وسيصدر الإعلان الرسمي على تداول صباح الغد.", .ar),
            .triggers("Q3 profit came in at SAR 280m, up 41%; the official announcement goes out on the exchange tomorrow morning.", .en),
            // A rumour met with cooperation and no comment, in the dialect too.
            .passes("بخصوص الخبر المتداول اليوم: نعم، نتعاون بشكل كامل مع هيئة الرقابة في المراجعة الجارية، وما راح نعلق على التفاصيل.", .ar),
            .passes("On today's reports: yes, we are cooperating fully with the regulator's review, and we will not comment further.", .en),
            // A figure before the official results that will carry it; one published, or the date alone, passes.
            .triggers("Our Q3 profit came in at OMR 12.4m, up 18%. Official results out next week but I couldn't wait to share!", .en),
            .triggers("أرباحنا في الربع الثالث ١٢٫٤ مليون ريال بنمو ١٨٪، والنتائج الرسمية الأسبوع القادم لكن حبيت أشارككم أولاً.", .ar),
            .passes("Our official results for the third quarter are out next week, on 12 November, on the MSX website.", .en),
            .passes("تصدر النتائج الرسمية للربع الثالث الأسبوع القادم على موقع بورصة مسقط.", .ar),
            .passes("Our Q2 profit of OMR 10.1m was published in August. Official Q3 results are out next week.", .en),
            // «منى أول…» is Mona, the first…: not «مني أولاً», "from me first".
            .passes("السيدة منى أول امرأة عمانية تقود طائرة شحن في أسطولنا، ونحن فخورون بها.", .ar),
            .triggers("اسمعوا الخبر مني أولاً: أرباح الربع الثالث تضاعفت قبل إعلانها في البورصة.", .ar),
            // "Between us" that names the other side is a relation; alone it shares a secret.
            .passes("The partnership between us and the Ministry of Health has vaccinated 40,000 children this year.", .en),
            .passes("الشراكة بيننا وبين وزارة الصحة أوصلت اللقاح إلى أربعين ألف طفل هذا العام.", .ar),
            // A relation named before it.
            .passes("The trust between us has carried both companies through forty years of trade.", .en),
            .passes("روابط الأخوة والمصير المشترك بيننا أعمق من أي خلاف عابر.", .ar),
            .triggers("هذا الكلام بيننا: أرباح الربع الثالث تضاعفت.", .ar),
            .triggers("Keep this between us: Q3 profit doubled.", .en),
            .triggers("Just between us, the Q3 numbers look very strong.", .en),
            .passes("لا أعلّق على مسودة الموازنة المتداولة في مواقع التواصل.", .ar),
            .triggers("لا أعلّق على مسودة الموازنة، لكنها أفضل مما تتوقعون بكثير.", .ar),
            .passes("I won't comment on internal numbers; our results come out on 28 January.", .en),
            .triggers("No comment on the internal numbers, but they look fantastic.", .en),
            .triggers("خاص بيننا: أرقام الربع الثالث أفضل من المتوقع بكثير.", .ar),
            // Declining to speak before the results, a quiet period, a figure an outside survey measured.
            .passes("We are in our quiet period before the announcement of Q3 revenue, so nothing from me on the numbers.", .en),
            .passes("نحن في فترة الصمت قبل إعلان نتائج الربع الثالث، ولن أعلّق على الأرقام حتى ذلك اليوم.", .ar),
            .passes("لن نستبق نتائج التحقيق، ولن نحمّل أحداً المسؤولية قبل صدور التقرير النهائي.", .ar),
            .passes("An independent Ipsos survey this quarter put our on-time delivery at 96%, against 92% for the market.", .en),
            .passes("استطلاع مستقل هذا الربع: رضا العملاء عن التوصيل ٩٤٪ لدينا مقابل ٩١٪ للسوق.", .ar),
            .passes("Proud that we won Best Trade Finance Bank 2024; we will keep delivering results for our clients.", .en),
            // "They are waiting" is not the teaser "wait for us".
            .passes("نعلم أن مساهمينا ينتظرون توزيعات الأرباح، وموعد الصرف ١٥ مارس كما أفصحنا على بورصة مسقط اليوم.", .ar),
            .triggers("أرباح هالسنة غير شكل… انتظرونا الأسبوع الجاي 😉", .ar),
            .triggers("Off the record: we closed the books on Q4 and revenue is up 18%.", .en),
            .triggers("Sneak peek before the announcement: our profit doubled this quarter.", .en),
            .triggers("قبل الإعلان الرسمي: أرباحنا ارتفعت ٢٠٪ هذا الربع.", .ar),
            // "Before the announcement" says when; it leaks only beside what the market must hear first.
            .passes("Doors open at 7, before the announcement of the award winners.", .en),
            .passes("نراجع كل إعلان قبل نشره للتأكد من دقته.", .ar),
            // The closed-period rule names the announcement to forbid trading before it.
            .passes("Insiders must not buy or sell our shares before the announcement of the results.", .en),
            .passes("يُحظر على المطلعين بيع أسهم الشركة أو شراؤها قبل نشر النتائج.", .ar),
            // An investigation's results, and a regulator's decision reported, reveal nothing.
            .passes("قلوبنا مع زملائنا المصابين في حادث الرافعة، ولن نتكلم عن الأسباب قبل صدور نتائج التحقيق.", .ar),
            .passes("Our thoughts are with the two colleagues hurt at the depot; we will say nothing on the cause before the investigation results are out.", .en),
            .passes("We respect the Capital Markets Authority's decision on the rights issue timetable and have set out our view in writing.", .en),
            .passes("نحترم قرار هيئة السوق المالية بشأن الجدول الزمني لزيادة رأس المال، وقد عرضنا وجهة نظرنا كتابياً.", .ar),
            .triggers("The board approved a rights issue last night; the exchange hears on Sunday.", .en),
            .passes("بعد حالات التسمم في فرعنا بالنهدة سكّرنا الفرع، ورح نشارككن النتائج أول ما يطلع تقرير البلدية.", .ar),
            // A school's results are exam results; a school company's profit is still material.
            .passes("Results day! Grade 12 students can collect their certificates from school before the results are published online at 8pm.", .en),
            .passes("أبناءنا الطلاب: تقدرون تستلمون الشهادات من المدرسة قبل نشر النتائج على المنصة الساعة ٨ مساءً.", .ar),
            .triggers("مدارسنا الخاصة حققت أرباحاً صافية قدرها ٤٠ مليون ريال، أبشركم بها قبل نشر النتائج في تداول.", .ar),
            .triggers("Our schools division doubled its net profit this year; you heard it here before the results are published.", .en),
            .triggers("Before the announcement, a word to the team: net profit doubled in the quarter.", .en),
            .triggers("قبل نشر النتائج: صافي الربح تضاعف في الربع الثالث.", .ar),
            // A licence or a change at the top is material though no figure says so; a school's results day is not.
            .triggers("قبل البيان الرسمي: حصلنا صباح اليوم على ترخيص مصرف رقمي من البنك المركزي.", .ar),
            .passes("Students can collect their certificates before the results are published online at 8pm.", .en),
            // Asking for silence until the announcement says the news is not out.
            .triggers("Don't tell anyone before the announcement: we signed for a stake in the packaging plant yesterday.", .en),
            .triggers("لا تقول لأحد قبل الإعلان 😉 وقعنا أمس على شراء حصة في مصنع التغليف.", .ar),
            .triggers("Revenue so far this quarter is 14% above last year.", .en),
            .passes("As reported in today's results, revenue rose 12% to OMR 410 million.", .en),
            .passes("كما ورد في القوائم المالية المنشورة اليوم، ارتفعت الإيرادات ١٢٪.", .ar),
            .passes("We will publish our Q4 results on 5 February.", .en),
            .triggers("Net profit for the quarter came in at SAR 212 million, before the board has even seen the accounts.", .en),
            .triggers("بلغ صافي ربح الربع ٢١٢ مليون ريال، وذلك قبل أن يطّلع مجلس الإدارة على الحسابات.", .ar),
            .passes("We will publish the full-year results before the market opens on 5 February.", .en),
            .passes("سنعلن النتائج السنوية قبل افتتاح السوق يوم ٥ فبراير.", .ar),
            .passes("Profit before tax rose 8%, as published in today's results.", .en),
            .passes("كما أعلنا على تداول قبل افتتاح السوق، بلغ صافي الربح ٢١٢ مليون ريال.", .ar),
            .passes("We have not shared any figure before the board meeting, and revenue stays confidential until 5 February.", .en),
            // A win told now whose official announcement is still to come.
            .triggers("Proud of the team: we won the Duqm port tender. The ministry will make it official in January.", .en),
            .triggers("فزنا بمناقصة توسعة الميناء، والوزارة ستعلن النتيجة رسمياً الشهر القادم.", .ar),
            .passes("We are bidding for the Duqm port tender; the ministry will announce the result in January.", .en),
            .passes("As announced on the exchange today, we have been awarded the airport catering contract.", .en),
            .passes("كما أعلنت الوزارة اليوم، فزنا بمناقصة توسعة الميناء.", .ar),
            // A figure beside the day its results come out, that day still ahead (examples are
            // scored on 15 January 2027); "between you and me" in both languages.
            .triggers("Q4 net income grew 30%; results are announced on 28 January.", .en),
            .triggers("أرباح الربع الرابع ارتفعت ٣٠٪، والإعلان في ٢٨ يناير.", .ar),
            .passes("Our Q3 results, announced on 10 January, showed net income up 30%.", .en),
            .passes("أعلنا في ١٠ يناير أن أرباح الربع الثالث ارتفعت ٣٠٪.", .ar),
            .triggers("بيني وبينك، أرقام هالربع أحلى من توقعات السوق.", .ar),
            .triggers("Between you and me, this quarter's numbers beat what the market expects.", .en),
            // A verdict on results nobody outside has seen: the board's mood is the news.
            .triggers("Board meeting today. Good numbers, happy board.", .en),
            .triggers("Just out of the board meeting: let's say this quarter's numbers put a smile on every face.", .en),
            .triggers("Q3 closed strong and the board is thrilled. More soon!", .en),
            .triggers("خرجت للتو من اجتماع مجلس الإدارة، وأرقام هالربع تفرح.", .ar),
            .triggers("أقفلنا الربع الثالث بنتائج قوية، والمجلس مبسوط.", .ar),
            .passes("Strong Q3 results, as published on Tadawul this morning; thank you to the board and every colleague.", .en),
            .passes("نتائج قوية للربع الثالث كما نشرناها اليوم على تداول، شكراً لمجلس الإدارة ولكل الزملاء.", .ar),
            .passes("We will not comment on the quarter's numbers before results day; the board meets on Sunday.", .en),
            .passes("لن نعلّق على أرقام الربع قبل موعد الإفصاح، ويجتمع المجلس يوم الأحد.", .ar),
            .passes("Great results for our volunteers this quarter: 4,000 trees planted, and the board joined us on Friday.", .en),
            .passes("نتائج رائعة لطلابنا في الامتحانات، وشكراً لمجلس الأمناء على دعمهم.", .ar),
            .passes("An analyst wrote that \"good numbers will make the board happy\"; we do not comment on forecasts.", .en),
            // Against the analysts' estimate, in the accounts' own words (revenue, net profit), or teased before it is out.
            .triggers("Quarterly revenue came in way above analyst expectations; official results out Thursday.", .en),
            .triggers("إيرادات هذا الربع فاقت توقعات المحللين، والنتائج الرسمية تصدر الخميس.", .ar),
            .triggers("Can't wait for you all to see our Q3 numbers next week. Let's just say the team outdid itself.", .en),
            .triggers("انتظروا أرقامنا الأسبوع القادم، نتائج الربع الثالث قياسية.", .ar),
            .passes("As published on the exchange today, quarterly revenue came in above analyst expectations.", .en),
            .passes("كما نشرنا اليوم على تداول، جاءت إيرادات الربع أعلى من توقعات المحللين.", .ar),
            .passes("Will our revenue beat analyst expectations? We do not comment before results day.", .en),
            .passes("لن نعلّق على ما إذا كانت الإيرادات ستفوق توقعات المحللين قبل موعد الإفصاح.", .ar),
            .passes("Are the quarter's numbers good? The board sees them on Sunday, and the market hears on 5 February.", .en),
            // A rumour answered with more than "no comment": a yes, a corrected figure, a hint, news on its way.
            .triggers("About the leaked memo: yes, the 15% rise is the option we sent the regulator.", .en),
            .triggers("للي يسأل عن المذكرة المسربة: نعم، هذا هو الخيار اللي رفعناه للهيئة.", .ar),
            .triggers("The figure going around is exaggerated; the real number is much lower. Details at the exchange in due course.", .en),
            .triggers("الرقم اللي ينتشر فيه مبالغة، والحقيقة أقل بكثير.", .ar),
            .triggers("Can't confirm or deny the rumours, but stay tuned 👀", .en),
            .triggers("ما أقدر أأكد ولا أنفي، بس أقول لك: اللي باع اليوم بيندم.", .ar),
            .triggers("Quiet period, so my lips are sealed. I'll just say I wouldn't be selling my position this month.", .en),
            .triggers("Someone came knocking last week. The board is weighing it.", .en),
            .triggers("بخصوص الشائعات عن عرض الاستحواذ: المجلس يدرس العرض حالياً.", .ar),
            .passes("We have seen the rumours and we do not comment on market speculation. Anything material will go to MSX first.", .en),
            .passes("اطلعنا على الشائعات المتداولة، ولا نعلق على التكهنات، وأي تطور جوهري يُعلن في البورصة أولاً.", .ar),
            .passes("Is the memo real? No. The memo going around is not ours, and the figures in it are false.", .en),
            .passes("الخبر المتداول غير صحيح، ولم نتلق أي عرض.", .ar),
            .passes("Yes, our new app is live today. Stay tuned for more features next month!", .en),
            .passes("نعم، التطبيق الجديد متاح اليوم، وترقبوا مزايا جديدة الشهر القادم.", .ar),
            .passes("The analyst asked: \"is the board weighing the offer?\" We do not comment on rumours.", .en),
            .passes("ترقبوا صفقة من العيار الثقيل لفريقنا خلال الساعات القادمة ⚽", .ar),
            .passes("ما أعلّق على سعر السهم، هذا شغل الإفصاحات الرسمية. بس أقدر أقول لكم إن الفريق شغال ليل نهار.", .ar),
            .passes("I won't comment on the share price; that is for our disclosures. But I can tell you our crews worked through the night.", .en),
            .passes("We are looking into posts about a possible data leak and take this seriously. More soon.", .en),
            .passes("لا نعلق على الشائعات، وأي تطور جوهري نفصح عنه أولاً عبر البورصة، فترقبوا.", .ar),
            .passes("لنكن جادين: الأخبار الصحيحة تنشرها الصحف، أما الشائعات فلا نعلق عليها.", .ar),
            // A count for the quarter is no financial figure: "quarter" alone is not the metric.
            .passes("Our cardiac team completed 120 open-heart procedures this quarter; thank you to every nurse on the ward.", .en),
            .passes("أجرى فريقنا 120 عملية قلب مفتوح خلال هذا الربع، شكراً لكل ممرض وممرضة في القسم.", .ar),
            .triggers("Revenue this quarter is up 18%, and the board is delighted.", .en),
            .triggers("إيرادات هذا الربع ارتفعت 18%، ومجلس الإدارة سعيد جداً.", .ar),
        ])

    static let teasers = Lexicon("policy.mnpi.teaser", [
        "watch this space", "stay tuned", "big news coming", "can't say more", "cannot say more", "all will be revealed",
        "will be revealed", "more on thursday", "till thursday", "=ترقبوا", "=انتظرونا", "قريبا تعرفون", "التفاصيل قريبا",
        "official numbers", "official figures", "out of the board review", "best quarter ever", "best half ever", "can't say the numbers", "الأرقام الرسمية", "ما أقدر أقول الأرقام", "مراجعة نتائج", "خلصنا مراجعة",
        "official details", "التفاصيل الرسمية", "best year in our history", "أفضل نصف أول", "أفضل سنة في تاريخ",
    ])
    /// Something large said to be coming, without saying what: "big things ahead", «أمور كبيرة قادمة».
    static let newsAhead = Lexicon("policy.mnpi.news-ahead", [
        "big things ahead", "big things coming", "big things are coming", "exciting times ahead", "exciting months ahead",
        "something big", "big news", "major news", "good news is coming", "great things ahead",
        "أمور كبيرة", "أشياء كبيرة", "أخبار كبيرة", "خبر كبير", "أخبار سارة", "خبر سار", "مفاجأة كبيرة", "مفاجآت كبيرة",
        "أيام حلوة قادمة", "القادم أجمل", "شي كبير",
    ])
    static let materialEvents = Lexicon("policy.mnpi.event", [
        "board approved", "board has approved", "the board approved", "board recommended", "rights issue", "share buyback",
        "will not renew", "won't renew", "not renew", "won the contract", "lost the contract", "awarded the contract",
        "got the licence", "got the license", "profit warning", "impairment", "write-down", "write-off",
        "أوصى مجلس الإدارة", "قرر مجلس الإدارة", "وافق مجلس الإدارة", "فزنا بعقد", "حصلنا على عقد", "خسرنا عقد", "لن يجدد",
        "لن تجدد", "=احتياطيات", "طرح حقوق أولوية", "زيادة رأس المال", "إعادة شراء الأسهم",
    ])

    var lexicons: [Lexicon] {
        [Self.leakMarkers, Self.beforeAnnouncement, SharedLexicons.dealingForbidden, Self.secrecy, Self.bareResults, Self.schooling, Self.inquiryResults, Self.decision, Concepts.regulator.lexicon, Concepts.incident.lexicon, Self.licencesAndLeaders, Self.quietPeriod, Self.thirdPartyMeasure, Concepts.takeover.lexicon, Concepts.goingPrivate.lexicon, Self.teasers, Self.materialEvents, Self.currentPeriod, SharedLexicons.financialMetrics, SharedLexicons.publication,
         Concepts.before.lexicon, Concepts.disclosureEvent.lexicon, Self.scheduledDisclosure, SharedLexicons.noComment,
         Concepts.award.lexicon, Self.announcedLater, Self.contracts, Self.officialResults, Self.laterDate, Self.newsAhead, Concepts.shareholders.lexicon,
         Concepts.teaser.lexicon, Self.verySoon, Self.existentialDenial] + [Self.results, Self.verdict, Self.accountsContext, Self.otherResults, Concepts.declining,
                                                                       Self.laterDisclosure, Self.alreadyPublished].map(\.lexicon)
            + Modality.allLexicons + Self.rumourAnswers.flatMap(\.lexicons)
    }

    /// A disclosure the post schedules: "we will publish the results before the market
    /// opens" says when, not what.
    static let scheduledDisclosure = Lexicon("policy.mnpi.scheduled", [
        "will publish", "will announce", "will release", "will report", "will file", "will disclose", "to be published",
        "we announce", "we'll announce", "we'll publish", "we'll report", "we are announcing", "we're announcing",
        "to be announced", "سنعلن", "سننشر", "سيعلن", "ستعلن", "سيتم الإعلان", "سيتم نشر", "سنفصح", "سنصدر", "ستصدر", "ستنشر",
        // The announcement with its day (which `saysLater` must find still to come): "results are
        // announced on 28 April", «والإعلان في ٢٨ يوليو».
        "announcement on", "the announcement is on", "are announced on", "is announced on", "results on",
        "=الإعلان في", "=والإعلان في", "=الإعلان يوم", "=والإعلان يوم",
    ])

    /// The results that will carry a figure officially: "official results", "the full
    /// numbers", «النتائج الرسمية». With a later date (`laterDate`) they are still to come.
    static let officialResults = Lexicon("policy.mnpi.official-results", [
        "official results", "official numbers", "official figures", "full results", "full-year results", "quarterly results",
        "results are out", "results out", "results come out", "results are due", "results due", "results will be",
        "=النتائج الرسمية", "=الأرقام الرسمية", "=النتائج الكاملة", "=نتائجنا الرسمية", "ستعلن النتائج", "ستصدر النتائج", "ستنشر النتائج",
        // The announcement said to be still ahead, not "the official announcement" of anything at all.
        "=موعد إعلان النتائج", "=إعلان النتائج", "=سيصدر الإعلان الرسمي", "=الإعلان الرسمي سيصدر", "official announcement goes out",
        "official announcement is due",
        // "The official announcement" with its date still ahead in the same sentence ("official
        // announcement next week", «والإعلان الرسمي الأسبوع الجاي»): `laterDate` is required.
        "official announcement", "الإعلان الرسمي",
    ])
    /// A date still ahead: "next week", "on Monday", «الأسبوع القادم», «غداً».
    static let laterDate = Lexicon("policy.mnpi.later-date", [
        "next week", "next month", "tomorrow", "later this month", "later this week", "in two weeks", "in a few days", "next monday",
        "on monday", "on tuesday", "on wednesday", "on thursday", "on sunday", "next quarter",
        "=الأسبوع القادم", "=الأسبوع المقبل", "=الاسبوع الجاي", "=الشهر القادم", "=الشهر المقبل", "=غدا", "=غداً",
        "=خلال أيام", "=الأحد القادم", "=الاثنين القادم", "=الخميس القادم", "=صباح الغد", "=بكرة الصبح", "tomorrow morning",
    ])

    /// Whether sentence `sentence` puts its news ahead: "next week", or a day named by its date
    /// that is still to come on the day the post goes out ("on 28 April", «في ٢٨ يوليو»).
    static func saysLater(_ sentence: Int, in post: PostAnalysis) -> Bool {
        post.sentence(sentence, has: laterDate) || NamedDay.namesALaterDay(sentence, in: post)
    }

    /// A financial figure beside the news that the official results are still to come:
    /// "Our Q3 profit came in at OMR 12.4m, up 18%. Official results out next week". The
    /// post says itself that the market has not been told. A figure already published
    /// ("as published in our Q2 filing") or a negated or reported sentence does not count.
    /// `figures` gives the sentences that state a figure, worked out only for a post that
    /// speaks of results or official results to come.
    func figureAheadOfResults(in post: PostAnalysis, figures: inout FigureSentences) -> [PhraseMatcher.Hit] {
        let official = post.hits(Self.officialResults)
        var found: [PhraseMatcher.Hit] = []
        var taken = Set<Int>()
        // The figure in the very sentence that says the results, or their announcement, are
        // still to come: "Our Q4 results, out next month, will show profit up 40%", "We will
        // announce record profits up 40% tomorrow". Not results already published, nor a
        // school's or an inquiry's.
        let comingResults = post.hits(Self.bareResults).filter { !post.sentence(post.sentenceIndex(of: $0), has: Self.otherResults.lexicon) }
            + post.hits(Self.scheduledDisclosure)
        if !comingResults.isEmpty {
            let figureSentences = figures.of(post)
            for hit in comingResults {
                let sentence = post.sentenceIndex(of: hit)
                guard !taken.contains(sentence), figureSentences.contains(sentence), Self.saysLater(sentence, in: post),
                      !Self.saysItIsOut(sentence, in: post), !post.sentence(sentence, has: Self.schooling),
                      !post.sentence(sentence, has: Self.inquiryResults), !Modality.negates(hit.firstToken, in: post, clause: true),
                      Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question]),
                      let metric = post.hits(SharedLexicons.financialMetrics, inSentence: sentence).first else { continue }
                taken.insert(sentence)
                found.append(metric)
            }
        }
        guard !official.isEmpty else { return found }
        let figureSentences = figures.of(post)
        for hit in official {
            let sentence = post.sentenceIndex(of: hit)
            guard Self.saysLater(sentence, in: post), !Modality.negates(hit.firstToken, in: post, clause: true),
                  Modality.of(sentence: sentence, in: post).isDisjoint(with: [.quotation, .question]) else { continue }
            for near in post.sentences(around: sentence) where !taken.contains(near) && figureSentences.contains(near) {
                guard let metric = post.hits(SharedLexicons.financialMetrics, inSentence: near).first,
                      // In the sentence that says the results are still to come, only a figure said to be
                      // out already is excused ("Q3 results, published last month, showed…; Q4's come
                      // out next month"), not one the post announces itself («يسعدني أن أعلن…»).
                      near == sentence ? !post.sentence(near, has: Self.alreadyPublished.lexicon)
                                       : !post.sentence(near, has: SharedLexicons.publication),
                      Modality.of(sentence: near, in: post).isDisjoint(with: [.quotation, .question, .negation]) else { continue }
                taken.insert(near)
                found.append(metric)
            }
        }
        return found
    }

    /// Whether sentence `sentence` says its figures are out: a publication word that is not
    /// denied, not still to come ("will announce", «سنعلن», "on 28 April" posted before the
    /// 28th), not scheduled ("tomorrow we announce") and not what something comes before
    /// ("before the official disclosure").
    /// "Our Q3 results, published last month, showed profit up 40%" is out.
    static func saysItIsOut(_ sentence: Int, in post: PostAnalysis) -> Bool {
        // "Results are announced on 28 April", posted before the 28th: the day is still to come.
        if NamedDay.namesALaterDay(sentence, in: post) { return false }
        let tokens = post.text.tokens
        let scheduled = post.hits(Self.scheduledDisclosure, inSentence: sentence)
        let start = post.text.sentences[sentence].lowerBound
        return post.hits(SharedLexicons.publication, inSentence: sentence).contains { hit in
            guard Modality.saysPublished(hit, in: post),
                  !scheduled.contains(where: { $0.firstToken <= hit.firstToken && hit.firstToken < $0.endToken }) else { return false }
            return !(max(start, hit.firstToken - 3)..<hit.firstToken).contains { Modality.beforeWords.contains(tokens.text(at: $0)) }
        }
    }

    /// Saying that the official announcement is still to come.
    static let announcedLater = Lexicon("policy.mnpi.announced-later", [
        "make it official", "will be official", "officially announce", "official announcement", "announce it", "will announce",
        "will be announced", "الإعلان الرسمي", "ستعلن", "سيعلن", "بتعلن", "رسميا", "رسمياً", "سيتم الإعلان",
    ])
    /// What a company wins that the market must hear of first: a contract or a tender.
    static let contracts = Lexicon("policy.mnpi.contracts", [
        "contract", "tender", "concession", "the bid", "our bid", "عقد", "العقد", "مناقصة", "المناقصة", "ترسية", "امتياز", "صفقة",
        "مشروع توسعة", "project",
    ])

    /// A win stated now ("we won the tender", «فزنا بالمناقصة») beside its official
    /// announcement still to come ("the ministry will make it official next month",
    /// «الوزارة بتعلن»): the post itself says the market has not been told. A win already
    /// published, a bid still open, or a negated or reported sentence does not count.
    func winAnnouncedLater(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        // Asked first: most posts announce nothing for later, and the publication test below
        // reads every token of each sentence with a publication word.
        let announcements = post.hits(Self.announcedLater).filter { !Modality.negates($0.firstToken, in: post, clause: true) }
            .map { post.sentenceIndex(of: $0) } + post.hits(Self.scheduledDisclosure).map { post.sentenceIndex(of: $0) }
        guard !announcements.isEmpty else { return [] }
        // Published: a publication word in a sentence that does not look ahead ("as announced
        // today"); "the ministry will announce it" is the opposite.
        let published = post.hits(SharedLexicons.publication).contains { hit in
            let sentence = post.sentenceIndex(of: hit)
            return !Modality.hasIntent(sentence: sentence, in: post) && !post.sentence(sentence, has: Self.scheduledDisclosure)
        }
        guard !published else { return [] }
        // The award must be a contract or a tender in its own sentence: "we won Best Trade
        // Finance Bank" is a prize, not a deal.
        return post.hits(Concepts.award.lexicon).filter { hit in
            let sentence = post.sentenceIndex(of: hit)
            return !Modality.negates(hit.firstToken, in: post, clause: true)
                && Modality.of(sentence: sentence, in: post).isDisjoint(with: [.question, .quotation, .negation])
                && post.sentence(sentence, has: Self.contracts)
                && announcements.contains { post.sentences(around: sentence).contains($0) }
        }
    }

    /// Saying that the information comes out ahead of its disclosure ("before the board
    /// has seen the accounts", «قبل إعلانها في تداول») next to a financial result or a
    /// figure: the post itself says the market has not been told. "Before" must reach the
    /// event within a few words, and a negated or reported sentence does not count.
    /// `figures` as in `figureAheadOfResults`.
    func aheadOfDisclosure(in post: PostAnalysis, figures: inout FigureSentences) -> [PhraseMatcher.Hit] {
        let befores = post.hits(Concepts.before.lexicon)
        guard !befores.isEmpty else { return [] }
        let events = post.hits(Concepts.disclosureEvent.lexicon)
        let figureSentences = figures.of(post)
        return befores.filter { hit in
            let sentence = post.sentenceIndex(of: hit)
            guard events.contains(where: { $0.firstToken >= hit.endToken && $0.firstToken <= hit.endToken + 4
                                              && post.sentenceIndex(of: $0) == sentence }) else { return false }
            let near = post.sentences(around: sentence)
            // A result stated as a figure: "before our results are published" with no figure
            // is a date, and "I can't comment before…" declines.
            guard near.contains(where: { post.sentence($0, has: SharedLexicons.financialMetrics) }),
                  near.contains(where: { figureSentences.contains($0) }),
                  !post.sentence(sentence, has: Self.scheduledDisclosure), !Self.declines(about: hit, in: post),
                  !post.sentence(sentence, has: SharedLexicons.publication)
            else { return false }
            let modality = Modality.of(sentence: sentence, in: post)
            // "We will publish the results before the market opens" schedules a disclosure.
            return !Modality.negates(hit.firstToken, in: post, clause: true) && modality.isDisjoint(with: [.quotation, .question, .intent])
        }
    }

    /// Whether the hit's sentence declines to talk about it ("I can't comment before…",
    /// «لن نستبق»): the opposite of a leak, whatever "before" it names. A refusal that a
    /// "but" leaves behind ("no comment on rumours, but…") declines nothing after it.
    static func declines(about hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        post.declines(about: hit, refusals: SharedLexicons.noComment)
    }

    /// The sentences that state a figure. Asked for only by a post with a hit that needs it
    /// (building the Set for every post cost more than all the look-ups in it), and at most
    /// once per post: `check` hands one `FigureSentences` to the parts that ask.
    static func sentencesWithFigures(in post: PostAnalysis) -> Set<Int> {
        Set(post.evidence.figures.map { post.text.tokens[$0.lowerBound].sentence })
    }

    /// The sentences that state a figure, worked out on the first question and kept for the
    /// rest of one post's `check`. (A `lazy var` captured by the parts cost a heap box per post.)
    struct FigureSentences {
        private var found: Set<Int>?
        mutating func of(_ post: PostAnalysis) -> Set<Int> {
            if let found { return found }
            let sentences = InsideInformationRule.sentencesWithFigures(in: post)
            found = sentences
            return sentences
        }
    }

    /// Built once: building them in `check` cost allocations on every post.
    /// Two statics, not an array: `checks.flatMap { $0.hits(in:) }` copied each check, its
    /// lexicons and lists retained and released, for every post.
    static let teaserCheck = SentencePhraseCheck(trigger: Self.teasers, requiresInSentence: [SharedLexicons.financialMetrics], window: 1)
    /// Good news promised to the company's owners and then held back: "big things ahead for
    /// our shareholders. Can't say more yet", «أمور كبيرة قادمة لمساهمينا، لا أستطيع قول
    /// المزيد». The owners told first, before the market, that something material is coming.
    /// Not once published anywhere in the post (an annual report, an exchange filing).
    static let holdersTeaserCheck = SentencePhraseCheck(trigger: Self.newsAhead, requiresInSentence: [Concepts.shareholders.lexicon, Concepts.teaser.lexicon],
                                                        unlessInPost: [SharedLexicons.publication], window: 1)
    /// …or promised for "very soon": «أخبار كبيرة قادمة لمساهمي الشركة قريباً جداً».
    static let holdersSoonCheck = SentencePhraseCheck(trigger: Self.newsAhead, requiresInSentence: [Concepts.shareholders.lexicon, Self.verySoon],
                                                      unlessInPost: [SharedLexicons.publication])
    /// "Very soon", «قريباً جداً»: a date withheld. Not "soon" alone ("registration opens soon").
    static let verySoon = Lexicon("policy.mnpi.very-soon", [
        "very soon", "any day now", "in the coming days", "=قريباً جداً", "=قريبا جدا", "=قريب جداً", "=قريب جدا", "=خلال أيام",
        "=في الأيام القادمة", "=الأيام الجاية",
    ])
    static let materialEventCheck = SentencePhraseCheck(trigger: Self.materialEvents, unlessInPost: [SharedLexicons.publication])

    /// Saying there is nothing of the kind: "there is no unannounced event", «لا توجد أية
    /// أحداث جوهرية غير معلنة», the standard answer a listed company gives its exchange.
    static let existentialDenial = Lexicon("policy.mnpi.none-exists", [
        "there is no", "there are no", "there is not any", "there are not any", "we are not aware of any", "we are unaware of any",
        "no such", "=لا توجد", "=لا يوجد", "=لا تُوجد", "=ليس هناك", "=ليست هناك", "=ليس لدينا", "=ليس لدى الشركة", "=لا علم لنا",
        "=لا تعلم الشركة", "=لا علم للشركة",
    ])

    /// Whether a denial that anything exists comes before `hit` in its sentence, with no
    /// turn between: "there are no undisclosed events, but between us…" still leaks.
    static func deniesAnyExist(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        return post.hits(existentialDenial, inSentence: post.sentenceIndex(of: hit)).contains { denial in
            denial.endToken <= hit.firstToken && hit.firstToken - denial.endToken <= 8
                && !(denial.endToken..<hit.firstToken).contains { ClosedClasses.isContrast(at: $0, in: tokens) }
        }
    }

    /// "Between us" that goes on to name the other side ("the partnership between us and
    /// the Ministry", «الثقة بيننا وبين عملائنا») is a relation, not a secret shared; so is
    /// one that follows what it relates («العلاقات الأخوية التاريخية بيننا», "the trust
    /// between us"). A secret's "between us" opens its clause ("but between us:", «لكن
    /// بيننا») or closes one about the words themselves ("this stays between us", «الكلام بيننا»).
    static func namesARelation(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        guard ["us", "بيننا"].contains(tokens.text(at: hit.endToken - 1)) else { return false }
        if hit.endToken < tokens.count {
            let next = tokens.text(at: hit.endToken)
            if next == "and" || next == "&" || next.hasPrefix("وبين") { return true }
        }
        let first = hit.firstToken
        guard first > 0, tokens[first - 1].sentence == tokens[first].sentence,
              tokens[first - 1].kind == .word else { return false }
        return !secretsOpeners.contains(tokens.text(at: first - 1))
    }
    /// Words that may stand before a secret's "between us": a turn, "just", or what stays
    /// between us («هذا», «الكلام», "stays", "keep it").
    static let secretsOpeners: WordSet = [
        "just", "but", "and", "so", "this", "that", "it", "is", "stays", "stay", "remains", "keep", "strictly", "only",
        "لكن", "ولكن", "بس", "و", "هذا", "هذه", "هذي", "الكلام", "والكلام", "خاص", "يظل", "يبقى", "تبقى", "خلها", "خليها", "خلوها",
    ]

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        var sentences = Set<Int>()
        // The sentences with something material or a request for silence, gathered once, and
        // only for a post that says "before the announcement" (asked of each marker, the
        // lists made a long post quadratic).
        // Not the marker's own words: "before the results" names no result.
        var figures = FigureSentences()
        let befores = post.hits(Self.beforeAnnouncement)
        let markerTokens = befores.isEmpty ? [] : Set(befores.flatMap { $0.firstToken..<$0.endToken })
        // A set: asked of every material hit, a list made a long school post quadratic.
        // Exam results in a school's post, an inspection's in a post about an incident («حالات
        // تسمم… رح نشارككن النتائج أول ما يطلع تقريرهن»), an investigation's or a test's anywhere.
        let inquiries = befores.isEmpty ? HitList() : post.hits(Self.inquiryResults)
        // Asked only of a post that says "before": most posts never need it.
        let aboutSchoolOrIncident = !befores.isEmpty && (!post.hits(Self.schooling).isEmpty || !post.hits(Concepts.incident.lexicon).isEmpty)
        let nonFinancialResults: Set<Range<Int>> = befores.isEmpty ? [] : Set(post.hits(Self.bareResults).filter { hit in
            aboutSchoolOrIncident || inquiries.contains { $0.firstToken <= hit.firstToken && hit.endToken <= $0.endToken }
        }.map { $0.firstToken..<$0.endToken })
        let material = befores.isEmpty ? [] : Set(Self.material.flatMap { post.hits($0) }
            .filter { hit in !markerTokens.contains(hit.firstToken) && !nonFinancialResults.contains(hit.firstToken..<hit.endToken) }
            .map { post.sentenceIndex(of: $0) })
        let silent = befores.isEmpty ? [] : post.sentences(with: Self.secrecy)
        // Declining to speak of it is no leak («لا أعلّق على مسودة الموازنة», "no comment on numbers
        // not yet public"), unless the sentence turns after it: "no comment on the internal numbers, but…".
        let tokens = post.text.tokens
        let markers = post.hits(Self.leakMarkers).filter { hit in
            let sentenceEnd = post.text.sentences[post.sentenceIndex(of: hit)].upperBound
            let declined = post.declines(about: hit, refusals: SharedLexicons.noComment)
                && !(hit.endToken..<sentenceEnd).contains { ClosedClasses.isContrast(at: $0, in: tokens) }
            return !Self.namesARelation(hit, in: post) && !declined && !Self.deniesAnyExist(hit, in: post)
        } + befores.filter { hit in
            let sentence = post.sentenceIndex(of: hit)
            if silent.contains(sentence) { return true }
            // Declining to speak until then is the opposite of a leak: "we won't comment on
            // trading before the announcement", «ما رح نستبق… قبل صدور التقرير», a quiet period.
            // (A negation alone is not enough: "please don't forward this before it's published".)
            // Nor the closed-period rule: "insiders must not trade before the announcement".
            guard !Self.declines(about: hit, in: post), !post.sentence(sentence, has: Self.quietPeriod),
                  !post.sentence(sentence, has: SharedLexicons.dealingForbidden) else { return false }
            return post.sentences(around: sentence).contains { material.contains($0) }
        }
        // Scheduling the disclosure says when, not what, unless the sentence also gives the
        // figure: «سنعلن غداً عن أرباح قياسية بنسبة ٤٠٪ قبل الإفصاح الرسمي» tells it first.
        let statingFigures = markers.isEmpty ? [] : figures.of(post).filter { post.sentence($0, has: SharedLexicons.financialMetrics) }
        for hit in markers.sortedIfNeeded(by: { $0.firstToken < $1.firstToken }) {
            let sentence = post.sentenceIndex(of: hit)
            guard !sentences.contains(sentence),
                  !post.sentence(sentence, has: Self.scheduledDisclosure) || statingFigures.contains(sentence) else { continue }
            sentences.insert(sentence)
            findings.append(finding(Self.message1(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.suggestion1(post.feedbackLanguage)))
        }
        let events = Self.materialEventCheck.hits(in: post).filter { hit in
            let sentence = post.sentenceIndex(of: hit)
            return !(post.sentence(sentence, has: Concepts.regulator.lexicon) && post.sentence(sentence, has: Self.decision))
        }
        for hit in Self.teaserCheck.hits(in: post) + Self.holdersTeaserCheck.hits(in: post) + Self.holdersSoonCheck.hits(in: post) + events where !sentences.contains(post.sentenceIndex(of: hit)) {
            sentences.insert(post.sentenceIndex(of: hit))
            findings.append(finding(Self.message2(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.suggestion2(post.feedbackLanguage)))
        }
        /// One finding per sentence, quoting the whole sentence.
        func reportSentences(of hits: [PhraseMatcher.Hit], message: Localized, suggestion: Localized) {
            for hit in hits where !sentences.contains(post.sentenceIndex(of: hit)) {
                sentences.insert(post.sentenceIndex(of: hit))
                let sentence = post.text.sentences[post.sentenceIndex(of: hit)]
                let (start, end) = post.span(sentence)
                findings.append(finding(message(post.feedbackLanguage, post.text.excerpt(start, end)),
                                        tokens: sentence, in: post, suggestion: suggestion(post.feedbackLanguage)))
            }
        }
        // Quoted whole: "before" alone says nothing; the sentence says what went out early.
        reportSentences(of: aheadOfDisclosure(in: post, figures: &figures), message: Self.message1, suggestion: Self.suggestion1)
        // "Good numbers = happy board": the direction of unpublished results.
        reportSentences(of: Self.resultsVerdicts(in: post), message: Self.message1, suggestion: Self.suggestion1)
        // A rumour answered with a yes, a corrected figure, a hint or news on its way.
        reportSentences(of: Self.rumourAnswered(in: post), message: Self.rumourMessage, suggestion: Self.rumourSuggestion)
        // A contract won before it is official is material news, not an unreleased figure.
        reportSentences(of: winAnnouncedLater(in: post), message: Self.message2, suggestion: Self.suggestion2)
        // A figure stated before the official results that will carry it.
        for hit in figureAheadOfResults(in: post, figures: &figures) where !sentences.contains(post.sentenceIndex(of: hit)) {
            let sentence = post.sentenceIndex(of: hit)
            sentences.insert(sentence)
            findings.append(finding(Self.unreported(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: post.text.sentences[sentence], in: post,
                                    suggestion: Self.publishedOnly(post.feedbackLanguage)))
        }
        // A financial figure for a period not yet reported, with nothing saying it is published.
        let periods = post.hits(Self.currentPeriod)
        for hit in periods {
            let sentence = post.sentenceIndex(of: hit)
            // The metric is another word than the period: "quarter" is itself a metric word
            // ("a record quarter"), so "120 procedures this quarter" met its own condition.
            guard !sentences.contains(sentence),
                  post.hits(SharedLexicons.financialMetrics).contains(where: { post.sentenceIndex(of: $0) == sentence
                      && ($0.endToken <= hit.firstToken || $0.firstToken >= hit.endToken) }),
                  !post.sentence(sentence, has: SharedLexicons.publication), !post.sentence(sentence, has: Self.thirdPartyMeasure),
                  // A volunteers' or a school's results for the quarter are no accounts.
                  !post.sentence(sentence, has: Self.otherResults.lexicon),
                  figures.of(post).contains(sentence)
            else { continue }
            sentences.insert(sentence)
            findings.append(finding(Self.unreported(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: post.text.sentences[sentence], in: post,
                                    suggestion: Self.publishedOnly(post.feedbackLanguage)))
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension InsideInformationRule {
    static let message1 = Localized(en: "'{1}' signals information that is not public yet; posting it first is selective disclosure.",
                                    ar: "«{1}» يلمّح إلى معلومات لم تُعلن بعد؛ ونشرها أولاً إفصاح انتقائي.")
    static let suggestion1 = Localized(en: "Say nothing about unreleased figures. Point to the date results will be published.",
                                       ar: "لا تذكر شيئاً عن أرقام لم تُعلن، وأشر إلى موعد نشر النتائج.")
    static let message2 = Localized(en: "'{1}' points to material news the market has not been told.",
                                    ar: "«{1}» يشير إلى خبر جوهري لم يُبلَّغ به السوق بعد.")
    static let suggestion2 = Localized(en: "Material news goes to the exchange first; post only after it is published, and say where.",
                                       ar: "الأخبار الجوهرية تُعلن في البورصة أولاً؛ انشر بعد إعلانها، واذكر أين أُعلنت.")
    static let unreported = Localized(en: "A figure for '{1}' has not been reported to the market; posting it is selective disclosure.",
                                      ar: "رقم «{1}» لم يُفصح عنه للسوق بعد؛ ونشره إفصاح انتقائي.")
    static let publishedOnly = Localized(en: "Share only figures already published, and say where (\"in today's results\", \"our filing\").",
                                         ar: "انشر الأرقام المعلنة فقط، واذكر مصدرها («في نتائج اليوم»، «في إفصاحنا للسوق»).")
}
