import Synchronization
import ZhPatterns
import ZhText

/// The administrative divisions of the `region` gazetteer (`Patterns/region.tsv`), by the word
/// a text writes (normalized as the matcher normalizes it): every division a word may name.
///
/// The index over tens of thousands of rows is built the first time a region is resolved, not
/// when the extractor is built, so runs that meet no region, and start-up, do not pay for it.
/// It is a value behind a lock taken once per lookup.
final class RegionTable: Sendable {
    /// One division a word may name.
    struct Division: Hashable, Sendable {
        /// The canonical full name, from the province down (`山西省长治市沁县`).
        var name: String
        var level: String
        /// 6 digits, 9 for a township.
        var code: String
        /// `full`, `short` or `former`.
        var form: String
    }

    private let list: WordList?
    private let columns: (name: Int, level: Int, code: Int, form: Int)?
    /// The index, built the first time a region is resolved.
    private let storage = Mutex<Index?>(nil)

    /// The divisions by the normalized word (as scalars, looked up in place in the text), by
    /// code (the full name's row), and the longest word.
    private struct Index: Sendable {
        var byWord: [ArraySlice<Unicode.Scalar>: [GazetteerRow]] = [:]
        var byCode: [String: GazetteerRow] = [:]
        var longestWord = 0
    }

    init(_ list: WordList?) {
        self.list = list
        if let list, let name = list.columns.firstIndex(of: "name"), let level = list.columns.firstIndex(of: "level"),
           let code = list.columns.firstIndex(of: "code"), let form = list.columns.firstIndex(of: "form") {
            columns = (name, level, code, form)
        } else {
            columns = nil
        }
    }

    private var index: Index {
        storage.withLock { index in
            if index == nil { index = build() }
            return index!
        }
    }

    /// The division of `code` (its full name's row).
    func division(code: String) -> Division? {
        index.byCode[code].flatMap(division(of:))
    }

    /// The division a row names (its fields read from the gazetteer's bytes now).
    private func division(of row: GazetteerRow) -> Division? {
        columns.map { Division(name: row[$0.name], level: row[$0.level], code: row[$0.code], form: row[$0.form]) }
    }

    /// `text` (normalized) cut into gazetteer words, longest first from the left; `nil` when some
    /// part is no word.
    func words(of text: ArraySlice<Unicode.Scalar>) -> [(word: ArraySlice<Unicode.Scalar>, divisions: [Division])]? {
        let index = index
        var result: [(ArraySlice<Unicode.Scalar>, [Division])] = []
        var start = text.startIndex
        while start < text.endIndex {
            var length = min(index.longestWord, text.endIndex - start)
            var found: (ArraySlice<Unicode.Scalar>, [Division])?
            while length > 0 {
                let word = text[start..<(start + length)]
                if let rows = index.byWord[word] { found = (word, rows.compactMap(division(of:))); break }
                length -= 1
            }
            guard let found else { return nil }
            result.append(found)
            start += length
        }
        return result
    }

    private func build() -> Index {
        var index = Index()
        guard let columns else { return index }
        for entry in list?.entries ?? [] {
            let word = entry.word.unicodeScalars.compactMap(NormalizedText.fold)[...]
            index.longestWord = max(index.longestWord, word.count)
            index.byWord[word, default: []] += entry.rows
            for row in entry.rows where row[columns.form] == "full" { index.byCode[row[columns.code]] = row }
        }
        return index
    }
}

extension RegionTable.Division {
    /// Whether `other` lies inside this division.
    func contains(_ other: Self) -> Bool {
        guard let code = RegionCode(code), let inner = RegionCode(other.code) else { return false }
        return code.contains(inner)
    }
}
