/// A mistake in a pattern file, located by file, line and column (all 1-based).
///
/// Printed as `Patterns/money.zhp:12:7: expected ')' to close the group opened at 12:3`, the form
/// editors and terminals turn into links. Columns count Unicode scalars. An error about a whole
/// file (unreadable, missing folder) has line 0 and prints as `file: message`.
public struct PatternError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
