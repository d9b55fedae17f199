import ZhText

/// How a document's statements hang together, read from the normalized view of the text around
/// them (``StatementText/View``: one line per paragraph, heading or table row):
///
/// - **Tables**: statements that each start a row of tab-separated cells, on consecutive lines.
///   The header lines above the first row name the columns (their words give each a role:
///   budget, actual, last year, completion, change, rank …) and carry the caption
///   (`一般公共预算收入`); a row whose first cell is a total word (`合计`, `全市`) or names a region
///   that contains every other row's region is the total row.
/// - **其中 groups**: a statement followed, in the same paragraph, by a `part-intro` word (`其中`),
///   with nothing but punctuation between (or a sentence that names the total's subject again:
///   `…增收15478万元。2023年非税收入增收部分主要来自国有资本经营收入。其中：…`); its parts are the
///   statements after the word up to the end of the sentence (a sentence end or a paragraph end
///   outside every part).
/// - **Numbered lists**: statements that each open a line with an enumerator (`1、`, `- 2、`,
///   `3：`, `（4）`), numbered 1, 2, 3 … on consecutive lines; their total is the first statement
///   of the paragraph right before item 1.
///
/// A statement nested in another's span (the rows of a table that a statement's span runs
/// across) is no part of a group at the outer level.
struct StatementStructure {
    let statements: [Statement]
    let views: [StatementText.View]
    let words: StatementWords
    /// Each statement's view and normalized range, when its text is kept.
    private let places: [(view: Int, range: Range<Int>)?]
    /// Whether each statement lies inside an earlier statement's span.
    private let nested: [Bool]

    init(statements: [Statement], views: [StatementText.View], words: StatementWords) {
        self.statements = statements
        self.views = views
        self.words = words
        places = statements.map { statement in
            let range = statement.record.start..<statement.record.end
            guard let index = views.firstIndex(where: { $0.contains(range) }) else { return nil }
            return (index, views[index].normalized(range))
        }
        var maxEnd = Int.min
        var nested: [Bool] = []
        for statement in statements {
            nested.append(statement.record.end <= maxEnd)
            maxEnd = max(maxEnd, statement.record.end)
        }
        self.nested = nested
    }

    // MARK: Tables

    /// The tables of statements, and for each row statement its table and row.
    mutating func tables() -> ([StatementTable], [Int: (table: Int, row: Int)]) {
        // Row candidates: (statement, view, line).
        var candidates: [(statement: Int, view: Int, line: Range<Int>)] = []
        for (index, place) in places.enumerated() {
            guard let place else { continue }
            let view = views[place.view]
            let line = view.line(at: place.range.lowerBound)
            guard place.range.upperBound <= line.upperBound + 1,
                  !view.scalars[line.lowerBound..<place.range.lowerBound].contains("\t"),
                  view.scalars[line].contains("\t"), cells(of: line, in: view).count >= 3 else { continue }
            if let last = candidates.last, last.view == place.view, last.line == line { continue }
            candidates.append((index, place.view, line))
        }
        var runs: [[(statement: Int, view: Int, line: Range<Int>)]] = []
        for candidate in candidates {
            if let last = runs.last?.last, last.view == candidate.view, candidate.line.lowerBound == last.line.upperBound + 1 {
                runs[runs.count - 1].append(candidate)
            } else {
                runs.append([candidate])
            }
        }
        var tables: [StatementTable] = []
        var rows: [Int: (table: Int, row: Int)] = [:]
        let rowLines = Set(candidates.map { "\($0.view) \($0.line.lowerBound)" })
        for run in runs where run.count >= 2 {
            let table = makeTable(run, isRow: { rowLines.contains("\(run[0].view) \($0.lowerBound)") })
            for (rowIndex, row) in table.rows.enumerated() { rows[row.statement] = (tables.count, rowIndex) }
            tables.append(table)
        }
        return (tables, rows)
    }

    /// The table of a run of row lines: header, columns, cells, total row.
    private func makeTable(_ run: [(statement: Int, view: Int, line: Range<Int>)], isRow: (Range<Int>) -> Bool) -> StatementTable {
        let view = views[run[0].view]
        let rowCells = run.map { cells(of: $0.line, in: view) }
        let columnCount = (rowCells.map(\.count).max() ?? 1) - 1
        // Header lines: tab-separated lines right above the first row (at most three).
        var headerLines: [Range<Int>] = []
        var above = run[0].line.lowerBound
        while headerLines.count < 3, above > 0 {
            let line = view.line(at: above - 1)
            guard view.scalars[line].contains("\t"), !isRow(line) else { break }
            headerLines.insert(line, at: 0)
            above = line.lowerBound
        }
        var titles: [String] = []
        if above > 0 {
            let caption = view.line(at: above - 1)
            if caption.count < 60, !view.scalars[caption].contains("\t") { titles.append(StatementWords.normalize(view.string(caption))) }
        }
        var names = [String](repeating: "", count: columnCount)
        for line in headerLines {
            let cells = self.cells(of: line, in: view).map(StatementWords.normalize)
            let filled = cells.dropFirst().filter { !$0.isEmpty }
            if filled.count * 2 < columnCount {
                titles += filled
                continue
            }
            for column in 0..<columnCount where column + 1 < cells.count { names[column] += cells[column + 1] }
        }
        let columns = names.map { StatementTable.Column(name: $0, role: role(of: $0)) }
        var rows: [StatementTable.Row] = []
        for (candidate, cells) in zip(run, rowCells) {
            let values = (0..<columnCount).map { $0 + 1 < cells.count ? Self.cell(cells[$0 + 1]) : nil }
            let first = StatementWords.normalize(cells.first ?? "")
            rows.append(StatementTable.Row(statement: candidate.statement, cells: values,
                                           isSubtotal: StatementWords.prefix(of: first[...], in: words.tableSubtotal) != nil))
        }
        return StatementTable(titles: titles, columns: columns, rows: rows, totalRow: totalRow(rows, firstCells: rowCells.map { $0.first ?? "" }))
    }

    /// The row that totals the others: its first cell starts with a `table-total` word, or it
    /// names a region that contains the region of every other row that names one (two at least).
    private func totalRow(_ rows: [StatementTable.Row], firstCells: [String]) -> Int? {
        for (index, cell) in firstCells.enumerated()
        where StatementWords.prefix(of: StatementWords.normalize(cell)[...], in: words.tableTotal) != nil {
            return index
        }
        let codes = rows.map { row -> String? in
            guard let region = statements[row.statement].region, region.count == 6, region.allSatisfy(\.isNumber) else { return nil }
            return region
        }
        for (index, code) in codes.enumerated() {
            guard let code else { continue }
            let others = codes.enumerated().filter { $0.offset != index }.compactMap(\.element)
            if others.count >= 2, others.allSatisfy({ Self.region(code, contains: $0) }) { return index }
        }
        return nil
    }

    /// Whether the division of GB/T 2260 code `outer` contains that of `inner`.
    static func region(_ outer: String, contains inner: String) -> Bool {
        guard outer != inner else { return false }
        if outer.hasSuffix("0000") { return inner.hasPrefix(outer.prefix(2)) }
        if outer.hasSuffix("00") { return inner.hasPrefix(outer.prefix(4)) }
        return false
    }

    /// The role a column's header gives it.
    private func role(of name: String) -> StatementTable.Role {
        typealias W = StatementWords
        if name.isEmpty { return .amount }
        if W.contains(name, anyOf: words.columnRank) { return .rank }
        if W.contains(name, anyOf: words.columnCompletion) { return .completion }
        if W.contains(name, anyOf: words.columnChange) { return .change }
        if W.contains(name, anyOf: words.columnNotAdditive) { return .other }
        if W.contains(name, anyOf: words.columnLastYear) { return .lastYear }
        if W.contains(name, anyOf: words.columnPartial) { return .partial }
        if W.contains(name, anyOf: words.columnActual) { return .actual }
        if W.contains(name, anyOf: words.columnBudget) { return .budget }
        return .amount
    }

    /// The tab-separated cells of a line.
    private func cells(of line: Range<Int>, in view: StatementText.View) -> [String] {
        view.string(line).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    /// A cell's number (thousands separators and spaces dropped), with the rounding as written.
    static func cell(_ text: String) -> StatementTable.Cell? {
        var digits = text.filter { $0 != "," && $0 != " " }
        if digits.hasPrefix("+") { digits.removeFirst() }
        guard !digits.isEmpty, let value = ExactDecimal(digits) else { return nil }
        let decimals = digits.firstIndex(of: ".").map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
        return StatementTable.Cell(text: text, value: value, tolerance: ExactDecimal(significand: 5, exponent: -decimals - 1))
    }

    // MARK: Groups

    /// The 其中 groups and numbered lists of the statements that are not table rows.
    func groups(excluding tableRows: Set<Int>) -> [StatementGroup] {
        let candidates = statements.indices.filter { places[$0] != nil && !tableRows.contains($0) && !nested[$0] }
        return ofWhichGroups(candidates) + listGroups(candidates)
    }

    /// Totals followed by `其中` and their parts.
    private func ofWhichGroups(_ candidates: [Int]) -> [StatementGroup] {
        var result: [StatementGroup] = []
        for (position, total) in candidates.enumerated() {
            guard let place = places[total] else { continue }
            let view = views[place.view]
            let s = view.scalars
            let after = place.range.upperBound
            let lineEnd = view.line(at: max(after - 1, place.range.lowerBound)).upperBound
            var limit = lineEnd
            if let next = candidates[(position + 1)...].first(where: { statements[$0].record.start >= statements[total].record.end }),
               let nextPlace = places[next], nextPlace.view == place.view {
                limit = min(limit, nextPlace.range.lowerBound)
            }
            guard after < limit, let (introAt, introLength) = firstWord(words.partIntro, in: s, from: after, to: limit) else { continue }
            let gap = s[after..<introAt]
            let onlyPunctuation = gap.allSatisfy { $0 == " " || SentenceBoundary.isSentenceEnd($0) || SentenceBoundary.isClauseBreak($0) }
            guard onlyPunctuation || (!statements[total].key.isEmpty && String(scalars: gap).contains(statements[total].key)) else { continue }
            var parts: [Int] = []
            var cursor = introAt + introLength
            for part in candidates[(position + 1)...] {
                guard let partPlace = places[part], partPlace.view == place.view else { break }
                if partPlace.range.lowerBound < cursor { continue }
                let between = s[cursor..<partPlace.range.lowerBound]
                if between.contains(where: { $0 == "\n" || SentenceBoundary.isSentenceEnd($0) }) { break }
                parts.append(part)
                cursor = partPlace.range.upperBound
            }
            if !parts.isEmpty { result.append(StatementGroup(kind: .ofWhich, total: total, parts: parts)) }
        }
        return result
    }

    /// The first of `words` found in `s[from..<to]` before a line break: its offset and length.
    private func firstWord(_ words: [String], in s: [Unicode.Scalar], from: Int, to: Int) -> (Int, Int)? {
        let patterns = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        var index = from
        while index < to, s[index] != "\n" {
            for pattern in patterns where index + pattern.count <= s.count && Array(s[index..<(index + pattern.count)]) == pattern {
                return (index, pattern.count)
            }
            index += 1
        }
        return nil
    }

    /// Numbered lists and the statement that leads the paragraph before each.
    private func listGroups(_ candidates: [Int]) -> [StatementGroup] {
        struct Item {
            var statement: Int
            var number: Int
            var view: Int
            var line: Range<Int>
            var lastLine: Range<Int>
        }
        var items: [Item] = []
        for index in candidates {
            guard let place = places[index] else { continue }
            let view = views[place.view]
            let line = view.line(at: place.range.lowerBound)
            if let last = items.last, last.view == place.view, last.line == line { continue }
            guard let number = Self.enumerator(view.scalars[line.lowerBound..<place.range.lowerBound]) else { continue }
            let lastLine = view.line(at: max(place.range.lowerBound, place.range.upperBound - 1))
            items.append(Item(statement: index, number: number, view: place.view, line: line, lastLine: lastLine))
        }
        var result: [StatementGroup] = []
        var run: [Item] = []
        func close() {
            defer { run = [] }
            guard let first = run.first, first.number == 1, first.line.lowerBound > 0 else { return }
            let view = views[first.view]
            let before = view.line(at: first.line.lowerBound - 1)
            let itemStatements = Set(run.map(\.statement))
            guard let total = candidates.first(where: { index in
                guard let place = places[index], place.view == first.view, !itemStatements.contains(index) else { return false }
                return before.contains(place.range.lowerBound)
            }) else { return }
            result.append(StatementGroup(kind: .list, total: total, parts: run.map(\.statement)))
        }
        for item in items {
            if let last = run.last, last.view == item.view, item.line.lowerBound == last.lastLine.upperBound + 1,
               item.number == last.number + 1 {
                run.append(item)
            } else {
                close()
                run = [item]
            }
        }
        close()
        return result
    }

    /// The number of an enumerator that is all of `prefix` (the text of a line before its first
    /// statement): `1、`, `- 2、`, `3:`, `（4）`, `五、`; `nil` for anything else.
    static func enumerator(_ prefix: ArraySlice<Unicode.Scalar>) -> Int? {
        var s = prefix.filter { $0 != " " && $0 != "\t" }[...]
        if let first = s.first, "-*•·●○■□▪".unicodeScalars.contains(first) { s = s.dropFirst() }
        var bracketed = false
        if let first = s.first, first == "(" || first == "（" {
            bracketed = true
            s = s.dropFirst()
        }
        guard let last = s.last else { return nil }
        if bracketed {
            guard last == ")" || last == "）" else { return nil }
        } else {
            guard "、.．:：)）".unicodeScalars.contains(last) else { return nil }
        }
        let numeral = s.dropLast()
        guard !numeral.isEmpty, numeral.count <= 4 else { return nil }
        if numeral.allSatisfy({ ("0"..."9").contains($0) }) { return Int(String(scalars: numeral)) }
        return chineseNumber(numeral)
    }

    /// 一 … 九十九 as a number.
    private static func chineseNumber(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var total = 0, current = 0
        for c in s {
            if let d = digits[c] {
                current = d
            } else if c == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else {
                return nil
            }
        }
        let value = total + current
        return value > 0 ? value : nil
    }
}
