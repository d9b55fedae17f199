/// A failure to write the output (a file that cannot be created, a full disk, a SQLite error).
/// It stops the run: the output would be incomplete.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
