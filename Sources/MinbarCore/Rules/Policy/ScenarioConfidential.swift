/// What a scenario keeps confidential (`## Confidential`): the approach the board
/// received, the site still under review, the draft's figure. The trainer names it once,
/// with the words a post would use for it ("khaleej, an approach, 0.620"), and a post that
/// names it discloses it, however it is worded around them.
///
/// Naming it to deny it, to decline or to ask is not disclosing it: "we have received no
/// approach" is a denial (another rule's concern), "we don't comment on talk about Khaleej
/// Ports" declines, and a quoted question reports one.
extension ConfidentialRule {
    /// Each confidential item's first asserted hit in the post, with the item's label.
    static func scenarioSecrets(in post: PostAnalysis) -> [(hit: PhraseMatcher.Hit, label: String)] {
        guard let beat = post.beat, !beat.confidential.isEmpty else { return [] }
        var result: [(hit: PhraseMatcher.Hit, label: String)] = []
        for (index, item) in beat.confidential.enumerated() {
            let asserted = post.hits(PreparedBeat.confidentialLexicon(index).lexicon).first { hit in
                let sentence = post.sentenceIndex(of: hit)
                return !post.isQuoted(hit) && !Modality.negates(hit.firstToken, in: post, clause: true)
                    && Modality.of(sentence: sentence, in: post).isDisjoint(with: [.question, .quotation])
                    && !post.declines(about: hit, refusals: SharedLexicons.noComment)
                    && !post.declines(about: hit, refusals: unrelated)
            }
            if let asserted { result.append((asserted, item.label)) }
        }
        return result
    }

    /// Saying it is not connected: "the tariff has nothing to do with any stake sale",
    /// «لا علاقة للتعرفة بأي بيع». A denial with no "not" for `Modality` to find.
    static let unrelated = Lexicon("policy.confidential.unrelated", [
        "nothing to do with", "no connection", "not connected", "unrelated", "no link", "not linked",
        "لا علاقة", "لا صلة", "ليس له علاقة", "ليست لها علاقة", "ليس لها علاقة", "ما لها علاقة", "ما له علاقة", "ملهاش علاقة",
    ])

    static let secretMessage = Localized(en: "'{1}' names {2}, which this moment keeps confidential: the post discloses it.",
                                         ar: "«{1}» يذكر {2}، وهو سري في هذا الموقف؛ والمنشور يكشفه.")
    static let secretSuggestion = Localized(en: "Leave it out entirely; say only what is public, and where anything material will be announced.",
                                            ar: "احذفه تماماً، وقل ما هو معلن فقط، وأين سيُعلن أي تطور جوهري.")
}
