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
            let language = context.language
            // Columns: the headers and labels in the interface's language, padded by what
            // shows (display columns), so Arabic labels line up like English ones.
            let headers = language == .ar
                ? ["المعرّف", "النوع", "اللغة", "المنصة", "المستوى", "المراحل", "العنوان"]
                : ["ID", "KIND", "LANG", "PLATFORM", "LEVEL", "BEATS", "TITLE"]
            let kinds = scenarios.map { $0.kind.label(language) }, languages = scenarios.map { $0.language.label(language) }
            let kindWidth = max(headers[1].terminalColumns, kinds.map(\.terminalColumns).max() ?? 0) + 2
            let languageWidth = max(headers[2].terminalColumns, languages.map(\.terminalColumns).max() ?? 0) + 2
            let platformWidth = max(10, headers[3].terminalColumns + 2), levelWidth = max(7, headers[4].terminalColumns + 2)
            let beatsWidth = max(7, headers[5].terminalColumns + 2)
            func pad(_ text: String, _ columns: Int) -> String { text + String(repeating: " ", count: max(0, columns - text.terminalColumns)) }
            if let width = context.width, idWidth + 2 + kindWidth + languageWidth + platformWidth + levelWidth + beatsWidth + 16 > width {
                // Too narrow for the table: each scenario as a short block, its title wrapped.
                for (index, scenario) in scenarios.enumerated() {
                    context.print(style.bold(scenario.id))
                    let facts = [kinds[index], languages[index], scenario.platform.rawValue,
                                 String(repeating: "●", count: scenario.difficulty), UIText.beatsCount.count(scenario.beats.count, language)]
                    context.print(TextWrapper.fit(facts.joined(separator: " · "), width: width, indent: "    "))
                    context.print(TextWrapper.fit(scenario.title.terminalSafe, width: width, indent: "    "))
                }
            } else {
                context.print(style.bold(pad(headers[0], idWidth + 2) + pad(headers[1], kindWidth) + pad(headers[2], languageWidth)
                                         + pad(headers[3], platformWidth) + pad(headers[4], levelWidth) + pad(headers[5], beatsWidth) + headers[6]))
                for (index, scenario) in scenarios.enumerated() {
                    let row = pad(scenario.id, idWidth + 2) + pad(kinds[index], kindWidth) + pad(languages[index], languageWidth)
                        + pad(scenario.platform.rawValue, platformWidth)
                        + pad(String(repeating: "●", count: scenario.difficulty), levelWidth)
                        + pad(String(scenario.beats.count), beatsWidth)
                    context.print(TextWrapper.fit(scenario.title.terminalSafe, width: context.width, indent: row,
                                                  continuation: String(repeating: " ", count: row.terminalColumns)))
                }
            }
            context.print(style.dim("\(scenarios.count) scenarios"))
        }
        let broken = ScenarioFiles.brokenFiles(in: library)
        if !broken.isEmpty {
            context.printError(StatusMessage.scenarioFilesNotLoaded(broken.count).line(context.language))
        }
        return .success
    }
}
