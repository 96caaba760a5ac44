import MinbarCore

/// `minbar check`: validates scenario files and runs the trainer's quicktest.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Validate scenario files and folders, and run the trainer's quicktest."
    static let operands = "[PATH ...]"
    static let discussion = """
        With no PATH, checks the whole catalogue: the bundled library and the folders given
        by --scenarios and MINBAR_SCENARIOS. Folders are searched recursively for *.scenario.md.
        Besides format errors it warns about beats no branch reaches, reactions and branches
        that can never fire, goals with no cue terms, scenarios without examples and ids used
        twice.

        Exit status: 0 when no file has an error, 1 when one does (or, with --strict, when
        any warning is found), 2 for usage errors.
        """
    static let options = [
        CommonOptions.json,
        OptionSpec("--strict", help: "Treat warnings as errors for the exit status."),
        CommonOptions.scenarios,
        CommonOptions.noColor,
    ] + ScoringContextBuilder.options.filter { ["--policy", "--plan", "--date"].contains($0.name) }

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        var files: [SourceFile] = []
        var bundledFiles: [SourceFile] = []
        if arguments.positionals.isEmpty {
            for folder in ScenarioFiles.trainerFolders(arguments, in: context) {
                files += try ScenarioFiles.files(at: folder, in: context)
            }
            bundledFiles = BundledScenarios.files.filter { file in
                [ScenarioFiles.scenarioExtension, ScenarioFiles.policyExtension, ScenarioFiles.planExtension].contains { file.path.hasSuffix($0) }
            }
            files += bundledFiles
        } else {
            for path in arguments.positionals {
                files += try ScenarioFiles.files(at: path, in: context)
            }
        }
        var library = ScenarioLibrary()
        var policyDiagnostics: [Diagnostic] = []
        var policiesLoaded = 0, plansLoaded = 0
        for file in files {
            if file.path.hasSuffix(ScenarioFiles.policyExtension) {
                let result = PolicyParser.parse(SourceText(path: file.path, bytes: file.bytes))
                policyDiagnostics += result.diagnostics
                if result.policy != nil { policiesLoaded += 1 }
            } else if file.path.hasSuffix(ScenarioFiles.planExtension) {
                let result = PlanParser.parse(SourceText(path: file.path, bytes: file.bytes))
                policyDiagnostics += result.diagnostics
                if result.plan != nil { plansLoaded += 1 }
            } else {
                library.add(file, lint: true, bundled: bundledFiles.contains { $0.path == file.path })
            }
        }
        // Once the files load, every scenario's Examples are scored in the context practice
        // would give them: its policy, its plan, its day (`date:`, else --date, else today).
        let builder = try ScoringContextBuilder(arguments, in: context, folders: arguments.positionals)
        var exampleDiagnostics: [Diagnostic] = []
        for scenario in library.scenarios {
            exampleDiagnostics += ExampleChecker.check(scenario) { beat in builder.context(for: scenario, beat: beat) }
        }
        let diagnostics = (library.diagnostics + policyDiagnostics + exampleDiagnostics + builder.diagnostics).sortedForDisplay()
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let notes = diagnostics.filter { $0.severity == .note }.count

        if arguments.has("--json") {
            let report = JSONValue.object([
                ("files", .int(files.count)),
                ("scenarios", .int(library.scenarios.count)),
                ("policies", .int(policiesLoaded)),
                ("plans", .int(plansLoaded)),
                ("errors", .int(errors)),
                ("warnings", .int(warnings)),
                ("notes", .int(notes)),
                ("diagnostics", .array(diagnostics.map(DiagnosticRenderer.json))),
            ])
            context.print(report.serialized(pretty: true))
        } else {
            var sources: [String: [String]] = [:]
            for file in files where diagnostics.contains(where: { $0.path == file.path }) {
                sources[file.path] = SourceText(path: file.path, bytes: file.bytes).lines
            }
            let renderer = DiagnosticRenderer(style: Style(context: context, arguments: arguments), sources: sources)
            for diagnostic in diagnostics {
                context.standardOutput.write(renderer.render(diagnostic))
            }
            let fileCount = files.count
            let filesWord = fileCount == 1 ? "file" : "files"
            var loaded = ["\(library.scenarios.count) scenario\(library.scenarios.count == 1 ? "" : "s")"]
            if policiesLoaded > 0 { loaded.append("\(policiesLoaded) polic\(policiesLoaded == 1 ? "y" : "ies")") }
            if plansLoaded > 0 { loaded.append("\(plansLoaded) plan\(plansLoaded == 1 ? "" : "s")") }
            context.print("checked \(fileCount) \(filesWord): " + loaded.joined(separator: ", ") + " loaded, "
                          + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
                          + (notes > 0 ? ", \(notes) note\(notes == 1 ? "" : "s")" : ""))
        }
        if errors > 0 || (arguments.has("--strict") && warnings > 0) { return .failure }
        return .success
    }
}
