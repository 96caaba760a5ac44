import Foundation
import PackagePlugin

/// Embeds every file under the package's `scenarios/` folder into the target that uses
/// this plugin, so `minbar` finds its bundled library wherever the binary is run from.
@main
struct EmbedScenarios: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "scenarios")
        let inputs = Self.files(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledScenarioFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) bundled scenario files",
                executable: try context.tool(named: "minbar-embed").url,
                arguments: [root.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    static func files(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey]
        ) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }
}
