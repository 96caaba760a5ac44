/// A position in a text file a person wrote.
///
/// Both numbers are 1-based. `column` counts characters as a reader sees them
/// (extended grapheme clusters), so an Arabic letter with its diacritic, or an emoji,
/// is one column; a tab is one column. A byte order mark is not counted.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
