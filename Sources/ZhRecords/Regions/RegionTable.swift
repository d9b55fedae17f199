import Synchronization
import ZhPatterns
import ZhText

/// The administrative divisions of the `region` gazetteer (`Patterns/region.tsv`), by the word
/// a text writes (normalized as the matcher normalizes it): every division a word may name.
///
/// The index over tens of thousands of rows is built the first time a region is resolved, not
/// when the extractor is built, so runs that meet no region, and start-up, do not pay for it.
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
    private let index = Mutex<[String: [GazetteerRow]]?>(nil)
    private let byCode = Mutex<[String: GazetteerRow]?>(nil)
    private let columns: (name: Int, level: Int, code: Int, form: Int)?

    init(_ list: WordList?) {
        self.list = list
        if let list, let name = list.columns.firstIndex(of: "name"), let level = list.columns.firstIndex(of: "level"),
           let code = list.columns.firstIndex(of: "code"), let form = list.columns.firstIndex(of: "form") {
            columns = (name, level, code, form)
        } else {
            columns = nil
        }
    }

    /// The longest gazetteer word, in scalars (for splitting a chain).
    private var longestWord: Int { 12 }

    /// The divisions `word` (normalized text) may name.
    func divisions(_ word: String) -> [Division] {
        guard let columns else { return [] }
        let rows = index.withLock { index in
            if index == nil { index = build() }
            return index![word] ?? []
        }
        return rows.map { Division(name: $0[columns.name], level: $0[columns.level], code: $0[columns.code], form: $0[columns.form]) }
    }

    /// The division of `code` (its full name's row).
    func division(code: String) -> Division? {
        guard let columns else { return nil }
        let row = byCode.withLock { byCode in
            if byCode == nil {
                var rows: [String: GazetteerRow] = [:]
                for entry in list?.entries ?? [] {
                    for row in entry.rows where rows[row[columns.code]] == nil || row[columns.form] == "full" {
                        rows[row[columns.code]] = row
                    }
                }
                byCode = rows
            }
            return byCode![code]
        }
        return row.map { Division(name: $0[columns.name], level: $0[columns.level], code: $0[columns.code], form: $0[columns.form]) }
    }

    /// `text` (normalized) cut into gazetteer words, longest first from the left; `nil` when some
    /// part is no word.
    func words(of text: ArraySlice<Unicode.Scalar>) -> [String]? {
        var result: [String] = []
        var start = text.startIndex
        while start < text.endIndex {
            var found: String?
            var length = min(longestWord, text.endIndex - start)
            while length > 0 {
                let word = String(String.UnicodeScalarView(text[start..<(start + length)]))
                if !divisions(word).isEmpty { found = word; break }
                length -= 1
            }
            guard let found else { return nil }
            result.append(found)
            start += length
        }
        return result
    }

    private func build() -> [String: [GazetteerRow]] {
        var index: [String: [GazetteerRow]] = [:]
        for entry in list?.entries ?? [] {
            let word = String(String.UnicodeScalarView(entry.word.unicodeScalars.compactMap(NormalizedText.fold)))
            index[word, default: []] += entry.rows
        }
        return index
    }
}

extension RegionTable.Division {
    /// The digits of the code that its descendants share: 2 for a province, 4 for a prefecture,
    /// the whole code below.
    var prefix: Substring {
        switch level {
        case "province": code.prefix(2)
        case "prefecture": code.prefix(4)
        default: code[...]
        }
    }

    /// Whether `other` lies inside this division.
    func contains(_ other: Self) -> Bool {
        other.code != code && other.code.hasPrefix(prefix)
    }
}
