import Testing
@testable import MinbarCore

@Suite struct TextWrapperTests {
    @Test func englishBreaksBetweenWordsAndNoLineIsWider() {
        let text = "Gross margin fell from 41% to 37% after the fuel surcharge was dropped; analysts are asking whether it will recover."
        let lines = TextWrapper.wrap(text, width: 30)
        #expect(lines.allSatisfy { $0.terminalColumns <= 30 }, "\(lines)")
        #expect(lines.joined(separator: " ") == text, "only spaces become line breaks")
        #expect(lines.count >= 4)
    }

    /// Diacritics take no column: a vocalised Arabic line fits where its letters fit.
    @Test func arabicWithDiacriticsIsMeasuredByWhatShows() {
        let text = "نَعْتَذِرُ لِأَهَالِي السِّيبِ وَبَوْشَرَ عَنِ انْقِطَاعِ الْمِيَاهِ مُنْذُ الظُّهْرِ، وَفِرَقُنَا فِي الْمَوْقِعِ الْآنَ."
        let lines = TextWrapper.wrap(text, width: 20)
        #expect(lines.allSatisfy { $0.terminalColumns <= 20 })
        #expect(lines.joined(separator: " ") == text)
        // Counting scalars would have given many more, shorter lines.
        #expect(lines.count <= (text.terminalColumns / 20) + 2, "\(lines)")
        #expect(text.unicodeScalars.count > text.terminalColumns * 3 / 2)
    }

    /// A stakeholder's quoted words keep their "> " on every line they wrap to, in either
    /// language; the narrator's line before them does not gain one.
    @Test(arguments: [
        "@gulf_cyberwatch posted:\n> Seller claims 2M @QimmahTelecom records: names, numbers, civil IDs. Has Qimmah been breached?",
        "كتب @gulf_cyberwatch:\n> البائع يزعم أن لديه مليوني سجل لعملاء قمة: أسماء وأرقام وهويات مدنية. هل تعرضت قمة للاختراق؟",
    ])
    func aQuotedLineKeepsItsMarkerWhenItWraps(_ text: String) {
        let lines = TextWrapper.wrap(text, width: 40)
        #expect(lines.allSatisfy { $0.terminalColumns <= 40 }, "\(lines)")
        #expect(!lines[0].hasPrefix(">"))
        #expect(lines.count >= 4 && lines.dropFirst().allSatisfy { $0.hasPrefix("> ") }, "\(lines)")
    }

    /// A run isolated for the terminal ("/why goal.missing" in an Arabic line) wraps whole:
    /// split at its space, half of it would sit on the next line with no isolate around it.
    /// One wider than a line breaks at its spaces after all, not between letters.
    @Test func anIsolatedRunWrapsWholeUnlessNoLineCanHoldIt() {
        let text = BidiIsolation.isolatedForTerminal("لمعرفة سبب خسارة النقاط في هذا الهدف اكتب /why goal.missing في أي وقت")
        #expect(text.contains("\u{2068}why goal.missing\u{2069}"), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        for width in 20...60 {
            let lines = TextWrapper.wrap(text, width: width)
            #expect(lines.allSatisfy { $0.terminalColumns <= width }, "at \(width): \(lines)")
            #expect(lines.contains { $0.contains("why goal.missing") }, "at \(width): \(lines)")
            #expect(lines.joined(separator: " ") == text)
        }
        let long = BidiIsolation.isolatedForTerminal("قال المنشور: We regret any inconvenience caused to our passengers this morning ثم حذف")
        let lines = TextWrapper.wrap(long, width: 30)
        #expect(lines.allSatisfy { $0.terminalColumns <= 30 }, "\(lines)")
        // Joined with spaces it is the text again: every break was a space, none inside a word.
        #expect(lines.joined(separator: " ") == long, "\(lines)")
    }

    @Test func wideCharactersAndEmojiTakeTwoColumns() {
        let text = "Thank you 🙏🏽 to the 東京 team 👏 for the launch"
        let lines = TextWrapper.wrap(text, width: 12)
        #expect(lines.allSatisfy { $0.terminalColumns <= 12 }, "\(lines)")
        #expect(lines.contains("Thank you 🙏🏽"), "\(lines)")
    }

    @Test func indentsAndLongWordsAndParagraphs() {
        let lines = TextWrapper.wrap("try: Cite https://example.com/a/very/long/path/that/cannot/fit today.\nSecond paragraph.",
                                     width: 28, indent: "    ", continuation: "         ")
        #expect(lines.allSatisfy { $0.terminalColumns <= 28 }, "\(lines)")
        #expect(lines.first?.hasPrefix("    try:") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("         ") })
        #expect(lines.last == "         Second paragraph.")
        #expect(lines.joined().filter { !$0.isWhitespace } == "try:Citehttps://example.com/a/very/long/path/that/cannot/fittoday.Secondparagraph.")
    }

    @Test func colourCodesTakeNoColumns() {
        let painted = "\u{1B}[1m/open\u{1B}[0m investor-q3-margins then write"
        #expect(painted.terminalColumns == "/open investor-q3-margins then write".count)
        #expect(TextWrapper.wrap(painted, width: 25).count == 2)
    }

    @Test func noWidthMeansUnchanged() {
        #expect(TextWrapper.fit("a  b\nc", width: nil) == "a  b\nc")
    }

    /// A situation written at an editor's width reads as paragraphs at any terminal width:
    /// its soft breaks are joined; blank lines, quotes and list items keep their own lines.
    @Test func softBreaksInAuthoredTextAreJoinedButQuotesAndListsStay() {
        let situation = """
            Your security team found unusual access to a reporting server and cut
            it off at 02:30 today.
            انقطعت المياه عن أحياء الريان والنسيم،
            وفيها نحو 38,000 منزل.

            > Has Qimmah been breached? Customers deserve an answer.
            Story runs 23:30.
            - the CERT has been told
            - passwords are not stored there
            """
        let joined = TextWrapper.joiningSoftBreaks(situation).components(separatedBy: "\n")
        #expect(joined == [
            "Your security team found unusual access to a reporting server and cut it off at 02:30 today. انقطعت المياه عن أحياء الريان والنسيم، وفيها نحو 38,000 منزل.",
            "",
            "> Has Qimmah been breached? Customers deserve an answer.",
            "Story runs 23:30.",
            "- the CERT has been told",
            "- passwords are not stored there",
        ], "\(joined)")
        let lines = TextWrapper.wrap(joined[0], width: 60)
        #expect(lines.allSatisfy { $0.terminalColumns <= 60 })
        // Filled, not ragged: every line but the last uses most of the width.
        #expect(lines.dropLast().allSatisfy { $0.terminalColumns >= 45 }, "\(lines)")
    }

    /// Items stay whole: "Policy: default" is never split into "Policy:" and "default",
    /// in either language, and what fits shares a line.
    @Test func packedItemsBreakOnlyBetweenItems() {
        let english = ["Day: 2027-06-07 (the scenario's)", "Plan: Al Waha Foods communication plan 2027 (the scenario's)", "Policy: default"]
        let lines = TextWrapper.pack(english, width: 60)
        #expect(lines == ["Day: 2027-06-07 (the scenario's)", "Plan: Al Waha Foods communication plan 2027 (the scenario's)", "Policy: default"])
        #expect(TextWrapper.pack(english, width: 200) == [english.joined(separator: " · ")])
        let arabic = ["اليوم: 2027-06-07 (تاريخ السيناريو)", "الخطة: خطة الاتصال لشركة الواحة للأغذية 2027 (خطة السيناريو)", "السياسة: الافتراضية"]
        #expect(TextWrapper.pack(arabic, width: 60) == arabic)
        #expect(TextWrapper.pack(arabic, width: 100) == [arabic[0] + " · " + arabic[1], arabic[2]])
        #expect(TextWrapper.pack(["a", "b", "c"], width: 5) == ["a · b", "c"])
        #expect(TextWrapper.pack([], width: 60) == [""])
    }
}
