/// Things a frame can require in a sentence, recognised from tokens and small word
/// lists rather than from phrases: an amount of money, a price, a percentage, a period
/// or date, the organisation speaking (first person plural, "the company"), a person
/// (a name with a title, an @handle), a group of people, a ticker ("$SAHIL") and the
/// reader addressed ("you", and Arabic's "you" inside the word: «حملتكم», «تنشرون»).
public enum Entity: String, Sendable, CaseIterable {
    case amount, price, percent, period, organisation, person, group, ticker, addressee

    static let currency = Lexicon("entity.currency", [
        "$", "usd", "dollar", "dollars", "eur", "euro", "euros", "£", "sar", "aed", "omr", "kwd", "qar", "bhd", "riyal", "riyals",
        "dirham", "dirhams", "dinar", "dinars", "billion", "million", "bn", "mn", "trillion",
        "ريال", "ريالات", "درهم", "دينار", "دولار", "مليار", "مليون", "ألف", "الف", "ر.س", "ر.ع",
    ])
    /// Words that are an amount on their own ("a billion", "مليار ريال").
    static let scaleWords = Lexicon("entity.scale", ["billion", "million", "trillion", "مليار", "مليارات", "مليون", "ملايين"])
    static let priceWords = Lexicon("entity.price", [
        "price", "prices", "per share", "a share", "share price", "stock price", "valuation", "market cap", "at $",
        "سعر", "أسعار", "=للسهم", "سعر السهم", "القيمة السوقية", "تقييم",
    ])
    static let percentWords = Lexicon("entity.percent", ["%", "percent", "per cent", "٪", "بالمئة", "=بالمائة", "في المئة"])
    static let periodWords = Lexicon("entity.period", [
        "q1", "q2", "q3", "q4", "h1", "h2", "quarter", "quarterly", "this year", "next year", "full year", "fiscal", "year end", "year-end",
        "=نهاية العام", "=نهاية السنة",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "الربع", "الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع", "العام", "السنة", "النصف الأول", "النصف الثاني",
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "=يوليو", "=ويوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ])
    static let organisationWords = Lexicon("entity.organisation", [
        "we", "our", "us", "we're", "we've", "the company", "the group", "the bank", "our company", "the board", "i",
        "نحن", "الشركة", "شركتنا", "المجموعة", "البنك", "مجلس الإدارة", "إدارة الشركة",
    ])
    static let personWords = Lexicon("entity.person", [
        "mr", "mrs", "ms", "dr", "guy", "this guy", "that guy", "the driver", "the pilot", "the employee", "the customer",
        "the patient", "ceo", "chairman", "السيد", "السيدة", "الدكتور", "المدعو", "الموظف", "العميل", "المريض", "السائق",
    ])
    static let groupWords = Lexicon("entity.group", [
        "women", "men", "expats", "foreigners", "immigrants", "migrants", "africans", "arabs", "muslims", "christians", "jews",
        "whites", "blacks", "white", "black", "the disabled", "autistic", "stutter", "stutterers", "workers", "nationals",
        "=النساء", "=المرأة", "=للمرأة", "=والمرأة", "=بالمرأة", "=المراة", "=امرأة", "الوافدين", "الوافدون", "الأجانب", "العرب", "عرب", "ترك", "فرس", "أحباش", "=أفارقة", "الأفارقة",
        "العمالة", "المقيمين", "المقيمون", "المعاقين", "=التأتأة", "=للتأتأة", "=بالتأتأة", "=تأتأة", "الجنسية", "المسلمين", "المسيحيين", "اليهود",
        "expatriates", "indians", "pakistanis", "bangladeshis", "bengalis", "filipinos", "nepalis", "egyptians", "syrians", "asians", "hindus",
        "shia", "sunni", "gays", "lesbians", "the elderly", "old people", "migrant workers", "females", "girls", "ladies", "الهنود", "الباكستانيين",
        "البنغاليين", "البنغال", "الفلبينيين", "النيباليين", "المصريين", "السوريين", "السودانيين", "اليمنيين", "الإثيوبيين", "الآسيويين", "الشيعة",
        "النصارى", "الهندوس", "=البنات", "=للبنات", "=والبنات", "الحريم", "النسوان", "الستات", "الإناث", "=البدون", "=الخادمات", "=خادمات", "=الشغالات", "=شغالات", "المعوقين", "ذوي الإعاقة",
        "ذوي الهمم", "كبار السن", "العجم", "الفرس", "=الأتراك", "الأحباش",
        "jewish people", "muslim people", "christian people", "arab people", "black people", "white people", "asian people", "gay people",
    ])

    static var allLexicons: [Lexicon] {
        [currency, scaleWords, priceWords, percentWords, periodWords, organisationWords, personWords, groupWords, SharedLexicons.secondPerson]
    }

    /// Whether sentence `sentence` holds this entity.
    func occurs(in sentence: Int, of post: PostAnalysis) -> Bool {
        let range = post.text.sentences[sentence]
        // Whether the sentence holds a number: scanned only for the entities that read it,
        // where it was scanned for every entity asked about every sentence.
        func hasNumber() -> Bool { post.text.hasToken(.number, in: range) }
        switch self {
        case .amount: return (hasNumber() && post.sentence(sentence, has: Self.currency)) || post.sentence(sentence, has: Self.scaleWords)
        case .price:
            let tokens = post.text.tokens[range]
            return (hasNumber() && post.sentence(sentence, has: Self.priceWords))
                || tokens.indices.contains { index in
                    // The kind first: the tokenizer makes a lone "$" a punctuation token, and
                    // comparing every word's text with "$" was a call into the standard library.
                    tokens[index].kind == .punctuation && tokens[index].text == "$" && index + 1 < range.upperBound
                        && post.text.tokens[index + 1].kind == .number
                }
        case .percent: return hasNumber() && (post.sentence(sentence, has: Self.percentWords)
                || range.contains { post.text.tokens.has(.percentSign, at: $0) })
        case .period: return post.sentence(sentence, has: Self.periodWords)
                || post.evidence.dates.contains { post.text.tokens[$0.lowerBound].sentence == sentence }
        case .organisation: return post.sentence(sentence, has: Self.organisationWords)
        case .person: return post.text.hasToken(.mention, in: range) || post.sentence(sentence, has: Self.personWords)
        case .group: return post.sentence(sentence, has: Self.groupWords)
        case .ticker: return range.contains { Self.isCashtag(at: $0, in: post.text.tokens) }
        case .addressee: return post.shared.addressedSentences(of: post).you[sentence]
        }
    }

    /// A cashtag: "$" written against a short run of Latin letters ("$SAHIL", "$dune"),
    /// the way markets and crypto posts name an asset.
    static func isCashtag(at index: Int, in tokens: [Token]) -> Bool {
        // The kind first (see `occurs(in:of:)`'s price test).
        guard tokens[index].kind == .punctuation, tokens[index].text == "$", index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && next.start == tokens[index].end && !next.isArabic && (2...6).contains(next.letterCount)
            && next.letterCount == next.text.count
    }
}

extension Entity {
    // By case, not by name: the standard library's default for an enum with String raw
    // values hashes and compares the raw string, and sets and dictionaries of entities
    // are read for every sentence of every post. A case is one byte (a test holds it to that).
    public func hash(into hasher: inout Hasher) { hasher.combine(unsafeBitCast(self, to: UInt8.self)) }
    public static func == (lhs: Entity, rhs: Entity) -> Bool { unsafeBitCast(lhs, to: UInt8.self) == unsafeBitCast(rhs, to: UInt8.self) }
}
