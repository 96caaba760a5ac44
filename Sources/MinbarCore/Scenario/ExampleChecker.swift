/// Scores every `Examples` post of a scenario and reports the ones whose verdict
/// differs from what the author wrote, and reactions no example draws and branches no
/// example takes, so a scenario
/// tests itself.
public enum ExampleChecker {
    /// - Parameter context: the scoring context for a beat, made as practice makes it, so
    ///   an example's expected verdict means the same in practice.
    public static func check(_ scenario: Scenario, context: (Beat) -> ScoringContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for beat in scenario.beats {
            let scoring = context(beat)
            var drawn = Set<Int>(), taken = Set<Int>()
            for example in beat.examples {
                let report = scoring.score(example.text)
                if report.verdict != example.verdict {
                    let reasons = report.findings.filter { $0.severity != .note }.prefix(3).map { finding in
                        "\(finding.ruleID): \(finding.message)"
                    }
                    diagnostics.append(Diagnostic(path: scenario.path, location: example.location,
                                                  problem: .exampleVerdictMismatch(expected: example.verdict.rawValue,
                                                                                    actual: report.verdict.rawValue, reasons: reasons)))
                }
                if let index = beat.reactions.firstIndex(where: { $0.condition.map { $0.holds(in: report) } ?? true }) {
                    drawn.insert(index)
                }
                if let index = beat.branches.firstIndex(where: { $0.condition.map { $0.holds(in: report) } ?? true }) {
                    taken.insert(index)
                }
            }
            guard !beat.examples.isEmpty else { continue }
            for (index, reaction) in beat.reactions.enumerated() where !drawn.contains(index) {
                diagnostics.append(Diagnostic(path: scenario.path, location: reaction.location,
                                              problem: .reactionNotExercised(reaction.conditionText)))
            }
            for (index, branch) in beat.branches.enumerated() where !taken.contains(index) {
                diagnostics.append(Diagnostic(path: scenario.path, location: branch.location,
                                              problem: .branchNotExercised(branch.conditionText)))
            }
        }
        return diagnostics
    }
}
