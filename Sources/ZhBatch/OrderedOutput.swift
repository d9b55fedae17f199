import Foundation
import ZhOutput
import ZhRecords

/// The reorder buffer between the workers and the printer: documents are processed in parallel,
/// but their records reach the printer in input order.
///
/// The document at the head of the order writes straight through; the others buffer their
/// records until they become the head. Memory stays bounded two ways: a worker takes a new
/// document only within `window` documents of the head, and a document that has buffered more
/// than `recordLimit` records waits until it is the head (a big file ahead of it must finish).
final class OrderedOutput: @unchecked Sendable {
    private let condition = NSCondition()
    // Everything below is guarded by `condition`.
    private let printer: any RecordPrinter
    private let observer: any BatchObserver
    private let total: Int
    private let window: Int
    private let recordLimit: Int
    private var head = 0
    private var nextToClaim = 0
    private var waiting: [Int: Waiting] = [:]
    private var failure: OutputError?
    private(set) var summary: RunSummary

    /// Output of a document behind the head: records so far and, once done, its report.
    private struct Waiting {
        var records: [[Record]] = []
        var count = 0
        var report: DocumentReport?
    }

    init(printer: any RecordPrinter, observer: any BatchObserver, total: Int, window: Int, recordLimit: Int, summary: RunSummary) {
        self.printer = printer
        self.observer = observer
        self.total = total
        self.window = window
        self.recordLimit = recordLimit
        self.summary = summary
    }

    /// The index of the next document to process, waiting while it is too far ahead of the head;
    /// `nil` when all are taken or the output failed.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while failure == nil && nextToClaim < total && nextToClaim >= head + window { condition.wait() }
        guard failure == nil, nextToClaim < total else { return nil }
        nextToClaim += 1
        return nextToClaim - 1
    }

    /// Records of document `index`, in order; `false` if the output failed and work should stop.
    func emit(_ records: [Record], for index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if index != head {
            waiting[index, default: Waiting()].records.append(records)
            waiting[index]!.count += records.count
            guard waiting[index]!.count > recordLimit else { return failure == nil }
            while failure == nil && index != head { condition.wait() }
            // Becoming the head wrote out what was waiting.
            return failure == nil
        }
        guard failure == nil else { return false }
        write(records)
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
        // head, if still in progress, has its buffered records written now and writes directly after.
        while failure == nil, let next = waiting.removeValue(forKey: head) {
            for records in next.records { write(records) }
            guard let report = next.report else { break }
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

    private func write(_ records: [Record]) {
        guard failure == nil, !records.isEmpty else { return }
        do throws(OutputError) {
            try printer.write(records)
            summary.count(records)
        } catch {
            fail(error)
        }
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
