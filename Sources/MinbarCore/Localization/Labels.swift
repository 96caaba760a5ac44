/// Names of the model's values as people read them, in either language (the ids in files
/// and JSON stay English).
extension EvidenceNeed {
    public func label(_ language: Language) -> String { describe(language == .ar ? .ar : .en).what }
}

extension ScenarioKind {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): rawValue
        case (.investor, .ar): "المستثمرون"
        case (.employee, .ar): "الموظفون"
        case (.media, .ar): "الإعلام"
        case (.community, .ar): "المجتمع"
        case (.crisis, .ar): "الأزمات"
        }
    }
}

extension ObjectiveStatus.State {
    public func label(_ language: Language) -> String {
        switch self {
        case .notStarted: UIText.statusNotStarted(language)
        case .building: UIText.statusBuilding(language)
        case .onTrack: UIText.statusOnTrack(language)
        case .atRisk: UIText.statusAtRisk(language)
        case .overdue: UIText.statusOverdue(language)
        case .achieved: UIText.statusAchieved(language)
        }
    }
}

extension Objective.Cadence {
    public func label(_ language: Language) -> String {
        switch self {
        case .weekly: UIText.cadenceWeekly(language)
        case .monthly: UIText.cadenceMonthly(language)
        case .quarterly: UIText.cadenceQuarterly(language)
        }
    }
}

extension OrganisationType {
    public func label(_ language: Language) -> String {
        switch self {
        case .listed: UIText.orgListed(language)
        case .stateOwned: UIText.orgStateOwned(language)
        case .family: UIText.orgFamily(language)
        case .government: UIText.orgGovernment(language)
        }
    }
}

extension Language {
    /// The language's name as a short label (`ar`, `en` in English; عربي, إنجليزي in Arabic).
    public func label(_ language: Language) -> String {
        switch self {
        case .ar: UIText.languageArabic(language)
        case .en: UIText.languageEnglish(language)
        }
    }
}

extension ScenarioLanguage {
    /// The language a scenario is written for, as a short label.
    public func label(_ language: Language) -> String {
        switch self {
        case .ar: UIText.languageArabic(language)
        case .en: UIText.languageEnglish(language)
        case .any: UIText.languageAny(language)
        }
    }
}

extension SimulatedTime {
    /// `T+1h30m` in English, `ت+1س30د` in Arabic (files keep the English form).
    public func label(_ language: Language) -> String {
        guard language != .en else { return description }
        if minutes == 0 { return UIText.simulatedStart(language) }
        let days = minutes / 1440, hours = (minutes % 1440) / 60, mins = minutes % 60
        var text = String(UIText.simulatedStart(language).dropLast())
        if days > 0 { text += UIText.simulatedDays(language, days) }
        if hours > 0 { text += UIText.simulatedHours(language, hours) }
        if mins > 0 { text += UIText.simulatedMinutes(language, mins) }
        return text
    }
}

extension Language {
    /// The direction the language is written in (for `dir` and bidi isolation).
    public var direction: BidiIsolation.Direction { self == .ar ? .rightToLeft : .leftToRight }

    /// A span of seconds as people read it: `45s`, `12m`, `1m 5s` (`45 ث`, `12 د`, `1 د 5 ث`).
    public func duration(_ seconds: Int) -> String {
        let minutes = seconds / 60, rest = seconds % 60
        if minutes == 0 { return UIText.durationSeconds(self, rest) }
        return rest == 0 ? UIText.durationMinutes(self, minutes) : UIText.durationMinutesSeconds(self, minutes, rest)
    }
}

extension Verdict {
    /// The verdict as one word (`ready`; جاهز), as exports print it.
    public func label(_ language: Language) -> String {
        switch self {
        case .ready: UIText.verdictWordReady(language)
        case .revise: UIText.verdictWordRevise(language)
        case .blocked: UIText.verdictWordBlocked(language)
        }
    }
}

extension Severity {
    public func label(_ language: Language) -> String {
        switch self {
        case .error: UIText.severityError(language)
        case .warning: UIText.severityWarning(language)
        case .note: UIText.severityNote(language)
        }
    }
}

extension Dimension {
    public func label(_ language: Language) -> String {
        switch self {
        case .professionalism: UIText.professionalism(language)
        case .alignment: UIText.alignment(language)
        case .compliance: UIText.compliance(language)
        }
    }
}

extension SimulatedTime {
    /// A simulated time as saved (`T+45m`) in `language`; text that is not one stays as it is.
    public static func label(_ saved: String, _ language: Language) -> String {
        language == .en ? saved : SimulatedTime(parsing: saved)?.label(language) ?? saved
    }
}

extension String {
    /// The first letter in capitals (`alignment` → `Alignment`); Arabic has no case and stays as it is.
    public var capitalizingFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension FindingSeverity {
    public func label(_ language: Language) -> String {
        switch self {
        case .error: UIText.severityError(language)
        case .warning: UIText.severityWarning(language)
        case .note: UIText.severityNote(language)
        }
    }
}
