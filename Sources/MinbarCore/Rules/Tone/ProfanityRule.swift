/// Swearing and insults. An executive's account is quoted as the organisation's voice;
/// one rude word becomes the headline.
struct ProfanityRule: Rule {
    static let words = Lexicon("tone.profanity", [
        "fuck*", "shit", "shitty", "bullshit", "damn", "damned", "crap", "crappy", "bastard", "bastards", "bitch", "asshole",
        "wtf", "stfu", "piss off", "pissed", "screw them", "screw you", "hell no", "bloody",
        "لعنة", "تبا", "تباً", "يلعن", "اللعنة", "كلب", "كلاب", "زفت", "خرا", "تفو",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.profanity", title: "Profanity and insults",
        titleAr: "الألفاظ النابية والشتائم", dimension: .professionalism, severity: .error,
        rationale: """
            An executive's account is an official source: newsrooms quote it as the organisation speaking. \
            A curse or an insult, even in jest or in reply to provocation, becomes the story and undoes the \
            reputation the account exists to build.
            """,
        rationaleAr: """
            حساب القيادي مصدر رسمي: تقتبس منه غرف الأخبار على أنه صوت المؤسسة. والشتيمة أو الإهانة، ولو \
            مزاحاً أو رداً على استفزاز، تصبح هي القصة، وتهدم السمعة التي وُجد الحساب ليبنيها.
            """,
        examples: [
            .triggers("This is a damn good quarter and the critics are idiots.", .en),
            .triggers("What the fuck were they thinking?", .en),
            .triggers("هذا كلام تافه ولا يستحق الرد.", .ar),
            .triggers("تباً لهذه الشائعات.", .ar),
            .passes("A tough quarter. Here is what we are doing about it.", .en),
            .passes("The Mayor joined 200 volunteers collecting rubbish on Qurum beach this morning.", .en),
            .passes("نشكر كل من شاركنا رأيه، ونعمل على تحسين الخدمة.", .ar),
        ])

    var lexicons: [Lexicon] { [Self.words, SharedLexicons.insults] }

    func check(_ post: PostAnalysis) -> [Finding] {
        let insults = post.hits(SharedLexicons.insults).filter { !SharedLexicons.literalInsults.contains(post.excerpt($0).lowercased()) }
        return findings(for: (post.hits(Self.words) + insults), in: post,
                 suggestion: Self.suggestion(post.feedbackLanguage)) { Self.message(post.feedbackLanguage, $0) }
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ProfanityRule {
    static let message = Localized(en: "'{1}' is profane or insulting; on an official account it becomes the quote everyone repeats.",
                                   ar: "«{1}» لفظ بذيء أو مهين؛ وعلى حساب رسمي يصبح العبارة التي يكررها الجميع.")
    static let suggestion = Localized(en: "Remove it. Say what you disagree with and give the fact that answers it.",
                                      ar: "احذفه. قل ما تختلف معه، واذكر الحقيقة التي ترد عليه.")
}
