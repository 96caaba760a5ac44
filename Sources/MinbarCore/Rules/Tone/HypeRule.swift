/// Superlatives with nothing behind them ("world-class", "الأفضل", "غير مسبوق").
struct HypeRule: Rule {
    static let superlatives = Lexicon("tone.hype", [
        "best in the world", "world-class", "world class", "world-leading", "best-in-class", "revolutionary", "game-changer",
        "game changer", "game-changing", "unprecedented", "unmatched", "unbeatable", "unrivalled", "unrivaled", "second to none",
        "number one", "the best", "best ever", "greatest", "incredible", "amazing", "mind-blowing", "insane", "epic",
        "disruptive", "like never before", "the only company", "nobody does it better", "industry-leading", "groundbreaking",
        "ground-breaking", "legendary", "phenomenal", "historic achievement", "best operator", "best bank", "best airline",
        "الأفضل", "الافضل", "أفضل شركة", "الأول في", "الأولى في", "رقم واحد", "الرائدة عالميا", "عالمي المستوى", "غير مسبوق",
        "غير مسبوقة", "ثوري", "ثورية", "لا مثيل له", "لا مثيل لها", "لا يضاهى", "لا تضاهى", "الأقوى", "الأعظم", "الأكبر في",
        "مذهل", "مذهلة", "خيالي", "خيالية", "أسطوري", "أسطورية", "لا أحد يستطيع", "الوحيدة في", "الأفضل على الإطلاق",
        "the finest", "hands down", "best in the gulf", "best in the region", "unbeatable value", "=بلا منازع", "=الأفضل في الخليج",
        "=الأفضل في المنطقة", "=محد ينافسنا", "=ما أحد ينافسنا",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.hype", title: "Hype and unsupported superlatives",
        titleAr: "المبالغة وصيغ التفضيل بلا دليل", dimension: .professionalism, severity: .warning,
        rationale: """
            Self-praise convinces nobody; testimony from customers and independent bodies does. A superlative \
            with no figure, certificate or independent rating behind it reads as marketing and invites the \
            reply "says who?".
            """,
        rationaleAr: """
            مدح النفس لا يقنع أحداً؛ ما يقنع شهادة العملاء والجهات المستقلة. وصيغة التفضيل التي لا يسندها \
            رقم أو شهادة أو تقييم مستقل تُقرأ دعاية، وتستدعي الرد: «من قال ذلك؟».
            """,
        examples: [
            .triggers("We're simply the finest dairy in the Gulf, hands down.", .en),
            .triggers("حليبنا الأفضل في الخليج بلا منازع.", .ar),
            .passes("Rated best in the region by the 2026 Gulf Dairy Awards, an independent panel.", .en),
            .triggers("Our revolutionary new app is the best in the world.", .en),
            .triggers("We are the best operator in the region, full stop.", .en),
            .triggers("خدمة غير مسبوقة ولا مثيل لها في المنطقة.", .ar),
            // A hardship described, and people thanked, are not self-praise; without the thanks it boasts.
            .passes("The pandemic brought unprecedented challenges to every airline, ours included.", .en),
            .passes("فرضت الجائحة تحديات غير مسبوقة على قطاع الطيران كله.", .ar),
            .passes("We extend our gratitude to all the incredible first responders at the site.", .en),
            .passes("شكراً لأبطالنا المذهلين في فرق الطوارئ على جهودهم طوال الليل.", .ar),
            .triggers("We have the best team in the world, and everybody knows it.", .en),
            .triggers("فريقنا الأفضل في المنطقة بلا منازع.", .ar),
            .passes("Our app was rated 4.7 by 12,000 customers, according to an independent survey.", .en),
            .passes("حصلنا على تصنيف A من جهة مستقلة للعام الثالث.", .ar),
        ])

    /// What a superlative can qualify without praising the writer: a hardship ("unprecedented
    /// challenges", «تحديات غير مسبوقة») is the situation described, not a boast.
    static let adversity = Lexicon("tone.hype.adversity", [
        "challenge", "challenges", "crisis", "crises", "difficulties", "hardship", "hardships", "circumstances", "times",
        "pressure", "losses", "disaster", "pandemic", "storm", "damage", "demands on",
        "تحديات", "التحديات", "تحدي", "أزمة", "الأزمة", "ظروف", "الظروف", "صعوبات", "الصعوبات", "كارثة", "الكارثة", "خسائر",
        "أضرار", "جائحة", "الجائحة", "معاناة",
    ])
    /// People a superlative can praise when the sentence thanks them ("our fullest gratitude
    /// to all the incredible first responders", «شكراً لأبطالنا المذهلين»): credit given,
    /// the opposite of self-praise. Without the thanks, "the best team in the world" boasts.
    static let praisedPeople = Lexicon("tone.hype.praised-people", [
        "team", "teams", "colleagues", "staff", "crew", "crews", "volunteers", "first responders", "responders", "doctors",
        "nurses", "employees", "workers", "fans", "supporters", "partners", "players", "people", "heroes",
        "فريق", "=فريقنا", "=الفريق", "زملاء", "=زملائي", "=زملاءنا", "=زملائنا", "المتطوعين", "متطوعين", "الأطباء", "الكوادر",
        "=كوادرنا", "أبطال", "=أبطالنا", "الموظفين", "=موظفينا", "الجماهير", "=جماهيرنا", "اللاعبين", "=لاعبينا",
    ])
    /// How close (in tokens, either side: English puts the superlative first, Arabic after)
    /// the qualified word must stand.
    static let reach = 2

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let check_ = SentencePhraseCheck(trigger: Self.superlatives,
                                            unlessInSentence: [SharedLexicons.evidenceWords, EvidenceLexicons.ratings, EvidenceLexicons.certificates])
    var lexicons: [Lexicon] { Self.check_.lexicons + [Self.adversity, Self.praisedPeople] }

    func check(_ post: PostAnalysis) -> [Finding] {
        let hits = Self.check_.hits(in: post)
        if hits.isEmpty { return [] }
        let boasts = hits.filter { !Self.qualifiesHardship($0, in: post) && !Self.praisesThosePraised($0, in: post) }
        return findings(for: boasts, in: post,
                        suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }

    /// Whether a hit of `lexicon` stands within `reach` tokens of `hit`, in its sentence.
    static func isBeside(_ hit: PhraseMatcher.Hit, _ lexicon: Lexicon, in post: PostAnalysis) -> Bool {
        post.hits(lexicon, inSentence: post.sentenceIndex(of: hit)).contains { other in
            (other.firstToken >= hit.endToken && other.firstToken - hit.endToken < reach)
                || (other.endToken <= hit.firstToken && hit.firstToken - other.endToken < reach)
        }
    }

    static func qualifiesHardship(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        isBeside(hit, adversity, in: post)
    }

    static func praisesThosePraised(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        post.moves.sentences[post.sentenceIndex(of: hit)].makes(.credit) && isBeside(hit, praisedPeople, in: post)
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension HypeRule {
    static let message = Localized(en: "'{1}' is a superlative with nothing behind it; self-praise convinces nobody.",
                                   ar: "«{1}» مبالغة بلا دليل؛ ومدح النفس لا يقنع أحداً.")
    static let suggestion = Localized(en: "Replace it with the evidence: a figure, a certificate, an independent rating or a customer's words.",
                                      ar: "ضع مكانها الدليل: رقماً أو شهادة أو تقييماً مستقلاً أو كلمات عميل.")
}
