/// The trainer's randomtest: plays seeded random walks through a scenario, as
/// ChoiceScript's randomtest does, and counts what every walk reached, so a trainer
/// knows that every beat, branch and reaction can actually play.
///
/// At each beat a walk posts either one of the beat's examples (scored for real by the
/// caller) or a generated post: scores drawn across the bands (below 40, 40–59, 60–79,
/// 80 and up), findings drawn from the rules the scenario's conditions name, any
/// verdict, and, when the beat has a deadline, on time or late. Generated posts test the
/// story's wiring, not the scoring; the examples test the scoring. The story state
/// (earlier beats, counters, flags) is carried exactly as practice carries it.
public enum RandomTest {
    public struct Count: Sendable, Equatable {
        /// The beat the item belongs to (for a beat, itself).
        public var beat: String
        /// What it is as written: a beat's title, a condition (`otherwise`), with its target.
        public var label: String
        public var location: SourceLocation
        public var count: Int
    }

    /// Something a walk met that a trainer should look at, with how many walks met it.
    public struct Event: Sendable, Equatable {
        public var from: String
        public var to: String?
        public var location: SourceLocation
        public var count: Int
    }

    public struct Coverage: Sendable, Equatable {
        public var scenario: String
        public var path: String
        public var walks: Int
        public var seed: UInt64
        public var beats: [Count]
        public var branches: [Count]
        public var reactions: [Count]
        /// Walks that stopped at a beat whose branches all failed, with no beat after it.
        public var deadEnds: [Event]
        /// Walks that came back to a beat they had already played.
        public var loops: [Event]
        /// Walks that moved to a beat set earlier in simulated time.
        public var backwards: [Event]
        /// Walks cut off after `maximumSteps` without ending.
        public var endless: Int
        /// How many walks ended at each beat, for the spread of endings.
        public var endings: [String: Int]

        /// Beats, branches and reactions no walk reached.
        public var unreached: [Count] { (beats + branches + reactions).filter { $0.count == 0 } }

        /// Everything reached, no dead end and every walk ended.
        public var isComplete: Bool { unreached.isEmpty && deadEnds.isEmpty && endless == 0 }
    }

    /// - Parameters:
    ///   - examples: the beat's example posts, scored as practice would score them.
    public static func run(_ scenario: Scenario, walks: Int, seed: UInt64,
                           examples: (Beat) -> [ScoreReport]) -> Coverage {
        var random = SplitMix64(seed: seed ^ SplitMix64.hash(scenario.id))
        let scored = Dictionary(uniqueKeysWithValues: scenario.beats.map { ($0.id, examples($0)) })
        let rules = ruleIDsNamed(in: scenario)
        let maximumSteps = 4 * scenario.beats.count + 4

        var beatCounts = [String: Int](), branchCounts = [String: [Int: Int]](), reactionCounts = [String: [Int: Int]]()
        var deadEnds = [String: Int](), loops = [String: Int](), backwards = [String: Int](), endings = [String: Int]()
        var endless = 0

        for _ in 0..<max(walks, 0) {
            var state = StoryState(scenario: scenario)
            var beat = scenario.beats[0]
            var visited: Set<String> = []
            var steps = 0
            while true {
                if steps == maximumSteps { endless += 1; break }
                steps += 1
                visited.insert(beat.id)
                beatCounts[beat.id, default: 0] += 1
                let late = beat.deadline != nil && random.chance(1, in: 3)
                let step: (reaction: Reaction?, reactionIndex: Int?, branch: Branch?, branchIndex: Int?, next: Beat?, after: StoryState)
                let beatExamples = scored[beat.id] ?? []
                if !beatExamples.isEmpty, random.chance(1, in: 2) {
                    let report = beatExamples[random.below(beatExamples.count)]
                    step = PracticeSession.step(beat, in: scenario, for: StoryMoment(post: report, beat: beat.id, before: state, late: late))
                } else {
                    let post = generatedPost(for: beat, rules: rules, using: &random)
                    step = PracticeSession.step(beat, in: scenario, for: StoryMoment(post: post, beat: beat.id, before: state, late: late))
                }
                if let index = step.reactionIndex { reactionCounts[beat.id, default: [:]][index, default: 0] += 1 }
                if let index = step.branchIndex { branchCounts[beat.id, default: [:]][index, default: 0] += 1 }
                state = step.after
                guard let next = step.next else {
                    if step.branch == nil && !beat.branches.isEmpty { deadEnds[beat.id, default: 0] += 1 }
                    endings[beat.id, default: 0] += 1
                    break
                }
                if next.at < beat.at { backwards["\(beat.id)→\(next.id)", default: 0] += 1 }
                if visited.contains(next.id) { loops["\(beat.id)→\(next.id)", default: 0] += 1 }
                beat = next
            }
        }

        var beats: [Count] = [], branches: [Count] = [], reactions: [Count] = []
        for beat in scenario.beats {
            beats.append(Count(beat: beat.id, label: beat.title, location: beat.location, count: beatCounts[beat.id] ?? 0))
            for (index, branch) in beat.branches.enumerated() {
                let target = switch branch.target { case .end: "end"; case .beat(let id): id }
                branches.append(Count(beat: beat.id, label: "\(branch.conditionText) → \(target)", location: branch.location,
                                      count: branchCounts[beat.id]?[index] ?? 0))
            }
            for (index, reaction) in beat.reactions.enumerated() {
                reactions.append(Count(beat: beat.id, label: reaction.conditionText, location: reaction.location,
                                       count: reactionCounts[beat.id]?[index] ?? 0))
            }
        }
        func events(_ counts: [String: Int]) -> [Event] {
            counts.keys.sorted().map { key in
                let parts = key.components(separatedBy: "→")
                let location = scenario.beat(parts[0])?.location ?? SourceLocation(line: 1, column: 1)
                return Event(from: parts[0], to: parts.count > 1 ? parts[1] : nil, location: location, count: counts[key]!)
            }
        }
        return Coverage(scenario: scenario.id, path: scenario.path, walks: max(walks, 0), seed: seed, beats: beats,
                        branches: branches, reactions: reactions, deadEnds: events(deadEnds), loops: events(loops),
                        backwards: events(backwards), endless: endless, endings: endings)
    }

    /// A post as conditions see it, with no text: the wiring's test input.
    struct GeneratedPost: ConditionSubject {
        var scores: [Condition.ScoreName: Double]
        var ruleIDs: [String]
        var verdict: Verdict
        func score(_ name: Condition.ScoreName) -> Double? { scores[name] }
    }

    static let bands: [ClosedRange<Int>] = [0...39, 40...59, 60...79, 80...100]

    static func generatedPost(for beat: Beat, rules: [String], using random: inout SplitMix64) -> GeneratedPost {
        var scores: [Condition.ScoreName: Double] = [:]
        for name in Condition.ScoreName.allCases where name != .alignment || !beat.goals.isEmpty {
            let band = bands[random.below(bands.count)]
            scores[name] = Double(band.lowerBound + random.below(band.count))
        }
        let findings = rules.filter { _ in random.chance(1, in: 4) }
        let verdict = Verdict.allCases[random.below(Verdict.allCases.count)]
        return GeneratedPost(scores: scores, ruleIDs: findings, verdict: verdict)
    }

    /// Concrete rule ids for every `finding` any condition of the scenario names: the
    /// rule itself, or a registered rule of the family (`policy.*`), sorted so the
    /// draw is the same on every run.
    static func ruleIDsNamed(in scenario: Scenario) -> [String] {
        var ids: Set<String> = []
        let conditions = scenario.beats.flatMap { $0.reactions.compactMap(\.condition) + $0.branches.compactMap(\.condition) }
        for condition in conditions {
            for part in condition.parts {
                guard case .finding(let pattern) = part else { continue }
                if let id = RuleRegistry.ids.sorted().first(where: { Condition.rule($0, matches: pattern) }) { ids.insert(id) }
                if !pattern.hasSuffix("*") { ids.insert(pattern) }
            }
        }
        return ids.sorted()
    }
}
