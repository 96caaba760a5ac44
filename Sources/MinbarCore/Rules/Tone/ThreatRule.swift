/// Threats against people, groups or countries.
struct ThreatRule: Rule, FrameRule {
    static let threats = Concept("threat", [
        "by my hand", "will die", "you will pay", "we will come for", "there will be a reckoning",
        "حساب عسير", "ستتم متابعتهم", "العصا لمن عصا", "مجزرة", "مقبرتهم", "سنلاحق", "ملاحقة من الدول", "لو راجل",
        "know where to find", "our lawyers know where", "حسابنا قريب", "حسابك قريب", "حسابهم قريب",
        "watch your back", "will destroy you", "we'll destroy you", "we will crush you", "bury you", "we know where you live", "you've been warned",
        "won't get away with", "will not get away with", "hunt you down", "hunt them down", "teach you a lesson", "teach them a lesson", "ruin you",
        "we will ruin", "wipe them out", "wipe you out", "ستدفع الثمن", "بتدفع الثمن", "سيدفعون الثمن", "راح تدفع الثمن", "نعرف وين ساكن",
        "نعرف بيتك", "=الأيام بيننا", "=بيني وبينك الأيام", "لأوريك", "بنعلمكم درس", "سنلقنهم درسا", "سنلقنهم درساً", "سنسحقهم", "بنسحقكم", "سندمرهم",
        "بندمركم", "سنمحوهم", "لن يفلتوا", "لن تفلت", "ما راح تفلت", "ما بتفلت", "الويل لكم",
        // «الأيام بيننا» exact: its word forms read "today between" («اليوم بين مسقط وخصب»).
        // Telling a critic they are known.
        // ("think carefully before…" alone is what every fraud warning says.)
        "we know who you are", "we know exactly who you are", "نعرف من أنت", "نعرف مين أنت", "نعرف مين انت", "نعرفك زين",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.threat", title: "Threats",
        titleAr: "التهديد", dimension: .professionalism, severity: .error,
        rationale: """
            A threat from an official or executive account ("by my hand X will die", "a harsh reckoning for \
            every mercenary on the list") is an attack, not an argument, and the organisation owns it. It \
            vetoes the post.
            """,
        rationaleAr: """
            التهديد من حساب رسمي أو حساب قيادي («على يدي ستموت عملتهم»، «حساب عسير لكل مرتزق في القائمة») \
            اعتداءٌ لا حجة، وتتحمله المؤسسة. ولذلك يمنع نشر المنشور.
            """,
        examples: [
            // Condemning a massacre threatens no one.
            .passes("نستنكر هذه المجزرة الهمجية بحق الشعب الشقيق، ونتقدم بالتعازي لأسر الضحايا.", .ar),
            .passes("We strongly condemn the massacre of worshippers and stand with the families.", .en),
            .passes("تقرر إلغاء رحلتي اليوم بين مسقط وخصب بسبب الحالة الجوية وقوة الرياح.", .ar),
            .triggers("انتظر وشوف، الأيام بيننا.", .ar),
            .passes("Think very carefully before sharing your one-time password with anyone.", .en),
            .passes("فكر مرتين قبل ما تحوّل أي مبلغ لحساب لا تعرفه.", .ar),
            .triggers("To the account spreading lies about our factory: we know exactly who you are. Think very carefully before your next post.", .en),
            .triggers("للحساب اللي ينشر الأكاذيب عن مصنعنا: نعرف مين أنت، وفكر زين قبل تغريدتك الجاية.", .ar),
            .triggers("By my hand their coin will die.", .en),
            .triggers("سيكون هناك حساب عسير لكل من يخالفنا.", .ar),
            .passes("We will compete hard and fairly.", .en),
            .passes("سننافس بقوة وبنزاهة.", .ar),
        ])

    static let frames: [Frame] = [Frame(anchor: Self.threats, without: [Concepts.condemning], blockedBy: [.quotation, .negation])]
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ThreatRule {
    static let message = Localized(en: "'{1}' threatens people.",
                                   ar: "«{1}» تهديدٌ موجَّه إلى أشخاص.")
    static let suggestion = Localized(en: "Remove the threat. State your position and the facts.",
                                      ar: "احذف التهديد، واكتفِ بعرض موقفك والحقائق. مثال: «سننافس بقوة وبنزاهة».")
}
