/// The named parts of a load: `part NAME` blocks, each a match expression that rules reuse by
/// writing `<NAME>` (captures and all), as if the expression were written there.
///
/// Files are read in load order (folders in order, files by path), and a part must be defined
/// before the rules that use it: earlier in the same file or in an earlier file (the built-in
/// `common.zhp` comes first, and a user's folder after the built-in one). A name is defined once
/// per load.
struct PartTable: Sendable {
    private struct Part {
        var node: PatternNode
        var file: String
        var line: Int
    }

    private var parts: [String: Part] = [:]

    /// The expression of part `name`, if defined.
    subscript(name: String) -> PatternNode? { parts[name]?.node }

    /// The names defined so far.
    var names: [String] { Array(parts.keys) }

    /// Defines part `name`; the error when the name is taken.
    mutating func define(_ name: String, as node: PatternNode, file: String, line: Int) -> PatternError? {
        if let first = parts[name] {
            return PatternError(file: file, line: line, column: 1, message: "duplicate part '\(name)' (first defined at \(first.file):\(first.line))")
        }
        parts[name] = Part(node: node, file: file, line: line)
        return nil
    }
}
