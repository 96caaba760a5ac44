import Foundation
import MinbarCore

/// `minbar score`: scores one post, or a stream of them.
enum ScoreCommand: Command {
    static let name = "score"
    static let summary = "Score a draft post on professionalism, alignment and compliance, and explain every point lost."
    static let summaryAr = "قيّم مسودة منشور من حيث المهنية والتوافق والامتثال، واشرح كل نقطة مفقودة."
    static let operands = "[FILE|-]"
    static let discussion = """
        Reads the post from --text, from FILE, or from standard input when FILE is '-' or
        absent. With a scenario, alignment is judged against its goals (the first beat,
        or --beat ID).

        --jsonl streams: one JSON object per input line, {"id": …, "text": …} with optional
        "scenario" and "platform"; one result per output line, in the same order. A bad line
        gives {"id": …, "error": …} and the stream goes on.

        Exit status: 0 when the post is not blocked, 1 when it is blocked, 2 for usage or
        input errors. With --jsonl: 0 unless the input cannot be read.
        """
    static let discussionAr = """
        يقرأ المنشور من --text أو من FILE، أو من الإدخال القياسي إذا كان FILE هو `-` أو غاب. ومع سيناريو
        يُقاس التوافق مع أهدافه (المرحلة الأولى، أو --beat ID).

        يعمل --jsonl تدفقًا: كائن JSON لكل سطر إدخال، `{"id": …, "text": …}` مع `"scenario"`
        و`"platform"` اختياريًا؛ ونتيجة لكل سطر إخراج بالترتيب نفسه. والسطر المعيب يعطي
        `{"id": …, "error": …}` ويستمر التدفق.

        رمز الخروج: 0 إذا لم يُحجب المنشور، و1 إذا حُجب، و2 لأخطاء الاستخدام أو الإدخال.
        ومع --jsonl: 0 ما لم تتعذر قراءة الإدخال.
        """
    static let options = [
        OptionSpec("--scenario", value: "ID|FILE", help: "Judge alignment against this scenario's goals (its policy, plan and date apply).", helpAr: "قِس التوافق مع أهداف هذا السيناريو (تسري سياسته وخطته وتاريخه)."),
        OptionSpec("--beat", value: "ID", help: "The scenario beat to use (default: the first).", helpAr: "مرحلة السيناريو المستخدمة (الافتراضي: الأولى)."),
        OptionSpec("--text", value: "POST", help: "Score these words as the post (instead of FILE or standard input).", helpAr: "قيّم هذه الكلمات بوصفها المنشور (بدلاً من FILE أو الإدخال القياسي)."),
    ] + ScoringContextBuilder.options + [
        OptionSpec("--format", value: "text|json", help: "Output format (default: text).", helpAr: "صيغة المخرجات (الافتراضي: `text`)."),
        OptionSpec("--json", help: "Same as --format json.", helpAr: "مثل `--format json`."),
        OptionSpec("--jsonl", help: "Stream JSON lines in and out.", helpAr: "أسطر JSON تدفقًا في الإدخال والإخراج."),
        OptionSpec("--jobs", value: "N", help: "With --jsonl: score on N cores, output order kept (default: all cores for a file, 1 for standard input; 0 = all).", helpAr: "مع --jsonl: قيّم على N نواة مع حفظ ترتيب المخرجات (الافتراضي: كل الأنوية لملف، ونواة واحدة للإدخال القياسي؛ 0 = الكل)."),
        CommonOptions.scenarios,
        CommonOptions.noColor,
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        // score takes a FILE, so "takes no argument 'extra.txt'" was wrong: the FILE is a
        // second post beside --text's. (--jsonl says its own thing about --text below.)
        if arguments.value("--text") != nil, !arguments.has("--jsonl"), let file = arguments.positionals.first {
            throw .optionWithOperand(option: "--text", operand: file, operandName: "FILE")
        }
        guard arguments.positionals.count <= 1 else { throw .unexpectedArgument(arguments.positionals[1], command: name) }
        // --json and --jsonl each name the output; a --format that says otherwise was ignored without a word.
        if let asked = arguments.value("--format")?.lowercased() {
            if arguments.has("--jsonl") { throw .invalidValue(option: "--format", value: asked, expected: "nothing with --jsonl, which writes JSON lines") }
            if arguments.has("--json"), asked != "json" { throw .invalidValue(option: "--format", value: asked, expected: "json with --json, or leave one out") }
        }
        let setup = try ScoringSetup(arguments, in: context)
        let source = arguments.positionals.first ?? "-"
        if arguments.has("--jsonl") {
            if arguments.value("--text") != nil { throw .unexpectedArgument("--text", command: "\(name) --jsonl") }
            // A file is read ahead in batches across every core: nobody waits on its lines one
            // by one. Standard input stays one job, so a program feeding lines through a pipe
            // gets each answer as soon as it is scored.
            var jobs = source != "-" && isRegularFile(context.absolutePath(source)) ? ProcessInfo.processInfo.activeProcessorCount : 1
            if let text = arguments.value("--jobs") {
                guard let value = Int(text), value >= 0, value <= 256 else { throw .invalidValue(option: "--jobs", value: text, expected: "0 to 256") }
                jobs = value == 0 ? ProcessInfo.processInfo.activeProcessorCount : value
            }
            return try streamLines(from: source, setup: setup, jobs: jobs, in: context)
        }

        let format = arguments.has("--json") ? "json" : (arguments.value("--format") ?? "text")
        guard ["text", "json"].contains(format) else { throw .invalidValue(option: "--format", value: format, expected: "text or json") }
        var text: String
        if let given = arguments.value("--text") { text = given } else { text = try readInput(source, in: context) }
        if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
        guard text.utf8.count <= ScoringEngine.maximumPostBytes else {
            throw .invalidValue(option: "post", value: "\(text.utf8.count) bytes", expected: "at most \(ScoringEngine.maximumPostBytes) bytes")
        }
        guard !ScoringSetup.isEmptyPost(text) else {
            throw .missingArgument("a post to score (in FILE or on standard input)", command: name)
        }
        let scoring = setup.context
        let report = scoring.score(text)
        if format == "json" {
            context.print(report.json(id: source == "-" ? .null : .string(source), context: scoring).serialized(pretty: true))
        } else {
            if let beat = scoring.beat {
                let arabic = context.language == .ar
                var line = (arabic ? "السيناريو: " : "Scenario: ") + "\(beat.scenario.id) · \(beat.beat.id) · \(scoring.date.map { "\($0)" } ?? "")"
                if let plan = scoring.plan { line += (arabic ? " · الخطة " : " · plan ") + plan.plan.id }
                line = line.terminalSafe
                if context.outputIsTerminal { line = BidiIsolation.isolatedForTerminal(line) }
                context.print(Style(context: context, arguments: arguments).dim(line))
            }
            context.standardOutput.write(ReportRenderer(style: Style(context: context, arguments: arguments), width: context.width, isolateRuns: context.outputIsTerminal, language: context.language).render(report))
        }
        return report.verdict == .blocked ? .failure : .success
    }

    static let notText = "is not UTF-8 text here; score reads a post written as text"
    static let postTooLarge = "is larger than a post may be (1 MiB, 1048576 bytes)"
    static let holdsNUL = "holds a NUL byte here; score reads a post written as text"

    static func readInput(_ source: String, in context: ProgramContext) throws(UsageError) -> String {
        // Read no further than a post can be (plus its line end): a larger input is
        // refused before it is held whole.
        let limit = InputLimit.post + 2
        // Said of the input, not as a number read so far ("more than 1100000 bytes" was said
        // of a file of exactly that size), and translated whole.
        func tooLarge(_: Int) -> UsageError { .unreadable(source, reason: Self.postTooLarge) }
        if source == "-" {
            switch context.standardInput.readRest(limit: limit) {
            case .text(let text):
                guard !text.utf8.contains(0) else { throw .unreadable("-", reason: Self.holdsNUL) }
                return text
            case .tooLong(let bytes): throw tooLarge(bytes)
            }
        }
        // A folder reads as an empty file on some systems: name it, rather than asking for a
        // post the user thinks they gave.
        let path = context.absolutePath(source)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadable(source, reason: "is a folder; score reads one post from a file (or --jsonl for many)")
        }
        switch BoundedFile.read(path, limit: limit) {
        case .success(let data):
            // A post is text: bytes that are not UTF-8, or a NUL, mean the wrong file (an
            // image, a spreadsheet), and scoring what decoding made of it would mislead.
            let text = SourceText(path: source, bytes: data)
            if let bad = text.invalidUTF8 {
                throw .unreadable("\(source):\(bad.location.line):\(bad.location.column)", reason: Self.notText)
            }
            if let nul = text.firstNULLocation {
                throw .unreadable("\(source):\(nul.line):\(nul.column)", reason: Self.holdsNUL)
            }
            return String(decoding: data, as: UTF8.self)
        case .failure(.tooLarge(let bytes, _)): throw tooLarge(bytes)
        case .failure(.cannotOpen(let reason)):
            if !FileManager.default.fileExists(atPath: path) {
                // Words with spaces that name no file are a post typed in place of one.
                throw source.contains(where: \.isWhitespace) ? .postGivenAsFile(source) : .fileNotFound(source)
            }
            throw .unreadable(source, reason: reason)
        }
    }

    static func streamLines(from source: String, setup: ScoringSetup, jobs: Int = 1, in context: ProgramContext) throws(UsageError) -> ExitCode {
        // Results are written into one byte buffer and handed to standard output in large
        // writes. The buffer is flushed before every read that may wait for input, so a
        // program feeding lines one at a time through a pipe still gets each answer.
        var output = JSONWriter(capacity: 1 << 17)
        let flush = {
            guard !output.isEmpty else { return }
            // Handed over in place: copying 64 KiB into an array for each write cost
            // about as much as writing a result.
            output.withBytes { context.standardOutput.write(buffer: $0) }
            output.removeAll()
        }
        let lines: LineSource
        var fileSize: Int?
        if source == "-" {
            lines = context.standardInput is StandardInputLines ? FileLines(descriptor: STDIN_FILENO, beforeRead: flush) : context.standardInput
        } else {
            guard let file = FileLines(path: context.absolutePath(source), beforeRead: flush) else {
                if !FileManager.default.fileExists(atPath: context.absolutePath(source)) { throw .fileNotFound(source) }
                throw .unreadable(source, reason: String(cString: strerror(errno)))
            }
            lines = file
            fileSize = (try? FileManager.default.attributesOfItem(atPath: context.absolutePath(source))[.size] as? Int) ?? nil
        }
        // Progress on a terminal's standard error only; the time left comes from how much
        // of the file has been read.
        let progress = ProgressMeter(ProgressMeter.scoring, unit: ProgressMeter.posts, in: context)
        func advance(by count: Int) {
            guard progress.isShown else { return }
            let consumed = (lines as? FileLines)?.bytesConsumed
            progress.advance(by: count, fraction: fileSize.flatMap { size in consumed.map { Double($0) / Double(max(1, size)) } })
        }
        defer { flush(); progress.finish() }
        // Read once here and lent to every line (see `ScoringSetup.Work`).
        let streamContext = setup.context, streamContextJSON = setup.contextJSON
        var number = 0
        if jobs <= 1 {
            while let input = lines.readLine(limit: InputLimit.jsonLine) {
                number += 1
                guard case .text(let line) = input else {
                    output.write(setup.tooLongLine(input, number: number))
                    output.append(0x0A)
                    continue
                }
                if ScoreCommand.isBlank(line) { continue }
                setup.prepareJSONLine(line, number: number).write(to: &output, streamContext: streamContext,
                                                                  streamContextJSON: streamContextJSON)
                output.append(0x0A)
                if output.count >= 1 << 16 { flush() }
                advance(by: 1)
            }
            return .success
        }
        // Batches keep memory flat; within a batch the lines are scored across cores and
        // written back in input order.
        let batchSize = 2_048
        var finished = false
        while !finished {
            var work: [ScoringSetup.Work] = []
            while work.count < batchSize, let input = lines.readLine(limit: InputLimit.jsonLine) {
                number += 1
                guard case .text(let line) = input else { work.append(setup.failed(setup.tooLongLine(input, number: number))); continue }
                if ScoreCommand.isBlank(line) { continue }
                work.append(setup.prepareJSONLine(line, number: number))
            }
            finished = work.count < batchSize
            guard !work.isEmpty else { break }
            let results = ResultSlots(count: work.count)
            let items = work
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                var index = worker
                var writer = JSONWriter(capacity: 4_096)
                while index < items.count {
                    writer.removeAll()
                    items[index].write(to: &writer, streamContext: streamContext, streamContextJSON: streamContextJSON)
                    writer.append(0x0A)
                    results.set(index, writer.bytes)
                    index += jobs
                }
            }
            results.append(to: &output)
            flush()
            advance(by: items.count)
        }
        return .success
    }

    /// Whether `path` names a regular file (not a pipe, a terminal or a device such as /dev/stdin).
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// A line of spaces and tabs only (Unicode spaces too), which `--jsonl` skips.
    static func isBlank(_ line: String) -> Bool {
        for byte in line.utf8 {
            if byte == 0x20 || byte == 0x09 { continue }
            if byte < 0x80 { return false }
            return line.trimmingCharacters(in: .whitespaces).isEmpty
        }
        return true
    }
}

/// Everything a score needs, resolved once from the arguments: the catalogue, the
/// scenario and beat, and the one context builder (policies, plans, platform, day, rules).
final class ScoringSetup {
    private let trainerFiles: [[SourceFile]]
    /// Parsed the first time a scenario is named (`--scenario`, or a line's `scenario`):
    /// most runs score posts without one, and parsing every scenario was about a third
    /// of the time `minbar score` took to start.
    private(set) lazy var library = ScenarioFiles.catalogue(from: trainerFiles)
    let builder: ScoringContextBuilder
    /// The scenario and beat named with `--scenario` / `--beat`.
    let scenario: (scenario: Scenario, beat: Beat)?
    /// The context for posts that name no scenario of their own.
    let context: ScoringContext
    /// `context` as its results write it (`JSONWriter.write(context.json)`), written once.
    let contextJSON: [UInt8]
    private var contexts: [String: ScoringContext] = [:]

    init(_ arguments: ParsedArguments, in program: ProgramContext) throws(UsageError) {
        trainerFiles = try ScenarioFiles.trainerScenarioFiles(arguments, in: program)
        builder = try ScoringContextBuilder(arguments, in: program)
        var parsed: ScenarioLibrary?
        if let reference = arguments.value("--scenario") {
            let catalogue = ScenarioFiles.catalogue(from: trainerFiles)
            scenario = try ScoringSetup.resolve(reference, beatID: arguments.value("--beat"), library: catalogue, in: program)
            parsed = catalogue
        } else {
            guard arguments.value("--beat") == nil else { throw .missingArgument("--scenario with --beat", command: ScoreCommand.name) }
            scenario = nil
        }
        context = builder.context(for: scenario?.scenario, beat: scenario?.beat)
        // A policy or plan the scenario names that cannot be used is refused, as --policy is:
        // scored without it, the post would get a verdict its organisation's rules never gave.
        if let scenario = scenario?.scenario, let broken = builder.brokenFile(for: scenario) {
            throw .unreadable(broken.path, reason: "the scenario names it, and it has errors (\(broken.formatted))")
        }
        var writer = JSONWriter()
        writer.write(context.json)
        contextJSON = writer.bytes
        if let parsed { library = parsed }
    }

    /// A scenario by id from the catalogue, or by path to a `.scenario.md` file.
    static func resolve(_ reference: String, beatID: String?, library: ScenarioLibrary,
                        in context: ProgramContext) throws(UsageError) -> (scenario: Scenario, beat: Beat) {
        let scenario: Scenario
        if reference.hasSuffix(ScenarioFiles.scenarioExtension) || reference.contains("/") {
            let file = ScenarioFiles.read(context.absolutePath(reference), shownAs: reference)
            if let problem = file.readProblem { throw .unreadable(reference, reason: problem.message) }
            let result = ScenarioParser.parse(SourceText(path: reference, bytes: file.bytes))
            guard let parsed = result.scenario else {
                throw .unreadable(reference, reason: "the scenario has errors (run 'minbar check \(reference)')")
            }
            scenario = parsed
        } else {
            guard let found = library.scenario(id: reference) else {
                throw .unknownScenario(reference, suggestion: Suggestion.closestID(to: reference, among: library.scenarios.map(\.id)))
            }
            scenario = found
        }
        guard let beatID else { return (scenario, scenario.beats[0]) }
        guard let beat = scenario.beat(beatID) else {
            throw .invalidValue(option: "--beat", value: beatID, expected: "one of " + scenario.beats.map(\.id).joined(separator: ", "))
        }
        return (scenario, beat)
    }

    /// A line of `--jsonl` input made ready to score on any thread: its context is built
    /// here, where the builder's caches live.
    ///
    /// A line scored under the stream's own context (`ScoringSetup.context`) does not hold
    /// it: the caller hands it to `write(to:streamContext:streamContextJSON:)`. A copy of
    /// the context (the engine's rules, policy and matchers, some fifty references
    /// retained) in every line's work, released after it, cost about 2,500 instructions a post.
    struct Work: Sendable {
        var id: JSONValue
        var text: String
        /// The context of a line read by the full parser (which may name a scenario or a
        /// platform); nil for a line scored under the stream's context.
        var context: ScoringContext?
        var failure: JSONValue?

        /// Scores the line and writes its result (or its failure) as one JSON object.
        /// `streamContext` is `ScoringSetup.context`, `streamContextJSON` its JSON written ahead.
        func write(to writer: inout JSONWriter, streamContext: ScoringContext, streamContextJSON: [UInt8]) {
            if let failure { return writer.write(failure) }
            // Written straight from the report: the same bytes as `report.json(…)`, unbuilt.
            if let context {
                writer.write(context.score(text), id: id, context: context)
            } else {
                writer.write(streamContext.score(text), id: id, contextJSON: streamContextJSON)
            }
        }
    }

    /// An empty "text" is a mistake upstream, not a post: scored, it would read as a
    /// perfect 100 in whatever a script does with the results.
    static let emptyPost = "the post is empty (\"text\" has no words)"
    /// Stops at the first scalar that is not a space: Foundation's trimming walked the
    /// whole text through UTF-16 and built a new string (55 K instructions a post on the
    /// mixed bench corpus, measured with callgrind). `run` asks it of a single post too.
    static func isEmptyPost(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { return false }
        return true
    }

    func prepareJSONLine(_ line: String, number: Int) -> Work {
        // The common line, {"id": …, "text": …}, is read from its bytes; anything else
        // goes through Foundation's parser below, which decides the same way.
        if let post = PostLineReader.read(line) {
            guard post.text.utf8.count <= ScoringEngine.maximumPostBytes else {
                return Work(id: post.id, text: "", failure: .object([("id", post.id), ("line", .int(number)),
                    ("error", .string("the post is \(post.text.utf8.count) bytes; the limit is \(ScoringEngine.maximumPostBytes)"))]))
            }
            guard !Self.isEmptyPost(post.text) else {
                return Work(id: post.id, text: "", failure: .object([("id", post.id), ("line", .int(number)), ("error", .string(Self.emptyPost))]))
            }
            return Work(id: post.id, text: post.text)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return Work(id: .null, text: "", failure: .object([("id", .null), ("line", .int(number)), ("error", .string("line \(number) is not a JSON object"))]))
        }
        let id: JSONValue = (object["id"] as? String).map(JSONValue.string) ?? (object["id"] as? Int).map(JSONValue.int) ?? .null
        func failure(_ message: String) -> Work {
            Work(id: id, text: "", failure: .object([("id", id), ("line", .int(number)), ("error", .string(message))]))
        }
        guard let text = object["text"] as? String else { return failure("missing \"text\" (a string)") }
        guard !Self.isEmptyPost(text) else { return failure(Self.emptyPost) }
        guard text.utf8.count <= ScoringEngine.maximumPostBytes else {
            return failure("the post is \(text.utf8.count) bytes; the limit is \(ScoringEngine.maximumPostBytes)")
        }
        var scoring = context
        if let reference = object["scenario"] as? String {
            if let cached = contexts[reference] {
                scoring = cached
            } else {
                guard let found = library.scenario(id: reference) else { return failure("no scenario is called '\(reference)'") }
                scoring = builder.context(for: found)
                if let broken = builder.brokenFile(for: found) {
                    return failure("scenario '\(reference)' names a file with errors: \(broken.formatted)")
                }
                contexts[reference] = scoring
            }
        }
        if let name = object["platform"] as? String {
            guard let chosen = Platform(rawValue: name.lowercased()) else { return failure("unknown platform '\(name)'") }
            scoring.platform = chosen
        }
        return Work(id: id, text: text, context: scoring)
    }

    /// The output for a line longer than `InputLimit.jsonLine` (skipped unread).
    func tooLongLine(_ input: InputLine, number: Int) -> JSONValue {
        guard case .tooLong(let bytes) = input else { return .null }
        return .object([("id", .null), ("line", .int(number)), ("error", .string("line \(number) is more than \(bytes) bytes; the limit is \(InputLimit.jsonLine)"))])
    }

    func failed(_ value: JSONValue) -> Work {
        Work(id: .null, text: "", failure: value)
    }

}

/// Lines of a file, read in blocks with a limit per line, so a large stream uses
/// constant memory.
final class FileLines: LineSource {
    private let reader: BoundedLineReader
    /// Bytes of the file taken as lines so far (for progress).
    var bytesConsumed: Int { reader.bytesConsumed }

    /// `beforeRead` runs before each read that may wait (a pipe with nothing in it yet).
    init(descriptor: Int32, beforeRead: @escaping () -> Void = {}) {
        reader = BoundedLineReader(descriptor: descriptor)
        reader.beforeRead = beforeRead
    }

    init?(path: String, beforeRead: @escaping () -> Void = {}) {
        guard let reader = BoundedLineReader(path: path) else { return nil }
        reader.beforeRead = beforeRead
        self.reader = reader
    }

    func readLine(limit: Int) -> InputLine? { reader.next(limit: limit) }
    func readRest(limit: Int) -> InputLine {
        let (bytes, length) = reader.rest(limit: limit)
        return bytes.map { .text(String(decoding: $0, as: UTF8.self)) } ?? .tooLong(bytes: length)
    }
}

/// Output lines written by several threads, each to its own slot, read in order after.
final class ResultSlots: @unchecked Sendable {
    private var slots: [[UInt8]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ bytes: [UInt8]) {
        lock.lock()
        slots[index] = bytes
        lock.unlock()
    }

    func append(to writer: inout JSONWriter) {
        for slot in slots { writer.appendRaw(slot) }
    }
}
