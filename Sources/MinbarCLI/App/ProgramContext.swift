import Foundation
import MinbarCore
import MinbarTerminal

/// Where text goes. The real program writes to a file descriptor; tests collect it.
public protocol TextSink: AnyObject {
    func write(_ text: String)
    /// Writes UTF-8 bytes as they are (streams of results built in a byte buffer).
    func write(bytes: [UInt8])
    /// Writes UTF-8 bytes in place (a stream's output buffer), without copying them into
    /// an array first.
    func write(buffer: UnsafeBufferPointer<UInt8>)
    /// Why writing failed (the system's words), once a write has failed; nil while all is well.
    var failure: String? { get }
}

extension TextSink {
    public var failure: String? { nil }
    public func write(bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
    public func write(buffer: UnsafeBufferPointer<UInt8>) { write(bytes: Array(buffer)) }
}

/// Everything the program takes from the outside world, so a test can run the whole
/// program in memory: arguments, environment, streams, working directory and clock.
public struct ProgramContext {
    public var environment: [String: String]
    public var standardOutput: TextSink
    public var standardError: TextSink
    public var standardInput: LineSource
    public var currentDirectory: String
    public var now: () -> Date
    /// Whether standard output is a terminal (colour and layout depend on it).
    public var outputIsTerminal: Bool
    /// Whether standard input is a terminal (the REPL edits lines only then).
    public var inputIsTerminal: Bool
    /// The language people read: `--lang`, else `MINBAR_LANG`, else the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. Feedback on a post follows the
    /// post's own language; this decides the screens and feedback on mixed posts.
    public var language: Language

    /// Whether standard error is a terminal: progress of long work is shown only then.
    public var errorIsTerminal: Bool
    /// A fixed terminal width in columns (tests, `--width`); nil asks the terminal.
    public var terminalWidth: Int?

    /// The width prose and charts are fitted to: the fixed width, else the terminal's as
    /// it is now (asked again for every screen, so a resized window is followed), else nil
    /// when output is not a terminal (pipes and files are not wrapped).
    public var width: Int? {
        if let terminalWidth { return terminalWidth }
        return outputIsTerminal ? RawTerminal.width() : nil
    }

    public init(environment: [String: String], standardOutput: TextSink, standardError: TextSink,
                standardInput: LineSource, currentDirectory: String, now: @escaping () -> Date = Date.init,
                outputIsTerminal: Bool = false, inputIsTerminal: Bool = false, terminalWidth: Int? = nil,
                errorIsTerminal: Bool = false) {
        self.environment = environment
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.standardInput = standardInput
        self.currentDirectory = currentDirectory
        self.now = now
        self.outputIsTerminal = outputIsTerminal
        self.inputIsTerminal = inputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.terminalWidth = terminalWidth
        self.language = Language.fromEnvironment(environment)
    }

    /// Writes a line to standard output.
    public func print(_ text: String = "") { standardOutput.write(text + "\n") }
    /// Writes prose to standard output, wrapped at word boundaries to the terminal's width.
    /// Later lines keep the first line's indent (and a bullet's), so lists stay lists;
    /// `hanging` more columns hang them under a marker the caller styled ("↳ " in bold).
    public func printProse(_ text: String, hanging: Int = 0) {
        let leading = String(text.prefix { $0 == " " })
        var continuation = leading + String(repeating: " ", count: hanging)
        let body = text.dropFirst(leading.count)
        if body.hasPrefix("• ") || body.hasPrefix("- ") { continuation += "  " }
        standardOutput.write(TextWrapper.fit(String(body), width: width, indent: leading, continuation: continuation) + "\n")
    }
    /// Writes a line to standard error. Error messages quote what came from outside
    /// (arguments, paths, values read from files), so every one goes through the same
    /// neutraliser as post and scenario text: no byte of them can act on a terminal.
    public func printError(_ text: String) { standardError.write(text.terminalSafe + "\n") }

    /// A path as the user gave it, made absolute against the working directory.
    public func absolutePath(_ path: String) -> String {
        let expanded = path.hasPrefix("~/") ? (environment["HOME"] ?? "~") + path.dropFirst(1) : path
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent(expanded).standardizedFileURL.path
    }
}

/// Lines of input, one at a time, each held only up to a limit; nil at the end.
/// A source implements `readLine(limit:)` (a real stream must, to stay bounded) or, for
/// lines already in memory, just `readLine()`.
public protocol LineSource: AnyObject {
    /// The next line without its end, or `.tooLong` (the line skipped, never held whole)
    /// when it has more than `limit` bytes.
    func readLine(limit: Int) -> InputLine?
    /// All that is left, whole, or `.tooLong` having read only a little past `limit`
    /// (an endless input is refused, not followed to its end).
    func readRest(limit: Int) -> InputLine
    /// The next line, for sources that hold their lines in memory already.
    func readLine() -> String?
}

extension LineSource {
    public func readLine(limit: Int) -> InputLine? {
        guard let line = readLine() else { return nil }
        return line.utf8.count > limit ? .tooLong(bytes: line.utf8.count) : .text(line)
    }

    public func readLine() -> String? {
        guard let line = readLine(limit: InputLimit.jsonLine) else { return nil }
        if case .text(let text) = line { return text }
        return ""
    }

    public func readRest(limit: Int) -> InputLine {
        var lines: [String] = []
        var total = 0
        while let line = readLine(limit: max(limit - total, 0)) {
            guard case .text(let text) = line else { return .tooLong(bytes: total + limit) }
            total += text.utf8.count + 1
            lines.append(text)
        }
        return .text(lines.joined(separator: "\n"))
    }
}

/// How much of the outside world is read at once: nothing is read whole without one.
public enum InputLimit {
    /// A post, whole (a file, standard input, a typed line).
    public static let post = ScoringEngine.maximumPostBytes
    /// A line of `--jsonl` input: a post at the limit, escaped, with its fields.
    public static let jsonLine = 8 << 20
    /// An attempt's line in the store, and a JSON export per attempt.
    public static let storeLine = 8 << 20
    /// A JSON export read by import or cohort.
    public static let exportFile = 256 << 20
}

/// Collects what the program writes, for tests and for composing output.
public final class CapturedText: TextSink {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}

/// Lines given up front, for tests and scripted input.
public final class ScriptedLines: LineSource {
    private var lines: [String]
    public init(_ lines: [String]) { self.lines = lines.reversed() }
    public convenience init(text: String) {
        // Split on the UTF-8 bytes, not on characters: a line that is one long grapheme
        // cluster (a letter and a million marks) took quadratic time to split as a string.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        self.init(lines)
    }
    public func readLine(limit: Int) -> InputLine? {
        guard let line = lines.popLast() else { return nil }
        return line.utf8.count > limit ? .tooLong(bytes: line.utf8.count) : .text(line)
    }
    public func readRest(limit: Int) -> InputLine {
        let text = lines.reversed().joined(separator: "\n")
        lines.removeAll()
        return text.utf8.count > limit ? .tooLong(bytes: text.utf8.count) : .text(text)
    }
}

/// A file descriptor written with `write(2)`, unbuffered so output and errors interleave
/// in the order they happen.
/// A failed write is remembered (and later writes skipped) so the program can end with
/// a non-zero status instead of reporting success with nothing written.
public final class FileDescriptorSink: TextSink {
    let descriptor: Int32
    public private(set) var failure: String?
    public init(_ descriptor: Int32) { self.descriptor = descriptor }
    public func write(_ text: String) { write(bytes: Array(text.utf8)) }
    public func write(bytes: [UInt8]) {
        guard failure == nil else { return }
        if let error = OutputFile.writeAll(bytes, to: descriptor) {
            failure = String(cString: strerror(error))
        }
    }
    public func write(buffer: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        if let error = OutputFile.writeAll(UnsafeRawBufferPointer(buffer), to: descriptor) {
            failure = String(cString: strerror(error))
        }
    }
}

/// Standard input read line by line (without the line end), in blocks, with a limit.
public final class StandardInputLines: LineSource {
    private let reader = BoundedLineReader(descriptor: STDIN_FILENO)
    public init() {}
    public func readLine(limit: Int) -> InputLine? { reader.next(limit: limit) }
    public func readRest(limit: Int) -> InputLine {
        let (bytes, length) = reader.rest(limit: limit)
        return bytes.map { .text(String(decoding: $0, as: UTF8.self)) } ?? .tooLong(bytes: length)
    }
}
