import Testing
@testable import MinbarCLI

/// --json and --jsonl name the output; a --format that says otherwise is refused, not ignored.
@Suite struct OutputFormatConflictTests {
    @Test func aFormatThatContradictsJSONIsRefused() {
        let json = runMinbar(["score", "--json", "--format", "text", "--text", "Thank you, team."])
        #expect(json.status == 2 && json.error.contains("--format") && json.output.isEmpty, "\(json.error)")
        let lines = runMinbar(["score", "--jsonl", "--format", "text"], input: "{\"id\": \"a\", \"text\": \"Thank you, team.\"}\n")
        #expect(lines.status == 2 && lines.error.contains("--jsonl") && lines.output.isEmpty, "\(lines.error)")
        let arabic = runMinbar(["score", "--lang", "ar", "--json", "--format", "text", "--text", "شكراً للفريق."])
        #expect(arabic.status == 2 && arabic.error.contains("--format"), "\(arabic.error)")
        let agreeing = runMinbar(["score", "--json", "--format", "json", "--text", "Thank you, team."])
        #expect(agreeing.status == 0 && agreeing.output.contains("\"verdict\""), "\(agreeing.error)")
    }
}
