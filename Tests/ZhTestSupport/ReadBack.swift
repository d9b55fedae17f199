import CSQLite

/// Reads an SQLite database back with plain SQL, every value as text (`NULL` for null): how the
/// tests check what `zhx extract -f sqlite` and the SQLite printer wrote.
public final class ReadBack {
    private var handle: OpaquePointer?

    /// The database could not be opened.
    public struct OpenError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            throw OpenError(description: "cannot open \(path)")
        }
    }

    deinit { sqlite3_close(handle) }

    public func rows(_ sql: String) -> [[String]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            return [["error: " + String(cString: sqlite3_errmsg(handle))]]
        }
        defer { sqlite3_finalize(statement) }
        var result: [[String]] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            result.append((0..<sqlite3_column_count(statement)).map { column in
                sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "NULL"
            })
        }
        return result
    }
}
