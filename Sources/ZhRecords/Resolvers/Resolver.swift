import ZhPatterns

/// Turns a pattern match into a record's type-specific fields. One resolver per record type;
/// a rule's `type:` names it.
protocol Resolver: Sendable {
    /// The record type this resolver produces.
    var type: RecordType { get }
    /// The fields for `match`, or `nil` when the captures do not make a valid record (a month 13,
    /// an amount that overflows): the match is then dropped.
    func resolve(_ match: MatchView, context: ResolutionContext) -> Resolution?
}

/// What a resolver may look at beyond the match: the word lists of the pattern set, by name,
/// prepared once for scalar-level context checks.
struct ResolutionContext: Sendable {
    /// The word sets, by list name.
    private let sets: [String: WordSet]

    init(patterns: PatternSet) {
        sets = patterns.lists.mapValues { WordSet($0.entries.map(\.word)) }
    }

    /// The words of list `name` (empty when the pattern files define no such list).
    func words(_ name: String) -> WordSet { sets[name] ?? WordSet([String]()) }
}
