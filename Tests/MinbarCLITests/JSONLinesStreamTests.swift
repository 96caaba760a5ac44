import Foundation
import Testing
@testable import MinbarCLI
@testable import MinbarCore

/// `score --jsonl` reads common lines on a fast path and writes results through a byte
/// buffer; what it prints must not depend on which path a line took.
struct JSONLinesStreamTests {
    /// Every post text of the development corpora, in both languages.
    static func corpusTexts() throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("MinbarCoreTests/Corpus")
        var texts: [String] = []
        for name in ["posts.jsonl", "heldout.jsonl", "real-cases.jsonl", "moves-by-scenario.jsonl"] {
            let data = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in data.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                texts.append(try #require(object["text"] as? String))
            }
        }
        return texts
    }

    @Test("Fast-path lines and full-parser lines give byte-identical results on the corpora")
    func fastAndSlowPathsAgree() throws {
        let texts = try JSONLinesStreamTests.corpusTexts()
        #expect(texts.count > 100)
        // The same posts twice: as the common two-key line (fast path), and with an extra
        // key the fast path declines (so Foundation's parser reads it).
        var fast = "", slow = ""
        for (index, text) in texts.enumerated() {
            fast += JSONValue.object([("id", .int(index)), ("text", .string(text))]).serialized() + "\n"
            slow += JSONValue.object([("note", .string("x")), ("text", .string(text)), ("id", .int(index))]).serialized() + "\n"
        }
        #expect(PostLineReader.read(String(fast.prefix { $0 != "\n" })) != nil)
        #expect(PostLineReader.read(String(slow.prefix { $0 != "\n" })) == nil)
        let fastRun = runMinbar(["score", "--jsonl", "--date", "2026-11-30"], input: fast)
        let slowRun = runMinbar(["score", "--jsonl", "--date", "2026-11-30"], input: slow)
        #expect(fastRun.status == 0)
        #expect(fastRun.output.split(separator: "\n").count == texts.count)
        #expect(fastRun.output == slowRun.output)
        // And each line is what the reference serializer writes for that report.
        let engineRun = fastRun.output.split(separator: "\n").first.map(String.init)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data((engineRun ?? "").utf8)) as? [String: Any])
        #expect(parsed["id"] as? Int == 0)
    }

    @Test("Tricky escapes read from a file give the same results as the same posts written plainly")
    func escapedInputFromFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let escaped = [
            #"{"text":"\u0646\u0639\u062a\u0630\u0631 \u0639\u0646 \u0627\u0644\u0627\u0646\u0642\u0637\u0627\u0639 \ud83d\ude02","id":"a"}"#,
            #"{"id":"b","text":"He said \"guaranteed returns\" \\ trust me!!!"}"#,
        ]
        let plain = [
            JSONValue.object([("id", .string("a")), ("text", .string("نعتذر عن الانقطاع 😂"))]).serialized(),
            JSONValue.object([("id", .string("b")), ("text", .string("He said \"guaranteed returns\" \\ trust me!!!"))]).serialized(),
        ]
        try write(escaped.joined(separator: "\n") + "\n", to: folder.appendingPathComponent("escaped.jsonl"))
        try write(plain.joined(separator: "\r\n"), to: folder.appendingPathComponent("plain.jsonl"))
        let fromEscaped = runMinbar(["score", "--jsonl", "escaped.jsonl", "--date", "2026-11-30"], directory: folder.path)
        let fromPlain = runMinbar(["score", "--jsonl", "plain.jsonl", "--date", "2026-11-30"], directory: folder.path)
        #expect(fromEscaped.status == 0)
        #expect(fromEscaped.output.split(separator: "\n").count == 2)
        #expect(fromEscaped.output == fromPlain.output)
        #expect(fromEscaped.output.contains("\"language\":\"ar\""))
    }

    @Test("A file is scored on every core by default, with the same bytes as one job")
    func aFileUsesEveryCoreWithTheSameBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // More than one batch (2,048 lines), in both languages, so the batches' seams are crossed.
        let texts = try JSONLinesStreamTests.corpusTexts()
        let lines = (0..<2_500).map { JSONValue.object([("id", .int($0)), ("text", .string(texts[$0 % texts.count]))]).serialized() }
        try write(lines.joined(separator: "\n") + "\n", to: folder.appendingPathComponent("posts.jsonl"))
        let byDefault = runMinbar(["score", "--jsonl", "posts.jsonl", "--date", "2026-11-30"], directory: folder.path)
        let oneJob = runMinbar(["score", "--jsonl", "posts.jsonl", "--jobs", "1", "--date", "2026-11-30"], directory: folder.path)
        #expect(byDefault.status == 0)
        #expect(byDefault.output.split(separator: "\n").count == 2_500)
        #expect(byDefault.output == oneJob.output)
        #expect(ScoreCommand.isRegularFile(folder.appendingPathComponent("posts.jsonl").path))
        #expect(!ScoreCommand.isRegularFile("/dev/stdin"))
        #expect(!ScoreCommand.isRegularFile(folder.path))
    }

    @Test("--jobs 2 writes the same bytes as one job")
    func jobsAgree() throws {
        let texts = try JSONLinesStreamTests.corpusTexts().prefix(300)
        let input = texts.enumerated().map { JSONValue.object([("id", .int($0)), ("text", .string($1))]).serialized() }.joined(separator: "\n")
        let one = runMinbar(["score", "--jsonl", "--date", "2026-11-30"], input: input)
        let two = runMinbar(["score", "--jsonl", "--jobs", "2", "--date", "2026-11-30"], input: input)
        #expect(one.output.split(separator: "\n").count == texts.count)
        #expect(one.output == two.output)
    }
}
