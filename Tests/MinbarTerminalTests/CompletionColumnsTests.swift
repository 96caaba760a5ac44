import Testing
import MinbarCore
import MinbarTerminal

@Suite struct CompletionColumnsTests {
    /// The crisis scenarios Tab offered after `/open crisis-` at 60 columns: on one line
    /// they wrapped inside ids ("crisis-warehous" / "e-fire").
    static let crisis = ["crisis-ceo-old-tweet", "crisis-dairy-recall", "crisis-dairy-recall-ar", "crisis-overbooked-flight",
                         "crisis-telecom-data-breach", "crisis-warehouse-fire", "crisis-water-outage-ar"]

    @Test(arguments: [40, 59, 60, 80, 119, 120])
    func everyChoiceIsWholeOnALineThatFits(_ width: Int) {
        let lines = CompletionColumns.lines(Self.crisis, width: width)
        for line in lines { #expect(line.terminalColumns <= width, "\(line.terminalColumns) columns at \(width): \(line)") }
        let shown = lines.flatMap { $0.split(separator: " ").map(String.init) }
        #expect(shown.sorted() == Self.crisis.sorted(), "every id whole, once: \(lines)")
    }

    /// Down the columns, then across, as bash and zsh list them; the columns line up.
    @Test func choicesRunDownTheColumnsAndLineUp() {
        let lines = CompletionColumns.lines(Self.crisis, width: 59)
        #expect(lines == [
            "crisis-ceo-old-tweet        crisis-telecom-data-breach",
            "crisis-dairy-recall         crisis-warehouse-fire",
            "crisis-dairy-recall-ar      crisis-water-outage-ar",
            "crisis-overbooked-flight",
        ])
        #expect(CompletionColumns.lines(Self.crisis, width: 200).count == 1, "all on one line when the terminal is wide enough")
    }

    /// Arabic choices are measured in columns, not bytes or letters with their marks.
    @Test func arabicChoicesAreMeasuredInColumns() {
        let lines = CompletionColumns.lines(["نَعتذرُ", "نعتذر", "شكرًا"], width: 20)
        #expect(lines == ["نَعتذرُ  نعتذر  شكرًا"])
        #expect(CompletionColumns.lines(["a-very-long-scenario-id-wider-than-the-line", "b"], width: 20)
            == ["a-very-long-scenario-id-wider-than-the-line", "b"])
    }
}
