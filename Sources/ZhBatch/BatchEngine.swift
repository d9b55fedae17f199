import Foundation
import ZhOutput
import ZhRecords

/// Runs an extractor over many documents: `jobs` worker threads each take the next document,
/// read it in chunks (``DocumentReader``) and extract records chunk by chunk with one context per
/// document; an ``OrderedOutput`` hands the output to the printer in input order, so it is the same
/// for any number of jobs. With a ``FormattingPrinter`` (JSON Lines, CSV) each worker also formats
/// its records into bytes, so only copying ready bytes to the output is done one thread at a time.
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
        let output = OrderedOutput(printer: printer, observer: observer, total: items.count, window: options.window,
                                   recordLimit: options.recordLimit, byteLimit: options.byteLimit, summary: RunSummary(started: run.started))
        let reader = DocumentReader(blockSize: options.blockSize)
        let workers = DispatchGroup()
        for _ in 0..<min(options.jobs, max(1, items.count)) {
            workers.enter()
            let formatter = output.makeFormatter()
            let thread = Thread { [extractor] in
                var worker = WorkerOutput(output, formatter: formatter)
                while let index = output.claim() {
                    let report = Self.process(items[index], with: extractor, reader: reader, output: &worker,
                                              index: index, observer: observer)
                    output.finish(report, for: index)
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

    /// Reads and extracts one document, sending its records to `output`.
    private static func process(_ item: WalkItem, with extractor: Extractor, reader: DocumentReader, output: inout WorkerOutput,
                                index: Int, observer: any BatchObserver) -> DocumentReport {
        if let problem = item.problem { return DocumentReport(path: item.path, status: .failed, message: problem) }
        var context = extractor.makeContext(doc: item.path)
        var records = 0
        var report = reader.read(item.path) { chunk in
            let found = extractor.records(in: chunk.text, doc: item.path, startOffset: chunk.startOffset,
                                          startLine: chunk.startLine, context: &context)
            records += found.count
            observer.progressed(bytes: chunk.byteCount, records: found.count)
            return output.emit(found, for: index)
        }
        report.records = records
        return report
    }
}
