import Foundation
/// A key press, decoded from the bytes a terminal sends.
public enum Key: Equatable, Sendable {
    case text(String)
    /// Text the terminal marked as pasted (bracketed paste): part of the draft, line
    /// breaks included, never Enter. Line breaks come as "\n" (CR LF and CR too). A long
    /// paste may come as several pieces, one after the other.
    case paste(String)
    case enter, backspace, delete, tab
    case left, right, up, down, home, end
    case wordLeft, wordRight
    /// Ctrl-A … Ctrl-Z by letter (`.control("a")`), except those with their own case.
    case control(Character)
    case escape

    /// Runs of typed text joined into one key each, so the editor inserts a burst of
    /// typing (a paste from a terminal without bracketed paste) at once rather than a
    /// character at a time. Editing with the joined keys gives the same line.
    public static func coalesced(_ keys: [Key]) -> [Key] {
        var result: [Key] = []
        result.reserveCapacity(keys.count)
        for key in keys {
            if case .text(let more) = key, case .text(let earlier)? = result.last {
                result[result.count - 1] = .text(earlier + more)
            } else if case .paste(let more) = key, case .paste(let earlier)? = result.last {
                result[result.count - 1] = .paste(earlier + more)
            } else {
                result.append(key)
            }
        }
        return result
    }
}

/// Turns terminal input bytes into keys. Feed it bytes as they arrive; it keeps an
/// incomplete UTF-8 sequence or escape sequence until the rest comes. Linear in the bytes
/// fed: a paste of many kilobytes is decoded in one pass.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []
    /// Between `ESC [ 200 ~` and `ESC [ 201 ~`: the bytes are pasted text.
    private var pasting = false
    /// The last pasted byte was CR (a CR LF split between two reads is one line break).
    private var pastedCR = false

    static let pasteStart: [UInt8] = Array("\u{1B}[200~".utf8)
    static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    public init() {}

    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var offset = 0
        while offset < pending.count {
            if pasting {
                offset = takePaste(from: offset, into: &keys)
                if pasting { break }  // the rest of the paste has not come yet
                continue
            }
            guard let (key, used) = decodeOne(at: offset) else { break }
            offset += used
            if key == .pasteStartMarker {
                pasting = true
                pastedCR = false
                continue
            }
            keys.append(key)
        }
        pending.removeFirst(offset)
        return keys
    }

    /// A lone ESC with nothing after it, when the caller knows no more bytes are coming.
    public mutating func flush() -> [Key] {
        guard !pending.isEmpty else { return [] }
        pending.removeAll()
        return [.escape]
    }

    /// Pasted bytes from `offset` up to the end marker (which ends the paste) or up to
    /// what has come so far, less an incomplete UTF-8 sequence or a possible start of the
    /// end marker; returns where it stopped.
    private mutating func takePaste(from offset: Int, into keys: inout [Key]) -> Int {
        var index = offset
        var text: [UInt8] = []
        func emit() {
            guard !text.isEmpty else { return }
            keys.append(.paste(String(decoding: text, as: UTF8.self)))
            text.removeAll()
        }
        while index < pending.count {
            let byte = pending[index]
            if byte == 0x1B {
                let available = min(KeyDecoder.pasteEnd.count, pending.count - index)
                if pending[index..<(index + available)].elementsEqual(KeyDecoder.pasteEnd[0..<available]) {
                    if available < KeyDecoder.pasteEnd.count { break }  // wait for the rest
                    emit()
                    pasting = false
                    return index + KeyDecoder.pasteEnd.count
                }
                index += 1  // another escape inside a paste: dropped
                continue
            }
            if byte == 0x0D {
                text.append(0x0A)
            } else if byte == 0x0A {
                if !pastedCR { text.append(0x0A) }
            } else {
                text.append(byte)
            }
            pastedCR = byte == 0x0D
            index += 1
        }
        // Hold back an incomplete UTF-8 sequence at the end for the next read.
        var cut = text.count
        var back = 0
        while back < 3, cut > 0, text[cut - 1] & 0xC0 == 0x80 { cut -= 1; back += 1 }
        if cut > 0, text[cut - 1] >= 0xC0 {
            let lead = text[cut - 1]
            let length = lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 1
            if length > back + 1 {
                let held = text.count - (cut - 1)
                text.removeLast(held)
                index -= held
            }
        }
        emit()
        return index
    }

    private func decodeOne(at offset: Int) -> (Key, Int)? {
        guard offset < pending.count else { return nil }
        let first = pending[offset]
        switch first {
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x09: return (.tab, 1)
        case 0x1B: return decodeEscape(at: offset)
        case 0x01...0x1A: return (.control(Character(Unicode.Scalar(first + 0x60))), 1)
        case 0x00...0x1F: return (.escape, 1)  // other control bytes: ignored by the editor
        default: return decodeUTF8(at: offset)
        }
    }

    private func decodeEscape(at offset: Int) -> (Key, Int)? {
        guard pending.count - offset >= 2 else { return nil }
        let second = pending[offset + 1]
        if second == 0x62 { return (.wordLeft, 2) }   // ESC b
        if second == 0x66 { return (.wordRight, 2) }  // ESC f
        guard second == 0x5B || second == 0x4F else { return (.escape, 1) }  // CSI or SS3
        var index = offset + 2
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
                case ("~", "200"): key = .pasteStartMarker
                default: key = .escape  // an end marker without a start, among others
                }
                return (key, index + 1 - offset)
            }
            parameters.append(Character(Unicode.Scalar(byte)))
            index += 1
            if index - offset > 16 { return (.escape, index - offset) }  // not a sequence we know; drop it
        }
        return nil
    }

    private func decodeUTF8(at offset: Int) -> (Key, Int)? {
        let first = pending[offset]
        let length = first < 0x80 ? 1 : first >> 5 == 0b110 ? 2 : first >> 4 == 0b1110 ? 3 : first >> 3 == 0b11110 ? 4 : 1
        guard pending.count - offset >= length else { return nil }
        let text = String(decoding: pending[offset..<(offset + length)], as: UTF8.self)
        return (.text(text), length)
    }
}

private extension Key {
    /// `ESC [ 200 ~`, which the decoder takes for itself and never hands on.
    static let pasteStartMarker = Key.paste("\u{1B}[200~")
}
