import Foundation
import MinbarCore

/// Every line the trainer's features (response clocks, facilitator mode) show in
/// practice, in one place so they can be catalogued and translated together.
enum TrainerMessages {
    static let facilitatorCommands: [(name: String, summary: String)] = [
        ("/facilitator", "facilitator mode on or off: steer the room"),
        ("/jump BEAT", "facilitator: move the scenario to a beat"),
        ("/inject TEXT", "facilitator: a stakeholder message typed live"),
        ("/pause", "facilitator: stop the response clock"),
        ("/resume", "facilitator: start it again"),
        ("/note TEXT", "facilitator: an observation for the after-action review"),
        ("/clock", "how long this beat has been open, and its deadline"),
    ]

    static func duration(_ seconds: Int) -> String {
        let minutes = seconds / 60, rest = seconds % 60
        if minutes == 0 { return "\(rest)s" }
        return rest == 0 ? "\(minutes)m" : "\(minutes)m \(rest)s"
    }

    static func deadline(_ minutes: Int) -> String {
        "⏳ You have \(duration(minutes * 60)) to answer; the clock runs from now."
    }

    static func answered(in seconds: Int, deadline: Int?) -> String {
        guard let deadline else { return "⏱ Answered in \(duration(seconds))." }
        let allowed = deadline * 60
        if seconds > allowed { return "⏰ Late: answered in \(duration(seconds)), \(duration(seconds - allowed)) past the \(duration(allowed)) deadline." }
        return "⏱ Answered in \(duration(seconds)) of \(duration(allowed))."
    }

    static func clock(elapsed: Int, deadline: Int?, paused: Bool, enabled: Bool) -> String {
        guard enabled else { return "The response clock is off (--no-clock)." }
        var text = "⏱ \(duration(elapsed)) since this beat appeared"
        if let deadline { text += elapsed > deadline * 60 ? "; the \(duration(deadline * 60)) deadline has passed" : "; \(duration(deadline * 60 - elapsed)) left" }
        return text + (paused ? " (paused: /resume starts it again)." : ".")
    }

    static func countdown(secondsLeft: Int, paused: Bool) -> String {
        if secondsLeft < 0 { return " ⏰late" }
        return " ⏳" + duration(secondsLeft - secondsLeft % 60 + (secondsLeft % 60 > 0 ? 60 : 0)) + (paused ? "⏸" : "")
    }

    static let facilitatorOn = "Facilitator mode: /jump BEAT, /inject TEXT, /pause, /resume, /note TEXT. Everything is saved for the after-action review."
    static let facilitatorOff = "Facilitator mode off."
    static func needsFacilitator(_ command: String) -> String {
        "\(command) is a facilitator command: /facilitator turns facilitator mode on (or start with --facilitator)."
    }
    static let needsScenario = "No scenario is open. /open ID starts one."
    static let needsText = "Write the words after the command, for example /inject The regulator calls."
    static func jumped(to beat: Beat) -> String { "↪ Facilitator moved the scenario to \(beat.id) (\(beat.title))." }
    static func inject(_ text: String) -> String { "📣 " + text }
    static let paused = "⏸ Clock paused."
    static let resumed = "▶ Clock running again."
    static let alreadyPaused = "The clock is already paused."
    static let notPaused = "The clock is not paused."
    static let noted = "📝 Noted for the after-action review."
    static func cannotSave(_ path: String, _ reason: String) -> String {
        "minbar: could not save the facilitator's log to \(path): \(reason). The session goes on."
    }
}
