extension ScoreReport {
    /// The stable JSON form of a report (documented in the README), used by
    /// `minbar score --format json`, `--jsonl` and the progress store.
    public func json(id: JSONValue = .null) -> JSONValue {
        let analyzed = AnalyzedText(text)
        return .object([
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
                    ("excerpt", .string(analyzed.excerpt(finding.start, finding.end))),
                    ("suggestion", .string(finding.suggestion)),
                    ("penalty", .int(finding.penalty)),
                ])
            })),
        ])
    }
}
