/// Text-speak and colloquialisms (`u`, `lol`, `gonna`, `هههه`, `وش`).
struct SlangRule: Rule {
    static let words = Lexicon("tone.slang", [
        "asap", "ع", "الفيدباك", "بنشيك", "بكرة", "مو", "محد", "يجي", "ليش", "اللي", "عشان", "علشان", "وايد", "ولا شي", "شي", "بس", "=روحوا", "شوفوا", "مب", "جاية", "جاي", "=طلعت", "صار", "صارت", "بتنزل", "نرد لك",
        "u", "ur", "r u", "pls", "plz", "thx", "tnx", "btw", "idk", "imo", "imho", "tbh", "omg", "gonna", "wanna", "gotta",
        "kinda", "sorta", "dude", "bro", "bruh", "lit", "fam", "ngl", "smh", "af", "y'all", "ain't", "cuz", "coz", "gr8",
        "2day", "luv", "yolo", "lol", "lmao", "rofl", "xd", "haha", "hahaha", "hahahaha", "hehe", "lowkey", "no cap",
        "لول", "خخخ", "خخخخ", "يب", "اوكي", "اوك", "برو", "=ياخي", "=ياخوي", "=يخوي", "وش", "ايش", "شلون", "=اللحين", "=للحين", "=الحين", "يبي", "ابغى",
        "هالشي", "ههه", "هههه", "ههههه", "هههههه", "ههههههه",
    ])

    let descriptor = RuleDescriptor(
        id: "tone.slang", title: "Slang and text-speak",
        titleAr: "العامية ولغة الدردشة", dimension: .professionalism, severity: .warning,
        rationale: """
            Text-speak and colloquial forms lower the register of an official voice. Write as you would in a \
            statement the press can quote: Modern Standard Arabic, or plain professional English.
            """,
        rationaleAr: """
            لغة الدردشة والعامية تنزل بمستوى الصوت الرسمي. اكتب كما تكتب بياناً تقتبسه الصحافة: بالعربية \
            الفصحى، أو بإنجليزية مهنية واضحة.
            """,
        examples: [
            .triggers("Thx 2 everyone who came lol, u guys rock", .en),
            // A flight code is no "you".
            .passes("We do not yet know what has happened to flight 4U 9525. Our thoughts are with the families of the passengers and crew.", .en),
            .triggers("Gonna share more news soon btw", .en),
            .triggers("هههههه الشائعات كثيرة هالأيام", .ar),
            .triggers("وش رأيكم في الخدمة الجديدة؟", .ar),
            .passes("Thank you to everyone who joined us in Sohar today.", .en),
            .passes("ما رأيكم في الخدمة الجديدة؟ يسعدنا سماع ملاحظاتكم.", .ar),
            // «اللحين» and «للحين» ("now", "still" in the Gulf) exact: their word forms read the
            // standard «لحين» ("until").
            .triggers("الطلب للحين ما تم تنفيذه.", .ar),
            // «ياخي» ("come on, man") exact: its word forms read «أخي», "my brother", said of
            // a head of state in the most formal statement.
            .triggers("ياخي الموضوع بسيط، لا تكبرونه.", .ar),
            .triggers("ياخوي الموضوع بسيط، لا تكبرونه.", .ar),
            .passes("التقينا اليوم بأخي الرئيس، واطلعنا على آخر تداعيات الكارثة.", .ar),
            .passes("تهيب الهيئة بالمسافرين عدم التوجه للمطارات لحين التواصل معهم.", .ar),
        ])

    var lexicons: [Lexicon] { [Self.words, Concepts.laughter.lexicon] }

    /// Whether a hit is written against a number with no space between: "flight 4U 9525",
    /// "2U" are codes, not "you".
    static func isPartOfCode(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        let tokens = post.text.tokens
        if hit.firstToken > 0, tokens[hit.firstToken - 1].kind == .number, tokens[hit.firstToken - 1].end == tokens[hit.firstToken].start {
            return true
        }
        return hit.endToken < tokens.count && tokens[hit.endToken].kind == .number && tokens[hit.endToken].start == tokens[hit.endToken - 1].end
    }

    func check(_ post: PostAnalysis) -> [Finding] {
        // A laugh the list holds («ههههه», "lol", "haha") is told to go, like a longer one
        // below, not to be "written out in full": there is no full form of a laugh.
        let listed = post.hits(Self.words).filter {
            ($0.endToken - $0.firstToken > 1 || !Laughter.isWritten(post.text.tokens, at: $0.firstToken)) && !Self.isPartOfCode($0, in: post)
        }
        // Sets only when there is something to hold: most posts have no laugh, and an empty
        // set allocates nothing.
        let laughHits = post.hits(Concepts.laughter.lexicon)
        let laughs: Set<Int> = laughHits.isEmpty ? [] : Set(laughHits.lazy.filter { $0.endToken - $0.firstToken == 1 }.map(\.firstToken))
        let isLaugh = { (hit: PhraseMatcher.Hit) in hit.endToken - hit.firstToken == 1 && laughs.contains(hit.firstToken) }
        var found = findings(for: listed.filter { !isLaugh($0) }, in: post,
                 suggestion: Self.inFull(post.feedbackLanguage)) { Self.slang(post.feedbackLanguage, $0) }
        found += findings(for: listed.filter(isLaugh), in: post,
                          suggestion: Self.dropIt(post.feedbackLanguage)) { Self.colloquial(post.feedbackLanguage, $0) }
        // Laughter of any length (هههههههه, خخخخخ, hahahahaha) and the dialect "هال…".
        let listedCount = found.count
        var covered: Set<Int>?
        let tokens = post.text.tokens
        for index in tokens.indices {
            // Only words led as laughter is (h, ه or خ) can be laughter or the dialect "هال…",
            // which is led by «ه» too.
            // (A bit of the token's `WordFacts`: reading each text's bytes cost more than the rest.)
            guard tokens.has(.leadsLikeLaughter, at: index), tokens[index].kind == .word else { continue }
            let text = tokens.text(at: index)
            let token = tokens[index]
            // The starts of the findings above, made into a set the first time a word asks.
            if covered == nil { covered = Set(found[..<listedCount].lazy.map(\.start)) }
            guard !covered!.contains(token.start) else { continue }
            // `startsWithScalars`, not `hasPrefix`: grapheme breaking on every Arabic word
            // led by «ه» was a fifth of the rule's time, and a word token holds nothing
            // that could join «ل» but the marks `startsWithScalars` looks for.
            let dialectThis = token.isArabic && text.startsWithScalars("هال") && text.unicodeScalars.count >= 6
            if Laughter.isWritten(post.text.tokens, at: index) || dialectThis {
                found.append(finding(Self.colloquial(post.feedbackLanguage, post.text.excerpt(token.start, token.end)),
                                        tokens: index..<(index + 1), in: post,
                                        suggestion: Self.dropIt(post.feedbackLanguage)))
            }
        }
        return found
    }
}

import Foundation

// Messages, in English and Arabic; the post's language chooses (see README: bilingual messages).
extension SlangRule {
    static let slang = Localized(en: "'{1}' is slang or text-speak, below the register of an official voice.",
                                 ar: "«{1}» عامية أو اختصار محادثة، دون مستوى الخطاب الرسمي.")
    static let inFull = Localized(en: "Write it out in full, in the register of a statement the press can quote.",
                                  ar: "اكتبها كاملة، بلغة بيانٍ يمكن للصحافة أن تقتبسه.")
    static let colloquial = Localized(en: "'{1}' is colloquial or text-speak, below the register of an official voice.",
                                      ar: "«{1}» تعبير عامّي أو من لغة المحادثات، دون مستوى الخطاب الرسمي.")
    static let dropIt = Localized(en: "Drop it; if the moment is light, say so in words.", ar: "احذفه؛ وإن كان الموقف خفيفاً فعبّر عن ذلك بالكلمات.")
}
