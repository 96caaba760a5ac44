/// Light stemming for Arabic, after light10 (Larkey, Ballesteros & Connell, 2007), made
/// to give match keys rather than one stem. It works on normalised text (hamza seats
/// folded to ء, ة to ه, ى to ي, no diacritics or tatweel).
///
/// A word gives noun keys and verb keys. Noun keys strip proclitics (و ف ب ك ل ال and
/// their combinations), one enclitic pronoun (ـه ـها ـهم ـكم ـنا ـي …), sound plural and
/// dual endings (ـات ـون ـين ـان ـتان ـتين), tanween alif; ta marbuta comes back before a
/// suffix (شركتنا → شركه) and alif maqsura too (مستشفانا → مستشفي); broken plurals and
/// Gulf spellings map to one form (`ArabicWordTables`). Verb keys, marked with `~`, strip
/// future prefixes (سـ، Gulf بـ) and person prefixes (أ ن ت ي) and inflection endings
/// (ـوا ـون ـت ـنا ـتم …), so `نفصح`، `سنفصح`، `بنفصح`، `أفصحنا` share `~فصح`. Future forms
/// also get a `~>` key: a phrase written in the future (ستتجاوز) keeps its meaning and
/// meets only future forms. A verb key
/// is made only when a prefix or an inflection ending was actually removed, so a bare
/// noun (`حديث`) never meets a verb that merely contains it (`تحديث`); the exceptions are
/// a post's bare past verb (`~!`, حقق meets نحقق) and weak verbs, whose forms share only
/// two consonants (`~#قل` for قال، يقول، قلنا; `~%` defective; `~@` doubled). Other stems
/// keep at least three letters.
public enum ArabicStemmer {
    static let minimumStem = 3

    /// The keys of a word in a post: every reading of its clitics.
    public static func keys(of word: String) -> [String] { keys(of: word, inPhrase: false) }

    /// The keys of a word in a phrase a person wrote (a lexicon entry, a cue). A phrase
    /// word is taken to start where the writer started it: a leading و ف ب ك ل is part
    /// of the word (لعنة is not لـ + عنه), while ال and future سـ are still read off.
    public static func phraseKeys(of word: String) -> [String] { keys(of: word, inPhrase: true) }

    static func keys(of word: String, inPhrase: Bool) -> [String] {
        let scalars = word.scalarArray
        guard scalars.count >= 2 else { return [word] }
        return keys(of: scalars, readings: proclitics(of: scalars), inPhrase: inPhrase)
    }

    /// `keys(of:)` followed by `exactKeys(of:inPhrase: false)`, the keys `WordForms` gives
    /// a post word: its scalars and clitic readings are worked out once for both (each
    /// read them again for every new word).
    static func postKeys(of word: String) -> [String] {
        let scalars = word.scalarArray
        guard scalars.count >= 2 else { return [word, WordForms.exactKey(word)] }
        let readings = proclitics(of: scalars)
        return keys(of: scalars, readings: readings, inPhrase: false)
            + exactKeys(of: word, scalars: scalars, readings: readings)
    }

    /// Whether `addPostKeys(of:scalars:into:)` may give a word's keys as bytes: every
    /// key of a word of Arabic letters U+0621–U+064A is then plain (`PlainText`), the
    /// forms words are filed under included, so bytes decide every look-up.
    static let bytesReady: Bool = ArabicWordTables.canonicalByBytes != nil
        && ArabicWordTables.canonicalByBytes!.targets.allSatisfy(PlainText.isPlain)
        && ArabicWordTables.prefixSpellings.allSatisfy { PlainText.arePlain($0.1) }

    /// The keys `postKeys(of:)` gives a word of at least two letters (`scalars`, its
    /// letters), in the same order, as bytes (repeats kept).
    static func addPostKeys(of word: String, scalars: [Unicode.Scalar], into keys: inout KeyBytes) {
        let readings = proclitics(of: scalars)
        addKeys(of: scalars, readings: readings, inPhrase: false, into: &keys)
        addExactKeys(of: word, scalars: scalars, readings: readings, into: &keys)
    }

    /// `keys(of:inPhrase:)` of a word of at least two letters, from its scalars and their
    /// readings (`proclitics(of:)`).
    private static func keys(of scalars: [Unicode.Scalar], readings: [Reading], inPhrase: Bool) -> [String] {
        var keys = KeyList()
        addKeys(of: scalars, readings: readings, inPhrase: inPhrase, into: &keys)
        return keys.list
    }

    /// The keys `keys(of:readings:inPhrase:)` lists, given to `keys` in the same order
    /// (a `KeyList` makes them strings; `KeyBytes` keeps them as UTF-8 bytes).
    static func addKeys<Keys: ArabicKeySink>(of scalars: [Unicode.Scalar], readings: [Reading], inPhrase: Bool, into keys: inout Keys) {
        keys.add(scalars[...], mapped: true)
        // «ولا نعلّق», «فلن نسمح»: a post's و or ف on a particle too short to be a stem (see
        // `minimumStem`) is still read off, so the particle's phrases meet it.
        if !inPhrase, scalars.count == 3, scalars[0] == waw || scalars[0] == fa,
           conjoinedParticles.contains(where: { $0[0] == scalars[1] && $0[1] == scalars[2] }) {
            keys.add(scalars[1...], mapped: true)
        }
        for reading in readings {
            let remainder = reading.rest
            if inPhrase && !reading.article && !reading.future && remainder.count != scalars.count { continue }
            // A phrase that says "will" (ستتجاوز) keeps it: it meets only future forms in a
            // post (ستتجاوز، بتتجاوز), never the present or the past.
            if !(inPhrase && reading.future) { nounKeys(remainder, into: &keys) }
            // A phrase's verbal noun of the tenth, eighth or seventh form meets its verb:
            // «استرداد» ("refund") meets «يسترد», «اعتذار» «نعتذر». (A post's verb key drops
            // its person prefix: the same letters.) Only phrases: a post's masdar is a noun.
            if inPhrase && !reading.future { verbalNounVerbKeys(remainder, into: &keys) }
            // A word with the article is a noun: الأفضل ("the best") is not a verb أفضل,
            // and الوطني is not ا + لوط + ني. Form VIII verbs of roots with ل (التزم، التقى)
            // are the one exception.
            if !reading.article && !startsWithArticle(remainder) {
                verbKeys(remainder, future: reading.future, onlyFuture: inPhrase && reading.future, into: &keys)
            }
            // A bare past verb of the third person (حقق، راجع، قال، دعا) has no prefix or
            // ending to show it is a verb. In a post it may meet a phrase's verb (نحقق،
            // نراجع، نقول، ندعو); a phrase word stays a noun unless its form says verb, so
            // «سهم» (a share) never meets «يسهم» (contributes).
            // After a preposition (بـ كـ لـ) a word is a noun: كافة is not كـ + a verb.
            if !inPhrase, !reading.article, !reading.future, !reading.nominal { bareVerbKeys(remainder, into: &keys) }
            // Gulf بـ before a first-person verb with its hamza dropped: بحضر = سأحضر.
            if !inPhrase, reading.preposition, remainder.count >= minimumStem, !(remainder.first == alef && remainder.dropFirst().first == lam) {
                keys.addVerb(remainder, future: false, barePast: false)
                keys.addVerb(remainder, future: true, barePast: false)
            }
        }
    }

    /// The verb key of a derived verbal noun, its alifs dropped: the tenth form «استفعال»
    /// (ا س ت, three root letters with an alif before the last) gives `~ستفعل`; the eighth
    /// «افتعال» and seventh «انفعال» (ا, a root letter and ت or ن and a root letter, an
    /// alif, the last root letter) give `~فتعل`, `~نفعل`: «اعتذار» meets «نعتذر», «انسحاب»
    /// «ينسحب». A doubled root («استرداد», whose verb is written «يسترد») also gives the
    /// key without its last letter. The shapes are tight enough that few nouns have them
    /// by chance.
    static func verbalNounVerbKeys<Keys: ArabicKeySink>(_ word: ArraySlice<Unicode.Scalar>, into keys: inout Keys) {
        guard word.count == 6 || word.count == 7 else { return }
        let letters = Array(word)
        func firm(_ index: Int) -> Bool { ![alef, waw, ya].contains(letters[index]) }
        if letters.count == 7 {
            guard letters[1] == seen, letters[2] == ta, firm(3), firm(4) else { return }  // استفعال
        } else {
            guard letters[1] == noon || letters[2] == ta, firm(1), firm(3) else { return }  // انفعال، افتعال
        }
        let last = letters.count - 1
        guard letters[0] == alef, letters[last - 1] == alef else { return }
        // The verb's letters: the word without its first alif and the alif before its last letter.
        let stem = letters[1..<(last - 1)] + [letters[last]]
        keys.addVerb(stem[...], future: false, barePast: false)
        if letters[last - 2] == letters[last] { keys.addVerb(stem.dropLast(), future: false, barePast: false) }
    }

    /// Keys under exact matching (a phrase marked `=`): the word as written, and in a
    /// post also without its proclitics, so `=إنجازي` meets بإنجازي but not إنجازنا.
    /// A post word also gives up a possessive or object pronoun of "you", "we" or "they"
    /// (ـك ـكم ـكما ـكن ـنا ـها ـهم ـهما ـهن), with its ta marbuta back (تفاهتك → تفاهة):
    /// `=تفاهة` meets «تفاهتك» and `=سيولة` «سيولتنا», as "stupidity" meets "your
    /// stupidity" in English. Not ـي (a stem + ي is as often an adjective: همج → همجي) nor
    /// ـه (after folding it is also the ta marbuta: فاشلة is no فاشل + ـه), and never after
    /// the article, which a possessive does not follow.
    public static func exactKeys(of word: String, inPhrase: Bool) -> [String] {
        let scalars = word.scalarArray
        guard !inPhrase, scalars.count >= 2 else { return [WordForms.exactKey(word)] }
        return exactKeys(of: word, scalars: scalars, readings: proclitics(of: scalars))
    }

    /// `exactKeys(of:inPhrase: false)` of a word of at least two letters, from its
    /// scalars and their readings (`proclitics(of:)`).
    private static func exactKeys(of word: String, scalars: [Unicode.Scalar], readings: [Reading]) -> [String] {
        // A `KeyList` drops repeats by bytes where both keys are plain (`String`'s `==` was
        // a normalising comparison of every Arabic key with each before it).
        var keys = KeyList()
        addExactKeys(of: word, scalars: scalars, readings: readings, into: &keys)
        return keys.list
    }

    /// The keys `exactKeys(of:scalars:readings:)` lists, given to `keys` in the same order.
    static func addExactKeys<Keys: ArabicKeySink>(of word: String, scalars: [Unicode.Scalar], readings: [Reading], into keys: inout Keys) {
        keys.addExact(word: word)
        for reading in readings.dropFirst() { keys.addExact(reading.rest, then: nil) }
        for reading in readings where !reading.article && !startsWithArticle(reading.rest) {
            let rest = reading.rest
            for pronoun in possessivePronouns where rest.count >= pronoun.count + minimumStem && rest.hasSuffix(pronoun) {
                let stem = rest.dropLast(pronoun.count)
                guard !pronounMisreadings.contains(String(scalars: stem)) else { continue }
                keys.addExact(stem, then: nil)
                if stem.last == ta { keys.addExact(stem.dropLast(), then: ha) }
            }
        }
    }

    /// The pronouns `exactKeys(of:inPhrase:)` reads off a post word.
    static let possessivePronouns: [[Unicode.Scalar]] = ["كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ك"].map(scalars)
    /// Stems an exact phrase names that a pronoun ending would misread: «كأنها» ("as if
    /// she") is not «كان» ("was"), «بلاك» ("black") not «بلا» ("without"), «اشترك»
    /// ("subscribe") not «اشترِ» ("buy").
    static let pronounMisreadings: Set<String> = ["كان", "بلا", "اشتر"]

    // MARK: Letters

    /// Particles of two letters a conjunction is written onto: لا لن لم ما قد.
    static let conjoinedParticles: [[Unicode.Scalar]] = ["لا", "لن", "لم", "ما", "قد"].map { Array($0.unicodeScalars) }
    static let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}", waw: Unicode.Scalar = "\u{0648}"
    static let ya: Unicode.Scalar = "\u{064A}", ha: Unicode.Scalar = "\u{0647}", ta: Unicode.Scalar = "\u{062A}"
    static let noon: Unicode.Scalar = "\u{0646}", seen: Unicode.Scalar = "\u{0633}", hamza: Unicode.Scalar = "\u{0621}"
    static let fa: Unicode.Scalar = "\u{0641}", ba: Unicode.Scalar = "\u{0628}", kaf: Unicode.Scalar = "\u{0643}"
    /// Letters an imperfect verb starts with (أ after folding is ا).
    static let imperfectPrefixes: Set<Unicode.Scalar> = [alef, noon, ta, ya]

    /// `imperfectPrefixes.contains(letter)`, as comparisons (a set hashed the letter with
    /// SipHash, several times for every new word).
    @inline(__always)
    static func isImperfectPrefix(_ letter: Unicode.Scalar) -> Bool {
        letter == alef || letter == noon || letter == ta || letter == ya
    }

    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// Proclitic combinations, longest first; `true` when the last clitic is the preposition بـ.
    static let procliticList: [(clitic: [Unicode.Scalar], article: Bool, preposition: Bool)] = [
        ("وبال", true, false), ("فبال", true, false), ("وكال", true, false), ("وال", true, false), ("فال", true, false),
        ("بال", true, false), ("كال", true, false), ("ولل", true, false), ("فلل", true, false), ("لل", true, false),
        ("ال", true, false), ("وب", false, true), ("ول", false, false), ("فب", false, true), ("فل", false, false),
        ("وك", false, false), ("فك", false, false), ("و", false, false), ("ف", false, false), ("ب", false, true),
        ("ل", false, false), ("ك", false, false),
    ].map { (scalars($0.0), $0.1, $0.2) }

    /// One way of reading clitics off the front of a word.
    struct Reading {
        var rest: ArraySlice<Unicode.Scalar>
        /// The article (ال) was read off.
        var article = false
        /// The last clitic is the preposition بـ.
        var preposition = false
        /// A future marker was read off: سـ, or Gulf بـ before an imperfect verb.
        var future = false
        /// The last clitic is a preposition (بـ كـ لـ), which comes before nouns.
        var nominal = false
    }

    /// The word itself and each way of reading clitics off its front.
    static func proclitics(of word: [Unicode.Scalar]) -> [Reading] {
        // Room for the usual readings at once: grown from one, the list was reallocated
        // for nearly every new word.
        var result: [Reading] = []
        result.reserveCapacity(4)
        result.append(Reading(rest: word[...]))
        if ArabicWordTables.isLexicalised(word) { return result }
        // The first letters compared before the rest: most clitics differ from the word there.
        for (clitic, article, preposition) in procliticList
        where word.count > clitic.count && word[0] == clitic[0] && word.starts(with: clitic) {
            let rest = word[clitic.count...]
            guard rest.count >= (article ? 2 : minimumStem) else { continue }
            // Gulf بـ + imperfect (بنعلن، بيصير) marks intent, as سـ does.
            let future = preposition && rest.count >= 4 && (rest.first.map { $0 != alef && isImperfectPrefix($0) } ?? false)
            let last = clitic.last
            let nominal = !article && (last == ba || last == kaf || last == lam)
            result.append(Reading(rest: rest, article: article, preposition: preposition, future: future, nominal: nominal))
        }
        // Future سـ (and وسـ، فسـ) only before an imperfect prefix: سنعلن، وسيتم، سيصل.
        for lead in futureLeads where word.count >= lead.count + 3 && word.starts(with: lead) {
            let rest = word[lead.count...]
            if let first = rest.first, isImperfectPrefix(first) { result.append(Reading(rest: rest, future: true)) }
        }
        return result
    }

    /// The future سـ with the conjunctions that may come before it (built once, not per word).
    static let futureLeads: [[Unicode.Scalar]] = [[seen], [waw, seen], [fa, seen]]

    static let pronouns: [[Unicode.Scalar]] = ["كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ني", "ه", "ك", "ي"].map(scalars)
    /// Object pronouns read off verbs; ـك and ـي are left out, since a verb stem before
    /// them is too often a noun or another verb (اشترك is not اشترِ + ك).
    static let verbPronouns: [[Unicode.Scalar]] = ["كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ني", "ه"].map(scalars)
    static let inflections: [[Unicode.Scalar]] = ["تما", "وا", "ون", "ين", "ان", "تم", "تن", "نا", "ت", "و", "ي"].map(scalars)
    /// Endings of the past that follow a consonant: what a hollow verb keeps when its alif goes (قلنا، كنت).
    static let pastEndings: [[Unicode.Scalar]] = ["تما", "تم", "تن", "نا", "ت"].map(scalars)
    /// Endings after which a weak verb's core shows: the past's and the plural's ـوا.
    static let weakEndings: [[Unicode.Scalar]] = ["تما", "وا", "تم", "تن", "نا", "ت"].map(scalars)

    /// The classes of weak verbs whose forms share only two consonants.
    enum WeakClass: Character {
        case hollow = "#", defective = "%", doubled = "@"

        /// The marker's one ASCII byte.
        var asciiByte: UInt8 {
            switch self {
            case .hollow: return UInt8(ascii: "#")
            case .defective: return UInt8(ascii: "%")
            case .doubled: return UInt8(ascii: "@")
            }
        }
    }

    // MARK: Nouns

    static func nounKeys<Keys: ArabicKeySink>(_ word: ArraySlice<Unicode.Scalar>, into keys: inout Keys) {
        keys.add(word, mapped: true)
        // The article and a possessive pronoun never share a word: اللي is not الل + ي.
        let definite = word.count <= 4 && word.first == alef && word.dropFirst().first == lam
        // The bases (the word, then each stem a pronoun leaves) as how many letters each
        // drops from the word's end, on the stack: a list of slices was allocated, and
        // grown, for every noun reading of every new word.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: pronouns.count + 1) { drops in
            drops[0] = 0
            var baseCount = 1
            for pronoun in pronouns where !definite && word.count > pronoun.count && word.hasSuffix(pronoun) {
                let stem = word.dropLast(pronoun.count)
                // Two-letter nouns (حق، رد، حل) are listed; any other stem keeps three letters.
                guard stem.count >= minimumStem || ArabicWordTables.isShortNoun(stem) else { continue }
                drops[baseCount] = pronoun.count
                baseCount += 1
                keys.add(stem, mapped: pronoun.count > 1 || pronoun[0] != ha)
                guard let last = stem.last else { continue }
                if last == ta { keys.add(stem.dropLast(), then: ha) }          // شركتنا → شركه
                if last == alef { keys.add(stem.dropLast(), then: ya) }        // مستشفانا → مستشفي
                if (last == ya || last == waw), stem.count >= 4 { keys.add(stem.dropLast(), mapped: true) }  // موظفينا → موظف
            }
            for place in 0..<baseCount {
                let base = word.dropLast(drops[place])
                let count = base.count
                // A plural or dual ending in ن loses it before a pronoun (موظفوه، موظفيها), and
                // nothing follows it as ة: «وسخونة» is «و» + «سخونة» ("heat"), not «وسخون» + ة.
                for ending in pluralEndings where count - ending.letters.count >= minimumStem && base.hasSuffix(ending.letters)
                    && (place == 0 || ending.letters.last != noon) {
                    let stem = base.dropLast(ending.letters.count)
                    if ending.feminine { keys.add(stem, then: ha) } else { keys.add(stem, mapped: true) }
                    if ending.alsoBare { keys.add(stem, mapped: true) }
                }
                // Tanween alif: اجتماعاً → اجتماع (not after a long vowel, and not the ـها of "her":
                // ta marbuta takes no alif).
                if count >= 3, base.last == alef, !isNoTanweenBefore(base[base.index(base.endIndex, offsetBy: -2)]),
                   count >= 4 || ArabicWordTables.isShortNoun(base.dropLast()) {
                    keys.add(base.dropLast(), mapped: true)
                }
            }
        }
    }

    static let noTanweenBefore: Set<Unicode.Scalar> = [alef, ha, waw, ya]

    /// `noTanweenBefore.contains(letter)`, as comparisons.
    @inline(__always)
    static func isNoTanweenBefore(_ letter: Unicode.Scalar) -> Bool {
        letter == alef || letter == ha || letter == waw || letter == ya
    }

    /// Sound plural and dual endings; feminine ones give back the ta marbuta.
    static let pluralEndings: [(letters: [Unicode.Scalar], feminine: Bool, alsoBare: Bool)] = [
        (scalars("تين"), true, false), (scalars("تان"), true, false), (scalars("ات"), true, true),
        (scalars("ون"), false, false), (scalars("ين"), false, false), (scalars("ان"), false, false),
    ]

    // MARK: Verbs

    /// Whether a word begins with the article and is not a form VIII verb (التزم، التقى).
    static func startsWithArticle(_ word: [Unicode.Scalar]) -> Bool {
        word.count >= 4 && word[0] == alef && word[1] == lam && word[2] != ta
    }

    /// `startsWithArticle(_:)` of a slice, read in place (the readings of every new word
    /// asked it, each through a copy of its letters).
    static func startsWithArticle(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = word.startIndex
        return word.count >= 4 && word[start] == alef && word[start + 1] == lam && word[start + 2] != ta
    }

    /// Words of two to four letters that are never verbs but look like a verb's stem:
    /// prepositions, particles and common nouns (ضمن is "within", not "guaranteed").
    static let neverVerbs: WordSet = WordSet([
        "ضمن", "بين", "عند", "حول", "بعد", "قبل", "دون", "عبر", "مثل", "غير", "نحو", "فوق", "تحت", "امام", "خلف", "منذ",
        "عدد", "نفس", "كما", "لكن", "ليس", "اذا", "اما", "الا", "هذا", "هذه", "ذلك", "تلك", "هنا", "كيف", "اين", "جدا",
        "ايضا", "فقط", "لقد", "سوف", "عام", "يوم", "شهر", "سنه", "حتي", "متي", "علي", "الي", "لدي", "سوي", "اني", "لكي",
        "انه", "انها", "لان", "اول", "اخر", "كثر", "اكثر", "اقل", "كل", "بعض", "جميع", "عبر", "خلال", "وفق",
        "حيث", "ربما", "لعل", "منه", "منها", "عنه", "عنها", "فيه", "فيها", "عليه", "لديه", "لها", "لهم", "لنا", "معا",
        "نعم", "اهلا", "مرحبا", "يا", "ايه", "اي", "ثم", "اذن", "حين", "بينما", "حاليا", "دائما", "ابدا", "قد",
        "راح", "رح", "لذا", "هكذا", "من", "عن", "مع", "لم", "لن", "هل", "بل", "كم", "ما", "لا", "في",
    ].map(TextNormalizer.normalize))

    /// Post-side verb keys of a word with no verb prefix or ending: a strong past verb
    /// (حقق، راجع), a hollow one with its long alif (قال، زار), a defective one (دعا، بنى).
    static func bareVerbKeys<Keys: ArabicKeySink>(_ word: ArraySlice<Unicode.Scalar>, into keys: inout Keys) {
        guard word.count >= 2, word.count <= 4 else { return }
        guard !neverVerbs.contains(letters: word) else { return }
        // Read in place (a copy of the letters and a set of three letters were made for
        // every call).
        let count = word.count, start = word.startIndex
        // A three-letter word with a long vowel in it is a noun as often as a verb (بيع
        // "a sale", قول "a saying"): no strong verb key, only its weak-verb reading.
        func isLong(_ letter: Unicode.Scalar) -> Bool { letter == alef || letter == waw || letter == ya }
        if count == 4 || (count == 3 && !isLong(word[start + 1]) && !isLong(word[start + 2])) {
            keys.addVerb(word, future: false, barePast: true)
        }
        if count == 3, word[start + 1] == alef { keys.addWeak(.hollow, word[start], word[start + 2], future: false) }
        // Only a final alif: a final ي is as often "my" (أخي، رأيي) as a verb's (بنى).
        if count == 3, word[start + 2] == alef { keys.addWeak(.defective, word[start], word[start + 1], future: false) }
        if count == 2, !isWeakLetter(word[start]), !isWeakLetter(word[start + 1]) {
            keys.addWeak(.doubled, word[start], word[start + 1], future: false)
        }
    }

    static let weakLetters: Set<Unicode.Scalar> = [alef, waw, ya, hamza]

    /// `weakLetters.contains(letter)`, as comparisons.
    @inline(__always)
    static func isWeakLetter(_ letter: Unicode.Scalar) -> Bool {
        letter == alef || letter == waw || letter == ya || letter == hamza
    }

    /// The weak-verb keys of a verb's core once prefixes and endings are off. Weak verbs
    /// lose or change a letter as they inflect, so their forms share no stem: يقول، قلنا،
    /// قال (hollow); يدعو، دعونا، دعا (defective); يرد، رددنا (doubled); يصل، وصلنا
    /// (first-waw). They share two consonants and a marker of the verb's class.
    static func weakKeys(_ core: ArraySlice<Unicode.Scalar>, afterPrefix: Bool, add: (WeakClass, Unicode.Scalar, Unicode.Scalar) -> Void,
                         addVerb: ([Unicode.Scalar]) -> Void) {
        // Read in place: a copy of the letters was made for every call.
        let start = core.startIndex
        if core.count == 3 {
            let first = core[start], second = core[start + 1], third = core[start + 2]
            if second == alef || second == waw || second == ya { add(.hollow, first, third) }
            if third == alef || third == waw || third == ya { add(.defective, first, second) }
            if second == third { add(.doubled, first, second) }
        } else if core.count == 2, !isWeakLetter(core[start]), !isWeakLetter(core[start + 1]) {
            // قلنا، يقل: a hollow verb without its long vowel; نرد: a doubled one; يصل: a
            // first-waw one without its waw.
            add(.hollow, core[start], core[start + 1])
            add(.doubled, core[start], core[start + 1])
            if afterPrefix { addVerb([waw, core[start], core[start + 1]]) }
        }
    }

    static func verbKeys<Keys: ArabicKeySink>(_ word: ArraySlice<Unicode.Scalar>, future: Bool, onlyFuture: Bool, weak withWeakKeys: Bool = true,
                         into keys: inout Keys) {
        /// `meetsBarePast`: the form may meet a bare past verb in a post (نحقق، حققنا meet
        /// حقق); a form after ت may not, since ت marks "you" as often as "she" and a
        /// phrase in the second person («ما تفهم») is about the one addressed.
        func add(_ stem: ArraySlice<Unicode.Scalar>, meetsBarePast: Bool = false) {
            if !onlyFuture { keys.addVerb(stem, future: false, barePast: false) }
            if future { keys.addVerb(stem, future: true, barePast: false) }
            if meetsBarePast && !onlyFuture { keys.addVerb(stem, future: false, barePast: true) }
        }
        func weak(_ kind: WeakClass, _ first: Unicode.Scalar, _ second: Unicode.Scalar) {
            guard withWeakKeys else { return }
            if !onlyFuture { keys.addWeak(kind, first, second, future: false) }
            if future { keys.addWeak(kind, first, second, future: true) }
        }
        func verb(_ letters: [Unicode.Scalar]) { if withWeakKeys { add(letters[...]) } }
        // The bodies (the word, then each body an object pronoun leaves), their stems (the
        // body, then each stem an ending leaves) and weak cores, as how many letters each
        // drops from the end, on the stack: three lists of slices were allocated, and
        // grown, for every verb reading of every new word.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: verbPronouns.count + 2 * inflections.count + 2) { drops in
            let stemBase = verbPronouns.count + 1, weakBase = stemBase + inflections.count + 1
            drops[0] = 0
            var bodyCount = 1
            for pronoun in verbPronouns where word.count - pronoun.count >= minimumStem && word.hasSuffix(pronoun) {
                drops[bodyCount] = pronoun.count
                bodyCount += 1
            }
            for place in 0..<bodyCount {
                let body = word.dropLast(drops[place])
                drops[stemBase] = 0
                var stemCount = 1
                // Only the endings of the past and of the plural show a weak verb's core: a
                // final ي or ن is as often a root letter (ننوي is ن + نوي, not ننو + ي).
                var weakCount = 0
                for (number, ending) in inflections.enumerated() where body.count - ending.count >= minimumStem && body.hasSuffix(ending) {
                    drops[stemBase + stemCount] = ending.count
                    stemCount += 1
                    if weakInflections[number] {
                        drops[weakBase + weakCount] = ending.count
                        weakCount += 1
                    }
                }
                for core in 0..<weakCount { weakKeys(body.dropLast(drops[weakBase + core]), afterPrefix: false, add: weak, addVerb: verb) }
                // A past ending on a two-letter core: قلنا، كنت، زرتم (hollow verbs lose their alif).
                for ending in pastEndings where body.count - ending.count == 2 && body.hasSuffix(ending) {
                    weakKeys(body.dropLast(ending.count), afterPrefix: false, add: weak, addVerb: verb)
                }
                for number in 0..<stemCount {
                    let stem = body.dropLast(drops[stemBase + number])
                    let inflected = number > 0
                    // ـون ـين ـان end only imperfect verbs (يعلنون): no past reading of قطعين.
                    let imperfectOnly = body.count - stem.count == 2 && (body.last == noon)
                    if inflected && !imperfectOnly { add(stem, meetsBarePast: true) }
                    if stem.count >= 4, let first = stem.first, isImperfectPrefix(first) || first == hamza {
                        add(stem.dropFirst(), meetsBarePast: first != ta)
                        // Not after ت unless the future says verb: تطور، تصور، تبني are nouns
                        // (form V and its masdar) as often as "she develops".
                        if first != ta || future { weakKeys(stem.dropFirst(), afterPrefix: true, add: weak, addVerb: verb) }
                    } else if stem.count == 3, let first = stem.first, first == ya || (future && (first == noon || first == ta)) {
                        // يصل، يقل، سنرد: a weak verb's present in three letters. Not نـ without a
                        // future: نشر، نقل، نهب are roots, not ن + a two-letter core.
                        weakKeys(stem.dropFirst(), afterPrefix: true, add: weak, addVerb: verb)
                    }
                }
            }
        }
    }

    /// Whether each of `inflections` is one of `weakEndings`, in order.
    static let weakInflections: [Bool] = inflections.map { weakEndings.contains($0) }
}

/// Where the stemmer puts the keys it finds, in order: a `KeyList` of strings (phrases,
/// `WordForms`), or `KeyBytes`, their UTF-8 bytes in one buffer, for a post word met for
/// the first time (`MatchKeyCache`), whose keys are only looked up and then dropped.
protocol ArabicKeySink {
    /// The key of `letters` (nothing under two letters), then, when `mapped`, the form it
    /// is filed under (`ArabicWordTables.canonicalTarget`), then its Gulf respelling
    /// (`ArabicWordTables.respell`).
    mutating func add(_ letters: ArraySlice<Unicode.Scalar>, mapped: Bool)
    /// `add(letters + [last], mapped: true)`.
    mutating func add(_ letters: ArraySlice<Unicode.Scalar>, then last: Unicode.Scalar)
    /// A weak verb's key: `~`, `>` if `future`, the class's marker and its two consonants
    /// (`~#قل` for قال، يقول، قلنا), a hamza read as alif.
    mutating func addWeak(_ kind: ArabicStemmer.WeakClass, _ first: Unicode.Scalar, _ second: Unicode.Scalar, future: Bool)
    /// A verb key: `~`, `>` if `future`, `!` if `barePast`, and the stem (nothing under
    /// three letters), a leading hamza read as alif (نؤكد and أكدنا meet). `barePast`:
    /// the key under which a post's bare past verb (حقق) meets a phrase's forms that may be it.
    mutating func addVerb(_ letters: ArraySlice<Unicode.Scalar>, future: Bool, barePast: Bool)
    /// The exact key of the word as written (`WordForms.exactKey`).
    mutating func addExact(word: String)
    /// The exact key of `letters`, followed by `last` if there is one.
    mutating func addExact(_ letters: ArraySlice<Unicode.Scalar>, then last: Unicode.Scalar?)
}

/// An ordered list of keys without repeats, with broken plurals and spelling variants
/// mapped as keys are added.
struct KeyList: ArabicKeySink {
    private(set) var list: [String] = []
    /// Whether each key in `list` is plain (`PlainText`): two plain keys are the same
    /// key exactly when their bytes are, which is much cheaper to ask than `String`'s `==`.
    private var plain: [Bool] = []

    init() {
        // Room for a word's usual keys at once: grown from one, both lists were
        // reallocated three or four times for every new word.
        list.reserveCapacity(8)
        plain.reserveCapacity(8)
    }

    mutating func append(_ key: String) { append(key, plain: PlainText.isPlain(key)) }

    /// `append(_:)` of a key whose plainness (`PlainText.isPlain`) the caller knows from
    /// the scalars it was built of, so its bytes are not read again.
    mutating func append(_ key: String, plain isPlain: Bool) {
        let probe = UTF8Key(key)
        for index in list.indices {
            if isPlain && plain[index] ? UTF8Key(list[index]) == probe : list[index] == key { return }
        }
        list.append(key)
        plain.append(isPlain)
    }

    mutating func add(_ letters: ArraySlice<Unicode.Scalar>, mapped: Bool) {
        guard letters.count >= 2 else { return }
        // Encoded straight into UTF-8 (`String(scalars:)`): appending to a scalar view was
        // most of the cost of building the matchers at start-up.
        let key = String(scalars: letters)
        let plain = PlainText.arePlain(letters)
        append(key, plain: plain)
        if mapped, let target = ArabicWordTables.canonicalTarget(key, plain: plain) { append(target) }
        if let respelled = ArabicWordTables.respell(key) { append(respelled) }
    }

    mutating func add(_ letters: ArraySlice<Unicode.Scalar>, then last: Unicode.Scalar) {
        add((Array(letters) + [last])[...], mapped: true)
    }

    mutating func addWeak(_ kind: ArabicStemmer.WeakClass, _ first: Unicode.Scalar, _ second: Unicode.Scalar, future: Bool) {
        // Letters gathered in an array and encoded once (`String(scalars:)`): appending to
        // a scalar view grew a string scalar by scalar.
        var letters: [Unicode.Scalar] = ["~"]
        letters.reserveCapacity(6)
        if future { letters.append(">") }
        letters.append(contentsOf: String(kind.rawValue).unicodeScalars)
        letters.append(first == ArabicStemmer.hamza ? ArabicStemmer.alef : first)
        letters.append(second)
        append(String(scalars: letters), plain: PlainText.arePlain(letters))
    }

    mutating func addVerb(_ letters: ArraySlice<Unicode.Scalar>, future: Bool, barePast: Bool) {
        guard letters.count >= ArabicStemmer.minimumStem else { return }
        var scalars: [Unicode.Scalar] = ["~"]
        scalars.reserveCapacity(letters.count + 3)
        if future { scalars.append(">") }
        if barePast { scalars.append("!") }
        var first = true
        for letter in letters {
            scalars.append(first && letter == ArabicStemmer.hamza ? ArabicStemmer.alef : letter)
            first = false
        }
        append(String(scalars: scalars), plain: PlainText.arePlain(scalars))
    }

    mutating func addExact(word: String) { append(WordForms.exactKey(word)) }

    mutating func addExact(_ letters: ArraySlice<Unicode.Scalar>, then last: Unicode.Scalar?) {
        let all = last.map { letters + [$0] } ?? letters
        // `=` is plain, so the key is plain exactly when its letters are.
        append(WordForms.exactKey(String(scalars: all)), plain: PlainText.arePlain(all))
    }
}

/// The keys of one word as UTF-8 bytes, one after another in `bytes`, key `k` ending at
/// `ends[k]`: the same keys, in the same order, as a `KeyList` would list, but repeats
/// are kept (a look-up drops them, see `MatchKeyTable.resolve(_:)`) and no `String` is
/// made. Only for words of Arabic letters U+0621–U+064A (see `ArabicStemmer.bytesReady`),
/// whose keys are all plain (`PlainText`), so their bytes decide every look-up.
///
/// A class over a buffer of its own, kept by each thread's `MatchKeyCache` from word to
/// word: the bytes are written through a pointer, where appending to an array checked
/// its uniqueness and capacity for every byte of every key.
final class KeyBytes: ArabicKeySink {
    // `@exclusivity(unchecked)`: a `KeyBytes` belongs to one thread, and none of its
    // methods calls out while it touches these, so no two accesses can overlap; the
    // run-time check on a class's stored property was paid at every byte.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// How many bytes are written.
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private(set) var ends: [Int] = []

    init() {
        capacity = 1_024
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        ends.reserveCapacity(64)
    }

    deinit { storage.deallocate() }

    /// The bytes written (a copy).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// `body` of the bytes written, in place.
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage, count: count))
    }

    func removeAll() {
        count = 0
        ends.removeAll(keepingCapacity: true)
    }

    /// Room for `more` bytes after those written.
    @inline(__always)
    private func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private func grow(to minimum: Int) {
        let larger = Swift.max(minimum, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }

    /// Writes one byte; the caller has reserved room.
    @inline(__always)
    private func putByte(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    /// Writes one scalar as UTF-8; the caller has reserved four bytes for it.
    @inline(__always)
    private func put(_ scalar: Unicode.Scalar) {
        count = String.encode(scalar, into: UnsafeMutableBufferPointer(start: storage, count: capacity), at: count)
    }

    @inline(__always)
    private func put(_ letters: ArraySlice<Unicode.Scalar>) {
        for letter in letters { put(letter) }
    }

    @inline(__always)
    private func end() { ends.append(count) }

    func add(_ letters: ArraySlice<Unicode.Scalar>, mapped: Bool) {
        guard letters.count >= 2 else { return }
        reserve(letters.count * 4)
        let start = count
        put(letters)
        end()
        addMappings(of: letters, from: start, mapped: mapped)
    }

    func add(_ letters: ArraySlice<Unicode.Scalar>, then last: Unicode.Scalar) {
        guard !letters.isEmpty else { return }
        reserve(letters.count * 4 + 4)
        let start = count
        put(letters)
        put(last)
        end()
        // The mappings read the key's letters; only a key starting with one of the
        // respelled prefixes needs them as one list.
        if ArabicWordTables.prefixSpellingStarts.contains(letters[letters.startIndex]) {
            addMappings(of: (Array(letters) + [last])[...], from: start, mapped: true)
        } else {
            addMappings(of: nil, from: start, mapped: true)
        }
    }

    /// What follows a key in `KeyList.add(_:mapped:)`: the form it is filed under, then its
    /// respelling. `letters` nil: the key starts with no respelled prefix.
    @inline(__always)
    private func addMappings(of letters: ArraySlice<Unicode.Scalar>?, from start: Int, mapped: Bool) {
        if mapped, let table = ArabicWordTables.canonicalByBytes {
            if let place = table.keys.index(ofUTF8: UnsafeBufferPointer(start: storage + start, count: count - start)) {
                let target = ArabicWordTables.canonicalTargetBytes[place]
                reserve(target.count)
                for byte in target { putByte(byte) }
                end()
            }
        }
        guard let letters, let first = letters.first, ArabicWordTables.prefixSpellingStarts.contains(first) else { return }
        for (from, to) in ArabicWordTables.prefixSpellings where letters.count > from.count && letters.starts(with: from) {
            reserve((to.count + letters.count) * 4)
            for letter in to { put(letter) }
            put(letters.dropFirst(from.count))
            end()
            return
        }
    }

    func addWeak(_ kind: ArabicStemmer.WeakClass, _ first: Unicode.Scalar, _ second: Unicode.Scalar, future: Bool) {
        reserve(11)
        putByte(UInt8(ascii: "~"))
        if future { putByte(UInt8(ascii: ">")) }
        putByte(kind.asciiByte)
        put(first == ArabicStemmer.hamza ? ArabicStemmer.alef : first)
        put(second)
        end()
    }

    func addVerb(_ letters: ArraySlice<Unicode.Scalar>, future: Bool, barePast: Bool) {
        guard letters.count >= ArabicStemmer.minimumStem else { return }
        reserve(letters.count * 4 + 3)
        putByte(UInt8(ascii: "~"))
        if future { putByte(UInt8(ascii: ">")) }
        if barePast { putByte(UInt8(ascii: "!")) }
        let first = letters[letters.startIndex]
        put(first == ArabicStemmer.hamza ? ArabicStemmer.alef : first)
        put(letters.dropFirst())
        end()
    }

    func addExact(word: String) {
        let utf8 = word.utf8
        reserve(utf8.count + 1)
        putByte(UInt8(ascii: "="))
        for byte in utf8 { putByte(byte) }
        end()
    }

    func addExact(_ letters: ArraySlice<Unicode.Scalar>, then last: Unicode.Scalar?) {
        reserve(letters.count * 4 + 5)
        putByte(UInt8(ascii: "="))
        put(letters)
        if let last { put(last) }
        end()
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// Whether the slice ends with `suffix` and is longer than it, compared from the last
    /// letter back (most endings differ there; `suffix(_:).elementsEqual` built a slice and
    /// compared from its front).
    @inline(__always)
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard count > suffix.count else { return false }
        var mine = endIndex, theirs = suffix.endIndex
        while theirs > suffix.startIndex {
            mine -= 1
            theirs -= 1
            if self[mine] != suffix[theirs] { return false }
        }
        return true
    }
}
