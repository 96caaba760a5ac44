extension PostAnalysis {
    /// The language feedback is written in: the post's, or for a mixed post the
    /// interface's (`--lang`, `MINBAR_LANG`, the locale).
    /// A post with no letters at all (digits, emoji) has no language of its own: it counts
    /// as English for the rules, and is explained in the interface's.
    public var feedbackLanguage: PostLanguage {
        let tokens = text.tokens
        let hasNoWords = text.language == .en && !tokens.indices.contains { tokens[$0].kind == .word || tokens[$0].kind == .hashtag }
        switch Language.feedback(for: hasNoWords ? .mixed : text.language, interface: interfaceLanguage) {
        case .ar: return .ar
        case .en: return .en
        }
    }
}

extension EvidenceNeed {
    /// What the need asks for and how to supply it, described, never as words to paste.
    public func describe(_ language: PostLanguage) -> (what: String, how: String) {
        if language == .ar {
            switch self {
            case .figure: return ("رقم", "أضف الرقم مع وحدته وما يقيسه.")
            case .certificate: return ("شهادة", "سمِّ المعيار الذي تحملونه والجهة التي منحته.")
            case .rating: return ("تقييم مستقل", "اذكر التقييم والجهة المستقلة التي أصدرته.")
            case .date: return ("موعد", "أضف التاريخ أو الساعة.")
            case .contact: return ("قناة تواصل", "أضف بريداً أو رقماً أو رابطاً يصل به الناس إليكم.")
            case .apology: return ("اعتذار", "اعتذر بصيغة المتكلم ودون شرط.")
            }
        }
        switch self {
        case .figure: return ("a figure", "Add the number with its unit and what it measures.")
        case .certificate: return ("a certificate", "Name the standard you hold and the body that granted it.")
        case .rating: return ("an independent rating", "Give the rating and the independent body that gave it.")
        case .date: return ("a date or time", "Add the date or the hour.")
        case .contact: return ("a contact", "Add an address, a number or a link where people can reach you.")
        case .apology: return ("an apology", "Apologise in your own voice, with no 'if'.")
        }
    }
}
