/// A mistake in a pattern file, located by file, line and column (all 1-based).
///
/// Printed as `Patterns/money.zhp:12:7: expected ')' to close the group opened at 12:3`, the form
/// editors and terminals turn into links. Columns count Unicode scalars. An error about a whole
/// file (unreadable, missing folder) has line 0 and prints as `file: message`.
public struct PatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pattern file's path as it was loaded (or the folder, for folder errors).
    public var file: String
    /// 1-based line, or 0 for an error about the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars (0 with line 0).
    public var column: Int
    /// What is wrong, in words an analyst can act on.
    public var message: String

    /// An error at `file:line:column`.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, or `file: message` for line 0.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(message)" : "\(file): \(message)"
    }
}
