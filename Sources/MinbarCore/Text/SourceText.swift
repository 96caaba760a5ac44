/// A text file decoded for parsing: its lines without line ends, with the byte order
/// mark removed. CRLF, CR and LF all end a line.
///
/// Decoding never fails: invalid UTF-8 is replaced (U+FFFD) and reported in
/// `invalidUTF8`, with the byte offset of the first bad sequence, so a parser can say
/// where the file is broken and still read the rest.
public struct SourceText: Sendable {
    public let path: String
    public let lines: [String]
    /// Byte offset (0-based, in the file as given) of the first invalid UTF-8 sequence.
    public let invalidUTF8: InvalidUTF8?
    /// Offset of the first NUL byte, which no text file a person writes contains.
    public let firstNULByte: Int?
    /// Where that NUL byte stands, as line and column, so a report can point at it.
    public let firstNULLocation: SourceLocation?
    /// Where the first byte order mark after the start of the file stood (joining two
    /// files leaves one mid-file). Every such mark is removed from `lines`, since it is
    /// invisible in an editor and would otherwise hide a key like `id:` from the parser.
    public let strayByteOrderMark: SourceLocation?

    /// Whether the file holds nothing but blank lines (and no bad bytes, which are
    /// reported as such).
    public var isBlank: Bool {
        invalidUTF8 == nil && firstNULByte == nil && lines.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    public struct InvalidUTF8: Sendable, Equatable {
        public var byteOffset: Int
        public var location: SourceLocation
    }

    public init(path: String, bytes: some Collection<UInt8>) {
        self.path = path
        var body = Array(bytes)
        var bomLength = 0
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body.removeFirst(3)
            bomLength = 3
        }
        firstNULByte = body.firstIndex(of: 0).map { $0 + bomLength }
        firstNULLocation = body.firstIndex(of: 0).map { index in
            let prefixLines = SourceText.splitLines(String(decoding: body[..<index], as: UTF8.self))
            return SourceLocation(line: max(1, prefixLines.count), column: (prefixLines.last?.count ?? 0) + 1)
        }
        let badOffset = SourceText.firstInvalidUTF8Offset(in: body)
        var text = String(decoding: body, as: UTF8.self)
        var split = SourceText.splitLines(text)
        if text.unicodeScalars.contains("\u{FEFF}") {
            let line = split.firstIndex { $0.unicodeScalars.contains("\u{FEFF}") } ?? 0
            let column = split[line].firstIndex(of: "\u{FEFF}").map { split[line].distance(from: split[line].startIndex, to: $0) } ?? 0
            strayByteOrderMark = SourceLocation(line: line + 1, column: column + 1)
            text.unicodeScalars.removeAll { $0 == "\u{FEFF}" }
            split = SourceText.splitLines(text)
        } else {
            strayByteOrderMark = nil
        }
        lines = split
        if let badOffset {
            let prefix = String(decoding: body[..<badOffset], as: UTF8.self)
            let prefixLines = SourceText.splitLines(prefix)
            let location = SourceLocation(line: prefixLines.count, column: (prefixLines.last?.count ?? 0) + 1)
            invalidUTF8 = InvalidUTF8(byteOffset: badOffset + bomLength, location: location)
        } else {
            invalidUTF8 = nil
        }
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Splits at LF, CRLF or a lone CR, working on UTF-8 bytes (line ends are ASCII).
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(String(text[start..<index]))
                var next = bytes.index(after: index)
                if byte == 0x0D, next != bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        lines.append(String(text[start..<bytes.endIndex]))
        return lines
    }

    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
