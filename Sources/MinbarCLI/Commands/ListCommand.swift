import MinbarCore

/// `minbar list`: the scenario catalogue.
enum ListCommand: Command {
    static let name = "list"
    static let summary = "List the scenarios you can practise: the bundled library and trainer folders."
    static let summaryAr = "اعرض السيناريوهات المتاحة للتدريب: المكتبة المضمّنة ومجلدات المدرّبين."
    static let options = [
        OptionSpec("--kind", value: "K", help: "Only this kind: investor, employee, media, crisis, community.", helpAr: "هذا النوع فقط: `investor` أو `employee` أو `media` أو `crisis` أو `community`."),
        OptionSpec("--language", value: "L", help: "Only this language: en, ar (scenarios marked 'any' always show).", helpAr: "هذه اللغة فقط: `en` أو `ar` (السيناريوهات الموسومة `any` تظهر دائمًا)."),
        CommonOptions.json,
        CommonOptions.scenarios,
        CommonOptions.noColor,
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        let kind = try arguments.value("--kind").map { text throws(UsageError) -> ScenarioKind in
            guard let kind = ScenarioKind(rawValue: text.lowercased()) else {
                throw .invalidValue(option: "--kind", value: text, expected: ScenarioKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
        let language = try arguments.value("--language").map { text throws(UsageError) -> ScenarioLanguage in
            guard let language = ScenarioLanguage(rawValue: text.lowercased()) else {
                throw .invalidValue(option: "--language", value: text, expected: "en, ar or any")
            }
            return language
        }
        let library = try ScenarioFiles.catalogue(arguments, in: context)
        let scenarios = library.scenarios
            .filter { kind == nil || $0.kind == kind }
            .filter { language == nil || $0.language == language || $0.language == .any || language == .any }
            .sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }

        if arguments.has("--json") {
            let entries = scenarios.map { scenario in
                JSONValue.object([
                    ("id", .string(scenario.id)),
                    ("title", .string(scenario.title)),
                    ("kind", .string(scenario.kind.rawValue)),
                    ("language", .string(scenario.language.rawValue)),
                    ("platform", .string(scenario.platform.rawValue)),
                    ("difficulty", .int(scenario.difficulty)),
                    ("beats", .int(scenario.beats.count)),
                    ("audience", .strings(scenario.audience)),
                    ("organisation", .optional(scenario.organisation)),
                    ("orgType", .optional(scenario.organisationType?.rawValue)),
                    ("path", .string(scenario.path)),
                ])
            }
            context.print(JSONValue.array(entries).serialized(pretty: true))
        } else {
            let style = Style(context: context, arguments: arguments)
            let idWidth = max(2, scenarios.map(\.id.count).max() ?? 0)
            if let width = context.width, idWidth + 2 + 41 + 16 > width {
                // Too narrow for the table: each scenario as a short block, its title wrapped.
                for scenario in scenarios {
                    context.print(style.bold(scenario.id))
                    let facts = [scenario.kind.rawValue, scenario.language.rawValue, scenario.platform.rawValue,
                                 String(repeating: "●", count: scenario.difficulty), "\(scenario.beats.count) beat" + (scenario.beats.count == 1 ? "" : "s")]
                    context.print(TextWrapper.fit(facts.joined(separator: " · "), width: width, indent: "    "))
                    context.print(TextWrapper.fit(scenario.title.terminalSafe, width: width, indent: "    "))
                }
            } else {
                context.print(style.bold("ID".padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                                         + "KIND       LANG  PLATFORM  LEVEL  BEATS  TITLE"))
                for scenario in scenarios {
                    let row = scenario.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
                        + scenario.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                        + scenario.language.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                        + scenario.platform.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                        + String(repeating: "●", count: scenario.difficulty).padding(toLength: 7, withPad: " ", startingAt: 0)
                        + String(scenario.beats.count).padding(toLength: 7, withPad: " ", startingAt: 0)
                    context.print(TextWrapper.fit(scenario.title.terminalSafe, width: context.width, indent: row,
                                                  continuation: String(repeating: " ", count: row.count)))
                }
            }
            context.print(style.dim("\(scenarios.count) scenarios"))
        }
        // A trainer's scenario that takes a bundled one's id replaces it on purpose.
        let bundledPaths = Set(BundledScenarios.files.map(\.path))
        let broken = Set(library.diagnostics.filter { diagnostic in
            guard diagnostic.severity == .error else { return false }
            if case .duplicateID = diagnostic.problem, bundledPaths.contains(diagnostic.path) { return false }
            return true
        }.map(\.path))
        if !broken.isEmpty {
            context.printError("minbar: \(broken.count) scenario file\(broken.count == 1 ? "" : "s") could not be loaded; run 'minbar check' to see why")
        }
        return .success
    }
}
