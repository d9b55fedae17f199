import ZhModel
import ZhPatterns

/// Resolves `region` matches: a division of the `region` gazetteer written in full, as a chain
/// (`山西省长治市沁县`, `江苏东台`: each word a division inside the one before it, the record the
/// deepest) or short (`长治`, `内蒙古`), to its canonical full `name`, `level` and GB/T 2260
/// `code`; an old name (`former` in the gazetteer) to today's division with `former: true`; a
/// country word (capture `country`, list value the country's name) to level `country`.
///
/// A word that may name several divisions (`朝阳`, `鼓楼区`), a township, or a county written
/// short (`沁源`, whose root is often an ordinary word elsewhere) is given its `candidates`; which
/// one the document means is settled from the other regions it names (``RegionContext``). A full
/// name that is also a common noun (list `region-not-alone`: `城区`, `郊区`) is a region only after
/// its parent in a chain (`阳泉市城区`). A chain whose words do not nest is refused, so a shorter
/// match is chosen.
final class RegionResolver: Resolver {
    let type = RecordType.region
    let table: RegionTable
    private let notAlone: Set<ArraySlice<Unicode.Scalar>>

    init(lists: WordLists) {
        table = RegionTable(lists.list("region"))
        notAlone = Set(lists.list("region-not-alone")?.entries.map { Array($0.word.unicodeScalars)[...] } ?? [])
    }

    func resolve(_ match: MatchView) -> Resolution? {
        if let country = match.value(.country) {
            return Resolution(fields: [Field("name", .string(country)), Field("level", .string("country"))])
        }
        guard let words = table.words(of: match.scalars[match.range]) else { return nil }
        if words.count == 1, notAlone.contains(words[0].word) { return nil }
        let divisions = Self.chains(words.map(\.divisions))
        guard let first = divisions.first else { return nil }
        if divisions.count == 1, !(words.count == 1 && first.needsEvidenceAlone) {
            return Resolution(fields: Self.fields(of: first))
        }
        var resolution = Resolution(fields: Self.fields(of: first, candidates: divisions.map(\.code)))
        resolution.needsSupport = words.count == 1 && divisions.allSatisfy(\.needsEvidenceAlone)
        return resolution
    }

    /// The deepest division of every way to read the words as a chain, each inside the one
    /// before, in the gazetteer's order.
    static func chains(_ options: [[RegionTable.Division]]) -> [RegionTable.Division] {
        guard var current = options.first else { return [] }
        for next in options.dropFirst() {
            current = next.filter { division in current.contains { $0.contains(division) } }
        }
        var seen = Set<String>()
        return current.filter { seen.insert($0.code).inserted }
    }

    /// The fields of a region record naming `division`; with `candidates` (codes), a region the
    /// document has not settled: no `code`.
    static func fields(of division: RegionTable.Division, candidates: [String]? = nil) -> [Field] {
        var fields = [Field("name", .string(division.name)), Field("level", .string(division.level))]
        if let candidates {
            fields.append(Field("candidates", .strings(candidates)))
        } else {
            fields.append(Field("code", .string(division.code)))
        }
        if division.form == "former" { fields.append(Field("former", .boolean(true))) }
        return fields
    }
}

extension RegionTable.Division {
    /// Whether the word alone names this division only where the document supports it: a
    /// township (names repeat across counties) or a county written short.
    var needsEvidenceAlone: Bool {
        level == "township" || (level == "county" && form == "short")
    }
}

extension CaptureName {
    /// A country word; its list value is the country's name.
    static let country = CaptureName("country")
}
