import Foundation

/// Small inline SVG charts: plain shapes, no scripts, no fonts to load.
public enum SVGCharts {
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Scores (0-100) in order, as a line with its points.
    public static func line(_ values: [Int], width: Double = 300, height: Double = 120) -> String {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#fafafa\" stroke=\"#ddd\"/>"
        for grid in [25.0, 50, 75] {
            let y = height - grid / 100 * (height - 10) - 5
            svg += "<line x1=\"0\" y1=\"\(number(y))\" x2=\"\(Int(width))\" y2=\"\(number(y))\" stroke=\"#eee\"/>"
        }
        if !values.isEmpty {
            let step = values.count > 1 ? (width - 20) / Double(values.count - 1) : 0
            let points = values.enumerated().map { index, value in
                (10 + Double(index) * step, height - Double(value) / 100 * (height - 10) - 5)
            }
            svg += "<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"" + points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ") + "\"/>"
            for point in points { svg += "<circle cx=\"\(number(point.0))\" cy=\"\(number(point.1))\" r=\"2.5\" fill=\"#1f5fa8\"/>" }
        }
        return svg + "</svg>\n"
    }

    /// Labelled horizontal bars.
    public static func bars(_ items: [(String, Double)], maximum: Double, width: Double = 320) -> String {
        let rowHeight = 18.0
        let height = max(rowHeight, Double(items.count) * rowHeight + 4)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        for (index, item) in items.enumerated() {
            let y = Double(index) * rowHeight + 2
            // Room is left after the longest bar for its value label.
            let length = maximum > 0 ? item.1 / maximum * (width - 190) : 0
            svg += "<text x=\"0\" y=\"\(number(y + 12))\" font-size=\"11\">\(HTMLExporter.escape(String(item.0.prefix(24))))</text>"
            svg += "<rect x=\"140\" y=\"\(number(y + 2))\" width=\"\(number(max(1, length)))\" height=\"\(Int(rowHeight - 6))\" fill=\"#3b7dd8\"/>"
            let label = item.1 == item.1.rounded() ? String(Int(item.1)) : number(item.1)
            svg += "<text x=\"\(number(144 + length))\" y=\"\(number(y + 12))\" font-size=\"11\">\(label)</text>"
        }
        return svg + "</svg>\n"
    }

    /// Objectives as rows: the window as a band, posts as dots, today as a line.
    public static func timeline(_ report: PlanTracker.Report, width: Double = 600) -> String {
        let rowHeight = 22.0
        let statuses = report.statuses
        let starts = statuses.map(\.periodStart.dayNumber) + statuses.flatMap { $0.posts.map(\.date.dayNumber) } + [report.today.dayNumber]
        let ends = statuses.map(\.periodEnd.dayNumber) + [report.today.dayNumber]
        let first = Double(starts.min() ?? 0), last = Double(max((ends.max() ?? 1), (starts.min() ?? 0) + 1))
        func x(_ day: Int) -> Double { 180 + (Double(day) - first) / (last - first) * (width - 190) }
        let height = Double(statuses.count) * rowHeight + 10
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        for (index, status) in statuses.enumerated() {
            let y = Double(index) * rowHeight + 5
            svg += "<text x=\"0\" y=\"\(number(y + 14))\" font-size=\"11\">\(HTMLExporter.escape(String(status.objective.title.prefix(28))))</text>"
            svg += "<rect x=\"\(number(x(status.periodStart.dayNumber)))\" y=\"\(number(y + 6))\" width=\"\(number(max(2, x(status.periodEnd.dayNumber) - x(status.periodStart.dayNumber))))\" height=\"8\" fill=\"#cfe0f5\"/>"
            for post in status.posts {
                svg += "<circle cx=\"\(number(x(post.date.dayNumber)))\" cy=\"\(number(y + 10))\" r=\"4\" fill=\"\(post.evidence.isEmpty ? "#d08a00" : "#1f5fa8")\"/>"
            }
            svg += "<text x=\"\(number(width - 4))\" y=\"\(number(y + 14))\" font-size=\"10\" text-anchor=\"end\">\(HTMLExporter.escape(status.state.rawValue))</text>"
        }
        let today = x(report.today.dayNumber)
        svg += "<line x1=\"\(number(today))\" y1=\"0\" x2=\"\(number(today))\" y2=\"\(Int(height))\" stroke=\"#a4161a\" stroke-dasharray=\"3,2\"/>"
        return svg + "</svg>\n"
    }
}
