/// A new operating record or milestone, with its figure and period, before it is published.
struct RecordMetricRule: Rule, FrameRule {
    static let milestone = Concept("milestone", [
        "for the first time", "first time ever", "first time in our history", "in our history", "record", "records", "all-time high", "all time high", "exceeded",
        "surpassed", "topped", "crossed", "milestone", "blow these records away",
        "لأول مرة", "رقم قياسي", "أرقام قياسية", "أعلى مستوى", "تجاوز", "تجاوزت", "تخطى", "تخطت", "تجاوزنا",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.record-metric", title: "A record figure before it is published",
        titleAr: "رقم قياسي قبل إعلانه رسمياً", dimension: .compliance, severity: .error,
        rationale: """
            In 2012 Netflix's CEO posted on his own page that monthly viewing had passed one billion hours for \
            the first time; the stock rose 6% and the SEC's 2013 report on it set the rule: a company may use \
            social media for such news only after telling investors which channels it uses. A new record with \
            its figure and period is material until it is published.
            """,
        rationaleAr: """
            في ٢٠١٢ نشر الرئيس التنفيذي لنتفليكس على صفحته الشخصية أن ساعات المشاهدة الشهرية تجاوزت مليار \
            ساعة لأول مرة؛ فارتفع السهم ٦٪، وأرسى تقرير هيئة الأوراق المالية الأمريكية عن الواقعة في ٢٠١٣ \
            القاعدة: لا يجوز للشركة استخدام وسائل التواصل لمثل هذه الأخبار إلا بعد إبلاغ المستثمرين بالقنوات \
            التي تعتمدها. والرقم القياسي الجديد برقمه وفترته معلومة جوهرية حتى يُنشر.
            """,
        examples: [
            .triggers("Monthly viewing exceeded 1 billion hours for the first time ever in June.", .en),
            .triggers("تجاوزت مبيعاتنا مليار ريال لأول مرة في الربع الثالث.", .ar),
            .passes("As published in today's results, Q3 sales exceeded SAR 1 billion for the first time.", .en),
            .passes("Did sales pass a billion in June? We do not comment before results.", .en),
            .passes("درجات الحرارة قد تتجاوز ٤٨ درجة مئوية خلال الأيام القادمة، فتجنبوا الشمس من ١٢ ظهراً حتى ٤ عصراً.", .ar),
            .passes("Temperatures may exceed 48 degrees this week; avoid the sun between 12 and 4 pm.", .en),
            .passes("كما أعلنا في نتائج الربع الثالث المنشورة على تداول، تجاوزت المبيعات مليار ريال.", .ar),
        ])

    /// Weather and measures of nature exceed figures too ("temperatures may exceed 48°C in
    /// the days ahead"); they are no business record.
    static let weather = Concept("record-metric.weather", [
        "temperature", "temperatures", "degrees", "celsius", "rainfall", "wind speed", "humidity",
        "درجات الحرارة", "درجة الحرارة", "درجة مئوية", "مئوية", "الأمطار", "سرعة الرياح", "الرطوبة",
    ])

    static let frames: [Frame] = [Frame(anchor: Self.milestone, entities: [.period], anyEntity: [.amount, .percent, .price], without: [Self.weather])]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension RecordMetricRule {
    static let message = Localized(en: "'{1}' announces a new record figure for a period before the market has it.",
                                   ar: "«{1}»: إعلانُ رقم قياسي جديد لفترة محددة قبل أن يصل إلى السوق.")
    static let suggestion = Localized(en: "Publish it through the exchange or the channels investors were told you use, then share the link.",
                                      ar: "انشره أولاً عبر السوق المالية أو القنوات التي أبلغتم المستثمرين أنكم تعتمدونها، ثم شارك الرابط. مثال: «كما أعلنّا في نتائج الربع الثالث المنشورة على تداول، تجاوزت المبيعات مليار ريال».")
}
