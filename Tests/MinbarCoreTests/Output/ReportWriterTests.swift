import Foundation
import Testing
@testable import MinbarCore

/// `score --jsonl` writes each report straight into bytes (`JSONWriter.write(_:id:context:)`);
/// every other output goes through `ScoreReport.json`. The two must write the same bytes.
@Suite struct ReportWriterTests {
    static let engine = ScoringEngine()

    /// Posts in both scripts with strengths, findings of every kind, and none at all.
    static var posts: [String] {
        CorpusFile.objects("real-cases.jsonl").prefix(60).compactMap { $0["text"] as? String } + [
            "Call me on +968 9123 4567 and I will sort it out personally. We are sorry for yesterday's outage.",
            "نعتذر عن الانقطاع، والتحديث القادم الساعة ٦ مساءً. تواصلوا معنا على 80012345.",
            "URGENT!!! These idiots at the regulator 🤡🚀 \u{202E}txet\u{202C}",
            "",
        ]
    }

    static func written(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("A report written directly is byte for byte its JSON value, with and without a context")
    func directWritingMatchesTheValue() throws {
        #expect(Self.posts.count > 60)
        let context = ScoringContext(engine: Self.engine, date: CalendarDate(parsing: "2026-11-30"))
        for (number, post) in Self.posts.enumerated() {
            let report = context.score(post)
            for id in [JSONValue.int(number), .string("post-\u{202E}\(number)\""), .null] {
                let direct = Self.written { $0.write(report, id: id, context: context) }
                let value = Self.written { $0.write(report.json(id: id, context: context)) }
                #expect(direct == value)
                let bare = Self.written { $0.write(report, id: id, context: nil) }
                #expect(bare == Self.written { $0.write(report.json(id: id)) })
            }
        }
    }

    @Test("Objectives, evidence and an alignment score are written as the value writes them")
    func planFieldsMatchTheValue() throws {
        var report = ScoringContext(engine: Self.engine, date: nil).score("We are sorry for the outage; the fix lands on 14 March.")
        report.objectives = ["restore-trust", "\u{2028}odd\tid\""]
        report.evidence = ["figure", "date"]
        report.scores.alignment = 73
        #expect(!report.strengths.isEmpty || !report.findings.isEmpty)
        let direct = Self.written { $0.write(report, id: .string("x"), context: nil) }
        #expect(direct == Self.written { $0.write(report.json(id: .string("x"))) })
        // And it is JSON.
        #expect(try JSONSerialization.jsonObject(with: Data(direct.utf8)) is [String: Any])
    }

    @Test("Every enum a report names is written as constant bytes that are its raw value written as a string")
    func quotedRawValuesMatchTheWriter() {
        func quoted(_ text: StaticString) -> String { Self.written { $0.appendRaw(text) } }
        func string(_ text: String) -> String { Self.written { $0.write(string: text) } }
        for value in PostLanguage.allCases { #expect(quoted(value.quotedJSON) == string(value.rawValue)) }
        for value in Verdict.allCases { #expect(quoted(value.quotedJSON) == string(value.rawValue)) }
        for value in Dimension.allCases { #expect(quoted(value.quotedJSON) == string(value.rawValue)) }
        for value in FindingSeverity.allCases { #expect(quoted(value.quotedJSON) == string(value.rawValue)) }
        for value in Move.allCases { #expect(quoted(value.quotedJSON) == string(value.rawValue)) }
    }
}
