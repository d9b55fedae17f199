/// A `list NAME` (or `list NAME +`) block as parsed from one file, before files are merged.
struct ListDeclaration {
    var name: String
    /// `list NAME +`: adds to a list defined earlier instead of defining one.
    var extends: Bool
    var entries: [WordList.Entry]
    var file: String
    var line: Int
}
