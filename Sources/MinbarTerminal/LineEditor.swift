import MinbarCore

/// The state of a line being typed, edited key by key. Pure: no terminal, so every
/// editing rule is tested directly. The cursor moves by grapheme, so Backspace removes
/// an Arabic letter with its marks, or an emoji with its modifiers, in one press.
///
/// The line is kept as an array of characters, so a key costs the few characters it
/// touches (and at worst one move of the array), not a new segmentation of the whole
/// line: a pasted line of thousands of characters once cost time cubic in its length.
public struct LineEditor: Sendable {
    private var characters: [Character] = []
    /// The line as typed; a pasted line break is kept as "\n".
    public var text: String { String(characters) }
    /// Cursor position in graphemes (Characters) from the start.
    public private(set) var cursor: Int = 0
    public private(set) var history: [String]
    private var historyIndex: Int?
    private var draft = ""
    /// How many Ctrl-C presses in a row, on an empty line, ended in nothing.
    private var interrupts = 0

    public enum Action: Equatable, Sendable {
        case none
        case submit(String)
        /// Ctrl-C: the line was dropped.
        case cancel
        /// Ctrl-D on an empty line, or Ctrl-C twice on an empty line.
        case quit
        /// Tab: the caller completes `text` before the cursor.
        case complete
        /// Ctrl-L: redraw the screen.
        case clearScreen
        /// Ctrl-Z: the caller stops the program, as a shell's Ctrl-Z would, and redraws the
        /// line when it is brought back; the line is kept.
        case suspend
    }

    public init(history: [String] = []) {
        self.history = history
    }

    /// Characters in the line.
    public var count: Int { characters.count }

    public mutating func apply(_ key: Key) -> Action {
        let wasInterrupt = key == .control("c")
        defer { if !wasInterrupt { interrupts = 0 } }
        switch key {
        case .text(let input):
            insert(input.filter { !($0.isNewline) && !$0.unicodeScalars.contains { $0.value < 0x20 } })
        case .paste(let input):
            insert(LineEditor.pasted(input))
        case .enter:
            let line = text
            if !line.trimmingCharacters(in: .whitespaces).isEmpty, history.last != line { history.append(line) }
            reset()
            return .submit(line)
        case .backspace, .control("h"):
            guard cursor > 0 else { return .none }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return .none }
            characters.remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .wordLeft: cursor = LineEditor.wordStart(before: cursor, in: characters)
        case .wordRight:
            var index = cursor
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            while index < characters.count, !characters[index].isWhitespace { index += 1 }
            cursor = index
        case .control("u"):
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        case .control("w"):
            let start = LineEditor.wordStart(before: cursor, in: characters)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up:
            guard !history.isEmpty else { return .none }
            if historyIndex == nil { draft = text; historyIndex = history.count }
            historyIndex = max(0, historyIndex! - 1)
            replaceLine(with: history[historyIndex!])
        case .down:
            guard let index = historyIndex else { return .none }
            if index + 1 < history.count {
                historyIndex = index + 1
                replaceLine(with: history[index + 1])
            } else {
                historyIndex = nil
                replaceLine(with: draft)
            }
        case .tab:
            return .complete
        case .control("c"):
            let wasEmpty = characters.isEmpty
            reset()
            interrupts = wasEmpty ? interrupts + 1 : 1
            return interrupts >= 2 && wasEmpty ? .quit : .cancel
        case .control("d"):
            if characters.isEmpty { return .quit }
            return apply(.delete)
        case .control("l"):
            return .clearScreen
        case .control("z"):
            return .suspend
        default:
            break
        }
        return .none
    }

    /// Inserts text at the cursor and puts the cursor after it. A combining mark joins
    /// the character before it (and a typed letter the mark after it), so the characters
    /// either side of the cursor are segmented again with the new text; the rest of the
    /// line is not.
    private mutating func insert(_ clean: String) {
        guard !clean.isEmpty else { return }
        let start = max(0, cursor - 1)
        let end = min(characters.count, cursor + 1)
        let before = String(characters[start..<cursor]) + clean
        let merged = Array(before + String(characters[cursor..<end]))
        characters.replaceSubrange(start..<end, with: merged)
        cursor = start + min(merged.count, max(cursor - start, before.count))
    }

    private mutating func replaceLine(with line: String) {
        characters = Array(line)
        cursor = characters.count
    }

    /// Pasted text as the draft keeps it: line breaks (CR LF, CR or LF) as "\n", a tab as
    /// a space, other control characters dropped.
    static func pasted(_ input: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(input.unicodeScalars.count)
        var afterCR = false
        for scalar in input.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\r": result.unicodeScalars.append("\n")
            case "\n": if !afterCR { result.unicodeScalars.append("\n") }
            case "\t": result.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Replaces the word before the cursor with a completion.
    public mutating func complete(with completion: String) {
        let start = LineEditor.wordStart(before: cursor, in: characters)
        characters.removeSubrange(start..<cursor)
        cursor = start
        insert(completion)
    }

    /// The text before the cursor (what completion looks at).
    public var textBeforeCursor: String { String(characters[..<cursor]) }

    /// Terminal columns from the start of the line to the cursor.
    public var cursorColumns: Int { textBeforeCursor.terminalColumns }

    /// What of the line fits in `columns` columns, scrolled sideways so the cursor is in
    /// sight, and the cursor's column in it. A line break in the draft shows as "↵".
    /// Costs the characters shown, however long the line: the editor draws it after
    /// every burst of keys.
    public func window(columns: Int) -> (visible: String, cursorColumn: Int) {
        func width(_ character: Character) -> Int { character == "\n" ? 1 : character.terminalColumns }
        // The first character shown: as far left as leaves the cursor inside the columns.
        var start = cursor
        var beforeCursor = 0
        while start > 0, beforeCursor + width(characters[start - 1]) < columns {
            start -= 1
            beforeCursor += width(characters[start])
        }
        var visible = ""
        var used = 0
        var index = start
        while index < characters.count {
            let character = characters[index]
            let columnsTaken = width(character)
            if used + columnsTaken > columns { break }
            visible.append(character == "\n" ? "↵" : character)
            used += columnsTaken
            index += 1
        }
        return (visible, beforeCursor)
    }

    mutating func reset() {
        characters = []
        cursor = 0
        historyIndex = nil
        draft = ""
    }

    static func wordStart(before cursor: Int, in characters: [Character]) -> Int {
        var index = cursor
        while index > 0, characters[index - 1].isWhitespace { index -= 1 }
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }
}
