import ZhModel

/// The bytes every output line of one document starts with (the schema and the document's path,
/// escaped), written once per run of records of one document rather than once per record.
enum DocumentPrefix {
    /// Calls `body` with the index of each record of `records` and the prefix of its document,
    /// written by `write` once per run of records of one document (usually all of them): records
    /// of one document share their path string, so telling runs apart is one comparison.
    static func forEachRecord(in records: [Record], writtenBy write: (String, inout ByteBuffer) -> Void,
                              _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        guard !records.isEmpty else { return }
        var prefix = ByteBuffer()
        var index = records.startIndex
        while index < records.endIndex {
            let doc = records[index].doc
            prefix.removeAll()
            write(doc, &prefix)
            let start = prefix.bytes
            repeat {
                body(index, start)
                index += 1
            } while index < records.endIndex && records[index].doc == doc
        }
    }
}
