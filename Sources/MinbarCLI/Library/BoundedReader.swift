import Foundation

/// One line of input read with a limit: its text, or how many bytes it had when it was
/// longer than the limit (those bytes were skipped, never held in memory).
public enum InputLine: Equatable, Sendable {
    case text(String)
    case tooLong(bytes: Int)
}

/// Lines from a file descriptor, read in blocks, each line held only up to a limit: a
/// longer line is counted and skipped to its end, so `/dev/zero` or a 200 MB line uses a
/// block's worth of memory, not the line's.
final class BoundedLineReader {
    private let descriptor: Int32
    private let closeWhenDone: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// Whether the last line read ended without a line feed (a torn tail).
    private(set) var lastLineWasUnterminated = false
    /// Bytes taken as lines so far (for progress).
    private(set) var bytesConsumed = 0
    /// Runs before each read that may wait (so a caller can flush its output first).
    var beforeRead: () -> Void = {}

    init(descriptor: Int32, closeWhenDone: Bool = false) {
        self.descriptor = descriptor
        self.closeWhenDone = closeWhenDone
    }

    /// Opens `path` for reading; nil when it cannot be opened (the caller says why with errno).
    convenience init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.init(descriptor: descriptor, closeWhenDone: true)
    }

    deinit { if closeWhenDone { close(descriptor) } }

    /// The next line's bytes (without `\n` or `\r\n`), or its length when longer than
    /// `limit`; nil at the end.
    func nextBytes(limit: Int) -> (bytes: ArraySlice<UInt8>?, length: Int)? {
        var skipped = 0
        // Bytes already searched for a line end, so each byte is looked at once.
        var scanned = position
        while true {
            if let newline = firstLineFeed(from: scanned) {
                let length = newline - position
                bytesConsumed += length + 1
                defer { position = newline + 1 }
                lastLineWasUnterminated = false
                var end = newline
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                if skipped > 0 || end - position > limit { return (nil, skipped + length) }
                return (buffer[position..<end], length)
            }
            if finished {
                guard position < buffer.count || skipped > 0 else { return nil }
                let length = buffer.count - position
                bytesConsumed += length
                defer { position = buffer.count }
                lastLineWasUnterminated = true
                if skipped > 0 || length > limit { return (nil, skipped + length) }
                return (buffer[position...], length)
            }
            buffer.removeSubrange(0..<position)
            position = 0
            if buffer.count > limit + 1 {
                // Past the limit with no line end yet: forget what is held, keep counting.
                skipped += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            scanned = buffer.count
            if !fill() { finished = true }
        }
    }

    /// The index of the first line feed in `buffer` at or after `start`. With memchr: a
    /// generic `firstIndex(of:)` over the slice cost several instructions for each byte of
    /// input. The pointer is used only inside the closure, within the buffer's bounds.
    private func firstLineFeed(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { all -> Int? in
            guard start < all.count, let base = all.baseAddress,
                  let found = memchr(base + start, 0x0A, all.count - start) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// The next line as text, or `.tooLong`; nil at the end.
    func next(limit: Int) -> InputLine? {
        guard let (bytes, length) = nextBytes(limit: limit) else { return nil }
        guard let bytes else { return .tooLong(bytes: length) }
        return .text(String(decoding: bytes, as: UTF8.self))
    }

    /// Everything left, if it is at most `limit` bytes; `.tooLong` (having read only a
    /// little past the limit) otherwise.
    func rest(limit: Int) -> (bytes: [UInt8]?, length: Int) {
        while !finished, buffer.count - position <= limit {
            if !fill() { finished = true }
        }
        let length = buffer.count - position
        if length > limit { return (nil, length) }
        defer { position = buffer.count }
        return (Array(buffer[position...]), length)
    }

    /// Reads one block; false at the end of input or on an error.
    private func fill() -> Bool {
        beforeRead()
        let block = 1 << 16
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: block))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, block) }
            if count < 0, errno == EINTR { continue }
            buffer.removeLast(block - max(count, 0))
            return count > 0
        }
    }
}

/// Whole files read with a size limit, refusing a larger one after reading at most a
/// block past the limit (so a FIFO or `/dev/zero` named as a file cannot fill memory).
enum BoundedFile {
    enum Failure: Error, Equatable {
        case cannotOpen(reason: String)
        case tooLarge(bytes: Int, limit: Int)
    }

    static func read(_ path: String, limit: Int) -> Result<Data, Failure> {
        guard let reader = BoundedLineReader(path: path) else { return .failure(.cannotOpen(reason: String(cString: strerror(errno)))) }
        let (bytes, length) = reader.rest(limit: limit)
        guard let bytes else { return .failure(.tooLarge(bytes: length, limit: limit)) }
        return .success(Data(bytes))
    }

    /// The bytes of a file of at most `limit` bytes, else nil.
    static func contents(_ path: String, limit: Int) -> Data? {
        if case .success(let data) = read(path, limit: limit) { return data }
        return nil
    }
}
