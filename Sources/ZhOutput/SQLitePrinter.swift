import Foundation
import ZhModel

/// Writes records into a new SQLite database (`--format sqlite -o out.db`), with three tables:
///
/// - `records`: one row per record, the columns of ``RecordColumns``. Every field keeps its exact
///   text (numbers in decimal notation, so `value` is `2317000000` or `100.17`, dates stay
///   `2024-06`); each numeric field also has a `NUMERIC` twin named `<field>_num` (`value_num`)
///   for arithmetic in SQL, filled only when the field holds a number. `year` and `serial` are
///   integers; `figures` is the JSON text of its spans. Indexed by `doc` and by `type`.
/// - `documents`: one row per input document: `path`, `status` (`read`, `failed`, `skipped`),
///   `encoding`, `bytes`, `scalars`, `records`, `error`.
/// - `runs`: the run: `started`, `finished` (ISO 8601), `version`, `arguments` (JSON array),
///   `files`, `failed`, `skipped`, `records`.
///
/// An existing file at the path is replaced, as the other formats replace theirs. Rows are
/// inserted through prepared statements, in one transaction per batch of documents.
public final class SQLitePrinter: RecordPrinter {
    private let database: SQLiteDatabase
    private let insertRecord: SQLiteStatement
    private let insertDocument: SQLiteStatement
    private var runRow: Int64 = 0
    private var pendingRows = 0
    /// Rows (records and documents) written per transaction.
    private static let rowsPerTransaction = 20_000

    /// Creates the database at `path`, replacing any file there, with its tables and indexes.
    public init(path: String) throws(OutputError) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
        database = try SQLiteDatabase(path: path)
        try database.execute(Self.schema)
        let recordColumns = Self.recordColumns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let recordParameters = Array(repeating: "?", count: Self.recordColumns.count).joined(separator: ", ")
        insertRecord = try database.prepare("INSERT INTO records (\(recordColumns)) VALUES (\(recordParameters))")
        insertDocument = try database.prepare(
            "INSERT INTO documents (path, status, encoding, bytes, scalars, records, error) VALUES (?, ?, ?, ?, ?, ?, ?)")
    }

    public func begin(_ run: RunInfo) throws(OutputError) {
        var arguments = "["
        for (index, argument) in run.arguments.enumerated() {
            if index > 0 { arguments += "," }
            JSONLines.appendString(argument, to: &arguments)
        }
        let insertRun = try database.prepare("INSERT INTO runs (started, version, arguments) VALUES (?, ?, ?)")
        insertRun.bind(1, Self.timestamp(run.started))
        insertRun.bind(2, run.version)
        insertRun.bind(3, arguments + "]")
        try insertRun.run()
        runRow = database.lastInsertedRow
        try database.execute("BEGIN")
    }

    public func write(_ records: [Record]) throws(OutputError) {
        for record in records {
            insertRecord.bind(1, Record.schemaVersion)
            insertRecord.bind(2, record.doc)
            insertRecord.bind(3, record.type.rawValue)
            insertRecord.bind(4, record.text)
            insertRecord.bind(5, record.start)
            insertRecord.bind(6, record.end)
            insertRecord.bind(7, record.line)
            insertRecord.bind(8, record.pattern)
            var index: Int32 = 9
            let (values, extra) = RecordColumns.cells(of: record)
            for (name, value) in zip(RecordColumns.typeSpecific, values) {
                insertRecord.bind(index, value.map(RecordColumns.text(of:)))
                index += 1
                guard RecordColumns.numeric.contains(name) else { continue }
                switch value {
                case .number(let n)?: insertRecord.bind(index, n.description)
                case .integer(let i)?: insertRecord.bind(index, i)
                default: insertRecord.bind(index, nil as String?)
                }
                index += 1
            }
            insertRecord.bind(index, extra)
            try insertRecord.run()
        }
        try countRows(records.count)
    }

    public func endDocument(_ report: DocumentReport) throws(OutputError) {
        insertDocument.bind(1, report.path)
        insertDocument.bind(2, report.status.rawValue)
        insertDocument.bind(3, report.encoding)
        insertDocument.bind(4, report.bytes)
        insertDocument.bind(5, report.scalars)
        insertDocument.bind(6, report.records)
        insertDocument.bind(7, report.message)
        try insertDocument.run()
        try countRows(1)
    }

    public func finish(_ summary: RunSummary) throws(OutputError) {
        try database.execute("COMMIT")
        let update = try database.prepare(
            "UPDATE runs SET finished = ?, files = ?, failed = ?, skipped = ?, records = ? WHERE id = ?")
        update.bind(1, Self.timestamp(summary.finished))
        update.bind(2, summary.filesRead + summary.filesFailed + summary.filesSkipped)
        update.bind(3, summary.filesFailed)
        update.bind(4, summary.filesSkipped)
        update.bind(5, summary.records)
        update.bind(6, Int(runRow))
        try update.run()
    }

    /// Commits the open transaction once enough rows are in it, and opens the next.
    private func countRows(_ rows: Int) throws(OutputError) {
        pendingRows += rows
        guard pendingRows >= Self.rowsPerTransaction else { return }
        try database.execute("COMMIT; BEGIN")
        pendingRows = 0
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// The `records` columns after `id`, with their SQL types, in insertion order.
    private static let recordColumns: [(name: String, type: String)] = {
        var columns: [(name: String, type: String)] = [
            ("schema", "INTEGER NOT NULL"), ("doc", "TEXT NOT NULL"), ("type", "TEXT NOT NULL"),
            ("text", "TEXT NOT NULL"), ("start", "INTEGER NOT NULL"), ("end", "INTEGER NOT NULL"),
            ("line", "INTEGER NOT NULL"), ("pattern", "TEXT NOT NULL"),
        ]
        for name in RecordColumns.typeSpecific {
            columns.append((name, name == "year" || name == "serial" ? "INTEGER" : "TEXT"))
            if RecordColumns.numeric.contains(name) { columns.append((name + "_num", "NUMERIC")) }
        }
        columns.append((RecordColumns.extra, "TEXT"))
        return columns
    }()

    private static let schema = """
        CREATE TABLE runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, version TEXT NOT NULL,
            arguments TEXT NOT NULL, files INTEGER, failed INTEGER, skipped INTEGER, records INTEGER);
        CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT NOT NULL, status TEXT NOT NULL, encoding TEXT,
            bytes INTEGER NOT NULL, scalars INTEGER NOT NULL, records INTEGER NOT NULL, error TEXT);
        CREATE TABLE records (id INTEGER PRIMARY KEY, \
        \(recordColumns.map { "\"\($0.name)\" \($0.type)" }.joined(separator: ", ")));
        CREATE INDEX records_doc ON records(doc);
        CREATE INDEX records_type ON records(type);
        """
}
