import Foundation

/// One message in both languages. Placeholders are `{1}`, `{2}`, … and both texts use
/// the same ones (a test holds every catalogue entry to that).
public struct Localized: Sendable, Hashable {
    public let en: String
    public let ar: String
    /// Whether each text has a placeholder, found once: rules ask for their suggestion on
    /// every post, and most texts have none.
    private let enHasPlaceholder: Bool
    private let arHasPlaceholder: Bool
    /// Each text's pieces, read once (see `MessageTemplate`), when it has placeholders
    /// that `fillInOnePass` can fill.
    private let enTemplate: MessageTemplate?
    private let arTemplate: MessageTemplate?

    public init(en: String, ar: String) {
        self.en = en
        self.ar = ar
        enHasPlaceholder = en.utf8.contains(UInt8(ascii: "{"))
        arHasPlaceholder = ar.utf8.contains(UInt8(ascii: "{"))
        enTemplate = enHasPlaceholder ? MessageTemplate(en) : nil
        arTemplate = arHasPlaceholder ? MessageTemplate(ar) : nil
    }

    /// The separator between items of a list a reader sees: Arabic has its own comma («،»).
    public static let listSeparator = Localized(en: ", ", ar: "، ")

    /// `items` as one list in `language`, joined by `listSeparator`.
    public static func list(_ items: [String], _ language: Language) -> String {
        items.joined(separator: listSeparator.text(language))
    }

    /// `items` as one list for a finding on a post in `language` (a mixed post reads English).
    public static func list(_ items: [String], _ language: PostLanguage) -> String {
        list(items, Language(messagesFor: language))
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ar: ar
        }
    }

    /// The text in `language` with `{1}`, `{2}`, … replaced by `arguments` in order.
    public func callAsFunction(_ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        filled(language, arguments)
    }

    /// `callAsFunction(_:_:)` with text arguments (nearly every message a rule writes: an
    /// excerpt, a word): they are filled in as they are, with no box per argument and no
    /// array of their descriptions. The same text as the general form.
    public func callAsFunction(_ language: Language, _ arguments: String...) -> String {
        filled(language, texts: arguments)
    }

    /// Both `callAsFunction`s: texts without a placeholder are returned as they are.
    private func filled(_ language: Language, _ arguments: [any CustomStringConvertible]) -> String {
        guard language == .en ? enHasPlaceholder : arHasPlaceholder else { return text(language) }
        return filled(language, texts: arguments.map(\.description))
    }

    private func filled(_ language: Language, texts: [String]) -> String {
        let template = text(language)
        guard language == .en ? enHasPlaceholder : arHasPlaceholder else { return template }
        // The template read once fills as `fillInOnePass` would; what it declines is
        // filled the way `fill` always did.
        if let pieces = language == .en ? enTemplate : arTemplate, let filled = pieces.fill(template, texts) { return filled }
        return Localized.fill(template, texts)
    }

    public static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return fillInOnePass(template, arguments) ?? fillBySearching(template, arguments)
    }

    /// What `fill` means: each placeholder from the last to the first replaced wherever
    /// Foundation's search finds it (an argument may itself hold `{1}`, and the search
    /// does not split a letter from the mark after it).
    static func fillBySearching(_ template: String, _ arguments: [String]) -> String {
        var result = template
        for (index, argument) in arguments.enumerated().reversed() {
            result = result.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return result
    }

    /// `fillBySearching` in one pass over the bytes, for the case where the two must agree
    /// (every message a rule writes): every `{` of the template opens a placeholder with
    /// an argument, no argument holds a brace, and every character next to a placeholder
    /// stands on its own (no combining mark after it, no prepended sign before it), so
    /// Foundation's search would find each placeholder exactly where it was written.
    /// Nil otherwise, and the caller searches. Messages are filled for every finding,
    /// so this is on the scoring path.
    static func fillInOnePass(_ template: String, _ arguments: [String]) -> String? {
        guard argumentsStandAlone(arguments) else { return nil }
        var template = template
        return template.withUTF8 { bytes -> String? in
            // The message is written straight into the string's storage, not into a byte
            // array copied into a string after. Its room: the template, and the longest
            // argument for every `{` (a placeholder may be used more than once, and each is
            // replaced by at most one argument).
            var braces = 0
            for byte in bytes where byte == UInt8(ascii: "{") { braces += 1 }
            let longest = arguments.reduce(0) { max($0, $1.utf8.count) }
            let capacity = bytes.count + braces * longest
            var searchInstead = false
            let filled = String(unsafeUninitializedCapacity: capacity) { output -> Int in
                var written = 0
                func copy(_ source: UnsafeBufferPointer<UInt8>) {
                    guard let base = source.baseAddress, !source.isEmpty else { return }
                    precondition(written + source.count <= output.count, "a filled message outgrew its room")
                    (output.baseAddress! + written).update(from: base, count: source.count)
                    written += source.count
                }
                // Text between placeholders is copied a run at a time.
                var index = 0, runStart = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard byte == UInt8(ascii: "{") else {
                        if byte == UInt8(ascii: "}") { searchInstead = true; return 0 }
                        index += 1
                        continue
                    }
                    var cursor = index + 1
                    var number = 0
                    while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9"), number < 1_000 {
                        number = number * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                        cursor += 1
                    }
                    // `{0}`, `{01}`, `{}`, a brace left open, or one with no argument: search.
                    guard cursor > index + 1, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}"),
                          bytes[index + 1] != UInt8(ascii: "0"), number >= 1, number <= arguments.count,
                          index == 0 || standsAlone(scalar(endingAt: index, in: bytes)),
                          cursor + 1 >= bytes.count || standsAlone(String.scalar(at: cursor + 1, in: bytes))
                    else { searchInstead = true; return 0 }
                    copy(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    var argument = arguments[number - 1]
                    argument.withUTF8 { copy($0) }
                    index = cursor + 1
                    runStart = index
                }
                copy(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
                return written
            }
            return searchInstead ? nil : filled
        }
    }

    /// What `fillInOnePass` asks of the arguments: no brace in any, and each stands on
    /// its own at both ends.
    static func argumentsStandAlone(_ arguments: [String]) -> Bool {
        for argument in arguments {
            // Read from the bytes in place: the views' generic `contains` and `last` cost
            // several times more, on every argument of every finding's message.
            var argument = argument
            let alone = argument.withUTF8 { bytes -> Bool in
                if hasBrace(bytes) { return false }
                guard !bytes.isEmpty else { return true }
                if !standsAlone(String.scalar(at: 0, in: bytes)) { return false }
                var last = bytes.count - 1
                while last > 0, bytes[last] & 0xC0 == 0x80 { last -= 1 }
                return endsAlone(String.scalar(at: last, in: bytes))
            }
            if !alone { return false }
        }
        return true
    }

    /// Whether `bytes` hold a `{` or a `}`, read eight bytes at a time (the last eight read
    /// again, overlapping, rather than one by one): every argument of every message is
    /// asked, and most are excerpts of a post.
    static func hasBrace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        if count < 8 {
            for byte in bytes where byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { return true }
            return false
        }
        @inline(__always) func braceIn(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
            return hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "{")))) | hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "}")))) != 0
        }
        var index = 0
        while index + 8 <= count {
            if braceIn(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
            index += 8
        }
        return index < count && braceIn(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
    }

    /// A character no neighbour can join into one user-perceived character: Latin, Arabic
    /// letters, digits and punctuation, general punctuation, and the emoji that only a
    /// joiner before them could join (posts quoted in messages often hold 😂 or 🙄).
    /// Anything else (combining marks, joiners, format signs, skin tones, flags) sends
    /// `fill` to the search.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0x300: true
        case 0x060C, 0x061B, 0x061F, 0x0620...0x064A, 0x0660...0x066D, 0x0671...0x06D3: true
        case 0x2010...0x2027, 0x2030...0x205E: true
        case 0x2600...0x27BF, 0x1F300...0x1F3FA, 0x1F400...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF: true
        default: false
        }
    }

    /// A character no following character can join: anything but a format sign
    /// (joiners, the Arabic number signs) or another prepended mark. An argument may end
    /// in a combining mark (`اجتماعاً`): the placeholder after it still starts afresh.
    static func endsAlone(_ scalar: Unicode.Scalar) -> Bool {
        // Answered without the property lookup where most arguments end: below U+0600 the
        // soft hyphen is the only format sign, and the Arabic letters are none.
        if scalar.value < 0x0600 { return scalar.value != 0x00AD }
        if scalar.value >= 0x0620 && scalar.value <= 0x064A { return true }
        if scalar.properties.generalCategory == .format { return false }
        switch scalar.value {
        case 0x0D4E, 0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: return false
        default: return true
        }
    }

    /// The scalar whose UTF-8 ends just before `index`.
    private static func scalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String.scalar(at: start, in: bytes)
    }

    /// The text in the language of feedback on a post (`PostAnalysis.feedbackLanguage`).
    public func callAsFunction(_ language: PostLanguage, _ arguments: any CustomStringConvertible...) -> String {
        filled(Language(messagesFor: language), arguments)
    }

    /// The text-argument form for a post's feedback language (see `callAsFunction(_:_:)`).
    public func callAsFunction(_ language: PostLanguage, _ arguments: String...) -> String {
        filled(Language(messagesFor: language), texts: arguments)
    }

    /// A counted noun, when the text lists its forms separated by `|`: English singular and
    /// plural; Arabic one, two, three to ten, and eleven or more ("محاولة واحدة|محاولتان|{1}
    /// محاولات|{1} محاولة"). A text with fewer forms uses its last one for the rest.
    public func count(_ number: Int, _ language: Language) -> String {
        let forms = text(language).split(separator: "|").map(String.init)
        let index: Int
        switch language {
        case .en: index = number == 1 ? 0 : 1
        // Zero takes the plural of three to ten: «0 أخطاء», not «0 خطأً».
        case .ar: index = number == 1 ? 0 : number == 2 ? 1 : number == 0 || (3...10).contains(number % 100) ? 2 : 3
        }
        return Localized.fill(forms[min(index, forms.count - 1)], [String(number)])
    }

    /// `count` after a preposition («خلال», «منذ», «في»): an Arabic dual takes its genitive
    /// ending, «يومين» for «يومان», «محاولتين» for «محاولتان». Every other form, and English,
    /// reads the same.
    public func countAfterPreposition(_ number: Int, _ language: Language) -> String {
        let counted = count(number, language)
        guard language == .ar, number == 2 else { return counted }
        // «خطآن» → «خطأين»: the madda is a hamza and the dual's alef.
        if counted.hasSuffix("آن") { return String(counted.dropLast(2)) + "أين" }
        return counted.hasSuffix("ان") ? String(counted.dropLast(2)) + "ين" : counted
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
