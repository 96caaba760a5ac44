/// Someone's e-mail address, mobile number, national ID or record number.
struct PersonalDataRule: Rule {
    /// Mailboxes that belong to a function, not a person: publishing them is the point.
    static let roleMailboxes: Set<String> = [
        "info", "press", "media", "news", "newsroom", "ir", "investor", "investors", "investor.relations", "careers", "jobs",
        "hr", "support", "care", "help", "helpdesk", "contact", "hello", "service", "services", "customerservice",
        "customer.service", "customercare", "complaints", "feedback", "suppliers", "procurement", "sales", "privacy", "dpo",
        "legal", "communications", "comms", "team", "office", "enquiries", "inquiries", "recruitment", "partners", "esg",
        "sustainability", "safety", "security", "recall", "recalls", "quality", "customers", "citizens", "permits", "licences",
        "licensing", "info.ar", "bookings", "reservations", "ceo.office",
    ]
    static let context = Lexicon("policy.personal-data", [
        "رقم المدني", "رقم مدني", "رقم الهويه", "civil no",
        "staff no", "staff number", "employee number", "employee id", "رقم الموظف", "الرقم الوظيفي", "email me at", "my email",
        "medical file", "patient file", "ملف المريض",
        "my number", "my mobile", "my personal number", "call me on", "text me", "my whatsapp", "his number", "her number",
        "his mobile", "her mobile", "id number", "civil id", "civil number", "national id", "passport number", "record number",
        "file number", "mrn", "account number", "iban",
        "رقمي", "جوالي", "هاتفي", "رقم جوالي", "واتسابي", "رقمه", "رقمها", "جواله", "جوالها", "الرقم المدني", "رقم الهوية",
        "البطاقة المدنية", "رقم الجواز", "جواز السفر", "رقم الملف", "الملف الطبي", "رقم الحساب", "رقم حسابه",
    ])

    let descriptor = RuleDescriptor(
        id: "policy.personal-data", title: "Personal data", dimension: .compliance, severity: .error,
        rationale: """
            Posting a person's e-mail address, mobile number, national ID, account or medical record number \
            exposes them to harm and breaks data-protection law, even when replying to their own complaint. \
            Move the conversation to a private channel.
            """,
        examples: [
            .triggers("Ahmed, call me directly on +968 9123 4567 and I will sort it out.", .en),
            .triggers("Please contact our engineer salim.alharthy@sadeem.example for details.", .en),
            .triggers("العميل صاحب الرقم المدني 12345678 لم يسدد المبلغ.", .ar),
            .triggers("تواصل معي على جوالي 0501234567", .ar),
            .passes("Please contact our media desk at press@sadeem.example or call 800 72336.", .en),
            .passes("للاستفسار تواصلوا معنا عبر care@manara.example أو الرقم الموحد 80012345.", .ar),
            .triggers("@abu_nasser_fan ملفه يظهر أنه تجاهل تحذيرات البنك.", .ar),
            .passes("@Diwaniya_TV لن أخوض في ملفه احتراماً لخصوصيته.", .ar),
            .passes("@HudaRiyami_news We cannot discuss his file while the case is before the court.", .en),
        ])

    static let records = Lexicon("policy.personal-data.records", [
        "سجلك", "راتبك", "راتبه", "your salary", "his salary", "her salary", "your record",
        "sick leave", "medical record", "diagnosis", "test result", "your file", "his file", "her file", "disciplinary",
        "performance rating", "إجازة مرضية", "نتيجة التحليل", "التشخيص", "ملفك", "ملفه", "تقييم أدائه", "إنذار",
    ])

    var lexicons: [Lexicon] { [Self.context, Self.records, SharedLexicons.secondPerson] }

    /// `salim.alharthy@…` is a person; `care@`, `fraud@`, `ramp.roster@` are functions.
    static func isPersonalMailbox(_ local: String) -> Bool {
        let parts = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).map(String.init)
        if parts.contains(where: { roleMailboxes.contains($0) || functionWords.contains($0) }) { return false }
        return parts.count >= 2 && parts.allSatisfy { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
    }

    static let functionWords: Set<String> = [
        "roster", "desk", "fraud", "transfers", "people", "ops", "operations", "hotline", "reply", "noreply", "no", "admin",
        "accounts", "billing", "finance", "treasury", "board", "secretary", "corporate", "affairs", "relations", "public",
        "centre", "center", "unit", "dept", "department", "helpline", "claims", "refunds", "recruiting", "talent", "payroll",
        "benefits", "welfare", "wellbeing", "ethics", "compliance", "audit", "whistle", "speakup", "citizen", "licensing",
    ]

    func check(_ post: PostAnalysis) -> [Finding] {
        var findings: [Finding] = []
        let tokens = post.text.tokens
        let contextSentences = Set(post.hits(Self.context).map { post.sentenceIndex(of: $0) })
        // Health or HR details about someone the post addresses (@handle, "your").
        // A sentence that declines to discuss the record ("لن أخوض في ملفه") does not disclose it.
        if let hit = post.hits(Self.records).first(where: { !post.moves.sentences[post.sentenceIndex(of: $0)].makes(.decline) }),
           tokens.contains(where: { $0.kind == .mention }) || !post.hits(SharedLexicons.secondPerson).isEmpty {
            findings.append(finding(Self.message1(post.feedbackLanguage, post.excerpt(hit)),
                                    tokens: hit.firstToken..<hit.endToken, in: post,
                                    suggestion: Self.suggestion1(post.feedbackLanguage)))
        }
        for (index, token) in tokens.enumerated() where token.kind == .email {
            let local = String(token.text.split(separator: "@").first ?? "")
            if Self.isPersonalMailbox(local) || contextSentences.contains(token.sentence) {
                findings.append(finding(Self.message2(post.feedbackLanguage, post.text.excerpt(token.start, token.end)),
                                        tokens: index..<(index + 1), in: post,
                                        suggestion: Self.suggestion2(post.feedbackLanguage)))
            }
        }
        for range in post.evidence.phones {
            let digits = tokens[range].filter { $0.kind == .number }.map(\.text).joined()
            let sentence = tokens[range.lowerBound].sentence
            if Self.isMobile(digits) || contextSentences.contains(sentence) {
                findings.append(finding(Self.message3(post.feedbackLanguage, post.text.excerpt(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)),
                                        tokens: range, in: post,
                                        suggestion: Self.suggestion3(post.feedbackLanguage)))
            }
        }
        // A long number right after "civil number", "رقم الملف", "IBAN"...
        let phoneTokens = Set(post.evidence.phones.flatMap { Array($0) })
        for hit in post.hits(Self.context) {
            var next = hit.endToken
            while next < tokens.count, next < hit.endToken + 3, tokens[next].kind != .number { next += 1 }
            guard next < tokens.count, !phoneTokens.contains(next), tokens[next].kind == .number || tokens[next].kind == .word,
                  tokens[next].text.filter(\.isNumber).count >= 5 else { continue }
            findings.append(finding(Self.message4(post.feedbackLanguage, post.text.excerpt(tokens[hit.firstToken].start, tokens[next].end)),
                                    tokens: hit.firstToken..<(next + 1), in: post,
                                    suggestion: Self.suggestion4(post.feedbackLanguage)))
        }
        return findings
    }

    /// Gulf mobile numbers: Oman 9x/7x, Saudi 05x, UAE 05x, Qatar 3/5/6/7, Kuwait 5/6/9, Bahrain 3x.
    static func isMobile(_ digits: String) -> Bool {
        var number = digits
        for prefix in ["00968", "968"] where number.hasPrefix(prefix) && number.count == prefix.count + 8 {
            number = String(number.dropFirst(prefix.count))
            return number.hasPrefix("9") || number.hasPrefix("7")
        }
        for prefix in ["00966", "966", "00971", "971"] where number.hasPrefix(prefix) {
            return number.dropFirst(prefix.count).hasPrefix("5")
        }
        for prefix in ["00974", "974", "00965", "965", "00973", "973"] where number.hasPrefix(prefix) && number.count == prefix.count + 8 {
            let first = number.dropFirst(prefix.count).first
            return ["3", "5", "6", "7", "9"].contains(first)
        }
        if number.count == 10, number.hasPrefix("05") { return true }
        if number.count == 8, number.hasPrefix("9") || number.hasPrefix("7") { return true }
        return false
    }
}

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension PersonalDataRule {
    static let message1 = Localized(en: "'{1}' discloses someone's health or employment record in public.",
                                    ar: "«{1}» يكشف السجل الصحي أو الوظيفي لشخص على الملأ.")
    static let suggestion1 = Localized(en: "Never discuss a person's records in public; offer to talk privately.",
                                       ar: "لا تناقش سجلات أي شخص علناً؛ واعرض الحديث على الخاص.")
    static let message2 = Localized(en: "'{1}' looks like a person's own e-mail address.",
                                    ar: "«{1}» يبدو بريداً إلكترونياً شخصياً.")
    static let suggestion2 = Localized(en: "Use a function mailbox (care@, press@, ir@) or ask the person to send a direct message.",
                                       ar: "استخدم بريد جهة (care@ أو press@ أو ir@)، أو اطلب من الشخص مراسلتك على الخاص.")
    static let message3 = Localized(en: "'{1}' is a personal phone or ID number.",
                                    ar: "«{1}» رقم هاتف أو هوية شخصي.")
    static let suggestion3 = Localized(en: "Publish only official lines (toll-free or switchboard) and move personal details to a private message.",
                                       ar: "انشر الأرقام الرسمية فقط (المجاني أو السنترال)، وانقل التفاصيل الشخصية إلى رسالة خاصة.")
    static let message4 = Localized(en: "'{1}' publishes an identifying number.",
                                    ar: "«{1}» ينشر رقماً يكشف هوية صاحبه.")
    static let suggestion4 = Localized(en: "Never post ID, record or account numbers; ask the person to write to you privately.",
                                       ar: "لا تنشر أرقام الهويات أو السجلات أو الحسابات؛ واطلب من الشخص مراسلتك على الخاص.")
}
