/// Which findings tell the executive not to post: every compliance error, and the
/// professionalism errors that are attacks rather than style (personal attacks,
/// profanity and insults, slurs, threats, exploiting or mocking a tragedy, gloating). A warning or a note
/// never vetoes; a policy that lowers a rule to a warning lifts its veto too.
public enum Veto {
    // The rule-id lists are `WordSet`s: they are asked about every finding of every post,
    // and a `Set<String>` hashed each id with SipHash where these read its bytes.

    /// Professionalism rules whose errors veto a post.
    public static let professionalismRules: WordSet = [
        "tone.personal-attack", "tone.profanity", "tone.slur", "tone.threat", "tone.tragedy-exploitation",
        "tone.tragedy-mockery", "tone.gloating",
    ]

    /// Whether `finding` vetoes its post.
    public static func vetoes(_ finding: Finding) -> Bool {
        guard finding.severity == .error else { return false }
        return finding.dimension == .compliance
            || (finding.dimension == .professionalism && professionalismRules.contains(finding.ruleID))
    }

    /// What a compliance veto costs the professionalism score (a `judgement.veto`
    /// finding): posting what must not be posted is a lapse of judgement, but a polite
    /// post that leaks a figure is still polite, so it is a cost, not a collapse.
    public static let judgementCost = 12
    /// What a veto by a conduct rule costs instead: as much as a professionalism error.
    /// Demeaning a group, mocking a regulator, blaming a victim before the inquiry ends,
    /// joking about solvency or touting an asset is a failure of conduct however politely
    /// it is worded, and a coach grades it with the attacks, not with the leaks.
    public static let conductCost = 30
    /// Compliance rules whose breach is a matter of conduct rather than disclosure.
    public static let conductRules: WordSet = [
        "policy.hate-speech", "policy.demeaning-group", "policy.regulator-mockery", "policy.prejudging",
        "policy.solvency", "policy.price-promotion", "policy.undisclosed-endorsement",
    ]
    public static let ruleID = "judgement.veto"

    /// Whether `finding` is a breach of conduct rather than of disclosure.
    public static func isConduct(_ finding: Finding) -> Bool { conductRules.contains(finding.ruleID) }

    /// What vetoing `finding` costs the professionalism score.
    public static func cost(of finding: Finding) -> Int { isConduct(finding) ? conductCost : judgementCost }

    /// Findings that are advice, not judgement: they are reported with their suggestion
    /// but cost no points. A long, careful statement is not unprofessional for its length;
    /// the platform note suggests a thread or another platform instead. A long sentence
    /// is the same kind of fit to a phone screen, not a lapse of professionalism: coaches
    /// grading real posts rank careful statements written in long sentences high.
    public static let adviceOnly: WordSet = ["platform.length", "style.readability"]
}

extension Veto {
    /// `judgement.veto` explained like a rule: the engine adds it beside the first finding
    /// that vetoes a post, so the professionalism score says what the verdict says.
    public static let descriptor = RuleDescriptor(
        id: ruleID, title: "Do not post: a finding that vetoes the post", titleAr: "لا تنشر: مخالفة تمنع النشر",
        dimension: .professionalism, severity: .warning,
        rationale: """
            Some findings are not a matter of polish: every compliance error (inside information, guidance, \
            personal data, prejudging a case…) and the professionalism errors that attack people (insults, \
            slurs, threats, mocking or exploiting a tragedy, gloating). Any one of them makes the verdict \
            "blocked". Posting a compliance breach anyway is also a lapse of judgement, so this finding, beside \
            the first one, costs professionalism: 12 points for a disclosure breach (a polite post that leaks \
            a figure is still polite), 30 for a breach of conduct (demeaning a group, mocking a regulator, \
            prejudging, touting an asset), whatever the wording.
            """,
        rationaleAr: """
            بعض المخالفات ليست مسألة صياغة: كل خطأ في الالتزام (معلومة داخلية، توقعات مالية، بيانات شخصية، \
            استباق حكم في قضية…) وأخطاء المهنية التي تهاجم الناس (الشتائم، والألفاظ المهينة، والتهديد، \
            والسخرية من مأساة أو استغلالها، والشماتة). أيٌّ منها يجعل الحكم «ممنوع». ونشر مخالفة التزام رغم \
            ذلك خطأ في التقدير أيضاً، ولذلك تكلّف هذه الملاحظة، بجانب المخالفة الأولى، من درجة المهنية: ١٢ نقطة \
            لمخالفة إفصاح (فالمنشور المهذب الذي يسرّب رقماً يبقى مهذباً)، و٣٠ لمخالفة في آداب الخطاب (تحقير فئة، \
            أو السخرية من جهة رقابية، أو استباق الحكم، أو الترويج لأصل)، أياً كانت الصياغة.
            """,
        examples: [
            .triggers("Q3 profit will top OMR 40 million, well ahead of what the market expects.", .en),
            .triggers("أرباح الربع الثالث ستتجاوز ٤٠ مليون ريال، أعلى بكثير مما يتوقعه السوق.", .ar),
            .passes("Our Q3 results are out today on the MSX website: revenue rose 12%.", .en),
            .passes("نتائج الربع الثالث منشورة اليوم على موقع بورصة مسقط: ارتفعت الإيرادات ١٢٪.", .ar),
        ])
}

// The `judgement.veto` finding's words, in English and Arabic; the post's feedback
// language chooses, as it does for the rules' own findings.
extension Veto {
    static let message = Localized(en: "Do not post this: '{1}' vetoes it, and publishing it would be a lapse of judgement.",
                                   ar: "لا تنشر هذا: القاعدة «{1}» تمنع نشره، ونشره رغم ذلك خطأ في التقدير.")
    static let suggestion = Localized(en: "Fix what '{1}' points at first.", ar: "عالج أولاً ما تشير إليه القاعدة «{1}».")
    static let conductMessage = Localized(en: "Do not post this: '{1}' vetoes it, and it is a failure of conduct that no wording makes professional.",
                                          ar: "لا تنشر هذا: القاعدة «{1}» تمنع نشره، وهو إخلال بآداب الخطاب لا تصلحه أي صياغة.")
}
