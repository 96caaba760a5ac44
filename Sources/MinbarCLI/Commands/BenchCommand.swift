import Dispatch
import Foundation
import MinbarCore

/// `minbar bench`: how fast scoring is, measured, not guessed.
enum BenchCommand: Command {
    static let name = "bench"
    static let summary = "Measure scoring speed: posts per second, latency per post, peak memory."
    static let summaryAr = "قِس سرعة التقييم: المنشورات في الثانية، وزمن كل منشور، وذروة الذاكرة."
    static let discussion = """
        Scores a generated corpus of mixed English and Arabic posts (clean and rule-breaking,
        the same posts for the same seed) on one core and reports throughput, p50/p99/max
        latency per post and the process's peak resident memory. Build in release mode for
        figures that mean anything: swift run -c release minbar bench
        """
    static let discussionAr = """
        يقيّم مدونة مولّدة من منشورات إنجليزية وعربية مختلطة (سليمة ومخالفة للقواعد،
        والمنشورات نفسها للبذرة نفسها) على نواة واحدة، ويعرض الإنتاجية وزمن كل منشور
        (p50 وp99 والأقصى) وذروة الذاكرة المقيمة للعملية. ابنِ بوضع الإصدار لتكون الأرقام
        ذات معنى: `swift run -c release minbar bench`
        """
    static let options = [
        OptionSpec("--posts", value: "N", help: "How many posts to score (default 100000).", helpAr: "عدد المنشورات المراد تقييمها (الافتراضي 100000)."),
        OptionSpec("--scenario", value: "ID", help: "Score against this scenario's first beat (alignment on).", helpAr: "قيّم مقابل أول مرحلة في هذا السيناريو (مع قياس التوافق)."),
        OptionSpec("--seed", value: "N", help: "Seed of the generated corpus (default 2026).", helpAr: "بذرة المدونة المولّدة (الافتراضي 2026)."),
        OptionSpec("--stream", value: "N", help: "Also stream N posts through 'minbar score --jsonl' and report its peak memory.", helpAr: "مرّر أيضًا N منشورًا عبر `minbar score --jsonl` وأبلغ عن ذروة ذاكرته."),
        OptionSpec("--mixed", value: "N", help: "Posts of the mixed-length corpus to score in process and end to end (default 20000, or --posts when that is smaller).", helpAr: "منشورات المدونة متفاوتة الطول المراد تقييمها داخل العملية ومن طرف إلى طرف (الافتراضي 20000، أو --posts إن كان أصغر)."),
        OptionSpec("--corpus", value: "FILE", help: "Use these posts (JSON lines with a \"text\") as the mixed corpus, in process and end to end.", helpAr: "استخدم منشورات هذا الملف (أسطر JSON كالتي يقرؤها `score --jsonl`) بدل المدونة متفاوتة الطول، داخل العملية ومن طرف إلى طرف."),
        OptionSpec("--write-corpus", value: "FILE", help: "Write the mixed-length corpus (--posts posts, default 20000) as JSON lines to FILE and stop.", helpAr: "اكتب المدونة متفاوتة الطول (عدد --posts، الافتراضي 20000) أسطر JSON في FILE ثم توقف."),
    ] + ScoringContextBuilder.options + [
        CommonOptions.json,
        CommonOptions.scenarios,
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        func number(_ option: String, _ fallback: Int, upTo limit: Int = Int.max) throws(UsageError) -> Int {
            guard let text = arguments.value(option) else { return fallback }
            guard let value = Int(text), value > 0, value <= limit else {
                throw .invalidValue(option: option, value: text, expected: limit == Int.max ? "a positive whole number" : "a whole number from 1 to \(limit)")
            }
            return value
        }
        // Every post's latency is kept (8 bytes each): ten million is 80 MB, the most asked of memory.
        let maximumPosts = 10_000_000
        let seed = try number("--seed", 2026)
        if let path = arguments.value("--write-corpus") {
            return try writeCorpus(to: path, posts: try number("--posts", 20_000, upTo: maximumPosts), seed: seed, in: context)
        }
        let count = try number("--posts", 100_000, upTo: maximumPosts)
        // A generated corpus repeats a few hundred words, which flatters every per-word cache;
        // `--corpus` measures on posts with a real vocabulary instead. Read first, so that a
        // bad file is reported before minutes of measuring.
        let corpusPath = arguments.value("--corpus")
        let mixed: [String]
        if let corpusPath {
            mixed = try readCorpus(corpusPath, in: context)
        } else {
            // `--posts 50` asks for a small run: the mixed corpus is no larger unless --mixed says.
            let posts = arguments.value("--posts") == nil ? 20_000 : min(20_000, try number("--posts", 100_000, upTo: maximumPosts))
            mixed = Array(MixedLengthCorpus(count: try number("--mixed", posts), seed: UInt64(seed)))
        }
        // The same context a post gets in practice or `score`, from the same builder.
        let builder = try ScoringContextBuilder(arguments, in: context)
        var scenario: Scenario?
        if let id = arguments.value("--scenario") {
            scenario = try ScoringSetup.resolve(id, beatID: nil, library: try ScenarioFiles.catalogue(arguments, in: context), in: context).scenario
        }
        let scoring = builder.context(for: scenario)
        var latencies: [UInt64] = []
        latencies.reserveCapacity(count)
        var blocked = 0
        var characters = 0
        let progress = ProgressMeter(ProgressMeter.bench, unit: ProgressMeter.posts, total: count, json: arguments.has("--json"), in: context)
        let start = DispatchTime.now().uptimeNanoseconds
        for post in BenchmarkCorpus(count: count, seed: UInt64(seed)) {
            progress.advance()
            let before = DispatchTime.now().uptimeNanoseconds
            let report = scoring.score(post)
            latencies.append(DispatchTime.now().uptimeNanoseconds - before)
            if report.verdict == .blocked { blocked += 1 }
            characters += post.unicodeScalars.count
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        progress.finish()
        latencies.sort()

        // What users run: the mixed-length corpus, scored in process and then end to end
        // through `minbar score --jsonl` into a pipe.
        let mixedCount = mixed.count
        let mixedCharacters = mixed.reduce(0) { $0 + $1.unicodeScalars.count } / max(1, mixedCount)
        let mixedStart = DispatchTime.now().uptimeNanoseconds
        for post in mixed { _ = scoring.score(post) }
        let mixedRate = Double(mixedCount) / (Double(DispatchTime.now().uptimeNanoseconds - mixedStart) / 1e9)
        let endToEnd = endToEndRate(mixed, extra: scoringArguments(arguments))

        // The same corpus on every core.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let posts = Array(BenchmarkCorpus(count: count, seed: UInt64(seed)))
        let parallelStart = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: cores) { worker in
            var index = worker
            while index < posts.count {
                _ = scoring.score(posts[index])
                index += cores
            }
        }
        let parallelRate = Double(count) / (Double(DispatchTime.now().uptimeNanoseconds - parallelStart) / 1e9)

        // Loading 1,000 scenario files: the bundled ones again and again under new ids.
        let bundled = BundledScenarios.scenarioFiles
        var files: [SourceFile] = []
        for index in 0..<1_000 {
            let original = bundled[index % bundled.count]
            let text = String(decoding: original.bytes, as: UTF8.self)
                .replacingOccurrences(of: "\nid: ", with: "\nid: copy\(index)-")
            files.append(SourceFile(path: "bench/\(index).scenario.md", text: text))
        }
        // Loading is what practice and `list` do; checking adds the trainer's quicktest.
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let library = ScenarioLibrary(files: files, lint: false)
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        let lintStart = DispatchTime.now().uptimeNanoseconds
        _ = ScenarioLibrary(files: files, lint: true)
        let lintSeconds = Double(DispatchTime.now().uptimeNanoseconds - lintStart) / 1e9
        let startup = startupMilliseconds()
        let stream = try arguments.value("--stream").map { _ throws(UsageError) in try number("--stream", 0) }.flatMap { streamPeak(posts: $0, seed: seed) }
        func percentile(_ p: Double) -> Double {
            Double(latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]) / 1e6
        }
        let rate = Double(count) / elapsed
        let peak = peakResidentMegabytes()
        if arguments.has("--json") {
            context.print(JSONValue.object([
                ("posts", .int(count)), ("seconds", .double(elapsed)), ("postsPerSecond", .double(rate.rounded())),
                ("p50Milliseconds", .double(percentile(0.5))), ("p99Milliseconds", .double(percentile(0.99))),
                ("maxMilliseconds", .double(percentile(1))), ("peakResidentMegabytes", .double(peak)),
                ("averageCharacters", .int(characters / max(1, count))), ("blocked", .int(blocked)),
                ("cores", .int(cores)), ("postsPerSecondAllCores", .double(parallelRate.rounded())),
                ("load1000ScenariosSeconds", .double(loadSeconds)), ("check1000ScenariosSeconds", .double(lintSeconds)),
                ("scenariosLoaded", .int(library.scenarios.count)),
                ("startupMilliseconds", startup.map(JSONValue.double) ?? .null),
                ("corpus", corpusPath.map(JSONValue.string) ?? .null), ("mixedPosts", .int(mixedCount)), ("mixedAverageCharacters", .int(mixedCharacters)),
                ("mixedPostsPerSecondInProcess", .double(mixedRate.rounded())),
                ("endToEndPostsPerSecond", endToEnd.map { JSONValue.double($0.rate.rounded()) } ?? .null),
                ("endToEndPeakMegabytes", endToEnd.map { JSONValue.double($0.megabytes) } ?? .null),
                ("streamSeconds", stream.map { JSONValue.double($0.seconds) } ?? .null),
                ("streamPeakMegabytes", stream.map { JSONValue.double($0.megabytes) } ?? .null),
            ]).serialized(pretty: true))
        } else {
            // In the interface's language: only units, percentiles and the command line stay as they are.
            let ar = context.language == .ar
            func say(_ english: String, _ arabic: String) { context.print(ar ? arabic : english) }
            func f(_ format: String, _ value: Double) -> String { String(format: format, value) }
            say("scored \(count) posts (avg \(characters / max(1, count)) characters, \(blocked) blocked) in \(f("%.2f", elapsed)) s on one core",
                "قُيّم \(count) منشوراً (بمتوسط \(characters / max(1, count)) حرفاً، حُجب منها \(blocked)) في \(f("%.2f", elapsed)) ث على نواة واحدة")
            say("  throughput  \(Int(rate)) posts/s", "  الإنتاجية  \(Int(rate)) منشوراً/ث")
            say("  latency     p50 \(f("%.3f", percentile(0.5))) ms · p99 \(f("%.3f", percentile(0.99))) ms · max \(f("%.3f", percentile(1))) ms",
                "  زمن المنشور  p50 \(f("%.3f", percentile(0.5))) ms · p99 \(f("%.3f", percentile(0.99))) ms · الأقصى \(f("%.3f", percentile(1))) ms")
            say("  all \(cores) cores  \(Int(parallelRate)) posts/s", "  كل الأنوية (\(cores))  \(Int(parallelRate)) منشوراً/ث")
            if let corpusPath {
                say("corpus \(corpusPath): \(mixedCount) posts (avg \(mixedCharacters) characters)",
                    "المدونة \(corpusPath): \(mixedCount) منشوراً (بمتوسط \(mixedCharacters) حرفاً)")
            } else {
                say("mixed corpus: \(mixedCount) posts, 80-600 characters (avg \(mixedCharacters)), a quarter Arabic",
                    "المدونة المختلطة: \(mixedCount) منشوراً، من 80 إلى 600 حرف (بمتوسط \(mixedCharacters))، ربعها بالعربية")
            }
            say("  in process  \(Int(mixedRate)) posts/s on one core", "  داخل العملية  \(Int(mixedRate)) منشوراً/ث على نواة واحدة")
            if let endToEnd {
                say("  end to end  \(Int(endToEnd.rate)) posts/s: minbar score --jsonl FILE into a pipe, one core, peak \(f("%.1f", endToEnd.megabytes)) MiB",
                    "  من طرف إلى طرف  \(Int(endToEnd.rate)) منشوراً/ث: ‎minbar score --jsonl FILE‎ إلى أنبوب، نواة واحدة، الذروة \(f("%.1f", endToEnd.megabytes)) MiB")
            }
            say("  1,000 scenario files: loaded in \(f("%.3f", loadSeconds)) s (\(library.scenarios.count)), loaded and linted in \(f("%.3f", lintSeconds)) s",
                "  1000 ملف سيناريو: حُمّلت في \(f("%.3f", loadSeconds)) ث (\(library.scenarios.count))، وحُمّلت وفُحصت في \(f("%.3f", lintSeconds)) ث")
            if let startup {
                say("  start to exit on empty input (median of 10): \(f("%.1f", startup)) ms", "  من البدء إلى الخروج على إدخال فارغ (وسيط 10 مرات): \(f("%.1f", startup)) ms")
            }
            say("  peak memory \(f("%.1f", peak)) MiB resident", "  ذروة الذاكرة \(f("%.1f", peak)) MiB مقيمة")
            if let stream {
                let streamed = try number("--stream", 0)
                say("  streamed \(streamed) posts through score --jsonl in \(f("%.1f", stream.seconds)) s, peak \(f("%.1f", stream.megabytes)) MiB",
                    "  مُرّر \(streamed) منشوراً عبر ‎score --jsonl‎ في \(f("%.1f", stream.seconds)) ث، الذروة \(f("%.1f", stream.megabytes)) MiB")
            }
        }
        return .success
    }

    /// The posts of a JSON-lines file (each line an object with a string "text", as
    /// `score --jsonl` reads), for `--corpus`. A line that is not one is an error naming its
    /// line, since a figure measured on part of a corpus would not say so.
    static func readCorpus(_ path: String, in context: ProgramContext) throws(UsageError) -> [String] {
        let data: Data
        switch BoundedFile.read(context.absolutePath(path), limit: 1 << 30) {
        case .success(let bytes): data = bytes
        case .failure(.tooLarge(_, let limit)): throw .unreadable(path, reason: "larger than \(limit) bytes")
        case .failure(.cannotOpen(let reason)):
            if !FileManager.default.fileExists(atPath: context.absolutePath(path)) { throw .fileNotFound(path) }
            throw .unreadable(path, reason: reason)
        }
        var posts: [String] = []
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else {
                throw .unreadable("\(path):\(index + 1):1", reason: "not a JSON object with a string \"text\"")
            }
            posts.append(text)
        }
        guard !posts.isEmpty else { throw .unreadable(path, reason: "no posts") }
        return posts
    }

    /// The mixed-length corpus as `score --jsonl` input, for measuring other tools on the
    /// same posts (Benchmarks/proselint_rate.py).
    static func writeCorpus(to path: String, posts: Int, seed: Int, in context: ProgramContext) throws(UsageError) -> ExitCode {
        var text = ""
        var characters = 0
        for (index, post) in MixedLengthCorpus(count: posts, seed: UInt64(seed)).enumerated() {
            text += MixedLengthCorpus.jsonLine(id: index + 1, text: post) + "\n"
            characters += post.unicodeScalars.count
        }
        try OutputFile.write(text, to: path, in: context)
        context.printError(context.language == .ar
            ? "كُتب \(posts) منشوراً (بمتوسط \(characters / max(1, posts)) حرفاً) في \(path)"
            : "wrote \(posts) posts (mean \(characters / max(1, posts)) characters) to \(path)")
        return .success
    }

    /// The scoring options given to `bench` (policy, plan, date, rules), passed on to the
    /// child so the end-to-end run scores under the same context.
    static func scoringArguments(_ arguments: ParsedArguments) -> [String] {
        var extra: [String] = []
        for spec in ScoringContextBuilder.options + [CommonOptions.scenarios] {
            if spec.valueName == nil {
                if arguments.has(spec.name) { extra.append(spec.name) }
            } else {
                for value in arguments.all(spec.name) { extra += [spec.name, value] }
            }
        }
        if let scenario = arguments.value("--scenario") { extra += ["--scenario", scenario] }
        return extra
    }

    /// Posts per second of `minbar score --jsonl FILE` (this binary, as a child) on
    /// `posts`, with its results read from a pipe as a script would, and its peak memory.
    static func endToEndRate(_ posts: [String], extra: [String]) -> (rate: Double, megabytes: Double)? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0])
        guard FileManager.default.isExecutableFile(atPath: binary.path), binary.lastPathComponent == "minbar" else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-bench-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = ""
        for (index, post) in posts.enumerated() { text += MixedLengthCorpus.jsonLine(id: index + 1, text: post) + "\n" }
        guard (try? Data(text.utf8).write(to: file)) != nil else { return nil }
        let process = Process()
        process.executableURL = binary
        // One job, as the in-process figure is one core: a file would otherwise use every core.
        process.arguments = ["score", "--jsonl", file.path, "--jobs", "1"] + extra
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        let watcher = PeakWatcher(pid: process.processIdentifier)
        Thread.detachNewThread { watcher.watch(while: { process.isRunning }) }
        var lines = 0
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            lines += chunk.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard lines == posts.count else { return nil }
        return (Double(posts.count) / seconds, Double(watcher.peakKilobytes ?? 0) / 1024)
    }

    /// Median wall time of this binary starting, greeting and exiting at end of input:
    /// an upper bound on the time to the practice prompt.
    static func startupMilliseconds() -> Double? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0])
        guard FileManager.default.isExecutableFile(atPath: binary.path), binary.lastPathComponent == "minbar" else { return nil }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: data) }
        var times: [Double] = []
        for _ in 0..<10 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["--data", data.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            guard (try? process.run()) != nil else { return nil }
            process.waitUntilExit()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[times.count / 2]
    }

    /// Runs `minbar score --jsonl` as a child, feeds it `posts` generated lines, and
    /// watches its peak memory (VmHWM in /proc: getrusage of children would report the
    /// parent's own peak, which Linux carries across exec).
    static func streamPeak(posts: Int, seed: Int) -> (seconds: Double, megabytes: Double)? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0])
        guard FileManager.default.isExecutableFile(atPath: binary.path), binary.lastPathComponent == "minbar" else { return nil }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["score", "--jsonl"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        let watcher = PeakWatcher(pid: process.processIdentifier)
        Thread.detachNewThread { watcher.watch(while: { process.isRunning }) }
        var batch = ""
        var index = 0
        for post in BenchmarkCorpus(count: posts, seed: UInt64(seed)) {
            batch += JSONValue.object([("id", .int(index)), ("text", .string(post))]).serialized() + "\n"
            index += 1
            if index % 4096 == 0 { input.fileHandleForWriting.write(Data(batch.utf8)); batch = "" }
        }
        input.fileHandleForWriting.write(Data(batch.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard let kilobytes = watcher.peakKilobytes else { return nil }
        return (seconds, Double(kilobytes) / 1024)
    }

    /// The process's peak resident set, from getrusage (kilobytes on Linux, bytes on macOS).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #endif
    }
}

/// Polls a process's high-water resident memory (VmHWM) until it exits.
final class PeakWatcher: @unchecked Sendable {
    let pid: Int32
    private let lock = NSLock()
    private var peak: Int?

    init(pid: Int32) { self.pid = pid }

    var peakKilobytes: Int? { lock.lock(); defer { lock.unlock() }; return peak }

    func watch(while running: () -> Bool) {
        while running() {
            if let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let value = Int(line.split(separator: " ").dropFirst().first ?? "") {
                lock.lock(); peak = max(peak ?? 0, value); lock.unlock()
            }
            usleep(50_000)
        }
    }
}
