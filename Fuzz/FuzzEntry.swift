// libFuzzer entry point for Minbar's parsers. Not part of the package build: run
// Fuzz/run.sh, which compiles MinbarCore with this file under -sanitize=fuzzer,address.
//
// The first input byte picks the parser; the rest is the file. Every parser must return
// (never trap), and every rejected input must carry an error diagnostic.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch data[0] % 6 {
    case 0:
        let result = ScenarioParser.parse(SourceText(path: "fuzz.scenario.md", bytes: bytes))
        if result.scenario == nil && !result.diagnostics.hasErrors { fatalError("rejected without an error") }
        if let scenario = result.scenario { _ = ScenarioLinter.lint(scenario) }
    case 1:
        let result = PolicyParser.parse(SourceText(path: "fuzz.policy.md", bytes: bytes))
        if result.policy == nil && !result.diagnostics.hasErrors { fatalError("rejected without an error") }
    case 2:
        let result = PlanParser.parse(SourceText(path: "fuzz.plan.md", bytes: bytes))
        if result.plan == nil && !result.diagnostics.hasErrors { fatalError("rejected without an error") }
    case 3:
        // Import: whatever is accepted must be valid and survive a round trip unchanged.
        if let document = try? JSONExporter.read(Data(bytes)) {
            if let problem = ImportValidation.firstProblem(in: document.attempts) { fatalError("accepted an invalid attempt: \(problem)") }
            let transcript = Transcript(profile: document.profile, attempts: document.attempts, generated: document.generated)
            guard let again = try? JSONExporter.read(Data((try? JSONExporter.render(transcript))?.utf8 ?? "".utf8)) else {
                fatalError("an accepted export does not read back")
            }
            if again.attempts.count != document.attempts.count { fatalError("round trip changed the attempts") }
        }
    case 5:
        // The store's log, read as ProgressStore reads it: line by line, each line an
        // attempt or a damaged line, never a trap; every line is one or the other.
        var records = 0, damaged = 0, lines = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            lines += 1
            if (try? AttemptRecord.decode(line: String(decoding: line, as: UTF8.self))) != nil { records += 1 } else { damaged += 1 }
        }
        if records + damaged != lines { fatalError("a line was neither an attempt nor damaged") }
    default:
        let text = String(decoding: bytes, as: UTF8.self)
        let report = FuzzEngine.engine.score(text)
        for finding in report.findings where finding.end > text.unicodeScalars.count { fatalError("span past the end") }
        _ = ConditionParser.parse(text)
    }
    return 0
}

enum FuzzEngine {
    static let engine = ScoringEngine()
}

import Foundation
