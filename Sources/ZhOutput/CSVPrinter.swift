import ZhRecords

/// Prints records as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled). A header row names the columns of ``RecordColumns``;
/// numbers are written in exact decimal notation.
///
/// Rows are written as bytes straight into the output buffer; the columns every row of a document
/// starts with (schema and path) are written once per document.
public final class CSVPrinter: RecordPrinter {
    private let writer: ByteWriter
    private var prefix = DocumentPrefix(CSVPrinter.writePrefix(doc:to:))
    /// Room for a cell that is not a string, before it is quoted.
    private var scratch = ByteBuffer()
    private var fieldColumns = FieldColumns()

    /// A printer writing to `writer`.
    public init(writer: ByteWriter) {
        self.writer = writer
    }

    public func begin(_ run: RunInfo) throws(OutputError) {
        let header = RecordColumns.common + RecordColumns.typeSpecific + [RecordColumns.extra]
        try writer.write(header.map(Self.field).joined(separator: ",") + "\r\n")
    }

    public func write(_ records: [Record]) throws(OutputError) {
        try writer.append { out in
            prefix.forEachRecord(in: records) { index, start in writeRow(records[index], after: start, to: &out) }
        }
    }

    public func endDocument(_ report: DocumentReport) throws(OutputError) {}

    public func finish(_ summary: RunSummary) throws(OutputError) {
        try writer.flush()
    }

    /// Writes the row of `record`: the common columns (starting with its document's prefix
    /// `start`, from ``writePrefix(doc:to:)``), the type-specific ones, `extra`, CRLF.
    private func writeRow(_ record: Record, after start: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        out.reserve(start.count + 8 + 3 * ByteBuffer.maxIntegerLength + record.type.rawValue.utf8.count)
        out.put(start)
        out.put(raw: record.type.rawValue)
        out.put(UInt8(ascii: ","))
        Self.putField(record.text, to: &out)
        out.put(UInt8(ascii: ","))
        out.put(record.start)
        out.put(UInt8(ascii: ","))
        out.put(record.end)
        out.put(UInt8(ascii: ","))
        out.put(record.line)
        out.put(UInt8(ascii: ","))
        Self.putField(record.pattern, to: &out)
        let columns = RecordColumns.typeSpecific.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: columns) { fieldAt in
            // The index in `record.fields` of each column's field (a later duplicate wins), or -1.
            fieldAt.initialize(repeating: -1)
            var unknown = false
            for (index, column) in fieldColumns.columns(of: record).enumerated() {
                if column >= 0 { fieldAt[column] = index } else { unknown = true }
            }
            for column in 0..<columns {
                out.reserve(1)
                out.put(UInt8(ascii: ","))
                if fieldAt[column] >= 0 { putCell(record.fields[fieldAt[column]].value, to: &out) }
            }
            out.reserve(1)
            out.put(UInt8(ascii: ","))
            if unknown {
                scratch.removeAll()
                RecordColumns.writeExtra(record.fields.lazy.filter { RecordColumns.column(of: $0.key) == nil }, to: &scratch)
                Self.putField(scratch.bytes, to: &out)
            }
        }
        out.reserve(2)
        out.put("\r\n")
    }

    /// Writes one type-specific cell: the value's ``RecordColumns/text(of:)``, quoted if need be.
    private func putCell(_ value: FieldValue, to out: inout ByteBuffer) {
        if case .string(let s) = value {
            Self.putField(s, to: &out)
        } else {
            scratch.removeAll()
            RecordColumns.writeText(of: value, to: &scratch)
            Self.putField(scratch.bytes, to: &out)
        }
    }

    /// Writes the columns every row of document `doc` starts with: the schema and the path.
    static func writePrefix(doc: String, to out: inout ByteBuffer) {
        out.reserve(2 + ByteBuffer.maxIntegerLength)
        out.put(Record.schemaVersion)
        out.put(UInt8(ascii: ","))
        putField(doc, to: &out)
        out.reserve(1)
        out.put(UInt8(ascii: ","))
    }

    /// `text` as one CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        var out = ByteBuffer()
        putField(text, to: &out)
        return out.string
    }

    /// Writes `text` as one CSV field, reserving its room.
    static func putField(_ text: String, to out: inout ByteBuffer) {
        text.withUTF8Bytes { putField($0, to: &out) }
    }

    /// Writes UTF-8 `bytes` as one CSV field, quoted when they hold a comma, a quote or a line
    /// break, reserving its room.
    static func putField(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            out.reserve(bytes.count)
            out.put(bytes)
            return
        }
        out.reserve(2 * bytes.count + 2)
        out.put(UInt8(ascii: "\""))
        for byte in bytes {
            out.put(byte)
            if byte == 0x22 { out.put(byte) }
        }
        out.put(UInt8(ascii: "\""))
    }
}
