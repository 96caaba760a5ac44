import Foundation
import MinbarCore

/// The trainer's side of a practice session: the response clock of the open beat and
/// facilitator mode. The clock reads `ProgramContext.now`, so tests drive it.
final class TrainerDesk {
    /// False with `--no-clock`: no response times, nothing is ever late.
    let clockEnabled: Bool
    var facilitator: Bool
    /// When the open beat appeared, and how long the clock has been paused since.
    private var shownAt: Date?
    private var pausedAt: Date?
    private var pausedSeconds: TimeInterval = 0
    /// The story's simulated time in minutes: a beat's `at:`, pushed later by slow answers.
    private(set) var simulatedMinutes = 0
    /// The beat whose clock is running, so showing it again does not restart it.
    private var clockBeat: String?
    /// The simulated minutes each beat was shown at, for `/retry`.
    private var shownMinutes: [String: Int] = [:]

    init(clockEnabled: Bool, facilitator: Bool) {
        self.clockEnabled = clockEnabled
        self.facilitator = facilitator
    }

    var isPaused: Bool { pausedAt != nil }

    /// A beat appeared: its clock starts (unless it is already running for this beat).
    func beatShown(_ beat: Beat, at now: Date, restart: Bool = false) {
        guard restart || clockBeat != beat.id else { return }
        clockBeat = beat.id
        shownAt = now
        pausedAt = nil
        pausedSeconds = 0
        simulatedMinutes = max(simulatedMinutes, beat.at.minutes)
        shownMinutes[beat.id] = simulatedMinutes
    }

    /// `/retry` went back to `beat`: simulated time is what it was when the beat was shown
    /// (T+0 for the first beat), not the later time the story had reached, and its clock
    /// starts again when it is shown.
    func rewind(to beat: Beat) {
        simulatedMinutes = shownMinutes[beat.id] ?? beat.at.minutes
        clockBeat = nil
    }

    /// A scenario was opened: simulated time starts again.
    func reset() {
        simulatedMinutes = 0
        clockBeat = nil
        shownMinutes = [:]
    }

    /// Seconds the open beat has been open, pauses left out.
    func elapsed(at now: Date) -> Int {
        guard clockEnabled, let shownAt else { return 0 }
        let paused = pausedSeconds + (pausedAt.map { now.timeIntervalSince($0) } ?? 0)
        return max(0, Int((now.timeIntervalSince(shownAt) - paused).rounded(.down)))
    }

    func pause(at now: Date) -> Bool {
        guard pausedAt == nil else { return false }
        pausedAt = now
        return true
    }

    func resume(at now: Date) -> Bool {
        guard let pausedAt else { return false }
        pausedSeconds += now.timeIntervalSince(pausedAt)
        self.pausedAt = nil
        return true
    }

    /// The post arrived: its response time, whether it was late, and simulated time moved
    /// on by the time the answer took.
    func answer(_ beat: Beat, at now: Date) -> (seconds: Int?, late: Bool) {
        guard clockEnabled, shownAt != nil else { return (nil, false) }
        let seconds = elapsed(at: now)
        simulatedMinutes = max(simulatedMinutes, beat.at.minutes) + seconds / 60
        clockBeat = nil
        return (seconds, beat.deadline.map { seconds > $0 * 60 } ?? false)
    }

    /// The time a beat is shown at: its `at:`, or later when answers took longer.
    func shownTime(of beat: Beat) -> SimulatedTime {
        SimulatedTime(minutes: max(beat.at.minutes, clockEnabled ? simulatedMinutes : 0))
    }
}
