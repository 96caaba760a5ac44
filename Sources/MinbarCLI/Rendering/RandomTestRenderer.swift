import MinbarCore

/// Prints the randomtest's coverage: one line per scenario when everything was reached,
/// the gaps with `path:line:column` when not; or JSON naming every beat with its count.
struct RandomTestRenderer {
    var style: Style

    func text(_ coverage: RandomTest.Coverage) -> String {
        let reached = { (items: [RandomTest.Count]) in "\(items.filter { $0.count > 0 }.count)/\(items.count)" }
        var lines = ["\(coverage.isComplete ? style.green("complete") : style.red("incomplete")) \(coverage.scenario): "
            + "\(coverage.walks) walks, beats \(reached(coverage.beats)), branches \(reached(coverage.branches)), "
            + "reactions \(reached(coverage.reactions))"]
        let beatCounts = coverage.beats.map { "\($0.beat) \($0.count)" }.joined(separator: " · ")
        lines.append("  beats: " + beatCounts)
        for item in coverage.unreached {
            let what = coverage.beats.contains(item) ? "beat '\(item.beat)' is never reached"
                : coverage.branches.contains(item) ? "branch '\(item.label)' in beat '\(item.beat)' is never taken"
                : "reaction '\(item.label)' in beat '\(item.beat)' is never drawn"
            lines.append("  \(coverage.path):\(item.location.line):\(item.location.column): \(style.red("unreached")): \(what.terminalSafe)")
        }
        for event in coverage.deadEnds {
            lines.append("  \(coverage.path):\(event.location.line):\(event.location.column): \(style.red("dead end")): "
                         + "\(event.count) walk\(event.count == 1 ? "" : "s") stopped at '\(event.from)': no branch held and no beat follows")
        }
        if coverage.endless > 0 {
            lines.append("  \(coverage.path): \(style.red("endless")): \(coverage.endless) walk\(coverage.endless == 1 ? "" : "s") never ended")
        }
        for event in coverage.loops {
            lines.append("  \(coverage.path):\(event.location.line):\(event.location.column): loop: '\(event.from)' went back to '\(event.to ?? "")' in \(event.count) walk\(event.count == 1 ? "" : "s")")
        }
        for event in coverage.backwards {
            lines.append("  \(coverage.path):\(event.location.line):\(event.location.column): time runs backwards: '\(event.from)' → '\(event.to ?? "")' in \(event.count) walk\(event.count == 1 ? "" : "s")")
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
