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
