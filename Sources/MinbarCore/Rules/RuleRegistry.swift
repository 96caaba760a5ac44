/// Every rule Minbar has, in one list. A rule that is not here does not run.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        // Professionalism
        ProfanityRule(), PersonalAttackRule(), ShoutingRule(), PunctuationRunRule(), EmojiRunRule(), SlangRule(),
        ContemptRule(), HypeRule(), SelfGloryRule(), BlameRule(), NonApologyRule(), HardSellRule(), ReadabilityRule(),
        PlatformLengthRule(), HashtagCountRule(), LinkCountRule(), FragmentsRule(), FillerRule(),
        // Compliance
        InsideInformationRule(), GuidanceRule(), SharePriceRule(), MergerTalkRule(), GuaranteeRule(), ConfidentialRule(),
        PersonalDataRule(), LitigationRule(), CompetitorRule(), HateSpeechRule(), QuietPeriodRule(), BannedTermRule(),
        DisclaimerRule(),
        // Alignment
        GoalCoverageRule(), GoalNeedsRule(), AvoidTermRule(), FactMismatchRule(), AudienceFitRule(),
        // Plan
        UnpublishedFigureRule(), UnbackedRule(), OffPlanRule(), ExpiredCertificateRule(),
    ]

    public static func rule(id: String) -> (any Rule)? { all.first { $0.id == id } }
    public static var ids: [String] { all.map(\.id) }
}
