import ZhPatterns
import ZhText
import ZhTokens

/// A unit a table declares once (`单位：万元`, `（金额单位：亿元）`), applied to the bare figures of
/// the table's rows below it: a data journalist's table of budget lines with no unit on any cell.
///
/// A rule of type `table-unit` (in `Patterns/table.zhp`) finds the declaration; its captures
/// `scale` and `currency` give the unit. From the declaration on, every table row (a line with
/// tab-separated cells, as normalization writes them) is read:
/// - a row with no numeric cell is a header; a column whose header has a word of the
///   `table-not-money` list (`%`, `率`, `幅`, `排`, `序号` …) is left out;
/// - every other cell that is one whole number and holds no record already becomes a `money`
///   record of that unit, with the declaring rule's id as its `pattern`.
/// The declaration ends at the first line of running text after a row (the table is over) or
/// at the next declaration. It carries over to the document's next chunk through
/// ``ExtractionContext``.
struct DeclaredTableUnit: Sendable, Hashable {
    /// The multiplier of the unit (`10000` for 万元).
    var scale: ExactDecimal
    var currency: String
    /// Whether the currency is the document's own (`元`: list value `local`, see ``Pending/localCurrency``).
    var isLocal: Bool
    /// The id of the rule that found the declaration.
    var ruleID: String
    /// Columns left out by the current table's header.
    var excludedColumns: Set<Int> = []
    /// Whether a row has been read since the declaration.
    var sawRow = false

    /// The unit a `table-unit` match declares.
    init?(_ match: MatchView) {
        guard let currency = match.value("currency") else { return nil }
        scale = match.value("scale").flatMap { ExactDecimal($0) } ?? ExactDecimal(1)
        isLocal = currency == MoneyResolver.localCurrency
        self.currency = isLocal ? DocumentLocale.mainland.currency : currency
        ruleID = match.ruleID
    }

    /// The figures of one line (a normalized range) read on from this state; `isTaken` tells a
    /// normalized range a record already covers. Updates the state (a header row sets the
    /// columns left out); `open` is `false` once the line shows the table is over.
    mutating func figures(inLine line: Range<Int>, of scalars: [Unicode.Scalar], tokens: [Token],
                          isTaken: (Range<Int>) -> Bool, notMoney: WordSet) -> (figures: [(Range<Int>, ExactDecimal)], open: Bool) {
        let cells = Self.cells(of: line, in: scalars)
        guard cells.count > 1 else { return ([], !(sawRow && !line.isEmpty)) }
        sawRow = true
        var tokenIndex = Self.firstToken(endingAfter: line.lowerBound, in: tokens)
        var numbers: [(column: Int, range: Range<Int>)] = []
        for (column, cell) in cells.enumerated() where !cell.isEmpty {
            while tokenIndex < tokens.count, tokens[tokenIndex].range.upperBound <= cell.lowerBound { tokenIndex += 1 }
            if tokenIndex < tokens.count, tokens[tokenIndex].kind == .number, tokens[tokenIndex].range == cell {
                numbers.append((column, cell))
            }
        }
        if numbers.isEmpty {
            // A header row: columns of percentages, rates and ranks hold no money.
            excludedColumns = Set(cells.indices.filter { notMoney.occurs(in: cells[$0], of: scalars) })
            return ([], true)
        }
        var figures: [(Range<Int>, ExactDecimal)] = []
        for (column, range) in numbers where !excludedColumns.contains(column) {
            guard !isTaken(range),
                  let value = NumberParser.parse(scalars[range])?.multiplied(by: scale) else { continue }
            figures.append((range, value))
        }
        return (figures, true)
    }

    /// The index of the first token that ends after `offset` (tokens are in order): a binary search.
    private static func firstToken(endingAfter offset: Int, in tokens: [Token]) -> Int {
        var (low, high) = (0, tokens.count)
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The cells of a row, split at tabs, each trimmed of spaces.
    private static func cells(of line: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for i in line where scalars[i] == "\t" {
            cells.append(trimmed(start..<i, scalars))
            start = i + 1
        }
        cells.append(trimmed(start..<line.upperBound, scalars))
        return cells
    }

    private static func trimmed(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
        var (a, b) = (range.lowerBound, range.upperBound)
        while a < b, scalars[a] == " " { a += 1 }
        while b > a, scalars[b - 1] == " " { b -= 1 }
        return a..<b
    }
}
