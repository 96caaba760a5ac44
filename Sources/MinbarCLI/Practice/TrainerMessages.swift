import Foundation
import MinbarCore

/// Every line the trainer's features (response clocks, facilitator mode) show in
/// practice, in one place; the words come from the catalogue (`UIText`) in the
/// interface's language.
struct TrainerMessages {
    let language: Language

    static let facilitatorCommands: [(name: String, summary: UIText)] = [
        ("/facilitator", .helpFacilitator),
        ("/jump BEAT", .helpJump),
        ("/inject TEXT", .helpInject),
        ("/pause", .helpPause),
        ("/resume", .helpResume),
        ("/note TEXT", .helpNote),
        ("/clock", .helpClock),
    ]

    func duration(_ seconds: Int) -> String { language.duration(seconds) }

    func deadline(_ minutes: Int) -> String { UIText.clockDeadline(language, duration(minutes * 60)) }

    func answered(in seconds: Int, deadline: Int?) -> String {
        guard let deadline else { return UIText.clockAnswered(language, duration(seconds)) }
        let allowed = deadline * 60
        if seconds > allowed { return UIText.clockAnsweredLate(language, duration(seconds), duration(seconds - allowed), duration(allowed)) }
        return UIText.clockAnsweredWithin(language, duration(seconds), duration(allowed))
    }

    func clock(elapsed: Int, deadline: Int?, paused: Bool, enabled: Bool) -> String {
        guard enabled else { return UIText.clockOff(language) }
        var text = UIText.clockSince(language, duration(elapsed))
        if let deadline {
            text += elapsed > deadline * 60 ? UIText.clockPassed(language, duration(deadline * 60))
                : UIText.clockLeft(language, duration(deadline * 60 - elapsed))
        }
        return text + (paused ? UIText.clockPausedTail(language) : ".")
    }

    /// The prompt's countdown: whole minutes left, rounded up, without spaces.
    func countdown(secondsLeft: Int, paused: Bool) -> String {
        if secondsLeft < 0 { return " ⏰" + UIText.clockLate(language) }
        let shown = secondsLeft - secondsLeft % 60 + (secondsLeft % 60 > 0 ? 60 : 0)
        return " ⏳" + duration(shown).replacingOccurrences(of: " ", with: "") + (paused ? "⏸" : "")
    }

    var facilitatorOn: String { UIText.facilitatorOn(language) }
    var facilitatorOff: String { UIText.facilitatorOff(language) }
    func needsFacilitator(_ command: String) -> String { UIText.needsFacilitator(language, command) }
    var needsScenario: String { UIText.noScenarioOpen(language) }
    var needsText: String { UIText.needsText(language) }
    func jumped(to beat: Beat) -> String { UIText.facilitatorJumped(language, beat.id, beat.title) }
    func inject(_ text: String) -> String { "📣 " + text }
    var paused: String { UIText.clockPaused(language) }
    var resumed: String { UIText.clockResumed(language) }
    var alreadyPaused: String { UIText.clockAlreadyPaused(language) }
    var notPaused: String { UIText.clockNotPaused(language) }
    var noted: String { UIText.facilitatorNoted(language) }
    func cannotSave(_ path: String, _ reason: String) -> String { UIText.facilitatorCannotSave(language, path, reason) }
}
