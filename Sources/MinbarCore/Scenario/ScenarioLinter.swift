/// The trainer's quicktest on one parsed scenario: beats no branch reaches, reactions
/// and branches that can never fire, goals no post can meet, a scenario with nothing
/// to test it. (Examples are scored by `ExampleChecker` once rules exist.)
public enum ScenarioLinter {
    public static func lint(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ problem: Problem, at location: SourceLocation) {
            diagnostics.append(Diagnostic(path: scenario.path, location: location, problem: problem))
        }

        for beat in scenario.beats {
            for goal in beat.goals where goal.cues.isEmpty {
                report(.goalWithoutCues(goal.label), at: goal.location)
            }
            // Labels compared as a reader sees them: case and spacing aside.
            var firstGoal: [String: SourceLocation] = [:]
            for goal in beat.goals {
                let key = TextNormalizer.normalize(goal.label).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if let first = firstGoal[key] {
                    report(.duplicateGoal(goal.label, firstLine: first.line), at: goal.location)
                } else {
                    firstGoal[key] = goal.location
                }
            }
            if let draft = scenario.language.draftLanguage {
                for goal in beat.goals where !goal.canBeMet(byDraftIn: draft) {
                    report(.goalInOtherLanguage(goal.label, scenarioLanguage: scenario.language), at: goal.location)
                }
            }
            for goal in beat.goals where goal.declaredMove == nil {
                report(.inferredMove(goal: goal.label, move: goal.move.rawValue), at: goal.location)
            }
            let hasAlignment = !beat.goals.isEmpty
            checkOrder(beat.reactions.map { ($0.condition, $0.conditionText, $0.location) }, alignment: hasAlignment, report: report)
            checkOrder(beat.branches.map { ($0.condition, $0.conditionText, $0.location) }, alignment: hasAlignment, report: report)
        }

        diagnostics += timeline(scenario)

        for id in unreachableBeats(in: scenario) {
            if let beat = scenario.beat(id) { report(.unreachableBeat(id), at: beat.location) }
        }

        if scenario.beats.allSatisfy({ $0.examples.isEmpty }) {
            report(.noExamples, at: SourceLocation(line: 1, column: 1))
        }
        return diagnostics
    }

    /// Branches that send the story back in simulated time or round to the start, and a
    /// beat that falls through to an earlier time. (A beat without `at:` is the parser's.)
    static func timeline(_ scenario: Scenario) -> [Diagnostic] {
        guard scenario.hasBeats, let first = scenario.beats.first else { return [] }
        var diagnostics: [Diagnostic] = []
        for (index, beat) in scenario.beats.enumerated() {
            for branch in beat.branches {
                guard case .beat(let id) = branch.target, let target = scenario.beat(id) else { continue }
                let problem: Problem
                if id == first.id || id == beat.id {
                    problem = .loopsBack(to: id, isStart: id == first.id)
                } else if target.at < beat.at {
                    problem = .timeRunsBackwards(from: beat.id, fromTime: beat.at.description, to: id, toTime: target.at.description)
                } else {
                    continue
                }
                diagnostics.append(Diagnostic(path: scenario.path, location: branch.location, problem: problem))
            }
            let fallsThrough = !beat.branches.contains { $0.condition == nil }
            if fallsThrough, index + 1 < scenario.beats.count, scenario.beats[index + 1].at < beat.at {
                let next = scenario.beats[index + 1]
                diagnostics.append(Diagnostic(path: scenario.path, location: next.location,
                                              problem: .timeRunsBackwards(from: beat.id, fromTime: beat.at.description,
                                                                          to: next.id, toTime: next.at.description)))
            }
        }
        return diagnostics
    }

    /// Items are tried top to bottom and the first that holds wins, so an item can be
    /// dead on its own (never holds) or behind the ones above it (shadowed).
    static func checkOrder(_ items: [(Condition?, String, SourceLocation)], alignment: Bool,
                           report: (Problem, SourceLocation) -> Void) {
        var earlier: [(Condition, SourceLocation)] = []
        for (condition, text, location) in items {
            guard let condition else {
                if !earlier.isEmpty,
                    !ConditionSatisfiability.otherwiseReachable(after: earlier.map(\.0), alignmentAvailable: alignment) {
                    report(.conditionShadowed("otherwise", byLine: earlier.last!.1.line), location)
                }
                continue
            }
            if !ConditionSatisfiability.canHold(condition, alignmentAvailable: alignment) {
                report(.conditionNeverHolds(text), location)
            } else if !ConditionSatisfiability.canHold(condition, unless: earlier.map(\.0), alignmentAvailable: alignment) {
                // Name the single earlier item that covers it when there is one.
                let culprit = earlier.first { !ConditionSatisfiability.canHold(condition, unless: [$0.0], alignmentAvailable: alignment) }
                report(.conditionShadowed(text, byLine: (culprit ?? earlier.last!).1.line), location)
            }
            earlier.append((condition, location))
        }
    }

    /// Beats that no path from the first beat leads to. A beat whose branches can all
    /// fail (no `otherwise`) falls through to the next beat in the file.
    public static func unreachableBeats(in scenario: Scenario) -> [String] {
        guard let first = scenario.beats.first else { return [] }
        var reached: Set<String> = [first.id]
        var queue = [first.id]
        while let id = queue.popLast() {
            guard let index = scenario.beats.firstIndex(where: { $0.id == id }) else { continue }
            let beat = scenario.beats[index]
            var next: [String] = beat.branches.compactMap {
                if case .beat(let target) = $0.target { return target }
                return nil
            }
            if !beat.branches.contains(where: { $0.condition == nil }), index + 1 < scenario.beats.count {
                next.append(scenario.beats[index + 1].id)
            }
            for target in next where !reached.contains(target) {
                reached.insert(target)
                queue.append(target)
            }
        }
        return scenario.beats.map(\.id).filter { !reached.contains($0) }
    }
}
