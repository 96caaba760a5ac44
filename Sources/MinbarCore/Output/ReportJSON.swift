extension ScoreReport {
    /// The stable JSON form of a report (documented in the README), used by
    /// `minbar score --format json`, `--jsonl` and the progress store.
    /// With `context`, the result also says what it was judged against (scenario, beat,
    /// plan in force, policies, platform and publication day).
    ///
    /// `JSONWriter.write(_:id:context:)` writes the same bytes without building this
    /// value; a change here must be made there too (`ReportWriterTests` holds them together).
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

extension JSONWriter {
    /// Writes `report.json(id:context:)` compactly, byte for byte as `write(_:)` would
    /// write that value, without building it: `score --jsonl` writes a report per line,
    /// and the value's tree (a heap box per string and number, made, walked and freed)
    /// cost more than the writing itself.
    public mutating func write(_ report: ScoreReport, id: JSONValue, context: ScoringContext?) {
        write(report, id: id, contextJSON: context.map { context in
            var writer = JSONWriter()
            writer.write(context.json)
            return writer.bytes
        })
    }

    /// `write(_:id:context:)` with the context already written (`JSONWriter.write(context.json)`'s
    /// bytes): a stream scores every post in one context, which need not be built and
    /// written again for each.
    public mutating func write(_ report: ScoreReport, id: JSONValue, contextJSON: [UInt8]?) {
        // Keys and punctuation are constant ASCII that needs no escape: written raw.
        appendRaw("{\"id\":")
        write(id)
        appendRaw(",\"language\":")
        appendRaw(report.language.quotedJSON)
        appendRaw(",\"scores\":{\"professionalism\":")
        write(int: report.scores.professionalism)
        appendRaw(",\"alignment\":")
        if let alignment = report.scores.alignment { write(int: alignment) } else { appendRaw("null") }
        appendRaw(",\"compliance\":")
        write(int: report.scores.compliance)
        appendRaw(",\"overall\":")
        write(int: report.scores.overall)
        appendRaw("},\"verdict\":")
        appendRaw(report.verdict.quotedJSON)
        appendRaw(",\"objectives\":")
        write(strings: report.objectives)
        appendRaw(",\"evidence\":")
        write(strings: report.evidence)
        appendRaw(",\"strengths\":[")
        // Each strength and finding is read field by field in place: taken out whole
        // (`let finding = report.findings[index]`), every one was copied, its strings
        // retained and released, to be written.
        let strengths = report.strengths
        for index in strengths.indices {
            if index > 0 { append(UInt8(ascii: ",")) }
            appendRaw("{\"move\":")
            appendRaw(strengths[index].move.quotedJSON)
            appendRaw(",\"message\":")
            write(string: strengths[index].message)
            appendRaw(",\"start\":")
            write(int: strengths[index].start)
            appendRaw(",\"end\":")
            write(int: strengths[index].end)
            append(UInt8(ascii: "}"))
        }
        appendRaw("],\"findings\":[")
        let findings = report.findings
        for index in findings.indices {
            if index > 0 { append(UInt8(ascii: ",")) }
            appendRaw("{\"rule\":")
            write(string: findings[index].ruleID)
            appendRaw(",\"dimension\":")
            appendRaw(findings[index].dimension.quotedJSON)
            appendRaw(",\"severity\":")
            appendRaw(findings[index].severity.quotedJSON)
            appendRaw(",\"message\":")
            write(string: findings[index].message)
            appendRaw(",\"start\":")
            write(int: findings[index].start)
            appendRaw(",\"end\":")
            write(int: findings[index].end)
            appendRaw(",\"excerpt\":")
            write(string: findings[index].excerpt)
            appendRaw(",\"suggestion\":")
            write(string: findings[index].suggestion)
            appendRaw(",\"penalty\":")
            write(int: findings[index].penalty)
            append(UInt8(ascii: "}"))
        }
        append(UInt8(ascii: "]"))
        if let contextJSON {
            appendRaw(",\"context\":")
            appendRaw(contextJSON)
        }
        append(UInt8(ascii: "}"))
    }

    /// An array of strings, as `write(.strings(texts))`.
    mutating func write(strings texts: [String]) {
        append(UInt8(ascii: "["))
        for index in texts.indices {
            if index > 0 { append(UInt8(ascii: ",")) }
            write(string: texts[index])
        }
        append(UInt8(ascii: "]"))
    }
}

// Each enum a report names, its raw value as `JSONWriter.write(string:)` writes it
// (quoted; none needs an escape), as constant bytes: written for every finding, where
// scanning a raw value for escapes cost more than copying it. `ReportWriterTests` holds
// every case to `write(string: rawValue)`.
extension PostLanguage {
    var quotedJSON: StaticString {
        switch self {
        case .en: "\"en\""
        case .ar: "\"ar\""
        case .mixed: "\"mixed\""
        }
    }
}

extension Verdict {
    var quotedJSON: StaticString {
        switch self {
        case .ready: "\"ready\""
        case .revise: "\"revise\""
        case .blocked: "\"blocked\""
        }
    }
}

extension Dimension {
    var quotedJSON: StaticString {
        switch self {
        case .professionalism: "\"professionalism\""
        case .alignment: "\"alignment\""
        case .compliance: "\"compliance\""
        }
    }
}

extension FindingSeverity {
    var quotedJSON: StaticString {
        switch self {
        case .error: "\"error\""
        case .warning: "\"warning\""
        case .note: "\"note\""
        }
    }
}

extension Move {
    var quotedJSON: StaticString {
        switch self {
        case .answer: "\"answer\""
        case .cause: "\"cause\""
        case .evidence: "\"evidence\""
        case .commit: "\"commit\""
        case .schedule: "\"schedule\""
        case .apology: "\"apology\""
        case .credit: "\"credit\""
        case .reassure: "\"reassure\""
        case .route: "\"route\""
        case .invite: "\"invite\""
        case .decline: "\"decline\""
        case .inform: "\"inform\""
        }
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
