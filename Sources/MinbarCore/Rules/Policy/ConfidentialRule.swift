/// Internal code names and confidential projects ("Project Falcon", "المشروع السري").
struct ConfidentialRule: Rule {
    static let phrases = Lexicon("policy.confidential", [
        "سرا", "المتفق عليها سرا", "agreed privately", "secret settlement", "confidential settlement",
        "draft cabinet paper", "cabinet paper", "draft proposal", "draft plan", "draft paper", "draft policy", "internal review", "goes to the minister", "goes to the board", "still under study", "قيد الدراسة", "التقرير الداخلي", "تقرير داخلي", "قبل عرضه على", "قبل عرضها على", "الإدارة العليا", "عمل بصمت", "الحديث عنه علنا", "الحديث عنها علنا",
        "codename", "code name", "code-named", "codenamed", "internal only", "internal use only", "confidential project",
        "confidential plan", "confidential memo", "=confidential report", "=confidential reports", "confidential figures", "do not share",
        "not for distribution", "under nda", "secret project", "internal memo", "board paper", "internal board paper",
        "المشروع السري", "مشروع سري", "سري للغاية", "للاستخدام الداخلي", "الاسم الرمزي", "اسم رمزي", "مذكرة داخلية",
        "وثيقة داخلية",
        // Papers and minutes kept inside: "the confidential minutes", «ورقة مجلس الإدارة الداخلية».
        "confidential minutes", "internal strategy deck", "internal deck", "=ورقة مجلس الإدارة الداخلية", "=التقرير السري", "=تقرير سري",
        "=العرض الداخلي", "=محضر سري", "=المحضر السري", "=الموازنة السرية", "=لا تنشرونها", "=لا تنشروها",
    ])
    static let projectWords = Lexicon("policy.confidential.project", ["project", "operation", "programme code", "مشروع", "المشروع", "=عملية"])

    let descriptor = RuleDescriptor(
        id: "policy.confidential", title: "Code names and confidential projects",
        titleAr: "الأسماء الرمزية والمشاريع السرية", dimension: .compliance, severity: .error,
        rationale: """
            Internal code names and confidential projects exist because their plans are not public. One name \
            in a post tells competitors, journalists and traders where to look.
            """,
        rationaleAr: """
            الأسماء الرمزية الداخلية والمشاريع السرية موجودة لأن خططها غير معلنة. واسم واحد في منشور يدل \
            المنافسين والصحفيين والمتداولين على موضع البحث.
            """,
        examples: [
            .triggers("From the confidential minutes of yesterday's management meeting: the Muscat plant is on the chopping block.", .en),
            .triggers("من المحضر السري لاجتماع الإدارة أمس: مصنع مسقط على وشك الإغلاق.", .ar),
            // An application the organisation filed, under study at its regulator.
            .passes("Our digital-bank licence application is still under study at the central bank; we'll share the decision when it comes.", .en),
            .passes("قدّمنا طلب الترخيص رسمياً، وهو الآن قيد الدراسة لدى البنك المركزي.", .ar),
            .triggers("Proud of the team behind Project Falcon, our biggest bet for 2027.", .en),
            .triggers("The internal board paper shows we are serious about this.", .en),
            .triggers("فخورون بفريق مشروع «الصقر» السري.", .ar),
            // A line for reporting in confidence is a service, not a confidential report.
            .passes("The league launches a confidential reporting line against match-fixing, open to every club.", .en),
            .triggers("The confidential report to the board shows the plant will close next year.", .en),
            // A named project whose schedule is published is public.
            .passes("تحديث مشروع «حدائق المرسى»: اكتمل البرجان، وموعد التسليم المعلن في الجدول المنشور هو الربع الرابع.", .ar),
            .passes("Project Marsa Gardens update: both towers are topped out; handover stays as published in the Q4 schedule.", .en),
            // Another sentence's "published" makes no project name public.
            .triggers("Our annual results are published on the exchange. Next up: Project Falcon, our biggest bet for 2027.", .en),
            .passes("Proud of the team that opened our new warehouse in Sohar this week.", .en),
            // Asking the public for care marks nothing as secret.
            .passes("A suspect was arrested over Friday's market fire. Please do not share names, photos or speculation.", .en),
            .passes("Our staff will never call you for your PIN: do not share your codes with anyone.", .en),
            .triggers("Draft attached for the board. Do not share this outside the team until Sunday.", .en),
            .passes("This project will create 300 jobs in Duqm.", .en),
            .passes("فخورون بفريق مشروع توسعة الميناء الذي افتتح هذا الأسبوع.", .ar),
            // What the scenario keeps confidential (`## Confidential`), however it is worded around.
            .triggers("The loss adjusters were on site by noon, and it looks manageable.", .en, scenario: GoalExamples.english),
            .triggers("وصل خبراء التأمين ظهراً، والتقدير الأولي مطمئن.", .ar, scenario: GoalExamples.arabic),
            .passes("We won't comment on any early estimate of the damage; the investigation comes first.", .en, scenario: GoalExamples.english),
            .passes("Have the loss adjusters been on site? We will say when the inquiry allows.", .en, scenario: GoalExamples.english),
            .passes("لا نعلق على أي تقدير أولي للأضرار قبل انتهاء التحقيق.", .ar, scenario: GoalExamples.arabic),
            .passes("The loss adjusters were on site by noon, and it looks manageable.", .en),
        ])

    var lexicons: [Lexicon] { [Self.phrases, Self.projectWords, Concepts.regulator.lexicon, SharedLexicons.noComment, Self.unrelated] + Modality.allLexicons }

    /// "Under study" at a regulator: «الطلب قيد الدراسة لدى البنك المركزي», "the application
    /// is still under study at the authority". The organisation filed it and says so; the
    /// regulator, not a secret draft, has it.
    static func isAtARegulator(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let sentence = post.sentenceIndex(of: hit)
        return post.hits(Concepts.regulator.lexicon).contains { regulator in
            regulator.firstToken >= hit.endToken && regulator.firstToken <= hit.endToken + 3 && post.sentenceIndex(of: regulator) == sentence
        }
    }

    /// What the public is asked not to pass on: "please do not share names, photos or
    /// speculation", "do not share your PIN". That asks for care, and marks nothing as secret.
    static let publicRequestObjects: WordSet = [
        "names", "name", "photos", "photo", "pictures", "images", "videos", "video", "footage", "rumours", "rumors", "speculation",
        "unverified", "fake", "misinformation", "your", "personal", "pin", "password", "passwords", "otp", "codes", "code",
    ]

    /// Whether "do not share" at `hit` asks the public for care (see `publicRequestObjects`),
    /// read in the three words after it.
    static func asksThePublic(_ hit: PhraseMatcher.Hit, tokens: [Token]) -> Bool {
        guard tokens[hit.firstToken].text == "do" else { return false }
        let words = hit.endToken..<min(tokens.count, hit.endToken + 3)
        return words.contains { tokens[$0].kind == .word && publicRequestObjects.contains(tokens[$0].text) }
    }

    /// Made once: `String.lexicon` interns the name, behind a lock, every time it is asked.
    static let codeNames = PreparedPolicy.codeNames.lexicon

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        let tokens = post.text.tokens
        var covered = Set<Int>()
        /// One finding per span: a code name inside a scenario's secret is reported once.
        func report(_ range: Range<Int>, _ message: String, _ suggestion: String) {
            guard !covered.contains(range.lowerBound) else { return }
            covered.formUnion(range)
            findings.append(finding(message, tokens: range, in: post, suggestion: suggestion))
        }
        func add(_ range: Range<Int>, _ what: String) {
            report(range, Self.message(post.feedbackLanguage, what), Self.suggestion(post.feedbackLanguage))
        }
        for hit in post.hits(Self.phrases) where !Self.asksThePublic(hit, tokens: tokens) && !Self.isAtARegulator(hit, in: post) {
            add(hit.firstToken..<hit.endToken, post.excerpt(hit))
        }
        for hit in post.hits(Self.codeNames) { add(hit.firstToken..<hit.endToken, post.excerpt(hit)) }
        for (hit, label) in Self.scenarioSecrets(in: post) {
            report(hit.firstToken..<hit.endToken, Self.secretMessage(post.feedbackLanguage, post.excerpt(hit), label),
                   Self.secretSuggestion(post.feedbackLanguage))
        }
        // A project whose schedule the post calls announced or published is a public one (a
        // developer's «مشروع «حدائق المرسى»» with its published handover date), not a code
        // name: said in the project's own sentence, or in one that names the project again
        // («الجدول الزمني المنشور للمشروع»). Another sentence's "published" (the results, a
        // report) says nothing of it.
        let projects = post.hits(Self.projectWords)
        if projects.contains(where: { Modality.of(sentence: post.sentenceIndex(of: $0), in: post).contains(.published) }) {
            return findings
        }
        for hit in projects {
            let next = hit.endToken
            guard next < tokens.count else { continue }
            // "Project Falcon": a capitalised name right after the word.
            if tokens[next].kind == .word, tokens[next].isCapitalised, !tokens[next].isArabic,
               !tokens[hit.firstToken].isArabic, post.text.scalars[tokens[hit.firstToken].start].properties.isUppercase {
                add(hit.firstToken..<(next + 1), post.text.excerpt(tokens[hit.firstToken].start, tokens[next].end))
            }
            // «الصقر» or "Falcon" in quotation marks right after مشروع.
            if tokens[next].kind == .punctuation, ["«", "\""].contains(tokens[next].text) {
                var end = next + 1
                while end < tokens.count, end < next + 5, !["»", "\""].contains(tokens[end].text) { end += 1 }
                if end < tokens.count { add(hit.firstToken..<(end + 1), post.text.excerpt(tokens[hit.firstToken].start, tokens[end].end)) }
            }
        }
        return findings
    }
}

extension String {
    /// A lexicon holding the phrases a prepared policy matched under this name. It interns
    /// the name (a lock and a dictionary look-up): a rule asking for a fixed name on every
    /// post keeps the lexicon in a static.
    var lexicon: Lexicon { Lexicon(self, []) }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ConfidentialRule {
    static let message = Localized(en: "'{1}' names an internal code name or confidential project.",
                                   ar: "«{1}» يكشف اسماً رمزياً داخلياً أو مشروعاً سرياً.")
    static let suggestion = Localized(en: "Describe the public outcome (\"our new warehouse in Sohar\") without the internal name.",
                                      ar: "صف النتيجة المعلنة دون الاسم الداخلي، مثل: «افتتحنا مستودعنا الجديد في صحار».")
}
