import ZhModel
import ZhOutput
import ZhRecords

/// One worker thread's side of the ``OrderedOutput``: hands over each chunk's records, formatted
/// into bytes on this thread first when the printer takes formatted bytes, so that the printer's
/// formatting work runs in parallel and only copying the bytes is serial.
struct WorkerOutput: ~Copyable {
    private let output: OrderedOutput
    /// This worker's own formatter; `nil` when the printer takes records.
    private var formatter: (any RecordFormatter)?
    /// The bytes of the chunk being handed over, reused from chunk to chunk.
    private var bytes = ByteBuffer(capacity: 1 << 16)

    /// The side of `output` for a worker that formats with `formatter` (from
    /// ``OrderedOutput/makeFormatter()``), or hands over records when it is `nil`.
    init(_ output: OrderedOutput, formatter: (any RecordFormatter)?) {
        self.output = output
        self.formatter = formatter
    }

    /// The bytes `records` format to, for a chunk that another worker will hand over; `nil`
    /// when the printer takes records.
    mutating func formatted(_ records: [Record]) -> [UInt8]? {
        guard formatter != nil else { return nil }
        formatIntoBuffer(records)
        return Array(bytes.bytes)
    }

    /// Hands over the records of one chunk of document `index`, in order, with the bytes they
    /// format to when ``formatted(_:)`` made them already; `false` if the output failed and work
    /// should stop.
    mutating func emit(_ records: [Record], formatted: [UInt8]?, for index: Int) -> Bool {
        guard formatter != nil else { return output.emit(records, for: index) }
        if let formatted {
            return formatted.withUnsafeBufferPointer { output.emit(records, formatted: $0, for: index) }
        }
        formatIntoBuffer(records)
        return output.emit(records, formatted: bytes.bytes, for: index)
    }

    /// Formats `records` into the reused buffer, replacing what it held.
    private mutating func formatIntoBuffer(_ records: [Record]) {
        bytes.removeAll()
        formatter?.format(records, into: &bytes)
    }
}
