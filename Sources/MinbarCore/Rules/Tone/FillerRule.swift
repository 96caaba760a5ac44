/// Corporate filler: a claim with nothing checkable beside it (no figure, no time, no
/// cause, no commitment). It passes when its sentence holds one of those specifics.
struct FillerRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.filler", title: "Filler with no specifics",
        titleAr: "حشو بلا تفاصيل", dimension: .professionalism, severity: .warning,
        rationale: """
            "We remain committed to excellence" promises nothing a reader can check, and readers of an official \
            account skip it or mock it (write-good flags such weasel words). Keep a claim only when its sentence \
            carries a specific: a figure, an action with a time, or a cause.
            """,
        rationaleAr: """
            عبارة مثل «نلتزم دائماً بالتميز» لا تعد بشيء يستطيع القارئ التحقق منه، وقراء الحساب الرسمي \
            يتجاوزونها أو يسخرون منها. أبقِ الادعاء فقط إذا حملت جملته شيئاً محدداً: رقماً، أو خطوة بموعد، \
            أو سبباً.
            """,
        examples: [
            .triggers("We remain committed to delivering long-term value on our growth journey.", .en),
            .triggers("نعمل على تحسين الخدمة ونسعى إلى الريادة.", .ar),
            .passes("We remain committed to cutting waiting times from 20 to 10 minutes by March.", .en),
            .passes("نعمل على خفض الانتظار من ٢٠ إلى ١٠ دقائق بحلول مارس.", .ar),
            // Work promised with nothing said of it, in either language; with its time it commits.
            .triggers("We know many of you are waiting for passport renewals. We're working on it, please be patient.", .en),
            .triggers("نعرف أن كثيرين ينتظرون تجديد الجوازات. نعمل على ذلك، نرجو الصبر.", .ar),
            .passes("We are working on it and will restore the service by 18:00 today.", .en),
            .passes("نعمل على ذلك وسنعيد الخدمة بحلول الساعة 6 مساء اليوم.", .ar),
            .passes("Whatever is decided, your work on it was excellent.", .en),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let language = post.feedbackLanguage
        return post.moves.sentences.compactMap { sentence in
            guard let first = sentence.filler.first, let last = sentence.filler.last else { return nil }
            let span = first.lowerBound..<max(first.upperBound, last.upperBound)
            let words = sentence.filler.map { post.text.excerpt(post.span($0).0, post.span($0).1) }
            let quoted = Localized.list(words.map { Self.quoted(language, $0) }, language)
            return finding(Self.message(language, quoted), tokens: span, in: post, suggestion: Self.suggestion(language))
        }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension FillerRule {
    static let message = Localized(en: "{1} claims something with no specifics: no figure, time, cause or concrete step.",
                                   ar: "{1} ادعاء بلا تفاصيل: لا رقم ولا موعد ولا سبب ولا خطوة محددة.")
    static let suggestion = Localized(en: "Cut it, or add something checkable: a figure, a step with a date, or a cause.",
                                      ar: "احذفه أو أضف ما يمكن التحقق منه: رقماً، أو خطوة بموعد، أو سبباً. مثال: «نعمل على خفض الانتظار من ٢٠ إلى ١٠ دقائق بحلول مارس».")
    static let quoted = Localized(en: "'{1}'", ar: "«{1}»")
}
