import Foundation
import Testing

@Suite struct RandomTestCommandTests {
    @Test func theBundledLibraryIsFullyCoveredAndNamesEveryBeat() throws {
        let run = runMinbar(["check", "--randomtest", "200", "--seed", "5", "--json"])
        #expect(run.status == 0, "\(run.output.suffix(2000))")
        let report = try #require(try parseJSON(run.output) as? [String: Any])
        let randomtest = try #require(report["randomtest"] as? [String: Any])
        #expect(randomtest["incomplete"] as? Int == 0)
        let scenarios = try #require(randomtest["scenarios"] as? [[String: Any]])
        #expect(scenarios.count == report["scenarios"] as? Int)
        let flight = try #require(scenarios.first { $0["id"] as? String == "crisis-overbooked-flight" })
        let beats = try #require(flight["beats"] as? [[String: Any]])
        #expect(beats.map { $0["id"] as? String } == ["t0", "t1-backlash", "t1-calm", "t2-inquiry", "t2-followup"])
        #expect(beats.first?["count"] as? Int == 200)
        #expect(beats.allSatisfy { ($0["count"] as? Int ?? 0) > 0 })
        // The same seed gives the same walks; another seed other walks.
        #expect(runMinbar(["check", "--randomtest", "200", "--seed", "5", "--json"]).output == run.output)
        #expect(runMinbar(["check", "--randomtest", "200", "--seed", "6", "--json"]).output != run.output)
    }

    @Test func aTrainersFolderWithAnUnreachableBranchFails() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = """
        # Leak at the plant
        id: trainer-leak
        kind: crisis
        audience: residents
        platform: x
        language: en
        difficulty: 3

        ## State
        - trust: 0

        ## Beat t0: The smell
        at: T+0
        ### Situation
        Residents report a chemical smell.
        ### Goals
        - apologise: sorry | needs: apology
        ### Reactions
        - when finding tone.blame: Residents are furious. | set: trust - 1
        - otherwise: Residents wait.
        ### Branches
        - when trust > 0: t1-praise
        - otherwise: t1-wait
        ### Examples
        - ready: We are sorry for the smell near the plant tonight.

        ## Beat t1-praise: Praise
        at: T+1h
        ### Situation
        Residents thank you.

        ## Beat t1-wait: Waiting
        at: T+1h
        ### Situation
        Residents wait.
        ### Branches
        - otherwise: end
        """
        try write(story, to: folder.appendingPathComponent("leak.scenario.md"))
        let run = runMinbar(["check", "--randomtest", "50", folder.path])
        #expect(run.status == 1)
        #expect(run.output.contains("incomplete trainer-leak: 50 walks, beats 2/3, branches 2/3"), "\(run.output)")
        #expect(run.output.contains("leak.scenario.md:27:1: unreached: beat 't1-praise' is never reached"), "\(run.output)")
        #expect(run.output.contains("leak.scenario.md:22:3: unreached: branch 'trust > 0 → t1-praise' in beat 't0' is never taken"))
        // Without --randomtest the same folder passes: only a walk can see it.
        #expect(runMinbar(["check", folder.path]).status == 0)
        #expect(runMinbar(["check", "--randomtest", "0", folder.path]).status == 2)
    }
}
