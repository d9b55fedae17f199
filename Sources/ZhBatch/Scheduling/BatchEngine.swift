import Foundation
import ZhOutput
import ZhRecords

/// Runs an extractor over many documents: `jobs` worker threads take chunks from a
/// ``DocumentQueue``, draft their records in parallel (several workers share a big document) and
/// hand them back to be settled in order with one context per document; an ``OrderedOutput``
/// hands the output to the printer in input order, so it is the same for any number of jobs.
/// With a ``FormattingPrinter`` (JSON Lines, CSV) each worker also formats records into bytes,
/// so only copying ready bytes to the output is done one thread at a time.
///
/// A document that cannot be read or decoded is reported (``BatchObserver/finished(_:)``),
/// counted and skipped; the others are unaffected. Only a failing output stops the run.
public struct BatchEngine<Extractor: DocumentExtractor>: Sendable {
    /// The extractor run on every chunk of every document.
    public let extractor: Extractor
    /// Workers, chunk size and buffering limits.
    public var options: BatchOptions

    /// An engine running `extractor` with `options`.
    public init(extractor: Extractor, options: BatchOptions = BatchOptions()) {
        self.extractor = extractor
        self.options = options
    }

    /// Processes `items` in order into `printer` (``RecordPrinter/begin(_:)`` through
    /// ``RecordPrinter/finish(_:)``) and returns the run's totals.
    /// - Throws: the ``OutputError`` that stopped the output.
    public func run(_ items: [WalkItem], into printer: any RecordPrinter, run: RunInfo,
                    observer: any BatchObserver) throws(OutputError) -> RunSummary {
        try printer.begin(run)
        let output = OrderedOutput(printer: printer, observer: observer, recordLimit: options.recordLimit,
                                   byteLimit: options.byteLimit, summary: RunSummary(started: run.started))
        let queue = DocumentQueue(items: items, extractor: extractor, output: output, observer: observer, options: options)
        let workers = DispatchGroup()
        for _ in 0..<options.jobs {
            workers.enter()
            let formatter = output.makeFormatter()
            let thread = Thread { [extractor] in
                var worker = WorkerOutput(output, formatter: formatter)
                var state = extractor.makeWorker()
                while let job = queue.claim(worker: &worker) {
                    let draft = extractor.draft(job.chunk, doc: job.work.path, worker: &state)
                    queue.settle(DocumentWork.Drafted(sequence: job.sequence, draft: draft, byteCount: job.chunk.byteCount),
                                 of: job.work, worker: &worker, state: &state)
                }
                workers.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        workers.wait()
        if let failure = output.outputFailure { throw failure }
        var summary = output.summary
        summary.finished = Date()
        try printer.finish(summary)
        return summary
    }
}
