/// Capitals in English, stretched letters (جداااا، رائـــــع) in Arabic: both read as shouting.
struct ShoutingRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tone.shouting", title: "Shouting",
        titleAr: "الصراخ بالكتابة", dimension: .professionalism, severity: .warning,
        rationale: """
            Text in capitals, or Arabic words stretched with repeated letters or tatweel, reads as raised \
            voice. A leader's post should sound calm and in control, especially when the news is bad.
            """,
        rationaleAr: """
            النص المكتوب بالأحرف اللاتينية الكبيرة، أو الكلمات العربية الممطوطة بتكرار الحروف أو بالتطويل، \
            يُقرأ كأنه صراخ. وينبغي أن يبدو منشور القائد هادئاً ومتمكناً، لا سيما حين يكون الخبر سيئاً.
            """,
        examples: [
            .triggers("We are NOT going to accept these FALSE claims.", .en),
            .triggers("THANK YOU TEAM!", .en),
            .triggers("نتائج رائعـــــــة هذا العام", .ar),
            .triggers("شكراً جزيلاً جداااااا لكل الفريق", .ar),
            .passes("Our CEO and CFO will join the ESG panel at the AGM.", .en),
            .passes("نتائج جيدة هذا العام بفضل جهود الفريق.", .ar),
            .passes("أجواء العيد في المكتب هههههه كل عام وأنتم بخير", .ar),
            // A brand in capitals inside Arabic is its name; a shouted word is still shouting.
            .passes("ننبه عملاءنا إلى أن تطبيق CIH MOBILE لا يطلب أبداً تحديث بياناتكم عبر رابط في رسالة نصية.", .ar),
            .triggers("ما نشر عن الشركة اليوم كلام لا أساس له من الصحة على الإطلاق، NOT TRUE.", .ar),
            .triggers("تحذير مهم لعملائنا الكرام: WARNING لا تشاركوا رمز التحقق مع أي شخص يتصل بكم.", .ar),
            .passes("استمتعوا بباقات WE الجديدة وعروض THE ONE حتى نهاية الشهر في جميع فروعنا.", .ar),
        ])

    /// Latin words shouted inside an Arabic post ("WARNING", "SCAM", "NOT TRUE"): not the
    /// short function words of `emphaticShortWords`, which brands are made of ("WE", "ALL").
    static let shoutedInArabicPosts: WordSet = [
        "not", "never", "no", "stop", "warning", "scam", "fake", "lies", "liar", "false", "true", "now", "urgent", "important",
        "alert", "danger", "joke", "wow", "omg", "attention", "shame",
    ]

    /// Short words people put in capitals to shout; other short capitals are taken as
    /// acronyms (HR, SMS, APSR).
    static let emphaticShortWords: WordSet = [
        "no", "not", "never", "yes", "all", "us", "we", "you", "stop", "now", "this", "very", "must", "will", "ever", "only",
        "fake", "lies", "huge", "best", "wow", "omg", "joke", "true", "real", "dare", "ours", "our", "why", "how", "what",
        "free", "done", "wins", "won", "big", "sale", "is", "are", "do", "did", "it", "my", "me", "the", "and", "or", "off",
        "today", "just", "love", "go", "got",
    ]

    /// Capitalised words that are names, not shouting.
    static let acronyms: WordSet = [
        "ebitda", "nasdaq", "unesco", "haccp", "adnoc", "ohsas", "asean", "covid", "swift", "aramco", "sabic", "unicef",
        "opec", "msci", "fssc", "iata", "icao", "leed", "neom", "nato", "fifa", "iban", "esg", "gcc", "ceo", "cfo", "hsbc", "kpmg",
        "ikea", "ifrs", "gaap", "sukuk", "omr", "sar", "aed", "usd", "ebit", "capex", "opex", "roce", "kpis", "ipo", "agm", "coo",
        "cto", "sme", "smes", "msx", "jci", "bsi", "ohs", "hse", "epc", "sla", "ppe", "csr", "uae", "ksa", "gcc's", "dhl", "stc",
    ]

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        let tokens = post.text.tokens
        // English: a run of capitalised words with 8+ letters, or one word of 7+ (acronyms are short).
        let arabicPost = post.text.language == .ar
        var shortEmphatic = 0
        for index in tokens.indices where tokens[index].isAllCaps && Self.emphaticShortWords.contains(tokens[index].text) { shortEmphatic += 1 }
        var index = 0
        while index < tokens.count {
            guard tokens[index].isAllCaps else { index += 1; continue }
            var end = index
            var letters = 0
            while end < tokens.count, tokens[end].isAllCaps || (tokens[end].kind == .punctuation && end + 1 < tokens.count && tokens[end + 1].isAllCaps) {
                letters += tokens[end].letterCount
                end += 1
            }
            let words = tokens[index..<end].filter { $0.kind == .word }
            let emphatic: Bool
            if arabicPost {
                // Latin capitals in an Arabic post name a brand or a service ("CIH MOBILE",
                // "WE", "THE ONE", "50% OFF"); only a word people shout with is shouting there.
                emphatic = words.contains { Self.shoutedInArabicPosts.contains($0.text) }
            } else {
                emphatic = (words.count >= 2 && letters >= 8)
                    || words.contains { ($0.letterCount >= 5 && !Self.acronyms.contains($0.text)) || Self.emphaticShortWords.contains($0.text) }
                    && (shortEmphatic >= 2 || words.contains { $0.letterCount >= 5 } || words.contains { ["joke", "lies", "fake", "stop", "wow", "omg"].contains($0.text) })
            }
            if emphatic {
                findings.append(finding(Self.capitals(post.feedbackLanguage, post.text.excerpt(tokens[index].start, tokens[end - 1].end)),
                                        tokens: index..<end, in: post,
                                        suggestion: Self.normalCase(post.feedbackLanguage)))
            }
            index = end
        }
        // Arabic: a letter repeated three times or more, or tatweel stretching a word.
        // Tokens are read in place, and tatweels counted without a filtered copy: every
        // token of every post passes here.
        // Written laughter («هههههه», «خخخخ») repeats a letter by nature: it is text-speak
        // (`tone.slang`), not a stretched word, and one laugh is one fault.
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isArabic && !Laughter.isWritten(tokens, at: index) {
            let start = tokens[index].start, end = tokens[index].end
            var tatweels = 0
            for position in start..<end where post.text.scalars[position].value == 0x0640 { tatweels += 1 }
            // A letter three times in a row: a bit of the text's `WordFacts`.
            if tatweels >= 2 || tokens.has(.stretchedLetter, at: index) {
                findings.append(finding(Self.stretched(post.feedbackLanguage, post.text.excerpt(start, end)),
                                        tokens: index..<(index + 1), in: post,
                                        suggestion: Self.normalForm(post.feedbackLanguage)))
            }
        }
        return findings
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension ShoutingRule {
    static let capitals = Localized(en: "'{1}' is in capitals, which reads as shouting.", ar: "«{1}» مكتوب بالأحرف الكبيرة، ويُقرأ كأنه صراخ.")
    static let normalCase = Localized(en: "Write it in normal case; if a word needs weight, let the fact carry it.",
                                      ar: "اكتبه بالأحرف العادية؛ وإن احتاجت كلمة إلى وزن فلتحمله الحقيقة.")
    static let stretched = Localized(en: "'{1}' is stretched, which reads as shouting or gushing.",
                                     ar: "«{1}» كلمة ممطوطة، تُقرأ كأنها صراخ أو مبالغة في الانفعال.")
    static let normalForm = Localized(en: "Write the word in its normal form; let the substance carry the emphasis.",
                                      ar: "اكتب الكلمة بصورتها العادية، ودع المضمون يحمل التأكيد.")
}
