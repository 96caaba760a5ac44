/// Scores posts: runs every rule, turns findings into points, and decides the verdict.
/// Pure and deterministic: the same post, beat, policy, platform and date always give
/// the same report. It never touches the network or the file system.
public struct ScoringEngine: Sendable {
    /// Posts longer than this (in UTF-8 bytes) are refused before scoring: no platform
    /// takes a post near it, and it bounds the work one post can cause.
    public static let maximumPostBytes = 1 << 20

    public let rules: [any Rule]
    /// The organisation's policy, prepared once and shared by reference with each post's
    /// analysis (see `SharedPreparedPolicy`).
    public var policy: PreparedPolicy { sharedPolicy.value }
    private let sharedPolicy: SharedPreparedPolicy
    let matcher: PhraseMatcher
    /// Each matcher group's lexicon, as its id (`Lexicon.id`).
    private let lexiconIDs: [Int32]
    /// The matcher group of `Concepts.laughter`, which written laughter of any length joins.
    private let laughterGroup: Int?
    /// The matcher group of `SetPhrases.lexicon`, whose hits mask the words inside them.
    private let setPhraseGroup: Int?
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
        sharedPolicy = SharedPreparedPolicy(PreparedPolicy(policy))
        severityOverrides = active.map { rule in
            if case .severity(let severity)? = policy.ruleSettings[rule.id] { return severity }
            return nil
        }
        allowLexicons = active.map { policy.allowed[$0.id] == nil ? nil : LexiconIDs.shared.intern(PreparedPolicy.allowed($0.id)) }
        var matcher = PhraseMatcher()
        var ids: [Int32] = []
        var seen = Set<String>()
        for lexicon in [SetPhrases.lexicon] + Evidence.lexicons + MoveLexicons.all + active.flatMap(\.lexicons) where !seen.contains(lexicon.name) {
            seen.insert(lexicon.name)
            matcher.add(lexicon.terms, group: ids.count)
            ids.append(lexicon.id)
        }
        self.matcher = matcher
        self.lexiconIDs = ids
        laughterGroup = ids.firstIndex(of: Concepts.laughter.lexicon.id)
        setPhraseGroup = ids.firstIndex(of: SetPhrases.lexicon.id)
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
            // The first rule's findings are taken whole (no copy of each finding).
            if findings.isEmpty { findings = found } else { findings += found }
        }
        // An insult aimed at someone is one fault: the attack says what it does, and the
        // insult on the same words is not charged again ("@dana you are clueless" lost 30
        // twice). Only the same words: an insult beside an attack elsewhere still counts.
        if findings.count > 1 { Self.dropSubsumed(&findings) }
        // The excerpt is taken here, from the analysis already in hand, so nothing after
        // scoring has to tokenise the post again to show what a finding points at.
        // A finding that already holds one (`Rule.findings(for:in:suggestion:message:)` keeps
        // the excerpt its message quotes, of the same span) is not read again; an empty one
        // is taken again, which gives the same empty text for an empty span.
        for index in findings.indices where findings[index].excerpt.isEmpty {
            findings[index].excerpt = post.text.excerpt(findings[index].start, findings[index].end)
        }
        let hasGoals = !(beat?.beat.goals.isEmpty ?? true) || !(plan?.plan.objectives.isEmpty ?? true)
        // A post that attacks, insults, threatens or excludes people earns no praise for its
        // moves: a coach's first and only word on it is about the attack ("answered the
        // question" beside a slur teaches the wrong thing). A compliance block keeps them: a
        // well-made post that leaks a figure still shows what to keep.
        // (Asked before the findings are handed to `report`, which reorders them in place.)
        // Both read the findings' fields in place, by index: handed to a closure, each
        // finding was copied (its strings retained and released).
        var abusive = false
        for index in findings.indices where findings[index].severity == .error
            && (findings[index].dimension == .professionalism && findings[index].ruleID != "judgement.veto"
                || findings[index].ruleID == "policy.hate-speech") {
            abusive = true
            break
        }
        var hedgedApologies: [(start: Int, end: Int)] = []
        var faulted: [(start: Int, end: Int)] = []
        for index in findings.indices {
            if findings[index].ruleID == "tone.non-apology" {
                hedgedApologies.append((start: findings[index].start, end: findings[index].end))
            } else if findings[index].severity == .error, findings[index].end > findings[index].start {
                faulted.append((start: findings[index].start, end: findings[index].end))
            }
        }
        // Handed over (`consume`), not copied: `report` changes the findings in place, and a
        // copy still held here made it copy them all (each string retained) first.
        var report = ScoringEngine.report(text: text, language: post.text.language, findings: consume findings, hasGoals: hasGoals,
                                          feedback: post.feedbackLanguage)
        report.goals = post.goals
        report.strengths = abusive ? [] : Strength.find(in: post, hedgedApologies: hedgedApologies, faulted: faulted)
        if let plan, let citation = post.planCitation {
            report.objectives = citation.objectives.map { plan.plan.objectives[$0].id }
            report.evidence = citation.evidenceNames(in: plan.plan)
        }
        return report
    }

    /// Rules whose finding on the same words as another rule's says the same thing less
    /// well: (the finding kept, the finding dropped).
    static let subsumes: [(kept: String, dropped: String)] = [("tone.personal-attack", "tone.profanity")]

    static func dropSubsumed(_ findings: inout [Finding]) {
        for pair in subsumes {
            // The kept rule's spans, read in place: filtering the findings copied each kept one whole.
            var kept: [(start: Int, end: Int)] = []
            for index in findings.indices where findings[index].ruleID == pair.kept {
                kept.append((start: findings[index].start, end: findings[index].end))
            }
            guard !kept.isEmpty else { continue }
            findings.removeAll { finding in
                finding.ruleID == pair.dropped && kept.contains { $0.start == finding.start && $0.end == finding.end }
            }
        }
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
        if let setPhraseGroup { SetPhrases.removeMaskedHits(from: &engineHits, group: setPhraseGroup) }
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
                            policy: sharedPolicy, plan: plan, date: date, lexiconHits: hits)
    }

    /// Points each finding costs, the scores and the verdict; the engine's own finding
    /// (`judgement.veto`) is written in `feedback`, the language the rules wrote theirs in.
    /// The findings are taken (`consuming`): they become the report's, reordered in place.
    static func report(text: String, language: PostLanguage, findings taken: consuming [Finding], hasGoals: Bool,
                       feedback: PostLanguage = .en) -> ScoreReport {
        // Held alone, so the reordering below moves the findings in place; everything is
        // worked out first from the findings as they are (a closure over this variable
        // read each field through an access check).
        var findings = consume taken
        let (ordered, penalties, judgement, scores, verdict) = reckon(findings, hasGoals: hasGoals, feedback: feedback)
        // The findings themselves, each with its penalty, put in the shown order where they
        // lie: moved, not copied (position `i` of the result is `ordered[i]` of the input;
        // a slot already filled has handed its finding on, which is found by following
        // `ordered` from it).
        for index in penalties.indices { findings[index].penalty = penalties[index] }
        if let judgement { findings.append(judgement) }
        findings.withUnsafeMutableBufferPointer { shown in
            for position in ordered.indices {
                var source = ordered[position]
                while source < position { source = ordered[source] }
                if source != position { shown.swapAt(position, source) }
            }
        }
        return ScoreReport(text: text, language: language, scores: scores, verdict: verdict, findings: findings)
    }

    /// What `report` decides from a post's findings: the shown order (positions in
    /// `findings`, `findings.count` for the judgement), each finding's penalty, the
    /// judgement, the scores and the verdict.
    private static func reckon(_ findings: [Finding], hasGoals: Bool, feedback: PostLanguage)
        -> (ordered: [Int], penalties: [Int], judgement: Finding?, scores: Scores, verdict: Verdict) {
        // Both sorts order positions in `findings`, not the findings: a `Finding` is four
        // strings and more, and sorting moved each one several times a post, then the
        // reading-order copy was sorted again. The standard library's sort decides from the
        // count and the comparisons alone, so sorting the positions with the same comparator
        // gives the same order, ties included, as sorting the findings did.
        // The comparisons are written out field by field: the same order as comparing the
        // tuples, without building two tuples (and copying two strings) per comparison.
        // Every question below reads fields in place: a `Finding` handed to a function or a
        // closure was copied (its four strings retained and released) for each question.
        let count = findings.count
        var ordered = Array(findings.indices)
        ordered.sort { i, j in
            if findings[i].start != findings[j].start { return findings[i].start < findings[j].start }
            if findings[i].ruleID != findings[j].ruleID { return findings[i].ruleID < findings[j].ruleID }
            return findings[i].end < findings[j].end
        }
        // A rule that fires again costs less each time, and at most twice its first cost,
        // so one repeated habit does not drown every other lesson.
        // (A post's findings come from a few rules: a list read in order beats hashing each id;
        // each rule is kept as the position of its first finding, whose id is its own.)
        var penalties = [Int](filledWith: 0, count: count)
        var spentByRule: [(first: Int, spent: Int)] = []
        // Room for a rule per finding: grown from empty, the list was reallocated on most posts.
        spentByRule.reserveCapacity(count)
        for index in ordered {
            let penalty = findings[index].penalty
            let base = penalty > 0 ? penalty : basePenalty(findings[index].dimension, findings[index].severity)
            let known = spentByRule.firstIndex { findings[$0.first].ruleID == findings[index].ruleID }
            let spent = known.map { spentByRule[$0].spent } ?? 0
            let cost: Int
            if Veto.adviceOnly.contains(findings[index].ruleID) { cost = 0 }
            else if penalty > 0 { cost = penalty }  // goal rules price themselves
            else if spent == 0 { cost = base }
            else { cost = min(base / 2, max(0, 2 * base - spent)) }
            penalties[index] = cost
            if let known { spentByRule[known].spent = spent + cost } else { spentByRule.append((index, spent + cost)) }
        }
        // Publishing a post that must not be published is itself a lapse of judgement:
        // the first vetoing finding also costs professionalism, through one finding that
        // names it, so every lost point still traces to a finding.
        // A conduct veto (demeaning, mocking a regulator…) costs what a professionalism
        // error costs, and names the costliest one when there are several.
        // It takes position `count`, after every rule's finding.
        // (A compliance finding vetoes exactly when it is an error: `Veto.vetoes`.)
        var firstVeto: Int?, firstConductVeto: Int?
        for index in ordered where findings[index].severity == .error && findings[index].dimension == .compliance {
            if firstVeto == nil { firstVeto = index }
            if Veto.conductRules.contains(findings[index].ruleID) { firstConductVeto = index; break }
        }
        // Constants once decided (`let`, and the penalties handed to `score`): the nested
        // functions below captured the variables, and every read went through a run-time
        // exclusivity check.
        let judgement: Finding?
        if let vetoIndex = firstConductVeto ?? firstVeto {
            let veto = findings[vetoIndex]
            judgement = Finding(
                ruleID: Veto.ruleID, dimension: .professionalism, severity: .warning,
                message: (Veto.isConduct(veto) ? Veto.conductMessage : Veto.message)(feedback, veto.ruleID),
                start: veto.start, end: veto.end,
                suggestion: Veto.suggestion(feedback, veto.ruleID),
                penalty: Veto.cost(of: veto), excerpt: veto.excerpt)
            ordered.append(count)
        } else {
            judgement = nil
        }
        // The judgement's fields, read once: `judgement!` (and `if let judgement`) in the
        // functions below copied the whole finding, its strings retained and released, for
        // every comparison of the sort that reached it, several times a post. Each is read
        // only where the judgement is there (position `count` is listed only then).
        let judgementDimension = judgement?.dimension, judgementPenalty = judgement?.penalty ?? 0
        let judgementSeverity = judgement?.severity ?? .note, judgementStart = judgement?.start ?? 0
        let judgementRuleID = judgement?.ruleID ?? ""
        func score(_ dimension: Dimension, _ penalties: [Int]) -> Int {
            var lost = 0
            for index in 0..<count where findings[index].dimension == dimension { lost += penalties[index] }
            if judgementDimension == dimension { lost += judgementPenalty }
            return max(0, 100 - lost)
        }
        let professionalism = score(.professionalism, penalties)
        let compliance = score(.compliance, penalties)
        let alignment = hasGoals ? score(.alignment, penalties) : nil
        // The mean of the two or three scores, summed in the same order (whole numbers add exactly).
        let parts = alignment == nil ? 2 : 3
        let overall = Int((Double(professionalism + compliance + (alignment ?? 0)) / Double(parts)).rounded())

        var vetoed = judgement.map(Veto.vetoes) == true, unsettled = judgement != nil && judgementSeverity != .note
        for index in 0..<count {
            if findings[index].severity != .note { unsettled = true }
            if findings[index].severity == .error
                && (findings[index].dimension == .compliance
                    || findings[index].dimension == .professionalism && Veto.professionalismRules.contains(findings[index].ruleID)) {
                vetoed = true
                break
            }
        }
        let verdict: Verdict
        if vetoed {
            verdict = .blocked
        } else if unsettled || overall < 70 {
            verdict = .revise
        } else {
            verdict = .ready
        }
        // The shown order: errors first, then by position, then by rule id.
        // Fields of position `i`: a rule's finding, or the judgement after them.
        func severity(_ i: Int) -> FindingSeverity { i < count ? findings[i].severity : judgementSeverity }
        func start(_ i: Int) -> Int { i < count ? findings[i].start : judgementStart }
        func ruleID(_ i: Int) -> String { i < count ? findings[i].ruleID : judgementRuleID }
        ordered.sort { i, j in
            if severity(i) != severity(j) { return severity(i) < severity(j) }
            if start(i) != start(j) { return start(i) < start(j) }
            return ruleID(i) < ruleID(j)
        }
        return (ordered, penalties, judgement,
                Scores(professionalism: professionalism, alignment: alignment, compliance: compliance, overall: overall), verdict)
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
