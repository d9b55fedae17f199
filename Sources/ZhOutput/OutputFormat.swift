/// The output formats of `zhx extract --format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// JSON Lines, the record contract's format (the default; ``JSONLinesFormatter``).
    case jsonl
    /// CSV with a header row (``CSVFormatter``).
    case csv
    /// A SQLite database (``SQLitePrinter``); needs an output file.
    case sqlite

    /// Whether the format needs `-o FILE` (it cannot go to standard output).
    public var needsFile: Bool { self == .sqlite }

    /// A printer of this format writing to `path`, or to standard output when `path` is `nil` or `-`.
    public func makePrinter(path: String?) throws(OutputError) -> any RecordPrinter {
        let file = path == "-" ? nil : path
        switch self {
        case .jsonl: return BytePrinter(writer: try Self.writer(to: file), formatter: JSONLinesFormatter())
        case .csv: return BytePrinter(writer: try Self.writer(to: file), formatter: CSVFormatter())
        case .sqlite:
            guard let file else { throw OutputError("the sqlite format needs an output file (-o FILE)") }
            return try SQLitePrinter(path: file)
        }
    }

    private static func writer(to file: String?) throws(OutputError) -> ByteWriter {
        guard let file else { return .standardOutput() }
        return try ByteWriter(creating: file)
    }
}
