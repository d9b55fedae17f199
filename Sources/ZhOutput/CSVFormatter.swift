import ZhModel

/// Formats records as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
/// or line break quoted, quotes doubled): a header row naming the columns of ``RecordColumns``,
/// then one row per record, numbers in exact decimal notation.
///
/// Rows are written as bytes straight into the buffer; the columns every row of a document starts
/// with (schema and path) are written once per document, and the columns of the records' field
/// layouts are remembered (``FieldColumns``).
public struct CSVFormatter: RecordFormatter {
    private var fieldColumns = FieldColumns()

    /// A CSV formatter.
    public init() {}

    public mutating func format(_ records: [Record], into bytes: inout ByteBuffer) {
        // Room for a cell that is not a string, before it is quoted.
        var scratch = ByteBuffer()
        DocumentPrefix.forEachRecord(in: records, writtenBy: Self.writePrefix(doc:to:)) { index, start in
            writeRow(records[index], after: start, to: &bytes, scratch: &scratch)
        }
    }

    /// The header row: the names of the columns, CRLF.
    public var header: String {
        (RecordColumns.common + RecordColumns.typeSpecific + [RecordColumns.extra]).map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// Writes the row of `record`: the common columns (starting with its document's prefix
    /// `start`, from ``writePrefix(doc:to:)``), the type-specific ones, `extra`, CRLF.
    private mutating func writeRow(_ record: Record, after start: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer,
                                   scratch: inout ByteBuffer) {
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
        let recordColumns = fieldColumns.columns(of: record)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: columns) { fieldAt in
            // The index in `record.fields` of each column's field (a later duplicate wins), or -1.
            fieldAt.initialize(repeating: -1)
            var unknown = false
            for (index, column) in recordColumns.enumerated() {
                if column >= 0 { fieldAt[column] = index } else { unknown = true }
            }
            for column in 0..<columns {
                out.reserve(1)
                out.put(UInt8(ascii: ","))
                if fieldAt[column] >= 0 { Self.putCell(record.fields[fieldAt[column]].value, to: &out, scratch: &scratch) }
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
    private static func putCell(_ value: FieldValue, to out: inout ByteBuffer, scratch: inout ByteBuffer) {
        if case .string(let s) = value {
            putField(s, to: &out)
        } else {
            scratch.removeAll()
            RecordColumns.writeText(of: value, to: &scratch)
            putField(scratch.bytes, to: &out)
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
