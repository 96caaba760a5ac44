/// Certainty about financing, approvals or safety that has not been established.
struct UnverifiedCertaintyRule: Rule, FrameRule {
    static let safetyCertainty = Concept("safety-certainty", [
        "confident in the safety", "completely safe", "perfectly safe", "100% safe", "is safe to fly", "no safety issue",
        "آمنة تماما", "آمنة تماماً", "لا توجد مشكلة في السلامة", "واثقون من سلامة",
        "totally safe", "absolutely safe", "entirely safe", "100 percent safe", "100 per cent safe", "poses no risk", "pose no risk",
        "completely harmless", "perfectly harmless", "no safety concerns", "no safety concern", "there is no safety issue",
        "nothing wrong with the aircraft", "nothing wrong with the product", "nothing wrong with the vehicle", "آمن تماما", "آمن تماماً",
        "آمن بالكامل", "آمنة بالكامل", "آمن ١٠٠٪", "آمنة ١٠٠٪", "سليمة تماما", "سليم تماما", "لا يشكل أي خطر", "لا يشكل خطرا", "لا يشكل خطراً",
        "لا توجد أي خطورة", "لا مخاوف على السلامة", "ما فيه أي خطر", "ما فيها أي خطر",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.unverified-certainty", title: "Unverified certainty about financing, approvals or safety",
        titleAr: "جزم غير مُثبت بشأن التمويل أو الموافقات أو السلامة",
        dimension: .compliance, severity: .error,
        rationale: """
            "Funding secured" claimed a certainty that did not exist; the SEC charged it as fraud (SEC v. Musk, \
            2018). Saying financing is secured, an approval is certain or a product is safe while the facts are \
            not established misleads investors and the public, and prejudges any investigation.
            """,
        rationaleAr: """
            عبارة «التمويل مؤمَّن» ادّعت يقيناً لم يكن موجوداً، فاتهمت هيئة الأوراق المالية الأمريكية صاحبها \
            بالاحتيال (٢٠١٨). والقول إن التمويل مؤمَّن أو الموافقة مؤكدة أو المنتج آمن قبل ثبوت الحقائق يضلل \
            المستثمرين والجمهور، ويستبق أي تحقيق.
            """,
        examples: [
            // Funded in full, said to investors, beside the listing.
            .triggers("نطمئن المستثمرين بأن توسعتنا ممولة بالكامل والطرح العام سيتم في الربع الثاني.", .ar),
            .passes("نعمل مع البنوك على تمويل التوسعة، وسنبلغ السوق فور اكتماله.", .ar),
            .triggers("Going private at $420. Funding secured.", .en),
            // The authority's own finding, reported from its statement.
            .passes("The Central Bank confirmed in today's statement that the fintech's licence is suspended and customer funds are safeguarded.", .en),
            .passes("أكد البنك المركزي في بيانه اليوم أن ترخيص الشركة موقوف مؤقتاً وأن الموافقة على استئناف نشاطها مؤكدة بشروط.", .ar),
            // A guarantee as a financial instrument promises no outcome.
            .passes("Our members rely on the SME loan guarantee; we have asked the ministry to keep it at 80%.", .en),
            .passes("نطالب الوزارة بإبقاء نسبة ضمان القروض للمنشآت الصغيرة عند ٨٠٪، فخطاب الضمان البنكي مكلف.", .ar),
            .triggers("We are confident in the safety of the aircraft.", .en),
            .triggers("تم تأمين التمويل الكامل للصفقة.", .ar),
            .passes("Funding is not secured yet; we will update the market when it is.", .en),
            // A condolence's faith is no secured deal: «بقلوب مؤمنة… بإذن الله».
            .passes("بقلوب مؤمنة صابرة نعت الجامعة المغفور له بإذن الله الدكتور جاسم، عضو هيئة التدريس.", .ar),
            .passes("With faithful and patient hearts, the university mourns Dr Jassim, God rest his soul.", .en),
            .triggers("الصفقة مؤمنة بالكامل والإذن النهائي من الهيئة في جيبنا.", .ar),
            .triggers("The deal is fully secured and the final permission from the authority is in our pocket.", .en),
            .passes("As disclosed in our filing, the financing was secured on 3 May.", .en),
            .passes("لم يتم تأمين التمويل بعد.", .ar),
            .passes("كما ورد في الإفصاح المنشور، تمت الموافقة على التمويل.", .ar),
            // «مؤكدةً أن» is "stressing that": the speaker reports its own point, it claims no approval.
            .passes("وتثمن الهيئة تعاون المسافرين، مؤكدة أن الالتزام بالتعليمات يسهل الإجراءات ويضمن انتظام الرحلات وتنفيذ العقد.", .ar),
        ])

    /// «مؤكدةً أن», «مؤكداً أن»: the participle that introduces what an account stresses,
    /// the way news agencies write "stressing that". It reports; it is no certainty claim.
    static let stressing = Concept("stressing-that", ["=مؤكدة أن", "=مؤكدا أن", "=مؤكداً أن", "=مؤكدين أن", "=مؤكدةً أن"])

    static let frames: [Frame] = [
        Frame(anchor: Concepts.certaintyClaim, withAny: [Concepts.financingOrApproval, Concepts.goingPrivate, Concepts.takeover],
              without: [Self.stressing, Concepts.guaranteeInstrument, Concepts.authorityStatement], window: 1),
        Frame(anchor: Self.safetyCertainty),
    ]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension UnverifiedCertaintyRule {
    static let message = Localized(en: "'{1}' claims a certainty (financing secured, approval given, safety confirmed) that the public record does not show.",
                                   ar: "«{1}» يجزم بأمر (تأمين التمويل، أو صدور موافقة، أو ثبوت السلامة) لا يظهر فيما أُعلن رسمياً.")
    static let suggestion = Localized(en: "Say what is true now (talks, conditions, the review under way) and when the market will hear more; never claim it is done before it is.",
                                      ar: "قل ما هو صحيح الآن (مفاوضات، أو شروط، أو مراجعة جارية) ومتى يُبلَّغ السوق بالمستجدات، ولا تقل إن الأمر تمّ قبل أن يتم. مثال: «لم يتم تأمين التمويل بعد، وسنبلغ السوق فور اكتماله».")
}
