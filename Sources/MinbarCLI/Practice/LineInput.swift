import Foundation
import MinbarCore
import MinbarTerminal

/// Where the REPL's lines come from.
protocol LineInput: AnyObject {
    /// The next line, or nil at the end of input (or when the user quits).
    func readLine(prompt: String, completer: (String) -> [String]) -> String?
    /// Whether a Ctrl-C just dropped a line (the REPL says so).
    var cancelled: Bool { get }
    /// The size of the line just refused for being longer than a post can be (it was
    /// skipped, not held); nil when the line was read.
    var refusedBytes: Int? { get }
}

/// Plain lines from a pipe or file: no prompt, no escape sequences, so `minbar < drill.txt`
/// prints only what the drill produces.
final class PlainLineInput: LineInput {
    let source: LineSource
    private(set) var cancelled = false
    private(set) var refusedBytes: Int?
    /// Where to show the prompt, as plain text (a terminal that cannot move the cursor).
    let promptOutput: TextSink?
    init(_ source: LineSource, promptOutput: TextSink? = nil) {
        self.source = source
        self.promptOutput = promptOutput
    }
    func readLine(prompt: String, completer: (String) -> [String]) -> String? {
        refusedBytes = nil
        promptOutput?.write(prompt)
        switch source.readLine(limit: InputLimit.post) {
        case .text(let line): return line
        case .tooLong(let bytes): refusedBytes = bytes; return ""
        case nil: return nil
        }
    }
}

/// Lines typed at a terminal, edited in raw mode: arrows, Home/End, Ctrl-A/E/U/W/K,
/// history, Tab completion, Backspace by grapheme.
final class TerminalLineInput: LineInput {
    private let terminal = RawTerminal(descriptor: STDIN_FILENO)
    private let output: TextSink
    private var editor: LineEditor
    private var decoder = KeyDecoder()
    /// Keys read after a submitted line (typed ahead while the last post was scored, or a
    /// paste of several lines): the next `readLine` applies them before reading more.
    private var typedAhead: [Key] = []
    private(set) var cancelled = false
    private(set) var refusedBytes: Int?
    private lazy var fallback = StandardInputLines()

    init(output: TextSink, history: [String]) {
        self.output = output
        editor = LineEditor(history: history)
        terminal.bracketedPaste = true
    }

    /// Puts the terminal back as it was found, at the end of the session.
    func finish() { terminal.disable() }

    func readLine(prompt: String, completer: (String) -> [String]) -> String? {
        cancelled = false
        refusedBytes = nil
        guard terminal.enable() else {
            switch fallback.readLine(limit: InputLimit.post) {
            case .text(let line): return line
            case .tooLong(let bytes): refusedBytes = bytes; return ""
            case nil: return nil
            }
        }
        // Held, not cooked, until the next line: what is typed while this one is scored
        // waits for the editor (see `RawTerminal.hold()`); `finish()` puts the terminal back.
        defer { terminal.hold() }
        redraw(prompt)
        while true {
            var keys = typedAhead
            typedAhead = []
            if keys.isEmpty {
                // Everything already waiting is read before the line is drawn again: a paste
                // (or keys typed while a post was scored) costs one redraw, not one a key.
                var bytes = terminal.read()
                if bytes.isEmpty { output.write("\r\n"); return nil }
                while bytes.count < InputLimit.post, terminal.hasInput() {
                    let more = terminal.read()
                    if more.isEmpty { break }
                    bytes += more
                }
                keys = Key.coalesced(decoder.feed(bytes))
            }
            var changed = false
            for (index, key) in keys.enumerated() {
                // Whatever follows a key that ends this line belongs to the next one.
                func keepTheRest() { typedAhead = Array(keys[(index + 1)...]) }
                let action = editor.apply(key)
                if action == .none { changed = true; continue }
                // The line as it now is goes on screen before what the key does (the
                // choices of Tab, the feedback on a post) is written under it.
                if changed { redraw(prompt); changed = false }
                switch action {
                case .none:
                    break
                case .submit(let line):
                    // A line wider than the terminal was shown scrolled, and a pasted line
                    // break as ↵; write it whole, wrapped by the terminal, so the draft the
                    // feedback talks about stays on screen.
                    if line.contains("\n") || prompt.terminalColumns + line.terminalColumns >= (RawTerminal.width() ?? 80) - 1 {
                        output.write("\r\u{1B}[K" + prompt + line.terminalSafe.replacingOccurrences(of: "\n", with: "\r\n"))
                    }
                    output.write("\r\n")
                    keepTheRest()
                    if line.utf8.count > InputLimit.post { refusedBytes = line.utf8.count; return "" }
                    return line
                case .cancel:
                    output.write("^C\r\n")
                    cancelled = true
                    keepTheRest()
                    return ""
                case .quit:
                    output.write("\r\n")
                    return nil
                case .clearScreen:
                    output.write("\u{1B}[H\u{1B}[2J")
                    redraw(prompt)
                case .suspend:
                    // The shell's "Stopped" goes on a line of its own; `fg` redraws the line.
                    output.write("\r\n")
                    RawTerminal.suspend()
                    redraw(prompt)
                case .complete:
                    let options = completer(editor.textBeforeCursor)
                    if options.count == 1 {
                        editor.complete(with: options[0] + " ")
                    } else if options.count > 1 {
                        let prefix = options.dropFirst().reduce(options[0]) { $0.commonPrefix(with: $1) }
                        let current = editor.textBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                        if prefix.count > current.count {
                            editor.complete(with: prefix)
                        } else {
                            let lines = CompletionColumns.lines(options.map(\.terminalSafe), width: (RawTerminal.width() ?? 80) - 1)
                            output.write("\r\n" + lines.joined(separator: "\r\n") + "\r\n")
                        }
                    }
                    redraw(prompt)
                }
            }
            if changed { redraw(prompt) }
        }
    }

    /// How many times the line has been drawn (tests count them: a paste is drawn once,
    /// not once a character).
    private(set) var redraws = 0

    /// Draws the prompt and the visible part of the line, with the cursor in place. Costs
    /// what is shown, not the length of the line (see `LineEditor.window(columns:)`).
    private func redraw(_ prompt: String) {
        redraws += 1
        let width = (RawTerminal.width() ?? 80) - 1
        let promptWidth = prompt.terminalColumns
        let (visible, cursorColumn) = editor.window(columns: width - promptWidth)
        let column = promptWidth + cursorColumn
        output.write("\r\u{1B}[K" + prompt + visible.terminalSafe + "\r" + (column > 0 ? "\u{1B}[\(column)C" : ""))
    }
}
