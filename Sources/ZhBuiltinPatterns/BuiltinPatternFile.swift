/// One file of the repository's `Patterns/` folder as it was when the binary was built.
///
/// The list of them, `builtinPatternFiles`, is generated at build time by the `EmbedPatterns`
/// plugin (from every `*.zhp` and `*.tsv` file below `Patterns/`), so `zhx` needs no file of
/// the repository at run time while the files stay the text an analyst edits. ZhPatterns reads
/// them as ``BuiltinPatterns``.
public struct BuiltinPatternFile: Sendable {
    /// The path relative to `Patterns/` (`money.zhp`).
    public let path: String
    /// The text (UTF-8 checked at build time; a leading byte order mark dropped).
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
