/// A post made of word lists instead of sentences: cue words strung together say
/// nothing a reader can hold the organisation to, and they earn no goal.
struct FragmentsRule: Rule {
    let descriptor = RuleDescriptor(
        id: "style.fragments", title: "Lists of words instead of sentences",
        titleAr: "قوائم كلمات بدل الجمل", dimension: .professionalism, severity: .note,
        rationale: """
            Readers judge what a post does: answer, explain, commit. A string of keywords ("Freight, input costs, \
            supply.") does none of that and reads as evasive or machine-made; in Minbar it meets no goal. Write \
            each point as a sentence with a subject and a verb (write-good's and Vale's checks flag the same habit). \
            A note, not a warning: real posts use short fragments well ("Big news. Proud day."), and a list \
            already costs the goals it fails to meet.
            """,
        rationaleAr: """
            يحكم القراء على ما يفعله المنشور: يجيب، أو يشرح، أو يلتزم. وسلسلة الكلمات المفتاحية («الشحن، \
            تكاليف المدخلات، الإمداد.») لا تفعل شيئاً من ذلك، وتُقرأ تهرباً أو كلاماً آلياً، ولا تحقق في \
            منبر أي هدف. اكتب كل فكرة جملةً فيها فاعل وفعل. وهي ملاحظة لا تحذير: فالمنشورات الحقيقية تحسن \
            استخدام الجمل القصيرة («خبر سار. يوم نفخر به.»)، والقائمة تخسر أصلاً الأهداف التي لا تحققها.
            """,
        examples: [
            .triggers("Margin 37% decline. Freight, input costs, supply. Plan, steps, measures by 14 March.", .en),
            .triggers("نعتذر، اعتذار. المقاصة والإيداع، الآيبان، تحديث البيانات. موعد الصرف، الأحد.", .ar),
            .passes("Our gross margin fell to 37% because freight and input costs rose. We will renegotiate freight contracts by 14 March.", .en),
            .passes("نعتذر عن تأخر الصرف. السبب إجرائي: طلبت شركة المقاصة تحديث بيانات الآيبان، وموعد الصرف الجديد الأحد 27 أبريل.", .ar),
            .passes("Fair question. Our margin fell to 37%, as our published results show. Questions: ir@sadeem.example", .en),
            .triggers("Margin 37% decline. Freight. Plan, steps, measures by 14 March.", .en),
        ])

    func check(_ post: PostAnalysis) -> [Finding] {
        let sentences = post.moves.sentences
        // Lists, and verbless scraps that do nothing ("Freight."); a short line that thanks,
        // apologises or gives a contact ("Questions: care@…") is not one.
        let tokens = post.text.tokens
        // Sentences and tokens read by index, in place: filtering them copied every sentence's
        // moves and every token of a short sentence.
        let lists = sentences.indices.filter { index in
            if sentences[index].shape == .fragments { return true }
            guard sentences[index].shape == .minor, sentences[index].moves.isEmpty else { return false }
            // A scrap is one to three words ("Freight.", "Margin 37% decline."); a longer verbless
            // line is a headline ("Fascinating social media story.").
            let range = sentences[index].tokens
            var words = 0, wordsAndNumbers = 0
            for token in range where tokens[token].kind == .word || tokens[token].kind == .number {
                wordsAndNumbers += 1
                if tokens[token].kind == .word { words += 1 }
            }
            return words > 0 && wordsAndNumbers <= 3 && !range.contains { tokens[$0].kind == .url }
        }
        // One list is a style choice (or a clause whose verb Minbar does not know); two or more
        // lists making up half the post are a habit.
        guard let first = lists.first, lists.count >= 2, lists.count * 2 >= sentences.count else { return [] }
        let language = post.feedbackLanguage
        return [finding(Self.message(language, lists.count, sentences.count), tokens: sentences[first].tokens, in: post,
                        suggestion: Self.suggestion(language))]
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension FragmentsRule {
    static let message = Localized(en: "The post is lists of words, not sentences ({1} of {2}); a list meets no goal and commits to nothing.",
                                   ar: "المنشور قوائم كلمات لا جمل ({1} من {2})؛ القائمة لا تحقق هدفاً ولا تقول شيئاً يُحاسَب عليه.")
    static let suggestion = Localized(en: "Write each point as a full sentence: who did what, why, and by when.",
                                      ar: "اكتب كل فكرة جملة كاملة: من فعل ماذا، ولماذا، ومتى. مثال: «نعتذر عن تأخر الصرف، وموعد الصرف الجديد الأحد ٢٧ أبريل».")
}
