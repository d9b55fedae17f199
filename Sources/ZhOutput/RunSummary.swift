import Foundation
import ZhModel

/// The totals of a run: documents read, failed and skipped, bytes, records by type, time.
public struct RunSummary: Sendable {
    /// When the run started.
    public var started: Date
    /// When the last document was written.
    public var finished: Date
    /// Documents read.
    public var filesRead = 0
    /// Documents that could not be read or decoded.
    public var filesFailed = 0
    /// Documents skipped as binary.
    public var filesSkipped = 0
    /// Bytes of the documents read.
    public var bytes = 0
    /// Records written, by type.
    public var recordsByType: [RecordType: Int] = [:]

    /// Empty totals for a run that started at `started`.
    public init(started: Date) {
        self.started = started
        self.finished = started
    }

    /// All records written.
    public var records: Int { recordsByType.values.reduce(0, +) }

    /// Adds the outcome of one document.
    public mutating func count(_ report: DocumentReport) {
        switch report.status {
        case .read: filesRead += 1
        case .failed: filesFailed += 1
        case .skipped: filesSkipped += 1
        }
        bytes += report.bytes
    }

    /// Adds written records to the per-type counts.
    public mutating func count(_ records: [Record]) {
        // Tallied by type ordinal, with no hashing per record, then added up once per type; by
        // index, reading one field of each record rather than copying the records.
        var tally = [Int](repeating: 0, count: RecordType.ordered.count)
        for index in records.indices { tally[records[index].type.ordinal] += 1 }
        for (type, count) in zip(RecordType.ordered, tally) where count > 0 { recordsByType[type, default: 0] += count }
    }
}
