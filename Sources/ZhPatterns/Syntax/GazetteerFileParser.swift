/// Reads a gazetteer: a `NAME.tsv` file of a pattern folder, a word list whose entries carry
/// several fields (a region's full name, level, code and parent).
///
/// ```
/// # comment lines start with '#'
/// word	name	level	code	parent
/// 沁县	山西省长治市沁县	county	140431	140400
/// 朝阳	北京市朝阳区	county	110105	110100
/// 朝阳	辽宁省朝阳市	prefecture	211300	210000
/// ```
/// The first line that is not a comment or blank is the header: tab-separated column names, the
/// first of them `word`. Every row has as many tab-separated fields as the header (an empty
/// field is an empty string). A word may stand on several rows (one per meaning); rules match it
/// once, with `@NAME`, and resolvers read all its rows. A column named `value` is the word's list
/// value, as `= value` is in a `list` block.
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

    mutating func parse(_ lines: [SourceLine]) {
        let name = Self.listName(ofPath: path)
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(MatchExpressionParser.isListNameScalar) else {
            errors.append(PatternError(file: path, line: 0, column: 0,
                                       message: "gazetteer file name '\(name)' is not a list name (ASCII letters, digits, '-', '_', '.')"))
            return
        }
        var columns: [String]?
        var entries: [WordList.Entry] = []
        var valueColumn: Int?
        for line in lines {
            let text = String(String.UnicodeScalarView(line.scalars))
            if text.allSatisfy({ $0 == " " || $0 == "\t" }) || text.hasPrefix("#") { continue }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let header = columns else {
                guard fields.first == "word", fields.count >= 1, Set(fields).count == fields.count else {
                    errors.append(PatternError(file: path, line: line.number, column: 1,
                                               message: "a gazetteer's first line names its columns, separated by tabs, the first 'word' (no name twice)"))
                    return
                }
                columns = Array(fields.dropFirst())
                valueColumn = fields.dropFirst().firstIndex(of: "value").map { $0 - 1 }
                continue
            }
            guard fields.count == header.count + 1 else {
                errors.append(PatternError(file: path, line: line.number, column: 1,
                                           message: "row has \(fields.count) fields, the header has \(header.count + 1)"))
                continue
            }
            guard !fields[0].isEmpty else {
                errors.append(PatternError(file: path, line: line.number, column: 1, message: "row has no word"))
                continue
            }
            let row = Array(fields.dropFirst())
            entries.append(WordList.Entry(word: fields[0], value: valueColumn.map { row[$0] }, file: path, line: line.number,
                                          rows: [row]))
        }
        guard let columns else {
            errors.append(PatternError(file: path, line: 1, column: 1, message: "gazetteer has no header line"))
            return
        }
        list = ListDeclaration(name: name, extends: false, entries: entries, file: path, line: 1, columns: columns)
    }
}
