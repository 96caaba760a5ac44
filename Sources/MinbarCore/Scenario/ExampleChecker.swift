/// Scores every `Examples` post of a scenario and reports the ones whose verdict
/// differs from what the author wrote, and reactions no example draws and branches no
/// example takes, so a scenario
/// tests itself.
public enum ExampleChecker {
    /// One example post as scored.
    public struct ScoredExample: Sendable {
        public var beat: Beat
        public var example: Example
        public var report: ScoreReport
    }

    /// Every example of `scenario`, scored.
    /// - Parameter context: the scoring context for a beat, made as practice makes it, so
    ///   an example's expected verdict means the same in practice.
    public static func score(_ scenario: Scenario, context: (Beat) -> ScoringContext) -> [ScoredExample] {
        scenario.beats.flatMap { beat in
            let scoring = context(beat)
            return beat.examples.map { ScoredExample(beat: beat, example: $0, report: scoring.score($0.text)) }
        }
    }

    public static func check(_ scenario: Scenario, context: (Beat) -> ScoringContext) -> [Diagnostic] {
        diagnose(scenario, score(scenario, context: context))
    }

    /// Verdict mismatches, reactions no example draws and branches no example takes,
    /// from examples already scored.
    public static func diagnose(_ scenario: Scenario, _ scored: [ScoredExample]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for beat in scenario.beats {
            var drawn = Set<Int>(), taken = Set<Int>()
            let examples = scored.filter { $0.beat.id == beat.id }
            for item in examples {
                let report = item.report, example = item.example
                if report.verdict != example.verdict {
                    let reasons = report.findings.filter { $0.severity != .note }.prefix(3).map { finding in
                        "\(finding.ruleID): \(finding.message)"
                    }
                    diagnostics.append(Diagnostic(path: scenario.path, location: example.location,
                                                  problem: .exampleVerdictMismatch(expected: example.verdict.rawValue,
                                                                                    actual: report.verdict.rawValue, reasons: reasons)))
                }
                // Each example is played as if it were the first post of the story.
                let step = PracticeSession.step(beat, in: scenario,
                                                for: StoryMoment(post: report, beat: beat.id, before: StoryState(scenario: scenario)))
                if let index = step.reactionIndex { drawn.insert(index) }
                if let index = step.branchIndex { taken.insert(index) }
            }
            guard !examples.isEmpty else { continue }
            // Items that read the story are the randomtest's to prove (`check --randomtest`).
            for (index, reaction) in beat.reactions.enumerated() where !drawn.contains(index) && reaction.condition?.readsStory != true {
                diagnostics.append(Diagnostic(path: scenario.path, location: reaction.location,
                                              problem: .reactionNotExercised(reaction.conditionText)))
            }
            for (index, branch) in beat.branches.enumerated() where !taken.contains(index) && branch.condition?.readsStory != true {
                diagnostics.append(Diagnostic(path: scenario.path, location: branch.location,
                                              problem: .branchNotExercised(branch.conditionText)))
            }
        }
        return diagnostics
    }
}
