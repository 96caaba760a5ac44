/// Reads a communication plan (`*.plan.md`, format in the README) with every problem
/// located. A plan with errors yields `plan == nil`.
public enum PlanParser {
    public struct Result: Sendable {
        public var plan: CommunicationPlan?
        public var diagnostics: [Diagnostic]
    }

    public static let headerKeys = ["id", "organisation", "type", "executive", "title-ar"]
    public static let objectiveKeys = ["audience", "window", "cadence", "posts", "cues", "title-ar"]
    public static let sectionNames = ["Objective", "Figures", "Certificates", "Ratings"]

    public static func parse(path: String, text: String) -> Result { parse(SourceText(path: path, text: text)) }

    public static func parse(_ source: SourceText) -> Result {
        if source.isBlank {
            return Result(plan: nil, diagnostics: [Diagnostic(path: source.path, location: SourceLocation(line: 1, column: 1), problem: .emptyFile)])
        }
        let document = DocumentReader(source, headerKeys: Self.headerKeys)
        var diagnostics = document.diagnostics
        func report(_ problem: Problem, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(path: source.path, location: location, problem: problem))
        }
        var plan = CommunicationPlan(id: "", title: document.title ?? "", organisation: nil, organisationType: nil, executive: nil,
                                     objectives: [], figures: [], certificates: [], ratings: [], path: source.path)
        let header = SourceLocation(line: document.headerLine ?? 1, column: 1)
        if document.title == nil { report(.missingTitle, header) }
        for entry in document.header {
            switch entry.key {
            case "id": plan.id = entry.value
            case "organisation", "organization": plan.organisation = entry.value
            case "executive": plan.executive = entry.value
            case "title-ar": plan.arabicTitle = entry.value.isEmpty ? nil : entry.value
            case "type":
                guard let type = OrganisationType(rawValue: entry.value.lowercased()) else {
                    report(.invalidValue(key: "type", value: entry.value, expected: "one of " + OrganisationType.allCases.map(\.rawValue).joined(separator: ", ")),
                           entry.valueLocation)
                    continue
                }
                plan.organisationType = type
            default:
                report(.unknownKey(entry.key, suggestion: Suggestion.closest(to: entry.key, among: headerKeys)), entry.location)
            }
        }
        if plan.id.isEmpty { report(.missingKey("id"), header) }

        for section in document.sections {
            let words = section.name.split(separator: " ", maxSplits: 1).map(String.init)
            switch words.first?.lowercased() {
            case "objective":
                if let objective = parseObjective(section, report: report) {
                    if plan.objectives.contains(where: { $0.id == objective.id }) {
                        report(.duplicateObjective(objective.id, firstLine: plan.objectives.first { $0.id == objective.id }!.location.line), section.location)
                    } else {
                        plan.objectives.append(objective)
                    }
                }
            case "figures":
                for item in section.items {
                    let (name, fields) = fieldsOf(item)
                    guard let value = fields["value"]?.value, value.contains(where: \.isNumber) else {
                        report(.malformedItem(section: "figure", expected: "'- name | value: 18% | public: yes'"), item.location)
                        continue
                    }
                    let isPublic = fields["public"].map { ["yes", "true", "public", "نعم"].contains($0.value.lowercased()) } ?? false
                    if let given = fields["public"] {
                        // Anything but yes or no ("maybe") was read as no without a word: said, the
                        // author decides, and the figure stays unpublished meanwhile.
                        if !["yes", "true", "public", "نعم", "no", "false", "لا"].contains(given.value.lowercased()) {
                            report(.invalidValue(key: "public", value: given.value, expected: "yes or no"), given.location)
                        }
                    } else {
                        report(.missingKey("public (yes or no) for '\(name)'"), item.location)
                    }
                    var cues = fields["cues"].map { PolicyParser.terms($0.value) } ?? []
                    if cues.isEmpty {
                        cues = name.split(separator: " ").map(String.init).filter { $0.count >= 4 && !$0.contains(where: \.isNumber) }
                    }
                    plan.figures.append(PlanFigure(name: name, value: value, asOf: date(fields["as-of"], report: report),
                                                   source: fields["source"]?.value, isPublic: isPublic, cues: cues, location: item.location,
                                                   arabicName: fields["name-ar"].map(\.value).flatMap { $0.isEmpty ? nil : $0 }))
                    checkKeys(fields, allowed: ["value", "as-of", "source", "public", "cues", "name-ar"], report: report)
                }
            case "certificates":
                for item in section.items {
                    let (name, fields) = fieldsOf(item)
                    plan.certificates.append(Certificate(name: name, issuer: fields["issuer"]?.value, awarded: date(fields["awarded"], report: report),
                                                         expires: date(fields["expires"], report: report), location: item.location))
                    checkKeys(fields, allowed: ["issuer", "awarded", "expires"], report: report)
                    // A certificate that expires before it was awarded is a typo in one of the dates.
                    if let certificate = plan.certificates.last, let awarded = certificate.awarded, let expires = certificate.expires,
                       expires < awarded, let entry = fields["expires"] {
                        report(.invalidValue(key: "expires", value: entry.value, expected: "a date after 'awarded' (\(awarded))"), entry.location)
                    }
                }
            case "ratings":
                for item in section.items {
                    let (name, fields) = fieldsOf(item)
                    // `MSCI ESG: A` or `MSCI ESG | grade: A`
                    var body = name, grade = fields["grade"]?.value ?? ""
                    if grade.isEmpty, let colon = name.lastIndex(of: ":") {
                        body = name[..<colon].trimmingWhitespace()
                        grade = name[name.index(after: colon)...].trimmingWhitespace()
                    }
                    guard !grade.isEmpty else {
                        report(.malformedItem(section: "rating", expected: "'- MSCI ESG: A | date: 2026-11-01'"), item.location)
                        continue
                    }
                    plan.ratings.append(Rating(body: body, grade: grade, date: date(fields["date"], report: report), location: item.location))
                    checkKeys(fields, allowed: ["grade", "date"], report: report)
                }
            default:
                report(.unknownSection(section.name, suggestion: Suggestion.closest(to: words.first ?? "", among: sectionNames), allowed: sectionNames),
                       section.location)
            }
        }
        return Result(plan: diagnostics.hasErrors ? nil : plan, diagnostics: diagnostics.sortedForDisplay())
    }

    static func parseObjective(_ section: DocumentReader.Section, report: (Problem, SourceLocation) -> Void) -> Objective? {
        // `## Objective ID: Title`
        let rest = section.name.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        let (id, title) = PolicyParser.split(rest, at: ":")
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            report(.invalidIdentifier(id), section.location)
            return nil
        }
        var entries: [String: DocumentReader.Entry] = [:]
        for entry in section.entries {
            guard objectiveKeys.contains(entry.key) else {
                report(.unknownKey(entry.key, suggestion: Suggestion.closest(to: entry.key, among: objectiveKeys)), entry.location)
                continue
            }
            entries[entry.key] = entry
        }
        var schedule: Objective.Schedule?
        if let window = entries["window"] {
            if let (start, due) = parseWindow(window.value) { schedule = .window(start: start, due: due) }
            else { report(.invalidValue(key: "window", value: window.value, expected: "'2027-01-01 to 2027-06-30' or 'Q1-Q2 2027'"), window.valueLocation) }
        } else if let cadence = entries["cadence"] {
            if let value = Objective.Cadence(rawValue: cadence.value.lowercased()) { schedule = .cadence(value) }
            else { report(.invalidValue(key: "cadence", value: cadence.value, expected: "weekly, monthly or quarterly"), cadence.valueLocation) }
        } else {
            report(.missingKey("window or cadence"), section.location)
        }
        var target = 1
        if let posts = entries["posts"] {
            let digits = TextNormalizer.normalize(posts.value)
            if let number = Int(digits), number > 0, number <= 1000 { target = number }
            else if case let unsigned = digits.hasPrefix("-") || digits.hasPrefix("+") ? digits.dropFirst() : Substring(digits),
                    !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) {
                report(.numberOutOfRange(key: "posts", value: posts.value, lowest: 1, highest: 1000), posts.valueLocation)
            } else { report(.invalidNumber(posts.value), posts.valueLocation) }
        }
        let cues = entries["cues"].map { PolicyParser.terms($0.value) } ?? []
        if cues.isEmpty { report(.goalWithoutCues(id), section.location) }
        guard let schedule else { return nil }
        return Objective(id: id, title: title.isEmpty ? id : title, audiences: entries["audience"].map { PolicyParser.terms($0.value) } ?? [],
                         schedule: schedule, targetPosts: target, cues: cues, location: section.location,
                         arabicTitle: entries["title-ar"].map(\.value).flatMap { $0.isEmpty ? nil : $0 })
    }

    /// `2027-01-01 to 2027-06-30`, `Q1 2027`, `Q1-Q2 2027`.
    public static func parseWindow(_ text: String) -> (CalendarDate, CalendarDate)? {
        let parts = text.components(separatedBy: " to ")
        if parts.count == 2, let start = CalendarDate(parsing: parts[0]), let due = CalendarDate(parsing: parts[1]), start <= due {
            return (start, due)
        }
        let words = text.split(separator: " ")
        guard words.count == 2, let year = Int(words[1]), (1900...2200).contains(year) else { return nil }
        let quarters = words[0].uppercased().split(separator: "-")
        let numbers = quarters.compactMap { $0.hasPrefix("Q") ? Int($0.dropFirst()) : nil }
        guard numbers.count == quarters.count, let first = numbers.first, let last = numbers.last,
              (1...4).contains(first), (1...4).contains(last), first <= last else { return nil }
        let start = CalendarDate(year: year, month: (first - 1) * 3 + 1, day: 1)
        let endMonth = last * 3
        return (start, CalendarDate(year: year, month: endMonth, day: CalendarDate.daysIn(month: endMonth, year: year)))
    }

    static func fieldsOf(_ item: DocumentReader.Item) -> (String, [String: DocumentReader.Entry]) {
        let parts = item.text.components(separatedBy: "|")
        var fields: [String: DocumentReader.Entry] = [:]
        for part in parts.dropFirst() {
            let (key, value) = PolicyParser.split(part, at: ":")
            fields[key.lowercased()] = DocumentReader.Entry(key: key.lowercased(), value: value, location: item.location, valueLocation: item.location)
        }
        return (parts[0].trimmingWhitespace(), fields)
    }

    static func date(_ entry: DocumentReader.Entry?, report: (Problem, SourceLocation) -> Void) -> CalendarDate? {
        guard let entry else { return nil }
        guard let date = CalendarDate(parsing: entry.value) else {
            report(.invalidValue(key: entry.key, value: entry.value, expected: "a date YYYY-MM-DD"), entry.location)
            return nil
        }
        return date
    }

    static func checkKeys(_ fields: [String: DocumentReader.Entry], allowed: [String], report: (Problem, SourceLocation) -> Void) {
        for (key, entry) in fields.sorted(by: { $0.key < $1.key }) where !allowed.contains(key) {
            report(.unknownKey(key, suggestion: Suggestion.closest(to: key, among: allowed)), entry.location)
        }
    }
}
