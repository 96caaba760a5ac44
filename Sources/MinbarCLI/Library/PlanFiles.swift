import Foundation
import MinbarCore

/// Finds communication plans: a file the user names, a bundled sample plan by id
/// (`minbar timeline --plan sadeem-2027`), or the plan a scenario names (which must lie
/// inside the scenario's folder, like its policy).
enum PlanFiles {
    static var bundled: [CommunicationPlan] {
        BundledScenarios.files.filter { $0.path.hasSuffix(ScenarioFiles.planExtension) }.compactMap {
            PlanParser.parse(SourceText(path: $0.path, bytes: $0.bytes)).plan
        }
    }

    /// A plan by file path or bundled id; a broken or missing one is a usage error.
    static func load(_ reference: String, in context: ProgramContext) throws(UsageError) -> CommunicationPlan {
        if !reference.contains("/") && !reference.hasSuffix(ScenarioFiles.planExtension) {
            guard let plan = bundled.first(where: { $0.id == reference }) else {
                throw .invalidValue(option: "--plan", value: reference,
                                    expected: "a .plan.md file or a bundled plan: " + bundled.map(\.id).sorted().joined(separator: ", "))
            }
            return plan
        }
        guard let data = FileManager.default.contents(atPath: context.absolutePath(reference)) else { throw .fileNotFound(reference) }
        let result = PlanParser.parse(SourceText(path: reference, bytes: Array(data)))
        guard let plan = result.plan else {
            let first = result.diagnostics.first { $0.severity == .error }
            // The first error's place and its message in the interface's language (the
            // English `formatted` sat inside an Arabic sentence).
            throw .unreadable(reference, reason: "the plan has errors"
                + (first.map { " (\($0.path):\($0.location.line):\($0.location.column): \($0.message(context.language)))" } ?? ""))
        }
        return plan
    }

    /// The plan a scenario names, when it names one and it can be read.
    static func plan(for scenario: Scenario, roots: [String], in context: ProgramContext) -> CommunicationPlan? {
        guard let relative = scenario.plan, let joined = ScenarioFiles.resolve(relative, besides: scenario.path) else { return nil }
        if BundledScenarios.files.contains(where: { $0.path == scenario.path }),
           let file = BundledScenarios.files.first(where: { $0.path == joined }) {
            return PlanParser.parse(SourceText(path: joined, bytes: file.bytes)).plan
        }
        let absolute = context.absolutePath(joined)
        // Links are followed first, then the file must still be inside a root.
        guard let bytes = ScenarioFiles.readConfined(absolute, roots: roots.map { context.absolutePath($0) }) else { return nil }
        return PlanParser.parse(SourceText(path: joined, bytes: bytes)).plan
    }
}
