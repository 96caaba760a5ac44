/// Gulf, Egyptian and Levantine ways of saying what a phrase says in Modern Standard
/// Arabic, read as the standard word so that one phrase meets both: «ما راح تتغير» is
/// «لن تتغير», «راح نعلن» and «سوف نعلن» are «سنعلن», Egyptian «هنعلن» is «سنعلن», and
/// «مش نقبل» is «لا نقبل». Like disguised words, these readings are found once per post
/// and each matcher looks them up; the tokens themselves keep their own keys too.
extension PhraseMatcher {
    /// Negations that, before a future particle, make «لن»: «ما راح»، «مب راح»، «مش ح».
    static let dialectNegations: WordSet = ["ما", "وما", "مب", "ومب", "مو", "ومو", "موب", "مهب", "مش", "ومش"]
    /// The dialect future particles: after «ما» they make «لن» («ما راح»). «ما سوف» is Modern
    /// Standard Arabic for "what will" (وهو ما سوف ينعكس), so سوف is left out.
    static let dialectOnlyParticles: WordSet = ["راح", "رح", "ح", "حا", "رايح", "رايحين"]
    /// Future particles written as their own word before an imperfect verb: the dialect
    /// ones and Modern Standard سوف.
    static let dialectFutureParticles: WordSet = dialectOnlyParticles.union(["سوف", "وسوف", "فسوف"])

    static func dialectReadings(in text: AnalyzedText, cache: MatchKeyCache) -> [DisguisedReading] {
        let tokens = text.tokens
        var readings: [DisguisedReading] = []
        func arabicWord(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .word && tokens[index].isArabic
        }
        /// An imperfect verb: an Arabic word of three letters or more after ن ي ت or ا.
        func imperfect(_ index: Int) -> Bool {
            guard arabicWord(index) else { return false }
            let scalars = tokens[index].text.unicodeScalars
            guard scalars.count >= 3, let first = scalars.first, !tokens[index].text.hasPrefix("ال") else { return false }
            return first == "\u{0646}" || first == "\u{064A}" || first == "\u{062A}" || first == "\u{0627}"
        }
        func egyptianFuture(_ index: Int) -> String? {
            arabicWord(index) ? egyptianFutureVerb(tokens[index].text) : nil
        }
        /// A dialect particle (negation, future) and the verb after it.
        func readParticle(_ word: String, at index: Int) {
            let conjunction = word.firstScalar == "و" && word.unicodeScalars.count > 2 ? "و" : ""
            if dialectNegations.contains(word), index + 1 < tokens.count,
               dialectOnlyParticles.contains(tokens[index + 1].text), imperfect(index + 2) {
                readings.append(DisguisedReading(firstToken: index, after: index + 2, lookups: [cache.word(conjunction + "لن")], restWords: []))
            } else if dialectFutureParticles.contains(word), imperfect(index + 1) {
                let verb = tokens[index + 1].text
                readings.append(DisguisedReading(firstToken: index, after: index + 2, lookups: [cache.word(conjunction + "س" + verb)], restWords: []))
            } else if dialectNegations.contains(word), let verb = egyptianFuture(index + 1) {
                // «مش هتتغير»: the negation and the future on the verb make «لن تتغير».
                readings.append(DisguisedReading(firstToken: index, after: index + 2, lookups: [cache.word(conjunction + "لن")],
                                                 restWords: [cache.word(verb).ids][...]))
            } else if word == "مش" || word == "ومش", imperfect(index + 1) {
                // Only «مش»: «ما» before a verb is as often "what" (ما يحدث، ما نقدمه) as "not".
                readings.append(DisguisedReading(firstToken: index, after: index + 1, lookups: [cache.word("لا")], restWords: []))
            }
        }
        for index in tokens.indices where arabicWord(index) {
            // `readParticle` reads nothing but the particles of its lists, and only an
            // Egyptian future has a verb to read: both asked as bits of the words'
            // `WordFacts`, where every Arabic word of every post was looked up.
            if tokens.has(.dialectParticle, at: index) { readParticle(tokens[index].text, at: index) }
            // Egyptian هـ/حـ on the verb itself: هنعلن، حيتم.
            if tokens.has(.egyptianFuture, at: index), let verb = egyptianFuture(index) {
                readings.append(DisguisedReading(firstToken: index, after: index + 1, lookups: [cache.word("س" + verb)], restWords: []))
            }
        }
        return readings
    }

    /// The verb without its Egyptian future هـ or حـ (هنعلن → نعلن), when the word is one.
    static func egyptianFutureVerb(_ word: String) -> String? {
        // Read for every Arabic word: turn most away by their first letter, building nothing.
        guard let first = word.firstScalar, first == "\u{0647}" || first == "\u{062D}" else { return nil }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5, ["\u{0646}", "\u{064A}", "\u{062A}"].contains(scalars[1]), !egyptianFutureLookalikes.contains(word) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[1...])
        return String(view)
    }

    /// Words that start like an Egyptian future verb but are not: هندسة، هيئة، حياة…
    static let egyptianFutureLookalikes: WordSet = WordSet([
        "هندسه", "هنالك", "هيءات", "هيكله", "هيكل", "حيات", "حياتنا", "حيتان", "حيوان", "حيوانات", "حيويه", "حنيفه", "هيمنه",
        "هتافات", "حيثيات", "حياتي", "حياته", "حياتها", "حياتهم", "حياتكم", "حينما", "حينها", "حينئذ", "هنيءا",
        "هيءتنا", "هيكلها",
    ].map(TextNormalizer.normalize))
}
