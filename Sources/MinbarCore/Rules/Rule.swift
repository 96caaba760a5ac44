/// A named list of phrases in both languages that rules look for. All lexicons are
/// matched in one pass per post (see `PhraseMatcher`).
public struct Lexicon: Sendable, Hashable {
    public let name: String
    public let terms: [String]
    /// The name as a small integer (see `LexiconIDs`), which a post's hits are filed by.
    let id: Int32

    public init(_ name: String, _ terms: [String]) {
        self.name = name
        self.terms = terms
        id = LexiconIDs.shared.intern(name)
    }
}

/// What a rule is, for people: its id, what it protects, why, and examples that show
/// it firing and not firing in both languages. The same examples run as tests.
public struct RuleDescriptor: Sendable {
    public var id: String
    /// The title in English (what `minbar rules` has always shown; see `title(in:)`).
    public var title: String
    /// The title in Arabic, for an Arabic interface (see `title(in:)`).
    public var titleAr: String
    public var dimension: Dimension
    public var severity: FindingSeverity
    /// Why the practice matters, in English (shown by `minbar explain`; see `rationale(in:)`).
    public var rationale: String
    /// Why the practice matters, in Arabic; nil while only the English one is written.
    public var rationaleAr: String?
    public var examples: [RuleExample]

    public init(id: String, title: String, titleAr: String, dimension: Dimension, severity: FindingSeverity,
                rationale: String, rationaleAr: String? = nil, examples: [RuleExample]) {
        self.id = id
        self.title = title
        self.titleAr = titleAr
        self.dimension = dimension
        self.severity = severity
        self.rationale = rationale
        self.rationaleAr = rationaleAr
        self.examples = examples
    }

    /// The title in the interface language: `minbar rules`, `explain`, `/why` and
    /// `/progress` show it. Every rule has both (a test holds them to it).
    public func title(in language: Language) -> String {
        switch language {
        case .en: title
        case .ar: titleAr.isEmpty ? title : titleAr
        }
    }

    /// Why the practice matters, in the interface language; the English rationale
    /// stands in where no Arabic one is written yet (`rationaleAr` is nil).
    public func rationale(in language: Language) -> String {
        switch language {
        case .en: rationale
        case .ar: rationaleAr ?? rationale
        }
    }

    /// Languages the examples prove the rule in.
    public var languages: [PostLanguage] {
        PostLanguage.allCases.filter { language in examples.contains { $0.language == language } }
    }
}

/// A post that must (or must not) make a rule fire, remembered with where it was
/// written so a failing example points at itself.
public struct RuleExample: Sendable {
    public var text: String
    public var triggers: Bool
    public var language: PostLanguage
    /// A scenario for rules that need goals (alignment), in the scenario format.
    public var scenario: String?
    /// A communication plan for plan rules, in the plan format.
    public var plan: String?
    public var platform: Platform?
    public var file: String
    public var line: Int

    public static func triggers(_ text: String, _ language: PostLanguage, scenario: String? = nil, plan: String? = nil,
                                platform: Platform? = nil, file: String = #filePath, line: Int = #line) -> RuleExample {
        RuleExample(text: text, triggers: true, language: language, scenario: scenario, plan: plan, platform: platform, file: file, line: line)
    }

    public static func passes(_ text: String, _ language: PostLanguage, scenario: String? = nil, plan: String? = nil,
                              platform: Platform? = nil, file: String = #filePath, line: Int = #line) -> RuleExample {
        RuleExample(text: text, triggers: false, language: language, scenario: scenario, plan: plan, platform: platform, file: file, line: line)
    }
}

/// One check on a post. Rules never print and never score: they report findings with
/// spans, messages and suggestions, and the engine turns findings into points.
public protocol Rule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// Lexicons the rule reads through `PostAnalysis.hits(_:)`.
    var lexicons: [Lexicon] { get }
    func check(_ post: PostAnalysis) -> [Finding]
}

extension Rule {
    public var lexicons: [Lexicon] { [] }
    public var id: String { descriptor.id }

    /// A finding of this rule at its default severity and dimension.
    public func finding(_ message: String, start: Int, end: Int, suggestion: String) -> Finding {
        Finding(ruleID: descriptor.id, dimension: descriptor.dimension, severity: descriptor.severity,
                message: message, start: start, end: end, suggestion: suggestion)
    }

    /// One finding per hit, overlapping hits counted once, spanning the hit; `message` gets the words the hit covers.
    public func findings(for hits: [PhraseMatcher.Hit], in post: PostAnalysis, suggestion: String,
                         message: (String) -> String) -> [Finding] {
        // Two phrases on the same words are one fault (صار and صارت both meet «صار»):
        // a hit that overlaps one already reported is not reported again.
        // Most rules find nothing in most posts: no sort, no list.
        guard !hits.isEmpty else { return [] }
        var coveredUntil = -1
        var findings: [Finding] = []
        for hit in hits.sortedIfNeeded(by: { ($0.firstToken, -$0.endToken) < ($1.firstToken, -$1.endToken) }) {
            guard hit.firstToken >= coveredUntil else { continue }
            coveredUntil = hit.endToken
            // The excerpt the message quotes is the finding's own (the same span), kept on
            // it so the engine does not take it again.
            let excerpt = post.excerpt(hit)
            var found = finding(message(excerpt), tokens: hit.firstToken..<hit.endToken, in: post, suggestion: suggestion)
            found.excerpt = excerpt
            findings.append(found)
        }
        return findings
    }

    public func finding(_ message: String, tokens range: Range<Int>, in post: PostAnalysis, suggestion: String) -> Finding {
        let (start, end) = post.span(range)
        return finding(message, start: start, end: end, suggestion: suggestion)
    }
}
