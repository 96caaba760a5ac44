import Testing
@testable import MinbarCore

@Suite struct ScenarioLinterTests {
    func lint(_ text: String) throws -> [Problem] {
        let result = parse(text)
        let scenario = try #require(result.scenario, "\(result.diagnostics.map(\.formatted))")
        return ScenarioLinter.lint(scenario).map(\.problem)
    }

    let beats = """
    # Beats
    id: crisis-beats
    kind: crisis
    audience: public
    platform: x
    language: en
    difficulty: 3

    ## Beat a: First
    ### Situation
    Something happens.
    ### Goals
    - say sorry: sorry
    ### Reactions
    - when overall >= 50: Calm.
    - when overall >= 70: Applause.
    - when alignment > 100: Never.
    - otherwise: Anger.
    ### Branches
    - when overall >= 0: b
    - otherwise: c
    ### Examples
    - ready: We are sorry.

    ## Beat b: Second
    ### Situation
    More happens.

    ## Beat c: Third
    ### Situation
    Nobody gets here.

    ## Beat d: Fourth
    ### Situation
    Nor here, unless c falls through.
    """

    @Test func findsDeadReactionsBranchesAndBeats() throws {
        let problems = try lint(beats)
        #expect(problems.contains(.conditionShadowed("overall >= 70", byLine: 15)))
        #expect(problems.contains(.conditionNeverHolds("alignment > 100")))
        #expect(problems.contains(.conditionShadowed("otherwise", byLine: 20)))
        // b falls through to c, c to d: all reachable although the branch to c is dead.
        #expect(!problems.contains { if case .unreachableBeat = $0 { true } else { false } })
    }

    @Test func findsBeatsNoPathReaches() throws {
        let text = beats
            .replacingOccurrences(of: "More happens.", with: "More happens.\n### Branches\n- otherwise: end")
            .replacingOccurrences(of: "Nobody gets here.", with: "Nobody gets here.\n### Branches\n- otherwise: end")
        let problems = try lint(text)
        #expect(problems.contains(.unreachableBeat("d")))
        #expect(!problems.contains(.unreachableBeat("c")))
    }

    @Test func cleanScenarioHasNoWarnings() throws {
        let text = canonicalScenario + "\n## Examples\n- ready: Q3 gross margin was 37%.\n"
        #expect(try lint(text).allSatisfy { $0.severity == .note })
    }

    @Test func notesTheMoveInferredForGoalsWithoutOne() throws {
        let problems = try lint(canonicalScenario + "\n## Examples\n- ready: Q3 gross margin was 37%.\n")
        #expect(problems.contains(.inferredMove(goal: "explain", move: "cause")))
        #expect(problems.contains(.inferredMove(goal: "plan", move: "commit")))
        let declared = canonicalScenario.replacingOccurrences(of: "- explain: freight, input costs, supply",
                                                              with: "- explain: freight, input costs, supply | move: cause")
        #expect(!(try lint(declared + "\n## Examples\n- ready: x.\n")).contains(.inferredMove(goal: "explain", move: "cause")))
    }

    /// Topic words are matched as written: an English scenario whose goal has only Arabic
    /// words cannot be met by any English draft (`GoalCoverageRule` says so to the drafter).
    @Test func warnsAboutAGoalWordedOnlyInTheOtherLanguage() throws {
        let examples = "\n## Examples\n- ready: Q3 gross margin was 37%.\n"
        let arabicCues = canonicalScenario.replacingOccurrences(of: "- explain: freight, input costs, supply", with: "- explain: الشحن، تكاليف المدخلات")
        #expect(try lint(arabicCues + examples).contains(.goalInOtherLanguage("explain", scenarioLanguage: .en)))
        let bilingual = canonicalScenario.replacingOccurrences(of: "- explain: freight, input costs, supply", with: "- explain: freight, الشحن")
        #expect(!(try lint(bilingual + examples)).contains { if case .goalInOtherLanguage = $0 { true } else { false } })
        // "37%" and "margin" in an Arabic scenario: the figure can be met, "margin" alone cannot.
        let arabic = canonicalScenario.replacingOccurrences(of: "language: en", with: "language: ar")
        let problems = try lint(arabic + examples)
        #expect(!problems.contains(.goalInOtherLanguage("acknowledge", scenarioLanguage: .ar)))
        #expect(problems.contains(.goalInOtherLanguage("explain", scenarioLanguage: .ar)))
        let any = canonicalScenario.replacingOccurrences(of: "language: en", with: "language: any")
        #expect(!(try lint(any + examples)).contains { if case .goalInOtherLanguage = $0 { true } else { false } })
    }

    @Test func warnsAboutGoalsWithoutCuesAndMissingExamples() throws {
        let text = canonicalScenario.replacingOccurrences(of: "- explain: freight, input costs, supply", with: "- explain:")
        let problems = try lint(text)
        #expect(problems.contains(.goalWithoutCues("explain")))
        #expect(problems.contains(.noExamples))
    }

    /// Found by a new user: two goals with one label passed `check` silently, and a post
    /// that missed it was told so twice. Case and spacing aside, in either language.
    @Test func warnsAboutAGoalListedTwiceInABeat() throws {
        let text = canonicalScenario.replacingOccurrences(of: "- explain: freight, input costs, supply",
                                                          with: "- explain: freight, input costs, supply\n- Explain : supply chain")
        let problems = try lint(text)
        #expect(problems.contains { if case .duplicateGoal(let label, _) = $0 { label.lowercased().hasPrefix("explain") } else { false } })
        #expect(!(try lint(canonicalScenario)).contains { if case .duplicateGoal = $0 { true } else { false } })
        let scenario = try #require(parse(text).scenario)
        let diagnostic = try #require(ScenarioLinter.lint(scenario).first { if case .duplicateGoal = $0.problem { true } else { false } })
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message(.ar).contains("مرتين") && diagnostic.message(.en).contains("twice"))
    }
}

@Suite struct ScenarioLibraryTests {
    @Test func oneBrokenFileDoesNotStopTheOthers() throws {
        let good = SourceFile(path: "a/good.scenario.md", text: canonicalScenario)
        let broken = SourceFile(path: "a/broken.scenario.md", text: "# Broken\nid: broken\nkind: nonsense\n")
        let arabic = SourceFile(path: "b/ar.scenario.md", text: canonicalScenario
            .replacingOccurrences(of: "id: investor-q3-margins", with: "id: investor-q3-ar")
            .replacingOccurrences(of: "language: en", with: "language: ar"))
        let library = ScenarioLibrary(files: [broken, good, arabic])
        #expect(library.fileCount == 3)
        #expect(library.scenarios.map(\.id) == ["investor-q3-margins", "investor-q3-ar"])
        #expect(library.diagnostics.contains { $0.path == "a/broken.scenario.md" && $0.severity == .error })
    }

    @Test func duplicateIdsAcrossFoldersAreErrors() throws {
        let first = SourceFile(path: "one/q3.scenario.md", text: canonicalScenario)
        let second = SourceFile(path: "two/q3-copy.scenario.md", text: canonicalScenario)
        let library = ScenarioLibrary(files: [first, second])
        #expect(library.scenarios.count == 1)
        let duplicate = try #require(library.diagnostics.first { $0.problem == .duplicateID("investor-q3-margins", otherPath: "one/q3.scenario.md") })
        #expect(duplicate.path == "two/q3-copy.scenario.md")
        #expect(duplicate.location == SourceLocation(line: 2, column: 5))
    }

    @Test func oversizedAndUnreadableFilesAreReported() {
        var library = ScenarioLibrary()
        library.add(SourceFile(path: "huge.scenario.md", bytes: Array(repeating: 0x41, count: ScenarioLibrary.maximumFileSize + 1)))
        library.add(SourceFile(path: "locked.scenario.md", readProblem: .unreadableFile(reason: "permission denied")))
        #expect(library.diagnostics.map(\.problem.code) == ["file-too-large", "unreadable-file"])
    }
}
