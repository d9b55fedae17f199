import ZhModel
import Foundation
import ZhOutput
import ZhRecords

/// Hands the chunks of the input documents to the workers and settles what they draft, so that
/// several workers can share one big document as well as take many small ones.
///
/// - ``claim()`` gives out the next chunk of the earliest document that still has chunks to
///   read, opening the next document only when every open one is read through (or is being
///   opened: a big file is checked whole first): the workers gather on the document being
///   written, which keeps output flowing and memory low. At most `window` documents are open at
///   once.
/// - ``settle(_:of:worker:)`` takes a drafted chunk back. Chunks of a document are settled one
///   at a time, in order, by whichever worker holds the document's turn: the one handing back
///   the next chunk due takes the turn and then settles every later chunk already waiting. A
///   worker that cannot settle its chunk at once formats it first, so that formatting stays
///   parallel, and leaves it waiting. A document that is not being written keeps at most
///   `jobs` chunks waiting.
/// - The worker that settles a document's last chunk (or reads it through, when every chunk is
///   settled already) runs the extractor's document stage and finishes the document in the
///   output.
final class DocumentQueue<Extractor: DocumentExtractor>: @unchecked Sendable {
    /// A chunk to draft: which document, its place there, and the chunk.
    struct Job {
        let work: DocumentWork<Extractor>
        let sequence: Int
        let chunk: DecodedChunk
    }

    private let condition = NSCondition()
    private let extractor: Extractor
    private let output: OrderedOutput
    private let observer: any BatchObserver
    private let blockSize: Int
    private let window: Int
    private let waitingLimit: Int
    // Guarded by `condition`.
    private let items: [WalkItem]
    private var nextItem = 0
    /// Documents opened and not finished, in input order.
    private var open: [DocumentWork<Extractor>] = []
    private var stopped = false

    init(items: [WalkItem], extractor: Extractor, output: OrderedOutput, observer: any BatchObserver, options: BatchOptions) {
        self.items = items
        self.extractor = extractor
        self.output = output
        self.observer = observer
        blockSize = options.blockSize
        window = options.window
        waitingLimit = options.jobs
    }

    /// The next chunk to draft, waiting while none can be given out yet; `nil` when every
    /// document has been read through or the output failed.
    func claim(worker: inout WorkerOutput) -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            switch nextStep() {
            case .read(let work):
                if let job = read(work, worker: &worker) { return job }
            case .open:
                openNextDocument(worker: &worker)
            case .wait:
                condition.wait()
            case .done:
                return nil
            }
        }
        return nil
    }

    /// What a claiming worker does next.
    private enum Step {
        /// Read the next chunk of this document.
        case read(DocumentWork<Extractor>)
        /// Open the next document.
        case open
        /// Wait until another worker has done something.
        case wait
        /// Stop: every document has been read through.
        case done
    }

    /// The next step for a claiming worker: the next chunk of the earliest open document that has
    /// chunks left, else a new document. Called with the lock held.
    private func nextStep() -> Step {
        for work in open where !work.ended {
            // Opening checks a big file whole: meanwhile the next document can be opened.
            if work.isBeingOpened { continue }
            // Reading a chunk is short: wait for it.
            if work.reading { return .wait }
            if work !== open.first && work.drafted.count >= waitingLimit { return .wait }
            return .read(work)
        }
        if nextItem < items.count { return open.count < window ? .open : .wait }
        // A document still being opened will have chunks to share.
        return open.contains { !$0.ended } ? .wait : .done
    }

    /// Adds the next document to the open ones (ending it at once if the walk found a problem
    /// with it). Called with the lock held.
    private func openNextDocument(worker: inout WorkerOutput) {
        let item = items[nextItem]
        let work = DocumentWork<Extractor>(index: nextItem, path: item.path, context: extractor.makeContext(doc: item.path))
        nextItem += 1
        open.append(work)
        if let problem = item.problem {
            end(work, DocumentReport(path: item.path, status: .failed, message: problem), worker: &worker)
        }
    }

    /// Reads the next chunk of `work` outside the lock (opening the document first); `nil` when
    /// the document has none left, which ends it. Called and returns with the lock held.
    private func read(_ work: DocumentWork<Extractor>, worker: inout WorkerOutput) -> Job? {
        work.reading = true
        condition.unlock()
        if work.chunks == nil { work.chunks = DocumentChunks(path: work.path, blockSize: blockSize) }
        let chunks = work.chunks!
        let chunk = chunks.next()
        let exhausted = chunks.isExhausted
        condition.lock()
        work.reading = false
        condition.broadcast()
        var job: Job?
        if let chunk {
            job = Job(work: work, sequence: work.handedOut, chunk: chunk)
            work.handedOut += 1
        }
        if chunk == nil || exhausted {
            work.chunks = nil
            end(work, chunks.report, worker: &worker)
        }
        return job
    }

    /// Marks `work` as read through with `report`, finishing it at once if nothing of it is
    /// left to settle and no worker has its turn. Called and returns with the lock held.
    private func end(_ work: DocumentWork<Extractor>, _ report: DocumentReport, worker: inout WorkerOutput) {
        work.ended = true
        work.report = report
        guard work.isSettled, !work.settling else { return }
        work.settling = true
        condition.unlock()
        finish(work, worker: &worker)
        condition.lock()
    }

    /// Takes back the draft of a chunk claimed with ``claim()``: settles it now if it is its
    /// document's turn, otherwise formats it and leaves it for the worker with the turn.
    func settle(_ drafted: DocumentWork<Extractor>.Drafted, of work: DocumentWork<Extractor>, worker: inout WorkerOutput,
                state: inout Extractor.Worker) {
        var drafted = drafted
        condition.lock()
        if !takeTurn(for: drafted.sequence, of: work) {
            condition.unlock()
            drafted.formatted = worker.formatted(extractor.records(of: drafted.draft))
            condition.lock()
            work.drafted[drafted.sequence] = drafted
            guard takeTurn(for: drafted.sequence, of: work) else {
                condition.unlock()
                return
            }
            drafted = work.drafted.removeValue(forKey: drafted.sequence)!
        }
        condition.unlock()
        settleInTurn(from: drafted, of: work, worker: &worker, state: &state)
    }

    /// Takes the turn of `work` if chunk `sequence` is the next one due and nobody has the turn.
    /// Called with the lock held.
    private func takeTurn(for sequence: Int, of work: DocumentWork<Extractor>) -> Bool {
        guard sequence == work.settled, !work.settling else { return false }
        work.settling = true
        return true
    }

    /// With the turn of `work`: settles and writes `first`, then every next chunk already
    /// waiting; finishes the document after its last chunk, otherwise gives the turn up.
    private func settleInTurn(from first: DocumentWork<Extractor>.Drafted, of work: DocumentWork<Extractor>,
                              worker: inout WorkerOutput, state: inout Extractor.Worker) {
        var drafted = first
        while true {
            let written = write(drafted, of: work, worker: &worker, state: &state)
            condition.lock()
            work.settled += 1
            guard written else {
                stopped = true
                condition.broadcast()
                condition.unlock()
                return
            }
            if let next = work.drafted.removeValue(forKey: work.settled) {
                condition.broadcast()
                condition.unlock()
                drafted = next
                continue
            }
            if work.ended && work.isSettled {
                condition.unlock()
                finish(work, worker: &worker)
                return
            }
            work.settling = false
            condition.broadcast()
            condition.unlock()
            return
        }
    }

    /// Settles one chunk with its document's context and hands its records to the output;
    /// `false` if the output failed.
    private func write(_ drafted: DocumentWork<Extractor>.Drafted, of work: DocumentWork<Extractor>,
                       worker: inout WorkerOutput, state: inout Extractor.Worker) -> Bool {
        let records: [Record]
        var formatted: [UInt8]?
        if let changed = extractor.settle(drafted.draft, context: &work.context, worker: &state) {
            records = changed
        } else {
            records = extractor.records(of: drafted.draft)
            formatted = drafted.formatted
        }
        work.records += records.count
        observer.progressed(bytes: drafted.byteCount, records: records.count)
        return worker.emit(records, formatted: formatted, for: work.index)
    }

    /// Finishes `work` in the output (the worker has its turn, and it is read through and
    /// settled): the records of the document stage, then the report; and closes it.
    private func finish(_ work: DocumentWork<Extractor>, worker: inout WorkerOutput) {
        var report = work.report!
        if report.status == .read, output.outputFailure == nil {
            let records = extractor.finish(context: &work.context)
            if !records.isEmpty {
                work.records += records.count
                observer.progressed(bytes: 0, records: records.count)
                _ = worker.emit(records, formatted: nil, for: work.index)
            }
        }
        report.records = work.records
        output.finish(report, for: work.index)
        condition.lock()
        open.removeAll { $0 === work }
        if output.outputFailure != nil { stopped = true }
        condition.broadcast()
        condition.unlock()
    }
}
