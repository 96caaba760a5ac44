import Foundation
import MinbarCore

/// The scenario library compiled into the binary from the package's `scenarios/`
/// folder (see the EmbedScenarios build plugin), so `minbar` has it wherever it runs.
enum BundledScenarios {
    static let files: [SourceFile] = bundledScenarioFilesBase64.map { entry in
        SourceFile(path: entry.path, bytes: Array(Data(base64Encoded: entry.base64) ?? Data()))
    }

    static var scenarioFiles: [SourceFile] {
        files.filter { $0.path.hasSuffix(ScenarioFiles.scenarioExtension) }
    }
}

extension BundledScenarios {
    /// Whether `path` names a file of the bundled library (as scenarios from it record it).
    static func contains(_ path: String) -> Bool {
        bundledPaths.contains(path)
    }

    private static let bundledPaths = Set(files.map(\.path))
}
