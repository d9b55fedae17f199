#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A shell glob for `--include` and `--exclude` (`*.txt`, `gold`, `news/*.md`), matched with
/// `fnmatch(3)`: `*`, `?` and `[…]` as in the shell.
///
/// A pattern without `/` is matched against an entry's name; a pattern with `/` against its path
/// relative to the folder being walked (where `*` also matches `/`).
public struct GlobPattern: Sendable, Hashable {
    /// The glob as written.
    public let pattern: String
    private let matchesPath: Bool

    /// A glob from its text.
    public init(_ pattern: String) {
        self.pattern = pattern
        matchesPath = pattern.contains("/")
    }

    /// Whether the entry `name`, at `relativePath` under the walked folder, matches.
    public func matches(name: String, relativePath: String) -> Bool {
        fnmatch(pattern, matchesPath ? relativePath : name, 0) == 0
    }
}
