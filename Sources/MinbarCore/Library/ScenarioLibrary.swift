import Dispatch
import Foundation

/// Every scenario Minbar can offer, loaded from many files. A file with errors is left
/// out and its diagnostics kept; it never stops the others from loading. The first file
/// to use an id keeps it; later files with the same id are reported.
public struct ScenarioLibrary: Sendable {
    public private(set) var scenarios: [Scenario] = []
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many files were read.
    public private(set) var fileCount = 0
    /// Where each scenario came from, and whether a trainer's copy may take its place.
    private var origins: [String: (file: SourceFile, bundled: Bool)] = [:]

    /// Files larger than this are refused unread: no scenario is anywhere near it.
    public static let maximumFileSize = 1 << 20

    public init() {}

    public init(files: [SourceFile], lint: Bool = true) {
        add(files, lint: lint)
    }

    /// Adds files in order. They are parsed on every core first (files are independent),
    /// then added one by one, so the result is the same as adding them in turn.
    /// - Parameter bundled: the files are Minbar's own library. A trainer's scenario
    ///   added earlier with the same id takes their scenario's place, which is the
    ///   point of a trainer's copy: a note in the trainer's file, not an error.
    public mutating func add(_ files: [SourceFile], lint: Bool = true, bundled: Bool = false) {
        guard files.count > 8 else {
            for file in files { add(file, lint: lint, parsed: nil, bundled: bundled) }
            return
        }
        let parsed = ParsedFiles(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            guard file.readProblem == nil, file.bytes.count <= ScenarioLibrary.maximumFileSize else { return }
            parsed.set(index, ScenarioParser.parse(SourceText(path: file.path, bytes: file.bytes)))
        }
        for (index, file) in files.enumerated() { add(file, lint: lint, parsed: parsed.get(index), bundled: bundled) }
    }

    public mutating func add(_ file: SourceFile, lint: Bool = true, bundled: Bool = false) {
        add(file, lint: lint, parsed: nil, bundled: bundled)
    }

    private mutating func add(_ file: SourceFile, lint: Bool, parsed: ScenarioParser.Result?, bundled: Bool) {
        fileCount += 1
        if let problem = file.readProblem {
            diagnostics.append(Diagnostic(path: file.path, location: SourceLocation(line: 1, column: 1), problem: problem))
            return
        }
        guard file.bytes.count <= ScenarioLibrary.maximumFileSize else {
            diagnostics.append(Diagnostic(path: file.path, location: SourceLocation(line: 1, column: 1),
                                          problem: .fileTooLarge(bytes: file.bytes.count, limit: ScenarioLibrary.maximumFileSize)))
            return
        }
        let result = parsed ?? ScenarioParser.parse(SourceText(path: file.path, bytes: file.bytes))
        if bundled, let scenario = result.scenario, let origin = origins[scenario.id], !origin.bundled {
            diagnostics.append(Diagnostic(path: origin.file.path, location: idLocation(in: origin.file) ?? SourceLocation(line: 1, column: 1),
                                          problem: .overridesBundled(scenario.id, bundledPath: file.path)))
            return
        }
        diagnostics += result.diagnostics
        guard let scenario = result.scenario else { return }
        if let existing = scenarios.first(where: { $0.id == scenario.id }) {
            diagnostics.append(Diagnostic(path: file.path, location: idLocation(in: file) ?? SourceLocation(line: 1, column: 1),
                                          problem: .duplicateID(scenario.id, otherPath: existing.path)))
            return
        }
        if lint { diagnostics += ScenarioLinter.lint(scenario) }
        scenarios.append(scenario)
        origins[scenario.id] = (file, bundled)
    }

    public func scenario(id: String) -> Scenario? {
        scenarios.first { $0.id == id }
    }

    /// Ids that start with `prefix`, for completion and "did you mean".
    public func ids(startingWith prefix: String) -> [String] {
        scenarios.map(\.id).filter { $0.hasPrefix(prefix) }.sorted()
    }

    private func idLocation(in file: SourceFile) -> SourceLocation? {
        let lines = SourceText(path: file.path, bytes: file.bytes).lines
        guard let index = lines.firstIndex(where: { $0.lowercased().hasPrefix("id:") }) else { return nil }
        let value = lines[index].dropFirst(3).prefix { $0 == " " || $0 == "\t" }.count
        return SourceLocation(line: index + 1, column: 4 + value)
    }
}

/// Parse results written by several threads, one slot each.
private final class ParsedFiles: @unchecked Sendable {
    private var results: [ScenarioParser.Result?]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ result: ScenarioParser.Result) { lock.lock(); results[index] = result; lock.unlock() }
    func get(_ index: Int) -> ScenarioParser.Result? { lock.lock(); defer { lock.unlock() }; return results[index] }
}
