import ZhModel

/// Prints records in a text format to a ``ByteWriter``: the format's ``RecordFormatter/header``,
/// then what its ``RecordFormatter`` makes of the records. JSON Lines
/// (``JSONLinesFormatter``) and CSV (``CSVFormatter``) are printed this way.
public final class BytePrinter<Formatter: RecordFormatter>: FormattingPrinter {
    private let writer: ByteWriter
    private var formatter: Formatter

    /// A printer of `formatter`'s format writing to `writer`.
    public init(writer: ByteWriter, formatter: Formatter) {
        self.writer = writer
        self.formatter = formatter
    }

    public func begin(_ run: RunInfo) throws(OutputError) {
        try writer.write(formatter.header)
    }

    public func write(_ records: [Record]) throws(OutputError) {
        try writer.append { bytes in formatter.format(records, into: &bytes) }
    }

    public func makeFormatter() -> any RecordFormatter { Formatter() }

    public func write(formatted bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        try writer.write(bytes)
    }

    public func endDocument(_ report: DocumentReport) throws(OutputError) {}

    public func finish(_ summary: RunSummary) throws(OutputError) {
        try writer.flush()
    }
}
