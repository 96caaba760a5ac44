import MinbarTerminal

/// The terminal's width, for charts drawn inside the REPL.
enum RawTerminalWidth {
    static var current: Int? { RawTerminal.width() }
}
