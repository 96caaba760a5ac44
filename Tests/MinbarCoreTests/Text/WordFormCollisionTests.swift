import Testing
@testable import MinbarCore

/// Light stemming gives a word several readings, and a reading can land on another
/// word's stem: «لدينا» (we have) read as «الديون» (debts), «السيول» (floods) as «السيولة»
/// (liquidity), «أعلى» (higher) as «أعلنا» (we announced). Each such collision fired a
/// compliance rule on an innocent post. This audit takes words that official posts use
/// every day and fails when one of them matches a rule's lexicon entry of another meaning;
/// the fix is to write that entry exact (`=`), not to weaken the stemmer for everyone.
@Suite struct WordFormCollisionTests {
    /// Everyday words of official Arabic posts, each with what it means.
    static let everydayWords: [(word: String, meaning: String)] = [
        ("لدينا", "we have"), ("علينا", "on us"), ("إلينا", "to us"), ("لنا", "for us"), ("منا", "from us"),
        ("أعلى", "higher"), ("الإساءة", "abuse"), ("السيول", "floods"), ("يطّلع", "reviews"), ("بما", "with what"),
        ("مما", "from what"), ("فيها", "in it"), ("عليها", "on it"), ("أهلاً", "welcome"), ("شكراً", "thanks"),
        ("مساء", "evening"), ("الخير", "good"), ("العمل", "work"), ("الوطن", "the nation"), ("المواطنين", "citizens"),
        ("الخدمة", "the service"), ("المستشفى", "the hospital"), ("الصحة", "health"), ("التعليم", "education"),
        ("الطرق", "roads"), ("الأمطار", "rains"), ("الاستعداد", "readiness"), ("التعاون", "cooperation"),
        ("الشراكة", "partnership"), ("المشروع", "the project"), ("الافتتاح", "the opening"), ("العيد", "Eid"),
        ("رمضان", "Ramadan"), ("مبارك", "blessed"), ("الجمعة", "Friday"), ("صباح", "morning"), ("الموسم", "the season"),
        ("السياحة", "tourism"), ("الطيران", "aviation"), ("الرحلات", "trips"), ("المطار", "the airport"),
        ("نرحب", "we welcome"), ("نهنئ", "we congratulate"), ("نبارك", "we bless"), ("بروح", "with a spirit"),
        ("تمضي", "goes on"), ("الكهرباء", "electricity"), ("المياه", "water"), ("الزوار", "visitors"),
        ("المتطوعين", "volunteers"), ("الأسر", "families"), ("الأطفال", "children"), ("الطلاب", "students"),
        ("المعلمين", "teachers"), ("الأطباء", "doctors"), ("الممرضات", "nurses"), ("الفريق", "the team"),
        ("إنجاز", "achievement"), ("الجائزة", "the award"), ("المبادرة", "the initiative"), ("الحملة", "the campaign"),
        // Found by auditing every word of the seed articles and the clean development posts
        // against the veto lexicons (1 Dec 2026): each read as another word's stem.
        ("فلاي", "fly (flydubai)"), ("ندعو", "we invite"), ("دعوة", "an invitation"), ("الشروط", "the conditions"),
        ("المهني", "professional"), ("يرحمه", "God have mercy on him"), ("آسيا", "Asia"), ("بفضل", "thanks to"),
        ("التي", "which"), ("سنوات", "years"), ("الخطأ", "the mistake"), ("بالطبع", "of course"), ("إساءة", "abuse"),
        ("البنك", "the bank"), ("تأتي", "comes"), ("وسيلة", "a means"), ("الملك", "the King"), ("نفس", "same"),
        ("المدى", "the range"), ("راجعنا", "we reviewed"), ("تهمنا", "concerns us"), ("بواقع", "at a rate of"),
        ("رسوم", "fees"), ("يطلب", "asks"), ("باقي", "the rest"), ("السير", "traffic"), ("سيطرتنا", "our control"),
        ("اشترك", "subscribe"), ("يعني", "means"), ("ينتمي", "belongs"), ("تنويه", "a notice"), ("الأخبار", "the news"),
        ("رأس", "head"), ("الماء", "water"), ("منظمة", "an organisation"), ("وستبقى", "and will remain"), ("جدار", "a wall"),
        // And against the scenarios, the brief and the guides.
        ("يسهم", "contributes"), ("تسهم", "contributes"), ("نسهم", "we contribute"), ("ونسهم", "and we contribute"),
        ("فاترا", "lukewarm"), ("العالية", "high"), ("واضحا", "clearly"), ("وعدونا", "and they promised us"), ("هامش", "a margin"),
        // And words a breach uses, against the lexicons that cancel a finding: «جنسية» read as
        // «الجنسين» ("both sexes", an equality word) let a nationality-only job advert through.
        ("جنسية", "a nationality"), ("الجنسية", "the nationality"), ("فلوسنا", "our money"), ("اللاتي", "who (women)"),
        ("المخزون", "the inventory"), ("مخزي", "shameful"), ("وبينك", "and between you"),
        // And against the words that judge a person (1 Dec 2026): «وصولي» (an opportunist) read
        // «الوصول» (arrival), «سوقي» (vulgar) the markets, «نفاق» (hypocrisy) spending, «مهرج»
        // (a clown) a festival, «نكرة» (a nobody) a ball and an idea, «إمعة» (a yes-man) "with him".
        ("الوصول", "arrival"), ("ووصولكم", "and your arrival"), ("للأسواق", "to the markets"), ("الإنفاق", "spending"),
        ("مهرجان", "a festival"), ("كرة", "a ball"), ("فكرة", "an idea"), ("بكره", "tomorrow"), ("معه", "with him"),
        ("معاناة", "suffering"), ("كابلات", "cables"), ("التفاهم", "understanding"),
    ]

    /// Entries that share a word's stem in the same meaning (or are harmless as context).
    static let sameMeaning: Set<String> = [
        "أعلى→=أعلى", "السيول→السيول", "بما→=بما", "مما→=مما", "شكراً→شكرا", "شكراً→شكراً", "شكراً→=شكرا", "شكراً→=شكراً", "الإساءة→=الإساءة", "الأمطار→=الأمطار", "الطلاب→=الطلاب", "الطلاب→=طلاب", "المواطنين→المواطنين",
        "الخدمة→الخدمة", "الخدمة→الخدمات", "الخدمة→خدمة", "المستشفى→مستشفى", "المستشفى→مستشفيات", "المشروع→المشروع",
        "المشروع→مشروع", "الطيران→طيران", "الأسر→الأسر", "الفريق→الفريق", "الفريق→فريق", "الفريق→فريقنا",
        "الجائزة→الجائزة", "الجائزة→جائزة",
        // Rain as rain: the weather that a record-figure frame stands aside for.
        "الأمطار→الأمطار",
        // Floods as floods (the entry is exact so «وسيلة», "a means", no longer reads as it).
        "السيول→=السيول", "السيول→=سيول",
        // Citizens as the people an exclusion would pick.
        "المواطنين→مواطنين", "المواطنين→المواطنين",
        // Feasts, banks, years and the rest as themselves.
        // A nationality as the protected group it names (and «الجنس», the other such attribute).
        "جنسية→الجنسية", "جنسية→الجنسيات", "جنسية→جنسية", "جنسية→الجنس", "الجنسية→الجنسية", "الجنسية→الجنسيات", "الجنسية→الجنس",
        "الجنسية→جنسية", "فلوسنا→فلوسنا", "المواطنين→=المواطنين", "المواطنين→=مواطنين", "المخزون→=المخزون", "المخزون→=مخزون", "مخزي→=مخزي",
        "العيد→=العيد", "هامش→هامش", "هامش→الهامش", "هامش→هوامش", "رمضان→رمضان", "سنوات→السنة", "البنك→البنك", "البنك→بنك", "باقي→=باقي",
        // Work as an act (the words that make "cowardly" describe a deed), markets as markets,
        // tomorrow as the slang for tomorrow.
        "العمل→العمل", "العمل→العملية", "للأسواق→السوق", "بكره→بكرة",
        // Abuse as the offence readers took (the words `NonApologyRule` reads beside "some people").
        "الإساءة→الإساءة", "الإساءة→إساءة", "الإساءة→بالإساءة", "الإساءة→أساء", "إساءة→الإساءة", "إساءة→إساءة", "إساءة→بالإساءة",
        "إساءة→أساء", "إساءة→أساءت", "إساءة→يساء", "إساءة→أسيء",
        // Families and suffering as themselves (the people a crisis affects, the writer's hardship).
        "الأسر→أسر", "معاناة→معاناتي",
        // Thanks as thanks (the gratitude that makes a laugh warm, not mocking: `ContemptRule`).
        "شكراً→الشكر",
        // Students as students (the school context that makes "results" exam results).
        "الطلاب→الطلاب", "الطلاب→طلاب", "الطلاب→الطالبات", "الطلاب→طالبات", "الطلاب→الطالب",
        // Fees as fees (the everyday banking that makes "withdrawals" a service, not liquidity).
        "رسوم→=رسوم", "رسوم→=الرسوم",
        // Trips, flights and the people who serve as themselves (what "a great time to buy" or
        // "undervalued" is said of when it is no share advice: `SharePriceRule.everydayThings`).
        "الطيران→الطيران", "الرحلات→رحلات", "الرحلات→رحلة", "المتطوعين→المتطوعين", "المعلمين→المعلمين", "الأطباء→الأطباء",
        "الممرضات→الممرضات", "الممرضات→الممرضين", "الاستعداد→الاستعداد", "الموسم→الموسم", "الحملة→الحملة", "جدار→الجدار",
        // A mistake as the fault a cause is pushed onto (`BlameRule.fault`).
        "الخطأ→=الخطأ", "الخطأ→=خطأ",
        // "We have" as the company speaking of its own goods (`UndisclosedEndorsementRule.ours`).
        "لدينا→=لدينا",
    ]

    @Test func everydayWordsMeetNoLexiconEntryOfAnotherMeaning() {
        var entries: [(lexicon: String, phrase: String)] = []
        var seen = Set<String>()
        for lexicon in RuleRegistry.all.flatMap(\.lexicons) where seen.insert(lexicon.name).inserted {
            for phrase in lexicon.terms where !phrase.contains(" ") { entries.append((lexicon.name, phrase)) }
        }
        var matcher = PhraseMatcher()
        matcher.add(entries.map(\.phrase), group: 0)
        var collisions: [String] = []
        for (word, meaning) in Self.everydayWords {
            for hit in matcher.hits(in: AnalyzedText(word)) {
                let entry = entries[hit.phrase]
                let key = "\(word)→\(entry.phrase)"
                if !Self.sameMeaning.contains(key) { collisions.append("\(key) (\(meaning); \(entry.lexicon))") }
            }
        }
        #expect(collisions.isEmpty, "\(collisions.joined(separator: "\n"))")
    }
}
