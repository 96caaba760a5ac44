/// Corporate filler: a claim with nothing checkable beside it (no figure, no time, no
/// cause, no commitment). It passes when its sentence holds one of those specifics.
struct FillerRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.filler", title: "Filler with no specifics", dimension: .professionalism, severity: .warning,
        rationale: """
            "We remain committed to excellence" promises nothing a reader can check, and readers of an official \
            account skip it or mock it (write-good flags such weasel words). Keep a claim only when its sentence \
            carries a specific: a figure, an action with a time, or a cause.
            """,
        examples: [
            .triggers("We remain committed to delivering long-term value on our growth journey.", .en),
            .triggers("نعمل على تحسين الخدمة ونسعى إلى الريادة.", .ar),
            .passes("We remain committed to cutting waiting times from 20 to 10 minutes by March.", .en),
            .passes("نعمل على خفض الانتظار من ٢٠ إلى ١٠ دقائق بحلول مارس.", .ar),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let arabic = post.feedbackLanguage == .ar
        return post.moves.sentences.compactMap { sentence in
            guard let first = sentence.filler.first, let last = sentence.filler.last else { return nil }
            let span = first.lowerBound..<max(first.upperBound, last.upperBound)
            let words = sentence.filler.map { post.text.excerpt(post.span($0).0, post.span($0).1) }
            let quoted = words.map { arabic ? "«\($0)»" : "'\($0)'" }.joined(separator: ", ")
            let message = arabic
                ? "\(quoted) ادعاء بلا تفاصيل: لا رقم ولا موعد ولا سبب ولا خطوة محددة."
                : "\(quoted) claims something with no specifics: no figure, time, cause or concrete step."
            let suggestion = arabic
                ? "احذفها أو أضف ما يمكن التحقق منه: رقماً، أو خطوة بموعد، أو سبباً."
                : "Cut it, or add something checkable: a figure, a step with a date, or a cause."
            return finding(message, tokens: span, in: post, suggestion: suggestion)
        }
    }
}
