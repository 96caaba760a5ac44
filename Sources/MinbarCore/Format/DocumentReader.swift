/// Reads the Markdown-shaped files trainers and organisations write (policies, plans):
/// a `# Title`, `key: value` lines, then `## Section` headings with `- item` lists
/// whose items may continue on indented lines. `<!-- comments -->` are blanked out so
/// columns stay true. Scenario files share the comment handling.
public struct DocumentReader {
    public struct Entry: Sendable {
        public var key: String
        public var value: String
        public var location: SourceLocation
        public var valueLocation: SourceLocation
    }

    public struct Section: Sendable {
        public var name: String
        public var location: SourceLocation
        public var items: [Item]
        /// `key: value` lines inside the section, before or between its items.
        public var entries: [Entry] = []
    }

    public struct Item: Sendable {
        public var text: String
        public var location: SourceLocation
    }

    public private(set) var title: String?
    /// Where the header starts: the title line, or without one the first line that is
    /// neither blank nor inside a comment (where a missing title or key is reported).
    public private(set) var headerLine: Int?
    public private(set) var header: [Entry] = []
    public private(set) var sections: [Section] = []
    public private(set) var diagnostics: [Diagnostic] = []

    /// Reads `source`. `headerKeys` are the keys the header may hold: a header line that
    /// is one of them without its colon ("id q3-plan") is told so, not called stray text.
    public init(_ source: SourceText, headerKeys: [String] = []) {
        let path = source.path
        func report(_ problem: Problem, _ line: Int, _ column: Int = 1) {
            diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: column), problem: problem))
        }
        if let bad = source.invalidUTF8 {
            diagnostics.append(Diagnostic(path: path, location: bad.location, problem: .invalidUTF8(byteOffset: bad.byteOffset)))
        }
        if let nul = source.firstNULByte {
            let at = source.firstNULLocation ?? SourceLocation(line: 1, column: 1)
            report(.nulByte(byteOffset: nul), at.line, at.column)
            return
        }
        if let mark = source.strayByteOrderMark { report(.strayByteOrderMark, mark.line, mark.column) }
        let (lines, unterminated) = DocumentReader.stripComments(source.lines)
        if let unterminated { report(.unterminatedComment, unterminated) }
        for (index, text) in lines.enumerated() {
            let number = index + 1
            guard text.count <= 20_000 else {
                report(.lineTooLong(characters: text.count, limit: 20_000), number)
                continue
            }
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if headerLine == nil { headerLine = number }
            if text.hasPrefix("# ") || text == "#" {
                if title == nil && sections.isEmpty {
                    title = trimmed.dropFirst(1).trimmingWhitespace()
                    headerLine = number
                }
                else { report(.unexpectedText(context: "'\(trimmed)' (a second title)"), number) }
                continue
            }
            if text.hasPrefix("## ") {
                sections.append(Section(name: trimmed.dropFirst(2).trimmingWhitespace(), location: SourceLocation(line: number, column: 4), items: []))
                continue
            }
            if sections.isEmpty {
                if let entry = DocumentReader.keyValue(text, line: number) { header.append(entry) }
                else if let slip = DocumentReader.frontMatterSlip(trimmed, keys: headerKeys, beforeTitle: title == nil) {
                    report(slip, number, DocumentReader.firstColumn(text))
                }
                else { report(.unexpectedText(context: "outside any section"), number, DocumentReader.firstColumn(text)) }
                continue
            }
            if let (content, column) = DocumentReader.listItem(text) {
                sections[sections.count - 1].items.append(Item(text: content, location: SourceLocation(line: number, column: column)))
            } else if text.first != " " && text.first != "\t", let entry = DocumentReader.keyValue(text, line: number) {
                sections[sections.count - 1].entries.append(entry)
            } else if !sections[sections.count - 1].items.isEmpty, text.first == " " || text.first == "\t" {
                sections[sections.count - 1].items[sections[sections.count - 1].items.count - 1].text += " " + trimmed
            } else {
                report(.malformedItem(section: sections[sections.count - 1].name.lowercased(), expected: "'- item'"), number,
                       DocumentReader.firstColumn(text))
            }
        }
    }

    /// What a header line that is not `key: value` was probably meant as: a front matter
    /// fence (`---`), or one of `keys` written without its colon ("id broken-two").
    /// A fence only before the title (after it, `---` is more likely a rule between parts);
    /// a key only in lower case with a short value, as keys have: "audience reaction to the
    /// results was mixed." and "Executive sign-off pending" are sentences that happen to
    /// start with a key's name.
    static func frontMatterSlip(_ line: String, keys: [String], beforeTitle: Bool) -> Problem? {
        if DocumentReader.isFence(line) { return beforeTitle ? .frontMatterFence : nil }
        let words = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        // Keys are written in lower case; "Type II disclosures apply" is a sentence.
        guard words.count == 2, keys.contains(String(words[0])) else { return nil }
        var value = words[1].trimmingWhitespace()
        if value.hasPrefix("=") { value = String(value.dropFirst()).trimmingWhitespace() }
        guard !value.isEmpty, value.split(separator: " ").count <= 3, !value.hasSuffix(".") else { return nil }
        return .keyWithoutColon(key: String(words[0]), value: value)
    }

    /// Whether a line is a front matter fence (`---`, three dashes or more), as other
    /// tools write around their keys; scenarios and the other formats both ask.
    static func isFence<Line: StringProtocol>(_ line: Line) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == "-" }
    }

    /// Blanks out `<!-- … -->` (over any number of lines) with spaces, keeping columns.
    /// Returns the line where an unclosed comment opened, if any.
    public static func stripComments(_ lines: [String]) -> ([String], Int?) {
        var result: [String] = []
        result.reserveCapacity(lines.count)
        var inComment = false
        var openedAt = 0
        for (index, line) in lines.enumerated() {
            // Most lines have no '<' at all: a byte scan settles them.
            guard inComment || (line.utf8.contains(0x3C) && line.contains("<!--")) else {
                result.append(line)
                continue
            }
            var output = ""
            var rest = Substring(line)
            while !rest.isEmpty {
                if inComment {
                    if rest.hasPrefix("-->") {
                        inComment = false
                        output += "   "
                        rest = rest.dropFirst(3)
                    } else {
                        output += " "
                        rest = rest.dropFirst()
                    }
                } else if rest.hasPrefix("<!--") {
                    inComment = true
                    openedAt = index + 1
                    output += "    "
                    rest = rest.dropFirst(4)
                } else {
                    output.append(rest.removeFirst())
                }
            }
            result.append(output)
        }
        return (result, inComment ? openedAt : nil)
    }

    /// `key: value` with a plain key (letters, hyphens), or nil.
    static func keyValue(_ text: String, line: Int) -> Entry? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingWhitespace()
        guard !key.isEmpty, key.count <= 30, key.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { return nil }
        let after = text[text.index(after: colon)...]
        let leading = after.prefix { $0 == " " || $0 == "\t" }.count
        let column = text.distance(from: text.startIndex, to: colon) + 2 + leading
        return Entry(key: key.lowercased().replacingUnderscores(), value: after.trimmingWhitespace(),
                     location: SourceLocation(line: line, column: 1), valueLocation: SourceLocation(line: line, column: column))
    }

    /// The content of `- item` (or `* item`, `+ item`) and the column it starts at.
    static func listItem(_ text: String) -> (String, Int)? {
        // Most lines are not items: two bytes settle it without looking at characters.
        let bytes = Array(text.utf8.prefix(2))
        guard let first = bytes.first, [0x2D, 0x2A, 0x2B].contains(first) || (first == 0x20 && bytes.count > 1 && [0x2D, 0x2A, 0x2B].contains(bytes[1]))
        else { return nil }
        let indent = text.prefix { $0 == " " }.count
        guard indent <= 1 else { return nil }
        let rest = text.dropFirst(indent)
        guard let marker = rest.first, marker == "-" || marker == "*" || marker == "+", rest.dropFirst().first == " " || rest.dropFirst().first == "\t"
        else { return nil }
        let after = rest.dropFirst()
        let leading = after.prefix { $0 == " " || $0 == "\t" }.count
        return (after.trimmingWhitespace(), indent + 2 + leading)
    }

    static func firstColumn(_ text: String) -> Int { text.prefix { $0 == " " || $0 == "\t" }.count + 1 }
}
