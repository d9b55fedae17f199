import ZhModel
import ZhText

/// Metric records of the rows of a report's tables: a row names its subject in its first cell
/// (a region, an item) and gives figures in the columns its header names, often over several
/// lines with spaces inside words (`年 度 预 算 数`, `为 年 度 预 算 %`, `增 减 幅`).
///
/// A table is a run of lines with tab-separated cells whose first cell holds Han text and two
/// or more other cells are numbers; its header is the lines of cells right above the first row.
/// A column's label is its header cells joined without spaces, and says what the column holds
/// (lists of `metric.zhp`): `table-completion` (为年度预算%), `table-change` (增减幅), checked
/// first, then `table-budget` and `table-actual`; a `table-rank` column (按进度排队) holds none.
/// Percentages are read as written; amounts only where a money record covers the cell (a
/// declared unit, `单位：万元`). A row gives a metric with at least two figures; its span runs
/// from the first cell to the row's last cell; `region` is the code of the region record its
/// first cell is (if any), `period` the year of the last date before the row that names one as
/// written (a relative date, `上年同期` in a header, is no period of the row).
struct TableMetrics: Sendable {
    private let completion: WordSet
    private let change: WordSet
    private let budget: WordSet
    private let actual: WordSet
    private let rank: WordSet

    init(lists: WordLists) {
        completion = lists["table-completion"]
        change = lists["table-change"]
        budget = lists["table-budget"]
        actual = lists["table-actual"]
        rank = lists["table-rank"]
    }

    /// The metrics of the table rows in `scalars` (the chunk's normalized text), reading the
    /// chunk's `mentions` (in order of start) for amounts, regions and years.
    func metrics(in scalars: [Unicode.Scalar], mentions: [Mention]) -> [Mention] {
        guard scalars.contains("\t") else { return [] }
        let lines = Self.lines(of: scalars)
        let cells = CellMentions(mentions)
        var result: [Mention] = []
        var index = 0
        while index < lines.count {
            guard isRow(lines[index], in: scalars) else { index += 1; continue }
            var headerStart = index
            while headerStart > 0, index - headerStart < 3, lines[headerStart - 1].count >= 2,
                  !isRow(lines[headerStart - 1], in: scalars) { headerStart -= 1 }
            let labels = Self.labels(of: lines[headerStart..<index], in: scalars)
            let roles = labels.map { role(of: $0) }
            while index < lines.count, isRow(lines[index], in: scalars) {
                if let metric = metric(of: lines[index], roles: roles, in: scalars, mentions: cells) { result.append(metric) }
                index += 1
            }
        }
        return result
    }

    private enum Role: String { case completion, change = "change_pct", budget, actual }

    private func role(of label: [Unicode.Scalar]) -> Role? {
        let range = 0..<label.count
        if rank.occurs(in: range, of: label) { return nil }
        if completion.occurs(in: range, of: label) { return .completion }
        if change.occurs(in: range, of: label) { return .change }
        if budget.occurs(in: range, of: label) { return .budget }
        if actual.occurs(in: range, of: label) { return .actual }
        return nil
    }

    /// The mentions a row reads, found by where they start: amounts and regions that fill a
    /// cell, and the years of dates in order.
    private struct CellMentions {
        var byStart: [Int: [Mention]] = [:]
        var years: [(end: Int, year: String)] = []

        init(_ mentions: [Mention]) {
            for mention in mentions {
                switch mention.type {
                case .money, .region:
                    byStart[mention.range.lowerBound, default: []].append(mention)
                case .date where mention["relative"] == nil:
                    if case .string(let value)? = mention["value"], value.count >= 4, value.prefix(4).allSatisfy(\.isNumber) {
                        years.append((mention.range.upperBound, String(value.prefix(4))))
                    }
                default:
                    break
                }
            }
        }

        /// The mention of `type` that is exactly `cell`.
        func filling(_ cell: Range<Int>, type: RecordType) -> Mention? {
            byStart[cell.lowerBound]?.first { $0.type == type && $0.range == cell }
        }

        /// The year of the last dated mention that ends by `position`.
        func year(before position: Int) -> String? {
            var low = 0, high = years.count
            while low < high {
                let mid = (low + high) / 2
                if years[mid].end <= position { low = mid + 1 } else { high = mid }
            }
            return low > 0 ? years[low - 1].year : nil
        }
    }

    private func metric(of cells: [Range<Int>], roles: [Role?], in scalars: [Unicode.Scalar], mentions: CellMentions) -> Mention? {
        var values: [Role: ExactDecimal] = [:]
        for (column, cell) in cells.enumerated().dropFirst() where column < roles.count && !cell.isEmpty {
            guard let role = roles[column], values[role] == nil else { continue }
            switch role {
            case .completion, .change:
                if let number = scalars.withUnsafeBufferPointer({ NumberParser.parse(UnsafeBufferPointer(rebasing: $0[cell])) }) {
                    values[role] = number
                }
            case .budget, .actual:
                if let money = mentions.filling(cell, type: .money), case .number(let value)? = money["value"] {
                    values[role] = value
                }
            }
        }
        guard values.count >= 2, let first = cells.first, let last = cells.last(where: { !$0.isEmpty }) else { return nil }
        let subject = String(String.UnicodeScalarView(scalars[first].filter { $0 != " " }))
        var fields = [Field("subject", .string(subject))]
        for role in [Role.actual, .budget, .completion, .change] {
            if let value = values[role] { fields.append(Field(role.rawValue, .number(value))) }
        }
        if let region = mentions.filling(first, type: .region), case .string(let code)? = region["code"] {
            fields.append(Field("region", .string(code)))
        }
        if let year = mentions.year(before: first.lowerBound) { fields.append(Field("period", .string(year))) }
        return Mention(type: .metric, range: first.lowerBound..<last.upperBound, pattern: "metric.table-row", fields: fields)
    }

    /// Whether `cells` make a table row: Han text first, and two or more numbers after it.
    private func isRow(_ cells: [Range<Int>], in scalars: [Unicode.Scalar]) -> Bool {
        guard cells.count >= 4, let first = cells.first, scalars[first].contains(where: HanCharacter.contains) else { return false }
        let numbers = cells.dropFirst().filter { cell in
            !cell.isEmpty && scalars.withUnsafeBufferPointer { NumberParser.parse(UnsafeBufferPointer(rebasing: $0[cell])) } != nil
        }
        return numbers.count >= 2
    }

    /// The lines of `scalars` as their tab-separated cells (trimmed of spaces); a line without a
    /// tab is one cell.
    private static func lines(of scalars: [Unicode.Scalar]) -> [[Range<Int>]] {
        var lines: [[Range<Int>]] = []
        var cells: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count {
            let end = index == scalars.count || scalars[index] == "\n"
            guard end || scalars[index] == "\t" else { continue }
            var low = start, high = index
            while low < high, scalars[low] == " " { low += 1 }
            while high > low, scalars[high - 1] == " " { high -= 1 }
            cells.append(low..<high)
            start = index + 1
            if end {
                lines.append(cells)
                cells = []
            }
        }
        return lines
    }

    /// The label of each column: its header cells joined, without spaces.
    private static func labels(of header: ArraySlice<[Range<Int>]>, in scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var labels: [[Unicode.Scalar]] = []
        for line in header {
            for (column, cell) in line.enumerated() {
                if labels.count <= column { labels.append([]) }
                labels[column] += scalars[cell].filter { $0 != " " }
            }
        }
        return labels
    }
}
