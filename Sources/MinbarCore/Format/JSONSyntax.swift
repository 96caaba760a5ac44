import Foundation

/// Where a text stops being JSON (RFC 8259), so an error can name the line and column a
/// person opens in an editor. Foundation's reader says only that the data is not valid.
///
/// One pass over the bytes with an explicit stack: a file of a million `[` is answered, not
/// a crash, and the time is linear in the file.
public enum JSONSyntax {
    /// The place of the first byte a JSON reader cannot accept (1-based line, and column in
    /// characters of that line), or the end of the text when it stops early; nil when the
    /// whole text is one JSON value.
    public static func firstError(in data: Data) -> SourceLocation? {
        data.withUnsafeBytes { buffer in
            let bytes = buffer.bindMemory(to: UInt8.self)
            guard let offset = errorOffset(in: bytes) else { return nil }
            return location(of: offset, in: bytes)
        }
    }

    private enum Expecting { case value, valueOrClose, keyOrClose, key, colon, commaOrClose, end }

    /// The byte offset of the first error, or nil.
    static func errorOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var containers: [UInt8] = []
        var expecting = Expecting.value
        func afterValue() -> Expecting { containers.isEmpty ? .end : .commaOrClose }
        /// A `]` or `}` that closes the innermost container: what follows is after a value.
        func closeContainer() {
            containers.removeLast()
            index += 1
            expecting = afterValue()
        }
        while true {
            index = skippingSpace(bytes, from: index)
            guard index < bytes.count else { return expecting == .end ? nil : index }
            let byte = bytes[index]
            switch expecting {
            case .value, .valueOrClose:
                if expecting == .valueOrClose, byte == UInt8(ascii: "]") {
                    closeContainer()
                    continue
                }
                switch byte {
                case UInt8(ascii: "{"):
                    containers.append(byte)
                    index += 1
                    expecting = .keyOrClose
                case UInt8(ascii: "["):
                    containers.append(byte)
                    index += 1
                    expecting = .valueOrClose
                default:
                    switch scanScalar(bytes, from: index) {
                    case .success(let end): index = end
                    case .failure(let error): return error.offset
                    }
                    expecting = afterValue()
                }
            case .keyOrClose, .key:
                if expecting == .keyOrClose, byte == UInt8(ascii: "}") {
                    closeContainer()
                    continue
                }
                guard byte == UInt8(ascii: "\"") else { return index }
                switch scanString(bytes, from: index) {
                case .success(let end): index = end
                case .failure(let error): return error.offset
                }
                expecting = .colon
            case .colon:
                guard byte == UInt8(ascii: ":") else { return index }
                index += 1
                expecting = .value
            case .commaOrClose:
                let inObject = containers.last == UInt8(ascii: "{")
                if byte == UInt8(ascii: ",") {
                    index += 1
                    expecting = inObject ? .key : .value
                } else if byte == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    closeContainer()
                } else {
                    return index
                }
            case .end:
                return index
            }
        }
    }

    struct Failure: Error { let offset: Int }

    /// JSON's four whitespace bytes: space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The offset of the first byte from `start` that is not whitespace (or the end).
    static func skippingSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }

    /// A value that is not a container (a string, a number, `true`, `false` or `null`)
    /// from its first byte: the offset after it.
    static func scanScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Result<Int, Failure> {
        let byte = bytes[start]
        if byte == UInt8(ascii: "\"") { return scanString(bytes, from: start) }
        if byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return scanNumber(bytes, from: start) }
        guard let end = scanLiteral(bytes, from: start) else { return .failure(Failure(offset: start)) }
        return .success(end)
    }

    /// A string from its opening quote: the offset after the closing quote.
    static func scanString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Result<Int, Failure> {
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return .success(index + 1) }
            if byte < 0x20 { return .failure(Failure(offset: index)) }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { return .failure(Failure(offset: bytes.count)) }
                let escaped = bytes[index + 1]
                if escaped == UInt8(ascii: "u") {
                    for place in index + 2..<index + 6 {
                        guard place < bytes.count, isHexDigit(bytes[place]) else { return .failure(Failure(offset: min(place, bytes.count))) }
                    }
                    index += 6
                    continue
                }
                guard "\"\\/bfnrt".utf8.contains(escaped) else { return .failure(Failure(offset: index + 1)) }
                index += 2
                continue
            }
            index += 1
        }
        return .failure(Failure(offset: bytes.count))
    }

    /// A number: `-`, an integer part without leading zeros, a fraction, an exponent.
    static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Result<Int, Failure> {
        var index = start
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { return .failure(Failure(offset: index)) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            return .failure(Failure(offset: index))
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return .failure(Failure(offset: index)) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return .failure(Failure(offset: index)) }
        }
        return .success(index)
    }

    /// `true`, `false` or `null`: the offset after it, or nil.
    static func scanLiteral(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        for literal in ["true", "false", "null"] {
            let utf8 = Array(literal.utf8)
            if start + utf8.count <= bytes.count, bytes[start..<start + utf8.count].elementsEqual(utf8) { return start + utf8.count }
        }
        return nil
    }

    /// One step of a path into a document: a member by its key, or an element by its index.
    public enum PathStep: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The place where the value at `path` starts (its `{`, `[`, quote or first digit), so a
    /// decoder's complaint about `attempts[0]` can be shown at its line; nil when the text is
    /// not JSON or has no value there. One pass, an explicit stack, as `firstError`. Keys are
    /// compared as written: a key spelled with escapes is not found (the caller keeps the path).
    public static func location(ofValueAt path: [PathStep], in data: Data) -> SourceLocation? {
        data.withUnsafeBytes { buffer in
            let bytes = buffer.bindMemory(to: UInt8.self)
            guard errorOffset(in: bytes) == nil, let offset = valueOffset(at: path, in: bytes) else { return nil }
            return location(of: offset, in: bytes)
        }
    }

    /// The byte offset of the value at `target` in a text already known to be JSON.
    static func valueOffset(at target: [PathStep], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var path: [PathStep] = []
        var objects: [Bool] = []  // for each open container: an object (true) or an array
        func skipSpace() { index = skippingSpace(bytes, from: index) }
        /// Reads `"key" :` at `index` and returns the key as written.
        func readKey() -> String? {
            guard case .success(let end) = scanString(bytes, from: index) else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<(end - 1)]), as: UTF8.self)
            index = end
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            return key
        }
        while true {
            // At the start of a value whose place is `path`.
            skipSpace()
            guard index < bytes.count else { return nil }
            if path == target { return index }
            let byte = bytes[index]
            var opened = false
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                let isObject = byte == UInt8(ascii: "{")
                index += 1
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1  // an empty container is a value that has ended
                } else {
                    objects.append(isObject)
                    if isObject {
                        guard let key = readKey() else { return nil }
                        path.append(.key(key))
                    } else {
                        path.append(.index(0))
                    }
                    opened = true
                }
            } else {
                guard case .success(let end) = scanScalar(bytes, from: index) else { return nil }
                index = end
            }
            if opened { continue }
            // After a value: the next member or element, or the end of containers.
            while true {
                skipSpace()
                guard let isObject = objects.last, index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    skipSpace()
                    if isObject {
                        guard let key = readKey() else { return nil }
                        path[path.count - 1] = .key(key)
                    } else if case .index(let position) = path[path.count - 1] {
                        path[path.count - 1] = .index(position + 1)
                    }
                    break
                }
                // `}` or `]`: the container ends, and is itself a value that has ended.
                index += 1
                objects.removeLast()
                path.removeLast()
            }
        }
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// The line and column of a byte offset: columns count characters (UTF-8 lead bytes),
    /// so «ا» is one column, as an editor shows it.
    static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1, column = 1
        for index in 0..<min(offset, bytes.count) {
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
