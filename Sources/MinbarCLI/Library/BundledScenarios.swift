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
