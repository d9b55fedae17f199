import ZhModel

/// Formats audit findings (records of type ``ZhModel/RecordType/finding``, see
/// ``ZhModel/Finding``) as JSON Lines in the record contract's finding shape: `schema`, `doc`,
/// `type`, `text`, `start`, `end`, `line`, then `check`, `stated`, `computed`, `tolerance` and
/// `message`; no `pattern`. Other records are skipped.
public struct FindingJSONFormatter: RecordFormatter {
    public init() {}

    public var header: String { "" }

    public func format(_ records: [Record], into bytes: inout ByteBuffer) {
        for record in records where record.type == .finding {
            JSONLines.writePrefix(doc: record.doc, to: &bytes)
            bytes.reserve(48 + 3 * ByteBuffer.maxIntegerLength + JSONLines.stringRoom(record.text))
            bytes.put(raw: RecordType.finding.rawValue)
            bytes.put(#"","text":"#)
            JSONLines.putString(record.text, to: &bytes)
            bytes.put(#","start":"#)
            bytes.put(record.start)
            bytes.put(#","end":"#)
            bytes.put(record.end)
            bytes.put(#","line":"#)
            bytes.put(record.line)
            for name in Finding.fieldNames {
                guard let value = record[name] else { continue }
                bytes.reserve(4 + name.utf8.count)
                bytes.put(#",""#)
                bytes.put(raw: name)
                bytes.put(#"":"#)
                JSONLines.appendValue(value, to: &bytes)
            }
            bytes.reserve(2)
            bytes.put(UInt8(ascii: "}"))
            bytes.put(UInt8(ascii: "\n"))
        }
    }
}

/// Prints audit findings as a table for a person at a terminal: per document with findings, its
/// path and count, then one row per finding (line, check, stated, computed, tolerance, message),
/// columns aligned; a closing line counts the findings and the documents audited.
public final class FindingTablePrinter: RecordPrinter {
    private let writer: ByteWriter
    private var pending: [Finding] = []
    private var findings = 0
    private var documentsWithFindings = 0
    private var documents = 0

    public init(writer: ByteWriter) {
        self.writer = writer
    }

    public func begin(_ run: RunInfo) throws(OutputError) {}

    public func write(_ records: [Record]) throws(OutputError) {
        pending += records.compactMap(Finding.init)
    }

    public func endDocument(_ report: DocumentReport) throws(OutputError) {
        if report.status == .read { documents += 1 }
        guard !pending.isEmpty else { return }
        findings += pending.count
        documentsWithFindings += 1
        try writer.write(Self.table(pending, path: report.path))
        pending = []
    }

    public func finish(_ summary: RunSummary) throws(OutputError) {
        let noun = findings == 1 ? "finding" : "findings"
        try writer.write("\(findings) \(noun) in \(documentsWithFindings) of \(documents) \(documents == 1 ? "document" : "documents") audited\n")
        try writer.flush()
    }

    /// The block of one document's findings.
    static func table(_ findings: [Finding], path: String) -> String {
        let header = ["LINE", "CHECK", "STATED", "COMPUTED", "±", "MESSAGE"]
        let rows = findings.map { f in
            [String(f.line), f.check.rawValue, f.stated.description, f.computed.description, f.tolerance.description, f.message]
        }
        let widths = (0..<(header.count - 1)).map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = "  "
            for (column, cell) in cells.enumerated() {
                if column < widths.count {
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    // Numbers to the right, words to the left (the columns before the message are ASCII).
                    text += (column >= 2 ? pad + cell : cell + pad) + "  "
                } else {
                    text += cell
                }
            }
            return text + "\n"
        }
        let noun = findings.count == 1 ? "finding" : "findings"
        return "\(path): \(findings.count) \(noun)\n" + line(header) + rows.map(line).joined() + "\n"
    }
}
