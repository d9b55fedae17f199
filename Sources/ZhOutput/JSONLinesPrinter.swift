import ZhRecords

/// Prints records as JSON Lines (the contract's format): one object per line.
public final class JSONLinesPrinter: RecordPrinter {
    private let writer: ByteWriter
    private var prefix = DocumentPrefix(JSONLines.writePrefix(doc:to:))

    /// A printer writing to `writer`.
    public init(writer: ByteWriter) {
        self.writer = writer
    }

    public func begin(_ run: RunInfo) throws(OutputError) {}

    public func write(_ records: [Record]) throws(OutputError) {
        try writer.append { bytes in
            prefix.forEachRecord(in: records) { index, start in
                JSONLines.append(records[index], after: start, to: &bytes)
                bytes.put(UInt8(ascii: "\n"))
            }
        }
    }

    public func endDocument(_ report: DocumentReport) throws(OutputError) {}

    public func finish(_ summary: RunSummary) throws(OutputError) {
        try writer.flush()
    }
}
