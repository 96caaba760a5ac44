import Foundation

/// Something a facilitator did while running a room, kept beside the attempts so the
/// after-action review can show it in its place: a jump to a beat, an inject typed live,
/// the clock paused or resumed, an observation noted.
public struct FacilitatorEvent: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case jump, inject, pause, resume, note
    }

    public var time: Date
    public var profile: String
    public var scenario: String
    /// The beat open when it happened (for a jump, the beat jumped to).
    public var beat: String
    public var kind: Kind
    /// The inject's or note's words; for a jump, the beat left.
    public var text: String
    /// How many posts on this scenario the profile had saved before it: places the event
    /// among the posts even when both happened in the same second.
    public var postsBefore: Int?

    public init(time: Date, profile: String, scenario: String, beat: String, kind: Kind, text: String, postsBefore: Int? = nil) {
        self.postsBefore = postsBefore
        self.time = time
        self.profile = profile
        self.scenario = scenario
        self.beat = beat
        self.kind = kind
        self.text = text
    }

    public func jsonLine() throws -> String {
        String(decoding: try AttemptRecord.encoder.encode(self), as: UTF8.self)
    }

    public static func decode(line: String) throws -> FacilitatorEvent {
        try AttemptRecord.decoder.decode(FacilitatorEvent.self, from: Data(line.utf8))
    }
}
