import Foundation

/// One message in both languages. Placeholders are `{1}`, `{2}`, … and both texts use
/// the same ones (a test holds every catalogue entry to that).
public struct Localized: Sendable, Hashable {
    public let en: String
    public let ar: String

    public init(en: String, ar: String) {
        self.en = en
        self.ar = ar
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ar: ar
        }
    }

    /// The text in `language` with `{1}`, `{2}`, … replaced by `arguments` in order.
    public func callAsFunction(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        Localized.fill(text(language), arguments.map(\.description))
    }

    public static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var result = template
        for (index, argument) in arguments.enumerated().reversed() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return result
    }

    /// The text in the language of feedback on a post (`PostAnalysis.feedbackLanguage`).
    public func callAsFunction(_ language: PostLanguage, _ arguments: any CustomStringConvertible...) -> String {
        Localized.fill(text(language == .ar ? .ar : .en), arguments.map(\.description))
    }

    /// The placeholders a text uses, for checking both languages agree.
    public static func placeholders(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let inside = after[..<close]
            if !inside.isEmpty, inside.allSatisfy(\.isNumber) { found.insert("{\(inside)}") }
            rest = after[after.index(after: close)...]
        }
        return found
    }
}
