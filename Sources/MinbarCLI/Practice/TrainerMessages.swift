import Foundation
import MinbarCore

/// Every line the trainer's features (story state, response clocks, facilitator mode)
/// show in practice, in one place so they can be catalogued and translated together.
enum TrainerMessages {
    static func unknownBeat(_ id: String, suggestion: String?) -> String {
        "No beat called '\(id.terminalSafe)'." + (suggestion.map { " Did you mean \($0)?" } ?? "")
    }
}
