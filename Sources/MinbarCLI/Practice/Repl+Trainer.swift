import Foundation
import MinbarCore

/// The trainer's commands in practice: the response clock of each beat (`deadline:`),
/// and facilitator mode for running a room (jump, inject, pause, resume, note). Every
/// facilitator action is saved at once to the profile's `facilitator.jsonl`, so the
/// after-action review shows it in its place among the attempts.
extension Repl {
    /// The trainer's lines in the interface's language.
    var messages: TrainerMessages { TrainerMessages(language: context.language) }

    /// A beat appeared on screen: its clock starts.
    func beatAppeared(_ beat: Beat, restart: Bool = false) {
        desk.beatShown(beat, at: context.now(), restart: restart)
    }

    /// ` ⏳12m` in the prompt while a beat's deadline runs (` ⏰late` once it has passed).
    func countdown(_ beat: Beat) -> String {
        guard desk.clockEnabled, let deadline = beat.deadline else { return "" }
        let left = deadline * 60 - desk.elapsed(at: context.now())
        return style.yellow(messages.countdown(secondsLeft: left, paused: desk.isPaused))
    }

    func showDeadline(_ beat: Beat) {
        guard desk.clockEnabled, let deadline = beat.deadline else { return }
        say(style.yellow(messages.deadline(deadline)))
    }

    /// The response time so far and whether a post now would be late.
    func timing(at now: Date) -> (seconds: Int?, late: Bool) {
        guard desk.clockEnabled, let beat = session.beat else { return (nil, false) }
        let seconds = desk.elapsed(at: now)
        return (seconds, beat.deadline.map { seconds > $0 * 60 } ?? false)
    }

    /// The attempt with its clock and the story's counters.
    func recordTiming(_ record: AttemptRecord, outcome: PracticeSession.Outcome, seconds: Int?) -> AttemptRecord {
        var record = record
        record.responseSeconds = seconds
        record.deadlineMinutes = outcome.beat.deadline
        record.late = outcome.beat.deadline == nil || seconds == nil ? nil : outcome.late
        record.counters = outcome.storyAfter.counters.isEmpty ? nil : outcome.storyAfter.counters
        if desk.clockEnabled { record.simulatedTime = desk.shownTime(of: outcome.beat).description }
        return record
    }

    /// Runs a trainer command; false when `name` is not one.
    func trainerCommand(_ name: String, _ argument: String) -> Bool {
        let now = context.now()
        switch name {
        case "/clock":
            let elapsed = desk.elapsed(at: now)
            say(messages.clock(elapsed: elapsed, deadline: session.beat?.deadline, paused: desk.isPaused, enabled: desk.clockEnabled))
            return true
        case "/facilitator":
            desk.facilitator.toggle()
            say(desk.facilitator ? messages.facilitatorOn : messages.facilitatorOff)
            return true
        case "/jump", "/inject", "/pause", "/resume", "/note":
            break
        default:
            return false
        }
        guard desk.facilitator else { say(isolated(messages.needsFacilitator(name.terminalSafe))); return true }
        guard let scenario = session.scenario, let beat = session.beat else { say(messages.needsScenario); return true }
        switch name {
        case "/jump":
            do {
                let target = try session.jump(to: argument)
                log(.jump, scenario: scenario, beat: target.id, text: beat.id)
                say(style.cyan(isolated(messages.jumped(to: target).terminalSafe)))
                desk.beatShown(target, at: now, restart: true)
                showSituation()
            } catch {
                say(message(for: error))
            }
        case "/inject":
            guard !argument.isEmpty else { say(messages.needsText); return true }
            log(.inject, scenario: scenario, beat: beat.id, text: argument)
            say(style.bold(messages.inject(argument.terminalSafe)))
        case "/note":
            guard !argument.isEmpty else { say(messages.needsText); return true }
            log(.note, scenario: scenario, beat: beat.id, text: argument)
            say(style.dim(messages.noted))
        case "/pause":
            if desk.pause(at: now) { log(.pause, scenario: scenario, beat: beat.id, text: ""); say(messages.paused) }
            else { say(messages.alreadyPaused) }
        default:
            if desk.resume(at: now) { log(.resume, scenario: scenario, beat: beat.id, text: ""); say(messages.resumed) }
            else { say(messages.notPaused) }
        }
        return true
    }

    /// Saved before anything is shown, as attempts are.
    private func log(_ kind: FacilitatorEvent.Kind, scenario: Scenario, beat: String, text: String) {
        let event = FacilitatorEvent(time: context.now(), profile: profile.name, scenario: scenario.id, beat: beat, kind: kind, text: text,
                                     postsBefore: attempts.filter { $0.scenario == scenario.id }.count)
        do {
            try store.append(event)
        } catch {
            if case .cannotWrite(let path, let reason) = error { context.printError(messages.cannotSave(path, reason)) }
        }
    }
}
