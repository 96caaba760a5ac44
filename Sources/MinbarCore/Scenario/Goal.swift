/// A term as written in a file, with where it was written.
public struct Term: Sendable, Equatable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// Something the post should get across. Met when a sentence makes the goal's move
/// (see `Move`) about its topic (one of its cue terms, after normalisation) in the same
/// sentence or the next, and the post carries the evidence in `needs`.
public struct Goal: Sendable, Equatable {
    public var label: String
    /// The topic: words that show what the move is about.
    public var cues: [Term]
    public var needs: [EvidenceNeed]
    public var location: SourceLocation
    /// The move written in the file (`| move: cause`); nil when it is inferred.
    public var declaredMove: Move? = nil

    /// The move the goal needs: the declared one, or one inferred from its label and needs.
    public var move: Move { declaredMove ?? MoveInference.move(label: label, needs: needs) }

    /// Whether a draft in `language` can meet the goal: a topic word is written in that
    /// language, or has no letters ("37%"). Topic words are matched as written, so an
    /// Arabic draft cannot meet a goal whose words are all English. A goal without topic
    /// words is met by its move alone, and a mixed draft can meet any goal.
    public func canBeMet(byDraftIn language: PostLanguage) -> Bool {
        guard language != .mixed, !cues.isEmpty else { return true }
        let arabicDraft = language == .ar
        return cues.contains { cue in
            let scalars = cue.text.unicodeScalars
            if scalars.contains(where: TextNormalizer.isArabicLetter) { return arabicDraft }
            return scalars.contains(where: { $0.properties.isAlphabetic }) ? !arabicDraft : true
        }
    }
}

/// Terms that hurt alignment in this scenario (guidance the executive must not give,
/// blame they must not throw).
public struct AvoidItem: Sendable, Equatable {
    public var label: String
    public var terms: [Term]
    public var location: SourceLocation
}

/// A named figure the post may cite. A post that states a different value next to
/// the fact's cue terms has its figure wrong.
public struct Fact: Sendable, Equatable {
    public var name: String
    public var value: String
    public var cues: [Term]
    public var location: SourceLocation
}

/// A sample post with the verdict its author expects; `minbar check` scores it.
public struct Example: Sendable, Equatable {
    public var verdict: Verdict
    public var text: String
    public var location: SourceLocation
}

/// What stakeholders do after a post. `condition == nil` is `otherwise`.
public struct Reaction: Sendable, Equatable {
    public var condition: Condition?
    public var conditionText: String
    public var text: String
    public var location: SourceLocation
    /// `| set: trust - 1` after the text: applied when this reaction is drawn.
    public var changes: [StateChange] = []
}

/// Where a beat goes next. `condition == nil` is `otherwise`.
public struct Branch: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case beat(String)
        case end
    }
    public var condition: Condition?
    public var conditionText: String
    public var target: Target
    public var location: SourceLocation
    /// `| set: trust - 1` after the target: applied when this branch is taken.
    public var changes: [StateChange] = []
}
