import MinbarCore

/// The choices Tab offers, laid out in columns that fit the terminal, as bash and zsh
/// lay them out: sorted down each column, then across. Joined on one line they wrapped
/// wherever the terminal's edge fell, inside an id ("crisis-warehous" / "e-fire").
public enum CompletionColumns {
    /// The columns between two choices on a line.
    public static let gap = 2

    /// The lines that show `options` within `width` columns. Every choice is whole on its
    /// line; one wider than the terminal has a line of its own (the terminal wraps it,
    /// as it would in any shell).
    public static func lines(_ options: [String], width: Int) -> [String] {
        guard !options.isEmpty else { return [] }
        let widths = options.map(\.terminalColumns)
        let column = (widths.max() ?? 0) + gap
        // The last column needs no gap after it.
        let columns = max(1, min(options.count, (width + gap) / column))
        let rows = (options.count + columns - 1) / columns
        return (0..<rows).map { row in
            var line = ""
            for index in stride(from: row, to: options.count, by: rows) {
                let isLast = index + rows >= options.count
                line += options[index]
                if !isLast { line += String(repeating: " ", count: column - widths[index]) }
            }
            return line
        }
    }
}
