/// One file of a pattern folder, read: its path, as errors and `zhx test` name it, and its text.
///
/// ``PatternSet/init(folders:)`` merges folders given as lists of them; the built-in folder is
/// one (``BuiltinPatterns/sources``, compiled into the binary), a folder on disk is another
/// (``PatternSet/sources(in:)``).
public struct PatternSource: Hashable, Sendable {
    /// The path (`Patterns/money.zhp`, `/home/me/mine/money.zhp`).
    public var path: String
    /// The file's text.
    public var text: String
    /// Why the file's bytes gave no text (then `text` is empty): a file on disk that is not
    /// UTF-8 or cannot be read. Reported with the other errors of the load.
    public var error: PatternError?

    /// A file read as `text`.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// A file that could not be read as text.
    public init(path: String, error: PatternError) {
        self.path = path
        self.text = ""
        self.error = error
    }
}

extension PatternFile {
    /// Parses a read file with the `parts` defined before it (which gains its own); a file that
    /// could not be read has its reading error only.
    init(_ source: PatternSource, parts: inout PartTable) {
        if let error = source.error {
            self.init(source: "", path: source.path, parts: &parts)
            errors = [error]
        } else {
            self.init(source: source.text, path: source.path, parts: &parts)
        }
    }
}
