/// Every ``PatternError`` found while loading pattern files, thrown at once so an analyst can fix
/// them all in one go.
///
/// Errors keep the order they were found: files in load order, lines in file order, then the
/// checks that need all files (duplicate rule ids, unknown lists).
public struct PatternErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, in the order they were found.
    public var errors: [PatternError]

    /// Wraps `errors` (at least one).
    public init(_ errors: [PatternError]) {
        self.errors = errors
    }

    /// One error per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
