/// Condemning somebody's character or motives ("two-faced", "saboteur", "shameful",
/// «المخرب», «تتلون») instead of stating what they did. Not an insult, so it does not
/// veto; a note, so each such word costs a little and a post full of them reads as
/// harsher than a post with one. Condemning one's own mistake inside an apology ("It
/// was shameful. I am so sorry") is owning it, and does not count.
struct CondemnationRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.condemnation", title: "Condemning people instead of stating facts",
        titleAr: "إدانة الآخرين بدل ذكر الوقائع", dimension: .professionalism, severity: .note,
        rationale: """
            An official account that calls a critic, a rival or another state "two-faced" or a "saboteur" \
            is quoted for the word, not for the argument. Coaches read condemnation as loss of composure even \
            when no insult is used: say what happened and what you disagree with, and let readers judge.
            """,
        rationaleAr: """
            الحساب الرسمي الذي يصف منتقداً أو منافساً أو دولة أخرى بأنها «تتلون» أو «مخربة» يُقتبس منه الوصف \
            لا الحجة. ويرى المدربون في لغة الإدانة فقداناً للاتزان وإن خلت من الشتائم: قل ما حدث وما الذي \
            تختلف معه، ودع القارئ يحكم.
            """,
        examples: [
            .triggers("Our rival's campaign is a shameful smear, run by people with no shame.", .en),
            .triggers("The union's leaders are hypocrites who betrayed us.", .en),
            .triggers("المشكلة في سياستهم التي تتلون كل يوم.", .ar),
            .triggers("هذه أكاذيب يرددها الحاقدون على نجاحنا.", .ar),
            .passes("Our tweet was shameful. We are sorry, and we have removed it.", .en),
            .passes("This is not a smear campaign; it is a fair question, and here is our answer.", .en),
            .passes("According to the report, the board called the leak 'shameful'.", .en),
            .passes("We disagree with the union's figures: overtime fell 4% this year, not 20%.", .en),
            .passes("كانت تغريدتنا مشينة، ونعتذر عنها وقد حذفناها.", .ar),
            .passes("نختلف مع ما نُشر: انخفضت ساعات العمل الإضافية ٤٪ هذا العام.", .ar),
            .passes("الخبر المتداول عار عن الصحة، وسننشر البيانات كاملة غداً.", .ar),
            .passes("ليست حملة تشويه مغرضة، بل سؤال مشروع وهذا جوابنا.", .ar),
            .passes("قال رئيس المجلس إن التسريب كان «مخزياً»، والتحقيق جارٍ.", .ar),
            // Condemning an attack or abuse suffered by people condemns no critic.
            .passes("We strongly condemn this cowardly terrorist attack on innocent worshippers.", .en),
            .passes("تدين المملكة بأشد العبارات الهجوم الإرهابي الجبان الذي استهدف المصلين الآمنين.", .ar),
            .passes("We are disgusted by the racist abuse our player received online after Saturday's match.", .en),
            .passes("نستنكر بشدة الإساءات العنصرية المشينة التي تعرض لها لاعبنا عبر مواقع التواصل.", .ar),
            .triggers("Critics who call our pricing abusive are shameless hypocrites.", .en),
            .triggers("الإعلام المغرض يشن حملة مخزية على شركتنا.", .ar),
            .triggers("The regulator's decision is a disgrace and an attack on every investor in this country.", .en),
        ])

    var lexicons: [Lexicon] {
        [Concepts.condemnation.lexicon, MoveLexicons.apology, MoveLexicons.ownership, Concepts.mistreatment.lexicon, SharedLexicons.acts]
            + Modality.allLexicons
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        let language = post.feedbackLanguage
        var findings: [Finding] = []
        // Two forms can match the same words ("تتلون" and "يتلون" both reach «وتتلون»):
        // one finding per place in the post.
        var covered = Set<Int>()
        for hit in post.hits(Concepts.condemnation.lexicon).sortedIfNeeded(by: { ($0.firstToken, $1.endToken) < ($1.firstToken, $0.endToken) })
        where !(hit.firstToken..<hit.endToken).contains(where: covered.contains) {
            covered.formUnion(hit.firstToken..<hit.endToken)
            let sentence = post.sentenceIndex(of: hit)
            guard !Modality.negates(hit.firstToken, in: post),
                  !Modality.of(sentence: sentence, in: post).contains(.quotation),
                  !ownsIt(near: sentence, in: post),
                  // Condemning what was done to people stands with them: "this cowardly
                  // attack" («الهجوم الإرهابي الجبان»), "disgusted by the racist abuse our
                  // player received". The harsh word is aimed at an act, not at a critic.
                  !SharedLexicons.describesAnAct(hit, in: post),
                  !post.sentence(sentence, has: Concepts.mistreatment.lexicon) else { continue }
            findings.append(finding(Self.message(language, post.excerpt(hit)), tokens: hit.firstToken..<hit.endToken,
                                    in: post, suggestion: Self.suggestion(language)))
        }
        return findings
    }

    /// An apology or an admission of fault in the sentence or beside it: the harsh word
    /// is about one's own conduct.
    private func ownsIt(near sentence: Int, in post: PostAnalysis) -> Bool {
        return post.sentences(around: sentence).contains { post.sentence($0, has: MoveLexicons.apology) || post.sentence($0, has: MoveLexicons.ownership) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension CondemnationRule {
    static let message = Localized(en: "'{1}' condemns people instead of stating what they did; readers will quote the word, not your point.",
                                   ar: "«{1}» إدانة للأشخاص بدل ذكر ما فعلوه؛ سيقتبس الناس الوصف لا حجتك.")
    static let suggestion = Localized(en: "State the fact you dispute and your evidence, e.g. 'We disagree: overtime fell 4% this year, not 20%.'",
                                      ar: "اذكر الواقعة التي تعترض عليها ودليلك. مثال: «نختلف مع ما نُشر: انخفضت ساعات العمل الإضافية ٤٪ هذا العام».")
}
