import Foundation
import MinbarCLI

/// Runs the whole program in memory and returns what it printed and its exit status.
struct ProgramRun {
    var status: Int32
    var output: String
    var error: String
}

func runMinbar(_ arguments: [String], environment: [String: String] = [:], input: String = "",
               directory: String = FileManager.default.currentDirectoryPath, now: Date? = nil,
               terminal: Bool = false, width: Int? = nil) -> ProgramRun {
    let output = CapturedText()
    let error = CapturedText()
    let context = ProgramContext(environment: environment, standardOutput: output, standardError: error,
                                 standardInput: ScriptedLines(text: input), currentDirectory: directory,
                                 now: { now ?? Date() }, outputIsTerminal: terminal, terminalWidth: width)
    let status = MinbarApp.run(arguments, in: context)
    return ProgramRun(status: status, output: output.text, error: error.text)
}

/// A fresh folder under the system's temporary directory, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("minbar-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
}

func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

let sampleScenario = """
# Analyst asks about margins after Q3
id: trainer-q3
kind: investor
audience: shareholders, analysts
platform: x
language: en
difficulty: 2

## Situation
Gross margin fell from 41% to 37%.

## Goals
- acknowledge: margin, 37%, decline

## Reactions
- when alignment >= 80: The analyst replies: "Fair answer."
- otherwise: The thread keeps asking.

## Examples
- ready: Our Q3 gross margin declined to 37%, as shown in this morning's published results.
- revise: We will share more soon.
"""

/// Latin words of three letters or more left in `text` once what the person typed (ids,
/// paths, option names, values) is removed, and the words every screen may show
/// (`allowed`): what an Arabic screen should not contain.
func englishWords(_ text: String, typed: [String], allowing allowed: Set<String> = ["minbar", "Minbar"]) -> [String] {
    var rest = text
    for item in typed { rest = rest.replacingOccurrences(of: item, with: "") }
    return rest.split(whereSeparator: { !$0.isLetter }).map(String.init)
        .filter { word in word.count >= 3 && word.unicodeScalars.allSatisfy { $0.isASCII } }
        .filter { !allowed.contains($0) }
}
