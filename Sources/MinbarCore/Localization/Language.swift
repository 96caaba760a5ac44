/// The language a person reads Minbar in. Posts may be mixed; people read one language.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en, ar

    /// "ar", "AR", "ar_OM.UTF-8", "en-GB" → the language; nil for anything else.
    public init?(code: String) {
        let prefix = code.lowercased().prefix { $0.isLetter }
        switch prefix {
        case "ar": self = .ar
        case "en": self = .en
        default: return nil
        }
    }

    /// The interface language from the environment: `MINBAR_LANG`, else the locale
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them), else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        if let chosen = environment["MINBAR_LANG"].flatMap(Language.init(code:)) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // The first variable that is set decides, even when it names another language.
            return Language(code: value) ?? .en
        }
        return .en
    }

    /// The language a finding on a post in `post` is written in when no interface language
    /// is known: Arabic for an Arabic post, English otherwise (a mixed post reads English).
    public init(messagesFor post: PostLanguage) {
        self = post == .ar ? .ar : .en
    }

    /// The language a piece of feedback reads in, from its text: a label that belongs to
    /// it ("Try:") is written in the same language, not in the page's.
    public static func of(feedback text: String) -> Language {
        BidiIsolation.baseDirection(of: text) == .rightToLeft ? .ar : .en
    }

    /// The language feedback on a post is written in: the post's own when it is in one
    /// language, the interface's when it mixes both.
    public static func feedback(for post: PostLanguage, interface: Language) -> Language {
        switch post {
        case .ar: .ar
        case .en: .en
        case .mixed: interface
        }
    }
}
