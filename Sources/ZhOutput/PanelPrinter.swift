import Foundation
import ZhModel

/// Writes the panel of `zhx panel`: the rows (``ZhModel/PanelRow``) the statement stage gives
/// for each document, carried as records, in input order.
///
/// - CSV (RFC 4180, CRLF, a header row naming ``ZhModel/PanelRow/columns``; numbers in exact
///   decimal notation).
/// - SQLite: the table `panel` with those columns (`value` NUMERIC, `line` INTEGER; indexed by
///   indicator and by region), and for each indicator named in it a wide view of that name
///   (`SELECT * FROM "一般公共预算收入"`): one row per region and period (`region_code`, `region`,
///   `period`), a column per field (`actual`, `budget`, `completion`, `change_pct`,
///   `change_amount`, `share`) holding the first value stated (in input order).
public final class PanelPrinter: RecordPrinter {
    /// The output formats of a panel.
    public enum Format: String, Sendable {
        case csv, sqlite

        /// The format a file's extension names: `.csv`, or `.db`, `.sqlite`, `.sqlite3`.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "csv": self = .csv
            case "db", "sqlite", "sqlite3": self = .sqlite
            default: return nil
            }
        }
    }

    private let writer: ByteWriter?
    private let database: SQLiteDatabase?
    private let insert: SQLiteStatement?
    /// Indicators met, in order of first appearance (for the views).
    private var indicators: [String] = []
    private var known: Set<String> = []
    private var pendingRows = 0

    /// A printer of `format` to `path` (replaced if it exists); CSV only may go to standard
    /// output (`path` `nil`).
    public init(path: String?, format: Format) throws(OutputError) {
        switch format {
        case .csv:
            writer = try path.map { path throws(OutputError) in try ByteWriter(creating: path) } ?? .standardOutput()
            database = nil
            insert = nil
        case .sqlite:
            guard let path else { throw OutputError("a SQLite panel needs an output file (-o FILE.db)") }
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
            let database = try SQLiteDatabase(path: path)
            try database.execute("""
                CREATE TABLE panel (region_code TEXT, region TEXT, period TEXT, indicator TEXT, field TEXT, value NUMERIC,
                                    unit TEXT, doc TEXT, line INTEGER, subject TEXT);
                """)
            insert = try database.prepare("INSERT INTO panel (\(PanelRow.columns.joined(separator: ", "))) VALUES (\(PanelRow.columns.map { _ in "?" }.joined(separator: ", ")))")
            self.database = database
            writer = nil
        }
    }

    public func begin(_ run: RunInfo) throws(OutputError) {
        if let writer { try writer.write(PanelRow.columns.map(CSVFormatter.field).joined(separator: ",") + "\r\n") }
        try database?.execute("BEGIN")
    }

    public func write(_ records: [Record]) throws(OutputError) {
        for row in records.compactMap(PanelRow.init) {
            if !row.indicator.isEmpty, known.insert(row.indicator).inserted { indicators.append(row.indicator) }
            if let writer {
                try writer.write(row.cells.map(CSVFormatter.field).joined(separator: ",") + "\r\n")
            } else if let insert, let database {
                for (index, cell) in row.cells.enumerated() {
                    if index == 8 { insert.bind(Int32(index + 1), row.line) } else { insert.bind(Int32(index + 1), cell) }
                }
                try insert.run()
                pendingRows += 1
                if pendingRows >= 20_000 {
                    try database.execute("COMMIT; BEGIN")
                    pendingRows = 0
                }
            }
        }
    }

    public func endDocument(_ report: DocumentReport) throws(OutputError) {}

    public func finish(_ summary: RunSummary) throws(OutputError) {
        if let writer { try writer.flush() }
        guard let database else { return }
        try database.execute("COMMIT")
        try database.execute("CREATE INDEX panel_indicator ON panel (indicator, region_code, period); CREATE INDEX panel_region ON panel (region_code, period);")
        for indicator in indicators where indicator.lowercased() != "panel" {
            try database.execute(Self.wideView(indicator))
        }
    }

    /// The wide view of one indicator.
    static func wideView(_ indicator: String) -> String {
        let name = "\"" + indicator.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let literal = "'" + indicator.replacingOccurrences(of: "'", with: "''") + "'"
        let fields = ["actual", "budget", "completion", "change_pct", "change_amount", "share"]
        let columns = fields.map { "MAX(CASE WHEN field = '\($0)' THEN value END) AS \($0)" }.joined(separator: ", ")
        return """
            CREATE VIEW \(name) AS
            SELECT region_code, region, period, \(columns)
            FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY region_code, region, period, field ORDER BY rowid) AS n
                  FROM panel WHERE indicator = \(literal))
            WHERE n = 1
            GROUP BY region_code, region, period
            ORDER BY region_code, region, period;
            """
    }
}
