/// A failure to write the output (a file that cannot be created, a full disk, a SQLite error).
/// It stops the run: the output would be incomplete.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What failed, naming the output.
    public var description: String

    /// An error with its message.
    public init(_ description: String) {
        self.description = description
    }
}
