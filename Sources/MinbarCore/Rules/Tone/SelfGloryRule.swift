/// "Under my leadership", "بفضل رؤيتي": taking credit the team earned. Arabic entries whose
/// "my" is a suffix are marked `=` (exact): stemming would read إنجازي as any إنجاز.
struct SelfGloryRule: Rule {
    static let phrases = Lexicon("tone.self-glory", [
        "what i've built", "i've built", "humbled (again)", "the only ceo", "before i arrived", "before i joined", "أنا اللي", "شككوا فيني", "قبل ما أجي", "قبل قدومي",
        "my leadership", "under my leadership", "my vision", "thanks to me", "i alone", "i built", "i made this",
        "i turned", "i achieved", "my achievement", "my achievements", "my success", "i delivered", "my own", "my idea",
        "proud of myself", "i single-handedly", "my decision saved", "because of me",
        "=بفضل قيادتي", "=تحت قيادتي", "=بقيادتي", "=رؤيتي", "=إنجازي", "=إنجازاتي", "=انجازي", "=انجازاتي", "=نجاحي", "=بجهودي",
        // «أنا من» with the deed: "I am the one who saved it". Alone it is also "I am one of"
        // («أنا من جمهور الأهلي»), which claims nothing.
        "أنا من أسس", "أنا من بنى", "أنا من أنقذ", "أنا من قاد", "أنا من حقق", "أنا من صنع", "أنا من أطلق", "أنا من وضع",
        "أنا من أعاد", "أنا من جعل", "أنا من رفع", "أنا من أسست", "أنا من بنيت", "أنا من حققت", "أنا من اتخذ", "أنا من حول",
        "أنا من نقل", "أنا من قرر", "أنا من وفر", "أنا من فاوض", "أنا من وقع", "أنا من جلب", "أنا من أدار", "أنا من طور",
        // Not «قراري» alone: «هذا قراري، وأنا آسف» owns a decision, as "this is my decision" does.
        "أنا الذي", "=بفضل قراري", "=قراري أنقذ", "=قراري الذي أنقذ", "=قراري هو الذي", "=بفضلي", "=فخور بنفسي",
        "since i put", "since i took over", "when i took over", "after i took over", "since i became ceo", "when the top sets the tone",
        "=فكرتي أنا", "=كان فكرتي", "=كانت فكرتي", "=وحولته إلى", "=حولته إلى", "=وحولتها إلى", "=حولتها إلى",
        "i'm the one who saved", "i am the one who saved", "i'm the one who moved", "the one who saved it",
        "=منذ توليت", "=منذ أن توليت", "=من يوم توليت", "=من يوم مسكت", "=من يوم ما مسكت", "=لما مسكت", "=بعد ما مسكت",
    ])
    static let singular = Lexicon("tone.self-glory.singular", ["i", "me", "my", "mine", "myself", "أنا", "انا", "=نفسي"])
    static let plural = Lexicon("tone.self-glory.plural", [
        "we", "our", "us", "ours", "team", "teams", "colleagues", "together", "everyone", "staff", "employees", "people",
        "نحن", "فريق", "فريقنا", "الفريق", "زملائي", "زملاؤنا", "زملائنا", "معا", "معاً", "موظفينا", "كوادرنا", "الجميع",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.self-glory", title: "Self-glory over team credit",
        titleAr: "تمجيد الذات على حساب الفريق", dimension: .professionalism, severity: .warning,
        rationale: """
            The account exists to serve the organisation, not the executive's personal fame. Credit given to \
            the team builds trust inside and outside; credit taken by the leader costs both.
            """,
        rationaleAr: """
            الحساب موجود لخدمة المؤسسة لا لشهرة القيادي. ونسبة الفضل إلى الفريق تبني الثقة في الداخل \
            والخارج، واستئثار القائد به يخسره الاثنتين.
            """,
        examples: [
            .triggers("إطلاق التطبيق كان فكرتي أنا، وهو اليوم قناتنا الأكبر.", .ar),
            .triggers("Everyone forgot the company was losing money, and I'm the one who saved it.", .en),
            .triggers("Proud of what we've built since I put safety at the top of the agenda.", .en),
            .triggers("من يوم توليت الإدارة تغيرت النتائج.", .ar),
            .passes("Since I joined, our crews have built this record themselves.", .en),
            // Owning a hard decision is no boast; crediting it with the rescue is.
            .passes("أبلغت اليوم 120 زميلاً بإغلاق المخبز. هذا قراري، وأنا آسف لما يعنيه لهم ولأسرهم.", .ar),
            .passes("Today I told 120 colleagues the bakery will close. This is my decision and I am sorry for what it means for them.", .en),
            .triggers("قراري أنقذ الشركة من الإفلاس، والأرقام تشهد.", .ar),
            .triggers("My decision saved the company from bankruptcy, and the numbers prove it.", .en),
            .passes("منذ انضمامي، بنى زملائي هذا السجل بأنفسهم.", .ar),
            .triggers("Under my leadership we doubled revenue. My vision made this happen.", .en),
            .triggers("I built this company and I achieved what nobody thought possible.", .en),
            .triggers("بفضل رؤيتي حققت الشركة أرباحاً قياسية.", .ar),
            .triggers("الكل نسي أن الشركة كانت تخسر، وأنا من أنقذها وأعادها إلى الربح.", .ar),
            .passes("أنا من جمهور النادي منذ طفولتي، ونحن أهل وإخوان.", .ar),
            .triggers("أنا من نقل المصنع إلى صحار ووفر مئتي وظيفة لأبناء المنطقة.", .ar),
            .passes("Our team doubled on-time deliveries this year. Thank you to every colleague in Sohar.", .en),
            .passes("I am sorry. I wrote those words and I was wrong.", .en),
            .passes("بفضل جهود فريقنا حققنا أرباحاً قياسية. شكراً لكل زملائي.", .ar),
        ])

    var lexicons: [Lexicon] { [Self.phrases, Self.singular, Self.plural] }

    func check(_ post: PostAnalysis) -> [Finding] {
        findings(for: Array(post.hits(Self.phrases).prefix(2)), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension SelfGloryRule {
    static let message = Localized(en: "'{1}' takes personal credit; the account serves the organisation, not the executive's fame.",
                                   ar: "«{1}» نسبة الفضل إلى نفسك؛ والحساب يخدم المؤسسة لا شهرة القيادي.")
    static let suggestion = Localized(en: "Give the credit to the team by name or role (\"our engineers\", \"our field crews\"); use we, not I.",
                                      ar: "انسب الفضل إلى الفريق بالاسم أو الدور («مهندسونا»، «فرقنا الميدانية»)، وقل «نحن» لا «أنا».")
}
