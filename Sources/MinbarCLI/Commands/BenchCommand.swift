import Dispatch
import Foundation
import MinbarCore

/// `minbar bench`: how fast scoring is, measured, not guessed.
enum BenchCommand: Command {
    static let name = "bench"
    static let summary = "Measure scoring speed: posts per second, latency per post, peak memory."
    static let discussion = """
        Scores a generated corpus of mixed English and Arabic posts (clean and rule-breaking,
        the same posts for the same seed) on one core and reports throughput, p50/p99/max
        latency per post and the process's peak resident memory. Build in release mode for
        figures that mean anything: swift run -c release minbar bench
        """
    static let options = [
        OptionSpec("--posts", value: "N", help: "How many posts to score (default 100000)."),
        OptionSpec("--scenario", value: "ID", help: "Score against this scenario's first beat (alignment on)."),
        OptionSpec("--seed", value: "N", help: "Seed of the generated corpus (default 2026)."),
        OptionSpec("--stream", value: "N", help: "Also stream N posts through 'minbar score --jsonl' and report its peak memory."),
    ] + ScoringContextBuilder.options + [
        CommonOptions.json,
        CommonOptions.scenarios,
    ]

    static func run(_ arguments: ParsedArguments, in context: ProgramContext) throws(UsageError) -> ExitCode {
        func number(_ option: String, _ fallback: Int) throws(UsageError) -> Int {
            guard let text = arguments.value(option) else { return fallback }
            guard let value = Int(text), value > 0 else { throw .invalidValue(option: option, value: text, expected: "a positive whole number") }
            return value
        }
        let count = try number("--posts", 100_000)
        let seed = try number("--seed", 2026)
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
        let start = DispatchTime.now().uptimeNanoseconds
        for post in BenchmarkCorpus(count: count, seed: UInt64(seed)) {
            let before = DispatchTime.now().uptimeNanoseconds
            let report = scoring.score(post)
            latencies.append(DispatchTime.now().uptimeNanoseconds - before)
            if report.verdict == .blocked { blocked += 1 }
            characters += post.unicodeScalars.count
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        latencies.sort()

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
                ("streamSeconds", stream.map { JSONValue.double($0.seconds) } ?? .null),
                ("streamPeakMegabytes", stream.map { JSONValue.double($0.megabytes) } ?? .null),
            ]).serialized(pretty: true))
        } else {
            context.print("scored \(count) posts (avg \(characters / max(1, count)) characters, \(blocked) blocked) in \(String(format: "%.2f", elapsed)) s on one core")
            context.print("  throughput  \(Int(rate)) posts/s")
            context.print("  latency     p50 \(String(format: "%.3f", percentile(0.5))) ms · p99 \(String(format: "%.3f", percentile(0.99))) ms · max \(String(format: "%.3f", percentile(1))) ms")
            context.print("  all \(cores) cores  \(Int(parallelRate)) posts/s")
            context.print("  1,000 scenario files: loaded in \(String(format: "%.3f", loadSeconds)) s (\(library.scenarios.count)), loaded and linted in \(String(format: "%.3f", lintSeconds)) s")
            if let startup { context.print("  start to exit on empty input (median of 10): \(String(format: "%.1f", startup)) ms") }
            context.print("  peak memory \(String(format: "%.1f", peak)) MiB resident")
            if let stream {
                context.print("  streamed \(try number("--stream", 0)) posts through score --jsonl in \(String(format: "%.1f", stream.seconds)) s, peak \(String(format: "%.1f", stream.megabytes)) MiB")
            }
        }
        return .success
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
