/// A file's bytes and the path to call it by. Reading it is the caller's business,
/// so the library works the same on bundled files, folders and tests.
public struct SourceFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// Set when the file could not be read at all (too large, permission denied);
    /// the library reports it in place of parsing.
    public var readProblem: Problem?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, readProblem: Problem) {
        self.path = path
        self.bytes = []
        self.readProblem = readProblem
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
