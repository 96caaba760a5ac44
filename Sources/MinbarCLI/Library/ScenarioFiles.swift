import Foundation
import MinbarCore

/// Finds and reads scenario files on disk: a file named directly, or every
/// `*.scenario.md` below a folder. The named folder may be a link; links inside it to
/// folders are not followed, so a folder cannot lead Minbar outside what the user named.
enum ScenarioFiles {
    static let scenarioExtension = ".scenario.md"
    static let policyExtension = ".policy.md"
    static let planExtension = ".plan.md"

    /// The files at `path` as the user wrote it (paths in diagnostics keep that form).
    static func files(at path: String, in context: ProgramContext) throws(UsageError) -> [SourceFile] {
        let absolute = context.absolutePath(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw .fileNotFound(path)
        }
        if !isDirectory.boolValue {
            return [read(absolute, shownAs: path)]
        }
        var relatives: [String] = []
        // The folder the user named is followed even when it is itself a link (a synced
        // folder, `MINBAR_SCENARIOS=~/scenarios`); links found inside it are not.
        let root = URL(fileURLWithPath: absolute).resolvingSymlinksInPath()
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw .unreadable(path, reason: "cannot list the folder")
        }
        for case let url as URL in walker
        where [scenarioExtension, policyExtension, planExtension].contains(where: { url.lastPathComponent.hasSuffix($0) }) {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true || values?.isSymbolicLink == true else { continue }
            // A link is read only when it points inside the folder the user named.
            if values?.isSymbolicLink == true {
                let target = url.resolvingSymlinksInPath().path
                let inside = root.resolvingSymlinksInPath().path
                guard target.hasPrefix(inside.hasSuffix("/") ? inside : inside + "/") else { continue }
            }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))
                .drop { $0 == "/" }
            relatives.append(String(relative))
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return relatives.sorted().map { read(absolute + "/" + $0, shownAs: prefix + $0) }
    }

    /// Reads a file; a file that cannot be read becomes one whose parse reports why.
    static func read(_ absolute: String, shownAs path: String) -> SourceFile {
        if let attributes = try? FileManager.default.attributesOfItem(atPath: absolute),
            let size = attributes[.size] as? Int, size > ScenarioLibrary.maximumFileSize {
            return SourceFile(path: path, readProblem: .fileTooLarge(bytes: size, limit: ScenarioLibrary.maximumFileSize))
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            let reason = FileManager.default.isReadableFile(atPath: absolute) ? "it is not a regular file" : "permission denied"
            return SourceFile(path: path, readProblem: .unreadableFile(reason: reason))
        }
        return SourceFile(path: path, bytes: Array(data))
    }

    /// `relative` resolved against the folder of `file`, with `.` and `..` folded away
    /// (Foundation leaves `..` in relative paths on Linux). Nil when `..` climbs above
    /// the start of a relative path, or `relative` is absolute.
    static func resolve(_ relative: String, besides file: String) -> String? {
        guard !relative.hasPrefix("/") else { return nil }
        var parts = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let absolute = file.hasPrefix("/")
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard let last = parts.last, !last.isEmpty, last != ".." else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        let joined = parts.filter { !$0.isEmpty }.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }

    /// Trainer folders from `--scenarios` and `MINBAR_SCENARIOS`, in that order.
    static func trainerFolders(_ arguments: ParsedArguments, in context: ProgramContext) -> [String] {
        let fromEnvironment = (context.environment["MINBAR_SCENARIOS"] ?? "")
            .split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return arguments.all("--scenarios") + fromEnvironment
    }

    /// The whole catalogue: trainer folders first (so a trainer's copy of a bundled
    /// scenario wins), then the bundled library.
    /// The scenario files that could not be loaded: those with an error. A trainer's
    /// scenario that takes a bundled one's id replaces it on purpose, and is not counted.
    static func brokenFiles(in library: ScenarioLibrary) -> Set<String> {
        let bundledPaths = Set(BundledScenarios.files.map(\.path))
        return Set(library.diagnostics.filter { diagnostic in
            guard diagnostic.severity == .error else { return false }
            if case .duplicateID = diagnostic.problem, bundledPaths.contains(diagnostic.path) { return false }
            return true
        }.map(\.path))
    }

    static func catalogue(_ arguments: ParsedArguments, in context: ProgramContext, lint: Bool = false) throws(UsageError) -> ScenarioLibrary {
        catalogue(from: try trainerScenarioFiles(arguments, in: context), lint: lint)
    }

    /// The scenario files of every trainer folder, one list per folder, read but not
    /// parsed: a folder that cannot be read is reported here, before any work starts,
    /// even by a command that parses the catalogue only if a post asks for a scenario.
    static func trainerScenarioFiles(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> [[SourceFile]] {
        var folders: [[SourceFile]] = []
        for folder in trainerFolders(arguments, in: context) {
            folders.append(try files(at: folder, in: context).filter { $0.path.hasSuffix(scenarioExtension) })
        }
        return folders
    }

    /// The catalogue parsed from `trainerScenarioFiles(_:in:)`, then the bundled library.
    static func catalogue(from trainerFiles: [[SourceFile]], lint: Bool = false) -> ScenarioLibrary {
        var library = ScenarioLibrary()
        for files in trainerFiles { library.add(files, lint: lint) }
        library.add(BundledScenarios.scenarioFiles, lint: lint, bundled: true)
        return library
    }

    /// `absolute` with every link followed, when what it finally names lies inside one of
    /// `roots` (each also with its links followed); nil otherwise. A policy or plan that
    /// a scenario names is read only through this, so a link inside a trainer's folder
    /// cannot lead Minbar to a file outside it.
    static func confined(_ absolute: String, roots: [String]) -> String? {
        func real(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        guard let target = real(absolute) else { return nil }
        let inside = roots.compactMap(real).contains { root in
            target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
        return inside ? target : nil
    }

    /// A policy or plan file's bytes, read with the scenario file size limit.
    static func readConfined(_ absolute: String, roots: [String]) -> [UInt8]? {
        guard let target = confined(absolute, roots: roots) else { return nil }
        return BoundedFile.contents(target, limit: ScenarioLibrary.maximumFileSize).map(Array.init)
    }
}
