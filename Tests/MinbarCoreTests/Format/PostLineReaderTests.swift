import Foundation
import Testing
@testable import MinbarCore

/// The fast reader of `{"id": …, "text": …}` lines must agree with Foundation's parser
/// whenever it answers, and step aside otherwise.
struct PostLineReaderTests {
    /// What the full parser makes of the line, as `score --jsonl` reads it.
    func slowRead(_ line: String) -> PostLineReader.Post? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String else { return nil }
        let id: JSONValue = (object["id"] as? String).map(JSONValue.string) ?? (object["id"] as? Int).map(JSONValue.int) ?? .null
        return PostLineReader.Post(id: id, text: text)
    }

    static let commonLines: [String] = [
        #"{"id":1,"text":"Our Q3 gross margin was 37%, as published."}"#,
        #"{"text":"ارتفعت الإيرادات ١٢٪ كما ورد في القوائم المالية.","id":"ar-7"}"#,
        #"  { "id" : -3 , "text" : "spaced out" }  "#,
        #"{"text":"no id at all"}"#,
        #"{"id":"q\"uote","text":"He said \"guaranteed\" and left \\ \/ slash"}"#,
        #"{"id":2,"text":"\u0627\u0644\u0634\u0631\u0643\u0629 escaped Arabic"}"#,
        #"{"id":3,"text":"surrogates \ud83d\ude02 and \uD83E\uDDD1 upper-case hex"}"#,
        #"{"id":4,"text":"controls \n\t\r\b\f \u0000 \u009b \u202e"}"#,
        #"{"id":5,"text":"raw emoji 🤡🚀 and Arabic نعتذر عن الانقطاع"}"#,
        #"{"id":0,"text":""}"#,
        #"{"id":123456789012345,"text":"a long id"}"#,
    ]

    @Test("Common lines read the same as with the full parser", arguments: commonLines)
    func commonLinesMatchFoundation(line: String) throws {
        let fast = try #require(PostLineReader.read(line))
        #expect(fast == slowRead(line))
    }

    static let declinedLines: [String] = [
        #"{"id":1,"text":"with a scenario","scenario":"q3"}"#,
        #"{"id":1.5,"text":"fractional id"}"#,
        #"{"id":1e3,"text":"exponent id"}"#,
        #"{"id":007,"text":"leading zeros"}"#,
        #"{"id":null,"text":"null id"}"#,
        #"{"id":1,"text":"lone high \ud83d surrogate"}"#,
        #"{"id":1,"text":"lone low \ude02 surrogate"}"#,
        #"{"id":1,"text":"bad escape \x"}"#,
        #"{"id":1,"text":"unterminated}"#,
        #"{"id":1,"text":"trailing"} extra"#,
        #"{"id":1,"text":42}"#,
        #"{"id":1,"text":"a","text":"b"}"#,
        "{\"id\":1,\"text\":\"raw\u{1}control\"}",
        #"["id",1]"#,
        "",
    ]

    @Test("Anything but the common shape is left to the full parser", arguments: declinedLines)
    func otherLinesAreDeclined(line: String) {
        #expect(PostLineReader.read(line) == nil)
    }

    /// The scan passes plain bytes eight at a time: a quote, a backslash escape or a raw
    /// control at every place of texts of every short length must still be found.
    @Test("An escape or a control anywhere in a short text is read as the full parser reads it")
    func everyPlaceAroundTheEightByteSteps() {
        for length in 0...20 {
            for place in 0...length {
                for mark in [#"\""#, #"\\"#, #"\n"#, #"\u0627"#, "\u{01}", "\u{1F}", "ع", "é", "\u{7F}"] {
                    var text = String(repeating: "a", count: length)
                    text.insert(contentsOf: mark, at: text.index(text.startIndex, offsetBy: place))
                    let line = #"{"id":7,"text":""# + text + #""}"#
                    let fast = PostLineReader.read(line)
                    if let fast { #expect(fast == slowRead(line), "\(line.debugDescription)") }
                    if mark.unicodeScalars.first!.value < 0x20 { #expect(fast == nil, "\(line.debugDescription)") }
                    else { #expect(fast != nil, "\(line.debugDescription)") }
                }
            }
        }
    }
}
