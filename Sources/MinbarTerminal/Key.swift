/// A key press, decoded from the bytes a terminal sends.
public enum Key: Equatable, Sendable {
    case text(String)
    case enter, backspace, delete, tab
    case left, right, up, down, home, end
    case wordLeft, wordRight
    /// Ctrl-A … Ctrl-Z by letter (`.control("a")`), except those with their own case.
    case control(Character)
    case escape
}

/// Turns terminal input bytes into keys. Feed it bytes as they arrive; it keeps an
/// incomplete UTF-8 sequence or escape sequence until the rest comes.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        while let (key, used) = decodeOne() {
            keys.append(key)
            pending.removeFirst(used)
        }
        return keys
    }

    /// A lone ESC with nothing after it, when the caller knows no more bytes are coming.
    public mutating func flush() -> [Key] {
        guard !pending.isEmpty else { return [] }
        pending.removeAll()
        return [.escape]
    }

    private func decodeOne() -> (Key, Int)? {
        guard let first = pending.first else { return nil }
        switch first {
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x09: return (.tab, 1)
        case 0x1B: return decodeEscape()
        case 0x01...0x1A: return (.control(Character(Unicode.Scalar(first + 0x60))), 1)
        case 0x00...0x1F: return (.escape, 1)  // other control bytes: ignored by the editor
        default: return decodeUTF8()
        }
    }

    private func decodeEscape() -> (Key, Int)? {
        guard pending.count >= 2 else { return nil }
        let second = pending[1]
        if second == 0x62 { return (.wordLeft, 2) }   // ESC b
        if second == 0x66 { return (.wordRight, 2) }  // ESC f
        guard second == 0x5B || second == 0x4F else { return (.escape, 1) }  // CSI or SS3
        var index = 2
        var parameters = ""
        while index < pending.count {
            let byte = pending[index]
            if (0x40...0x7E).contains(byte) {
                let final = Character(Unicode.Scalar(byte))
                let key: Key
                switch (final, parameters) {
                case ("A", _): key = .up
                case ("B", _): key = .down
                case ("C", let p): key = p.hasSuffix(";5") || p.hasSuffix(";3") ? .wordRight : .right
                case ("D", let p): key = p.hasSuffix(";5") || p.hasSuffix(";3") ? .wordLeft : .left
                case ("H", _): key = .home
                case ("F", _): key = .end
                case ("~", "1"), ("~", "7"): key = .home
                case ("~", "4"), ("~", "8"): key = .end
                case ("~", "3"): key = .delete
                default: key = .escape
                }
                return (key, index + 1)
            }
            parameters.append(Character(Unicode.Scalar(byte)))
            index += 1
            if index > 16 { return (.escape, index) }  // not a sequence we know; drop it
        }
        return nil
    }

    private func decodeUTF8() -> (Key, Int)? {
        let first = pending[0]
        let length = first < 0x80 ? 1 : first >> 5 == 0b110 ? 2 : first >> 4 == 0b1110 ? 3 : first >> 3 == 0b11110 ? 4 : 1
        guard pending.count >= length else { return nil }
        let text = String(decoding: pending[0..<length], as: UTF8.self)
        return (.text(text), length)
    }
}
