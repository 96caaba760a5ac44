/// A named person's work, or their title, put in scare quotes: "Read @NoraWrites'
/// "analysis"", "congratulations to @x on his new 'strategy'", "the 'influencer' @x",
/// «مبروك لـ @x على "استراتيجيته" الجديدة». The marks say the work is no such thing, and
/// the person is named: a sneer on an official account, whatever the words around it.
/// One or two words inside the marks, and a work or a role word among them; a person
/// named in the sentence or beside it (`PersonalAttackRule.namesAPerson(near:in:)`).
/// A title in quotes ("the "Gulf Outlook 2027" report") is longer or names no work word;
/// a word explained ("what does "strategy" mean for a small business?") names nobody.
extension PersonalAttackRule {
    static let scareQuotedWork = Lexicon("tone.personal-attack.scare-quoted", [
        "analysis", "analyst", "expert", "experts", "expertise", "journalist", "journalism", "influencer", "strategy", "investigation",
        "research", "scoop", "scoops", "sources", "facts", "vision", "genius", "economist", "leadership", "reporting",
        "=تحليل", "=تحليله", "=تحليلها", "=تحليلك", "=المحلل", "=الخبير", "=خبير", "=الخبراء", "=المؤثر", "=المؤثرة", "=الإعلامي",
        "=الصحفي", "=استراتيجية", "=استراتيجيته", "=استراتيجيتها", "=الاستراتيجية", "=تحقيق", "=تحقيقه", "=تحقيقها", "=مصادر", "=مصادره",
        // Not «سبق» ("scoop"): in quotes it is as often the newspaper Sabq by name.
        "=رؤية", "=رؤيته", "=عبقري", "=العبقري", "=الحقائق", "=حقائقه",
    ])

    /// The longest run of words scare quotes set off.
    static let longestScareQuote = 2

    /// Work or role words in scare quotes, in a sentence that names a person, one per sentence.
    static func scareQuotedWork(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        let hits = post.hits(scareQuotedWork)
        guard !hits.isEmpty else { return [] }
        let quotes = PostAnalysis.shortQuotes(in: post.text.tokens, singleQuotes: true).filter { $0.count <= longestScareQuote }
        var found: [PhraseMatcher.Hit] = []
        for hit in hits where PostAnalysis.lies(hit, inAnyOf: quotes) {
            let sentence = post.sentenceIndex(of: hit)
            guard found.last.map({ post.sentenceIndex(of: $0) }) != sentence, namesAPerson(near: sentence, in: post) else { continue }
            found.append(hit)
        }
        return found
    }
}
