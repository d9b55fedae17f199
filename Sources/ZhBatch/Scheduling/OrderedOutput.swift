import ZhModel
import Foundation
import ZhOutput
import ZhRecords

/// The reorder buffer between the workers and the printer: documents are processed in parallel,
/// but their output reaches the printer in input order. Each document's output is handed over
/// in order, one chunk at a time (by whichever worker settles it, see ``DocumentQueue``).
///
/// A worker hands over each chunk's records, formatted into bytes on its own thread when the
/// printer is a ``FormattingPrinter`` (``makeFormatter()``), so that under the lock only ready
/// bytes are copied; for other printers (SQLite) the records themselves are written under the
/// lock, in order.
///
/// The document at the head of the order writes straight through; the others buffer their
/// output until they become the head. A document that has buffered more than `recordLimit`
/// records (`byteLimit` bytes when formatted) waits until it is the head (a big file ahead of it
/// must finish); the ``DocumentQueue`` bounds how many documents are open at once.
final class OrderedOutput: @unchecked Sendable {
    private let condition = NSCondition()
    // Everything below is guarded by `condition`.
    private let printer: any RecordPrinter
    private let formattingPrinter: (any FormattingPrinter)?
    private let observer: any BatchObserver
    private let recordLimit: Int
    private let byteLimit: Int
    private var head = 0
    private var waiting: [Int: Waiting] = [:]
    private var failure: OutputError?
    private(set) var summary: RunSummary

    /// Output of a document behind the head: its records or their bytes so far, how much that is
    /// (records or bytes) and, once done, its report.
    private struct Waiting {
        var records: [[Record]] = []
        var bytes: [UInt8] = []
        var size = 0
        var report: DocumentReport?
    }

    init(printer: any RecordPrinter, observer: any BatchObserver, recordLimit: Int, byteLimit: Int, summary: RunSummary) {
        self.printer = printer
        formattingPrinter = printer as? any FormattingPrinter
        self.observer = observer
        self.recordLimit = recordLimit
        self.byteLimit = byteLimit
        self.summary = summary
    }

    /// A formatter for one worker when the printer takes formatted bytes
    /// (``emit(_:formatted:for:)``); `nil` when it takes records (``emit(_:for:)``).
    func makeFormatter() -> (any RecordFormatter)? {
        condition.lock()
        defer { condition.unlock() }
        return formattingPrinter?.makeFormatter()
    }

    /// Records of document `index`, in order, for a printer that takes records; `false` if the
    /// output failed and work should stop.
    func emit(_ records: [Record], for index: Int) -> Bool {
        emit(records, for: index, size: records.count, limit: recordLimit, keep: { $0.records.append(records) },
             write: { () throws(OutputError) in try printer.write(records) })
    }

    /// Records of document `index`, in order, with the bytes a formatter from ``makeFormatter()``
    /// made of them; `false` if the output failed and work should stop. The bytes are copied
    /// before this returns.
    func emit(_ records: [Record], formatted bytes: UnsafeBufferPointer<UInt8>, for index: Int) -> Bool {
        emit(records, for: index, size: bytes.count, limit: byteLimit, keep: { $0.bytes.append(contentsOf: bytes) },
             write: { () throws(OutputError) in try write(formatted: bytes) })
    }

    /// Counts `records` and writes them with `write` if document `index` is the head, or keeps
    /// them with `keep` (`size` more records or bytes), waiting if the document has buffered more
    /// than `limit`.
    private func emit(_ records: [Record], for index: Int, size: Int, limit: Int, keep: (inout Waiting) -> Void,
                      write: () throws(OutputError) -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard failure == nil else { return false }
        summary.count(records)
        if index != head {
            keep(&waiting[index, default: Waiting()])
            waiting[index]!.size += size
            guard waiting[index]!.size > limit else { return true }
            while failure == nil && index != head { condition.wait() }
            // Becoming the head wrote out what was waiting.
            return failure == nil
        }
        guard !records.isEmpty else { return true }
        do throws(OutputError) { try write() } catch { fail(error) }
        return failure == nil
    }

    /// Document `index` is done; writes it and every completed document after it once it is the head.
    func finish(_ report: DocumentReport, for index: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard failure == nil else { return }
        if index != head {
            waiting[index, default: Waiting()].report = report
            return
        }
        end(report)
        // Move the head past every finished document, writing what each one buffered; the new
        // head, if still in progress, has its buffered output written now and writes directly after.
        while failure == nil, let next = waiting.removeValue(forKey: head) {
            writeBuffered(next)
            guard failure == nil, let report = next.report else { break }
            end(report)
        }
        condition.broadcast()
    }

    /// Why the output failed, if it did.
    var outputFailure: OutputError? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Writes what a document buffered while it was behind the head.
    private func writeBuffered(_ buffered: Waiting) {
        do throws(OutputError) {
            for records in buffered.records where !records.isEmpty { try printer.write(records) }
            if !buffered.bytes.isEmpty { try buffered.bytes.withUnsafeBufferPointer { bytes throws(OutputError) in try write(formatted: bytes) } }
        } catch {
            fail(error)
        }
    }

    /// Writes formatted bytes; only called when the printer formats (``makeFormatter()`` is not `nil`).
    private func write(formatted bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        try formattingPrinter?.write(formatted: bytes)
    }

    private func end(_ report: DocumentReport) {
        do throws(OutputError) {
            try printer.endDocument(report)
            summary.count(report)
            observer.finished(report)
            head += 1
        } catch {
            fail(error)
        }
    }

    private func fail(_ error: OutputError) {
        failure = error
        condition.broadcast()
    }
}
