import Testing
@testable import MinbarCore

/// One case per diagnostic kind: a small change to the canonical example, and the
/// exact line, column and problem it must produce.
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    var name: String
    var replace: String
    var with: String
    var line: Int
    var column: Int
    var problem: Problem
    var testDescription: String { name }
}

let diagnosticCases: [DiagnosticCase] = [
    DiagnosticCase(name: "unknown key with suggestion", replace: "kind: investor", with: "knid: investor\nkind: investor",
                   line: 3, column: 1, problem: .unknownKey("knid", suggestion: "kind")),
    DiagnosticCase(name: "invalid kind", replace: "kind: investor", with: "kind: investors",
                   line: 3, column: 7, problem: .invalidValue(key: "kind", value: "investors",
                                                              expected: "one of investor, employee, media, crisis, community")),
    DiagnosticCase(name: "invalid difficulty", replace: "difficulty: 2", with: "difficulty: 5",
                   line: 7, column: 13, problem: .invalidValue(key: "difficulty", value: "5", expected: "1, 2 or 3")),
    DiagnosticCase(name: "missing key", replace: "platform: x\n", with: "",
                   line: 1, column: 1, problem: .missingKey("platform")),
    DiagnosticCase(name: "duplicate key", replace: "language: en", with: "language: en\nlanguage: ar",
                   line: 7, column: 1, problem: .duplicateKey("language", firstLine: 6)),
    DiagnosticCase(name: "invalid id", replace: "id: investor-q3-margins", with: "id: Investor Q3",
                   line: 2, column: 5, problem: .invalidIdentifier("Investor Q3")),
    DiagnosticCase(name: "unknown section with suggestion", replace: "## Avoid", with: "## Avoids",
                   line: 20, column: 4, problem: .unknownSection("Avoids", suggestion: "Avoid", allowed: ScenarioParser.sectionNames)),
    DiagnosticCase(name: "unknown need with suggestion", replace: "needs: date", with: "needs: dates",
                   line: 17, column: 40, problem: .unknownNeed("dates", suggestion: "date")),
    DiagnosticCase(name: "unknown move with suggestion", replace: "needs: date", with: "needs: date | move: shedule",
                   line: 17, column: 53, problem: .unknownMove("shedule", suggestion: "schedule")),
    DiagnosticCase(name: "malformed confidential item", replace: "## Facts", with: "## Confidential\n- : the approach\n\n## Facts",
                   line: 25, column: 3, problem: .malformedItem(section: "confidential", expected: "'- label: term, term'")),
    DiagnosticCase(name: "malformed goal", replace: "- explain: freight, input costs, supply", with: "explain freight",
                   line: 16, column: 1, problem: .malformedItem(section: "goals", expected: "'- label: cue, cue | needs: figure'")),
    DiagnosticCase(name: "condition with unknown score", replace: "when compliance < 60", with: "when complaince < 60",
                   line: 29, column: 8, problem: .unknownScore("complaince", suggestion: "compliance")),
    DiagnosticCase(name: "condition missing number", replace: "when alignment >= 80", with: "when alignment >=",
                   line: 30, column: 20, problem: .invalidCondition("expected a number from 0 to 100")),
    DiagnosticCase(name: "condition out of range", replace: "when alignment >= 80", with: "when alignment >= 180",
                   line: 30, column: 21, problem: .invalidCondition("scores run from 0 to 100, not 180")),
    DiagnosticCase(name: "otherwise not last", replace: "- otherwise: The thread keeps asking whether margins will recover.",
                   with: "- otherwise: The thread keeps asking.\n- when overall > 90: Applause.",
                   line: 32, column: 3, problem: .otherwiseNotLast(section: "Reactions")),
    DiagnosticCase(name: "reactions without otherwise", replace: "- otherwise: The thread keeps asking whether margins will recover.",
                   with: "", line: 30, column: 3, problem: .missingOtherwise(section: "Reactions")),
    DiagnosticCase(name: "fact without a number", replace: "- gross margin q2: 41%", with: "- gross margin q2: lower",
                   line: 26, column: 20, problem: .invalidNumber("lower")),
    DiagnosticCase(name: "unknown verdict", replace: "## Reactions", with: "## Examples\n- readdy: A post.\n## Reactions",
                   line: 29, column: 3, problem: .unknownVerdict("readdy", suggestion: "ready")),
    DiagnosticCase(name: "branches without beats", replace: "## Reactions", with: "## Branches\n- otherwise: end\n## Reactions",
                   line: 28, column: 4, problem: .sectionNeedsBeat("Branches")),
    DiagnosticCase(name: "unterminated comment", replace: "## Facts", with: "<!-- forgot to close\n## Facts",
                   line: 24, column: 1, problem: .unterminatedComment),
    DiagnosticCase(name: "missing title", replace: "# Analyst asks about margins after Q3\n", with: "",
                   line: 1, column: 1, problem: .missingTitle),
    DiagnosticCase(name: "beat heading without an id", replace: "## Situation", with: "## Beat\n\n## Situation",
                   line: 9, column: 4, problem: .malformedBeatHeading),
    DiagnosticCase(name: "text outside a section", replace: "difficulty: 2\n", with: "difficulty: 2\nThis line is stray.\n",
                   line: 8, column: 1, problem: .unexpectedText(context: "outside any section")),
]

@Suite struct ScenarioDiagnosticsTests {
    @Test(arguments: diagnosticCases)
    func eachProblemIsReportedWhereItIs(_ testCase: DiagnosticCase) throws {
        #expect(canonicalScenario.contains(testCase.replace), "the case must change the example")
        let text = canonicalScenario.replacingOccurrences(of: testCase.replace, with: testCase.with)
        let result = parse(text, path: "scenarios/q3.scenario.md")
        let match = result.diagnostics.first { $0.problem == testCase.problem }
        let found = try #require(match, "got: \(result.diagnostics.map { "\($0.formatted) [\($0.problem)]" })")
        #expect(found.location == SourceLocation(line: testCase.line, column: testCase.column),
                "\(found.formatted)")
        #expect(found.formatted.hasPrefix("scenarios/q3.scenario.md:\(testCase.line):\(testCase.column): \(found.severity.rawValue): "))
        if found.severity == .error { #expect(result.scenario == nil) }
    }

    @Test func hintsSuggestTheClosestSpelling() {
        #expect(Problem.unknownKey("plaform", suggestion: "platform").hint == "did you mean 'platform'?")
        #expect(Suggestion.closest(to: "plaform", among: ScenarioParser.headerKeys) == "platform")
        #expect(Suggestion.closest(to: "zzzzzz", among: ScenarioParser.headerKeys) == nil)
    }

    @Test func aSuggestionIsNeverTheWordAsTyped() {
        #expect(Suggestion.closest(to: "title", among: ["title"]) == nil)
        #expect(Suggestion.closest(to: "title", among: ["title", "tile"]) == "tile")
        #expect(Suggestion.closest(to: "Kind", among: ["kind"]) == "kind", "a slip of case is still worth naming")
    }

    /// Front matter copied from other tools (`title: …`) was told "did you mean 'title'?".
    @Test func aTitleWrittenAsAKeyIsSentToTheHeadingLine() throws {
        let result = ScenarioParser.parse(path: "q3.scenario.md", text: "title: Margins\n" + canonicalScenario)
        let found = try #require(result.diagnostics.first { $0.location.line == 1 && $0.problem.code == "unknown-key" })
        #expect(found.formatted.hasPrefix("q3.scenario.md:1:1: warning: unknown key 'title'"), "\(found.formatted)")
        let hint = try #require(found.problem.hint)
        #expect(!hint.contains("did you mean"))
        #expect(hint.contains("'# Title'") && hint.contains("first"), "\(hint)")
        let arabic = try #require(found.problem.hint(.ar))
        #expect(!arabic.contains("هل تقصد"))
        #expect(arabic.contains("'# Title'") && arabic.contains("الأول"), "\(arabic)")
        #expect(found.problem.message(.ar) == "مفتاح غير معروف 'title'")
    }

    /// Front matter fenced with `---` as other tools write it, and a key whose colon was
    /// forgotten, were "text outside any section is ignored" with nothing to go on.
    @Test func frontMatterFencesAndAKeyWithoutItsColonGetAHint() throws {
        let text = "---\nid q3-margins\n---\n" + canonicalScenario
        let result = ScenarioParser.parse(path: "q3.scenario.md", text: text)
        let fences = result.diagnostics.filter { $0.problem == .frontMatterFence }
        #expect(fences.map(\.location.line) == [1, 3], "\(result.diagnostics.map(\.formatted))")
        #expect(fences.allSatisfy { $0.problem.code == "unexpected-text" && $0.severity == .warning })
        let fence = try #require(fences.first)
        #expect(fence.problem.hint?.contains("'# Title'") == true)
        let key = try #require(result.diagnostics.first { $0.location.line == 2 }, "\(result.diagnostics.map(\.formatted))")
        #expect(key.problem == .keyWithoutColon(key: "id", value: "q3-margins"))
        #expect(key.problem.hint == "did you mean 'id: q3-margins'?")
        #expect(key.problem.hint(.ar) == "هل تقصد 'id: q3-margins'؟")
        // A sentence that starts with a key's name, a fence after the title, and any other
        // stray line are still just ignored text.
        let prose = ScenarioParser.parse(path: "q3.scenario.md", text: canonicalScenario.replacingOccurrences(
            of: "\n## Situation", with: "\naudience reaction to the results was mixed.\n---\n## Situation"))
        #expect(!prose.diagnostics.contains { $0.problem == .frontMatterFence || $0.problem.hint?.contains("did you mean") == true },
                "\(prose.diagnostics.map(\.formatted))")
        #expect(prose.diagnostics.filter { $0.problem.code == "unexpected-text" }.count == 2, "\(prose.diagnostics.map(\.formatted))")
        let stray = ScenarioParser.parse(path: "q3.scenario.md", text: "Draft two, please review\n" + canonicalScenario)
        #expect(stray.diagnostics.contains { $0.location.line == 1 && $0.problem.code == "unexpected-text" }
                    && !stray.diagnostics.contains { $0.problem.hint?.contains("did you mean") == true || $0.problem == .frontMatterFence },
                "\(stray.diagnostics.map(\.formatted))")
    }

    /// A trainer's file often opens with a comment (who wrote it, when it was reviewed).
    /// A missing key was reported at 1:1, pointing into that comment; it belongs to the
    /// header, which starts at the title line.
    @Test func aMissingKeyIsReportedAtTheTitleNotInALeadingComment() throws {
        let comment = "<!-- Written by the comms team, reviewed 2026-11-02.\n     Internal: do not share outside the training group. -->\n\n"
        let text = comment + canonicalScenario.replacingOccurrences(of: "platform: x\n", with: "")
        let result = parse(text, path: "scenarios/q3.scenario.md")
        let found = try #require(result.diagnostics.first { $0.problem == .missingKey("platform") }, "\(result.diagnostics.map(\.formatted))")
        #expect(found.location == SourceLocation(line: 4, column: 1), "\(found.formatted)")
        #expect(found.formatted.hasPrefix("scenarios/q3.scenario.md:4:1: error: the required key 'platform' is missing"))
        #expect(found.problem.message(.ar) == "المفتاح المطلوب 'platform' غير موجود")
    }

    /// Without a title, the title (and every key after it) is missing where the file's
    /// text starts: the first line that is neither blank nor inside a comment.
    @Test func aMissingTitleIsReportedWhereTheTextStarts() throws {
        let arabic = """
        <!-- سيناريو تدريبي: انقطاع المياه، مراجعة فريق الاتصال -->

        id: community-water-cut
        kind: community
        audience: السكان
        platform: x
        difficulty: 2

        ## Situation
        انقطعت المياه عن حي الخوض منذ الصباح.
        """
        let result = parse(arabic, path: "scenarios/water.scenario.md")
        let title = try #require(result.diagnostics.first { $0.problem == .missingTitle }, "\(result.diagnostics.map(\.formatted))")
        #expect(title.location == SourceLocation(line: 3, column: 1), "\(title.formatted)")
        let language = try #require(result.diagnostics.first { $0.problem == .missingKey("language") })
        #expect(language.location == SourceLocation(line: 3, column: 1), "\(language.formatted)")
    }

    /// The same for a communication plan (and a policy's title): the header starts at the title.
    @Test func aPlanMissingItsIdIsReportedAtItsTitle() throws {
        let text = "<!-- Sadeem Logistics, 2027 plan; owner: corporate communications -->\n\n"
            + samplePlanText.replacingOccurrences(of: "id: sadeem-test\n", with: "")
        let result = PlanParser.parse(path: "plans/sadeem.plan.md", text: text)
        let found = try #require(result.diagnostics.first { $0.problem == .missingKey("id") }, "\(result.diagnostics.map(\.formatted))")
        #expect(found.location == SourceLocation(line: 3, column: 1), "\(found.formatted)")
        let untitled = PlanParser.parse(path: "plans/sadeem.plan.md",
                                        text: "<!-- draft -->\n" + samplePlanText.replacingOccurrences(of: "# Sadeem Logistics communication plan 2027\n", with: ""))
        let title = try #require(untitled.diagnostics.first { $0.problem == .missingTitle })
        #expect(title.location == SourceLocation(line: 2, column: 1), "\(title.formatted)")
        let policy = PolicyParser.parse(path: "sadeem.policy.md", text: "<!-- policy draft -->\n"
            + samplePolicy.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n"))
        let policyTitle = try #require(policy.diagnostics.first { $0.problem == .missingTitle }, "\(policy.diagnostics.map(\.formatted))")
        #expect(policyTitle.location == SourceLocation(line: 2, column: 1), "\(policyTitle.formatted)")
    }

    @Test func invalidUTF8IsReportedWithItsByteOffset() throws {
        var bytes = Array(canonicalScenario.utf8)
        let offset = bytes.count - 10
        bytes[offset] = 0xFF
        let source = SourceText(path: "bad.scenario.md", bytes: bytes)
        let result = ScenarioParser.parse(source)
        let diagnostic = try #require(result.diagnostics.first { $0.problem == .invalidUTF8(byteOffset: offset) })
        #expect(diagnostic.location.line == 31)
        #expect(result.scenario == nil)
    }

    @Test func nulBytesAreRefused() {
        let bytes = Array("# T\u{0}\nid: x".utf8)
        let result = ScenarioParser.parse(SourceText(path: "nul.scenario.md", bytes: bytes))
        #expect(result.diagnostics.contains { $0.problem == .nulByte(byteOffset: 3) })
        #expect(result.scenario == nil)
        // Reported where it stands (line 1, column 4), not at the start of the file.
        #expect(result.diagnostics.first { $0.problem == .nulByte(byteOffset: 3) }?.location == SourceLocation(line: 1, column: 4))
        let later = ScenarioParser.parse(SourceText(path: "nul.scenario.md", bytes: Array("# عنوان\nid: x\nkind: cr\u{0}isis".utf8)))
        #expect(later.diagnostics.first?.location == SourceLocation(line: 3, column: 9), "\(later.diagnostics)")
        let plan = PlanParser.parse(SourceText(path: "p.plan.md", bytes: Array("# Plan\nid: p\u{0}".utf8)))
        #expect(plan.diagnostics.first { $0.problem == .nulByte(byteOffset: 12) }?.location == SourceLocation(line: 2, column: 6), "\(plan.diagnostics)")
    }

    @Test func arbitraryBytesNeverCrashTheParser() {
        // A seeded generator: the same cases on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        let base = Array(canonicalScenario.utf8)
        let fragments = ["## Beat x: y\n", "### Branches\n- when", " and (", "- otherwise:", "<!--", "٣٧٪", "\r", "\t", "|", "needs:", "## Goals\n- a:"]
        for _ in 0..<500 {
            var bytes = base
            for _ in 0..<Int(next() % 6) + 1 {
                let position = Int(next() % UInt64(bytes.count))
                switch next() % 3 {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
                default: bytes.insert(contentsOf: Array(fragments[Int(next() % UInt64(fragments.count))].utf8), at: position)
                }
            }
            let result = ScenarioParser.parse(SourceText(path: "fuzz.scenario.md", bytes: bytes))
            if result.scenario == nil {
                #expect(result.diagnostics.hasErrors, "a rejected file must say why")
            }
            if let scenario = result.scenario { _ = ScenarioLinter.lint(scenario) }
        }
    }
}
