/// The lists and rules of one pattern file, with every error found in it, before the files of a
/// load are merged into a ``PatternSet``.
struct PatternFile {
    var path: String
    var lists: [ListDeclaration] = []
    var rules: [Rule] = []
    var errors: [PatternError] = []

    /// Parses `source`, a pattern file or, for a path ending in `.tsv`, a gazetteer (see
    /// ``GazetteerFileParser``), collecting all errors instead of stopping at the first; `parts`
    /// are the parts defined by the files read before it, and gains this file's.
    init(source: String, path: String, parts: inout PartTable) {
        self.path = path
        if path.hasSuffix("." + PatternSet.gazetteerExtension) {
            var parser = GazetteerFileParser(path: path)
            parser.parse(source)
            lists = parser.list.map { [$0] } ?? []
            errors = parser.errors
            return
        }
        var parser = PatternFileParser(path: path, parts: parts)
        parser.parse(SourceLine.lines(of: source))
        parts = parser.parts
        lists = parser.lists
        rules = parser.rules
        errors = parser.errors
    }
}
