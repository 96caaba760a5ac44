extension Unicode.Scalar {
    /// Columns this scalar takes in a terminal: 0 for combining marks, joiners and
    /// Arabic diacritics, 2 for East Asian wide characters and emoji, else 1.
    public var terminalColumns: Int {
        let v = value
        if v == 0 { return 0 }
        if v < 0x300 { return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x1F680...0x1F6FF).contains(v) || (0x1FA70...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        if properties.isEmojiPresentation { return 2 }
        return 1
    }
}

extension Character {
    /// Columns this character (grapheme cluster) takes in a terminal.
    public var terminalColumns: Int {
        var width = 0
        for scalar in unicodeScalars {
            if scalar == "\u{FE0F}" { return 2 }  // emoji presentation selector
            width = Swift.max(width, scalar.terminalColumns)
        }
        return width
    }
}

extension StringProtocol {
    /// Columns the text takes in a terminal, character by character. Colour codes
    /// (`ESC [ … m` and other CSI sequences) take none: text is measured after it is
    /// painted (a coloured prompt), and only ever painted by Minbar, never by a post
    /// (posts are made `terminalSafe` first).
    public var terminalColumns: Int {
        var total = 0
        var inSequence = false
        var afterEscape = false
        for character in self {
            if afterEscape {
                afterEscape = false
                inSequence = character == "["
                continue
            }
            if inSequence {
                // A CSI sequence ends at its final byte, 0x40-0x7E.
                if let ascii = character.asciiValue, (0x40...0x7E).contains(ascii) { inSequence = false }
                continue
            }
            if character == "\u{1B}" { afterEscape = true; continue }
            total += character.terminalColumns
        }
        return total
    }
}
