/// Keeps mixed Arabic and English readable. A sentence in one direction that quotes words
/// in the other (an English message quoting «خارج عن إرادتنا», an Arabic one naming
/// `policy.mnpi`) is laid out by the bidi algorithm from its first strong letter, so the
/// quote can pull the sentence's punctuation and quotation marks to the wrong side.
/// Isolating each run of the other direction (`<bdi>` in HTML, FSI…PDI in a terminal)
/// fixes that without changing a character of the text.
public enum BidiIsolation {
    public enum Direction: String, Sendable {
        case leftToRight = "ltr", rightToLeft = "rtl"
    }

    /// The direction of a letter, nil for digits, punctuation, spaces and marks.
    static func direction(of character: Character) -> Direction? {
        guard let scalar = character.unicodeScalars.first, character.isLetter else { return nil }
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return .rightToLeft
        default: return .leftToRight
        }
    }

    /// The direction most of the text's letters run in, not counting quoted words (a
    /// message is in the language of its sentence, not of the excerpt it quotes); left to
    /// right when there are no letters.
    public static func baseDirection(of text: String) -> Direction {
        var right = 0, left = 0, quotedRight = 0, quotedLeft = 0
        var closing: Character?
        var previous: Character = " "
        for character in text {
            defer { previous = character }
            if let expected = closing {
                if character == expected { closing = nil; continue }
            } else if let match = quotePairs[character], !previous.isLetter {
                // An apostrophe inside a word ("organisation's") opens nothing.
                closing = match
                continue
            }
            switch (direction(of: character), closing == nil) {
            case (.rightToLeft, true): right += 1
            case (.leftToRight, true): left += 1
            case (.rightToLeft, false): quotedRight += 1
            case (.leftToRight, false): quotedLeft += 1
            default: break
            }
        }
        if right + left == 0 { return quotedRight > quotedLeft ? .rightToLeft : .leftToRight }
        return right > left ? .rightToLeft : .leftToRight
    }

    static let quotePairs: [Character: Character] = ["'": "'", "\"": "\"", "«": "»", "“": "”", "‘": "’"]

    static let runBreakers: Set<Character> = ["'", "\"", "«", "»", "“", "”", "‘", "’", ",", ";", ":", "(", ")", "[", "]"]

    static func isArabicDigit(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x660...0x669).contains(scalar.value) || (0x6F0...0x6F9).contains(scalar.value)
    }

    /// The text cut into pieces; `isolated` pieces run against `base` and start and end
    /// on a letter (the spaces and punctuation around them stay with the sentence).
    public static func runs(_ text: String, base: Direction) -> [(text: Substring, isolated: Bool)] {
        var pieces: [(Substring, Bool)] = []
        var index = text.startIndex
        var plainStart = text.startIndex
        while index < text.endIndex {
            guard direction(of: text[index]) != nil, direction(of: text[index]) != base else {
                index = text.index(after: index)
                continue
            }
            // A run of the other direction: up to its last letter before a letter of the base.
            // Arabic-Indic digits just before an Arabic run belong to it ("٣ مرات").
            var start = index
            if base == .leftToRight {
                var back = start
                while back > plainStart, text[text.index(before: back)] == " " || isArabicDigit(text[text.index(before: back)]) {
                    back = text.index(before: back)
                }
                while back < start, !isArabicDigit(text[back]) { back = text.index(after: back) }
                start = back
            }
            var end = text.index(after: index)
            var cursor = end
            while cursor < text.endIndex {
                let next = direction(of: text[cursor])
                // A run ends at a letter of the base direction, and at the sentence's own
                // quotes and list punctuation, so each quoted or listed item keeps its place.
                if next == base || runBreakers.contains(text[cursor]) { break }
                cursor = text.index(after: cursor)
                if next != nil || text[text.index(before: cursor)].isNumber { end = cursor }
            }
            if plainStart < start { pieces.append((text[plainStart..<start], false)) }
            pieces.append((text[start..<end], true))
            plainStart = end
            index = end
        }
        if plainStart < text.endIndex { pieces.append((text[plainStart...], false)) }
        return pieces
    }

    /// A catalogue message filled with its values, cut into pieces like `runs`: each
    /// value (a profile name, an id, a title) is one isolated piece, whole, and the
    /// message's own words around it are cut into runs against `base`. Cutting the filled
    /// message by its letters would leave a value's leading digits or hyphens outside the
    /// value's run: "2nd-team" in an Arabic sentence was drawn "nd-team2". Placeholders
    /// are `{1}`, `{2}` … as in `Localized.fill`; an empty value leaves no piece.
    public static func runs(filling template: String, with values: [String], base: Direction) -> [(text: Substring, isolated: Bool)] {
        var pieces: [(text: Substring, isolated: Bool)] = []
        var literalStart = template.startIndex
        var index = template.startIndex
        while let open = template[index...].firstIndex(of: "{") {
            index = template.index(after: open)
            guard let close = template[index...].firstIndex(of: "}"), let number = Int(template[index..<close]),
                  values.indices.contains(number - 1) else { continue }
            pieces += runs(String(template[literalStart..<open]), base: base)
            if !values[number - 1].isEmpty { pieces.append((Substring(values[number - 1]), true)) }
            literalStart = template.index(after: close)
            index = literalStart
        }
        pieces += runs(String(template[literalStart...]), base: base)
        return pieces
    }

    /// The pieces as plain text, each isolated one between FSI (U+2068) and PDI (U+2069):
    /// for a terminal, and for text where markup cannot go (an HTML `<title>`).
    public static func isolatedText(_ pieces: [(text: Substring, isolated: Bool)]) -> String {
        var result = ""
        for piece in pieces {
            result += piece.isolated ? "\u{2068}" + piece.text + "\u{2069}" : String(piece.text)
        }
        return result
    }

    /// For a terminal: a catalogue message filled with its values, in the interface's
    /// direction `base`. A value with a letter against `base` is isolated whole, so a
    /// command such as `/why goal.avoid` keeps its slash inside (cut by its letters it
    /// did not); a value in the base direction, or with no letters, is not isolated. The
    /// message's own words are cut into runs as `isolatedForTerminal(_:)` cuts them. The
    /// direction is the interface's, not guessed from the letters: a row with more Latin
    /// letters than Arabic is still an Arabic sentence.
    public static func isolatedForTerminal(filling template: String, with values: [String], base: Direction) -> String {
        isolatedText(runs(filling: template, with: values, base: base).map { piece in
            (piece.text, piece.isolated && piece.text.contains { direction(of: $0).map { $0 != base } ?? false })
        })
    }

    /// For a terminal: each run against the text's own direction between FSI (U+2068)
    /// and PDI (U+2069). Apply after `terminalSafe`, which removes such marks from input.
    public static func isolatedForTerminal(_ text: String) -> String {
        isolatedText(runs(text, base: baseDirection(of: text)))
    }
}
