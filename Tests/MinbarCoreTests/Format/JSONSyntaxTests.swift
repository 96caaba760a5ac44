import Foundation
import Testing
@testable import MinbarCore

/// `JSONSyntax` names the place a file stops being JSON, for `minbar import`'s errors.
@Suite struct JSONSyntaxTests {
    func place(_ text: String) -> MinbarCore.SourceLocation? { JSONSyntax.firstError(in: Data(text.utf8)) }

    @Test(arguments: [
        "{}", "[]", "0", "-0.5e+3", "\"a\\u00e9\\n\"", "true", " null ", "{\"a\": [1, 2, {\"b\": false}], \"c\": \"نص\"}\n",
        "[\n  {\"time\": \"2026-12-07T00:00:00Z\"}\n]",
    ])
    func validJSONHasNoError(_ text: String) {
        #expect(place(text) == nil, "\(text)")
        // The same verdict as Foundation's reader.
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil, "\(text)")
    }

    @Test(arguments: [
        // A CSV export, a trailing comma, a missing close, a bare word, a leading zero, a raw newline in a string.
        ("time,scenario\n2027-01-01,x", 1, 1), ("[1, 2,]", 1, 7), ("{\"a\": 1", 1, 8), ("{\"a\": nope}", 1, 7),
        ("[01]", 1, 3), ("[\"a\nb\"]", 1, 4), ("{\"a\": 1}}", 1, 9), ("{\n  \"a\": [1 2]\n}", 2, 11),
        // Columns count characters: «نص» is two.
        ("{\"نص\": ]", 1, 8), ("", 1, 1), ("[\"\\x\"]", 1, 4),
    ])
    func brokenJSONIsPlacedByLineAndColumn(_ text: String, _ line: Int, _ column: Int) {
        // (Foundation on Linux is laxer, taking "[1, 2,]": the place is RFC 8259's.)
        #expect(place(text) == MinbarCore.SourceLocation(line: line, column: column), "\(text)")
    }

    /// The value a decoder names by its path is found at its line and column, so a missing
    /// field in `attempts[1]` is shown where that attempt starts.
    @Test func aValueIsFoundByItsPath() {
        let text = "{\n  \"profile\": \"نورة\",\n  \"attempts\": [\n    {\"a\": 1},\n    {\"b\": [true, {}]}\n  ],\n  \"z\": null\n}\n"
        func at(_ path: [JSONSyntax.PathStep]) -> MinbarCore.SourceLocation? { JSONSyntax.location(ofValueAt: path, in: Data(text.utf8)) }
        #expect(at([]) == MinbarCore.SourceLocation(line: 1, column: 1))
        #expect(at([.key("profile")]) == MinbarCore.SourceLocation(line: 2, column: 14))
        #expect(at([.key("attempts"), .index(0)]) == MinbarCore.SourceLocation(line: 4, column: 5))
        #expect(at([.key("attempts"), .index(1), .key("b"), .index(1)]) == MinbarCore.SourceLocation(line: 5, column: 18))
        #expect(at([.key("z")]) == MinbarCore.SourceLocation(line: 7, column: 8))
        // No such place, or no JSON: nil (the caller keeps the path alone).
        #expect(at([.key("attempts"), .index(2)]) == nil)
        #expect(at([.key("missing")]) == nil)
        #expect(JSONSyntax.location(ofValueAt: [], in: Data("time,post".utf8)) == nil)
    }

    /// Deep nesting is answered without a crash (an explicit stack, not recursion).
    @Test func deepNestingIsAnsweredWithoutACrash() {
        let deep = String(repeating: "[", count: 200_000)
        #expect(place(deep) == MinbarCore.SourceLocation(line: 1, column: 200_001))
        #expect(place(deep + String(repeating: "]", count: 200_000)) == nil)
    }
}
