/// Words a post reports in order to refuse them: an insult or a slur in quotation marks
/// (single ones count), in a sentence that reports them as somebody's words ("called",
/// "the word", «وصف», «عبارة»: `reportedWords`), with a refusal in its sentence or the one
/// on either side ("We reject the word "idiot" that a fan shouted", "…called our striker
/// a "dirty immigrant". We condemn this abuse.", «نرفض عبارة «يا حيوان»»), or with a bare
/// denial right after it ("…called our staff 'clowns'. They are not."). Quoted and agreed
/// with ("…an "idiot", as the fans say, and we agree") the words are still said, and so
/// are scare quotes with a refusal aimed at people: 'Those "dirty immigrants" have no
/// place in our city.' reports nobody's words.
///
/// Gathered once per post and asked of each hit: asked afresh for every hit, the lists
/// made a long post quadratic.
struct RefusedQuotes {
    /// What makes quoted words somebody else's: a verb of calling or saying, or a noun for
    /// words. Rules that ask `contains` list it with their lexicons.
    static let reportedWords = Lexicon("refused-quotes.reported-words", [
        "called", "calls", "calling", "shouted", "posted", "wrote", "said", "tweeted", "labelled", "labeled", "described",
        "branded", "chanted", "the word", "the words", "the phrase", "the term", "the slur", "the insult", "the remark",
        "=وصف", "=وصفت", "=وصفوا", "=ووصف", "=ووصفت", "=نعت", "=نعتت", "=كتب", "=كتبت", "=قال", "=قالت", "=هتف", "=هتفوا",
        "=تداولت", "=تداول", "عبارة", "=كلمة", "=الكلمة", "=لفظ", "=لفظة", "=وصفها", "=وصفه", "=وصفهم",
    ])

    private let refused: Set<Int>
    private let denied: Set<Int>
    private let quoted: [Range<Int>]

    init(in post: PostAnalysis) {
        // The quotes first: they are one walk over the punctuation, and a post without
        // any refuses nothing, so its sentences need not be read for refusals or denials.
        let quoted = PostAnalysis.shortQuotes(in: post.text.tokens, singleQuotes: true)
        guard !quoted.isEmpty else {
            (refused, denied, self.quoted) = ([], [], [])
            return
        }
        refused = post.sentences(with: Concepts.rejecting.lexicon)
        denied = Self.shortDenials(in: post)
        self.quoted = refused.isEmpty && denied.isEmpty ? [] : quoted
    }

    /// Whether `hit` is quoted to be refused. A refusal may stand on either side of the
    /// quote; a bare denial only right after it.
    func contains(_ hit: PhraseMatcher.Hit, in post: PostAnalysis) -> Bool {
        guard !quoted.isEmpty else { return false }
        let sentence = post.sentenceIndex(of: hit)
        return ((sentence - 1...sentence + 1).contains { refused.contains($0) } || denied.contains(sentence + 1))
            && PostAnalysis.lies(hit, inAnyOf: quoted) && post.sentence(sentence, has: Self.reportedWords)
    }

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
