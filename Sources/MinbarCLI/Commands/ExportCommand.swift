import Foundation
import MinbarCore

/// `minbar export`: a profile's practice as Markdown, HTML, JSON or CSV.
enum ExportCommand: Command {
    static let name = "export"
    static let summary = "Export a profile's practice as a debrief (Markdown, HTML), the full record (JSON) or a table (CSV)."
    static let summaryAr = "صدّر تدريب ملف شخصي تقريرًا ختاميًا (`Markdown` أو HTML) أو سجلًا كاملًا (JSON) أو جدولًا (CSV)."
    static let discussion = """
        Without --out the export goes to standard output. Without --format, the format comes
        from --out's extension (.md, .html, .json, .csv; another is refused), else Markdown. The JSON export is
        read back by 'minbar import' and by 'minbar cohort'. --plan adds the objectives
        timeline to the HTML export (default: the profile's plan).
        """
    static let discussionAr = """
        دون --out يذهب التصدير إلى المخرج القياسي. ودون --format تُؤخذ الصيغة من امتداد
        --out (`.md` أو `.html` أو `.json` أو `.csv`، ويُرفض غيرها)، وإلا `Markdown`. ويُقرأ تصدير JSON من
        جديد عبر `minbar import` و`minbar cohort`. ويضيف --plan الجدول الزمني للأهداف إلى
        تصدير HTML (الافتراضي: خطة الملف الشخصي).
        """
    static let options = [
        OptionSpec("--profile", value: "NAME", help: "Whose practice (default: default).", helpAr: "صاحب التدريب (الافتراضي: `default`)."),
        OptionSpec("--data", value: "DIR", help: "Where profiles are kept.", helpAr: "مكان حفظ الملفات الشخصية."),
        OptionSpec("--format", value: "FORMAT", help: "md, html, json or csv.", helpAr: "`md` أو `html` أو `json` أو `csv`."),
        OptionSpec("--out", value: "FILE", help: "Write here instead of standard output.", helpAr: "اكتب هنا بدل المخرج القياسي."),
        OptionSpec("--since", value: "YYYY-MM-DD", help: "Only attempts from this day.", helpAr: "المحاولات ابتداءً من هذا اليوم فقط."),
        OptionSpec("--until", value: "YYYY-MM-DD", help: "Only attempts up to this day.", helpAr: "المحاولات حتى هذا اليوم فقط."),
        OptionSpec("--scenario", value: "ID", help: "Only this scenario.", helpAr: "هذا السيناريو فقط."),
        OptionSpec("--kind", value: "K", help: "Only this kind of scenario.", helpAr: "هذا النوع من السيناريوهات فقط."),
        OptionSpec("--plan", value: "FILE|ID", help: "A plan for the HTML timeline chart.", helpAr: "خطة لمخطط الجدول الزمني في تصدير HTML."),
    ]

    enum Format: String, CaseIterable { case md, html, json, csv }

    static func format(forPath path: String) -> Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .md }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") { return .csv }
        return nil
    }

    /// The format --out's extension names, Markdown when it has none; an extension no
    /// format writes is refused rather than filled with Markdown ("y.pdf"), as /export does.
    static func format(forOut path: String, expected: String) throws(UsageError) -> Format {
        if let chosen = format(forPath: path) { return chosen }
        let given = (path as NSString).pathExtension
        guard given.isEmpty else { throw .invalidValue(option: "--out", value: given, expected: expected) }
        return .md
    }

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        func date(_ option: String) throws(UsageError) -> CalendarDate? {
            guard let text = arguments.value(option) else { return nil }
            guard let date = CalendarDate(parsing: text) else { throw .invalidValue(option: option, value: text, expected: "YYYY-MM-DD") }
            return date
        }
        let store = try profileStore(arguments, in: context)
        var format = Format.md
        if let text = arguments.value("--format") {
            guard let chosen = Format(rawValue: text.lowercased()) ?? (text.lowercased() == "markdown" ? .md : nil) else {
                throw .invalidValue(option: "--format", value: text, expected: "md, html, json or csv")
            }
            format = chosen
        } else if let out = arguments.value("--out") {
            format = try ExportCommand.format(forOut: out, expected: "md, html, json or csv")
        }
        let filter = Transcript.Filter(since: try date("--since"), until: try date("--until"),
                                       scenario: arguments.value("--scenario"), kind: arguments.value("--kind"))
        // A profile that was never used is most likely a typo: an empty report would hide it.
        guard FileManager.default.fileExists(atPath: store.directory.path) else {
            throw .invalidValue(option: "--profile", value: store.profileName, expected: "a profile with saved practice in \(store.directory.deletingLastPathComponent().path)")
        }
        let attempts = store.loadAttempts()
        if store.damagedLines > 0 {
            context.printError(StatusMessage.damagedLines(store.damagedLines, path: store.attemptsFile.path).line(context.language))
        }
        let transcript = Transcript(profile: store.profileName, attempts: attempts, events: store.loadEvents(), filter: filter,
                                    generated: context.now())
        let planReference = arguments.value("--plan") ?? store.loadProfile().plan
        let plan = try planReference.map { reference throws(UsageError) in try PlanFiles.load(reference, in: context) }
        let text = try render(transcript, format: format, plan: plan, language: context.language)
        if let out = arguments.value("--out") {
            try write(text, to: out, in: context)
            if out != "-" { context.printError(StatusMessage.wroteAttempts(transcript.attempts.count, path: out).line(context.language)) }
        } else {
            context.standardOutput.write(context.outputIsTerminal ? text.terminalSafe : text)
        }
        return .success
    }

    static func render(_ transcript: Transcript, format: Format, plan: CommunicationPlan?, language: Language = .en) throws(UsageError) -> String {
        switch format {
        case .md: return MarkdownExporter.render(transcript, language: language)
        case .html: return HTMLExporter.render(transcript, plan: plan, language: language)
        case .csv: return CSVExporter.render(transcript)
        case .json:
            do { return try JSONExporter.render(transcript) } catch { throw .unreadable("export", reason: "\(error)") }
        }
    }

    static func profileStore(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ProgressStore {
        let name = arguments.value("--profile") ?? "default"
        guard ProgressStore.isValidProfileName(name) else {
            throw .invalidValue(option: "--profile", value: name, expected: "letters, digits, '-', '_' or '.', at most \(ProgressStore.maximumProfileNameBytes) bytes")
        }
        let data = ProgressStore.dataDirectory(option: arguments.value("--data"), in: context)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: data.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw .unreadable(arguments.value("--data") ?? data.path, reason: "is a file, not a folder for profiles")
        }
        return ProgressStore(dataDirectory: data, profile: ProgressStore.canonicalProfileName(name))
    }

    /// See `OutputFile`: special files are written into, links followed, `-` is standard output.
    static func write(_ text: String, to path: String, in context: ProgramContext) throws(UsageError) {
        try OutputFile.write(text, to: path, in: context)
    }
}

/// `minbar import`: reads a JSON export back into a profile.
enum ImportCommand: Command {
    static let name = "import"
    static let summary = "Read a JSON export back into a profile (attempts already there are skipped)."
    static let summaryAr = "أعِد قراءة تصدير JSON إلى ملف شخصي (تُتخطّى المحاولات الموجودة فيه)."
    static let operands = "FILE"
    static let options = [
        OptionSpec("--profile", value: "NAME", help: "Into this profile (default: the one named in the file).", helpAr: "إلى هذا الملف الشخصي (الافتراضي: المسمّى في الملف)."),
        OptionSpec("--data", value: "DIR", help: "Where profiles are kept.", helpAr: "مكان حفظ الملفات الشخصية."),
    ]

    /// The file, with the line and column where the named place starts when it was found.
    static func placed(_ path: String, _ location: SourceLocation?) -> String {
        location.map { "\(path):\($0.line):\($0.column)" } ?? path
    }

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        guard let path = arguments.positionals.first else { throw .missingArgument("a JSON export to read", command: name) }
        let data = try readExport(path, in: context)
        let document: JSONExporter.Document
        do { document = try JSONExporter.read(data) } catch {
            let arabic = context.language == .ar
            // What every refusal of a file that is not an export opens with.
            let notAnExport = arabic ? "ليس ملف تصدير JSON من Minbar: " : "not a Minbar JSON export: "
            switch error {
            case .notJSON(let place):
                // Not JSON (a CSV or Markdown export, or a broken edit): our words and the place, not the decoder's.
                throw .unreadable("\(path):\(place.line):\(place.column)", reason: notAnExport + (arabic
                    ? "الملف ليس JSON ابتداءً من هنا (لا يُستورد إلا ما يكتبه \u{200E}minbar export --format json\u{200E})"
                    : "the file is not JSON from here on (only 'minbar export --format json' can be imported)"))
            case .missingField(let field, let place, let location):
                throw .unreadable(Self.placed(path, location), reason: notAnExport + (arabic
                    ? "ينقصه الحقل \"\(field)\" " + (place == JSONExporter.topLevel ? "في المستوى الأعلى" : "في \u{200E}\(place)\u{200E}")
                    : "missing \"\(field)\" " + (place == JSONExporter.topLevel ? "at \(place)" : "in \(place)")))
            case .wrongType(let place, let location):
                throw .unreadable(Self.placed(path, location), reason: notAnExport + (arabic
                    ? "نوع القيمة في \u{200E}\(place)\u{200E} غير صحيح"
                    : "wrong type at \(place)"))
            case .unreadable(let reason):
                // The decoder's own words stay as written, after our lead.
                throw .unreadable(path, reason: notAnExport + reason)
            case .unsupportedSchema(let version):
                throw .unreadable(path, reason: arabic
                    ? "إصدار المخطط \(version) غير مدعوم (يقرأ هذا الإصدار من Minbar الإصدار \(JSONExporter.schemaVersion))"
                    : "schema version \(version) is not supported (this Minbar reads \(JSONExporter.schemaVersion))")
            case .invalid(let problem):
                let reason = problem.reason.text(in: context.language)
                throw .unreadable(path, reason: arabic
                    ? "المحاولة \(problem.attempt)، \u{200E}\(problem.field)\u{200E}: \(reason)؛ لم يُستورد شيء"
                    : "attempt \(problem.attempt), \(problem.field): \(reason); nothing was imported")
            }
        }
        var parsed = arguments
        if parsed.value("--profile") == nil { parsed.values["--profile"] = [document.profile] }
        let store = try ExportCommand.profileStore(parsed, in: context)
        let existing = store.loadAttempts()
        func key(_ record: AttemptRecord) -> String { "\(record.time.timeIntervalSince1970)|\(record.scenario)|\(record.beat)|\(record.post)" }
        var seen = Set(existing.map(key))
        var added = 0
        for var record in document.attempts where !seen.contains(key(record)) {
            record.profile = store.profileName
            do { try store.append(record) } catch {
                if case .cannotWrite(let file, let reason) = error { throw .unreadable(file, reason: reason) }
            }
            seen.insert(key(record))
            added += 1
        }
        // The facilitator's jumps, injects and notes come back too: the after-action review
        // on the trainer's machine places them among the posts. One already there is skipped.
        var seenEvents = Set(store.loadEvents().map(Self.eventKey))
        for var event in document.events ?? [] where !seenEvents.contains(Self.eventKey(event)) {
            event.profile = store.profileName
            do { try store.append(event) } catch {
                if case .cannotWrite(let file, let reason) = error { throw .unreadable(file, reason: reason) }
            }
            seenEvents.insert(Self.eventKey(event))
        }
        context.print(StatusMessage.imported(added, profile: store.profileName, alreadyThere: document.attempts.count - added).text(context.language))
        return .success
    }
}

extension ImportCommand {
    /// What makes two facilitator events the same one: when, where and what.
    static func eventKey(_ event: FacilitatorEvent) -> String {
        "\(event.time.timeIntervalSince1970)|\(event.scenario)|\(event.beat)|\(event.kind.rawValue)|\(event.text)"
    }

    /// A JSON export, read with a size limit.
    static func readExport(_ path: String, in context: ProgramContext) throws(UsageError) -> Data {
        switch BoundedFile.read(context.absolutePath(path), limit: InputLimit.exportFile) {
        case .success(let data): return data
        case .failure(.tooLarge(_, let limit)): throw .unreadable(path, reason: "larger than \(limit) bytes, the limit for an export")
        case .failure(.cannotOpen(let reason)):
            if !FileManager.default.fileExists(atPath: context.absolutePath(path)) { throw .fileNotFound(path) }
            throw .unreadable(path, reason: reason)
        }
    }
}

/// `minbar cohort`: several trainees' JSON exports, side by side.
enum CohortCommand: Command {
    static let name = "cohort"
    static let summary = "Compare trainees from their JSON exports: by dimension and kind, the rules they break most, who improved least."
    static let summaryAr = "قارن المتدربين من تصديرات JSON: حسب البُعد والنوع، والقواعد الأكثر خرقًا، ومن تحسّن أقل."
    static let operands = "FILE|DIR ..."
    static let discussion = "Folders are read for *.json. --scenario adds an after-action view: every trainee's posts side by side per beat. Trainees whose exports share a profile name ('default') are told apart by the export's file or folder name."
    static let discussionAr = "تُقرأ ملفات `*.json` من المجلدات. ويضيف --scenario مراجعة ما بعد التمرين: منشورات كل المتدربين جنبًا إلى جنب لكل مرحلة. ويُميَّز المتدربون الذين تحمل تصديراتهم اسم الملف الشخصي نفسه (`default`) باسم ملف التصدير أو مجلده."
    static let options = [
        OptionSpec("--format", value: "FORMAT", help: "md (default), html or csv.", helpAr: "`md` (الافتراضي) أو `html` أو `csv`."),
        OptionSpec("--out", value: "FILE", help: "Write here instead of standard output.", helpAr: "اكتب هنا بدل المخرج القياسي."),
        OptionSpec("--anonymise", help: "Name trainees Trainee A, Trainee B, …", helpAr: "سمِّ المتدربين: متدرب أ، متدرب ب، …"),
        OptionSpec("--anonymize", help: "Same as --anonymise.", helpAr: "مثل --anonymise."),
        OptionSpec("--scenario", value: "ID", help: "After-action view of this scenario.", helpAr: "مراجعة ما بعد التمرين لهذا السيناريو."),
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw .missingArgument("JSON exports (files or folders)", command: name) }
        // The format is settled before any export is read: a wrong --format or --out is a
        // usage error, said at once, not after every file has been opened.
        var format = arguments.value("--format")?.lowercased() ?? "md"
        if arguments.value("--format") == nil, let out = arguments.value("--out") {
            format = try ExportCommand.format(forOut: out, expected: "md, html or csv").rawValue
        }
        guard ["md", "markdown", "html", "csv"].contains(format) else {
            throw .invalidValue(option: "--format", value: format, expected: "md, html or csv")
        }
        var paths: [String] = []
        for path in arguments.positionals {
            let absolute = context.absolutePath(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else { throw .fileNotFound(path) }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
                paths += names.filter { $0.hasSuffix(".json") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                paths.append(path)
            }
        }
        var documents: [JSONExporter.Document] = []
        var sources: [String] = []
        for path in paths {
            let data = try ImportCommand.readExport(path, in: context)
            do {
                documents.append(try JSONExporter.read(data))
                sources.append(path)
            } catch {
                context.printError(StatusMessage.notAnExport(path: path).line(context.language))
            }
        }
        guard !documents.isEmpty else { throw .missingArgument("at least one readable JSON export", command: name) }
        let report = CohortReport(documents: documents, sources: sources, anonymise: arguments.has("--anonymise") || arguments.has("--anonymize"), generated: context.now())
        let text: String
        switch format {
        case "md", "markdown": text = report.markdown(scenario: arguments.value("--scenario"), language: context.language)
        case "html": text = report.html(scenario: arguments.value("--scenario"), language: context.language)
        case "csv": text = report.csv()
        default: throw .invalidValue(option: "--format", value: format, expected: "md, html or csv")
        }
        if let out = arguments.value("--out") { try ExportCommand.write(text, to: out, in: context) }
        else { context.standardOutput.write(context.outputIsTerminal ? text.terminalSafe : text) }
        return .success
    }
}
