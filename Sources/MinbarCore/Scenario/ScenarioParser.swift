/// Reads a `.scenario.md` file into a `Scenario`, collecting every problem with its
/// line and column instead of stopping at the first. The format is documented in the
/// README ("Scenario format").
///
/// The parser never traps on any input: unknown text is reported and skipped, and a
/// file with errors yields `scenario == nil` plus the diagnostics that say why.
public enum ScenarioParser {
    public struct Result: Sendable {
        /// Nil when the file has at least one error.
        public var scenario: Scenario?
        public var diagnostics: [Diagnostic]
    }

    public static let sectionNames = ["Situation", "Goals", "Avoid", "Confidential", "Facts", "Reactions", "Branches", "Examples", "State"]
    public static let headerKeys = ["id", "kind", "audience", "platform", "language", "difficulty",
                                    "organisation", "org-type", "policy", "plan", "date", "tags"]
    static let requiredKeys = ["id", "kind", "audience", "platform", "language", "difficulty"]
    static let beatKeys = ["at", "platform", "deadline"]
    /// Words a counter or flag cannot be called, since conditions use them.
    static let reservedNames: Set<String> = ["not", "and", "or", "any", "average", "late", "finding", "rule", "verdict",
                                             "otherwise", "when", "if", "else", "end", "set"]

    public static let limits = Limits()

    /// Sizes past which a file is refused rather than read; no hand-written scenario
    /// comes near them.
    public struct Limits: Sendable {
        public var lineLength = 20_000
        public var lines = 20_000
        public var beats = 50
        public var itemsPerSection = 200
    }

    public static func parse(_ source: SourceText) -> Result {
        if source.isBlank {
            return Result(scenario: nil, diagnostics: [Diagnostic(path: source.path, location: SourceLocation(line: 1, column: 1), problem: .emptyFile)])
        }
        var state = ParseState(path: source.path)
        state.run(source)
        return Result(scenario: state.diagnostics.hasErrors ? nil : state.scenario(),
                      diagnostics: state.diagnostics.sortedForDisplay())
    }

    public static func parse(path: String, text: String) -> Result {
        parse(SourceText(path: path, text: text))
    }
}

/// A line with comments blanked out (so columns stay true) and its 1-based number.
struct ScenarioLine {
    var number: Int
    var text: String
}

/// A list item (`- …`) with its continuation lines joined, and where its content starts.
struct ListItem {
    var text: String
    var location: SourceLocation
}

private struct ParseState {
    let path: String
    var diagnostics: [Diagnostic] = []

    var title: String?
    /// Where the header starts: the title line, or without one the first line that is
    /// neither blank nor inside a comment. A missing title or key is reported here, not
    /// at 1:1, which may be inside the comment a trainer's file opens with.
    var headerLine: Int?
    var keys: [String: (value: String, location: SourceLocation)] = [:]
    var background: [String] = []
    var avoid: [AvoidItem] = []
    var confidential: [AvoidItem] = []
    var facts: [Fact] = []
    var beats: [BeatDraft] = []
    var hasBeats = false
    /// Counter and flag names declared in `## State`, read before anything else so
    /// conditions above the section can name them.
    var stateNames: Set<String> = []
    var state: [StateVariable] = []
    /// Beats named in conditions (`t0.verdict blocked`), checked once every beat is known.
    var beatReferences: [(String, SourceLocation)] = []
    /// Counters named by `set:`, checked once `## State` is read.
    var changeReferences: [StateChange] = []

    struct BeatDraft {
        var beat: Beat
        var situation: [String] = []
        var branchTargets: [(String, SourceLocation)] = []
        var atSeen: Int?
    }

    enum Place {
        case header
        case beatHeader
        case section(String, level: Int, firstLine: Int)
        case ignored
    }

    init(path: String) { self.path = path }

    mutating func report(_ problem: Problem, line: Int, column: Int = 1) {
        diagnostics.append(Diagnostic(path: path, location: SourceLocation(line: line, column: column), problem: problem))
    }

    mutating func report(_ problem: Problem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(path: path, location: location, problem: problem))
    }

    // MARK: Reading the file

    mutating func run(_ source: SourceText) {
        if let bad = source.invalidUTF8 {
            report(.invalidUTF8(byteOffset: bad.byteOffset), at: bad.location)
        }
        if let nul = source.firstNULByte {
            report(.nulByte(byteOffset: nul), at: source.firstNULLocation ?? SourceLocation(line: 1, column: 1))
            return
        }
        if let mark = source.strayByteOrderMark { report(.strayByteOrderMark, at: mark) }
        guard source.lines.count <= ScenarioParser.limits.lines else {
            report(.tooMany(what: "lines", count: source.lines.count, limit: ScenarioParser.limits.lines), line: 1)
            return
        }
        let lines = stripComments(source.lines)
        hasBeats = lines.contains { isBeatHeading($0.text) }
        stateNames = declaredStateNames(lines)
        if hasBeats {
            beats = []
        } else {
            beats = [BeatDraft(beat: Beat(id: "main", title: "", location: SourceLocation(line: 1, column: 1)))]
        }

        var place = Place.header
        var sectionsSeen: [String: Int] = [:]
        var items: [ListItem] = []
        var paragraph: [String] = []

        func flush(_ state: inout ParseState, _ place: Place, _ items: inout [ListItem], _ paragraph: inout [String]) {
            if case .section(let name, _, _) = place {
                if name == "Situation" {
                    state.addSituation(paragraph)
                } else {
                    state.addItems(items, to: name)
                }
            }
            items = []
            paragraph = []
        }

        for line in lines {
            let text = line.text
            guard text.count <= ScenarioParser.limits.lineLength else {
                report(.lineTooLong(characters: text.count, limit: ScenarioParser.limits.lineLength), line: line.number)
                continue
            }
            let trimmed = text.trimmingWhitespace()
            if headerLine == nil && !trimmed.isEmpty { headerLine = line.number }

            if let heading = Heading(text) {
                if heading.level == 1 {
                    if title == nil, case .header = place {
                        title = heading.text
                        headerLine = line.number
                        if heading.text.isEmpty { report(.missingTitle, line: line.number) }
                    } else {
                        report(.unexpectedText(context: "'# \(heading.text)' (a second title)"), line: line.number)
                    }
                    continue
                }
                flush(&self, place, &items, &paragraph)
                if heading.level == 2, let beat = parseBeatHeading(heading.text, line: line.number) {
                    if beats.count >= ScenarioParser.limits.beats {
                        report(.tooMany(what: "beats", count: beats.count + 1, limit: ScenarioParser.limits.beats), line: line.number)
                        place = .ignored
                        continue
                    }
                    beats.append(BeatDraft(beat: beat))
                    sectionsSeen = [:]
                    place = .beatHeader
                    continue
                }
                place = openSection(heading, line: line.number, sectionsSeen: &sectionsSeen)
                continue
            }

            switch place {
            case .header, .beatHeader:
                if trimmed.isEmpty { continue }
                // A one-beat file has its beat from the start; a file of beats has none yet.
                let beforeTitle = title == nil && (!hasBeats || beats.isEmpty)
                var inBeatHeader = false
                if case .beatHeader = place { inBeatHeader = true }
                if let (key, value, valueColumn) = splitKey(text) {
                    if inBeatHeader {
                        readBeatKey(key, value: value, line: line.number, column: valueColumn)
                    } else {
                        readHeaderKey(key, value: value, line: line.number, column: valueColumn)
                    }
                } else if let problem = DocumentReader.frontMatterSlip(trimmed, keys: inBeatHeader ? ScenarioParser.beatKeys : ScenarioParser.headerKeys,
                                                                      beforeTitle: beforeTitle) {
                    report(problem, line: line.number, column: firstNonSpaceColumn(text))
                } else {
                    let context = beforeTitle ? "before the title" : "outside any section"
                    report(.unexpectedText(context: context), line: line.number, column: firstNonSpaceColumn(text))
                }
            case .section(let name, _, _):
                if name == "Situation" {
                    paragraph.append(String(text.trimmingTrailingWhitespace()))
                    continue
                }
                if trimmed.isEmpty {
                    continue
                }
                let indent = leadingWhitespaceCount(text)
                if let (content, column) = DocumentReader.listItem(text) {
                    items.append(ListItem(text: content, location: SourceLocation(line: line.number, column: column)))
                } else if let (content, column, indentation) = indentedItem(text, section: name) {
                    // Read as the item it was meant to be, and say how indentation is read.
                    report(.indentedListMarker(indent: indentation), line: line.number, column: column - 2)
                    items.append(ListItem(text: content, location: SourceLocation(line: line.number, column: column)))
                } else if let last = items.indices.last, indent >= 2 {
                    items[last].text += " " + trimmed
                } else if !items.isEmpty, indent == 1 {
                    report(.continuationIndent, line: line.number, column: 2)
                } else {
                    report(.malformedItem(section: name.lowercased(), expected: expectedItem(for: name)),
                           line: line.number, column: firstNonSpaceColumn(text))
                }
            case .ignored:
                continue
            }
        }
        flush(&self, place, &items, &paragraph)
        finish(lastLine: lines.last?.number ?? 1)
    }

    mutating func stripComments(_ lines: [String]) -> [ScenarioLine] {
        let (stripped, unterminated) = DocumentReader.stripComments(lines)
        if let unterminated { report(.unterminatedComment, line: unterminated) }
        return stripped.enumerated().map { ScenarioLine(number: $0.offset + 1, text: $0.element) }
    }

    // MARK: Headings

    struct Heading {
        var level: Int
        var text: String
        init?(_ line: String) {
            guard line.first == "#" else { return nil }
            let hashes = line.prefix { $0 == "#" }.count
            guard hashes <= 6 else { return nil }
            let rest = line.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            level = hashes
            text = rest.trimmingWhitespace()
        }
    }

    func isBeatHeading(_ line: String) -> Bool {
        guard let heading = Heading(line), heading.level == 2 else { return false }
        let lower = heading.text.lowercased()
        return lower == "beat" || lower.hasPrefix("beat ") || lower.hasPrefix("beat:")
    }

    mutating func parseBeatHeading(_ text: String, line: Int) -> Beat? {
        let lower = text.lowercased()
        guard lower == "beat" || lower.hasPrefix("beat ") || lower.hasPrefix("beat:") else { return nil }
        var rest = text.dropFirst(4).trimmingWhitespace()
        if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmingWhitespace() }
        let id: String
        var title = ""
        if let colon = rest.firstIndex(of: ":") {
            id = rest[..<colon].trimmingWhitespace()
            title = rest[rest.index(after: colon)...].trimmingWhitespace()
        } else {
            id = rest
        }
        let column = 4 + (text.count - text.dropFirst(4).trimmingWhitespace().count) + 1
        if id.isEmpty {
            report(.malformedBeatHeading, line: line, column: 4)
        } else if !isValidIdentifier(id) {
            report(.invalidIdentifier(id), line: line, column: column)
        } else if let other = beats.first(where: { $0.beat.id == id }) {
            report(.duplicateBeat(id, firstLine: other.beat.location.line), line: line, column: column)
        }
        return Beat(id: id.lowercased(), title: title, location: SourceLocation(line: line, column: 1))
    }

    mutating func openSection(_ heading: Heading, line: Int, sectionsSeen: inout [String: Int]) -> Place {
        guard let name = ScenarioParser.sectionNames.first(where: { $0.lowercased() == heading.text.lowercased() }) else {
            let suggestion = Suggestion.closest(to: heading.text, among: ScenarioParser.sectionNames + (hasBeats ? [] : ["Beat"]))
            report(.unknownSection(heading.text, suggestion: suggestion, allowed: ScenarioParser.sectionNames),
                   line: line, column: heading.level + 2)
            return .ignored
        }
        let inBeat = hasBeats && !beats.isEmpty
        if hasBeats {
            if inBeat && name == "State" {
                report(.beatSectionLevel(name), line: line)
                return .ignored
            }
            if !inBeat && !["Situation", "Avoid", "Confidential", "Facts", "State"].contains(name) {
                report(.sectionNeedsBeat(name), line: line, column: heading.level + 2)
                return .ignored
            }
            if inBeat && heading.level != 3 {
                report(.beatSectionLevel(name), line: line)
            } else if !inBeat && heading.level != 2 {
                report(.beatSectionLevel(name), line: line)
            }
        } else {
            if heading.level != 2 { report(.beatSectionLevel(name), line: line) }
            if name == "Branches" {
                report(.sectionNeedsBeat(name), line: line, column: heading.level + 2)
                return .ignored
            }
        }
        let key = inBeat ? "beat:\(name)" : name
        if let first = sectionsSeen[key] {
            report(.duplicateSection(name, firstLine: first), line: line)
        } else {
            sectionsSeen[key] = line
        }
        return .section(name, level: heading.level, firstLine: line)
    }

    // MARK: Keys

    /// `key: value` as (key, value, column of the value), read as every document reads it.
    func splitKey(_ text: String) -> (String, String, Int)? {
        DocumentReader.keyValue(text, line: 0).map { ($0.key, $0.value, $0.valueLocation.column) }
    }

    mutating func readHeaderKey(_ key: String, value: String, line: Int, column: Int) {
        let canonical = key == "organization" ? "organisation" : key
        guard ScenarioParser.headerKeys.contains(canonical) else {
            // Front matter copied from other tools writes the title as a key; here it is
            // the `# ` line, which a "did you mean" cannot say.
            if key == "title" || Suggestion.closest(to: key, among: ["title"]) != nil {
                report(.titleAsKey(key), line: line)
            } else {
                report(.unknownKey(key, suggestion: Suggestion.closest(to: key, among: ScenarioParser.headerKeys)), line: line)
            }
            return
        }
        if let existing = keys[canonical] {
            report(.duplicateKey(canonical, firstLine: existing.location.line), line: line)
            return
        }
        keys[canonical] = (value, SourceLocation(line: line, column: column))
    }

    mutating func readBeatKey(_ key: String, value: String, line: Int, column: Int) {
        guard let index = beats.indices.last else { return }
        if key == "platform" {
            if beats[index].beat.platform != nil {
                report(.duplicateKey("platform", firstLine: line), line: line)
            } else if let platform = Platform(rawValue: value.lowercased()) {
                beats[index].beat.platform = platform
            } else {
                report(.invalidValue(key: "platform", value: value, expected: "one of " + Platform.allCases.map(\.rawValue).joined(separator: ", ")),
                       line: line, column: column)
            }
            return
        }
        if key == "deadline" {
            if beats[index].beat.deadline != nil {
                report(.duplicateKey("deadline", firstLine: line), line: line)
            } else if let time = SimulatedTime(parsing: "T+" + value), time.minutes > 0 {
                beats[index].beat.deadline = time.minutes
            } else {
                report(.invalidValue(key: "deadline", value: value, expected: "a duration such as 15m, 1h or 1h30m"), line: line, column: column)
            }
            return
        }
        guard key == "at" else {
            report(.unknownKey(key, suggestion: Suggestion.closest(to: key, among: ScenarioParser.beatKeys)), line: line)
            return
        }
        if let first = beats[index].atSeen {
            report(.duplicateKey("at", firstLine: first), line: line)
            return
        }
        beats[index].atSeen = line
        if let time = SimulatedTime(parsing: value) {
            beats[index].beat.at = time
        } else {
            report(.invalidTime(value), line: line, column: column)
        }
    }

    // MARK: Sections

    var currentBeatIndex: Int? { beats.indices.last }

    mutating func addSituation(_ lines: [String]) {
        if let date = keys["date"], CalendarDate(parsing: date.value) == nil {
            report(.invalidValue(key: "date", value: date.value, expected: "a day as YYYY-MM-DD"), at: date.location)
        }
        if hasBeats && beats.isEmpty {
            background += lines
        } else if let index = currentBeatIndex {
            beats[index].situation += lines
        }
    }

    func expectedItem(for section: String) -> String {
        switch section {
        case "Goals": "'- label: cue, cue | needs: figure'"
        case "Avoid", "Confidential": "'- label: term, term'"
        case "Facts": "'- name: value'"
        case "Reactions": "'- when CONDITION: what happens' or '- otherwise: what happens'"
        case "Branches": "'- when CONDITION: BEAT-ID' or '- otherwise: end'"
        case "Examples": "'- ready: post', '- revise: post' or '- blocked: post'"
        case "State": "'- name: 0' (a counter) or '- name: no' (a flag)"
        default: "'- text'"
        }
    }

    mutating func addItems(_ items: [ListItem], to section: String) {
        if items.count > ScenarioParser.limits.itemsPerSection, let first = items.first {
            report(.tooMany(what: "items in \(section)", count: items.count, limit: ScenarioParser.limits.itemsPerSection),
                   at: first.location)
            return
        }
        let toScenario = !hasBeats || beats.isEmpty
        switch section {
        case "Goals":
            let goals = items.compactMap { parseGoal($0) }
            if let index = currentBeatIndex { beats[index].beat.goals += goals }
        case "Avoid":
            let parsed = items.compactMap { parseAvoid($0) }
            if toScenario { avoid += parsed } else if let index = currentBeatIndex { beats[index].beat.avoid += parsed }
        case "Confidential":
            let parsed = items.compactMap { parseAvoid($0, section: "Confidential") }
            if toScenario { confidential += parsed } else if let index = currentBeatIndex { beats[index].beat.confidential += parsed }
        case "Facts":
            let parsed = items.compactMap { parseFact($0) }
            if toScenario { facts += parsed } else if let index = currentBeatIndex { beats[index].beat.facts += parsed }
        case "Reactions":
            let parsed = parseConditional(items, section: "Reactions")
            if let index = currentBeatIndex {
                beats[index].beat.reactions += parsed.map {
                    Reaction(condition: $0.condition, conditionText: $0.conditionText, text: $0.value, location: $0.location,
                             changes: $0.changes)
                }
            }
        case "Branches":
            let parsed = parseConditional(items, section: "Branches")
            if let index = currentBeatIndex {
                for item in parsed {
                    var target = item.value
                    for arrow in ["->", "→", "=>"] where target.hasPrefix(arrow) {
                        target = String(target.dropFirst(arrow.count)).trimmingWhitespace()
                    }
                    target = target.lowercased()
                    let resolved: Branch.Target = target == "end" ? .end : .beat(target)
                    if target.isEmpty {
                        report(.emptyItem(section: "branch"), at: item.location)
                        continue
                    }
                    if target != "end" { beats[index].branchTargets.append((target, item.valueLocation)) }
                    beats[index].beat.branches.append(
                        Branch(condition: item.condition, conditionText: item.conditionText, target: resolved, location: item.location,
                               changes: item.changes))
                }
            }
        case "State":
            state += items.compactMap { parseStateVariable($0) }
        case "Examples":
            let parsed = items.compactMap { parseExample($0) }
            if let index = currentBeatIndex { beats[index].beat.examples += parsed }
        default:
            break
        }
    }

    /// Splits `label: rest` at the first colon; the column is where `rest` starts.
    func splitLabel(_ item: ListItem) -> (label: String, rest: String, restColumn: Int)? {
        guard let colon = item.text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = item.text[..<colon].trimmingWhitespace()
        let after = item.text[item.text.index(after: colon)...]
        let leading = after.count - after.drop(while: { $0 == " " || $0 == "\t" }).count
        let column = item.location.column + item.text.distance(from: item.text.startIndex, to: colon) + 1 + leading
        return (label, after.trimmingWhitespace(), column)
    }

    mutating func parseGoal(_ item: ListItem) -> Goal? {
        // `- label | needs: contact`: no cue list, so the label is the cue (as a fact's
        // name is), and the bar before the first colon starts the needs.
        if let bar = item.text.firstIndex(of: "|"),
            item.text.firstIndex(where: { $0 == ":" || $0 == "：" }).map({ bar < $0 }) ?? true {
            let label = item.text[..<bar].trimmingWhitespace()
            guard !label.isEmpty else {
                report(.malformedItem(section: "goal", expected: expectedItem(for: "Goals")), at: item.location)
                return nil
            }
            let barColumn = item.location.column + item.text.distance(from: item.text.startIndex, to: bar)
            let parts = splitParts(String(item.text[bar...]), column: barColumn)
            let (needs, move) = parseNeeds(parts.dropFirst(), item: item)
            return Goal(label: label, cues: [Term(label, at: item.location)], needs: needs, location: item.location,
                        declaredMove: move)
        }
        guard let (label, rest, column) = splitLabel(item), !label.isEmpty else {
            report(.malformedItem(section: "goal", expected: expectedItem(for: "Goals")), at: item.location)
            return nil
        }
        var parts = splitParts(rest, column: column)[...]
        var cues: [Term] = []
        if let first = parts.first, !first.text.lowercased().hasPrefix("needs:"), !first.text.lowercased().hasPrefix("move:") {
            cues = splitTerms(first.text, line: item.location.line, column: first.column)
            parts = parts.dropFirst()
        }
        let (needs, move) = parseNeeds(parts, item: item)
        return Goal(label: label, cues: cues, needs: needs, location: item.location, declaredMove: move)
    }

    /// The `needs: figure, date` and `move: cause` parts of a goal.
    mutating func parseNeeds(_ parts: ArraySlice<(text: String, column: Int)>, item: ListItem) -> ([EvidenceNeed], Move?) {
        var needs: [EvidenceNeed] = []
        var move: Move?
        for part in parts {
            guard let (key, value, valueOffset) = splitKey(part.text) else {
                report(.malformedItem(section: "goal", expected: "'| needs: figure, date' after the cue terms"),
                       line: item.location.line, column: part.column)
                continue
            }
            if key == "move" {
                let name = value.trimmingWhitespace().lowercased()
                if let found = Move(rawValue: name) {
                    move = found
                } else {
                    report(.unknownMove(name, suggestion: Suggestion.closest(to: name, among: Move.allCases.map(\.rawValue))),
                           line: item.location.line, column: part.column + valueOffset - 1)
                }
                continue
            }
            guard key == "needs" || key == "need" else {
                report(.unknownKey(key, suggestion: Suggestion.closest(to: key, among: ["needs", "move"])),
                       line: item.location.line, column: part.column)
                continue
            }
            for term in splitTerms(value, line: item.location.line, column: part.column + valueOffset - 1) {
                if let need = EvidenceNeed(rawValue: term.text.lowercased()) {
                    if !needs.contains(need) { needs.append(need) }
                } else {
                    report(.unknownNeed(term.text, suggestion: Suggestion.closest(to: term.text, among: EvidenceNeed.allCases.map(\.rawValue))),
                           at: term.location)
                }
            }
        }
        return (needs, move)
    }

    /// An Avoid item, or a Confidential one (the same shape: a label and its terms).
    mutating func parseAvoid(_ item: ListItem, section: String = "Avoid") -> AvoidItem? {
        guard let (label, rest, column) = splitLabel(item), !label.isEmpty else {
            report(.malformedItem(section: section.lowercased(), expected: expectedItem(for: section)), at: item.location)
            return nil
        }
        let terms = splitTerms(rest, line: item.location.line, column: column)
        if terms.isEmpty { report(.emptyItem(section: section.lowercased()), at: item.location) }
        return AvoidItem(label: label, terms: terms, location: item.location)
    }

    mutating func parseFact(_ item: ListItem) -> Fact? {
        guard let (name, rest, column) = splitLabel(item), !name.isEmpty, !rest.isEmpty else {
            report(.malformedItem(section: "fact", expected: expectedItem(for: "Facts")), at: item.location)
            return nil
        }
        let parts = splitParts(rest, column: column)
        let value = parts[0].text
        guard value.contains(where: { $0.isNumber }) else {
            report(.invalidNumber(value), line: item.location.line, column: column)
            return nil
        }
        var cues: [Term] = []
        for part in parts.dropFirst() {
            guard let (key, termsText, valueOffset) = splitKey(part.text), key == "cues" || key == "cue" else {
                report(.malformedItem(section: "fact", expected: "'| cues: term, term' after the value"),
                       line: item.location.line, column: part.column)
                continue
            }
            cues += splitTerms(termsText, line: item.location.line, column: part.column + valueOffset - 1)
        }
        if cues.isEmpty {
            cues = [Term(name, at: item.location)]
        }
        return Fact(name: name, value: value, cues: cues, location: item.location)
    }

    mutating func parseExample(_ item: ListItem) -> Example? {
        guard let (label, rest, _) = splitLabel(item) else {
            report(.malformedItem(section: "example", expected: expectedItem(for: "Examples")), at: item.location)
            return nil
        }
        guard let verdict = Verdict(rawValue: label.lowercased()) else {
            report(.unknownVerdict(label, suggestion: Suggestion.closest(to: label, among: Verdict.allCases.map(\.rawValue))),
                   at: item.location)
            return nil
        }
        guard !rest.isEmpty else {
            report(.emptyItem(section: "example"), at: item.location)
            return nil
        }
        return Example(verdict: verdict, text: unquote(rest), location: item.location)
    }

    struct ConditionalItem {
        var condition: Condition?
        var conditionText: String
        var value: String
        var location: SourceLocation
        var valueLocation: SourceLocation
        var changes: [StateChange] = []
    }

    /// `text | set: trust - 1, lawyer-called`: the text, and the changes after the last `| set:`.
    mutating func splitChanges(_ value: String, location: SourceLocation) -> (String, [StateChange]) {
        guard let bar = value.lastIndex(of: "|") else { return (value, []) }
        let after = value[value.index(after: bar)...]
        let trimmed = after.trimmingWhitespace()
        guard trimmed.lowercased().hasPrefix("set:") || trimmed.lowercased().hasPrefix("set :") else { return (value, []) }
        let colon = after.firstIndex(of: ":")!
        let listStart = value.distance(from: value.startIndex, to: colon) + 1
        var changes: [StateChange] = []
        for term in splitTerms(String(value[value.index(after: colon)...]), line: location.line, column: location.column + listStart) {
            if let change = parseChange(term) { changes.append(change) }
        }
        return (value[..<bar].trimmingWhitespace(), changes)
    }

    /// `trust - 1`, `trust + 2`, `trust = 3`, `lawyer-called` (on), `not lawyer-called` (off).
    mutating func parseChange(_ term: Term) -> StateChange? {
        let words = term.text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let expected = "'set: NAME + 1', 'NAME - 1', 'NAME = 3', 'NAME' (a flag on) or 'not NAME' (off)"
        func make(_ name: String, _ operation: StateChange.Operation) -> StateChange {
            let change = StateChange(name: name.lowercased(), operation: operation, location: term.location)
            changeReferences.append(change)
            return change
        }
        switch words.count {
        case 1: return make(words[0], .assign(1))
        case 2 where words[0].lowercased() == "not": return make(words[1], .assign(0))
        case 3:
            let number = words[2].lowercased() == "yes" ? 1 : words[2].lowercased() == "no" ? 0 : Int(words[2])
            guard let number else {
                report(.invalidNumber(words[2]), at: term.location)
                return nil
            }
            switch words[1] {
            case "+": return make(words[0], .add(number))
            case "-": return make(words[0], .add(-number))
            case "=", "==": return make(words[0], .assign(number))
            default: break
            }
        default: break
        }
        report(.malformedItem(section: "set", expected: expected), at: term.location)
        return nil
    }

    /// Names of `## State` items, found before parsing so conditions can use them.
    func declaredStateNames(_ lines: [ScenarioLine]) -> Set<String> {
        var names: Set<String> = []
        var inState = false
        for line in lines {
            if let heading = Heading(line.text) {
                inState = heading.level == 2 && heading.text.lowercased() == "state"
                continue
            }
            guard inState, let (content, _) = DocumentReader.listItem(line.text),
                let colon = content.firstIndex(of: ":") else { continue }
            names.insert(content[..<colon].trimmingWhitespace().lowercased())
        }
        return names
    }

    mutating func parseStateVariable(_ item: ListItem) -> StateVariable? {
        guard let (name, value, column) = splitLabel(item), !name.isEmpty else {
            report(.malformedItem(section: "state", expected: expectedItem(for: "State")), at: item.location)
            return nil
        }
        let lower = name.lowercased()
        guard isValidIdentifier(lower), !ScenarioParser.reservedNames.contains(lower),
            Condition.ScoreName(rawValue: lower) == nil else {
            report(.invalidIdentifier(name), at: item.location)
            return nil
        }
        if let first = state.first(where: { $0.name == lower }) {
            report(.duplicateKey(lower, firstLine: first.location.line), at: item.location)
            return nil
        }
        switch value.lowercased() {
        case "yes", "on", "true": return StateVariable(name: lower, initial: 1, isFlag: true, location: item.location)
        case "no", "off", "false", "": return StateVariable(name: lower, initial: 0, isFlag: true, location: item.location)
        default:
            guard let number = Int(value), abs(number) <= 1_000_000 else {
                report(.invalidValue(key: lower, value: value, expected: "a whole number, or yes or no"),
                       line: item.location.line, column: column)
                return nil
            }
            return StateVariable(name: lower, initial: number, isFlag: false, location: item.location)
        }
    }

    mutating func parseConditional(_ items: [ListItem], section: String) -> [ConditionalItem] {
        var parsed: [ConditionalItem] = []
        var otherwiseLine: Int?
        for item in items {
            guard let (label, rest, column) = splitLabel(item) else {
                report(.malformedItem(section: section == "Reactions" ? "reaction" : "branch", expected: expectedItem(for: section)),
                       at: item.location)
                continue
            }
            let lower = label.lowercased()
            let valueLocation = SourceLocation(line: item.location.line, column: column)
            if otherwiseLine != nil {
                report(.otherwiseNotLast(section: section), at: item.location)
                continue
            }
            let (value, changes) = splitChanges(rest, location: valueLocation)
            if lower == "otherwise" || lower == "else" {
                otherwiseLine = item.location.line
                parsed.append(ConditionalItem(condition: nil, conditionText: "otherwise", value: value, location: item.location,
                                              valueLocation: valueLocation, changes: changes))
                continue
            }
            let words = label.split(separator: " ", maxSplits: 1)
            guard let first = words.first, ["when", "if"].contains(first.lowercased()), words.count == 2 else {
                report(.malformedItem(section: section == "Reactions" ? "reaction" : "branch", expected: expectedItem(for: section)),
                       at: item.location)
                continue
            }
            let conditionText = String(words[1]).trimmingWhitespace()
            let conditionColumn = item.location.column + label.distance(from: label.startIndex, to: words[1].startIndex)
            switch ConditionParser.parseWithReferences(conditionText, stateNames: stateNames) {
            case .success(let (condition, references)):
                for reference in references {
                    beatReferences.append((reference.id, SourceLocation(line: item.location.line, column: conditionColumn + reference.offset)))
                }
                parsed.append(ConditionalItem(condition: condition, conditionText: conditionText, value: value,
                                              location: item.location, valueLocation: valueLocation, changes: changes))
            case .failure(let failure):
                report(failure.problem, line: item.location.line, column: conditionColumn + failure.offset)
            }
        }
        if otherwiseLine == nil && !parsed.isEmpty && section == "Reactions" {
            report(.missingOtherwise(section: section), at: items.last!.location)
        }
        return parsed
    }

    // MARK: Finishing

    mutating func finish(lastLine: Int) {
        if title == nil { report(.missingTitle, line: headerLine ?? 1) }
        for key in ScenarioParser.requiredKeys where keys[key] == nil {
            report(.missingKey(key), line: headerLine ?? 1)
        }
        if let (value, location) = keys["id"].map({ ($0.value, $0.location) }), !isValidIdentifier(value) {
            report(.invalidIdentifier(value), at: location)
        }
        validateEnum("kind", ScenarioKind.self)
        validateEnum("platform", Platform.self)
        validateEnum("language", ScenarioLanguage.self)
        validateEnum("org-type", OrganisationType.self)
        if let difficulty = keys["difficulty"], !["1", "2", "3"].contains(difficulty.value) {
            report(.invalidValue(key: "difficulty", value: difficulty.value, expected: "1, 2 or 3"), at: difficulty.location)
        }
        if let date = keys["date"], CalendarDate(parsing: date.value) == nil {
            report(.invalidValue(key: "date", value: date.value, expected: "a day as YYYY-MM-DD"), at: date.location)
        }
        if hasBeats && beats.isEmpty {
            report(.missingSection("Beat"), line: lastLine)
        }
        for (index, draft) in beats.enumerated() {
            if collapse(draft.situation).isEmpty {
                report(.missingSection("Situation"), at: draft.beat.location)
            }
            // The first beat starts the clock at T+0; a later beat without a time would
            // show T+0 after T+30m.
            if hasBeats, index > 0, draft.atSeen == nil {
                report(.missingTime(beat: draft.beat.id), at: draft.beat.location)
            }
        }
        let ids = beats.map(\.beat.id)
        for (id, location) in beatReferences where !ids.contains(id) {
            report(.unknownBeat(id, suggestion: Suggestion.closest(to: id, among: ids)), at: location)
        }
        let declared = state.map(\.name)
        for change in changeReferences where !declared.contains(change.name) {
            report(.unknownStateName(change.name, suggestion: Suggestion.closest(to: change.name, among: declared)), at: change.location)
        }
        for draft in beats {
            for (target, location) in draft.branchTargets where !ids.contains(target) {
                report(.unknownBeat(target, suggestion: Suggestion.closest(to: target, among: ids + ["end"])), at: location)
            }
        }
    }

    mutating func validateEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) where E.RawValue == String {
        guard let entry = keys[key] else { return }
        if E(rawValue: entry.value.lowercased()) == nil {
            let allowed = E.allCases.map(\.rawValue)
            report(.invalidValue(key: key, value: entry.value, expected: "one of " + allowed.joined(separator: ", ")), at: entry.location)
        }
    }

    func scenario() -> Scenario? {
        guard let title, let id = keys["id"]?.value,
            let kind = keys["kind"].flatMap({ ScenarioKind(rawValue: $0.value.lowercased()) }),
            let platform = keys["platform"].flatMap({ Platform(rawValue: $0.value.lowercased()) }),
            let language = keys["language"].flatMap({ ScenarioLanguage(rawValue: $0.value.lowercased()) }),
            let difficulty = keys["difficulty"].flatMap({ Int($0.value) })
        else { return nil }
        let builtBeats = beats.map { draft -> Beat in
            var beat = draft.beat
            beat.situation = collapse(draft.situation)
            return beat
        }
        var scenario = Scenario(
            id: id, title: title, kind: kind,
            audience: splitList(keys["audience"]?.value ?? ""),
            platform: platform, language: language, difficulty: difficulty,
            organisation: keys["organisation"]?.value,
            organisationType: keys["org-type"].flatMap { OrganisationType(rawValue: $0.value.lowercased()) },
            policy: keys["policy"]?.value,
            plan: keys["plan"]?.value,
            date: keys["date"].flatMap { CalendarDate(parsing: $0.value) },
            tags: splitList(keys["tags"]?.value ?? ""),
            background: collapse(background),
            avoid: avoid, facts: facts, state: state, beats: builtBeats, path: path, hasBeats: hasBeats,
            referenceLocations: ["policy": keys["policy"]?.location, "plan": keys["plan"]?.location].compactMapValues { $0 })
        scenario.confidential = confidential
        return scenario
    }

    // MARK: Small text helpers

    func isValidIdentifier(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 80
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && id.first != "-"
    }


    func leadingWhitespaceCount(_ line: String) -> Int {
        var count = 0
        for character in line {
            if character == " " { count += 1 } else if character == "\t" { count += 4 } else { break }
        }
        return count
    }

    /// `- item` after a tab, or after two or more spaces when its text opens the way an
    /// item of `section` opens (`when …:`, `ready:`). Other indented lines continue the
    /// item above, as the format says. Returns the content, its column and how the line
    /// was indented, in words.
    func indentedItem(_ line: String, section: String) -> (String, Int, String)? {
        let leading = line.prefix { $0 == " " || $0 == "\t" }
        guard !leading.isEmpty, let (content, column) = DocumentReader.listItem(String(line.dropFirst(leading.count))) else { return nil }
        let hasTab = leading.contains("\t")
        if !hasTab {
            let lower = content.lowercased()
            let opensLikeAnItem: Bool = switch section {
            case "Reactions", "Branches": ["when ", "if ", "otherwise:", "otherwise :", "else:"].contains { lower.hasPrefix($0) }
            case "Examples": Verdict.allCases.contains { lower.hasPrefix($0.rawValue + ":") }
            // A goal, a fact or a secret is "name: …"; a cue list wrapped onto the next line
            // never opens with "- ", so such a line is an item indented by mistake.
            case "Goals", "Avoid", "Confidential", "Facts": lower.contains(":")
            default: false
            }
            guard opensLikeAnItem else { return nil }
        }
        let words = hasTab ? "a tab" : "\(leading.count) spaces"
        return (content, leading.count + column, words)
    }

    func firstNonSpaceColumn(_ line: String) -> Int {
        (line.firstIndex(where: { !$0.isWhitespace }).map { line.distance(from: line.startIndex, to: $0) } ?? 0) + 1
    }

    /// Splits at `|`, remembering where each part starts.
    func splitParts(_ text: String, column: Int) -> [(text: String, column: Int)] {
        var parts: [(String, Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character == "|" {
                parts.append((current, start))
                current = ""
                start = offset + 1
            } else {
                current.append(character)
            }
        }
        parts.append((current, start))
        return parts.map { part in
            let leading = part.0.prefix { $0 == " " || $0 == "\t" }.count
            return (part.0.trimmingWhitespace(), column + part.1 + leading)
        }
    }

    /// Splits a term list at commas (Latin or Arabic), but not inside a number (`1,200`).
    func splitTerms(_ text: String, line: Int, column: Int) -> [Term] {
        let characters = Array(text)
        var terms: [Term] = []
        var current = ""
        var start = 0
        func close(at end: Int) {
            let leading = current.prefix { $0 == " " || $0 == "\t" }.count
            let term = current.trimmingWhitespace()
            if !term.isEmpty {
                terms.append(Term(unquote(term), at: SourceLocation(line: line, column: column + start + leading)))
            }
        }
        for (index, character) in characters.enumerated() {
            let isSeparator = character == "،" || (character == ","
                && !(index > 0 && index + 1 < characters.count && characters[index - 1].isNumber && characters[index + 1].isNumber))
            if isSeparator {
                close(at: index)
                current = ""
                start = index + 1
            } else {
                current.append(character)
            }
        }
        close(at: characters.count)
        return terms
    }

    func splitList(_ text: String) -> [String] {
        splitTerms(text, line: 0, column: 0).map(\.text)
    }

    func unquote(_ text: String) -> String {
        let pairs: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("«", "»")]
        for (open, close) in pairs where text.count >= 2 && text.first == open && text.last == close {
            let inner = text.dropFirst().dropLast()
            if !inner.contains(open) && !inner.contains(close) { return String(inner) }
        }
        return text
    }

    /// Joins situation lines: no leading or trailing blank lines, runs of blanks as one.
    func collapse(_ lines: [String]) -> String {
        var result: [String] = []
        for line in lines {
            let isBlank = line.trimmingWhitespace().isEmpty
            if isBlank && (result.isEmpty || result.last == "") { continue }
            result.append(isBlank ? "" : line)
        }
        while result.last == "" { result.removeLast() }
        return result.joined(separator: "\n")
    }
}

extension StringProtocol {
    func trimmingTrailingWhitespace() -> Substring {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }

    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
