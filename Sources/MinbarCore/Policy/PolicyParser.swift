/// Reads an organisation's policy file (`*.policy.md`, format in the README) into a
/// `Policy`, with every problem located. A policy with errors yields `policy == nil`.
public enum PolicyParser {
    public struct Result: Sendable {
        public var policy: Policy?
        public var diagnostics: [Diagnostic]
    }

    public static let headerKeys = ["organisation", "competitors"]
    public static let sectionNames = ["Banned terms", "Code names", "Competitors", "Quiet periods", "Disclaimers", "Rules", "Allow"]

    public static func parse(path: String, text: String) -> Result { parse(SourceText(path: path, text: text)) }

    public static func parse(_ source: SourceText) -> Result {
        let document = DocumentReader(source, headerKeys: Self.headerKeys)
        var diagnostics = document.diagnostics
        func report(_ problem: Problem, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(path: source.path, location: location, problem: problem))
        }
        var policy = Policy(name: document.title ?? "Organisation policy", path: source.path)
        if document.title == nil { report(.missingTitle, SourceLocation(line: document.headerLine ?? 1, column: 1)) }
        for entry in document.header {
            switch entry.key {
            case "organisation", "organization": policy.organisation = entry.value
            case "competitors": policy.competitors += terms(entry.value)
            default:
                report(.unknownKey(entry.key, suggestion: Suggestion.closest(to: entry.key, among: headerKeys)), entry.location)
            }
        }
        let knownRules = RuleRegistry.ids
        for section in document.sections {
            guard let name = sectionNames.first(where: { $0.lowercased() == section.name.lowercased() }) else {
                report(.unknownSection(section.name, suggestion: Suggestion.closest(to: section.name, among: sectionNames), allowed: sectionNames),
                       section.location)
                continue
            }
            for item in section.items {
                switch name {
                case "Banned terms": policy.bannedTerms += terms(item.text)
                case "Code names": policy.codeNames += terms(item.text)
                case "Competitors": policy.competitors += terms(item.text)
                case "Quiet periods":
                    // `2026-12-15 to 2027-01-20: Q4 results`
                    let (range, label) = split(item.text, at: ":")
                    let bounds = range.components(separatedBy: " to ")
                    guard bounds.count == 2, let start = CalendarDate(parsing: bounds[0]), let end = CalendarDate(parsing: bounds[1]), start <= end else {
                        report(.malformedItem(section: "quiet period", expected: "'- 2026-12-15 to 2027-01-20: what it is for'"), item.location)
                        continue
                    }
                    policy.quietPeriods.append(Policy.QuietPeriod(start: start, end: end, label: label.isEmpty ? "quiet period" : label))
                case "Disclaimers":
                    // `Not investment advice. | when: shares, dividend`
                    let parts = item.text.components(separatedBy: "|")
                    let text = parts[0].trimmingWhitespace()
                    let triggers = parts.dropFirst().compactMap { part -> [String]? in
                        let (key, value) = split(part, at: ":")
                        return key.lowercased() == "when" ? terms(value) : nil
                    }.flatMap { $0 }
                    guard !text.isEmpty, !triggers.isEmpty else {
                        report(.malformedItem(section: "disclaimer", expected: "'- Disclaimer text. | when: term, term'"), item.location)
                        continue
                    }
                    policy.disclaimers.append(Policy.Disclaimer(text: text, triggers: triggers))
                case "Rules", "Allow":
                    let (rule, value) = split(item.text, at: ":")
                    guard knownRules.contains(rule) else {
                        report(.unknownRule(rule, suggestion: Suggestion.closest(to: rule, among: knownRules)), item.location)
                        continue
                    }
                    if name == "Allow" {
                        policy.allowed[rule, default: []] += terms(value)
                    } else if value.lowercased() == "off" {
                        policy.ruleSettings[rule] = .off
                    } else if let severity = FindingSeverity(rawValue: value.lowercased()) {
                        policy.ruleSettings[rule] = .severity(severity)
                    } else {
                        report(.invalidValue(key: "rule setting", value: value, expected: "off, error, warning or note"), item.location)
                    }
                default:
                    break
                }
            }
        }
        return Result(policy: diagnostics.hasErrors ? nil : policy, diagnostics: diagnostics.sortedForDisplay())
    }

    static func terms(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "،" }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    static func split(_ text: String, at separator: Character) -> (String, String) {
        guard let index = text.firstIndex(of: separator) else { return (text.trimmingWhitespace(), "") }
        return (text[..<index].trimmingWhitespace(), text[text.index(after: index)...].trimmingWhitespace())
    }
}
