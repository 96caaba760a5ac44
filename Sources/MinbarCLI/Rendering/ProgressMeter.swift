import Foundation
import MinbarCore

/// A one-line progress report for long work (streaming thousands of posts, checking a
/// large folder, the benchmark): how much is done, the rate and the time left, redrawn in
/// place on standard error at most a few times a second.
/// It shows only when standard error is a terminal and the output is not `--json`: in a
/// pipe, a log file or a script's capture it writes nothing at all.
final class ProgressMeter {
    private let context: ProgramContext
    private let label: String
    private let unit: String
    private let language: Language

    static let scoring = Localized(en: "scoring", ar: "التقييم")
    static let checking = Localized(en: "checking", ar: "الفحص")
    static let bench = Localized(en: "bench", ar: "القياس")
    static let posts = Localized(en: "posts", ar: "منشور")
    static let scenarios = Localized(en: "scenarios", ar: "سيناريو")
    private let total: Int?
    let isShown: Bool
    private let started: Date
    private var lastDrawn: Date
    private var drawn = false
    private var done = 0

    /// - Parameters:
    ///   - label: what is being done ("scoring", "checking").
    ///   - unit: what is counted ("posts", "files").
    ///   - total: how many there will be, when known (else no time left is shown).
    ///   - json: the command writes JSON (`--json`): never show progress then.
    init(_ label: Localized, unit: Localized, total: Int? = nil, json: Bool = false, in context: ProgramContext) {
        self.context = context
        language = context.language
        self.label = label.text(context.language)
        self.unit = unit.text(context.language)
        self.total = total
        isShown = context.errorIsTerminal && !json
        started = context.now()
        lastDrawn = started
    }

    /// Records `count` more done; `fraction` (0...1) overrides done/total for the time
    /// left when the work is measured in something else (bytes of a file read so far).
    func advance(by count: Int = 1, fraction: Double? = nil) {
        done += count
        guard isShown else { return }
        let now = context.now()
        // A quarter of a second between redraws: readable, and no cost worth measuring.
        guard now.timeIntervalSince(lastDrawn) >= 0.25 else { return }
        lastDrawn = now
        draw(now: now, fraction: fraction ?? total.map { Double(done) / Double(max(1, $0)) })
    }

    /// Clears the line and, when shown, leaves a one-line summary.
    func finish() {
        guard isShown else { return }
        let seconds = context.now().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(done) / seconds) : done
        let time = String(format: "%.1f", seconds)
        context.standardError.write("\r\u{1B}[K" + (language == .ar
            ? "\(label): \(done) \(unit) في \(time) ث (\(rate) \(unit)/ث)\n"
            : "\(label) \(done) \(unit) in \(time) s (\(rate) \(unit)/s)\n"))
    }

    private func draw(now: Date, fraction: Double?) {
        let seconds = now.timeIntervalSince(started)
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let arabic = language == .ar
        var line = "\(label): \(done)"
        if let total { line += arabic ? " من \(total)" : " of \(total)" }
        line += arabic ? " \(unit) · \(Int(rate)) \(unit)/ث" : " \(unit) · \(Int(rate)) \(unit)/s"
        if let fraction, fraction > 0, fraction <= 1 {
            let left = ProgressMeter.duration(seconds * (1 - fraction) / fraction, language)
            line += arabic ? " · \(Int(fraction * 100))٪ · يتبقى نحو \(left)" : " · \(Int(fraction * 100))% · about \(left) left"
        }
        context.standardError.write("\r\u{1B}[K" + line)
        drawn = true
    }

    static func duration(_ seconds: Double, _ language: Language = .en) -> String {
        let whole = Int(seconds.rounded())
        if language == .ar { return language.duration(whole) }
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }
}
