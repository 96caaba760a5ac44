import Testing
@testable import MinbarCore

/// `Localized.fill` writes every finding's message, so it fills in one pass over the
/// bytes when it can. These hold that pass to the search it replaced, character for
/// character, on every catalogue text and on arguments chosen to trip it: braces and
/// placeholders inside arguments, combining marks and joiners at their edges, Arabic
/// with diacritics, emoji, empty arguments, missing and extra arguments.
@Suite struct FillTests {
    static let arguments: [String] = [
        "", "revenue", "“guaranteed returns”", "40%", "Q3", "{1}", "{2} and {1}", "a}b", "{",
        "نحن", "الأرباح", "\u{064E}حركة", "حركة\u{064E}", "\u{0301}accent", "e\u{0301}", "\u{200D}", "👍🏽", "🇴🇲",
        "\u{0600}٣٥", "٣٥\u{0600}", "😂", "🙄 seriously", "ok 🔥", "☕️", "👨\u{200D}💼", "\u{200D}😂", "😂\u{200D}", "اجتماعاً", "e\u{0301}\u{200D}", "a\u{0D4E}", "\r\n", "tab\there", "«اقتباس»", "1,200.5", "https://msx.example/q3",
    ]

    static let templates: [String] = {
        var texts = UIText.allCases.flatMap { [$0.localized.en, $0.localized.ar] }
        texts += [
            "{1}", "{2}{1}", "{1} {2} {3}", "«{1}» ليس «{2}»", "Say {1}\u{0301} instead", "\u{0600}{1}",
            "{0} {1}", "{01}", "{}", "{1", "}{1}{", "{{1}}", "{10} {1}", "{3}", "no placeholders", "{1}👍🏽",
            "“{1}” is a promise: {2}.", "{1}‍{2}", "{9999999999999999999999}", "😂{1}", "{1}😂", "{1}\u{1F3FD}", "{1}\u{FE0F}",
            "\u{1F1F4}{1}", "{1}\u{1F1F2}",
        ]
        return texts
    }()

    @Test func oneComposedPassAgreesWithTheSearch() {
        var compared = 0
        for template in Self.templates {
            // Every argument in every position, next to every other one in turn.
            for (index, first) in Self.arguments.enumerated() {
                for shift in [1, 5, 11] {
                    let second = Self.arguments[(index + shift) % Self.arguments.count]
                    for arguments in [[first], [first, second], [second, first, "x"]] {
                        #expect(Localized.fill(template, arguments) == Localized.fillBySearching(template, arguments),
                                "\(template.debugDescription) \(arguments.debugDescription)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 5_000)
    }

    @Test func theCommonMessagesTakeTheOnePass() {
        let english = Localized(en: "“{1}” sounds like a guarantee ({2}).", ar: "«{1}» تبدو وعداً ({2}).")
        #expect(Localized.fillInOnePass(english.en, ["guaranteed", "policy"]) == "“guaranteed” sounds like a guarantee (policy).")
        #expect(Localized.fillInOnePass(english.ar, ["مضمون", "السياسة"]) == "«مضمون» تبدو وعداً (السياسة).")
        #expect(Localized.fillInOnePass("{2}{1}", ["اجتماعاً", "سنعقد"]) == "سنعقداجتماعاً", "a final mark stays in the one pass")
        #expect(Localized.fillInOnePass("{1}", ["{2}"]) == nil, "an argument with a brace goes to the search")
    }

    /// A template read once (`MessageTemplate`) must decide and write as the one pass
    /// does, for every template and every arguments; and a message filled through
    /// `Localized` as `fill` fills it.
    @Test func theTemplateReadOnceAgreesWithTheOnePass() {
        var compared = 0
        for template in Self.templates {
            let pieces = MessageTemplate(template)
            let message = Localized(en: template, ar: template)
            for (index, first) in Self.arguments.enumerated() {
                for shift in [1, 5, 11] {
                    let second = Self.arguments[(index + shift) % Self.arguments.count]
                    for arguments in [[], [first], [first, second], [second, first, "x"]] {
                        let once = Localized.fillInOnePass(template, arguments)
                        if template.utf8.contains(UInt8(ascii: "{")) {
                            #expect(pieces?.fill(template, arguments) == once, "\(template.debugDescription) \(arguments.debugDescription)")
                        }
                        let filled: String = arguments.count == 0 ? message(Language.en) : arguments.count == 1 ? message(Language.en, arguments[0])
                            : arguments.count == 2 ? message(Language.ar, arguments[0], arguments[1]) : message(Language.en, arguments[0], arguments[1], arguments[2])
                        let expected = template.utf8.contains(UInt8(ascii: "{")) ? Localized.fill(template, arguments) : template
                        #expect(filled == expected, "\(template.debugDescription) \(arguments.debugDescription)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared > 5_000)
    }

    @Test("The brace scan finds a brace at every position of every length, and nothing else")
    func braceScanMatchesByteByByte() {
        for length in 0...20 {
            for fill: UInt8 in [0x61, 0x7A, 0x7C, 0x7E, 0xD8, 0xFB, 0xFD] {
                for position in -1..<length {
                    for brace in [UInt8(ascii: "{"), UInt8(ascii: "}")] {
                        var bytes = [UInt8](repeating: fill, count: length)
                        if position >= 0 { bytes[position] = brace }
                        let expected = bytes.contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
                        #expect(bytes.withUnsafeBufferPointer { Localized.hasBrace($0) } == expected, "length \(length), at \(position)")
                    }
                }
            }
        }
    }
}
