import MinbarCore

/// `minbar check`: validates scenario files and runs the trainer's quicktest.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Validate scenario files and folders, and run the trainer's quicktest."
    static let usage = "minbar check [--json] [--strict] [PATH ...]"
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
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        var files: [SourceFile] = []
        if arguments.positionals.isEmpty {
            for folder in ScenarioFiles.trainerFolders(arguments, in: context) {
                files += try ScenarioFiles.files(at: folder, in: context)
            }
            files += BundledScenarios.scenarioFiles
        } else {
            for path in arguments.positionals {
                files += try ScenarioFiles.files(at: path, in: context)
            }
        }
        let library = ScenarioLibrary(files: files, lint: true)
        let diagnostics = library.diagnostics.sortedForDisplay()
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors

        if arguments.has("--json") {
            let report = JSONValue.object([
                ("files", .int(library.fileCount)),
                ("scenarios", .int(library.scenarios.count)),
                ("errors", .int(errors)),
                ("warnings", .int(warnings)),
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
            let filesWord = library.fileCount == 1 ? "file" : "files"
            context.print("checked \(library.fileCount) \(filesWord): \(library.scenarios.count) scenarios loaded, "
                          + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if errors > 0 || (arguments.has("--strict") && warnings > 0) { return .failure }
        return .success
    }
}
