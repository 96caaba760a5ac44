import Foundation
import MinbarCore

/// Loads policy files: one named with `--policy`, or one a scenario names with
/// `policy:`. A scenario's policy must lie inside the folder the scenario came from
/// (or the bundled library), so a shared scenario file cannot make Minbar read
/// anything else on the machine.
final class PolicyFiles {
    private let context: ProgramContext
    /// Each policy file a scenario named, read once: its policy, or nil and its problems.
    private var files: [String: (policy: MinbarCore.Policy?, problems: [Diagnostic])] = [:]
    /// What each scenario's `policy:` came to, worked out once, with the problems it met.
    private var byScenario: [String: (policy: MinbarCore.Policy?, problems: [Diagnostic])] = [:]
    /// Engines by the policies they apply: compiling every rule's lexicons is the costly
    /// part, so scenarios sharing a policy share an engine.
    private var engines: [String: ScoringEngine] = [:]
    /// Problems found in policy files, reported once each.
    private(set) var diagnostics: [Diagnostic] = []

    init(context: ProgramContext) { self.context = context }

    /// The engine for a scenario and the policy layers it applies: the default policy,
    /// then the organisation's (`--policy`), then the scenario's own on top (the most
    /// specific wins); `only` and `disabled` choose the rules.
    func engine(for scenario: Scenario?, roots: [String], organisationPolicy: MinbarCore.Policy? = nil,
                only: Set<String>? = nil, disabled: Set<String> = []) -> (engine: ScoringEngine, layers: [ScoringContext.PolicyLayer]) {
        let scenarioPolicy = scenario.flatMap { self.policy(for: $0, roots: roots) }
        var layers: [ScoringContext.PolicyLayer] = []
        var policy = MinbarCore.Policy.standard
        if let organisationPolicy {
            policy = organisationPolicy.merged(over: policy)
            layers.append(.init(origin: .organisation, name: organisationPolicy.name, path: organisationPolicy.path))
        }
        if let scenarioPolicy {
            policy = scenarioPolicy.merged(over: policy)
            layers.append(.init(origin: .scenario, name: scenarioPolicy.name, path: scenarioPolicy.path))
        }
        let key = layers.map { $0.path ?? $0.name }.joined(separator: "|")
        if let engine = engines[key] { return (engine, layers) }
        let engine = ScoringEngine(policy: policy, only: only, disabled: disabled)
        engines[key] = engine
        return (engine, layers)
    }

    /// The policy file the user named; unreadable or broken is a usage error.
    func load(userPath: String) throws(UsageError) -> MinbarCore.Policy {
        let absolute = context.absolutePath(userPath)
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw FileManager.default.fileExists(atPath: absolute) ? .unreadable(userPath, reason: "cannot read the file") : .fileNotFound(userPath)
        }
        let result = PolicyParser.parse(SourceText(path: userPath, bytes: Array(data)))
        diagnostics += result.diagnostics
        guard let policy = result.policy else {
            throw .unreadable(userPath, reason: "the policy has errors (run 'minbar check \(userPath)')")
        }
        return policy
    }

    /// The policy a scenario names, or nil when it names none or it cannot be used
    /// (the reason is added to `diagnostics`, once, and kept in `problems(for:)`).
    func policy(for scenario: Scenario, roots: [String]) -> MinbarCore.Policy? {
        if let known = byScenario[scenario.path] { return known.policy }
        let read = read(for: scenario, roots: roots)
        byScenario[scenario.path] = read
        for problem in read.problems where !diagnostics.contains(problem) { diagnostics.append(problem) }
        return read.policy
    }

    /// The problems met reading the policy `scenario` names, once `policy(for:roots:)` has
    /// read it: a file not found or outside the folder, or the file's own errors.
    func problems(for scenario: Scenario) -> [Diagnostic] { byScenario[scenario.path]?.problems ?? [] }

    private func read(for scenario: Scenario, roots: [String]) -> (policy: MinbarCore.Policy?, problems: [Diagnostic]) {
        guard let relative = scenario.policy else { return (nil, []) }
        let location = scenario.referenceLocations["policy"] ?? SourceLocation(line: 1, column: 1)
        guard let joined = ScenarioFiles.resolve(relative, besides: scenario.path) else {
            return (nil, [Diagnostic(path: scenario.path, location: location,
                                     problem: .invalidValue(key: "policy", value: relative, expected: Problem.insideTheScenarioFolder))])
        }
        if let known = files[joined] { return known }
        var bytes: [UInt8]?
        if let bundled = BundledScenarios.files.first(where: { $0.path == joined }), scenario.path.hasPrefix("scenarios/"),
           BundledScenarios.files.contains(where: { $0.path == scenario.path }) {
            bytes = bundled.bytes
        } else if !relative.hasPrefix("/") {
            let absolute = context.absolutePath(joined)
            // Links are followed first, then the file must still be inside a root.
            let roots = roots.map { context.absolutePath($0) }
            guard FileManager.default.fileExists(atPath: absolute) else {
                return (nil, [Diagnostic(path: scenario.path, location: location, problem: .referenceNotFound(key: "policy", value: relative))])
            }
            guard ScenarioFiles.confined(absolute, roots: roots) != nil else {
                return (nil, [Diagnostic(path: scenario.path, location: location,
                                         problem: .invalidValue(key: "policy", value: relative, expected: Problem.insideTheScenarioFolder))])
            }
            bytes = ScenarioFiles.readConfined(absolute, roots: roots)
        }
        guard let bytes else {
            return (nil, [Diagnostic(path: scenario.path, location: location, problem: .referenceNotFound(key: "policy", value: relative))])
        }
        let result = PolicyParser.parse(SourceText(path: joined, bytes: bytes))
        files[joined] = (result.policy, result.diagnostics)
        return (result.policy, result.diagnostics)
    }
}
