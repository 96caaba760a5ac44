// libFuzzer entry point for Minbar's parsers. Not part of the package build: run
// Fuzz/run.sh, which compiles MinbarCore with this file under -sanitize=fuzzer,address.
//
// The first input byte picks the parser; the rest is the file. Every parser must return
// (never trap), and every rejected input must carry an error diagnostic.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch data[0] % 5 {
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
        _ = try? JSONExporter.read(Data(bytes))
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
