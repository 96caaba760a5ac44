/// The language of a post, from its letters.
public enum PostLanguage: String, Sendable, Codable, CaseIterable {
    case en, ar, mixed

    /// Arabic when at least 80% of the letters are Arabic, English when at least 80% are
    /// Latin, mixed otherwise. A post without letters counts as English.
    public static func detect(_ tokens: [Token]) -> PostLanguage {
        var arabic = 0, latin = 0
        for token in tokens where token.kind == .word || token.kind == .hashtag {
            if token.isArabic { arabic += token.end - token.start } else { latin += token.letterCount }
        }
        let total = arabic + latin
        if total == 0 { return .en }
        if arabic * 5 >= total * 4 { return .ar }
        if latin * 5 >= total * 4 { return .en }
        return .mixed
    }
}
