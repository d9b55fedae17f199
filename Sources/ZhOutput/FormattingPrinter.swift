/// A printer whose output for records is bytes that a ``RecordFormatter`` makes without the
/// printer, so that the batch engine can format each document's records on its worker threads,
/// in parallel, and hand the printer only the ready bytes, in input order.
///
/// For the same records, ``RecordPrinter/write(_:)`` and ``write(formatted:)`` of what the
/// printer's formatter made of them write the same bytes; the calling rules of ``RecordPrinter``
/// hold for both (one thread at a time, a document's output before its ``RecordPrinter/endDocument(_:)``).
public protocol FormattingPrinter: RecordPrinter {
    /// A new formatter of this printer's format, for one thread to use.
    func makeFormatter() -> any RecordFormatter
    /// Writes bytes that a formatter from ``makeFormatter()`` made of records of the current
    /// document, in order.
    func write(formatted bytes: UnsafeBufferPointer<UInt8>) throws(OutputError)
}
