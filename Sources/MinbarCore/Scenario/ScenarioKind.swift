/// What kind of moment a scenario practises.
public enum ScenarioKind: String, Sendable, CaseIterable, Codable {
    case investor, employee, media, crisis, community
}

/// Where the post would be published. Each has its own length and style conventions.
public enum Platform: String, Sendable, CaseIterable, Codable {
    case x, linkedin, facebook, instagram, other
}

/// The language a scenario expects posts in; `any` accepts either.
public enum ScenarioLanguage: String, Sendable, CaseIterable, Codable {
    case en, ar, any

    /// The language its drafts are expected in; nil when any will do.
    public var draftLanguage: PostLanguage? {
        switch self {
        case .en: .en
        case .ar: .ar
        case .any: nil
        }
    }
}

/// Who owns the organisation; it changes what its audiences expect (see the brief).
public enum OrganisationType: String, Sendable, CaseIterable, Codable {
    case listed
    case stateOwned = "state-owned"
    case family
    case government
}

/// What a scored post is judged fit for.
public enum Verdict: String, Sendable, CaseIterable, Codable, Comparable {
    /// Fit to publish as written.
    case ready
    /// No policy breach, but weaknesses worth fixing first.
    case revise
    /// At least one policy error: must not be posted.
    case blocked

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Evidence a goal asks the post to carry.
public enum EvidenceNeed: String, Sendable, CaseIterable, Codable {
    case figure, certificate, rating, date, contact, apology
}
