import MinbarCore

/// `minbar` with no command: the practice session.
enum PracticeCommand: Command {
    static let name = "practice"
    static let summary = "Practise on the scenario library (the default when no command is given)."
    static let usage = "minbar [--scenarios DIR] [--no-color]"
    static let options = [CommonOptions.scenarios, CommonOptions.noColor]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        let library = try ScenarioFiles.catalogue(arguments, in: context)
        let counts = ScenarioKind.allCases.map { kind in
            "\(library.scenarios.filter { $0.kind == kind }.count) \(kind.rawValue)"
        }
        context.print("Minbar: \(library.scenarios.count) scenarios ready (" + counts.joined(separator: ", ") + ").")
        context.print("Run 'minbar list' to see them and 'minbar --help' for every command.")
        return .success
    }
}
