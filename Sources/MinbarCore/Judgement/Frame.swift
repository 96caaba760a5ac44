/// A compliance or tone pattern: which concepts and entities occur together in a
/// sentence (or a window of neighbouring sentences) under which modality. A frame
/// catches the thing, not a wording of it: "Am considering taking Tesla private at
/// $420" and "نعتزم شطب إدراج الشركة" both fill the going-private frame, and a denied,
/// questioned, quoted or already-published statement does not.
public struct Frame: Sendable {
    /// The fields, held by one shared object: every frame rule runs its frames for every
    /// post, and the call copied the frame with each concept, list and set in it retained
    /// and released (a third of a million copies on 2,000 posts). A copy is now one
    /// reference; a setter puts the changed fields in a new object, so frames stay values.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The fields as one value, for building and changing a frame.
    private struct Fields: Sendable {
        var anchor: Concept
        var with: [Concept]
        var withAny: [Concept]
        var entities: [Entity]
        var anyEntity: [Entity]
        var without: [Concept]
        var requires: Set<Modality>
        var blockedBy: Set<Modality>
        var window: Int
        var quoting: Concept?
        var saidOnly: Bool
    }

    private var storage: Storage
    /// The anchor's lexicon id, kept beside the shared fields: a frame rule asks of every
    /// frame whether its anchor is in the post (most are not), and reading it here, from
    /// the rule's array in place, spares the copy of the frame (a retain and two
    /// releases) that handing the frame to `hits(in:)` cost.
    private var anchorID: Int32

    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = storage.fields
        edit(&fields)
        storage = Storage(fields)
        anchorID = fields.anchor.lexicon.id
    }

    /// Whether `hits(in:)` can find anything in `post`: the anchor's lexicon has a hit,
    /// or the post has a hashtag (which may spell the anchor). When not, `hits(in:)` is
    /// empty, and its first test says so.
    @inline(__always)
    func mayHit(_ post: PostAnalysis) -> Bool {
        post.lexiconHits.contains(anchorID) || !post.hashtagTokens.isEmpty
    }

    /// The concept whose hits anchor the frame; a finding spans the anchor's sentence.
    public var anchor: Concept {
        get { storage.fields.anchor }
        set { change { $0.anchor = newValue } }
    }
    /// Every one of these must occur within `window` sentences of the anchor.
    public var with: [Concept] {
        get { storage.fields.with }
        set { change { $0.with = newValue } }
    }
    /// At least one of these must (when not empty).
    public var withAny: [Concept] {
        get { storage.fields.withAny }
        set { change { $0.withAny = newValue } }
    }
    /// Every one of these entities must occur within the window.
    public var entities: [Entity] {
        get { storage.fields.entities }
        set { change { $0.entities = newValue } }
    }
    /// At least one of these entities must (when not empty).
    public var anyEntity: [Entity] {
        get { storage.fields.anyEntity }
        set { change { $0.anyEntity = newValue } }
    }
    /// None of these may occur in the anchor's sentence: they cancel the frame ("we will
    /// not speculate about who is responsible").
    public var without: [Concept] {
        get { storage.fields.without }
        set { change { $0.without = newValue } }
    }
    /// The anchor's sentence must carry one of these (when not empty).
    public var requires: Set<Modality> {
        get { storage.fields.requires }
        set { change { $0.requires = newValue } }
    }
    /// The anchor's sentence must carry none of these.
    public var blockedBy: Set<Modality> {
        get { storage.fields.blockedBy }
        set { change { $0.blockedBy = newValue } }
    }
    /// Neighbouring sentences on each side that count as the same place.
    public var window: Int {
        get { storage.fields.window }
        set { change { $0.window = newValue } }
    }
    /// The concept whose words the finding quotes, when not the anchor's: a frame anchored
    /// on the charge («مؤامرة», so that a negation before it counts) still names the
    /// regulator it is aimed at.
    public var quoting: Concept? {
        get { storage.fields.quoting }
        set { change { $0.quoting = newValue } }
    }
    /// Whether the `with` and `withAny` concepts count only when said, not inside short
    /// quotation marks: the words of a charge reported ("he told the court: "a witch hunt"")
    /// are somebody else's. Off by default, since a party named in quotes («رابطة…») is still named.
    public var saidOnly: Bool {
        get { storage.fields.saidOnly }
        set { change { $0.saidOnly = newValue } }
    }

    public init(anchor: Concept, with: [Concept] = [], withAny: [Concept] = [], entities: [Entity] = [],
                anyEntity: [Entity] = [], without: [Concept] = [], requires: Set<Modality> = [],
                blockedBy: Set<Modality> = [.negation, .question, .quotation, .published], window: Int = 0,
                quoting: Concept? = nil, saidOnly: Bool = false) {
        storage = Storage(Fields(anchor: anchor, with: with, withAny: withAny, entities: entities, anyEntity: anyEntity,
                                 without: without, requires: requires, blockedBy: blockedBy, window: window, quoting: quoting,
                                 saidOnly: saidOnly))
        anchorID = anchor.lexicon.id
    }

    /// The words a finding on `hit` quotes: the anchor's, or the first words of `quoting`
    /// in the anchor's sentence.
    func excerpt(of hit: PhraseMatcher.Hit, in post: PostAnalysis) -> String {
        post.excerpt(quotedHit(of: hit, in: post))
    }

    /// The hit a finding on `hit` spans: `hit`, or the first hit of `quoting` in its sentence.
    func quotedHit(of hit: PhraseMatcher.Hit, in post: PostAnalysis) -> PhraseMatcher.Hit {
        let sentence = post.sentenceIndex(of: hit)
        guard let quoting, let named = post.hits(quoting.lexicon, inSentence: sentence).first else {
            return hit
        }
        return named
    }

    /// Every lexicon the frame reads, for the rule to hand the engine.
    public var lexicons: [Lexicon] {
        [anchor.lexicon] + with.map(\.lexicon) + withAny.map(\.lexicon) + without.map(\.lexicon) + Entity.allLexicons
            + Modality.allLexicons
    }

    /// The anchor hits that fill the frame, at most one per sentence.
    func hits(in post: PostAnalysis) -> [PhraseMatcher.Hit] {
        // Most posts hold no anchor at all: say so before building anything, from the
        // anchor's lexicon id alone (reading the anchor copied the concept).
        guard mayHit(post) else { return [] }
        let (anchorHits, inOrder) = post.lexiconHits.hitsWithOrder(storage.fields.anchor.lexicon)
        var seen = Set<Int>()
        var result: [PhraseMatcher.Hit] = []
        // The lists read once, and their concepts by index below: handing each concept to
        // `allSatisfy` or `contains(where:)` copied it (its lexicon, forms and spellings
        // retained and released) for every anchor hit.
        let with = self.with, withAny = self.withAny, without = self.without, saidOnly = storage.fields.saidOnly
        // A hashtag that spells the anchor counts as a hit on it.
        let hashtagHits = post.hashtagTokens.indices.filter { storage.fields.anchor.isSpelled(byHashtagParts: post.hashtagParts[$0]) }
            .map { PhraseMatcher.Hit(group: -1, phrase: -1, firstToken: post.hashtagTokens[$0], endToken: post.hashtagTokens[$0] + 1) }
        // In token order: the anchor's hits as they are when they come in order and no
        // hashtag joins them (nearly always; the sort is stable, so it would give them back
        // as they are), where joining and sorting made two lists for every frame.
        let ordered = hashtagHits.isEmpty && inOrder ? anchorHits
            : HitList((anchorHits + hashtagHits).sortedIfNeeded(by: { $0.firstToken < $1.firstToken }))
        for hit in ordered {
            let sentence = post.sentenceIndex(of: hit)
            // A title or reported words in quotation marks («عقلية المؤامرة») are named, not said.
            guard !seen.contains(sentence), !post.isQuoted(hit) else { continue }
            let near = post.sentences(around: sentence, window: window)
            // A companion concept counts where it is asserted: "no logos, no offers, just
            // help" names commerce only to rule it out.
            // Each sentence's hits are found by halving (`hits(_:inSentence:)`): reading every
            // hit of the concept for every anchor made a long post quadratic.
            // A concept is named by its list and its place there: handed over itself, it was
            // copied (its name, forms and lexicon retained and released) for every question.
            func present(_ concepts: [Concept], _ place: Int) -> Bool {
                near.contains { sentence in
                    post.hits(concepts[place].lexicon, inSentence: sentence).contains { other in
                        !Modality.negates(other.firstToken, in: post, reach: 1) && !(saidOnly && post.isQuoted(other))
                    }
                        || post.hashtagTokens.indices.contains { index in
                            post.text.sentences[sentence].contains(post.hashtagTokens[index])
                                && concepts[place].isSpelled(byHashtagParts: post.hashtagParts[index])
                        }
                }
            }
            func present(_ entity: Entity) -> Bool { near.contains { entity.occurs(in: $0, of: post) } }
            guard with.indices.allSatisfy({ present(with, $0) }), withAny.isEmpty || withAny.indices.contains(where: { present(withAny, $0) }),
                  entities.allSatisfy(present), anyEntity.isEmpty || anyEntity.contains(where: present),
                  // A cancelling word inside the anchor's own phrase is the phrase, not a second
                  // act: «كما تدين تدان» holds «تدين» ("condemns") and condemns nothing. One that
                  // holds the anchor ("we should have" around "should have") still cancels it.
                  !without.indices.contains(where: { place in
                      post.hits(without[place].lexicon, inSentence: sentence).contains {
                          !($0.firstToken >= hit.firstToken && $0.endToken <= hit.endToken && $0.endToken - $0.firstToken < hit.endToken - hit.firstToken)
                      }
                  }) else { continue }
            var modality = Modality.of(sentence: sentence, in: post)
            if Modality.negates(hit.firstToken, in: post, clause: true) { modality.insert(.negation) }
            guard requires.isEmpty || !requires.isDisjoint(with: modality), modality.isDisjoint(with: blockedBy) else { continue }
            seen.insert(sentence)
            result.append(hit)
        }
        return result
    }
}

/// The shape most frame rules share: one finding per filled frame, spanning the
/// anchor's sentence. Message and suggestion exist in both languages and the post's
/// feedback language (`PostAnalysis.feedbackLanguage`) chooses, so an Arabic post is
/// explained in Arabic.
protocol FrameRule: Rule {
    /// The rule's frames, built once (a `static let`): `check` reads them for every post.
    static var frames: [Frame] { get }
    /// What is wrong, with `{1}` standing for the words the anchor covers.
    static var message: Localized { get }
    /// What to do instead (the Arabic one with an Arabic example where it helps).
    static var suggestion: Localized { get }
}

extension FrameRule {
    var lexicons: [Lexicon] { Self.lexicons(of: Self.frames) }

    /// Every lexicon `frames` read, each once, and `more` after them: what a frame rule
    /// that also judges the whole post hands the engine.
    static func lexicons(of frames: [Frame], and more: [Concept] = []) -> [Lexicon] {
        var seen = Set<String>()
        return (frames.flatMap(\.lexicons) + more.map(\.lexicon)).filter { seen.insert($0.name).inserted }
    }

    func check(_ post: PostAnalysis) -> [Finding] { frameFindings(in: post) }

    /// One finding per sentence that fills one of the rule's frames: the whole of `check`
    /// for most frame rules, and the frame half of those that also judge the whole post.
    /// `keep` is a rule's own test on each hit that a frame cannot express (a refusal to
    /// advise in the next sentence, for `PricePromotionRule`).
    func frameFindings(in post: PostAnalysis, keep: (PhraseMatcher.Hit) -> Bool = { _ in true }) -> [Finding] {
        var sentences = Set<Int>()
        var findings: [Finding] = []
        // By index, each frame asked first in place whether it can hit (most cannot): `for
        // frame in` copied every frame out of the array for a call that found nothing.
        let frames = Self.frames
        for index in frames.indices where frames[index].mayHit(post) {
            let frame = frames[index]
            for hit in frame.hits(in: post) where keep(hit) && sentences.insert(post.sentenceIndex(of: hit)).inserted {
                findings.append(sentenceFinding(post.sentenceIndex(of: hit), quoting: frame.excerpt(of: hit, in: post), in: post))
            }
        }
        return findings
    }

    /// The rule's finding on sentence `sentence`, its message quoting `excerpt`, in the
    /// post's feedback language: what a frame's hit gives, and what a rule reading a
    /// sentence beyond its frames gives too.
    func sentenceFinding(_ sentence: Int, quoting excerpt: String, in post: PostAnalysis) -> Finding {
        let language = post.feedbackLanguage
        return finding(Self.message(language, excerpt), tokens: post.text.sentences[sentence], in: post, suggestion: Self.suggestion(language))
    }
}
