import ZhRecords

/// The bytes every output line of one document starts with (the schema and the document's path,
/// escaped), kept so they are written once per document rather than once per record.
///
/// A printer asks for the prefix of each record's document; records of one document share their
/// path string, so the check is one comparison, and a different path rebuilds the prefix.
struct DocumentPrefix: ~Copyable {
    private var doc: String?
    private var buffer = ByteBuffer()
    private let write: (String, inout ByteBuffer) -> Void

    /// A prefix written by `write` for each new document path.
    init(_ write: @escaping (String, inout ByteBuffer) -> Void) {
        self.write = write
    }

    /// The prefix for `doc`, valid until the next call.
    mutating func bytes(for doc: String) -> UnsafeBufferPointer<UInt8> {
        if doc != self.doc {
            buffer.removeAll()
            write(doc, &buffer)
            self.doc = doc
        }
        return buffer.bytes
    }

    /// Calls `body` with the index of each record of `records` and the prefix of its document,
    /// looked up once per run of records of one document (usually the whole batch).
    mutating func forEachRecord(in records: [Record], _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var index = records.startIndex
        while index < records.endIndex {
            let doc = records[index].doc
            let start = bytes(for: doc)
            repeat {
                body(index, start)
                index += 1
            } while index < records.endIndex && records[index].doc == doc
        }
    }
}
