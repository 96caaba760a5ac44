/// Every rule Minbar has, in one list. A rule that is not here does not run.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        // Professionalism
        ProfanityRule(), PersonalAttackRule(), ShoutingRule(), PunctuationRunRule(), EmojiRunRule(), SlangRule(),
        ContemptRule(), HypeRule(), SelfGloryRule(), BlameRule(), NonApologyRule(), HardSellRule(), ReadabilityRule(),
        PlatformLengthRule(), HashtagCountRule(), LinkCountRule(), FragmentsRule(), FillerRule(),
        TragedyExploitationRule(), SlurRule(), ThreatRule(), SelfPityRule(), TragedyMockeryRule(), GloatingRule(), ColdLayoffRule(),
        CondemnationRule(), MinimisingRule(), SubstanceRule(),
        // Compliance
        InsideInformationRule(), GuidanceRule(), SharePriceRule(), MergerTalkRule(), GuaranteeRule(), ConfidentialRule(),
        PersonalDataRule(), LitigationRule(), CompetitorRule(), HateSpeechRule(), QuietPeriodRule(), BannedTermRule(),
        DisclaimerRule(),
        CorporateActionRule(), InsiderDealingRule(), UnverifiedCertaintyRule(), SolvencyRule(), PricePromotionRule(), PrejudgingRule(),
        RegulatorMockeryRule(), DemeaningGroupRule(), RecordMetricRule(), UndisclosedEndorsementRule(),
        // Alignment
        GoalCoverageRule(), GoalNeedsRule(), AvoidTermRule(), FactMismatchRule(), AudienceFitRule(),
        // Plan
        UnpublishedFigureRule(), UnbackedRule(), OffPlanRule(), ExpiredCertificateRule(),
    ]

    public static func rule(id: String) -> (any Rule)? { all.first { $0.id == id } }
    public static var ids: [String] { all.map(\.id) }

    /// Findings the engine adds itself rather than a rule (`judgement.veto`): they cost
    /// points, so they are explained like rules (`/why`, `minbar explain`, progress titles).
    public static let engineDescriptors: [RuleDescriptor] = [Veto.descriptor]

    /// What a finding's rule id means: a rule's descriptor or an engine finding's.
    public static func descriptor(id: String) -> RuleDescriptor? {
        rule(id: id)?.descriptor ?? engineDescriptors.first { $0.id == id }
    }

    /// Every id a finding can carry, so every one can be explained.
    public static var explainableIDs: [String] { ids + engineDescriptors.map(\.id) }

    /// The rule id someone probably meant: a typo of a whole id (`tone.non-apolgy`), or the
    /// name without its family (`mnpi` → `policy.mnpi`, `share-pric` → `policy.share-price`).
    public static func suggestion(for word: String) -> String? {
        let word = word.lowercased()
        guard !word.isEmpty else { return nil }
        let ids = explainableIDs
        if let close = Suggestion.closest(to: word, among: ids) { return close }
        let byName = Dictionary(ids.map { (String($0.split(separator: ".").last ?? Substring($0)), $0) }, uniquingKeysWith: { first, _ in first })
        if let id = byName[word] { return id }
        if let close = Suggestion.closest(to: word, among: byName.keys.sorted()) { return byName[close] }
        let containing = ids.filter { $0.contains(word) }
        return containing.count == 1 ? containing[0] : nil
    }
}
