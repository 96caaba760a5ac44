import Foundation

/// The objectives timeline as text: weeks across, one row per objective (its window,
/// its posts, today's line, its status in words), a row of evidence events, then gaps
/// and warnings. Pure: width, dates and colour are passed in. Text from the plan file is
/// made terminal-safe here, before the status colours are painted, so the colours reach
/// the terminal as colours.
public struct TimelineChart {
    public enum CalendarSystem: String, Sendable, CaseIterable {
        case gregorian, islamic
    }

    public var width: Int
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var calendar: CalendarSystem
    /// Colours a status word; the identity when colour is off.
    public var paint: (String, ObjectiveStatus.State) -> String

    public init(width: Int, from: CalendarDate? = nil, to: CalendarDate? = nil, calendar: CalendarSystem = .gregorian,
                paint: @escaping (String, ObjectiveStatus.State) -> String = { text, _ in text }) {
        self.width = width
        self.from = from
        self.to = to
        self.calendar = calendar
        self.paint = paint
    }

    static let statusWidth = 12

    public func render(_ report: PlanTracker.Report, plan: CommunicationPlan) -> String {
        let total = max(30, width)
        let labelWidth = min(40, max(8, total / 3))
        let columns = max(8, total - labelWidth - TimelineChart.statusWidth - 3)
        // The span: as asked, else a third behind today and two thirds ahead, in weeks.
        let today = report.today
        let start = from ?? today.adding(days: -(columns / 3) * 7)
        let end = to ?? start.adding(days: columns * 7 - 1)
        let span = max(1, end.dayNumber - start.dayNumber + 1)
        let daysPerColumn = max(7, Int((Double(span) / Double(columns)).rounded(.up)))
        let used = min(columns, Int((Double(span) / Double(daysPerColumn)).rounded(.up)))
        func range(_ column: Int) -> ClosedRange<Int> {
            let first = start.dayNumber + column * daysPerColumn
            return first...(first + daysPerColumn - 1)
        }

        var lines: [String] = []
        let title = "\(plan.title.terminalSafe) · \(TimelineChart.format(today, calendar)) · \(daysPerColumn == 7 ? "weeks" : "\(daysPerColumn)-day columns") across"
        lines += TextWrapper.wrap(title, width: total)
        lines.append(String(repeating: " ", count: labelWidth + 1) + axis(columns: used, range: range))

        for status in report.statuses {
            var cells = ""
            for column in 0..<used {
                let days = range(column)
                let posts = status.posts.filter { days.contains($0.date.dayNumber) }.count
                let active: Bool
                switch status.objective.schedule {
                case .window(let windowStart, let due): active = days.upperBound >= windowStart.dayNumber && days.lowerBound <= due.dayNumber
                case .cadence: active = true
                }
                if posts > 0 { cells += posts > 1 && posts < 10 ? String(posts) : "●" }
                else if days.contains(today.dayNumber) { cells += "┃" }
                else { cells += active ? "─" : " " }
            }
            var label = status.objective.title.terminalSafe
            if case .cadence(let cadence) = status.objective.schedule { label += " (\(cadence.rawValue))" }
            let state = status.state.rawValue + (status.unbacked ? "*" : "")
            // A long name wraps onto rows of its own under the first, never cut mid-word.
            let labelLines = TextWrapper.wrap(label, width: labelWidth)
            lines.append(labelLines[0].padded(to: labelWidth) + " │" + cells + "│ " + paint(state, status.state))
            for more in labelLines.dropFirst() {
                lines.append(more.padded(to: labelWidth) + " │" + String(repeating: " ", count: used) + "│")
            }
        }

        var events = ""
        for column in 0..<used {
            let days = range(column)
            let evidence = plan.certificates.compactMap(\.awarded) + plan.ratings.compactMap(\.date) + plan.figures.compactMap(\.asOf)
            let expiries = plan.certificates.compactMap(\.expires)
            if expiries.contains(where: { days.contains($0.dayNumber) }) { events += "✕" }
            else if evidence.contains(where: { days.contains($0.dayNumber) }) { events += "◆" }
            else if days.contains(today.dayNumber) { events += "┃" }
            else { events += " " }
        }
        lines.append("evidence".padded(to: labelWidth) + " │" + events + "│")
        lines += TextWrapper.wrap("● post  ─ window  ┃ today  ◆ evidence  ✕ expiry  * unbacked", width: total)

        let warnings = report.warnings
        if !warnings.isEmpty {
            lines.append("")
            lines.append("Gaps and warnings:")
            for warning in warnings { lines += TextWrapper.wrap(warning.message.terminalSafe, width: total, indent: "  • ", continuation: "    ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Month names on the axis where a month begins: each at its month's first column,
    /// or just after the previous name when that one is still being drawn. Names are at
    /// most three letters, so with week columns (4 or more per month) none is dropped.
    func axis(columns: Int, range: (Int) -> ClosedRange<Int>) -> String {
        var axis = Array(repeating: Character(" "), count: columns + 1)
        var previous: Int?
        var free = 0
        for column in 0..<columns {
            let (month, name) = TimelineChart.month(of: CalendarDate(dayNumber: range(column).lowerBound), calendar)
            defer { previous = month }
            guard month != previous else { continue }
            let at = max(column, free)
            guard at + name.count <= columns else { continue }
            for (offset, character) in name.enumerated() { axis[at + 1 + offset] = character }
            free = at + name.count + 1
        }
        return String(axis)
    }

    static let gregorianMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let hijriMonths = ["Muh", "Saf", "Ra1", "Ra2", "Ju1", "Ju2", "Raj", "Sha", "Ram", "Shw", "DhQ", "DhH"]

    /// A month number (for change detection) and its short name in the chosen calendar.
    static func month(of date: CalendarDate, _ system: CalendarSystem) -> (Int, String) {
        switch system {
        case .gregorian:
            return (date.year * 12 + date.month, gregorianMonths[date.month - 1])
        case .islamic:
            let (year, month, _) = hijri(date)
            return (year * 12 + month, hijriMonths[month - 1])
        }
    }

    /// The Umm al-Qura date for a Gregorian day.
    public static func hijri(_ date: CalendarDate) -> (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let moment = Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400 + 43_200)
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return (parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
    }

    public static func format(_ date: CalendarDate, _ system: CalendarSystem) -> String {
        switch system {
        case .gregorian: return date.description
        case .islamic:
            let (year, month, day) = hijri(date)
            return "\(day) \(hijriMonths[month - 1]) \(year) AH (\(date))"
        }
    }

    /// Cut to `width` display columns, with an ellipsis when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.terminalColumns > width else { return text }
        var result = ""
        for character in text {
            if result.terminalColumns + character.terminalColumns > width - 1 { break }
            result.append(character)
        }
        return result + "…"
    }
}

extension String {
    /// Padded with spaces to `width` display columns (Arabic and emoji measured properly).
    public func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - terminalColumns))
    }
}
