import MinbarCore

/// Prints the randomtest's coverage: one line per scenario when everything was reached,
/// the gaps with `path:line:column` when not; or JSON naming every beat with its count.
struct RandomTestRenderer {
    var style: Style

    var language: Language = .en

    static let complete = Localized(en: "complete", ar: "مكتمل")
    static let incomplete = Localized(en: "incomplete", ar: "غير مكتمل")
    static let summary = Localized(en: "{1}: {2} walks, beats {3}, branches {4}, reactions {5}",
                                   ar: "{1}: {2} جولة، المراحل {3}، التفرعات {4}، ردود الفعل {5}")
    static let beats = Localized(en: "beats", ar: "المراحل")
    static let unreached = Localized(en: "unreached", ar: "لم يُبلَغ")
    static let beatNeverReached = Localized(en: "beat '{1}' is never reached", ar: "المرحلة '{1}' لا تُبلَغ أبداً")
    static let branchNeverTaken = Localized(en: "branch '{1}' in beat '{2}' is never taken", ar: "التفرع '{1}' في المرحلة '{2}' لا يُسلك أبداً")
    static let reactionNeverDrawn = Localized(en: "reaction '{1}' in beat '{2}' is never drawn", ar: "رد الفعل '{1}' في المرحلة '{2}' لا يظهر أبداً")
    static let deadEnd = Localized(en: "dead end", ar: "طريق مسدود")
    static let deadEndText = Localized(en: "{1} stopped at '{2}': no branch held and no beat follows",
                                       ar: "{1} توقفت عند '{2}': لم يتحقق أي تفرع ولا مرحلة تليها")
    static let walks = Localized(en: "{1} walk|{1} walks", ar: "جولة واحدة|جولتان|{1} جولات|{1} جولة")
    static let endless = Localized(en: "endless", ar: "بلا نهاية")
    static let endlessText = Localized(en: "{1} never ended", ar: "{1} لم تنتهِ")
    static let loop = Localized(en: "loop: '{1}' went back to '{2}' in {3}", ar: "حلقة: '{1}' عادت إلى '{2}' في {3}")
    static let backwards = Localized(en: "time runs backwards: '{1}' → '{2}' in {3}", ar: "الزمن يعود إلى الوراء: '{1}' ← '{2}' في {3}")
    static let total = Localized(en: "randomtest: {1} walks per scenario, seed {2}: {3} of {4} scenarios complete",
                                 ar: "الاختبار العشوائي: {1} جولة لكل سيناريو، البذرة {2}: {3} من {4} سيناريو مكتملة")

    func walks(_ count: Int) -> String { Self.walks.count(count, language) }

    func text(_ coverage: RandomTest.Coverage) -> String {
        let reached = { (items: [RandomTest.Count]) in "\(items.filter { $0.count > 0 }.count)/\(items.count)" }
        let status = coverage.isComplete ? style.green(Self.complete.text(language)) : style.red(Self.incomplete.text(language))
        var lines = ["\(status) " + Self.summary(language, coverage.scenario, coverage.walks, reached(coverage.beats),
                                                   reached(coverage.branches), reached(coverage.reactions))]
        let beatCounts = coverage.beats.map { "\($0.beat) \($0.count)" }.joined(separator: " · ")
        lines.append("  \(Self.beats.text(language)): " + beatCounts)
        for item in coverage.unreached {
            let what = coverage.beats.contains(item) ? Self.beatNeverReached(language, item.beat)
                : coverage.branches.contains(item) ? Self.branchNeverTaken(language, item.label, item.beat)
                : Self.reactionNeverDrawn(language, item.label, item.beat)
            lines.append("  \(coverage.path):\(item.location.line):\(item.location.column): \(style.red(Self.unreached.text(language))): \(what.terminalSafe)")
        }
        for event in coverage.deadEnds {
            lines.append("  \(coverage.path):\(event.location.line):\(event.location.column): \(style.red(Self.deadEnd.text(language))): "
                         + Self.deadEndText(language, walks(event.count), event.from).terminalSafe)
        }
        if coverage.endless > 0 {
            lines.append("  \(coverage.path): \(style.red(Self.endless.text(language))): " + Self.endlessText(language, walks(coverage.endless)))
        }
        for event in coverage.loops {
            lines.append("  \(coverage.path):\(event.location.line):\(event.location.column): "
                         + Self.loop(language, event.from, event.to ?? "", walks(event.count)).terminalSafe)
        }
        for event in coverage.backwards {
            lines.append("  \(coverage.path):\(event.location.line):\(event.location.column): "
                         + Self.backwards(language, event.from, event.to ?? "", walks(event.count)).terminalSafe)
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ coverage: RandomTest.Coverage) -> JSONValue {
        func counts(_ items: [RandomTest.Count], label: String) -> JSONValue {
            .array(items.map { item in
                .object([("beat", .string(item.beat)), (label, .string(item.label)), ("line", .int(item.location.line)),
                         ("count", .int(item.count))])
            })
        }
        func events(_ items: [RandomTest.Event]) -> JSONValue {
            .array(items.map { event in
                .object([("from", .string(event.from)), ("to", event.to.map(JSONValue.string) ?? .null),
                         ("line", .int(event.location.line)), ("count", .int(event.count))])
            })
        }
        return .object([
            ("id", .string(coverage.scenario)),
            ("path", .string(coverage.path)),
            ("walks", .int(coverage.walks)),
            ("complete", .bool(coverage.isComplete)),
            ("beats", .array(coverage.beats.map { beat in
                .object([("id", .string(beat.beat)), ("title", .string(beat.label)), ("line", .int(beat.location.line)),
                         ("count", .int(beat.count)), ("endings", .int(coverage.endings[beat.beat] ?? 0))])
            })),
            ("branches", counts(coverage.branches, label: "branch")),
            ("reactions", counts(coverage.reactions, label: "condition")),
            ("deadEnds", events(coverage.deadEnds)),
            ("loops", events(coverage.loops)),
            ("backwards", events(coverage.backwards)),
            ("endless", .int(coverage.endless)),
        ])
    }
}
