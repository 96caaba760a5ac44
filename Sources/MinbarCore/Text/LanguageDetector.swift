/// The language of a post, from its letters.
public enum PostLanguage: String, Sendable, Codable, CaseIterable {
    case en, ar, mixed

    /// Arabic when at least 80% of the letters are Arabic, English when at least 80% are
    /// Latin, mixed otherwise. A post without letters counts as English.
    public static func detect(_ tokens: [Token]) -> PostLanguage {
        var arabic = 0, latin = 0
        // Fields read in place: `for token in` copied every token, its text retained and released.
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .hashtag {
            if tokens[index].isArabic { arabic += tokens[index].end - tokens[index].start } else { latin += tokens[index].letterCount }
        }
        let total = arabic + latin
        if total == 0 { return .en }
        if arabic * 5 >= total * 4 { return .ar }
        if latin * 5 >= total * 4 { return .en }
        return .mixed
    }
}
