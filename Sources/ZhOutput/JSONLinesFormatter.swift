import ZhModel

/// Formats records as JSON Lines (the contract's format, ``JSONLines``): each record's object on
/// a line of its own; no header.
public struct JSONLinesFormatter: RecordFormatter {
    /// A JSON Lines formatter.
    public init() {}

    public var header: String { "" }

    public func format(_ records: [Record], into bytes: inout ByteBuffer) {
        records.withUnsafeBufferPointer { buffer in
            DocumentPrefix.forEachRecord(in: records, writtenBy: JSONLines.writePrefix(doc:to:)) { index, start in
                JSONLines.append(buffer.baseAddress! + index, after: start, to: &bytes)
                bytes.put(UInt8(ascii: "\n"))
            }
        }
    }
}
