import Testing
@testable import MinbarCore

@Suite struct WordFormsTests {
    func matches(_ phrases: [String], _ text: String) -> [String] {
        var matcher = PhraseMatcher()
        matcher.add(phrases, group: 0)
        let analyzed = AnalyzedText(text)
        return matcher.hits(in: analyzed).map { hit in
            analyzed.excerpt(analyzed.tokens[hit.firstToken].start, analyzed.tokens[hit.endToken - 1].end)
        }
    }

    @Test(arguments: [
        ("اجتماع", "سنعقد اجتماعاً يوم الأحد", "اجتماعاً"), ("حوّلت طلبك", "حوّلنا طلبك أمس", "حوّلنا طلبك"),
        ("نفصح", "سنفصح عن ذلك", "سنفصح"), ("زملائي", "شكراً لزملاءنا", "لزملاءنا"), ("لا تستهلكوه", "لا تستهلكوها", "لا تستهلكوها"),
        ("الدعوى", "الدعاوى المنظورة", "الدعاوى"), ("طن", "آلاف الأطنان", "الأطنان"), ("ميجابت", "500 ميقابت", "ميقابت"),
        ("طلبك", "نتابع طلبكم", "طلبكم"), ("نعلن", "بنعلن النتائج", "بنعلن"), ("مسؤولية", "المسئولية علينا", "المسئولية"),
        ("apologise", "we apologized", "apologized"), ("pay", "we paid", "paid"), ("centre", "our center", "center"),
        ("family", "families", "families"), ("cancelled", "canceled flights", "canceled"),
        // A possessive of an irregular plural is its base's: "children's" is "child".
        ("child", "the children's ward", "children's"), ("morning", "this morning's run", "morning's"),
    ])
    func aWordMatchesItsOtherForms(_ phrase: String, _ post: String, _ expected: String) {
        #expect(matches([phrase], post) == [expected])
    }

    /// A word stretched for emphasis means what it says: "stuuupid" is "stupid",
    /// «غبيييي» is «غبي», «تفوووو» is «تفو», written exact or not; a run of two is left
    /// alone ("good" is not "god"), and "sooo" is "so".
    @Test func aStretchedWordMatchesItsLetters() {
        #expect(matches(["stupid"], "you are stuuupid") == ["stuuupid"])
        #expect(matches(["=idiot"], "what an idiooooot") == ["idiooooot"])
        #expect(matches(["غبي"], "يا غبيييي") == ["غبيييي"])
        #expect(matches(["=تفو"], "تفوووو عليكم") == ["تفوووو"])
        #expect(matches(["so proud"], "we are sooo proud") == ["sooo proud"])
        #expect(matches(["god"], "a good day").isEmpty)
        #expect(WordForms.unstretched("stupid").isEmpty)
        #expect(WordForms.unstretched("cooool") == ["col", "cool"])
        #expect(WordForms.unstretched("هههههه").isEmpty)
        #expect(WordForms.isStretched("stuuupid") && WordForms.isStretched("غبيييي") && !WordForms.isStretched("good") && !WordForms.isStretched("zzz"))
    }

    /// A verbal noun of the tenth, eighth or seventh form in a phrase meets its verb in a
    /// post, as "refund" meets "refunded": «استرداد» and «يسترد» (a doubled root),
    /// «الاستثمار» and «نستثمر»; a word that only shares letters («يستر», "covers") does not.
    @Test func aVerbalNounMeetsItsVerb() {
        #expect(matches(["استرداد"], "ومن لديه عبوة يعيدها ويسترد ثمنها") == ["ويسترد"])
        #expect(matches(["الاستثمار"], "سنستثمر في الميناء ونستثمر في موظفينا") == ["سنستثمر", "ونستثمر"])
        #expect(matches(["استخدام"], "يستخدم الفريق التطبيق") == ["يستخدم"])
        #expect(matches(["استرداد"], "الله يستر علينا").isEmpty)
        #expect(matches(["استثمار"], "ثمار الموسم وفيرة").isEmpty)
        // The eighth and seventh forms: «اعتذار» and «نعتذر», «انتقاد» and «ينتقدونا», «انسحاب» and «ينسحب».
        #expect(matches(["اعتذار"], "نعتذر لكل عملائنا") == ["نعتذر"])
        #expect(matches(["انتقاد"], "اللي ينتقدونا ما عندهم شغل") == ["ينتقدونا"])
        #expect(matches(["انسحاب"], "قررنا أن ننسحب من الصفقة") == ["ننسحب"])
        #expect(matches(["اعتذار"], "لا عذر لنا").isEmpty)
        #expect(matches(["اختبار"], "وصلنا خبر سار").isEmpty)
    }

    @Test(arguments: [
        ("حديث", "نشرنا تحديث اليوم"), ("سهم", "ساهم الفريق"), ("عمل", "العمال بخير"), ("new", "the news"), ("policy", "the police"),
        ("even", "this evening"), ("لعنة", "تحدثنا عنها"), ("الحين", "حين وصلنا"), ("us", "use it"),
        // A possessive of a word that only looks inflected keeps it whole: "morning's" is
        // not "morn", the key "mourning" has.
        ("mourning", "this morning's run"), ("even", "this evening's concert"),
    ])
    func wordsThatOnlyShareLettersDoNotMatch(_ phrase: String, _ post: String) {
        #expect(matches([phrase], post).isEmpty)
    }

    @Test func anExactPhraseMatchesOnlyAsWrittenWithItsProclitics() {
        #expect(matches(["=إنجازي"], "بإنجازي وإنجازنا والإنجاز") == ["بإنجازي"])
        #expect(matches(["إنجازي"], "بإنجازي وإنجازنا") == ["بإنجازي", "وإنجازنا"])
        #expect(matches(["=news"], "news and new") == ["news"])
        #expect(matches(["=take over"], "we took over; we take over") == ["take over"])
    }

    @Test func anExactWordMeetsItsPronounsOfYouWeAndThey() {
        // "Your stupidity" is stupidity: the pronoun ending comes off, and the ta marbuta back.
        #expect(matches(["=تفاهة"], "كفى تفاهتك وتفاهتكم") == ["تفاهتك", "وتفاهتكم"])
        #expect(matches(["=سيولة"], "سيولتنا تكفي وسيولتها أقل") == ["سيولتنا", "وسيولتها"])
        #expect(matches(["=بيت"], "بيتك بيتنا") == ["بيتك", "بيتنا"])
    }

    @Test(arguments: [
        // ـي makes an adjective; ـه is also the folded ta marbuta; the article takes no pronoun.
        ("=همج", "تصرف همجي"), ("=فاشل", "خطة فاشلة"), ("=فاشل", "المجموعة الفاشلة"), ("=إنجازي", "وإنجازنا"),
        // Endings that only look like pronouns.
        ("=بلا", "عروض بلاك فرايدي"), ("=كان", "كأنها لم تكن"), ("=اشتر", "اشترك في النشرة"),
    ])
    func anExactWordDoesNotMeetWhatOnlyEndsLikeAPronoun(_ phrase: String, _ post: String) {
        #expect(matches([phrase], post).isEmpty)
    }

    @Test func bothSidesReduceToTheSameKeys() {
        // The phrase written in a plural form matches the singular in a post, and back.
        #expect(matches(["وظائف"], "وظيفة جديدة") == ["وظيفة"])
        #expect(matches(["وظيفة"], "وظائف جديدة") == ["وظائف"])
        #expect(matches(["workers"], "one worker") == ["worker"])
    }

    @Test func explainShowsEachWordsKeys() {
        let explained = PhraseMatcher.explain("سنفصح")
        #expect(explained.count == 1)
        #expect(explained[0].keys.contains("~>فصح"), "a phrase in the future keeps it")
        #expect(PhraseMatcher.explain("نفصح")[0].keys.contains("~فصح"))
        #expect(PhraseMatcher.explain("=news")[0].keys == ["=news"])
        #expect(PhraseMatcher.explain("hr-care@tanweer.example")[0].keys[0].hasPrefix("inside an address"))
    }

    @Test func keysArePureAndCached() {
        for word in ["اجتماعاتنا", "apologised", "12"] {
            #expect(WordForms.keys(of: word) == WordForms.cachedKeys(of: word))
            #expect(WordForms.cachedKeys(of: word) == WordForms.cachedKeys(of: word))
        }
    }
}
