/// A plot or a crooked method charged as fact with nobody named: "cheap conspiracies", "an
/// orchestrated campaign", «تكالبت الجهود لكي لا نتأهل», «حملات إعلامية ممنهجة». Nobody can
/// answer it, and every reader fills in a culprit, so the organisation has accused them all.
/// A frame among `PersonalAttackRule.badFaithFrames`, explained by its own message rather
/// than as an attack on one person.
extension PersonalAttackRule {
    /// A plot or a crooked method charged as fact, its authors left for the reader to name:
    /// "an orchestrated campaign", "cheap conspiracies", «مؤامرات رخيصة», «حملات ممنهجة»,
    /// «تكالبت». Not a plot's name alone: «مؤامرات الأعداء لن تنال من الوطن» is a vow, and a
    /// road's «طرق ملتوية» are its bends (only «طرقاً ملتوية», used by someone, are methods).
    static let plotCharged = Concept("plot-charged", [
        "cheap conspiracies", "cheap conspiracy", "orchestrated campaign", "orchestrated campaigns", "coordinated campaign against",
        "witch hunt", "witch-hunt", "crooked methods", "underhanded methods", "dirty tricks",
        "=مؤامرات رخيصة", "=لمؤامرات رخيصة", "=مؤامرة رخيصة", "=بمؤامرة", "=مؤامرة متكاملة", "=تكالبت", "=تكالبوا", "=تكالب علينا",
        "=طرقا ملتوية", "=بطرق ملتوية", "=أساليب ملتوية", "=بأساليب ملتوية", "=حملات ممنهجة", "=حملة ممنهجة", "=حملات إعلامية ممنهجة",
        "=حملة إعلامية ممنهجة", "=حملة مغرضة", "=حملات مغرضة",
    ])

    /// Not denied, quoted, asked, condemned, warned against or reported as someone's claim.
    static let plotFrame = Frame(anchor: plotCharged, without: [Concepts.condemning, Concepts.denial, reportedClaim] + Concepts.notACharge,
                                 blockedBy: [.negation, .quotation, .question])

    static let plotMessage = Localized(en: "'{1}' charges a plot as fact without naming or showing it: every reader fills in a culprit, and the organisation has accused them.",
                                       ar: "«{1}» اتهامٌ بمؤامرة أو بسوء نية يُقدَّم حقيقةً بلا اسم ولا دليل، فيضع كل قارئ اسماً، وتكون المؤسسة قد اتهمته.")
    static let plotSuggestion = Localized(en: "Say what happened and what you are doing about it; take a complaint with evidence to the body that can rule on it.",
                                          ar: "اذكر ما حدث وما تفعله حياله، وقدّم أي شكوى بأدلتها إلى الجهة المختصة بالفصل فيها.")
}
