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
    /// The language of the chart's words (plan titles come in it when the plan has them).
    public var language: Language
    /// Colours a status word; the identity when colour is off.
    public var paint: (String, ObjectiveStatus.State) -> String

    public init(width: Int, from: CalendarDate? = nil, to: CalendarDate? = nil, calendar: CalendarSystem = .gregorian,
                language: Language = .en, paint: @escaping (String, ObjectiveStatus.State) -> String = { text, _ in text }) {
        self.width = width
        self.from = from
        self.to = to
        self.calendar = calendar
        self.language = language
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
        let columnWord = daysPerColumn == 7 ? UIText.timelineWeeks(language) : UIText.timelineDayColumns(language, daysPerColumn)
        let title = UIText.timelineTitle(language, plan.title(language).terminalSafe, TimelineChart.format(today, calendar, language), columnWord)
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
            var label = status.objective.title(language).terminalSafe
            if case .cadence(let cadence) = status.objective.schedule { label += " (\(cadence.label(language)))" }
            let state = status.state.label(language) + (status.unbacked ? "*" : "")
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
        lines.append(UIText.timelineEvidence(language).padded(to: labelWidth) + " │" + events + "│")
        lines += TextWrapper.wrap(UIText.timelineLegend(language), width: total)

        let warnings = report.warnings
        if !warnings.isEmpty {
            lines.append("")
            lines.append(UIText.timelineGaps(language))
            for warning in warnings { lines += TextWrapper.wrap(warning.message(language).terminalSafe, width: total, indent: "  • ", continuation: "    ") }
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
            let (month, name) = TimelineChart.month(of: CalendarDate(dayNumber: range(column).lowerBound), calendar, language)
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
    /// Short Arabic month names, three letters (four for مايو) as on Gulf calendars and
    /// timetables, so week columns drop none.
    static let arabicGregorianMonths = ["ينا", "فبر", "مار", "أبر", "مايو", "يون", "يول", "أغس", "سبت", "أكت", "نوف", "ديس"]
    static let arabicHijriMonths = ["محر", "صفر", "رب١", "رب٢", "جم١", "جم٢", "رجب", "شعب", "رمض", "شول", "قعد", "حجة"]

    /// A month's short name in a calendar and a language (month is 1...12).
    public static func monthName(_ month: Int, _ system: CalendarSystem, _ language: Language = .en) -> String {
        switch (system, language) {
        case (.gregorian, .en): gregorianMonths[month - 1]
        case (.gregorian, .ar): arabicGregorianMonths[month - 1]
        case (.islamic, .en): hijriMonths[month - 1]
        case (.islamic, .ar): arabicHijriMonths[month - 1]
        }
    }

    /// A month number (for change detection) and its short name in the chosen calendar.
    static func month(of date: CalendarDate, _ system: CalendarSystem, _ language: Language = .en) -> (Int, String) {
        switch system {
        case .gregorian:
            return (date.year * 12 + date.month, monthName(date.month, system, language))
        case .islamic:
            let (year, month, _) = hijri(date)
            return (year * 12 + month, monthName(month, system, language))
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

    public static func format(_ date: CalendarDate, _ system: CalendarSystem, _ language: Language = .en) -> String {
        switch system {
        case .gregorian: return date.description
        case .islamic:
            let (year, month, day) = hijri(date)
            return UIText.hijriSuffix(language, day, monthName(month, system, language), year, date)
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
