/// An organisation's social media policy: what it bans, what it protects, when it is
/// silent, and how it wants Minbar's rules tuned. `Policy.standard` is the bundled
/// default every post is held to; a policy file adds to it.
public struct Policy: Sendable, Equatable {
    public var name: String
    /// The organisation this policy belongs to; never treated as a competitor.
    public var organisation: String?
    /// Competitor names, so disparaging one is caught even without the word "competitor".
    public var competitors: [String]
    public var bannedTerms: [String]
    /// Internal project and code names that must never appear in public.
    public var codeNames: [String]
    public var quietPeriods: [QuietPeriod]
    public var disclaimers: [Disclaimer]
    /// Rules switched off or given another severity, by rule id.
    public var ruleSettings: [String: RuleSetting]
    /// Exact phrases a rule must not flag (a product called "Yalla Pay"), by rule id.
    public var allowed: [String: [String]]
    public var path: String?

    public init(name: String, organisation: String? = nil, competitors: [String] = [], bannedTerms: [String] = [],
                codeNames: [String] = [], quietPeriods: [QuietPeriod] = [], disclaimers: [Disclaimer] = [],
                ruleSettings: [String: RuleSetting] = [:], allowed: [String: [String]] = [:], path: String? = nil) {
        self.name = name
        self.organisation = organisation
        self.competitors = competitors
        self.bannedTerms = bannedTerms
        self.codeNames = codeNames
        self.quietPeriods = quietPeriods
        self.disclaimers = disclaimers
        self.ruleSettings = ruleSettings
        self.allowed = allowed
        self.path = path
    }

    /// The default: every rule on at its own severity, nothing extra banned.
    public static let standard = Policy(name: "Minbar default policy")

    /// A time when the organisation says nothing about its results (before a release).
    public struct QuietPeriod: Sendable, Equatable {
        public var start: CalendarDate
        public var end: CalendarDate
        public var label: String

        public init(start: CalendarDate, end: CalendarDate, label: String) {
            self.start = start
            self.end = end
            self.label = label
        }

        public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }
    }

    /// Text a post must carry when it touches certain subjects.
    public struct Disclaimer: Sendable, Equatable {
        public var text: String
        /// The post needs the disclaimer when it contains any of these terms.
        public var triggers: [String]

        public init(text: String, triggers: [String]) {
            self.text = text
            self.triggers = triggers
        }
    }

    public enum RuleSetting: Sendable, Equatable {
        case off
        case severity(FindingSeverity)
    }

    /// This policy laid over another: lists are joined, settings here win.
    public func merged(over base: Policy) -> Policy {
        var result = base
        result.name = name
        result.organisation = organisation ?? base.organisation
        result.competitors += competitors
        result.bannedTerms += bannedTerms
        result.codeNames += codeNames
        result.quietPeriods += quietPeriods
        result.disclaimers += disclaimers
        result.ruleSettings.merge(ruleSettings) { $1 }
        result.allowed.merge(allowed) { $0 + $1 }
        result.path = path ?? base.path
        return result
    }
}
