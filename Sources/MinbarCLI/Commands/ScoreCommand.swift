import Foundation
import MinbarCore

/// `minbar score`: scores one post, or a stream of them.
enum ScoreCommand: Command {
    static let name = "score"
    static let summary = "Score a draft post on professionalism, alignment and compliance, and explain every point lost."
    static let usage = "minbar score [--scenario ID|FILE] [--policy FILE] [--platform NAME] [--format text|json] [FILE|-]\n       minbar score --jsonl [--scenario ID|FILE] [--policy FILE] [FILE|-]"
    static let discussion = """
        Reads the post from FILE, or from standard input when FILE is '-' or absent. With a
        scenario, alignment is judged against its goals (the first beat, or --beat ID).

        --jsonl streams: one JSON object per input line, {"id": …, "text": …} with optional
        "scenario" and "platform"; one result per output line, in the same order. A bad line
        gives {"id": …, "error": …} and the stream goes on.

        Exit status: 0 when the post is not blocked, 1 when it is blocked, 2 for usage or
        input errors. With --jsonl: 0 unless the input cannot be read.
        """
    static let options = [
        OptionSpec("--scenario", value: "ID|FILE", help: "Judge alignment against this scenario's goals."),
        OptionSpec("--beat", value: "ID", help: "The scenario beat to use (default: the first)."),
        OptionSpec("--policy", value: "FILE", help: "An organisation policy file laid over the default policy."),
        OptionSpec("--plan", value: "FILE|ID", help: "A communication plan: objectives advanced, evidence cited, unpublished figures."),
        OptionSpec("--platform", value: "NAME", help: "x, linkedin, facebook, instagram or other (default: the scenario's, else x)."),
        OptionSpec("--date", value: "YYYY-MM-DD", help: "The day the post would go out, for quiet periods (default: today)."),
        OptionSpec("--format", value: "text|json", help: "Output format (default: text)."),
        OptionSpec("--json", help: "Same as --format json."),
        OptionSpec("--jsonl", help: "Stream JSON lines in and out."),
        OptionSpec("--jobs", value: "N", help: "With --jsonl: score on N cores (default 1; 0 = all), output order kept."),
        OptionSpec("--only", value: "RULE,…", help: "Run only these rules."),
        OptionSpec("--disable", value: "RULE,…", help: "Do not run these rules."),
        CommonOptions.scenarios,
        CommonOptions.noColor,
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        guard arguments.positionals.count <= 1 else { throw .unexpectedArgument(arguments.positionals[1], command: name) }
        let setup = try ScoringSetup(arguments, in: context)
        let source = arguments.positionals.first ?? "-"
        if arguments.has("--jsonl") {
            var jobs = 1
            if let text = arguments.value("--jobs") {
                guard let value = Int(text), value >= 0, value <= 256 else { throw .invalidValue(option: "--jobs", value: text, expected: "0 to 256") }
                jobs = value == 0 ? ProcessInfo.processInfo.activeProcessorCount : value
            }
            return try streamLines(from: source, setup: setup, jobs: jobs, in: context)
        }

        let format = arguments.has("--json") ? "json" : (arguments.value("--format") ?? "text")
        guard ["text", "json"].contains(format) else { throw .invalidValue(option: "--format", value: format, expected: "text or json") }
        var text = try readInput(source, in: context)
        if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
        guard text.utf8.count <= ScoringEngine.maximumPostBytes else {
            throw .invalidValue(option: "post", value: "\(text.utf8.count) bytes", expected: "at most \(ScoringEngine.maximumPostBytes) bytes")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .missingArgument("a post to score (in FILE or on standard input)", command: name)
        }
        let report = setup.score(text, scenario: setup.scenario, platform: setup.platform)
        if format == "json" {
            context.print(report.json(id: source == "-" ? .null : .string(source)).serialized(pretty: true))
        } else {
            if let scenario = setup.scenario {
                context.print(Style(context: context, arguments: arguments).dim("Scenario: \(scenario.scenario.id) · \(scenario.beat.id)".terminalSafe))
            }
            context.standardOutput.write(ReportRenderer(style: Style(context: context, arguments: arguments)).render(report))
        }
        return report.verdict == .blocked ? .failure : .success
    }

    static func readInput(_ source: String, in context: ProgramContext) throws(UsageError) -> String {
        // Read no further than a post can be (plus its line end): a larger input is
        // refused before it is held whole.
        let limit = InputLimit.post + 2
        func tooLarge(_ bytes: Int) -> UsageError {
            .invalidValue(option: "post", value: "more than \(bytes) bytes", expected: "at most \(ScoringEngine.maximumPostBytes) bytes")
        }
        if source == "-" {
            switch context.standardInput.readRest(limit: limit) {
            case .text(let text): return text
            case .tooLong(let bytes): throw tooLarge(bytes)
            }
        }
        switch BoundedFile.read(context.absolutePath(source), limit: limit) {
        case .success(let data): return String(decoding: data, as: UTF8.self)
        case .failure(.tooLarge(let bytes, _)): throw tooLarge(bytes)
        case .failure(.cannotOpen(let reason)):
            if !FileManager.default.fileExists(atPath: context.absolutePath(source)) { throw .fileNotFound(source) }
            throw .unreadable(source, reason: reason)
        }
    }

    static func streamLines(from source: String, setup: ScoringSetup, jobs: Int = 1, in context: ProgramContext) throws(UsageError) -> ExitCode {
        let lines: LineSource
        if source == "-" {
            lines = context.standardInput
        } else {
            guard let file = FileLines(path: context.absolutePath(source)) else {
                if !FileManager.default.fileExists(atPath: context.absolutePath(source)) { throw .fileNotFound(source) }
                throw .unreadable(source, reason: String(cString: strerror(errno)))
            }
            lines = file
        }
        var number = 0
        if jobs <= 1 {
            while let input = lines.readLine(limit: InputLimit.jsonLine) {
                number += 1
                guard case .text(let line) = input else { context.print(setup.tooLongLine(input, number: number).serialized()); continue }
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                context.print(setup.scoreJSONLine(line, number: number).serialized())
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
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                work.append(setup.prepareJSONLine(line, number: number))
            }
            finished = work.count < batchSize
            guard !work.isEmpty else { break }
            let results = ResultSlots(count: work.count)
            let items = work
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                var index = worker
                while index < items.count {
                    results.set(index, items[index].run().serialized())
                    index += jobs
                }
            }
            context.standardOutput.write(results.joined())
        }
        return .success
    }
}

/// Everything a score needs, resolved once from the arguments: the catalogue, the
/// scenario and beat, the policy, the engines (one per policy), the platform and day.
final class ScoringSetup {
    let context: ProgramContext
    let library: ScenarioLibrary
    let policies: PolicyFiles
    let userPolicy: MinbarCore.Policy?
    let scenario: PreparedBeat?
    let plan: PreparedPlan?
    let platform: Platform?
    let date: CalendarDate
    let only: Set<String>?
    let disabled: Set<String>
    let roots: [String]
    private var prepared: [String: PreparedBeat] = [:]

    init(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) {
        self.context = context
        library = try ScenarioFiles.catalogue(arguments, in: context)
        let policies = PolicyFiles(context: context)
        self.policies = policies
        roots = ScenarioFiles.trainerFolders(arguments, in: context)
        if let path = arguments.value("--policy") {
            userPolicy = try policies.load(userPath: path)
        } else {
            userPolicy = nil
        }
        plan = try arguments.value("--plan").map { reference throws(UsageError) in PreparedPlan(try PlanFiles.load(reference, in: context)) }
        if let name = arguments.value("--platform") {
            guard let platform = Platform(rawValue: name.lowercased()) else {
                throw .invalidValue(option: "--platform", value: name, expected: Platform.allCases.map(\.rawValue).joined(separator: ", "))
            }
            self.platform = platform
        } else {
            platform = nil
        }
        if let text = arguments.value("--date") {
            guard let date = CalendarDate(parsing: text) else { throw .invalidValue(option: "--date", value: text, expected: "YYYY-MM-DD") }
            self.date = date
        } else {
            date = CalendarDate(context.now())
        }
        let known = Set(RuleRegistry.ids)
        func ruleList(_ option: String) throws(UsageError) -> Set<String>? {
            guard let value = arguments.value(option) else { return nil }
            let ids = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for id in ids where !known.contains(id) {
                throw .invalidValue(option: option, value: id, expected: Suggestion.closest(to: id, among: known).map { "a rule id (did you mean '\($0)'?)" } ?? "a rule id (see 'minbar rules')")
            }
            return Set(ids)
        }
        only = try ruleList("--only")
        disabled = try ruleList("--disable") ?? []
        if let reference = arguments.value("--scenario") {
            var beat: PreparedBeat?
            beat = try ScoringSetup.resolve(reference, beatID: arguments.value("--beat"), library: library, in: context)
            scenario = beat
        } else {
            scenario = nil
        }
    }

    /// A scenario by id from the catalogue, or by path to a `.scenario.md` file.
    static func resolve(_ reference: String, beatID: String?, library: ScenarioLibrary, in context: ProgramContext) throws(UsageError) -> PreparedBeat {
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
                throw .unknownScenario(reference, suggestion: Suggestion.closest(to: reference, among: library.scenarios.map(\.id)))
            }
            scenario = found
        }
        let beat: Beat
        if let beatID {
            guard let found = scenario.beat(beatID) else {
                throw .invalidValue(option: "--beat", value: beatID, expected: "one of " + scenario.beats.map(\.id).joined(separator: ", "))
            }
            beat = found
        } else {
            beat = scenario.beats[0]
        }
        return PreparedBeat(scenario: scenario, beat: beat)
    }

    /// The engine for a scenario's policy, with the user's policy on top.
    func engine(for scenario: Scenario?) -> ScoringEngine {
        policies.engine(for: scenario, roots: roots, userPolicy: userPolicy, only: only, disabled: disabled)
    }

    func score(_ text: String, scenario: PreparedBeat?, platform: Platform?) -> ScoreReport {
        engine(for: scenario?.scenario).score(text, beat: scenario, plan: plan, platform: platform, date: date)
    }

    /// A line of `--jsonl` input made ready to score on any thread: the scenario, engine
    /// and platform are resolved here, where the caches live.
    struct Work: Sendable {
        var id: JSONValue
        var text: String
        var beat: PreparedBeat?
        var platform: Platform?
        var engine: ScoringEngine
        var date: CalendarDate
        var plan: PreparedPlan?
        var failure: JSONValue?

        func run() -> JSONValue {
            if let failure { return failure }
            return engine.score(text, beat: beat, plan: plan, platform: platform, date: date).json(id: id)
        }
    }

    func prepareJSONLine(_ line: String, number: Int) -> Work {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return failed(.object([("id", .null), ("line", .int(number)), ("error", .string("line \(number) is not a JSON object"))]))
        }
        let id: JSONValue = (object["id"] as? String).map(JSONValue.string) ?? (object["id"] as? Int).map(JSONValue.int) ?? .null
        func failure(_ message: String) -> Work { failed(.object([("id", id), ("line", .int(number)), ("error", .string(message))])) }
        guard let text = object["text"] as? String else { return failure("missing \"text\" (a string)") }
        guard text.utf8.count <= ScoringEngine.maximumPostBytes else {
            return failure("the post is \(text.utf8.count) bytes; the limit is \(ScoringEngine.maximumPostBytes)")
        }
        var beat = scenario
        if let reference = object["scenario"] as? String {
            if let cached = prepared[reference] {
                beat = cached
            } else {
                guard let found = library.scenario(id: reference) else { return failure("no scenario is called '\(reference)'") }
                let made = PreparedBeat(scenario: found, beat: found.beats[0])
                prepared[reference] = made
                beat = made
            }
        }
        var platform = self.platform
        if let name = object["platform"] as? String {
            guard let chosen = Platform(rawValue: name.lowercased()) else { return failure("unknown platform '\(name)'") }
            platform = chosen
        }
        return Work(id: id, text: text, beat: beat, platform: platform, engine: engine(for: beat?.scenario), date: date, plan: plan, failure: nil)
    }

    /// A line that cannot be scored, as the error object it prints.
    /// The output for a line longer than `InputLimit.jsonLine` (skipped unread).
    func tooLongLine(_ input: InputLine, number: Int) -> JSONValue {
        guard case .tooLong(let bytes) = input else { return .null }
        return .object([("id", .null), ("line", .int(number)), ("error", .string("line \(number) is more than \(bytes) bytes; the limit is \(InputLimit.jsonLine)"))])
    }

    func failed(_ value: JSONValue) -> Work {
        Work(id: .null, text: "", beat: nil, platform: nil, engine: engine(for: nil), date: date, plan: nil, failure: value)
    }

    /// One line of `--jsonl` input to one line of output; never throws.
    func scoreJSONLine(_ line: String, number: Int) -> JSONValue {
        prepareJSONLine(line, number: number).run()
    }
}

/// Lines of a file, read in blocks with a limit per line, so a large stream uses
/// constant memory.
final class FileLines: LineSource {
    private let reader: BoundedLineReader
    init?(path: String) {
        guard let reader = BoundedLineReader(path: path) else { return nil }
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
    private var slots: [String]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: "", count: count) }

    func set(_ index: Int, _ text: String) {
        lock.lock()
        slots[index] = text
        lock.unlock()
    }

    func joined() -> String { slots.map { $0 + "\n" }.joined() }
}
