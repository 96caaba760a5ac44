extension ScoreReport {
    /// The stable JSON form of a report (documented in the README), used by
    /// `minbar score --format json`, `--jsonl` and the progress store.
    /// With `context`, the result also says what it was judged against (scenario, beat,
    /// plan in force, policies, platform and publication day).
    public func json(id: JSONValue = .null, context: ScoringContext? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", id),
            ("language", .string(language.rawValue)),
            ("scores", .object([
                ("professionalism", .int(scores.professionalism)),
                ("alignment", scores.alignment.map(JSONValue.int) ?? .null),
                ("compliance", .int(scores.compliance)),
                ("overall", .int(scores.overall)),
            ])),
            ("verdict", .string(verdict.rawValue)),
            ("objectives", .strings(objectives)),
            ("evidence", .strings(evidence)),
            ("strengths", .array(strengths.map { strength in
                .object([
                    ("move", .string(strength.move.rawValue)),
                    ("message", .string(strength.message)),
                    ("start", .int(strength.start)),
                    ("end", .int(strength.end)),
                ])
            })),
            ("findings", .array(findings.map { finding in
                .object([
                    ("rule", .string(finding.ruleID)),
                    ("dimension", .string(finding.dimension.rawValue)),
                    ("severity", .string(finding.severity.rawValue)),
                    ("message", .string(finding.message)),
                    ("start", .int(finding.start)),
                    ("end", .int(finding.end)),
                    ("excerpt", .string(finding.excerpt)),
                    ("suggestion", .string(finding.suggestion)),
                    ("penalty", .int(finding.penalty)),
                ])
            })),
        ]
        if let context { fields.append(("context", context.json)) }
        return .object(fields)
    }
}

extension ScoringContext {
    /// What a post was judged against, for scripts and the progress store.
    public var json: JSONValue {
        .object([
            ("scenario", beat.map { .string($0.scenario.id) } ?? .null),
            ("beat", beat.map { .string($0.beat.id) } ?? .null),
            ("plan", plan.map { plan in
                .object([("id", .string(plan.plan.id)), ("source", planSource.map { .string($0.kind) } ?? .null)])
            } ?? .null),
            ("policies", .strings(policyLayers.map(\.name))),
            ("platform", .string(platform.rawValue)),
            ("date", date.map { .string($0.description) } ?? .null),
            ("dateSource", .string(dateSource.rawValue)),
        ])
    }
}
