import ZhModel
import ZhText

/// A metric statement of a report, read for the audit and the panel: the metric record, the
/// written form of each of its figures, and its period and region.
public struct Statement: Sendable {
    /// The `metric` record.
    public var record: Record
    /// The subject as written.
    public var subject: String
    /// The subject normalized (``StatementWords/normalize(_:)``): what repeats are keyed on.
    public var key: String
    /// The figures of the fields the record has, in the contract's field order.
    public var figures: [WrittenFigure]
    /// The period the figures are for: the record's `period` resolved against the year the report
    /// is about (`上年` → 2022, `--H1` → `2023-H1`), else that year; `nil` when neither is known.
    public var period: String?
    /// The record's own `region` (a code, or a name where there is none).
    public var region: String?

    /// The figure of `field`, if the record has the field.
    public func figure(_ field: MetricField) -> WrittenFigure? {
        figures.first { $0.field == field }
    }
}

/// Statements that a report presents as the parts of a total.
public struct StatementGroup: Sendable, Hashable {
    /// How the report presents the parts.
    public enum Kind: String, Sendable {
        /// After the total, introduced by `其中` (``StatementWords``, list `part-intro`).
        case ofWhich
        /// A numbered list (`1、…`, `2：…`) right after the paragraph the total leads.
        case list
    }

    public var kind: Kind
    /// Index of the total in ``StatementDocument/statements``.
    public var total: Int
    /// Indices of the parts, in order.
    public var parts: [Int]
}

/// A table whose rows are statements (one row per division, as in a final-accounts report's
/// table by county), with its columns read from its header.
public struct StatementTable: Sendable {
    /// What a column holds, from the words of its header (``StatementWords``, lists `column-…`).
    public enum Role: String, Sendable {
        case budget, actual, lastYear, completion, change, rank
        /// An amount for part of the period (本月).
        case partial
        /// An amount of no known kind (summed all the same).
        case amount
        /// Neither an amount nor a known rate.
        case other
    }

    /// One column.
    public struct Column: Sendable {
        /// The header cells above it, joined top to bottom, letter-spacing removed (may be empty).
        public var name: String
        public var role: Role
        /// Whether the column's cells add up to the total row's.
        public var isAdditive: Bool {
            switch role {
            case .budget, .actual, .lastYear, .partial, .amount: true
            default: false
            }
        }
    }

    /// A numeric cell.
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var value: ExactDecimal
        /// Half the last place written, in the cell's own unit.
        public var tolerance: ExactDecimal
    }

    /// One row: its statement and its cells after the first (`nil` for an empty or non-numeric
    /// cell), aligned with ``columns``.
    public struct Row: Sendable {
        public var statement: Int
        public var cells: [Cell?]
        public var isSubtotal: Bool
    }

    /// The header's caption words (`一般公共预算收入`), letter-spacing removed: header cells that
    /// span the value columns. For the panel's indicator of the rows.
    public var titles: [String]
    /// The columns after the first (the row names).
    public var columns: [Column]
    public var rows: [Row]
    /// Index in ``rows`` of the row that is the total of the others, if one is.
    public var totalRow: Int?

    /// The column of `role`, if one has it.
    public func column(_ role: Role) -> Int? {
        columns.firstIndex { $0.role == role }
    }
}

/// A document's statements as the audit and the panel read them.
public struct StatementDocument: Sendable {
    /// The document's path, as its records name it.
    public var doc: String
    /// The year the report is about, from its title or opening (`2023年度…决算` → 2023).
    public var year: Int?
    /// The region the report is about: the most specific region its title names, else its
    /// opening.
    public var mainRegion: (code: String?, name: String)?
    /// The metric statements, in order of start.
    public var statements: [Statement]
    /// Totals and their parts (`其中`, numbered lists).
    public var groups: [StatementGroup]
    /// Tables of statements.
    public var tables: [StatementTable]
    /// For each statement, the table holding it as a row: (table, row).
    public var tableRows: [Int: (table: Int, row: Int)]
    /// The names of the region codes the document's region records carry.
    public var regionNames: [String: String]
    /// The region records' texts, normalized: names the document writes for its regions.
    public var regionWords: Set<String>
    /// The text kept for the statements.
    var text: StatementText
    /// The word lists it was read with.
    var words: StatementWords

    /// The group each statement is a part of, if any.
    public var parentOf: [Int: Int] {
        var result: [Int: Int] = [:]
        for group in groups { for part in group.parts where result[part] == nil { result[part] = group.total } }
        return result
    }
}
