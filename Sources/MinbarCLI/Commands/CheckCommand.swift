import MinbarCore

/// `minbar check`: validates scenario files and runs the trainer's quicktest.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Validate scenario files and folders, and run the trainer's quicktest."
    static let summaryAr = "تحقّق من ملفات السيناريوهات ومجلداتها، وشغّل الاختبار السريع للمدرّب."
    static let operands = "[PATH ...]"
    static let discussion = """
        With no PATH, checks the whole catalogue: the bundled library and the folders given
        by --scenarios and MINBAR_SCENARIOS. Folders are searched recursively for *.scenario.md.
        Besides format errors it warns about beats no branch reaches, reactions and branches
        that can never fire, goals with no cue terms, scenarios without examples and ids used
        twice.

        --randomtest N plays N seeded random walks through every scenario (its examples and
        generated posts across the score bands, with the story's state and clocks) and
        prints coverage: beats, branches and reactions reached, dead ends, loops, time
        running backwards. The same --seed gives the same walks.

        Exit status: 0 when no file has an error, 1 when one does or there was nothing to
        check (or, with --strict, when any warning is found, or with --randomtest, when a
        beat, branch or reaction is never reached, a walk dead-ends or never ends), 2 for
        usage errors.
        """
    static let discussionAr = """
        دون PATH يُفحص الفهرس كله: المكتبة المضمّنة والمجلدات المعطاة عبر --scenarios
        وMINBAR_SCENARIOS. يُبحث في المجلدات تكراريًا عن ملفات `*.scenario.md`. وإلى جانب أخطاء
        الصيغة يحذّر من مراحل لا يصلها أي فرع، وردود فعل وفروع لا تنطلق أبدًا، وأهداف بلا
        مصطلحات إشارة، وسيناريوهات بلا أمثلة، ومعرّفات مكررة.

        يشغّل --randomtest N عدد N من المسارات العشوائية ببذرة ثابتة في كل سيناريو (أمثلته
        ومنشورات مولّدة عبر نطاقات الدرجات، مع حالة القصة وساعاتها) ويعرض التغطية: المراحل
        والفروع وردود الفعل التي وُصلت، والطرق المسدودة، والحلقات، والزمن الذي يعود إلى الوراء.
        والبذرة نفسها (--seed) تعطي المسارات نفسها.

        رمز الخروج: 0 إذا لم يكن في أي ملف خطأ، و1 إذا وُجد خطأ أو لم يكن هناك ما يُفحص (أو مع --strict عند وجود أي
        تحذير، أو مع --randomtest عندما لا تُبلغ مرحلة أو فرع أو رد فعل، أو ينسد مسار أو لا
        ينتهي)، و2 لأخطاء الاستخدام.
        """
    static let options = [
        CommonOptions.json,
        OptionSpec("--strict", help: "Treat warnings as errors for the exit status.", helpAr: "عامِل التحذيرات معاملة الأخطاء في رمز الخروج."),
        OptionSpec("--randomtest", value: "N", help: "Play N seeded random walks per scenario and report coverage.", helpAr: "شغّل N مسارًا عشوائيًا ببذرة ثابتة لكل سيناريو وأبلغ عن التغطية."),
        OptionSpec("--seed", value: "S", help: "The randomtest's seed (default 1).", helpAr: "بذرة الاختبار العشوائي (الافتراضي 1)."),
        OptionSpec("--examples", help: "With --json: list every example with its scores, verdict and rule ids.", helpAr: "مع --json: اعرض كل مثال بدرجاته وحكمه ومعرّفات قواعده."),
        OptionSpec("--forms", help: "List every cue, avoid and fact term with the word forms it matches.", helpAr: "اعرض كل مصطلح إشارة وتجنّب وحقيقة مع صيغ الكلمات التي يطابقها."),
        CommonOptions.scenarios,
        CommonOptions.noColor,
    ] + ScoringContextBuilder.options.filter { ["--policy", "--plan", "--date"].contains($0.name) }

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        var walks: Int?
        if let text = arguments.value("--randomtest") {
            guard let value = Int(text), (1...100_000).contains(value) else {
                throw .invalidValue(option: "--randomtest", value: text, expected: "a whole number from 1 to 100000")
            }
            walks = value
        }
        var seed: UInt64 = 1
        if let text = arguments.value("--seed") {
            guard let value = UInt64(text) else { throw .invalidValue(option: "--seed", value: text, expected: "a whole number, 0 or more") }
            seed = value
        }
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
                let found = try ScenarioFiles.files(at: path, in: context)
                // A folder with nothing to check is most likely the wrong folder: "checked
                // 0 files … 0 errors" read as a pass.
                if found.isEmpty { context.printError(StatusMessage.noScenarioFiles(folder: path).line(context.language)) }
                files += found
            }
        }
        var library = ScenarioLibrary()
        var policyDiagnostics: [Diagnostic] = []
        var policiesLoaded = 0, plansLoaded = 0
        var planTerms: [TermForms] = []
        for file in files {
            if file.path.hasSuffix(ScenarioFiles.policyExtension) {
                let result = PolicyParser.parse(SourceText(path: file.path, bytes: file.bytes))
                policyDiagnostics += result.diagnostics
                if result.policy != nil { policiesLoaded += 1 }
            } else if file.path.hasSuffix(ScenarioFiles.planExtension) {
                let result = PlanParser.parse(SourceText(path: file.path, bytes: file.bytes))
                policyDiagnostics += result.diagnostics
                if let plan = result.plan {
                    plansLoaded += 1
                    planTerms += TermForms.of(plan)
                }
            } else {
                library.add(file, lint: true, bundled: bundledFiles.contains { $0.path == file.path })
            }
        }
        // Once the files load, every scenario's Examples are scored in the context practice
        // would give them: its policy, its plan, its day (`date:`, else --date, else today).
        let builder = try ScoringContextBuilder(arguments, in: context, folders: arguments.positionals)
        var exampleDiagnostics: [Diagnostic] = []
        var scoredExamples: [String: [ExampleChecker.ScoredExample]] = [:]
        var examples: [JSONValue] = []
        let progress = ProgressMeter(ProgressMeter.checking, unit: ProgressMeter.scenarios, total: library.scenarios.count, json: arguments.has("--json"), in: context)
        defer { progress.finish() }
        for scenario in library.scenarios {
            progress.advance()
            let scored = ExampleChecker.score(scenario) { beat in builder.context(for: scenario, beat: beat) }
            scoredExamples[scenario.id] = scored
            exampleDiagnostics += ExampleChecker.diagnose(scenario, scored)
            guard arguments.has("--examples") else { continue }
            for item in scored {
                examples.append(.object([
                    ("scenario", .string(scenario.id)), ("beat", .string(item.beat.id)),
                    ("path", .string(scenario.path)), ("line", .int(item.example.location.line)),
                    ("text", .string(item.example.text)), ("expected", .string(item.example.verdict.rawValue)),
                    ("result", item.report.json(context: builder.context(for: scenario, beat: item.beat))),
                ]))
            }
        }
        // A policy or plan file that was checked and also named by a scenario is parsed twice;
        // its problems are said (and counted) once.
        let fromReferences = builder.diagnostics.filter { !policyDiagnostics.contains($0) }
        let diagnostics = (library.diagnostics + policyDiagnostics + exampleDiagnostics + fromReferences).sortedForDisplay()
        let coverage: [RandomTest.Coverage] = walks.map { walks in
            library.scenarios.map { scenario in
                // The examples were scored once above; the walks reuse those reports.
                RandomTest.run(scenario, walks: walks, seed: seed) { beat in
                    (scoredExamples[scenario.id] ?? []).filter { $0.beat.id == beat.id }.map(\.report)
                }
            }
        } ?? []
        let incomplete = coverage.filter { !$0.isComplete }.count
        let terms = arguments.has("--forms") ? library.scenarios.flatMap(TermForms.of) + planTerms : []
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
            ] + (arguments.has("--examples") ? [("examples", .array(examples))] : [])
              + (arguments.has("--forms") ? [("forms", .array(terms.map(TermFormsRenderer.json)))] : []) + (walks == nil ? [] : [
                ("randomtest", .object([("walks", .int(walks ?? 0)), ("seed", .string(String(seed))), ("incomplete", .int(incomplete)),
                                        ("scenarios", .array(coverage.map(RandomTestRenderer.json)))])),
            ]))
            context.print(report.serialized(pretty: true))
        } else {
            var sources: [String: [String]] = [:]
            for file in files where diagnostics.contains(where: { $0.path == file.path }) {
                sources[file.path] = SourceText(path: file.path, bytes: file.bytes).lines
            }
            let renderer = DiagnosticRenderer(style: Style(context: context, arguments: arguments), sources: sources, language: context.language,
                                             isolateRuns: context.outputIsTerminal)
            for diagnostic in diagnostics {
                context.standardOutput.write(renderer.render(diagnostic))
            }
            let language = context.language
            let comma = language == .ar ? "، " : ", "
            var loaded = [UIText.scenariosCount.count(library.scenarios.count, language)]
            if policiesLoaded > 0 { loaded.append(UIText.policiesCount.count(policiesLoaded, language)) }
            if plansLoaded > 0 { loaded.append(UIText.plansCount.count(plansLoaded, language)) }
            if !terms.isEmpty {
                context.standardOutput.write(TermFormsRenderer(style: Style(context: context, arguments: arguments), language: language).text(terms))
            }
            let coverageRenderer = RandomTestRenderer(style: Style(context: context, arguments: arguments), language: language)
            for scenarioCoverage in coverage { context.print(coverageRenderer.text(scenarioCoverage)) }
            if let walks {
                context.print(RandomTestRenderer.total(language, walks, seed, coverage.count - incomplete, coverage.count))
            }
            // Errors say how many files they are in: a scenario can load and still have one
            // (its plan not found), so "1 scenario loaded" alone read as all was well.
            let filesWithErrors = Set(diagnostics.filter { $0.severity == .error }.map(\.path)).count
            let errorCount = errors == 0 ? UIText.errorsCount.count(0, language)
                : UIText.countInFiles(language, UIText.errorsCount.count(errors, language), UIText.filesCount.countAfterPreposition(filesWithErrors, language))
            var counts = [errorCount, UIText.warningsCount.count(warnings, language)]
            if notes > 0 { counts.append(UIText.notesCount.count(notes, language)) }
            context.print(UIText.checkSummary(language, UIText.filesCount.count(files.count, language),
                                              UIText.checkLoaded(language, loaded.joined(separator: comma)), counts.joined(separator: comma)))
        }
        if errors > 0 || (arguments.has("--strict") && warnings > 0) || incomplete > 0 || files.isEmpty { return .failure }
        return .success
    }
}
