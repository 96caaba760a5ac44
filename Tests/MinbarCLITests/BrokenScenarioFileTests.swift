import Foundation
import Testing

/// A scenario that names a policy with errors was scored as if it named none: "Cheapest in
/// Oman", a banned term of that policy, came out `revise` with no policy applied. Every door
/// now says so: `score` refuses as `--policy` does, a `--jsonl` line gets an error object, and
/// practice warns when the scenario opens.
@Suite struct BrokenScenarioFileTests {
    static let scenario = """
        # Customer asks about a late delivery
        id: late-delivery
        kind: community
        audience: customers
        platform: x
        language: en
        difficulty: 1
        policy: org.policy.md

        ## Situation
        A customer says her parcel is three days late.

        ## Goals
        - apologise: sorry, apologise | move: apology
        """
    static let brokenPolicy = """
        # Sadeem policy
        organisation: Sadeem Logistics

        ## Banned terms
        - cheapest in Oman
        ## Rules
        - platform.hashtags: maybe
        """

    func folder() throws -> URL {
        let folder = try temporaryFolder()
        try write(Self.scenario, to: folder.appendingPathComponent("late.scenario.md"))
        try write(Self.brokenPolicy, to: folder.appendingPathComponent("org.policy.md"))
        return folder
    }

    @Test func scoreRefusesAScenarioWhosePolicyHasErrors() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["en", "ar"] {
            let run = runMinbar(["score", "--lang", language, "--scenario", "late.scenario.md", "--text", "Cheapest in Oman"],
                                directory: folder.path)
            #expect(run.status == 2, "\(run.output)\(run.error)")
            #expect(run.error.contains("org.policy.md:7:3"), "\(run.error)")
            #expect(run.output.isEmpty, "\(run.output)")
        }
    }

    @Test func aJSONLineForThatScenarioIsAnError() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = runMinbar(["score", "--scenarios", folder.path, "--jsonl", "-"],
                            input: #"{"id": "a", "text": "Cheapest in Oman", "scenario": "late-delivery"}"# + "\n", directory: folder.path)
        let line = try #require(try parseJSON(run.output.trimmingCharacters(in: .whitespacesAndNewlines)) as? [String: Any])
        #expect(line["verdict"] == nil, "\(run.output)")
        #expect((line["error"] as? String)?.contains("org.policy.md:7:3") == true, "\(run.output)")
    }

    @Test func practiceWarnsWhenTheScenarioOpens() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        for (language, warning) in [("en", "which has errors, so it is not applied here"), ("ar", "وفيه أخطاء، فلا يُطبَّق هنا")] {
            let run = runMinbar(["--lang", language, "--scenarios", folder.path], environment: ["HOME": home.path],
                                input: "/open late-delivery\n/quit\n", directory: folder.path)
            #expect(run.output.contains(warning), "\(run.output)")
            #expect(run.output.contains("org.policy.md:7:3"), "\(run.output)")
        }
    }
}
