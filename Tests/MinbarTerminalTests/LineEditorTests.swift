import Testing
@testable import MinbarTerminal

@Suite struct KeyDecoderTests {
    @Test func decodesArrowsHomeEndAndControlKeys() {
        var decoder = KeyDecoder()
        let keys = decoder.feed(Array("\u{1B}[A\u{1B}[D\u{1B}[H\u{1B}[F\u{1B}[3~\u{1B}[1;5C\u{01}\u{05}\u{15}\u{17}\u{0B}\u{7F}\r\t".utf8))
        #expect(keys == [.up, .left, .home, .end, .delete, .wordRight, .control("a"), .control("e"), .control("u"),
                         .control("w"), .control("k"), .backspace, .enter, .tab])
    }

    @Test func waitsForTheRestOfASplitSequence() {
        var decoder = KeyDecoder()
        let arabic = Array("م".utf8)
        #expect(decoder.feed([arabic[0]]) == [])
        #expect(decoder.feed([arabic[1]]) == [.text("م")])
        #expect(decoder.feed([0x1B, 0x5B]) == [])
        #expect(decoder.feed([0x43]) == [.right])
    }
}

@Suite struct LineEditorTests {
    func type(_ text: String, into editor: inout LineEditor) {
        for scalar in text.unicodeScalars { _ = editor.apply(.text(String(scalar))) }
    }

    @Test func backspaceRemovesAWholeArabicLetterWithItsMarks() {
        var editor = LineEditor()
        type("نَعتذرُ", into: &editor)
        #expect(editor.text == "نَعتذرُ")
        #expect(editor.cursor == 5)
        _ = editor.apply(.backspace)
        #expect(editor.text == "نَعتذ")
    }

    /// Ctrl-Z arrives as a key in raw mode; the editor asks to be suspended and keeps the
    /// line, cursor and all, for when the program is brought back.
    @Test func controlZAsksToSuspendAndKeepsTheLine() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1A]) == [.control("z")])
        var editor = LineEditor()
        type("نعتذر عن", into: &editor)
        _ = editor.apply(.left)
        #expect(editor.apply(.control("z")) == .suspend)
        #expect(editor.text == "نعتذر عن")
        #expect(editor.cursor == 7)
    }

    @Test func backspaceRemovesAWholeEmoji() {
        var editor = LineEditor()
        type("ok 👍🏽", into: &editor)
        #expect(editor.cursor == 4)
        #expect(editor.cursorColumns == 5)
        _ = editor.apply(.backspace)
        #expect(editor.text == "ok ")
    }

    @Test func editingKeysDoWhatReadlineDoes() {
        var editor = LineEditor()
        type("we regret any inconvenience", into: &editor)
        _ = editor.apply(.control("w"))
        #expect(editor.text == "we regret any ")
        _ = editor.apply(.home)
        _ = editor.apply(.right); _ = editor.apply(.right)
        _ = editor.apply(.control("k"))
        #expect(editor.text == "we")
        _ = editor.apply(.control("a"))
        type("So ", into: &editor)
        #expect(editor.text == "So we")
        _ = editor.apply(.control("e"))
        type(" are sorry", into: &editor)
        _ = editor.apply(.control("u"))
        #expect(editor.text == "")
    }

    @Test func historyAndSubmit() {
        var editor = LineEditor(history: ["/open investor-q3-margins"])
        type("draft", into: &editor)
        _ = editor.apply(.up)
        #expect(editor.text == "/open investor-q3-margins")
        _ = editor.apply(.down)
        #expect(editor.text == "draft")
        #expect(editor.apply(.enter) == .submit("draft"))
        #expect(editor.text.isEmpty && editor.history.last == "draft")
    }

    @Test func controlCCancelsAndTwiceOnAnEmptyLineQuits() {
        var editor = LineEditor()
        type("half a post", into: &editor)
        #expect(editor.apply(.control("c")) == .cancel)
        #expect(editor.text.isEmpty)
        #expect(editor.apply(.control("c")) == .quit)
        var other = LineEditor()
        #expect(other.apply(.control("d")) == .quit)
    }

    @Test func completionReplacesTheWordBeforeTheCursor() {
        var editor = LineEditor()
        type("/open inv", into: &editor)
        #expect(editor.apply(.tab) == .complete)
        #expect(editor.textBeforeCursor == "/open inv")
        editor.complete(with: "investor-q3-margins ")
        #expect(editor.text == "/open investor-q3-margins ")
    }
}

/// Bracketed paste: the terminal marks pasted text, and its line breaks are part of the
/// draft, not Enter (a pasted three-line post was scored as three posts).
@Suite struct BracketedPasteTests {
    @Test func pastedTextIsOneKeyWithItsLineBreaks() {
        var decoder = KeyDecoder()
        let keys = decoder.feed(Array("a\u{1B}[200~We are sorry.\r\nالمياه تعود\rsoon\u{1B}[201~\r".utf8))
        #expect(keys == [.text("a"), .paste("We are sorry.\nالمياه تعود\nsoon"), .enter])
    }

    /// A paste arrives in pieces: the markers, a CR LF and an Arabic letter may each be
    /// split between two reads.
    @Test func aPasteSplitBetweenReadsIsPutBackTogether() {
        var decoder = KeyDecoder()
        let bytes = Array("\u{1B}[200~one\r\nنعتذر\u{1B}[201~x".utf8)
        for cut in 1..<bytes.count {
            var decoder = KeyDecoder()
            let keys = Key.coalesced(decoder.feed(Array(bytes[..<cut])) + decoder.feed(Array(bytes[cut...])))
            #expect(keys == [.paste("one\nنعتذر"), .text("x")], "cut at \(cut)")
        }
        // An end marker with no paste before it is dropped.
        #expect(decoder.feed(Array("\u{1B}[201~b".utf8)) == [.escape, .text("b")])
    }

    @Test func aPasteStaysInTheDraftUntilEnter() {
        var editor = LineEditor()
        #expect(editor.apply(.text("Update: ")) == .none)
        #expect(editor.apply(.paste("We are sorry.\nالمياه تعود\tسريعاً")) == .none)
        #expect(editor.text == "Update: We are sorry.\nالمياه تعود سريعاً")
        #expect(editor.window(columns: 200).visible == "Update: We are sorry.↵المياه تعود سريعاً")
        #expect(editor.apply(.enter) == .submit("Update: We are sorry.\nالمياه تعود سريعاً"))
    }
}

/// A long paste (thousands of characters) is edited in time linear in its length: one
/// insertion for a burst of keys, and a redraw that costs what is shown.
@Suite struct LongLineTests {
    static let unit = "We apologise for the outage. نعتذرُ عن انقطاع المياه 👍🏽. "
    static var long: String { String(repeating: unit, count: 5_000 / unit.count + 1) }

    /// Typed a scalar at a time, or in one burst: the same line, marks and emoji whole.
    @Test func aBurstOfKeysGivesTheSameLineAsTypingThemOneByOne() {
        let sample = String(Self.unit.unicodeScalars.prefix(120).map(Character.init))
        var one = LineEditor()
        for scalar in sample.unicodeScalars { _ = one.apply(.text(String(scalar))) }
        var decoder = KeyDecoder()
        let keys = Key.coalesced(decoder.feed(Array(sample.utf8)))
        #expect(keys == [.text(sample)])
        var burst = LineEditor()
        for key in keys { _ = burst.apply(key) }
        #expect(one.text == sample && burst.text == sample)
        #expect(one.cursor == sample.count && burst.cursor == sample.count)
        // A mark typed after a letter joins it, in a burst as one by one.
        var mark = LineEditor()
        _ = mark.apply(.text("ن"))
        _ = mark.apply(.text("\u{64E}ع"))
        #expect(mark.cursor == 2 && mark.text == "نَع")
    }

    @Test func aFiveThousandCharacterLineIsKeptWholeAndShownScrolled() {
        let line = Self.long
        var decoder = KeyDecoder()
        var editor = LineEditor()
        // As a terminal delivers it: in reads of a few kilobytes.
        let bytes = Array(line.utf8)
        for start in stride(from: 0, to: bytes.count, by: 4096) {
            for key in Key.coalesced(decoder.feed(Array(bytes[start..<min(bytes.count, start + 4096)]))) { _ = editor.apply(key) }
        }
        #expect(editor.text == line)
        #expect(editor.count == line.count)
        // At the end of the line: the last columns, the cursor at the right edge.
        let end = editor.window(columns: 60)
        #expect(end.visible.terminalColumns <= 60)
        #expect(line.hasSuffix(end.visible))
        #expect(end.cursorColumn == end.visible.terminalColumns && end.cursorColumn < 60)
        // At the start: the first columns, the cursor at 0.
        _ = editor.apply(.home)
        let start = editor.window(columns: 60)
        #expect(line.hasPrefix(start.visible) && start.cursorColumn == 0)
        #expect(start.visible.terminalColumns <= 60 && start.visible.terminalColumns >= 58)
        #expect(editor.apply(.enter) == .submit(line))
    }

    /// In the middle of a long line the window is the columns before the cursor, so the
    /// cursor stays in sight, as the old redraw scrolled it.
    @Test func theWindowKeepsTheCursorInSight() {
        var editor = LineEditor()
        _ = editor.apply(.text(String(repeating: "ab", count: 50)))
        for _ in 0..<10 { _ = editor.apply(.left) }
        let window = editor.window(columns: 20)
        #expect(window.cursorColumn == 19)
        #expect(window.visible == String(repeating: "ba", count: 10))
        var short = LineEditor()
        _ = short.apply(.text("hello"))
        #expect(short.window(columns: 20) == ("hello", 5))
    }
}
