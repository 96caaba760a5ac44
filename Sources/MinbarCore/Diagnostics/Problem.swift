/// Everything Minbar can find wrong in a file a person wrote (scenario, policy, plan),
/// as data. `message` and `hint` turn a problem into words; code that finds problems
/// never formats text.
public enum Problem: Sendable, Equatable {
    // The file as bytes.
    case invalidUTF8(byteOffset: Int)
    case nulByte(byteOffset: Int)
    case fileTooLarge(bytes: Int, limit: Int)
    case lineTooLong(characters: Int, limit: Int)
    case unterminatedComment
    case unreadableFile(reason: String)
    /// A scenario's `policy:` or `plan:` names a file that cannot be found inside the
    /// scenario's folder, or cannot be read there.
    case referenceNotFound(key: String, value: String)
    /// A byte order mark after the start of the file (it was ignored).
    case strayByteOrderMark

    // Header and keys.
    /// Nothing but blank lines: said once, not as every missing key and section.
    case emptyFile
    case missingTitle
    case missingKey(String)
    case unknownKey(String, suggestion: String?)
    /// `title:` (or a slip of it) among a scenario's keys, as front matter from other
    /// tools writes it; the title is the file's `# ` heading, so it gets that hint rather
    /// than a "did you mean". Reported as `unknown-key`, like any other unknown key.
    case titleAsKey(String)
    /// A `---` line, the fence other tools put around front matter; a Minbar file has its
    /// keys right under the `# ` title, with no fences. Reported as `unexpected-text`.
    case frontMatterFence
    /// A line among the keys that is a key but for its colon: "id broken-two". Reported
    /// as `unexpected-text`, with the line as it was meant as the hint.
    case keyWithoutColon(key: String, value: String)
    case duplicateKey(String, firstLine: Int)
    case invalidValue(key: String, value: String, expected: String)
    case invalidIdentifier(String)

    // Sections and items.
    case unexpectedText(context: String)
    case unknownSection(String, suggestion: String?, allowed: [String])
    case duplicateSection(String, firstLine: Int)
    case missingSection(String)
    case malformedItem(section: String, expected: String)
    case emptyItem(section: String)
    case unknownNeed(String, suggestion: String?)
    /// A goal's `move:` names no move (`shedule`, or a trainer's own word such as `contact`).
    case unknownMove(String, suggestion: String?)
    case unknownVerdict(String, suggestion: String?)
    case invalidNumber(String)
    /// A number that reads fine but falls outside what the key allows.
    case numberOutOfRange(key: String, value: String, lowest: Int, highest: Int)
    case sectionNeedsBeat(String)
    case beatSectionLevel(String)
    case tooMany(what: String, count: Int, limit: Int)

    // Conditions, branches, beats.
    case invalidCondition(String)
    case unknownScore(String, suggestion: String?)
    case otherwiseNotLast(section: String)
    case missingOtherwise(section: String)
    case unknownBeat(String, suggestion: String?)
    case duplicateBeat(String, firstLine: Int)
    /// A plan objective's id used twice.
    case duplicateObjective(String, firstLine: Int)
    /// `## Beat` with no id after it: told apart from a bad list item, whose hint is about '- '.
    case malformedBeatHeading
    case invalidTime(String)

    // Checks across a file or a library (the trainer's quicktest).
    case duplicateID(String, otherPath: String)
    case unreachableBeat(String)
    case conditionNeverHolds(String)
    case conditionShadowed(String, byLine: Int)
    case goalWithoutCues(String)
    /// Two goals of one beat with the same label: a post is told twice what it missed.
    case duplicateGoal(String, firstLine: Int)
    /// Every topic word of a goal is in the other language from the scenario's, so no
    /// draft in the scenario's language can meet it.
    case goalInOtherLanguage(String, scenarioLanguage: ScenarioLanguage)
    case noExamples
    case reactionNotExercised(String)
    case exampleVerdictMismatch(expected: String, actual: String, reasons: [String])
    /// A goal without `move:`: the move Minbar inferred from its label and needs.
    case inferredMove(goal: String, move: String)
    case unknownRule(String, suggestion: String?)

    // The trainer's silent mistakes, made loud.
    /// A condition names a rule id or family no rule has (`finding tone.blam`).
    case unknownConditionRule(String, suggestion: String?, isFamily: Bool)
    /// A comparison written the wrong way round or doubled (`=>`, `=<`, `===`).
    case operatorTypo(String, suggestion: String?)
    /// `- ` indented by a tab or two or more spaces: read as a new item, but the
    /// writer should know how indentation is read.
    case indentedListMarker(indent: String)
    /// A line after an item indented by one space: neither a new item nor a continuation.
    case continuationIndent
    /// A beat after the first without `at:`.
    case missingTime(beat: String)
    /// A branch (or falling through) leads to a beat set earlier in simulated time.
    case timeRunsBackwards(from: String, fromTime: String, to: String, toTime: String)
    /// A branch leads back to the first beat or to its own beat.
    case loopsBack(to: String, isStart: Bool)
    /// No example post takes this branch.
    case branchNotExercised(String)
    /// `set:` names a counter or flag the scenario's `## State` does not declare.
    case unknownStateName(String, suggestion: String?)
    /// A trainer's scenario takes the place of a bundled one with the same id.
    case overridesBundled(String, bundledPath: String)

    public var severity: Severity {
        switch self {
        case .invalidUTF8, .unreadableFile, .referenceNotFound, .nulByte, .fileTooLarge, .lineTooLong, .emptyFile, .missingTitle, .missingKey,
            .duplicateKey, .invalidValue, .invalidIdentifier, .malformedItem, .invalidCondition, .unknownMove,
            .unknownScore, .unknownBeat, .duplicateBeat, .duplicateObjective, .malformedBeatHeading, .invalidTime,
            .duplicateID, .missingSection, .unknownVerdict, .invalidNumber, .numberOutOfRange, .sectionNeedsBeat,
            .tooMany:
            return .error
        case .unterminatedComment, .strayByteOrderMark, .unknownKey, .titleAsKey, .unexpectedText, .frontMatterFence, .keyWithoutColon,
            .unknownSection, .duplicateSection,
            .emptyItem, .unknownNeed, .beatSectionLevel, .otherwiseNotLast, .missingOtherwise, .unreachableBeat,
            .conditionNeverHolds, .conditionShadowed, .goalWithoutCues, .duplicateGoal, .goalInOtherLanguage, .noExamples,
            .reactionNotExercised, .exampleVerdictMismatch, .unknownRule,
            .indentedListMarker, .missingTime, .timeRunsBackwards, .loopsBack, .branchNotExercised:
            return .warning
        case .unknownConditionRule, .operatorTypo, .continuationIndent, .unknownStateName:
            return .error
        case .overridesBundled, .inferredMove:
            return .note
        }
    }

    /// A short stable name for scripts (`--json`), e.g. `unknown-key`.
    public var code: String {
        switch self {
        case .invalidUTF8: "invalid-utf8"
        case .nulByte: "nul-byte"
        case .fileTooLarge: "file-too-large"
        case .lineTooLong: "line-too-long"
        case .unterminatedComment: "unterminated-comment"
        case .unreadableFile: "unreadable-file"
        case .referenceNotFound: "reference-not-found"
        case .emptyFile: "empty-file"
        case .missingTitle: "missing-title"
        case .missingKey: "missing-key"
        case .unknownKey, .titleAsKey: "unknown-key"
        case .duplicateKey: "duplicate-key"
        case .invalidValue: "invalid-value"
        case .inferredMove: "inferred-move"
        case .invalidIdentifier: "invalid-id"
        case .unexpectedText, .frontMatterFence, .keyWithoutColon: "unexpected-text"
        case .unknownSection: "unknown-section"
        case .duplicateSection: "duplicate-section"
        case .missingSection: "missing-section"
        case .malformedItem: "malformed-item"
        case .emptyItem: "empty-item"
        case .unknownNeed: "unknown-need"
        case .unknownMove: "unknown-move"
        case .unknownVerdict: "unknown-verdict"
        case .invalidNumber: "invalid-number"
        case .numberOutOfRange: "number-out-of-range"
        case .strayByteOrderMark: "stray-byte-order-mark"
        case .sectionNeedsBeat: "section-needs-beat"
        case .beatSectionLevel: "beat-section-level"
        case .tooMany: "too-many"
        case .invalidCondition: "invalid-condition"
        case .unknownScore: "unknown-score"
        case .otherwiseNotLast: "otherwise-not-last"
        case .missingOtherwise: "missing-otherwise"
        case .unknownBeat: "unknown-beat"
        case .duplicateBeat: "duplicate-beat"
        case .duplicateObjective: "duplicate-objective"
        case .malformedBeatHeading: "malformed-heading"
        case .invalidTime: "invalid-time"
        case .duplicateID: "duplicate-id"
        case .unreachableBeat: "unreachable-beat"
        case .conditionNeverHolds: "condition-never-holds"
        case .conditionShadowed: "condition-shadowed"
        case .goalWithoutCues: "goal-without-cues"
        case .duplicateGoal: "duplicate-goal"
        case .goalInOtherLanguage: "goal-in-other-language"
        case .noExamples: "no-examples"
        case .reactionNotExercised: "reaction-not-exercised"
        case .exampleVerdictMismatch: "example-verdict"
        case .unknownRule: "unknown-rule"
        case .unknownConditionRule: "unknown-condition-rule"
        case .operatorTypo: "operator-typo"
        case .indentedListMarker: "indented-list-marker"
        case .continuationIndent: "continuation-indent"
        case .missingTime: "missing-time"
        case .timeRunsBackwards: "time-runs-backwards"
        case .loopsBack: "loops-back"
        case .branchNotExercised: "branch-not-exercised"
        case .overridesBundled: "overrides-bundled"
        case .unknownStateName: "unknown-state-name"
        }
    }

    public var message: String {
        switch self {
        case .invalidUTF8(let offset):
            "the file is not valid UTF-8 (first bad byte at offset \(offset))"
        case .nulByte(let offset):
            "the file contains a NUL byte (offset \(offset)); it is not a text file"
        case .fileTooLarge(let bytes, let limit):
            "the file is \(bytes) bytes; the limit is \(limit)"
        case .lineTooLong(let characters, let limit):
            "the line is \(characters) characters long; the limit is \(limit)"
        case .unterminatedComment:
            "a comment opened with '<!--' is never closed"
        case .unreadableFile(let reason):
            "the file cannot be read: \(reason)"
        case .referenceNotFound(let key, let value):
            "the \(key) file '\(value)' is not there, or it cannot be read"
        case .emptyFile:
            "the file is empty"
        case .missingTitle:
            "the file has no title line ('# Title')"
        case .missingKey(let key):
            "the required key '\(key)' is missing"
        case .unknownKey(let key, _), .titleAsKey(let key):
            "unknown key '\(key)'"
        case .duplicateKey(let key, let firstLine):
            "'\(key)' is given twice (first on line \(firstLine))"
        case .invalidValue(let key, let value, let expected):
            "'\(value)' is not a valid \(key); expected \(expected)"
        case .inferredMove(let goal, let move):
            "goal '\(goal)' has no 'move:'; it is judged as '\(move)'"
        case .invalidIdentifier(let id):
            "'\(id)' is not a valid id; use lowercase letters, digits and hyphens"
        case .unexpectedText(let context):
            "text \(context) is ignored"
        case .frontMatterFence:
            "'---' is ignored: Minbar files have no front matter fences"
        case .keyWithoutColon(let key, let value):
            "'\(key) \(value)' is not read: a key needs a colon"
        case .unknownSection(let name, _, _):
            "unknown section '\(name)'; its content is ignored"
        case .duplicateSection(let name, let firstLine):
            "section '\(name)' appears twice (first on line \(firstLine)); the items are merged"
        case .missingSection(let name):
            "the section '\(name)' is missing"
        case .malformedItem(let section, let expected):
            "this \(section) item cannot be read; expected \(expected)"
        case .emptyItem(let section):
            "this \(section) item is empty"
        case .unknownNeed(let need, _):
            "unknown evidence need '\(need)'"
        case .unknownMove(let move, _):
            "unknown move '\(move)'"
        case .unknownVerdict(let verdict, _):
            "unknown verdict '\(verdict)'"
        case .invalidNumber(let text):
            "'\(text)' is not a number"
        case .numberOutOfRange(let key, let value, let lowest, let highest):
            "'\(key): \(value)' is out of range; \(key) must be between \(lowest) and \(highest)"
        case .strayByteOrderMark:
            "an invisible byte order mark (U+FEFF) stands inside the file; it was ignored"
        case .sectionNeedsBeat(let name):
            "'\(name)' belongs to a beat in a scenario with beats"
        case .beatSectionLevel(let name):
            "'\(name)' uses the wrong heading level"
        case .tooMany(let what, let count, let limit):
            "\(count) \(what); the limit is \(limit)"
        case .invalidCondition(let reason):
            "invalid condition: \(reason)"
        case .unknownScore(let name, _):
            "unknown score '\(name)'"
        case .otherwiseNotLast(let section):
            "'otherwise' must be the last item in \(section); the items after it never apply"
        case .missingOtherwise(let section):
            "\(section) has no 'otherwise' item, so some posts draw no response"
        case .unknownBeat(let id, _):
            "no beat is called '\(id)'"
        case .duplicateBeat(let id, let firstLine):
            "beat '\(id)' is defined twice (first on line \(firstLine))"
        case .duplicateObjective(let id, let firstLine):
            "objective '\(id)' is defined twice (first on line \(firstLine))"
        case .malformedBeatHeading:
            "this beat heading has no id; expected '## Beat ID: Title'"
        case .invalidTime(let text):
            "'\(text)' is not a simulated time"
        case .duplicateID(let id, let otherPath):
            "scenario id '\(id)' is already used by \(otherPath)"
        case .unreachableBeat(let id):
            "beat '\(id)' can never be reached: no branch leads to it"
        case .conditionNeverHolds(let text):
            "the condition '\(text)' can never hold"
        case .conditionShadowed(let text, let line):
            "the condition '\(text)' never applies: the item on line \(line) always matches first"
        case .goalWithoutCues(let label):
            "goal '\(label)' has no cue terms, so no post can meet it"
        case .duplicateGoal(let label, let firstLine):
            "goal '\(label)' is listed twice in this beat (first on line \(firstLine)), so a post that misses it is told twice"
        case .goalInOtherLanguage(let label, let language):
            "goal '\(label)' has cue terms only in \(language == .ar ? "English" : "Arabic"), so no \(language == .ar ? "Arabic" : "English") draft can meet it"
        case .noExamples:
            "the scenario has no Examples, so nothing tests it"
        case .reactionNotExercised(let text):
            "no example post draws the reaction '\(text)'"
        case .exampleVerdictMismatch(let expected, let actual, let reasons):
            "this example is marked '\(expected)' but scores '\(actual)'"
                + (reasons.isEmpty ? "" : " (" + reasons.joined(separator: "; ") + ")")
        case .unknownRule(let id, _):
            "no rule is called '\(id)'"
        case .unknownConditionRule(let id, _, let isFamily):
            isFamily ? "no rule belongs to the family '\(id)', so this condition never holds"
                : "no rule is called '\(id)', so this condition never holds"
        case .operatorTypo(let written, _):
            "'\(written)' is not a comparison"
        case .indentedListMarker(let indent):
            "this item starts after \(indent); it is read as a new item"
        case .continuationIndent:
            "this line is indented by one space, so it neither starts an item nor continues the one above"
        case .missingTime(let beat):
            "beat '\(beat)' has no 'at:' line, so it shows T+0"
        case .timeRunsBackwards(let from, let fromTime, let to, let toTime):
            "time runs backwards: beat '\(from)' at \(fromTime) leads to beat '\(to)' at \(toTime)"
        case .loopsBack(let to, let isStart):
            isStart ? "this branch loops back to the first beat '\(to)', so the scenario can start over without end"
                : "this branch loops back to its own beat '\(to)', so the scenario can repeat without end"
        case .branchNotExercised(let text):
            "no example post takes the branch '\(text)'"
        case .unknownStateName(let name, _):
            "'\(name)' is not declared in '## State'"
        case .overridesBundled(let id, let bundledPath):
            "scenario '\(id)' takes the place of the bundled one (\(bundledPath))"
        }
    }

    /// A way to fix it, when there is more to say than the message.
    /// What `invalidValue` expects of a policy or plan file a scenario names.
    public static let insideTheScenarioFolder = "a file inside the scenario's folder"

    public var hint: String? {
        switch self {
        case .invalidValue(_, _, Problem.insideTheScenarioFolder):
            return "the file is outside the folder being read: check or practise the folder that holds both (for example the parent folder)"
        case .unknownConditionRule(_, let suggestion, let isFamily):
            if let suggestion { return "did you mean '\(suggestion)'?" }
            return isFamily ? "families are tone.*, policy.*, goal.*, platform.*, plan.*, style.*; 'minbar rules' lists every rule"
                : "'minbar rules' lists every rule id"
        case .operatorTypo(_, let suggestion):
            return (suggestion.map { "did you mean '\($0)'? " } ?? "") + "comparisons are <, <=, >, >=, == and !="
        case .indentedListMarker:
            return "write '- ' at the start of the line (or after one space) for a new item; a line indented by two or more spaces (a tab counts as four) continues the item above"
        case .continuationIndent:
            return "indent a continuation line by two or more spaces (a tab counts as four), or start a new item with '- ' at the start of the line"
        case .missingTime:
            return "add 'at: T+45m' (or T+0, T+3h, T+1d, T+1h30m) under the beat's heading"
        case .timeRunsBackwards:
            return "give the later beat a later 'at:', or branch to a beat that comes after"
        case .loopsBack:
            return "branch to a later beat or to 'end'"
        case .branchNotExercised:
            return "add an example post that takes this branch, or remove it"
        case .unknownStateName(_, let suggestion):
            if let suggestion { return "did you mean '\(suggestion)'?" }
            return "declare it under '## State', e.g. '- trust: 0' or '- lawyer-called: no'"
        case .overridesBundled:
            return "this is what a trainer's copy is for; rename its id to keep both"
        case .titleAsKey:
            return "the title is not a key: write it as the file's first heading line, '# Title'"
        case .frontMatterFence:
            return "start the file with its '# Title' line and put the 'key: value' lines right under it"
        case .keyWithoutColon(let key, let value):
            return "did you mean '\(key): \(value)'?"
        case .unknownNeed(_, let suggestion):
            // With nothing close, the whole (short) list: "colour" suggests nothing.
            return suggestion.map { "did you mean '\($0)'?" }
                ?? "needs are: " + EvidenceNeed.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        case .unknownMove(_, let suggestion):
            // As for needs: a near miss gets one name, a word with nothing close the list.
            return suggestion.map { "did you mean '\($0)'?" }
                ?? "moves are: " + Move.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        case .unknownKey(_, let suggestion),
            .unknownVerdict(_, let suggestion), .unknownScore(_, let suggestion),
            .unknownBeat(_, let suggestion), .unknownRule(_, let suggestion):
            return suggestion.map { "did you mean '\($0)'?" }
        case .unknownSection(_, let suggestion, let allowed):
            if let suggestion { return "did you mean '\(suggestion)'?" }
            return "sections are: " + allowed.joined(separator: ", ")
        case .emptyFile:
            return "start with '# ' and a title, then its keys (id:, kind:, …); the README's 'Scenario format' shows a whole file"
        case .missingTitle:
            return "start the file with '# ' and the scenario's title"
        case .invalidIdentifier:
            return "for example 'crisis-data-breach'"
        case .invalidUTF8:
            return "save the file as UTF-8"
        case .unterminatedComment:
            return "close it with '-->'"
        case .strayByteOrderMark:
            return "it usually comes from joining two files; delete it (most editors show nothing there)"
        case .malformedBeatHeading:
            return "write the beat's id after 'Beat' and its title after ':', for example '## Beat regulator-calls: The regulator calls'"
        case .malformedItem:
            return "an item starts with '- ' at the beginning of the line, and its label comes before the ':'"
        case .invalidTime:
            return "write T+0, T+45m, T+3h, T+1d or T+1h30m"
        case .sectionNeedsBeat(let name):
            return "move '\(name)' under a '## Beat ID: Title' heading as '### \(name)'"
        case .beatSectionLevel(let name):
            return "inside a beat write '### \(name)'; outside beats write '## \(name)'"
        case .unreachableBeat:
            return "add a branch to it, or remove it"
        case .duplicateID:
            return "ids must be unique across every scenario folder"
        case .goalWithoutCues:
            return "write '- label: term, term' with the words a good post would use"
        case .duplicateGoal:
            return "merge the two lines' cue terms into one goal, or give each goal its own label"
        case .goalInOtherLanguage(_, let language):
            return "add the words a good \(language == .ar ? "Arabic" : "English") post would use, or set 'language:' to the goals' language"
        case .inferredMove(_, let move):
            return "write '| move: \(move)' to keep it, or name another move (" + Move.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .noExamples:
            return "add '## Examples' with '- ready: …', '- revise: …' and '- blocked: …' posts"
        case .missingOtherwise:
            return "end the list with '- otherwise: …'"
        case .invalidCondition:
            return "for example 'alignment >= 80', 'finding policy.mnpi', 'verdict blocked'"
        default:
            return nil
        }
    }
}
