import ZhModel
import ZhPatterns

/// Turns a pattern match into a record's type-specific fields. One resolver per record type;
/// a rule's `type:` names it. A resolver that reads context words takes the lists it needs from
/// the pattern set's ``WordLists`` when it is built, once. Resolvers are immutable classes: the
/// extractor holds one per rule and calls it through a plain reference.
protocol Resolver: AnyObject, Sendable {
    /// The resolver of a load's rules, reading the lists it needs from `lists`.
    init(lists: WordLists)
    /// The record type this resolver produces.
    var type: RecordType { get }
    /// The fields for `match`, or `nil` when the captures do not make a valid record (a month 13,
    /// an amount that overflows): the match is then dropped.
    func resolve(_ match: MatchView) -> Resolution?
}

/// The resolvers of the record types, one per type: adding a record type made of pattern
/// matches is one line here and the resolver's own file.
enum Resolvers {
    static let all: [any Resolver.Type] = [MoneyResolver.self, QuantityResolver.self, PercentResolver.self, DateResolver.self,
                                          RegionResolver.self, OrganizationResolver.self, PersonResolver.self,
                                          DocumentResolver.self, DocNumberResolver.self, MetricResolver.self,
                                          MeasureResolver.self]
}

/// The word lists of the pattern set, by name, prepared on request for scalar-level context
/// checks (``WordSet``), and their decimal values, parsed.
struct WordLists: Sendable {
    /// The lists, by name.
    private let lists: [String: WordList]
    /// The list values that are decimal numbers.
    let decimals: ListDecimals

    init(patterns: PatternSet) {
        lists = patterns.lists
        decimals = ListDecimals(patterns: patterns)
    }

    /// The words of list `name` grouped by their value (words without one left out), each group
    /// as a word set.
    func byValue(_ name: String) -> [(words: WordSet, value: String)] {
        let entries = lists[name]?.entries ?? []
        let values = Array(Set(entries.compactMap(\.value))).sorted()
        return values.map { value in (WordSet(entries.filter { $0.value == value }.map(\.word)), value) }
    }

    /// The words of list `name` (empty when the pattern files define no such list).
    subscript(_ name: String) -> WordSet { words(name) }

    /// The words of list `name` (empty when the pattern files define no such list).
    func words(_ name: String) -> WordSet { WordSet(lists[name]?.entries.map(\.word) ?? []) }

    /// The list `name` as loaded (a gazetteer's rows included).
    func list(_ name: String) -> WordList? { lists[name] }
}
