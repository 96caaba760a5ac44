import Foundation
import Testing
@testable import MinbarCLI

/// The options of the session as a whole (--data, --profile, --no-color, --scenarios,
/// --lang) work before or after any command's name: before it, all but --lang were
/// taken for practice's, and the command's name for a stray word ("unknown command
/// 'list'", "unknown option '--format' for 'practice'").
@Suite struct GlobalOptionsTests {
    @Test(arguments: [
        ["--data", "DATA", "list"],
        ["--no-color", "list"],
        ["list", "--data", "DATA"],
        ["--scenarios", "DATA", "--no-color", "list", "--json"],
        ["--data", "DATA", "--profile", "omar", "--lang", "ar", "rules"],
        ["--data=DATA", "explain", "tone.hype"],
    ])
    func aSessionOptionBeforeOrAfterTheCommandWorks(_ arguments: [String]) throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(arguments.map { $0.replacingOccurrences(of: "DATA", with: data.path) })
        #expect(run.status == 0, "\(arguments): \(run.error)")
        #expect(!run.error.contains("unknown"), "\(run.error)")
    }

    /// `minbar --profile omar export` exports omar's practice (it ran practice, which
    /// refused export's own --format).
    @Test func theProfileBeforeExportIsTheProfileExported() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let practice = runMinbar(["--data", data.path, "--profile", "omar"], input: "/open investor-q3-margins\nOur Q3 gross margin was 37%, as published today.\n/quit\n")
        #expect(practice.status == 0, "\(practice.error)")
        let run = runMinbar(["--data", data.path, "--profile", "omar", "export", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Our Q3 gross margin was 37%, as published today."), "\(run.output.prefix(300))")
    }

    /// What is not a command is still refused as one, with a suggestion; a value that
    /// happens to be a command's name is the option's value (a profile called "list").
    @Test func aMistypedCommandAfterOptionsIsStillRefused() throws {
        let data = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let run = runMinbar(["--data", data.path, "lst"])
        #expect(run.status == 2)
        #expect(run.error.contains("unknown command 'lst'") && run.error.contains("'list'"), "\(run.error)")
        let profile = runMinbar(["--data", data.path, "--profile", "list"], input: "/quit\n")
        #expect(profile.status == 0, "\(profile.error)")
        #expect(profile.output.contains("Profile: list"), "\(profile.output)")
    }
}
