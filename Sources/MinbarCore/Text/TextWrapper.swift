/// The one way prose is fitted to a width: words are kept whole and lines are measured
/// in terminal columns (Arabic marks take none, wide characters and emoji take two,
/// colour codes take none), so Arabic and English wrap the same way. Every screen that
/// shows prose (welcome, help, lists, situations, findings, the timeline's words) uses it.
public enum TextWrapper {
    /// Items joined by `separator` on as few lines of at most `width` columns as they fit,
    /// each item whole on one line ("Day: … · Plan: … · Policy: default" breaks between
    /// items, never inside "Policy: default"). An item wider than the line gets a line of
    /// its own, for `wrap` to split. Without a width, one line.
    public static func pack(_ items: [String], separator: String = " · ", width: Int?) -> [String] {
        guard let width else { return [items.joined(separator: separator)] }
        var lines: [String] = []
        var line = ""
        for item in items {
            if line.isEmpty {
                line = item
            } else if (line + separator + item).terminalColumns <= width {
                line += separator + item
            } else {
                lines.append(line)
                line = item
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` as lines of at most `width` columns. Line feeds in `text` start new lines;
    /// spaces inside a line are kept as they are (aligned columns stay aligned). The first line starts with `indent`,
    /// later ones with `continuation` (default: `indent`). A word wider than the line is
    /// split between characters (never inside one), as a terminal would have to.
    public static func wrap(_ text: String, width: Int, indent: String = "", continuation: String? = nil) -> [String] {
        let continuation = continuation ?? indent
        var lines: [String] = []
        var firstLine = true
        let outerContinuation = continuation
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let prefix = firstLine ? indent : outerContinuation
            firstLine = false
            // A quoted line ("> Seller claims…") keeps its marker on every line it wraps to,
            // or the rest of the quote reads as the narrator's.
            let continuation = paragraph.hasPrefix("> ") ? outerContinuation + "> " : outerContinuation
            // Each word with the spaces before it: spacing inside a line (aligned columns)
            // is kept, and the spaces where a line breaks are dropped.
            let words = self.words(of: paragraph, fittingIn: width - continuation.terminalColumns)
            let leading = paragraph.prefix { $0 == " " }
            guard !words.isEmpty else {
                lines.append(prefix.trimmingTrailingSpaces)
                continue
            }
            var line = prefix + leading
            var lineWidth = line.terminalColumns
            var lineHasWord = false
            for (gap, word) in words {
                let wordWidth = word.terminalColumns
                let needed = (lineHasWord ? gap : 0) + wordWidth
                if lineWidth + needed <= width {
                    if lineHasWord { line += String(repeating: " ", count: gap) }
                    line += word
                    lineWidth += needed
                    lineHasWord = true
                    continue
                }
                if lineHasWord {
                    lines.append(line)
                    line = continuation
                    lineWidth = continuation.terminalColumns
                    lineHasWord = false
                }
                // The word does not fit even on a line of its own: split it.
                var rest = Substring(word)
                while lineWidth + rest.terminalColumns > width {
                    let room = max(1, width - lineWidth)
                    let (head, tail) = split(rest, columns: room)
                    lines.append(line + head)
                    line = continuation
                    lineWidth = continuation.terminalColumns
                    rest = tail
                    if tail.isEmpty { break }
                }
                if !rest.isEmpty {
                    line += rest
                    lineWidth += rest.terminalColumns
                    lineHasWord = true
                }
            }
            if lineHasWord || lines.isEmpty { lines.append(line) }
        }
        return lines
    }

    /// The words of `paragraph`, each with the number of spaces before it. A run isolated
    /// for the terminal (FSI…PDI, see `BidiIsolation`: "/why goal.missing" in an Arabic
    /// line) is one word, so a line break never leaves half of it, in the wrong
    /// direction, on the next line; a run wider than `room` is broken at its spaces
    /// after all, since one word wider than the line would be cut between letters.
    static func words(of paragraph: Substring, fittingIn room: Int) -> [(gap: Int, word: Substring)] {
        var words: [(gap: Int, word: Substring)] = []
        var gap = 0
        func add(_ word: Substring) {
            words.append((words.isEmpty ? 0 : gap + 1, word))
            gap = 0
        }
        var depth = 0
        var start: Substring.Index?
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            if character == " ", depth == 0 {
                if let wordStart = start { add(paragraph[wordStart..<index]); start = nil } else { gap += 1 }
            } else {
                if start == nil { start = index }
                for scalar in character.unicodeScalars {
                    if (0x2066...0x2068).contains(scalar.value) { depth += 1 } else if scalar.value == 0x2069, depth > 0 { depth -= 1 }
                }
            }
            index = paragraph.index(after: index)
        }
        if let wordStart = start { add(paragraph[wordStart...]) }
        guard words.contains(where: { $0.word.contains(" ") && $0.word.terminalColumns > room }) else { return words }
        // A run too wide for any line: its own spaces are places to break after all.
        return words.flatMap { entry -> [(gap: Int, word: Substring)] in
            guard entry.word.contains(" "), entry.word.terminalColumns > room else { return [entry] }
            var pieces: [(gap: Int, word: Substring)] = []
            var spaces = 0
            for piece in entry.word.split(separator: " ", omittingEmptySubsequences: false) {
                if piece.isEmpty { spaces += 1; continue }
                pieces.append((pieces.isEmpty ? entry.gap : spaces + 1, piece))
                spaces = 0
            }
            return pieces
        }
    }

    /// Text a person wrote in a Markdown-shaped file, with its soft line breaks joined:
    /// lines of one paragraph become one line, so the wrapper fills the width instead of
    /// keeping the author's editor width. Blank lines, quotes (`>`) and list items stay
    /// on lines of their own.
    public static func joiningSoftBreaks(_ text: String) -> String {
        func standsAlone(_ line: Substring) -> Bool {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard let first = trimmed.first else { return true }
            if first == ">" || first == "|" || first == "#" { return true }
            if "-*+".contains(first), trimmed.dropFirst().first == " " { return true }
            return false
        }
        var result: [String] = []
        var previousJoins = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let alone = standsAlone(line)
            if !alone, previousJoins, let last = result.popLast() {
                result.append(last + " " + line.drop { $0 == " " || $0 == "\t" })
            } else {
                result.append(String(line))
            }
            previousJoins = !alone
        }
        return result.joined(separator: "\n")
    }

    /// The text wrapped and joined with line feeds; unchanged when `width` is nil
    /// (output to a pipe or a file is not wrapped: the reader's program will do it).
    public static func fit(_ text: String, width: Int?, indent: String = "", continuation: String? = nil) -> String {
        guard let width else { return indent + text }
        return wrap(text, width: width, indent: indent, continuation: continuation).joined(separator: "\n")
    }

    /// The longest start of `text` that fits `columns` (at least one character), and the rest.
    static func split(_ text: Substring, columns: Int) -> (Substring, Substring) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let width = text[index..<next].terminalColumns
            if used + width > columns && index > text.startIndex { break }
            used += width
            index = next
        }
        return (text[..<index], text[index...])
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
