/// Closed word classes, normalised as tokens are (lowercase; Arabic alef, ya and ta
/// marbuta folded). With no tagger, these small lists stand in for parts of speech:
/// a sentence with none of them and no verb form is a fragment, not a clause.
enum ClosedClasses {
    static let firstPerson: WordSet = [
        "i", "we", "i'll", "we'll", "i'm", "we're", "i've", "we've", "i'd", "we'd", "me", "us", "my", "our", "ours",
        "myself", "ourselves",
    ]
    static let firstPersonSubject: WordSet = ["i", "we", "i'll", "we'll", "i'm", "we're", "i've", "we've", "i'd", "we'd"]
    static let subjectPronouns: WordSet = firstPersonSubject.union([
        "you", "you're", "you'll", "you've", "they", "they're", "they'll", "he", "she", "it", "it's", "it'll", "there's",
        "that's", "here's", "let's",
    ])
    static let auxiliaries: WordSet = [
        "am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't", "can't", "cannot",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "wouldn't", "shouldn't",
    ]
    /// Future and commitment markers that precede the action verb.
    static let future: WordSet = ["will", "shall", "i'll", "we'll", "they'll", "it'll", "you'll"]
    static let negators: WordSet = [
        "not", "no", "never", "won't", "can't", "cannot", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
        "weren't", "nothing", "none", "nor",
    ]
    /// Arabic negators before a verb (MSA and Gulf/Egyptian): «لا نعتذر», «لن», «لم», «ما»,
    /// «مو», «مب», «مش». Read only right before a move's word, where «ما» is not "what".
    static let arabicNegators: WordSet = ["لا", "لن", "لم", "ما", "مو", "مب", "مش", "ليس", "لسنا", "ولا", "ولن", "ولم"]
    /// Negators that deny a state ("is not", «ليس», «مو»), the ones that open a door a
    /// restriction would close: "not only for Muslims", «ليست للمسلمين فقط». Not «لا», «ما»
    /// or «لم»: «لا يقبل إلا المسلمين فقط» denies nothing, it restricts.
    static let stateNegators: WordSet = ["not", "isn't", "aren't", "isnt", "arent"]
    static let arabicStateNegators: WordSet = ["ليس", "ليست", "ليسوا", "مو", "مش", "مب"]
    /// Verbs that follow "will" without an action: "we will remain", "we will continue".
    static let stativeVerbs: WordSet = [
        "be", "remain", "continue", "stay", "always", "strive", "seek", "try", "aim", "hope", "endeavour", "endeavor",
        "look", "keep", "never", "not", "also", "still", "surely", "certainly",
    ]
    /// Common verb forms a clause shows even with a noun subject ("margin fell").
    static let verbForms: WordSet = [
        "fell", "rose", "came", "went", "took", "made", "gave", "found", "told", "began", "kept", "left", "met", "paid",
        "sent", "won", "cut", "hit", "show", "shows", "says", "means", "goes", "comes", "takes", "gets", "opens", "starts",
        "ends", "stays", "costs", "covers", "funds", "protects", "affects", "applies", "helps", "leads", "works", "needs",
        "holds", "traces", "remains", "matters", "happens", "begins", "runs", "sets", "thank", "thanks", "please", "see",
        "call", "write", "check", "return", "join", "ask", "send", "visit", "contact", "read", "keep", "stop", "let",
        "know", "understand", "hear", "feel", "think", "believe", "welcome", "apologise", "apologize", "regret",
        "owe", "owes", "mean", "take", "give", "go", "come", "get", "put", "tell", "say", "do",
    ]
    static let englishFunctionWords: WordSet = [
        "the", "a", "an", "of", "to", "in", "on", "at", "from", "for", "with", "by", "our", "their", "this", "that", "and",
        "its", "your", "all", "each", "every", "than",
    ]
    /// Adjectives that carry a clause with its subject left out ("Happy to.", "Glad you asked.").
    static let predicateAdjectives: WordSet = ["happy", "glad", "delighted", "proud", "grateful", "ready", "pleased"]
    /// Nouns that look like a future verb (سـ + imperfect prefix) but are not.
    static let arabicFutureLookalikes: WordSet = [
        "ساعه", "ساعات", "ساعتين", "سنوات", "سنه", "سنتين", "سنويه", "سنويا", "سياسه", "سيوله", "سيارات", "سياره", "ساحل",
        "سابق", "سابقه", "ستين", "ستون", "سياده", "ستظل", "سيبقي", "ستبقي", "سيظل", "سنظل", "سنبقي", "سنستمر", "سيستمر", "سنواصل",
    ]
    /// Arabic particles, pronouns and prepositions: a nominal sentence has one of these
    /// between subject and predicate far more often than a list of cue words does.
    static let arabicFunctionWords: WordSet = [
        "ان", "لان", "قد", "لقد", "لم", "لن", "لا", "ليس", "ليست", "سوف", "كان", "كانت", "يكون", "تكون", "تم", "هو", "هي",
        "هم", "نحن", "انا", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "ما", "كما", "منذ", "عند", "بعد", "قبل",
        "خلال", "عبر", "الي", "علي", "في", "من", "عن", "مع", "لدي", "اذا", "لكن", "بل", "كل", "لها", "له", "لنا", "لكم",
        "فيها", "فيه", "منها", "منه", "عليها", "عليه", "اليوم", "بها", "به", "بين", "دون", "بعد", "مو", "مب", "اي",
        "مش", "راح", "رح", "موب",
        // The two-letter particles with their conjunction: `arabicBase` leaves a word of two
        // letters whole, so «ولن نستبق حكمها» read as a list of words, not a clause.
        "ولن", "فلن", "ولم", "فلم", "ولا", "فلا", "وقد", "فقد", "وهو", "وهي", "وهم", "ومن", "وفي", "وعن", "ومع",
    ]
    /// Arabic conjunction and preposition clitics to strip before looking a word up.
    static let arabicClitics: [String] = ["و", "ف"]
    /// Words of address that open a sentence spoken to someone (أخي محمد، د. فهد).
    static let arabicVocatives: WordSet = ["اخي", "اختي", "استاذ", "استاذه", "د", "دكتور", "يا", "اهلا", "مرحبا", "عزيزي", "عزيزتي", "السيد", "السيده", "م"]
    static let englishVocatives: WordSet = ["dear", "hi", "hello", "mr", "ms", "mrs", "dr"]

    /// The word without a leading و or ف (conjunctions), when what is left is still a word.
    /// Read for nearly every Arabic word of a post: it looks at scalars in place and
    /// builds a string only when it strips one.
    static func arabicBase(_ word: String) -> String {
        // The first scalar from the leading bytes (`firstScalar`): the scalar view's `first`
        // cost about a hundred instructions, on every Arabic word, several times a word.
        guard let first = word.firstScalar, first == "و" || first == "ف" else { return word }
        let scalars = word.unicodeScalars
        guard scalars.count > 3 else { return word }
        return String(scalars.dropFirst())
    }

    /// Words that set what follows against what came before ("but", «لكن», «بل»): a
    /// refusal before one does not reach past it ("we don't comment on rumours, but our
    /// shares are cheap"). Not "yet" ("we can't comment yet on…" still refuses), nor «إلا»
    /// alone («لا نعلّق إلا على ما أعلنّاه» refuses too); «إلا أن» and «غير أن» are
    /// found as pairs (`isContrast(at:in:)`). Written as a post's tokens read (normalised).
    static let contrastives: WordSet = [
        "but", "however", "although", "though", "whereas", "nevertheless", "nonetheless",
        "لكن", "ولكن", "لكننا", "لكنه", "لكنها", "لكنهم", "لكني", "لكنني", "ولكننا", "ولكنه", "ولكنها", "ولكني", "بل", "بس", "انما", "وانما",
    ]

    /// Whether token `index` starts a contrast: a word of `contrastives`, or «إلا أن» /
    /// «غير أن» (with «أنّ»'s pronoun forms: «إلا أننا»).
    static func isContrast(at index: Int, in tokens: [Token]) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let word = tokens.text(at: index)
        if contrastives.contains(word) { return true }
        guard word == "الا" || word == "غير", index + 1 < tokens.count else { return false }
        return thatForms.contains(tokens.text(at: index + 1))
    }
    /// «أنّ» and its pronoun forms, normalised, as they follow «إلا» or «غير» in a contrast.
    static let thatForms: WordSet = ["ان", "انه", "انها", "اننا", "انهم", "انني", "اني"]

    /// Future particles written as their own word: «سوف نعلن»، Gulf «راح نعلن».
    static let arabicFutureParticles: WordSet = ["سوف", "وسوف", "فسوف", "راح", "رح"]

    /// An Egyptian future verb: هـ or حـ on an imperfect (هنعلن، حيتم), not a word that
    /// merely starts so (هندسة، حياة).
    static func isEgyptianFuture(_ word: String) -> Bool {
        PhraseMatcher.egyptianFutureVerb(arabicBase(word)) != nil
    }

    /// An Arabic imperfect verb with the future prefix سـ (سننشر، سأكون، ستُصرف).
    static func isArabicFuture(_ word: String) -> Bool { isArabicFuture(base: arabicBase(word)) }

    /// `isArabicFuture` of a word already without its conjunction (`arabicBase`).
    static func isArabicFuture(base: String) -> Bool {
        var scalars = base.unicodeScalars.makeIterator()
        guard scalars.next() == "س", let second = scalars.next() else { return false }
        guard base.unicodeScalars.count >= 5 || base == "سيتم", !arabicFutureLookalikes.contains(base) else { return false }
        return second == "ن" || second == "ا" || second == "ي" || second == "ت"
    }

    /// An Arabic word that ends in the first-person plural ـنا (أخطأنا، خصصنا، إفصاحنا):
    /// a "we" verb or "our" noun, either way the organisation speaking for itself.
    static func isArabicWeForm(_ word: String) -> Bool { isArabicWeForm(base: arabicBase(word)) }

    /// A verb with the plural ending «ـوا», of a word already without its conjunction: "they
    /// did" or "do!" said to many («قالوا», «أعيدوا», «تواصلوا»), the clause an instruction to
    /// the public is. Five letters or more and no article: shorter words of that shape are
    /// nouns whose tanween the folding took away («نمواً», «عضواً», «عفواً»).
    static func isArabicPluralVerb(base word: String) -> Bool {
        let base = word.unicodeScalars
        guard base.last == "ا", base.count >= 5, base[base.index(base.endIndex, offsetBy: -2)] == "و" else { return false }
        return !word.startsWithScalars("ال")
    }

    /// `isArabicWeForm` of a word already without its conjunction (`arabicBase`).
    static func isArabicWeForm(base word: String) -> Bool {
        // The last scalar is ا, so nothing can join it; the ن before it is a whole letter.
        let base = word.unicodeScalars
        guard base.last == "ا", base.count >= 4, base[base.index(base.endIndex, offsetBy: -2)] == "ن" else { return false }
        return !word.startsWithScalars("ال")
    }
}
