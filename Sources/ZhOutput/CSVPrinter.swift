import Foundation
import ZhRecords

/// Prints records as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled). A header row names the columns of ``RecordColumns``;
/// numbers are written in exact decimal notation.
public final class CSVPrinter: RecordPrinter {
    private let writer: ByteWriter

    /// A printer writing to `writer`.
    public init(writer: ByteWriter) {
        self.writer = writer
    }

    public func begin(_ run: RunInfo) throws(OutputError) {
        let header = RecordColumns.common + RecordColumns.typeSpecific + [RecordColumns.extra]
        try writer.write(header.map(Self.field).joined(separator: ",") + "\r\n")
    }

    public func write(_ records: [Record]) throws(OutputError) {
        for record in records {
            let common = [String(Record.schemaVersion), record.doc, record.type.rawValue, record.text,
                          String(record.start), String(record.end), String(record.line), record.pattern]
            let (values, extra) = RecordColumns.cells(of: record)
            let specific = values.map { $0.map(RecordColumns.text(of:)) ?? "" }
            let row = (common + specific + [extra ?? ""]).map(Self.field).joined(separator: ",")
            try writer.write(row + "\r\n")
        }
    }

    public func endDocument(_ report: DocumentReport) throws(OutputError) {}

    public func finish(_ summary: RunSummary) throws(OutputError) {
        try writer.flush()
    }

    /// `text` as one CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
