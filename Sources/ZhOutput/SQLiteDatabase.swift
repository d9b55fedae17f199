import CSQLite

/// A SQLite database connection, enough for writing output: run statements, prepare them.
/// Every failure becomes an ``OutputError`` that names the database file.
final class SQLiteDatabase {
    let path: String
    private var handle: OpaquePointer?

    /// Opens (creating if needed) the database at `path`.
    init(path: String) throws(OutputError) {
        self.path = path
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        if sqlite3_open_v2(path, &handle, flags, nil) != SQLITE_OK {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw OutputError("\(path): cannot open database: \(message)")
        }
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters.
    func execute(_ sql: String) throws(OutputError) {
        if sqlite3_exec(handle, sql, nil, nil, nil) != SQLITE_OK { throw error() }
    }

    /// Compiles `sql` once, to be run many times.
    func prepare(_ sql: String) throws(OutputError) -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw error() }
        return SQLiteStatement(database: self, statement: statement)
    }

    /// The rowid of the last inserted row.
    var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The connection's latest error, naming the database.
    func error() -> OutputError {
        OutputError("\(path): \(String(cString: sqlite3_errmsg(handle)))")
    }
}

/// A prepared statement: bind parameters (1-based), run, reset for the next row.
final class SQLiteStatement {
    private let database: SQLiteDatabase
    private let statement: OpaquePointer
    /// Tells SQLite to copy bound text (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    fileprivate init(database: SQLiteDatabase, statement: OpaquePointer) {
        self.database = database
        self.statement = statement
    }

    deinit {
        sqlite3_finalize(statement)
    }

    func bind(_ index: Int32, _ text: String?) {
        guard let text else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_text(statement, index, text, -1, Self.transient)
    }

    func bind(_ index: Int32, _ integer: Int?) {
        guard let integer else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_int64(statement, index, Int64(integer))
    }

    /// Runs the statement with the bound parameters, then clears it for the next use.
    func run() throws(OutputError) {
        let code = sqlite3_step(statement)
        let failure = code == SQLITE_DONE ? nil : database.error()
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        if let failure { throw failure }
    }
}
