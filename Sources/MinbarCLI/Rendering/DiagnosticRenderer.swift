import MinbarCore

/// Turns diagnostics into the text a person reads: the compiler's form, the line it is
/// about with a caret under the column, and the hint.
struct DiagnosticRenderer {
    var style: Style
    /// Source lines by path, for the excerpt; a path without lines gets no excerpt.
    var sources: [String: [String]]
    /// The language of the message, the hint and the severity word (the location, keys
    /// and quoted syntax stay as written).
    var language: Language = .en
    /// At a terminal, runs of the other script in a message (an English key quoted in an
    /// Arabic sentence) are isolated (FSI…PDI), as `ReportRenderer` does for findings.
    var isolateRuns = false

    func prose(_ text: String) -> String {
        isolateRuns ? BidiIsolation.isolatedForTerminal(text.terminalSafe) : text.terminalSafe
    }

    func render(_ diagnostic: Diagnostic) -> String {
        let location = "\(diagnostic.path):\(diagnostic.location.line):\(diagnostic.location.column)"
        var text = "\(style.bold(location.terminalSafe)): \(style.severity(diagnostic.severity, language: language)): \(prose(diagnostic.message(language)))\n"
        if let lines = sources[diagnostic.path], diagnostic.location.line >= 1, diagnostic.location.line <= lines.count {
            let line = lines[diagnostic.location.line - 1].terminalSafe.replacingTabs()
            if !line.trimmingCharacters(in: .whitespaces).isEmpty && line.count <= 300 {
                let prefix = line.prefix(max(0, diagnostic.location.column - 1))
                text += "    \(line)\n"
                text += "    " + String(repeating: " ", count: prefix.terminalColumns) + style.green("^") + "\n"
            }
        }
        if let hint = diagnostic.hint(language) {
            text += "    \(style.cyan(UIText.hintLabel(language))) \(prose(hint))\n"
        }
        return text
    }

    static func json(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("path", .string(diagnostic.path)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.problem.code)),
            ("message", .string(diagnostic.message)),
            ("hint", .optional(diagnostic.hint)),
        ])
    }
}

extension String {
    /// Tabs as single spaces, so the caret below lines up with the column count.
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}

import Foundation
