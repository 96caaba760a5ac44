/// Mergers, acquisitions and talks that have not been announced.
struct MergerTalkRule: Rule {
    static let phrases = Lexicon("policy.mna", [
        "the deal", "valuation gap", "walking away from", "walk away from", "looking very closely at", "looking closely at", "took our call", "start-ups to buy", "المالك الجديد", "نقترب من إتمام",
        "merger", "merge with", "merging with", "acquisition", "acquire", "acquiring", "takeover", "=take over", "bid for",
        // The nouns are the deal; the verbs are everyday ("combined with strong demand", "we
        // talked with the team"): exact, so stemming does not turn one into the other.
        "exploring a sale", "sale of the company", "sell the company", "=combine with", "tie-up", "joint bid", "due diligence",
        "=talks with", "in talks", "=discussions with", "=negotiations with", "approach from", "offer for the company",
        // «صفقة» alone is a shop's "deal of the day"; the deal of a merger names its kind or its other side.
        "اندماج", "الاندماج", "استحواذ", "الاستحواذ", "صفقة الاستحواذ", "صفقة استحواذ", "صفقة الاندماج", "صفقة مع", "الصفقة مع",
        "إتمام الصفقة", "تفاصيل الصفقة", "قيمة الصفقة", "شروط الصفقة", "مفاوضات", "المفاوضات", "محادثات", "المحادثات",
        "نتفاوض", "العناية الواجبة", "=المباحثات مع", "=مباحثات مع", "=مباحثاتنا مع", "الفحص النافي للجهالة", "شراء حصة", "بيع حصة", "عرض شراء", "عرض للاستحواذ",
        // A sale of a part of the business, and the buyers lining up.
        "a buyer for", "buyers for", "potential buyer", "potential buyers", "interested buyers", "divest",
        "divestment", "divesting", "spin off", "spin-off", "sale of our", "sell our stake", "parties have approached", "have approached us",
        "مشتر محتمل", "مشترين محتملين", "المشترين المحتملين", "بيع وحدة", "بيع ذراع", "التخارج من",
    ])
    /// What people acquire every day: "acquire digital skills", «اكتساب الخبرات».
    static let everydayObjects = Lexicon("policy.mna.everyday", [
        "skills", "knowledge", "experience", "expertise", "habits", "language skills", "tools", "mindset", "qualifications",
        "مهارات", "المهارات", "=خبرات", "=الخبرات", "المعرفة", "معارف",
    ])
    /// A player's move between clubs: a club's "deal" and "negotiations" are a transfer,
    /// not a merger («صفقة انتقال اللاعب», "the striker's loan deal").
    static let playerTransfer = Lexicon("policy.mna.player-transfer", [
        "transfer window", "player", "striker", "goalkeeper", "midfielder", "defender", "loan deal", "contract extension",
        "صفقة انتقال", "=اللاعب", "=لاعب", "=للاعب", "=التعاقد", "=إعارة", "=المهاجم", "=الحارس", "=المدافع", "تجديد عقد",
        "الانتقالات", "فترة الانتقالات", "الميركاتو",
    ])
    static let done = Lexicon("policy.mna.done", [
        // Exact: their word forms read "completing", a deal still to close.
        "=completed", "=completion", "as announced", "announced in", "closed the acquisition", "welcome", "integration",
        "with the union", "with the unions", "with employees", "with staff", "with our staff", "with the regulator", "with customers",
        "=أتممنا", "اكتملت", "كما أعلنا", "المعلن عنها", "مع النقابة", "مع الموظفين", "مع الجهة المنظمة", "مع العملاء",
        "اكتمال", "=أكملنا",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.mna", title: "Merger and acquisition talks",
        titleAr: "الحديث عن الاندماج والاستحواذ", dimension: .compliance, severity: .error,
        rationale: """
            Talks about a merger, an acquisition or a sale are inside information until the exchange is told. \
            Confirming, hinting at or denying them on social media can move the price and break disclosure \
            rules. The only safe line is that you do not comment on market speculation.
            """,
        rationaleAr: """
            مفاوضات الاندماج أو الاستحواذ أو البيع معلومات داخلية حتى تُبلَّغ بها البورصة. وتأكيدها أو \
            التلميح إليها أو نفيها على وسائل التواصل قد يحرك السعر ويخالف قواعد الإفصاح. والعبارة الآمنة \
            الوحيدة: لا نعلّق على تكهنات السوق.
            """,
        examples: [
            .triggers("المباحثات مع موانئ الخليج تتقدم بشكل جيد، وسنعلن التفاصيل قريباً.", .ar),
            .triggers("Talks with Gulf Ports are progressing well, and we will announce the details soon.", .en),
            .passes("بحث الوزير في مباحثاته مع نظيره التعاون في مجال الطاقة.", .ar),
            .triggers("Ignore the rumours. We are in the final stage of due diligence on Harbour Line.", .en),
            // Reporting the rumour to decline it, the refusal in the next sentence.
            .passes("We have seen reports about a possible acquisition. Our policy is not to comment on market rumours.", .en),
            .passes("اطلعنا على ما يتداول عن صفقة استحواذ محتملة. سياستنا عدم التعليق على ما يتداول في السوق.", .ar),
            .triggers("Talks with Gulf Ports are progressing well; expect news soon.", .en),
            .triggers("We are in the final stage of due diligence on a regional acquisition.", .en),
            .triggers("المفاوضات مع قمة للاتصالات في مراحلها الأخيرة.", .ar),
            .passes("We have completed the acquisition of Barka Cold Stores, as announced in June.", .en),
            .passes("Our Future Skills programme helps young nationals acquire in-demand digital skills. Registration is free.", .en),
            .passes("صفقة اليوم: سماعات لاسلكية بـ ٩٩ درهماً فقط بدلاً من ١٩٩، لليوم فقط!", .ar),
            .passes("We do not comment on market rumours. Any material news goes to the exchange first.", .en),
            .passes("لا نعلق على الشائعات، وأي معلومة جوهرية نفصح عنها عبر البورصة أولاً.", .ar),
            .passes("As our clarification on Boursa Kuwait this morning says, the company has received no offer and is not in talks with anyone.", .en),
            .passes("نوضح، كما ورد في إعلاننا المنشور على تداول، أنه لا توجد أي مفاوضات قائمة مع أي جهة.", .ar),
            // A club's transfer talks are about a player, not a company.
            .passes("نعرب عن أسفنا لتعثر صفقة انتقال اللاعب بعد مفاوضات طويلة مع ناديه.", .ar),
            .passes("Talks with the club over the striker's loan deal have ended without agreement.", .en),
            .triggers("نعرب عن أسفنا لتعثر المفاوضات مع شركة الاتصالات حول الاندماج.", .ar),
            // A refusal that a "but" leaves behind refuses nothing after it; "we will announce
            // the details soon" promises news that is not out, so the talks are not published.
            .triggers("We don't comment on rumours, but the deal with Gulf Ports is almost done.", .en),
            .triggers("لا نعلق على الشائعات، لكن الصفقة مع قمة شبه منتهية.", .ar),
            .triggers("Talks with Gulf Ports are progressing well, and we will announce the details soon.", .en),
            .triggers("المفاوضات مع موانئ الخليج تسير بشكل جيد وسنعلن التفاصيل قريباً.", .ar),
            .passes("We have seen the reports about talks with Gulf Ports; we do not comment on market speculation.", .en),
            .passes("اطلعنا على ما يتداول عن مفاوضات مع موانئ الخليج، ولا نعلق على تكهنات السوق.", .ar),
            // Buyers for a part of the business.
            .triggers("Several parties have approached us about our ports unit, and we're confident a buyer for it will pay a premium.", .en),
            .triggers("هناك مشترين محتملين لوحدة الموانئ، ونتوقع أن يدفعوا علاوة مجزية.", .ar),
            .passes("Interested parties can register for the open day at the Sohar plant on 12 March.", .en),
            // "Still" («لا نزال») denies nothing, and a deal still to complete is not done.
            .triggers("لا تزال على الطاولة. لا نزال نعمل على الاستحواذ، وكنا نتحدث عن إكمال صفقة بنهاية العام الحالي.", .ar),
            .triggers("It is still on the table. We are still working on the acquisition and were talking about completing a deal by the end of this year.", .en),
        ])

    /// Built once: as a computed property it was rebuilt, arrays and all, for every post.
    static let check_ = SentencePhraseCheck(trigger: Self.phrases, unlessInSentence: [Self.done, Self.everydayObjects, Self.playerTransfer],
                                            window: 1, refusals: [SharedLexicons.noComment], refusalsNear: [MoveLexicons.decline])
    var lexicons: [Lexicon] { Self.check_.lexicons + Modality.allLexicons }

    /// "No offer and not in talks", «لا توجد أي مفاوضات»: a denial mentions the talks to
    /// rule them out.
    func check(_ post: PostAnalysis) -> [Finding] {
        let hits = Self.check_.hits(in: post).filter { hit in
            !Modality.negates(hit.firstToken, in: post, clause: true)
                && Modality.of(sentence: post.sentenceIndex(of: hit), in: post).isDisjoint(with: [.quotation, .published])
        }
        return findings(for: hits, in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension MergerTalkRule {
    static let message = Localized(en: "'{1}' discusses a deal that has not been announced; that is inside information.",
                                   ar: "«{1}» حديث عن صفقة لم تُعلن؛ وهذه معلومات داخلية.")
    static let suggestion = Localized(en: "Say you do not comment on market speculation and that material news goes to the exchange first.",
                                      ar: "قل إنك لا تعلّق على تكهنات السوق، وإن الأخبار الجوهرية تُعلن في البورصة أولاً.")
}
