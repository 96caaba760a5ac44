/// What the analysis asks of a token's text alone, every token of every post: whether it
/// is in a closed class (`ClosedClasses`), a time word (`Evidence`), laughter, and so on.
/// Each answer was a look-up in a `WordSet` (a hash of the word's bytes and a probe) or a
/// walk over its bytes, asked again for every token and by several passes. A post
/// repeats its words and shares most of them with the last post, so the answers are
/// worked out once per distinct text, when `TokenTextCache` first makes its string, and
/// kept beside it: a token carries its text's facts (`Token.facts`) and a question is
/// one bit.
///
/// Every fact is a function of the text's bytes and of fixed word lists, nothing else, so
/// where or when it was worked out never changes an answer. A fact that also depends on
/// the token (its kind, whether it is Arabic) or on its neighbours is still asked of the
/// token by the caller; only the part that reads the text is here.
struct WordFacts: OptionSet, Sendable, Equatable {
    let rawValue: UInt64

    /// Set once the facts are worked out. A token made outside the tokenizer (a test's,
    /// or a copy whose text was changed) has none, and its facts are read from its text
    /// when asked (see `Array<Token>.has(_:at:)`).
    static let known = WordFacts(rawValue: 1 << 63)
    /// Nothing worked out yet.
    static let unknown = WordFacts([])

    // Moves (`MoveRecognizer`, `ClosedClasses`).

    /// `MoveRecognizer.segmentBreaks`: a comma, semicolon, colon or dash.
    static let segmentBreak = WordFacts(rawValue: 1 << 0)
    /// `ClosedClasses.firstPersonSubject`.
    static let firstPersonSubject = WordFacts(rawValue: 1 << 1)
    /// `ClosedClasses.firstPerson`.
    static let firstPerson = WordFacts(rawValue: 1 << 2)
    /// `ClosedClasses.subjectPronouns` or `ClosedClasses.auxiliaries`.
    static let subjectOrAuxiliary = WordFacts(rawValue: 1 << 3)
    /// `ClosedClasses.verbForms` or `ClosedClasses.predicateAdjectives`.
    static let verbOrPredicateAdjective = WordFacts(rawValue: 1 << 4)
    /// Ends in "ed" and has five scalars or more (a past form, in `MoveRecognizer.isClause`).
    static let pastEnding = WordFacts(rawValue: 1 << 5)
    /// Ends in "n't".
    static let negativeContraction = WordFacts(rawValue: 1 << 6)
    /// `ClosedClasses.englishFunctionWords`.
    static let englishFunctionWord = WordFacts(rawValue: 1 << 7)
    /// An Arabic word that makes a clause (`MoveRecognizer.isClause`): a function word or
    /// a listed verb, with or without its conjunction, a future or a "we" form.
    static let arabicClauseWord = WordFacts(rawValue: 1 << 8)
    /// Without its conjunction, starts with a preposition fused to the article
    /// (بال، لل، كال).
    static let arabicFusedPreposition = WordFacts(rawValue: 1 << 9)
    /// `ClosedClasses.future` ("will", "we'll").
    static let englishFuture = WordFacts(rawValue: 1 << 10)
    /// Without its conjunction, an Arabic future verb: سـ on an imperfect, or the
    /// Egyptian هـ/حـ (`MoveRecognizer.commitmentMarker`).
    static let arabicFutureVerb = WordFacts(rawValue: 1 << 11)
    /// `ClosedClasses.arabicFutureParticles` (سوف، راح).
    static let arabicFutureParticle = WordFacts(rawValue: 1 << 12)
    /// `ClosedClasses.stativeVerbs` or `ClosedClasses.negators`.
    static let stativeOrNegator = WordFacts(rawValue: 1 << 13)
    /// `ClosedClasses.englishVocatives`.
    static let englishVocative = WordFacts(rawValue: 1 << 14)
    /// Without its conjunction, `ClosedClasses.arabicVocatives`.
    static let arabicVocative = WordFacts(rawValue: 1 << 15)

    // Evidence (`Evidence`).

    /// `Evidence.relativeTimeLeads` ("within", «خلال»).
    static let relativeTimeLead = WordFacts(rawValue: 1 << 16)
    /// `Evidence.countWords` ("two", «ثلاثة»).
    static let countWord = WordFacts(rawValue: 1 << 17)
    /// `Evidence.fillerWords` ("the", "of").
    static let timeFiller = WordFacts(rawValue: 1 << 18)
    /// `Evidence.isClockWord` ("6pm").
    static let clockWord = WordFacts(rawValue: 1 << 19)
    /// `Evidence.isFigureWord` ("80k", "omr35m").
    static let figureWord = WordFacts(rawValue: 1 << 20)

    // Laughter (`Laughter`).

    /// `Laughter.leadsLikeLaughter`: led by h, «ه» or «خ».
    static let leadsLikeLaughter = WordFacts(rawValue: 1 << 21)
    /// Written laughter as a word («هههه», "hahaha"): `Laughter.isWritten` of a word token.
    static let writtenLaughter = WordFacts(rawValue: 1 << 22)

    // Disguised words (`PhraseMatcher.disguisedReadings`).

    /// One scalar (a letter spelt out, a digit standing for one).
    static let oneScalar = WordFacts(rawValue: 1 << 23)
    /// A mark that may stand for a letter inside a word: `*` or a substitute
    /// (`Confusables.isSubstitute` of its first scalar: `$hit`, `@`).
    static let letterStandIn = WordFacts(rawValue: 1 << 24)

    // Marks compared on every sentence or every token (as `==` compares strings).

    /// `:` (`MoveRecognizer.shape`).
    static let colon = WordFacts(rawValue: 1 << 25)
    /// `?` (`MoveRecognizer.shape`).
    static let questionMark = WordFacts(rawValue: 1 << 26)
    /// `%` or `٪` (`Entity.percent`).
    static let percentSign = WordFacts(rawValue: 1 << 27)

    // Stretched words (`ShoutingRule`).

    /// A scalar three times in a row or more («جمييييل»).
    static let stretchedLetter = WordFacts(rawValue: 1 << 28)

    // Dialect readings (`PhraseMatcher.dialectReadings`).

    /// `PhraseMatcher.dialectNegations` or `PhraseMatcher.dialectFutureParticles` («ما»، «راح»، «سوف»).
    static let dialectParticle = WordFacts(rawValue: 1 << 29)
    /// `PhraseMatcher.egyptianFutureVerb` of the text itself (هنعلن، حيتم).
    static let egyptianFuture = WordFacts(rawValue: 1 << 30)

    // Rules' word lists asked of every word of every post.

    /// `CorporateActionRule.privateWords` ("private", «مقفلة»).
    static let privateWord = WordFacts(rawValue: 1 << 31)

    // Titles before a name (`PersonalAttackRule.namesAPerson`, asked of every word of
    // the sentences around a put-down or contempt).

    /// `PersonalAttackRule.personTitles` («الأستاذ», "dr").
    static let personTitle = WordFacts(rawValue: 1 << 32)
    /// `PersonalAttackRule.titles` (a person's titles and the wider ones: «صحيفة», "sir").
    static let title = WordFacts(rawValue: 1 << 33)
    /// Starts with «و» or «ف» (`startsWithScalars`), and is a `personTitle` without its
    /// first character («والأستاذ»). The rule asks it only of an Arabic token.
    static let personTitleAfterConjunction = WordFacts(rawValue: 1 << 34)
    /// The same for `title` («وصحيفة»).
    static let titleAfterConjunction = WordFacts(rawValue: 1 << 35)

    // Dates (`NamedDay`, asked of every capitalised or Arabic word of the sentences it reads).

    /// A key of `NamedDay.months` ("april", «يوليو»). Worked out by that very look-up,
    /// once per text: a `String` key hashed and compared by its canonical form cost
    /// about 1,700 instructions a word, most of them for words that name no month.
    static let monthName = WordFacts(rawValue: 1 << 36)

    // Layoffs told around a number (`ColdLayoffRule.peopleLetGo`, asked of every token).

    /// `ColdLayoffRule.letVerbs` ("let", "letting"). The scan compared every token's text
    /// with both words, about sixty instructions a token; the bit answers the same question
    /// (the set compares bytes, as that comparison did).
    static let letVerb = WordFacts(rawValue: 1 << 37)

    /// The facts of `text`, worked out (with `known` set). Worked out for every new text
    /// a thread meets (every phrase of every lexicon at start-up, too), so the word lists
    /// are one table (`lists`): one probe for the text and one for it without its
    /// conjunction, where asking each list was a probe of its own.
    static func of(_ text: String) -> WordFacts {
        var facts = WordFacts.known
        let lists = Self.lists
        let written = lists.words.index(of: text)
        if let written { facts.formUnion(lists.asWritten[written]) }
        let base = ClosedClasses.arabicBase(text)
        // `arabicBase` gives back the text itself unless it strips a conjunction.
        let stripped = base.utf8.count != text.utf8.count
        if let member = stripped ? lists.words.index(of: base) : written { facts.formUnion(lists.asBase[member]) }
        func note(_ fact: WordFacts, _ holds: Bool) { if holds { facts.insert(fact) } }
        let lastByte = MoveRecognizer.lastByte(of: text)
        note(.pastEnding, lastByte == UInt8(ascii: "d") && text.hasSuffix("ed") && text.unicodeScalars.count >= 5)
        note(.negativeContraction, lastByte == UInt8(ascii: "t") && text.hasSuffix("n't"))
        let arabicFuture = ClosedClasses.isArabicFuture(base: base)
        // A "we" form and a plural verb end in «ا» (D8 A7), and `base` ends as the text does.
        // The plural verb is asked of the word as written too: a root's own و or ف («وصلوا»,
        // «فازوا») is read off by `arabicBase` as if it were the conjunction.
        note(.arabicClauseWord, arabicFuture || (lastByte == 0xA7 && (ClosedClasses.isArabicWeForm(base: base)
                                                                      || ClosedClasses.isArabicPluralVerb(base: base)
                                                                      || ClosedClasses.isArabicPluralVerb(base: text))))
        // Each prefix's first letter first: `startsWithScalars` walks the scalars.
        if let first = base.firstScalar, first == "ب" || first == "ل" || first == "ك" {
            note(.arabicFusedPreposition, base.startsWithScalars("بال") || base.startsWithScalars("لل") || base.startsWithScalars("كال"))
        }
        note(.arabicFutureVerb, arabicFuture || PhraseMatcher.egyptianFutureVerb(base) != nil)
        note(.clockWord, Evidence.isClockWord(text))
        note(.figureWord, Evidence.isFigureWord(text))
        note(.leadsLikeLaughter, text.readingUTF8(Laughter.leadsLikeLaughter))
        note(.writtenLaughter, Laughter.isWritten(word: text))
        note(.oneScalar, text.isOneScalar)
        // The marks compared by their length first: `==` on a longer text (an Arabic
        // word) normalises it to compare, and no other text is canonically equivalent to
        // one of these marks (none is the decomposition of another character).
        let bytes = text.utf8.count
        note(.letterStandIn, (bytes == 1 && text == "*") || text.firstScalar.map(Confusables.isSubstitute) == true)
        note(.colon, bytes == 1 && text == ":")
        note(.questionMark, bytes == 1 && text == "?")
        note(.percentSign, (bytes == 1 && text == "%") || (bytes == 2 && text == "٪"))
        note(.stretchedLetter, longestRun(in: text) >= 3)
        note(.egyptianFuture, PhraseMatcher.egyptianFutureVerb(text) != nil)
        note(.monthName, NamedDay.months[text] != nil)
        // A title after «و» or «ف», without its first character, as `namesAPerson` reads
        // it (the first scalar first: `startsWithScalars` walks the scalars).
        if let first = text.firstScalar, first == "و" || first == "ف", text.startsWithScalars("و") || text.startsWithScalars("ف"),
           let member = lists.words.index(of: String(text.dropFirst())) {
            note(.personTitleAfterConjunction, lists.asWritten[member].contains(.personTitle))
            note(.titleAfterConjunction, lists.asWritten[member].contains(.title))
        }
        return facts
    }

    /// The longest run of one scalar repeated in `text` (1 for the empty text).
    private static func longestRun(in text: String) -> Int {
        var longest = 1, run = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            run = scalar == previous ? run + 1 : 1
            longest = max(longest, run)
            previous = scalar
        }
        return longest
    }

    /// Every word of the lists the facts name, with the facts each gives a text that is
    /// that word (`asWritten`) and a text that is that word after a conjunction
    /// (`asBase`, see `ClosedClasses.arabicBase`), by its place in `words`.
    private struct Lists {
        var words = WordSet()
        var asWritten: [WordFacts] = []
        var asBase: [WordFacts] = []

        mutating func add(_ list: WordSet, _ fact: WordFacts, asBase base: Bool = false) {
            for word in list {
                words.insert(word)
                let member = words.index(of: word)!
                while asWritten.count <= member { asWritten.append([]); asBase.append([]) }
                if base { asBase[member].insert(fact) } else { asWritten[member].insert(fact) }
            }
        }
    }

    private static let lists: Lists = {
        var lists = Lists()
        lists.add(MoveRecognizer.segmentBreaks, .segmentBreak)
        lists.add(ClosedClasses.firstPersonSubject, .firstPersonSubject)
        lists.add(ClosedClasses.firstPerson, .firstPerson)
        lists.add(ClosedClasses.subjectPronouns, .subjectOrAuxiliary)
        lists.add(ClosedClasses.auxiliaries, .subjectOrAuxiliary)
        lists.add(ClosedClasses.verbForms, .verbOrPredicateAdjective)
        lists.add(ClosedClasses.predicateAdjectives, .verbOrPredicateAdjective)
        lists.add(ClosedClasses.englishFunctionWords, .englishFunctionWord)
        // `MoveRecognizer.isClause`: a function word or listed verb, as written or without its conjunction.
        for list in [ClosedClasses.arabicFunctionWords, MoveRecognizer.arabicVerbs] {
            lists.add(list, .arabicClauseWord)
            lists.add(list, .arabicClauseWord, asBase: true)
        }
        lists.add(ClosedClasses.future, .englishFuture)
        lists.add(ClosedClasses.arabicFutureParticles, .arabicFutureParticle)
        lists.add(ClosedClasses.stativeVerbs, .stativeOrNegator)
        lists.add(ClosedClasses.negators, .stativeOrNegator)
        lists.add(ClosedClasses.englishVocatives, .englishVocative)
        lists.add(ClosedClasses.arabicVocatives, .arabicVocative, asBase: true)
        lists.add(Evidence.relativeTimeLeads, .relativeTimeLead)
        lists.add(Evidence.countWords, .countWord)
        lists.add(Evidence.fillerWords, .timeFiller)
        lists.add(PhraseMatcher.dialectNegations, .dialectParticle)
        lists.add(PhraseMatcher.dialectFutureParticles, .dialectParticle)
        lists.add(CorporateActionRule.privateWords, .privateWord)
        lists.add(PersonalAttackRule.personTitles, .personTitle)
        lists.add(PersonalAttackRule.titles, .title)
        lists.add(ColdLayoffRule.letVerbs, .letVerb)
        return lists
    }()
}

extension Array where Element == Token {
    /// Whether token `index`'s text has `fact`: one bit of the facts the tokenizer left on
    /// it, or, for a token made elsewhere, worked out from its text.
    @inline(__always)
    func has(_ fact: WordFacts, at index: Int) -> Bool {
        let facts = self[index].facts
        if facts.contains(.known) { return facts.contains(fact) }
        return WordFacts.of(text(at: index)).contains(fact)
    }
}
