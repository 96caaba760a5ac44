/// Scores posts: runs every rule, turns findings into points, and decides the verdict.
/// Pure and deterministic: the same post, beat, policy, platform and date always give
/// the same report. It never touches the network or the file system.
public struct ScoringEngine: Sendable {
    /// Posts longer than this (in UTF-8 bytes) are refused before scoring: no platform
    /// takes a post near it, and it bounds the work one post can cause.
    public static let maximumPostBytes = 1 << 20

    public let rules: [any Rule]
    public let policy: PreparedPolicy
    let matcher: PhraseMatcher
    /// Each matcher group's lexicon, as its id (`Lexicon.id`).
    private let lexiconIDs: [Int32]
    /// The matcher group of `Concepts.laughter`, which written laughter of any length joins.
    private let laughterGroup: Int?
    /// Per rule, in `rules` order, what the policy says: worked out once, not per post.
    private let severityOverrides: [FindingSeverity?]
    private let allowLexicons: [Int32?]

    /// - Parameters:
    ///   - rules: the rules to run (default: every registered rule).
    ///   - policy: the organisation's policy, laid over the default.
    ///   - only: when given, run just these rule ids.
    ///   - disabled: rule ids not to run.
    public init(rules: [any Rule] = RuleRegistry.all, policy: Policy = .standard,
                only: Set<String>? = nil, disabled: Set<String> = []) {
        let active = rules.filter { rule in
            (only?.contains(rule.id) ?? true) && !disabled.contains(rule.id) && policy.ruleSettings[rule.id] != .off
        }
        self.rules = active
        self.policy = PreparedPolicy(policy)
        severityOverrides = active.map { rule in
            if case .severity(let severity)? = policy.ruleSettings[rule.id] { return severity }
            return nil
        }
        allowLexicons = active.map { policy.allowed[$0.id] == nil ? nil : LexiconIDs.shared.intern(PreparedPolicy.allowed($0.id)) }
        var matcher = PhraseMatcher()
        var ids: [Int32] = []
        var seen = Set<String>()
        for lexicon in Evidence.lexicons + MoveLexicons.all + active.flatMap(\.lexicons) where !seen.contains(lexicon.name) {
            seen.insert(lexicon.name)
            matcher.add(lexicon.terms, group: ids.count)
            ids.append(lexicon.id)
        }
        self.matcher = matcher
        self.lexiconIDs = ids
        laughterGroup = ids.firstIndex(of: Concepts.laughter.lexicon.id)
    }

    /// Scores `text` under `context`: the one path every entry point takes. The context's
    /// engine must be this engine (use `ScoringContext.score(_:)`).
    public func score(_ text: String, in context: ScoringContext) -> ScoreReport {
        let beat = context.beat, plan = context.plan
        var post = analyze(text, beat: beat, plan: plan, platform: context.platform, date: context.date)
        post.interfaceLanguage = context.interface
        let hits = post.lexiconHits
        var findings: [Finding] = []
        // Each rule is called where it sits in the array: `enumerated()` copied every rule
        // (an existential) out of the array for every post.
        for index in rules.indices {
            var found = rules[index].check(post)
            if found.isEmpty { continue }
            if let severity = severityOverrides[index] {
                for index in found.indices { found[index].severity = severity }
            }
            if let id = allowLexicons[index], case let allowed = hits[id], !allowed.isEmpty {
                found.removeAll { finding in
                    allowed.contains { hit in
                        let (start, end) = post.span(hit.firstToken..<hit.endToken)
                        return finding.start >= start && finding.end <= end && finding.end > finding.start
                    }
                }
            }
            findings += found
        }
        // The excerpt is taken here, from the analysis already in hand, so nothing after
        // scoring has to tokenise the post again to show what a finding points at.
        for index in findings.indices {
            findings[index].excerpt = post.text.excerpt(findings[index].start, findings[index].end)
        }
        let hasGoals = !(beat?.beat.goals.isEmpty ?? true) || !(plan?.plan.objectives.isEmpty ?? true)
        var report = ScoringEngine.report(text: text, language: post.text.language, findings: findings, hasGoals: hasGoals,
                                          feedback: post.feedbackLanguage)
        report.goals = post.goals
        // A post that attacks, insults, threatens or excludes people earns no praise for its
        // moves: a coach's first and only word on it is about the attack ("answered the
        // question" beside a slur teaches the wrong thing). A compliance block keeps them: a
        // well-made post that leaks a figure still shows what to keep.
        let abusive = findings.contains { finding in
            finding.severity == .error
                && (finding.dimension == .professionalism && finding.ruleID != "judgement.veto" || finding.ruleID == "policy.hate-speech")
        }
        report.strengths = abusive ? [] : Strength.find(in: post)
        if let plan, let citation = post.planCitation {
            report.objectives = citation.objectives.map { plan.plan.objectives[$0].id }
            report.evidence = citation.evidenceNames(in: plan.plan)
        }
        return report
    }

    /// Scores `text` with this engine and the inputs given: shorthand for a
    /// `ScoringContext` made of them (tests and rule examples use it).
    public func score(_ text: String, beat: PreparedBeat? = nil, plan: PreparedPlan? = nil, platform: Platform? = nil,
                      date: CalendarDate? = nil) -> ScoreReport {
        score(text, in: ScoringContext(engine: self, beat: beat, plan: plan, platform: platform, date: date))
    }

    /// What the rules see for a post: its tokens, every phrase hit and its evidence.
    public func analyze(_ text: String, beat: PreparedBeat? = nil, plan: PreparedPlan? = nil, platform: Platform? = nil,
                        date: CalendarDate? = nil) -> PostAnalysis {
        let analyzed = AnalyzedText(text)
        // Every matcher's hits with their lexicon ids, in the order found, then filed at once.
        var filed: [(id: Int32, hit: PhraseMatcher.Hit)] = []
        // The post's key ids, worked out once for the four matchers.
        let keys = PhraseMatcher.PostKeys(analyzed)
        var engineHits = matcher.hits(in: analyzed, keys: keys)
        if let laughterGroup { Laughter.addWrittenRuns(to: &engineHits, group: laughterGroup, in: analyzed) }
        filed.reserveCapacity(engineHits.count + 16)
        for hit in engineHits { filed.append((lexiconIDs[hit.group], hit)) }
        if let beat {
            for hit in beat.matcher.hits(in: analyzed, keys: keys) { filed.append((beat.groupIDs[hit.group], hit)) }
        }
        for hit in policy.matcher.hits(in: analyzed, keys: keys) { filed.append((policy.groupIDs[hit.group], hit)) }
        if let plan {
            for hit in plan.matcher.hits(in: analyzed, keys: keys) { filed.append((plan.groupIDs[hit.group], hit)) }
        }
        let hits = LexiconHits(filed)

        return PostAnalysis(text: analyzed, platform: platform ?? beat.map { $0.scenario.platform(in: $0.beat) } ?? .x, beat: beat,
                            policy: policy, plan: plan, date: date, lexiconHits: hits)
    }

    /// Points each finding costs, the scores and the verdict; the engine's own finding
    /// (`judgement.veto`) is written in `feedback`, the language the rules wrote theirs in.
    static func report(text: String, language: PostLanguage, findings: [Finding], hasGoals: Bool,
                       feedback: PostLanguage = .en) -> ScoreReport {
        // Both sorts order positions in `findings`, not the findings: a `Finding` is four
        // strings and more, and sorting moved each one several times a post, then the
        // reading-order copy was sorted again. The standard library's sort decides from the
        // count and the comparisons alone, so sorting the positions with the same comparator
        // gives the same order, ties included, as sorting the findings did.
        // The comparisons are written out field by field: the same order as comparing the
        // tuples, without building two tuples (and copying two strings) per comparison.
        var ordered = Array(findings.indices)
        ordered.sort { i, j in
            if findings[i].start != findings[j].start { return findings[i].start < findings[j].start }
            if findings[i].ruleID != findings[j].ruleID { return findings[i].ruleID < findings[j].ruleID }
            return findings[i].end < findings[j].end
        }
        // A rule that fires again costs less each time, and at most twice its first cost,
        // so one repeated habit does not drown every other lesson.
        // (A post's findings come from a few rules: a list read in order beats hashing each id.)
        var penalties = [Int](repeating: 0, count: findings.count)
        var spentByRule: [(ruleID: String, spent: Int)] = []
        for index in ordered {
            // Field by field: `let finding = findings[index]` copied every string of it.
            let penalty = findings[index].penalty, ruleID = findings[index].ruleID
            let base = penalty > 0 ? penalty : basePenalty(findings[index].dimension, findings[index].severity)
            let known = spentByRule.firstIndex { $0.ruleID == ruleID }
            let spent = known.map { spentByRule[$0].spent } ?? 0
            let cost: Int
            if Veto.adviceOnly.contains(ruleID) { cost = 0 }
            else if penalty > 0 { cost = penalty }  // goal rules price themselves
            else if spent == 0 { cost = base }
            else { cost = min(base / 2, max(0, 2 * base - spent)) }
            penalties[index] = cost
            if let known { spentByRule[known].spent = spent + cost } else { spentByRule.append((ruleID, spent + cost)) }
        }
        // Publishing a post that must not be published is itself a lapse of judgement:
        // the first vetoing finding also costs professionalism, through one finding that
        // names it, so every lost point still traces to a finding.
        // A conduct veto (demeaning, mocking a regulator…) costs what a professionalism
        // error costs, and names the costliest one when there are several.
        // It takes position `findings.count`, after every rule's finding.
        let vetoes = ordered.filter { Veto.vetoes(findings[$0]) && findings[$0].dimension == .compliance }
        var judgement: Finding?
        if let vetoIndex = vetoes.first(where: { Veto.isConduct(findings[$0]) }) ?? vetoes.first {
            let veto = findings[vetoIndex]
            judgement = Finding(
                ruleID: Veto.ruleID, dimension: .professionalism, severity: .warning,
                message: (Veto.isConduct(veto) ? Veto.conductMessage : Veto.message)(feedback, veto.ruleID),
                start: veto.start, end: veto.end,
                suggestion: Veto.suggestion(feedback, veto.ruleID),
                penalty: Veto.cost(of: veto), excerpt: veto.excerpt)
            ordered.append(findings.count)
        }
        func score(_ dimension: Dimension) -> Int {
            var lost = 0
            for index in findings.indices where findings[index].dimension == dimension { lost += penalties[index] }
            if let judgement, judgement.dimension == dimension { lost += judgement.penalty }
            return max(0, 100 - lost)
        }
        let professionalism = score(.professionalism)
        let compliance = score(.compliance)
        let alignment = hasGoals ? score(.alignment) : nil
        let parts = [professionalism, compliance] + (alignment.map { [$0] } ?? [])
        let overall = Int((Double(parts.reduce(0, +)) / Double(parts.count)).rounded())

        let verdict: Verdict
        if findings.contains(where: Veto.vetoes) || judgement.map(Veto.vetoes) == true {
            verdict = .blocked
        } else if findings.contains(where: { $0.severity != .note }) || judgement.map({ $0.severity != .note }) == true || overall < 70 {
            verdict = .revise
        } else {
            verdict = .ready
        }
        let count = findings.count
        // Fields of position `i`: a rule's finding, or the judgement after them.
        func severity(_ i: Int) -> FindingSeverity { i < count ? findings[i].severity : judgement!.severity }
        func start(_ i: Int) -> Int { i < count ? findings[i].start : judgement!.start }
        func ruleID(_ i: Int) -> String { i < count ? findings[i].ruleID : judgement!.ruleID }
        ordered.sort { i, j in
            if severity(i) != severity(j) { return severity(i) < severity(j) }
            if start(i) != start(j) { return start(i) < start(j) }
            return ruleID(i) < ruleID(j)
        }
        // The one copy of the findings, in the order shown, each with its penalty.
        let shown = ordered.map { index -> Finding in
            guard index < count else { return judgement! }
            var finding = findings[index]
            finding.penalty = penalties[index]
            return finding
        }
        return ScoreReport(text: text, language: language,
                           scores: Scores(professionalism: professionalism, alignment: alignment, compliance: compliance, overall: overall),
                           verdict: verdict, findings: shown)
    }

    static func basePenalty(_ dimension: Dimension, _ severity: FindingSeverity) -> Int {
        switch (dimension, severity) {
        case (.compliance, .error): 50
        case (.compliance, .warning): 20
        case (.compliance, .note): 5
        case (.professionalism, .error): 30
        case (.professionalism, .warning): 12
        case (.professionalism, .note): 4
        case (.alignment, .error): 25
        case (.alignment, .warning): 15
        case (.alignment, .note): 5
        }
    }
}
