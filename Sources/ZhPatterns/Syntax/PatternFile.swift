/// The lists and rules of one pattern file, with every error found in it, before the files of a
/// load are merged into a ``PatternSet``.
struct PatternFile {
    var path: String
    var lists: [ListDeclaration] = []
    var rules: [Rule] = []
    var errors: [PatternError] = []

    /// Parses `source`, collecting all errors instead of stopping at the first.
    init(source: String, path: String) {
        self.path = path
        var parser = PatternFileParser(path: path)
        parser.parse(SourceLine.lines(of: source))
        lists = parser.lists
        rules = parser.rules
        errors = parser.errors
    }
}
