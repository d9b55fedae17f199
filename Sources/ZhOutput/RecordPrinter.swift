import ZhModel

/// An output format. The batch engine calls a printer from one thread at a time, in input order:
/// ``begin(_:)`` once, then for each document its records (in one or more ``write(_:)`` calls)
/// followed by ``endDocument(_:)``, and ``finish(_:)`` once at the end.
public protocol RecordPrinter: AnyObject {
    /// Starts the output (a header row, tables).
    func begin(_ run: RunInfo) throws(OutputError)
    /// Writes records of the current document, in order.
    func write(_ records: [Record]) throws(OutputError)
    /// Ends the current document; also called for documents that failed or were skipped.
    func endDocument(_ report: DocumentReport) throws(OutputError)
    /// Completes the output and flushes it.
    func finish(_ summary: RunSummary) throws(OutputError)
}
