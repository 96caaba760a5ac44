/// Words a post reports in order to refuse them: an insult or a slur in quotation marks
/// (single ones count), in a sentence that reports them as somebody else's words
/// ("called", "yelled", "the word", «وصف», «عبارة»: `reportedWords`, not after "I" or
/// "we"), refused in that sentence or the next by a refusal of the words themselves ("We
/// reject the word "idiot" that a fan shouted", "…called our striker a "dirty
/// immigrant". We condemn this abuse.", «نرفض عبارة «يا حيوان»», «نرفض هذه الإساءة»:
/// `refusals` beside `abuse`, not negated), or by a bare denial right after it ("…called
/// our staff 'clowns'. They are not.").
///
/// The words are still said when they are agreed with ("…an "idiot", as the fans say,
/// and we agree"), when the refusal is aimed at people ('A fan called them "dirty
/// immigrants" and they have no place in our city.'), denied («لا نرفض هذا الكلام») or
/// somebody else's ("anyone who would reject that"), and when the one who called them
/// so is the writer ("I have always called them…").
///
/// Gathered once per post and asked of each hit: asked afresh for every hit, the lists
/// made a long post quadratic.
struct RefusedQuotes {
    /// What makes quoted words somebody else's: a verb of calling or saying, or a noun for
    /// words.
    static let reportedWords = Lexicon("refused-quotes.reported-words", [
        "called", "calls", "calling", "shouted", "yelled", "screamed", "hurled", "heckled", "dubbed", "posted", "wrote", "said",
        "tweeted", "commented", "messaged", "labelled", "labeled", "described", "branded", "chanted", "chants of", "referred to",
        "the word", "the words", "the phrase", "the term", "the slur", "the insult", "the remark",
        "وصف", "ووصف", "نعت", "نعتوا", "نعتوه", "كتب", "قال", "قالت", "هتف", "هتفوا", "ردد", "رددوا", "صرخ", "شتم", "شتموا",
        "وجه", "وجهها", "وجهوا", "تداولت", "تداول", "غرد", "علق", "عبارة", "=كلمة", "=الكلمة", "=لفظ", "=لفظة",
    ])
    /// Refusing: "we reject", "we condemn", "unacceptable", «نرفض», «ندين», «مرفوضة». Only the
    /// writer's own, and only beside `abuse`.
    static let refusals = Lexicon("refused-quotes.refusals", [
        "we reject", "i reject", "we condemn", "i condemn", "we strongly condemn", "we deplore", "we will not accept",
        "unacceptable", "has no place", "have no place",
        "=نرفض", "=ونرفض", "=أرفض", "=ندين", "=وندين", "=أدين", "=نستنكر", "=ونستنكر", "=أستنكر", "=مرفوض", "=مرفوضة",
        "غير مقبول", "غير مقبولة", "لا مكان له", "لا مكان لها",
    ])
    /// The words or the abuse a refusal refuses: "this abuse", "the word", «هذه الإساءة», «عبارة».
    static let abuse = Lexicon("refused-quotes.abuse", [
        "abuse", "language", "word", "words", "slur", "slurs", "insult", "insults", "remark", "remarks", "comment", "comments",
        "chant", "chants", "term", "phrase",
        "الإساءة", "الإساءات", "إساءة", "الكلام", "العبارة", "العبارات", "عبارة", "الوصف", "وصف", "الألفاظ", "اللفظ", "الشتائم",
        "الهتاف", "الهتافات", "التعليق", "التعليقات",
    ])
    /// The lexicons `init` and `contains` read, for the rules that ask them to list.
    static let lexicons = [reportedWords, refusals, abuse] + Modality.allLexicons

    /// How far apart a refusal and what it refuses may stand.
    static let reach = 3

    private let refused: Set<Int>
    private let denied: Set<Int>
    private let quoted: [Range<Int>]
    /// Sentences that report somebody else's words (`reportedWords`, not after the writer).
    private let reporting: Set<Int>

    /// The post is `borrowing`: an initialiser takes its arguments owned, so each rule that
    /// asked copied the whole analysis (every array in it retained, then released) to hand
    /// it over, and this only reads it.
    init(in post: borrowing PostAnalysis) {
        // The quotes first: they are one walk over the punctuation, and a post without
        // any refuses nothing, so its sentences need not be read for refusals or denials.
        let quoted = PostAnalysis.shortQuotes(in: post.text.tokens, singleQuotes: true)
        guard !quoted.isEmpty else {
            (refused, denied, self.quoted, reporting) = ([], [], [], [])
            return
        }
        let tokens = post.text.tokens
        // Where words for abuse start and end, and where quotes open, marked once: asked of
        // each refusal by reading every hit, a long post of refusals was quadratic.
        var abuseStarts = [Bool](filledWith: false, count: tokens.count + 1)
        var abuseEnds = [Bool](filledWith: false, count: tokens.count + 1)
        for words in post.hits(Self.abuse) {
            abuseStarts[words.firstToken] = true
            abuseEnds[words.endToken] = true
        }
        var quoteStarts = [Bool](filledWith: false, count: tokens.count + 1)
        for quote in quoted { quoteStarts[quote.lowerBound] = true }
        // The refusal's object is the words: a word for them beside it (in its sentence), or
        // the quote itself right after it («نرفض «يا حيوان» التي وجهها…»).
        func refusesWords(_ refusal: PhraseMatcher.Hit) -> Bool {
            let sentence = post.text.sentences[post.sentenceIndex(of: refusal)]
            // A hit is in the sentence when it starts before its end and ends after its start.
            let after = refusal.endToken..<min(sentence.upperBound, refusal.endToken + Self.reach + 1)
            let before = max(sentence.lowerBound + 1, refusal.firstToken - Self.reach)..<(refusal.firstToken + 1)
            return (refusal.endToken...min(tokens.count, refusal.endToken + 2)).contains { quoteStarts[$0] }
                || after.contains { abuseStarts[$0] } || before.contains { abuseEnds[$0] }
        }
        refused = Set(post.hits(Self.refusals).filter { !Modality.negates($0.firstToken, in: post) && refusesWords($0) }
            .map { post.sentenceIndex(of: $0) })
        denied = Self.shortDenials(in: post)
        reporting = refused.isEmpty && denied.isEmpty ? [] : Set(post.hits(Self.reportedWords).filter { report in
            let sentence = post.text.sentences[post.sentenceIndex(of: report)]
            return !(max(sentence.lowerBound, report.firstToken - 3)..<report.firstToken).contains { Self.writer.contains(tokens.text(at: $0)) }
        }.map { post.sentenceIndex(of: $0) })
        self.quoted = reporting.isEmpty ? [] : quoted
    }

    /// Whether `hit` is quoted to be refused: reported as somebody else's words, with a
    /// refusal in its sentence or the next, or a bare denial right after it.
    func contains(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        guard !quoted.isEmpty else { return false }
        let sentence = post.sentenceIndex(of: hit)
        return reporting.contains(sentence)
            && (refused.contains(sentence) || refused.contains(sentence + 1) || denied.contains(sentence + 1))
            && PostAnalysis.lies(hit, inAnyOf: quoted)
    }

    /// The writer, before a verb of calling: "I called them…", "we said…".
    static let writer = WordSet(["i", "we", "i've", "we've", "أنا", "انا", "نحن"].map(TextNormalizer.normalize))

    /// Bare denials: sentences of at most four words, a negation and nothing else but
    /// pronouns, a copula and "so" ("They are not.", "He isn't.", "Not at all.", «ليسوا
    /// كذلك», «أبداً»). "We don't know." or «لا تعليق» is short and negated, and refuses
    /// nothing.
    static func shortDenials(in post: PostAnalysis) -> Set<Int> {
        var found = Set<Int>()
        let tokens = post.text.tokens
        for (index, range) in post.text.sentences.enumerated() {
            // Counted in place: a list of each sentence's words cost an allocation per sentence.
            var words = 0, onlyDenialWords = true
            for token in range where tokens[token].kind == .word {
                words += 1
                if words > 4 { break }
                if onlyDenialWords, !denialWords.contains(tokens.text(at: token)) { onlyDenialWords = false }
            }
            guard words > 0, words <= 4, onlyDenialWords, range.contains(where: { post.negationStarts.contains($0) }) else { continue }
            found.insert(index)
        }
        return found
    }
    /// The words a bare denial is made of (see `shortDenials`).
    static let denialWords = WordSet([
        "they", "he", "she", "we", "it", "i", "you", "that", "this", "are", "is", "was", "were", "am", "be", "not", "no", "never",
        "isn't", "aren't", "wasn't", "weren't", "isnt", "arent", "wasnt", "werent", "'s", "'re", "s", "re", "at", "all", "so", "simply",
        "they're", "he's", "she's", "it's", "that's", "theyre", "hes", "shes", "its", "thats", "absolutely", "certainly", "definitely",
        "true", "n't", "nt",
        "ليس", "ليسوا", "ليست", "لسن", "لسنا", "لست", "كذلك", "أبدا", "أبداً", "ابدا", "إطلاقا", "إطلاقاً", "اطلاقا", "هم", "هو", "هي",
        "نحن", "أنا", "هذا", "غير", "صحيح", "مو", "مش", "مب", "موب", "ما", "هيك", "كذا", "كده", "بالتأكيد", "قطعا", "قطعاً",
    ].map(TextNormalizer.normalize))
}
