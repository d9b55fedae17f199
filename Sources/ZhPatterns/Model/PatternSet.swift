/// All lists and rules of a load, merged and checked: the input of ``Matcher``.
///
/// Files are read in order (folders in the order given, files by path within a folder), and
/// rules keep that order: it is the last tie-breaker between matches. Merging (see
/// `Patterns/README.md`, "Several folders"):
/// - `list NAME` defines a list; defining it again in a LATER folder replaces it, in the same
///   folder it is an error. `list NAME +` adds words to a list defined in this or an earlier
///   folder; a word written again takes its new value.
/// - a rule id is unique within a folder; a rule of a later folder with the id of an earlier
///   rule replaces it in place (so its place in the tie-break order is kept).
public struct PatternSet: Hashable, Sendable {
    /// Rules in load order.
    public private(set) var rules: [Rule]
    /// Lists by name.
    public private(set) var lists: [String: WordList]

    /// Parses one pattern file (tests, `zhx test` on a single file).
    public init(source: String, file: String) throws(PatternErrors) {
        try self.init(folders: [[PatternSource(path: file, text: source)]])
    }

    /// Parses and merges the files of each folder, folders in load order; throws every error found.
    public init(folders: [[PatternSource]]) throws(PatternErrors) {
        var builder = PatternSetBuilder()
        var parts = PartTable()
        for files in folders { builder.add(folder: files.map { PatternFile($0, parts: &parts) }) }
        let (rules, lists, errors) = builder.finish()
        if !errors.isEmpty { throw PatternErrors(errors) }
        self.rules = rules
        self.lists = lists
    }

    /// The same lists with only the rules `isIncluded` keeps, in their order (one stage's rules).
    public func selecting(_ isIncluded: (Rule) -> Bool) -> PatternSet {
        var subset = self
        subset.rules = rules.filter(isIncluded)
        return subset
    }

    /// The index of the rule with this id.
    public func ruleIndex(id: String) -> Int? {
        rules.firstIndex { $0.id == id }
    }
}
