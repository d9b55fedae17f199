/// Reads a gazetteer: a `NAME.tsv` file of a pattern folder, a word list whose entries carry
/// several fields (a region's full name, level, code and parent).
///
/// ```
/// # comment lines start with '#'
/// word	name	level	code	parent
/// 沁县	山西省长治市沁县	county	140430	140400
/// 朝阳	北京市朝阳区	county	110105	110100
/// 朝阳	辽宁省朝阳市	prefecture	211300	210000
/// ```
/// The first line that is not a comment or blank is the header: tab-separated column names, the
/// first of them `word`. Every row has as many tab-separated fields as the header (an empty
/// field is an empty string). A word may stand on several rows (one per meaning); rules match it
/// once, with `@NAME`, and resolvers read all its rows. A column named `value` is the word's list
/// value, as `= value` is in a `list` block.
///
/// The file is read as bytes, in one pass; a row's fields become strings only when a resolver
/// asks for them (``GazetteerRow``).
struct GazetteerFileParser {
    let path: String
    private(set) var list: ListDeclaration?
    private(set) var errors: [PatternError] = []

    init(path: String) {
        self.path = path
    }

    /// The list's name: the file name without folders and `.tsv`.
    static func listName(ofPath path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".tsv") ? String(file.dropLast(4)) : file
    }

    mutating func parse(_ source: String) {
        let name = Self.listName(ofPath: path)
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(MatchExpressionParser.isListNameScalar) else {
            errors.append(PatternError(file: path, line: 0, column: 0,
                                       message: "gazetteer file name '\(name)' is not a list name (ASCII letters, digits, '-', '_', '.')"))
            return
        }
        var bytes = Array(source.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var columns: [String]?
        var valueColumn: Int?
        var bounds: [Int32] = []
        var entries: [WordList.Entry] = []
        var rowCount = 0
        var fields: [Range<Int>] = []
        var lineNumber = 0
        var lineStart = 0
        // The table is made after the rows are read; entries name their row by number meanwhile.
        var pendingRows: [(entry: Int, row: Int)] = []
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            if end == lineStart || bytes[lineStart] == UInt8(ascii: "#")
                || bytes[lineStart..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for i in lineStart...end where i == end || bytes[i] == 0x09 {
                fields.append(fieldStart..<i)
                fieldStart = i + 1
            }
            guard let header = columns else {
                let names = fields.map { String(decoding: bytes[$0], as: UTF8.self) }
                guard names.first == "word", Set(names).count == names.count else {
                    errors.append(PatternError(file: path, line: lineNumber, column: 1,
                                               message: "a gazetteer's first line names its columns, separated by tabs, the first 'word' (no name twice)"))
                    return
                }
                columns = Array(names.dropFirst())
                valueColumn = names.dropFirst().firstIndex(of: "value").map { $0 - 1 }
                continue
            }
            guard fields.count == header.count + 1 else {
                errors.append(PatternError(file: path, line: lineNumber, column: 1,
                                           message: "row has \(fields.count) fields, the header has \(header.count + 1)"))
                continue
            }
            guard !fields[0].isEmpty else {
                errors.append(PatternError(file: path, line: lineNumber, column: 1, message: "row has no word"))
                continue
            }
            for field in fields.dropFirst() {
                bounds.append(Int32(field.lowerBound))
                bounds.append(Int32(field.upperBound))
            }
            let value = valueColumn.map { String(decoding: bytes[fields[$0 + 1]], as: UTF8.self) }
            entries.append(WordList.Entry(word: String(decoding: bytes[fields[0]], as: UTF8.self), value: value,
                                          file: path, line: lineNumber))
            pendingRows.append((entries.count - 1, rowCount))
            rowCount += 1
        }
        guard let columns else {
            errors.append(PatternError(file: path, line: 1, column: 1, message: "gazetteer has no header line"))
            return
        }
        let table = GazetteerTable(bytes: bytes, bounds: bounds, columnCount: columns.count)
        for (entry, row) in pendingRows { entries[entry].rows = [GazetteerRow(table: table, index: row)] }
        list = ListDeclaration(name: name, extends: false, entries: entries, file: path, line: 1, columns: columns)
    }
}
