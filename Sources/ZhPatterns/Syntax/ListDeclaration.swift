/// A `list NAME` (or `list NAME +`) block or a gazetteer (`NAME.tsv`) as parsed from one file,
/// before files are merged.
struct ListDeclaration {
    var name: String
    /// `list NAME +`: adds to a list defined earlier instead of defining one.
    var extends: Bool
    var entries: [WordList.Entry]
    var file: String
    var line: Int
    /// A gazetteer's column names after `word`; `nil` for a `list` block. A gazetteer adds its
    /// rows to a gazetteer of the same name loaded before it (a user's folder adds to the
    /// built-in one), and defines it otherwise.
    var columns: [String]? = nil
}
