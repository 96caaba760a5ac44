import MinbarCore

/// The state of a line being typed, edited key by key. Pure: no terminal, so every
/// editing rule is tested directly. The cursor moves by grapheme, so Backspace removes
/// an Arabic letter with its marks, or an emoji with its modifiers, in one press.
public struct LineEditor: Sendable {
    public private(set) var text: String = ""
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

    public mutating func apply(_ key: Key) -> Action {
        let wasInterrupt = key == .control("c")
        defer { if !wasInterrupt { interrupts = 0 } }
        var characters = Array(text)
        switch key {
        case .text(let input):
            let clean = input.filter { !($0.isNewline) && !$0.unicodeScalars.contains { $0.value < 0x20 } }
            let before = characters[..<cursor].count
            let merged = String(characters[..<cursor]) + clean + String(characters[cursor...])
            // A combining mark joins the character before it, so count graphemes afresh.
            let after = (String(characters[..<cursor]) + clean).count
            text = merged
            cursor = max(before, after)
        case .enter:
            let line = text
            if !line.trimmingCharacters(in: .whitespaces).isEmpty, history.last != line { history.append(line) }
            reset()
            return .submit(line)
        case .backspace, .control("h"):
            guard cursor > 0 else { return .none }
            characters.remove(at: cursor - 1)
            cursor -= 1
            text = String(characters)
        case .delete:
            guard cursor < characters.count else { return .none }
            characters.remove(at: cursor)
            text = String(characters)
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
            text = String(characters[cursor...])
            cursor = 0
        case .control("k"):
            text = String(characters[..<cursor])
        case .control("w"):
            let start = LineEditor.wordStart(before: cursor, in: characters)
            text = String(characters[..<start]) + String(characters[cursor...])
            cursor = start
        case .up:
            guard !history.isEmpty else { return .none }
            if historyIndex == nil { draft = text; historyIndex = history.count }
            historyIndex = max(0, historyIndex! - 1)
            text = history[historyIndex!]
            cursor = text.count
        case .down:
            guard let index = historyIndex else { return .none }
            if index + 1 < history.count {
                historyIndex = index + 1
                text = history[index + 1]
            } else {
                historyIndex = nil
                text = draft
            }
            cursor = text.count
        case .tab:
            return .complete
        case .control("c"):
            let wasEmpty = text.isEmpty
            reset()
            interrupts = wasEmpty ? interrupts + 1 : 1
            return interrupts >= 2 && wasEmpty ? .quit : .cancel
        case .control("d"):
            if text.isEmpty { return .quit }
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

    /// Replaces the word before the cursor with a completion.
    public mutating func complete(with completion: String) {
        let characters = Array(text)
        let start = LineEditor.wordStart(before: cursor, in: characters)
        let replaced = String(characters[..<start]) + completion
        text = replaced + String(characters[cursor...])
        cursor = replaced.count
    }

    /// The text before the cursor (what completion looks at).
    public var textBeforeCursor: String { String(Array(text)[..<cursor]) }

    /// Terminal columns from the start of the line to the cursor.
    public var cursorColumns: Int { textBeforeCursor.terminalColumns }

    mutating func reset() {
        text = ""
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

import Foundation
