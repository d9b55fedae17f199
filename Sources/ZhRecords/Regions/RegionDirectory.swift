import ZhPatterns

/// The names of region codes, from the region gazetteer of a pattern set (`Patterns/region.tsv`):
/// for readers of records that carry a code without a name (a metric's `region`). The gazetteer's
/// index is built on the first lookup.
public struct RegionDirectory: Sendable {
    private let table: RegionTable

    public init(patterns: PatternSet) {
        table = RegionTable(patterns.lists["region"])
    }

    /// The canonical full name of the division of `code` (`140428` → `山西省长治市长子县`).
    public func name(code: String) -> String? {
        table.division(code: code)?.name
    }
}
