import Foundation

/// Small inline SVG charts: plain shapes and text, no scripts, no fonts or images to
/// load. Each has a title (shown, and as `<title>` for screen readers), labelled axes
/// and its values written on it, so a printed debrief can be read without hovering.
public enum SVGCharts {
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func open(_ width: Double, _ height: Double, title: String) -> String {
        // The geometry is left to right whatever the page's direction: without this an
        // Arabic page's `dir="rtl"` flips every `text-anchor`, and labels run off the chart.
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" direction=\"ltr\" font-family=\"system-ui,sans-serif\">"
        svg += "<title>\(HTMLExporter.escape(title))</title>"
        // An Arabic title stands at the right edge, where its reader starts.
        let rightToLeft = BidiIsolation.baseDirection(of: title) == .rightToLeft
        svg += text(title, x: rightToLeft ? width - 4 : 4, y: 14, size: 12, anchor: rightToLeft ? "end" : "start", fill: nil, bold: true)
        return svg
    }

    /// A label whose `anchor` is geometric: "start" is its left end, "end" its right end,
    /// in either language. Right-to-left text gets its own `direction` so its words are
    /// ordered for an Arabic reader, and the anchor is swapped to keep it in place.
    static func text(_ content: String, x: Double, y: Double, size: Int = 10, anchor: String = "start", fill: String? = "#333",
                     bold: Bool = false) -> String {
        let rightToLeft = BidiIsolation.baseDirection(of: content) == .rightToLeft
        let placed = rightToLeft ? (anchor == "start" ? "end" : anchor == "end" ? "start" : anchor) : anchor
        return "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(size)\"" + (bold ? " font-weight=\"bold\"" : "")
            + " text-anchor=\"\(placed)\"" + (rightToLeft ? " direction=\"rtl\"" : "")
            + (fill.map { " fill=\"\($0)\"" } ?? "") + ">\(HTMLExporter.escape(content))</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#888", dash: String? = nil) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(stroke)\"" + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    /// Scores (0-100) in order, as a line with its points: a 0-100 axis on the left,
    /// attempt numbers below, each score written by its point (the last and best ones
    /// when there are too many to label).
    public static func line(_ values: [Int], title: String = "Score over time", xLabel: String = "attempt",
                            width: Double = 320, height: Double = 180) -> String {
        // Room above the 100 line for a point's label under the title (at 26 a score of 100 wrote over it).
        let left = 30.0, right = 12.0, top = 34.0, bottom = 28.0, inset = 12.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func y(_ value: Double) -> Double { top + plotHeight - value / 100 * plotHeight }
        var svg = open(width, height, title: title)
        for tick in [0.0, 25, 50, 75, 100] {
            svg += line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), stroke: tick == 0 ? "#888" : "#eee")
            svg += text(String(Int(tick)), x: left - 4, y: y(tick) + 3, size: 9, anchor: "end")
        }
        svg += line(x1: left, y1: top, x2: left, y2: top + plotHeight)
        if !values.isEmpty {
            // The points stand `inset` inside the axes: the first score's label, centred on
            // its point, sat on the axis's "100" when it was drawn on the axis itself.
            let step = values.count > 1 ? (plotWidth - 2 * inset) / Double(values.count - 1) : 0
            func x(_ index: Int) -> Double { values.count > 1 ? left + inset + Double(index) * step : left + plotWidth / 2 }
            let points = values.enumerated().map { (x($0.offset), y(Double($0.element))) }
            svg += "<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"" + points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ") + "\"/>"
            let best = values.max() ?? 0
            let bestIndex = values.lastIndex(of: best) ?? 0
            for (index, point) in points.enumerated() {
                svg += "<circle cx=\"\(number(point.0))\" cy=\"\(number(point.1))\" r=\"2.5\" fill=\"#1f5fa8\"/>"
                if values.count <= 12 || index == values.count - 1 || index == bestIndex {
                    svg += text(String(values[index]), x: point.0, y: point.1 - 5, size: 9, anchor: "middle", fill: "#1f5fa8")
                }
            }
            // Attempt numbers: all when few, else the first, middle and last.
            let labelled = values.count <= 12 ? Array(values.indices) : [0, values.count / 2, values.count - 1]
            for index in labelled {
                svg += text(String(index + 1), x: x(index), y: top + plotHeight + 12, size: 9, anchor: "middle")
            }
        }
        svg += text(xLabel, x: width - right, y: height - 4, size: 9, anchor: "end", fill: "#666")
        return svg + "</svg>\n"
    }

    /// The longest bar label shown whole; a longer one ends in "…".
    static let maximumLabel = 40

    /// Labelled horizontal bars with their values, on a scale from 0 to `maximum`.
    public static func bars(_ items: [(String, Double)], maximum: Double, title: String = "", scaleLabel: String = "",
                            width: Double = 360) -> String {
        // The labels' room fits the longest label (a rule id such as
        // "policy.undisclosed-endorsement" was cut to 26 characters and clipped at the
        // left edge), and the chart widens by what the labels take beyond 150.
        let longest = items.map { min($0.0.count, maximumLabel) }.max() ?? 0
        let labelWidth = max(150.0, Double(longest) * 6.6 + 8)
        let width = width + labelWidth - 150
        let rowHeight = 18.0, top = 24.0, valueRoom = 40.0
        let barRoom = width - labelWidth - valueRoom
        let height = top + max(rowHeight, Double(items.count) * rowHeight) + 26
        var svg = open(width, height, title: title)
        for (index, item) in items.enumerated() {
            let y = top + Double(index) * rowHeight
            let length = maximum > 0 ? item.1 / maximum * barRoom : 0
            let name = item.0.count > maximumLabel ? String(item.0.prefix(maximumLabel - 1)) + "…" : item.0
            svg += text(name, x: labelWidth - 6, y: y + 12, size: 11, anchor: "end")
            svg += "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 3))\" width=\"\(number(max(1, length)))\" height=\"\(Int(rowHeight - 6))\" fill=\"#3b7dd8\"/>"
            let label = item.1 == item.1.rounded() ? String(Int(item.1)) : number(item.1)
            svg += text(label, x: labelWidth + length + 4, y: y + 12, size: 11)
        }
        // The scale: an axis under the bars with its ends and middle marked.
        let axisY = top + max(rowHeight, Double(items.count) * rowHeight) + 2
        svg += line(x1: labelWidth, y1: top, x2: labelWidth, y2: axisY)
        svg += line(x1: labelWidth, y1: axisY, x2: labelWidth + barRoom, y2: axisY)
        // Counts have no half: the middle mark of a scale up to 3 findings is left out, not "1.5".
        let counts = items.allSatisfy { $0.1 == $0.1.rounded() } && maximum == maximum.rounded()
        for fraction in [0.0, 0.5, 1.0] {
            let value = maximum * fraction
            if counts, value != value.rounded() { continue }
            let label = value == value.rounded() ? String(Int(value)) : number(value)
            svg += line(x1: labelWidth + barRoom * fraction, y1: axisY, x2: labelWidth + barRoom * fraction, y2: axisY + 3)
            svg += text(label, x: labelWidth + barRoom * fraction, y: axisY + 13, size: 9, anchor: "middle")
        }
        if !scaleLabel.isEmpty { svg += text(scaleLabel, x: width - 4, y: height - 2, size: 9, anchor: "end", fill: "#666") }
        return svg + "</svg>\n"
    }

    /// Objectives as rows: the window as a band, posts as dots, today as a dashed line,
    /// the months along the bottom axis and each objective's status at the right.
    public static func timeline(_ report: PlanTracker.Report, title: String = "Objectives timeline", width: Double = 640,
                                language: Language = .en) -> String {
        let rowHeight = 22.0, top = 24.0, labelWidth = 190.0, statusWidth = 80.0
        let statuses = report.statuses
        let starts = statuses.map(\.periodStart.dayNumber) + statuses.flatMap { $0.posts.map(\.date.dayNumber) } + [report.today.dayNumber]
        let ends = statuses.map(\.periodEnd.dayNumber) + [report.today.dayNumber]
        let first = Double(starts.min() ?? 0), last = Double(max((ends.max() ?? 1), (starts.min() ?? 0) + 1))
        let plotWidth = width - labelWidth - statusWidth
        func x(_ day: Int) -> Double { labelWidth + (Double(day) - first) / (last - first) * plotWidth }
        let axisY = top + Double(statuses.count) * rowHeight + 2
        let height = axisY + 28
        var svg = open(width, height, title: title)
        for (index, status) in statuses.enumerated() {
            let y = top + Double(index) * rowHeight
            // Cut between words, never inside one.
            let lines = TextWrapper.wrap(status.objective.title(language), width: 27)
            svg += text(lines[0] + (lines.count > 1 ? "…" : ""), x: labelWidth - 6, y: y + 14, size: 11, anchor: "end")
            svg += "<rect x=\"\(number(x(status.periodStart.dayNumber)))\" y=\"\(number(y + 6))\" width=\"\(number(max(2, x(status.periodEnd.dayNumber) - x(status.periodStart.dayNumber))))\" height=\"8\" fill=\"#cfe0f5\"/>"
            for post in status.posts {
                svg += "<circle cx=\"\(number(x(post.date.dayNumber)))\" cy=\"\(number(y + 10))\" r=\"4\" fill=\"\(post.evidence.isEmpty ? "#d08a00" : "#1f5fa8")\"/>"
            }
            svg += text(status.state.label(language) + " \(status.postsInPeriod)/\(status.objective.targetPosts)", x: width - 4, y: y + 14, size: 10, anchor: "end")
        }
        // Month ticks along the bottom, labelled while there is room between them.
        svg += line(x1: labelWidth, y1: axisY, x2: labelWidth + plotWidth, y2: axisY)
        var day = CalendarDate(dayNumber: Int(first))
        var lastLabel = -Double.infinity
        while Double(day.dayNumber) <= last {
            let monthStart = day.day == 1 ? day : CalendarDate(dayNumber: day.dayNumber - day.day + 1).addingMonth()
            guard Double(monthStart.dayNumber) <= last else { break }
            let position = x(monthStart.dayNumber)
            svg += line(x1: position, y1: axisY, x2: position, y2: axisY + 4)
            if position - lastLabel >= 28 {
                let name = TimelineChart.monthName(monthStart.month, .gregorian, language) + (monthStart.month == 1 ? " \(monthStart.year)" : "")
                svg += text(name, x: position, y: axisY + 14, size: 9, anchor: "middle")
                lastLabel = position
            }
            day = monthStart.addingMonth()
        }
        let today = x(report.today.dayNumber)
        svg += line(x1: today, y1: top - 4, x2: today, y2: axisY, stroke: "#a4161a", dash: "3,2")
        svg += text(UIText.chartToday(language, report.today), x: today, y: axisY + 25, size: 9, anchor: "middle", fill: "#a4161a")
        return svg + "</svg>\n"
    }
}

extension CalendarDate {
    /// The first day of the next month.
    func addingMonth() -> CalendarDate {
        let start = CalendarDate(dayNumber: dayNumber - day + 1)
        return CalendarDate(dayNumber: start.dayNumber + 32).firstOfMonth
    }

    var firstOfMonth: CalendarDate { CalendarDate(dayNumber: dayNumber - day + 1) }
}
