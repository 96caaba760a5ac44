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
            .triggers("If you want to stay, click yes by 5pm tomorrow; everyone else will receive three months of severance.", .en),
            .triggers("من لم يضغط نعم قبل الخامسة انتهت خدماتك.", .ar),
            .passes("We are reducing the team by 10%. I am sorry; everyone leaving gets 16 weeks' pay and healthcare.", .en),
            .passes("نقلص الفريق ١٠٪، ونعتذر لكل من يغادر، ولكل منهم راتب ١٦ أسبوعاً.", .ar),
        ])

    static let frames: [Frame] = [Frame(anchor: Concepts.ultimatum, blockedBy: [.quotation])]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ColdLayoffRule {
    static let message = Localized(en: "'{1}' treats people losing their jobs as an ultimatum.",
                                   ar: "«{1}» يخاطب من يفقدون وظائفهم بلغة الإنذار.")
    static let suggestion = Localized(en: "Explain the decision, say sorry, and set out the support (pay, healthcare, references) before any deadline.",
                                      ar: "اشرح القرار، واعتذر، وبيّن الدعم المقدَّم (الرواتب والتأمين الصحي وخطابات التوصية) قبل أي مهلة. مثال: «نقلص الفريق ١٠٪، ونعتذر لكل من يغادر، ولكل منهم راتب ١٦ أسبوعاً».")
}
