import Foundation
import ZhRecords

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
        // Tallied by position in `types`, with no hashing per record, then added up once per type.
        var tally = [Int](repeating: 0, count: Self.types.count)
        // By index: reading one field of each record, not copying the records.
        for index in records.indices { tally[Self.types.firstIndex(of: records[index].type)!] += 1 }
        for (type, count) in zip(Self.types, tally) where count > 0 { recordsByType[type, default: 0] += count }
    }

    /// The record types, in a fixed order.
    private static let types = RecordType.allCases
}
