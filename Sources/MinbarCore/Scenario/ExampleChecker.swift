/// Scores every `Examples` post of a scenario and reports the ones whose verdict
/// differs from what the author wrote, and reactions no example draws and branches no
/// example takes, so a scenario
/// tests itself.
public enum ExampleChecker {
    public static func check(_ scenario: Scenario, engine: ScoringEngine, plan: PreparedPlan? = nil,
                             date: CalendarDate? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for beat in scenario.beats {
            let prepared = PreparedBeat(scenario: scenario, beat: beat)
            var drawn = Set<Int>(), taken = Set<Int>()
            for example in beat.examples {
                let report = engine.score(example.text, beat: prepared, plan: plan, date: date)
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
