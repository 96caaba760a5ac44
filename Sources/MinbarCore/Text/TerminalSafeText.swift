extension String {
    /// The text with every control character that could act on a terminal (escape
    /// sequences, carriage returns, bells, C1 controls, bidi overrides that would hide
    /// text) replaced by a visible `�`, so text from a file or a post can be shown
    /// without letting it clear the screen, set the title or rewrite a line.
    /// Line feeds and tabs are kept.
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: { $0.isUnsafeOnTerminal }) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(scalar.isUnsafeOnTerminal ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    var isUnsafeOnTerminal: Bool {
        switch value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Explicit bidi embeddings, overrides and isolates can reorder what follows
        // them on screen; the marks (LRM, RLM, ALM) are harmless and kept.
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
