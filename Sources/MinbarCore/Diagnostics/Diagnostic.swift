/// One problem found in a file, with where it is and how to fix it.
public struct Diagnostic: Sendable, Equatable {
    public var path: String
    public var location: SourceLocation
    public var problem: Problem

    public init(path: String, location: SourceLocation, problem: Problem) {
        self.path = path
        self.location = location
        self.problem = problem
    }

    public var severity: Severity { problem.severity }
    public var message: String { problem.message }
    public var hint: String? { problem.hint }
    public func message(_ language: Language) -> String { problem.message(language) }
    public func hint(_ language: Language) -> String? { problem.hint(language) }

    /// `path:line:column: severity: message`, the form editors and CI logs understand.
    public var formatted: String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, then position, so output is the same on every run.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { ($0.path, $0.location) < ($1.path, $1.location) }
    }
}
