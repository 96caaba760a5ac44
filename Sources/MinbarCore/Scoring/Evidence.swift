/// The evidence a post carries: figures, dates, contacts, certificates, independent
/// ratings and apologies, each with where it is. Goals' `needs:` and the plan's
/// backing are judged from this.
public struct Evidence: Sendable {
    public var figures: [Range<Int>] = []
    public var dates: [Range<Int>] = []
    public var contacts: [Range<Int>] = []
    public var phones: [Range<Int>] = []
    public var certificates: [Range<Int>] = []
    public var ratings: [Range<Int>] = []
    public var apologies: [Range<Int>] = []

    /// Words a short service number follows (normalised).
    static let serviceNumberWords: WordSet = [
        "hotline", "helpline", "number", "call", "line", "tel", "phone", "whatsapp",
        "الرقم", "رقم", "الموحد", "الهاتف", "هاتف", "اتصل", "اتصلوا", "واتساب", "الساخن",
    ]
    /// Words before a short line (999, 1444) that name it as one to call.
    static let emergencyLineWords: WordSet = WordSet([
        "hotline", "helpline", "emergency", "emergencies", "call", "dial", "للطوارئ", "الطوارئ", "طوارئ", "الساخن", "الموحد",
        "اتصلوا", "اتصل", "بالرقم",
    ].map(TextNormalizer.normalize))

    /// Whether the digits at `phone` read as a line to call: written with "+" or "00", a
    /// toll-free or unified number, a Gulf mobile, or named as a line by a word just before
    /// it ("tel", «جوال», "call").
    static func isCallable(_ phone: Range<Int>, in tokens: [Token]) -> Bool {
        let digits = tokens[phone].filter { $0.kind == .number }.map(\.text).joined()
        if tokens[phone.lowerBound].text == "+" || digits.hasPrefix("00") || PersonalDataRule.isServiceLine(digits)
            || PersonalDataRule.isMobile(digits) { return true }
        let sentence = tokens[phone.lowerBound].sentence
        var index = phone.lowerBound - 1
        while index >= max(0, phone.lowerBound - 4), tokens[index].sentence == sentence {
            let word = tokens.text(at: index)
            if serviceNumberWords.contains(word) || emergencyLineWords.contains(word) || lineNames.contains(word) { return true }
            index -= 1
        }
        return false
    }
    static let lineNames = WordSet(["mobile", "mob", "fax", "landline", "office", "through", "via", "on", "request", "enquiries", "inquiries",
                                    "sms", "text", "جوال", "الجوال", "جوالي", "تلفون", "فاكس", "موبايل", "عبر", "على", "طلب", "للطلب", "للحجز"]
                                    .map(TextNormalizer.normalize))

    /// Currency codes and signs written before or after an amount (normalised).
    static let currencyCodes: WordSet = [
        "omr", "sar", "aed", "usd", "qar", "kwd", "bhd", "eur", "gbp", "egp", "jod", "inr", "$", "€", "£", "us$",
    ]

    /// 6pm, 10am, 10:30pm written as one word.
    static func isClockWord(_ text: String) -> Bool {
        // Every word passes here: turn away those not ending in "am" or "pm" before reading
        // scalars, from the last two bytes read in place.
        func endsInAmOrPm(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.count >= 3 && bytes[bytes.count - 1] == UInt8(ascii: "m")
                && (bytes[bytes.count - 2] == UInt8(ascii: "a") || bytes[bytes.count - 2] == UInt8(ascii: "p"))
        }
        guard text.readingUTF8(endsInAmOrPm) else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 4 else { return false }
        return scalars.dropLast(2).allSatisfy { TextNormalizer.digitValue($0) != nil }
    }

    /// Whether a word is a figure written as one word: two scalars or more led by a digit
    /// ("80k", "4bn"), or a currency code written onto its amount ("omr35m",
    /// "sar11.1m", "usd420"). Read from its UTF-8 bytes (every word of every post is
    /// asked). A digit is ASCII, Arabic-Indic (D9 A0…A9) or Persian (DB B0…B9), as
    /// `TextNormalizer.digitValue` reads them; every currency code of three scalars is
    /// ASCII, so a word whose first three bytes are not ASCII carries none.
    static func isFigureWord(_ word: String) -> Bool {
        word.readingUTF8 { bytes in
            func digitAt(_ i: Int) -> Bool {
                guard i < bytes.count else { return false }
                let b = bytes[i]
                if b >= 0x30 && b <= 0x39 { return true }
                guard i + 1 < bytes.count else { return false }
                return (b == 0xD9 && bytes[i + 1] >= 0xA0 && bytes[i + 1] <= 0xA9) || (b == 0xDB && bytes[i + 1] >= 0xB0 && bytes[i + 1] <= 0xB9)
            }
            guard !bytes.isEmpty else { return false }
            // Two scalars or more: a lead byte's length, then anything after it.
            guard bytes.count > String.utf8Length(lead: bytes[0]) else { return false }
            if digitAt(0) { return true }
            guard bytes.count >= 4, bytes[0] < 0x80, bytes[1] < 0x80, bytes[2] < 0x80, digitAt(3) else { return false }
            return currencyCodes.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<3]), as: UTF8.self))
        }
    }

    /// Words that open a relative time ("within two hours", "خلال ساعتين", "in 48 hours").
    static let relativeTimeLeads: WordSet = ["within", "in", "next", "خلال", "غضون", "بعد", "وخلال", "بغضون"]

    /// Words that count in a relative time ("within two hours", "خلال ثلاثة أيام").
    static let countWords: WordSet = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "few", "couple", "next",
        "coming", "half", "واحد", "واحده", "ثلاثه", "ثلاث", "اربعه", "اربع", "خمسه", "خمس", "سته", "ست", "سبعه", "عشره", "القادمه",
        "المقبله", "القليله", "قليله", "نصف",
    ]
    /// Words that may stand between the lead and the unit without counting.
    static let fillerWords: WordSet = ["the", "of", "our", "الـ"]

    /// Keys of the units a relative time counts in (see `WordForms`).
    static let timeUnitKeys: WordSet = {
        var keys = WordSet()
        for word in ["hour", "minute", "day", "week", "month", "ساعة", "دقيقة", "يوم", "أسبوع", "شهر"] {
            keys.insert(WordForms.keys(of: TextNormalizer.normalize(word))[0])
        }
        return keys
    }()

    /// Relative time commitments: a lead word, then within four tokens a unit of time
    /// ("within two hours", "in the next 48 hours", "خلال ساعتين", "في غضون ثلاثة أيام").
    static func relativeTimes(in tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        // Fields are read in place and texts with `text(at:)`: this looks at every word,
        // and `tokens[i].text` (or `let token = tokens[j]`) copied the whole token.
        // The word lists are read as the tokens' `WordFacts`, one bit each.
        for i in tokens.indices where tokens[i].kind == .word && tokens.has(.relativeTimeLead, at: i) {
            // "in" needs a count ("in two hours"); "in the day" is no commitment.
            var counted = tokens.text(at: i) != "in"
            for j in (i + 1)..<min(tokens.count, i + 5) {
                guard tokens[j].sentence == tokens[i].sentence else { break }
                let kind = tokens[j].kind, text = tokens.text(at: j)
                if kind == .word, WordForms.cachedKeys(of: text).contains(where: timeUnitKeys.contains) {
                    if counted { found.append(i..<(j + 1)) }
                    break
                }
                if kind == .number || tokens.has(.countWord, at: j) { counted = true; continue }
                guard tokens.has(.timeFiller, at: j) else { break }
            }
        }
        return found
    }

    /// A flag per token, set for the tokens in `ranges`.
    private static func flags(_ count: Int, _ ranges: [Range<Int>]) -> [Bool] {
        var flags = [Bool](filledWith: false, count: count)
        for range in ranges { for index in range { flags[index] = true } }
        return flags
    }

    public static let lexicons = [EvidenceLexicons.dateWords, EvidenceLexicons.contactWords, EvidenceLexicons.certificates,
                                  EvidenceLexicons.ratings, EvidenceLexicons.apologies, EvidenceLexicons.units]

    public func has(_ need: EvidenceNeed) -> Bool {
        switch need {
        case .figure: !figures.isEmpty
        case .certificate: !certificates.isEmpty
        case .rating: !ratings.isEmpty
        case .date: !dates.isEmpty
        case .contact: !contacts.isEmpty
        case .apology: !apologies.isEmpty
        }
    }

    /// `borrowing`: an initialiser takes its arguments owned, so the caller copied the text
    /// and the hits (their arrays retained, then released) on every post, and this only
    /// reads them.
    init(text: borrowing AnalyzedText, hits: borrowing LexiconHits) {
        let tokens = text.tokens
        func ranges(_ lexicon: Lexicon) -> [Range<Int>] { hits[lexicon].map { $0.firstToken..<$0.endToken } }
        certificates = ranges(EvidenceLexicons.certificates)
        ratings = ranges(EvidenceLexicons.ratings)
        apologies = ranges(EvidenceLexicons.apologies)
        let dateWords = ranges(EvidenceLexicons.dateWords)
        dates = dateWords

        // Phone numbers: a run of digit groups (7 to 15 digits), perhaps after '+'.
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .number || (tokens[index].kind == .punctuation && tokens[index].text == "+"
                    && index + 1 < tokens.count && tokens[index + 1].kind == .number) else {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            var groups = 0
            while end < tokens.count {
                // Field by field, not a copy of the token. A number's text is ASCII digits and
                // marks (see `Tokenizer`), so its bytes are its characters; they are read in
                // place, in one pass (the UTF-8 view's `contains`, twice, cost about three
                // hundred instructions a number).
                let kind = tokens[end].kind
                let text = tokens.text(at: end)
                if kind == .number, !text.readingUTF8({ $0.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") } }) {
                    digits += text.utf8.count
                    groups += 1
                    end += 1
                } else if kind == .punctuation, (text == "+" && end == index) || ((text == "-" || text == "(" || text == ")") && end > index
                            && end + 1 < tokens.count && tokens[end + 1].kind == .number && tokens[end].start == tokens[end - 1].end) {
                    end += 1
                } else {
                    break
                }
                if end < tokens.count, tokens[end].start > tokens[end - 1].end + 1 { break }
            }
            if digits >= 7 && digits <= 15 && (groups >= 2 || digits >= 8 || tokens[index].text == "+") {
                phones.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }

        // Short service numbers: toll-free (800123) or right after a word like "hotline", "الرقم الموحد".
        // Token sets are flags by token index: cheaper than hashing indices into a `Set`.
        let covered = Self.flags(tokens.count, phones)
        for index in tokens.indices where tokens[index].kind == .number && !covered[index] {
            // A number's text is ASCII (see `Tokenizer`): its bytes are its characters.
            let digits = tokens.text(at: index)
            guard (3...8).contains(digits.utf8.count), digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { continue }
            let previous = index > 0 ? tokens[index - 1].text : ""
            let beforeThat = index > 1 ? tokens[index - 2].text : ""
            // Three or four digits (999, «للطوارئ: ١٤٤٤») only after a word that can only
            // introduce a line to call: "number 4" is a berth, «رقم 12» a room.
            let words = digits.utf8.count < 5 ? Evidence.emergencyLineWords : Evidence.serviceNumberWords
            if (digits.hasPrefix("800") && digits.utf8.count >= 6) || words.contains(previous)
                || (tokens.indices.contains(index - 1) && tokens[index - 1].kind == .punctuation && words.contains(beforeThat)) {
                phones.append(index..<(index + 1))
            }
        }
        phones.sort { $0.lowerBound < $1.lowerBound }

        // Times (18:00) and numeric dates (12/03/2027) are dates, not figures.
        // Kinds before texts, here and below: a lone ":", "/", "+" or bracket is always a
        // punctuation token and "am" or "pm" a word (see `Tokenizer`), and comparing the
        // text of every token after a number was a call into the standard library.
        var timeTokens = [Bool](filledWith: false, count: tokens.count)
        for i in tokens.indices where tokens[i].kind == .number && i + 2 < tokens.count && tokens[i + 1].kind == .punctuation
            && (tokens[i + 1].text == ":" || tokens[i + 1].text == "/") && tokens[i + 2].kind == .number
            && tokens[i + 1].start == tokens[i].end && tokens[i + 2].start == tokens[i + 1].end {
            var end = i + 3
            if tokens[i + 1].text == "/", end + 1 < tokens.count, tokens[end].text == "/", tokens[end + 1].kind == .number { end += 2 }
            dates.append(i..<end)
            for t in i..<end { timeTokens[t] = true }
        }
        // Dates written year first, as exchanges and ministries write them: 2024-03-10, and
        // Hijri dates the same way (1445-08-29). Not a figure beside "dividends".
        for i in tokens.indices where i + 4 < tokens.count && tokens[i].kind == .number && !timeTokens[i] {
            guard let year = tokens[i].number, (1300...2100).contains(year),
                  let month = tokens[i + 2].number, (1...12).contains(month),
                  let day = tokens[i + 4].number, (1...31).contains(day),
                  tokens[i + 1].text == "-", tokens[i + 3].text == "-",
                  (i..<(i + 4)).allSatisfy({ tokens[$0 + 1].start == tokens[$0].end }) else { continue }
            dates.append(i..<(i + 5))
            for t in i..<(i + 5) { timeTokens[t] = true }
        }
        // A number next to a month or day word is part of a date ("14 March", "March 14, 2027").
        for range in dateWords {
            for neighbour in [range.lowerBound - 1, range.upperBound, range.upperBound + 1]
            where neighbour >= 0 && neighbour < tokens.count && tokens[neighbour].kind == .number {
                if let value = tokens[neighbour].number, value >= 1, value <= 31 || (1900...2100).contains(value) {
                    timeTokens[neighbour] = true
                    // "March 14, 2027": the year after the day's comma is the date's too.
                    let year = neighbour + 2
                    if neighbour == range.upperBound, value <= 31, year < tokens.count, tokens.text(at: neighbour + 1) == ",",
                       tokens[year].kind == .number, let number = tokens[year].number, (1900...2100).contains(number) {
                        timeTokens[year] = true
                    }
                }
                if neighbour == range.upperBound { break }
            }
        }
        // Clock times: 6pm, 6 pm, 10:30am.
        var clockWords = [Bool](filledWith: false, count: tokens.count)
        // The kind is read first, the text only of a word, with `text(at:)` (this loop
        // copied every token).
        for i in tokens.indices {
            let kind = tokens[i].kind
            if kind == .word {
                if tokens.has(.clockWord, at: i) {
                    dates.append(i..<(i + 1))
                    clockWords[i] = true
                }
            } else if kind == .number, i + 1 < tokens.count, tokens[i + 1].kind == .word,
                      tokens[i + 1].text == "am" || tokens[i + 1].text == "pm",
                      let value = tokens[i].number, value >= 1, value <= 12 {
                dates.append(i..<(i + 2))
                timeTokens[i] = true
            }
        }
        dates += Evidence.relativeTimes(in: tokens)
        dates.sort { $0.lowerBound < $1.lowerBound }
        // Quarters and fiscal years (Q3, FY2026, H1) are periods, not figures.
        let phoneTokens = Self.flags(tokens.count, phones)
        for i in tokens.indices where tokens[i].kind == .number {
            if timeTokens[i] || phoneTokens[i] { continue }
            figures.append(i..<(i + 1))
        }
        for i in tokens.indices where tokens[i].kind == .word && !clockWords[i] {
            // Q3, H1 and FY2026 are tokenised as words; a word like "80k", "4bn" or "OMR35m" is a figure.
            if tokens.has(.figureWord, at: i) { figures.append(i..<(i + 1)) }
        }
        figures.sort { $0.lowerBound < $1.lowerBound }

        let contactWords = ranges(EvidenceLexicons.contactWords)
        // A string of digits is a line to call only when it looks like one or is given as
        // one: "417 2026 12" in a post about a case is no contact (see `isCallable`).
        contacts = phones.isEmpty ? [] : phones.filter { phone in
            let sentence = tokens[phone.lowerBound].sentence
            return Self.isCallable(phone, in: tokens) || contactWords.contains { tokens[$0.lowerBound].sentence == sentence }
        }
        for i in tokens.indices where tokens[i].kind == .email || tokens[i].kind == .url || tokens[i].kind == .mention {
            contacts.append(i..<(i + 1))
        }
        contacts += contactWords
        contacts.sort { $0.lowerBound < $1.lowerBound }
    }
}

/// The words evidence is recognised by, in both languages.
public enum EvidenceLexicons {
    public static let dateWords = Lexicon("evidence.date", [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "tonight", "tomorrow", "this week", "next week", "this month", "next month", "this evening",
        "end of the day", "end of day", "within 24 hours", "within 48 hours", "hours from now", "by noon", "by midnight",
        "later today", "this afternoon", "this morning", "close of business", "end of the week", "end of this week",
        "end of the month", "midday", "noon", "first thing",
        "يناير", "فبراير", "مارس", "ابريل", "أبريل", "مايو", "يونيو", "يوليو", "اغسطس", "أغسطس", "سبتمبر", "اكتوبر", "أكتوبر",
        "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "=اليوم", "=الليلة", "غدا", "غداً", "هذا الأسبوع", "الأسبوع المقبل", "الأسبوع القادم", "هذا الشهر", "الشهر المقبل",
        "خلال 24 ساعة", "خلال 48 ساعة", "مساء اليوم", "صباح الغد", "نهاية اليوم", "=الساعة",
        "غدا صباحا", "غدا مساء", "الغد", "ظهر الغد", "بكرة", "بكره", "باكر", "الصبح", "نهاية الأسبوع", "نهاية الشهر",
        "مساء الغد", "صباح اليوم", "ظهر اليوم", "عصر اليوم",
    ])

    public static let contactWords = Lexicon("evidence.contact", [
        "contact us", "contact our", "call us", "call our", "call the", "hotline", "helpline", "help line", "reach us", "reach our",
        "dm us", "direct message", "message us", "write to us", "email us", "e-mail us", "visit our", "our website", "press office",
        "investor relations", "ir team", "media desk", "press desk", "care team", "customer care", "service desk", "call centre",
        "call center", "whatsapp",
        "تواصل", "تواصلوا", "للتواصل", "اتصل", "اتصلوا", "للاستفسار", "الخط الساخن", "الرقم الموحد", "رقم موحد", "راسلونا",
        "راسلنا", "مركز الاتصال", "خدمة العملاء", "علاقات المستثمرين", "المكتب الإعلامي", "واتساب", "=موقعنا", "عبر الرسائل الخاصة",
    ])

    public static let certificates = Lexicon("evidence.certificate", [
        "iso", "certified", "certification", "certificate", "certificates", "accredited", "accreditation", "jci", "fssc", "haccp",
        "leed", "award", "awarded", "recognised by", "recognized by", "ohsas",
        "شهادة", "شهادات", "اعتماد", "معتمد", "معتمدة", "الايزو", "ايزو", "جائزة", "الجائزة", "حاصلة على", "حصلت على شهادة", "حصلنا على",
    ])

    public static let ratings = Lexicon("evidence.rating", [
        "rating", "ratings", "rated", "msci", "moody's", "moodys", "s&p", "fitch", "sustainalytics", "independent survey",
        "independent audit", "independently", "independent review", "audited by", "customer satisfaction", "satisfaction score",
        "out of 5", "out of five", "stars", "grade", "graded", "ranked", "ranking", "net promoter",
        "تصنيف", "التصنيف", "تقييم", "التقييم", "مستقل", "مستقلة", "موديز", "فيتش", "ستاندرد آند بورز", "جهة مستقلة", "مؤشر رضا",
        "رضا العملاء", "رضا المتعاملين", "من 5", "نجوم", "مدقق",
    ])

    public static let apologies = Lexicon("evidence.apology", [
        "sorry", "apologise", "apologize", "apology", "apologies", "we apologise", "i apologise", "our apologies", "i am sorry",
        "we are sorry", "we were wrong", "i was wrong", "we got this wrong",
        "نعتذر", "أعتذر", "اعتذر", "اعتذار", "اعتذارنا", "نأسف", "آسف", "آسفون", "متأسفون", "أخطأنا", "نعتذر بشدة",
    ])

    /// Units and currencies that make a number a figure (`OMR 46 million`, `٣٧٪`).
    public static let units = Lexicon("evidence.unit", [
        "%", "percent", "per cent", "million", "billion", "bn", "mn", "thousand", "omr", "sar", "aed", "usd", "qar", "kwd", "bhd",
        "tonnes", "tons", "hours", "days", "customers", "households", "jobs", "employees",
        "مليون", "مليار", "ألف", "الف", "ريال", "درهم", "دينار", "دولار", "بالمئة", "بالمائة", "في المئة", "طن", "ساعة", "يوما", "يوماً",
        "وظيفة", "موظف", "أسرة", "عميل", "مشترك",
    ])
}
