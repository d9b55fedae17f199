import ZhOutput

/// One document in progress in the batch engine: its chunks still to read, the drafts waiting
/// to be settled in order, and its context. Guarded by the ``DocumentQueue``'s lock, except where
/// a member says which worker alone uses it.
final class DocumentWork<Extractor: DocumentExtractor>: @unchecked Sendable {
    /// A drafted chunk waiting for its turn to be settled.
    struct Drafted: Sendable {
        /// The chunk's place in the document, from 0.
        var sequence: Int
        var draft: Extractor.Draft
        /// The chunk's size in the input.
        var byteCount: Int
        /// The draft's records already formatted, when the printer formats and the worker that
        /// drafted the chunk could not settle it at once.
        var formatted: [UInt8]?
    }

    /// The document's place in the input order.
    let index: Int
    /// The document's path.
    let path: String
    /// The document's chunks; used only by the worker that set ``reading``. Opened by the first.
    var chunks: DocumentChunks?
    /// A worker is opening the document or reading its next chunk.
    var reading = false
    /// No chunk is left to hand out; ``report`` is final but for its record count.
    var ended = false
    /// Chunks handed out so far.
    var handedOut = 0
    /// Drafts handed back before their turn, by sequence.
    var drafted: [Int: Drafted] = [:]
    /// Chunks settled so far: the sequence of the next one to settle.
    var settled = 0
    /// A worker is settling chunks (it has the turn).
    var settling = false
    /// What the chunks settled so far established; used only by the worker that has the turn.
    var context: Extractor.Context
    /// Records of the chunks settled so far; used only by the worker that has the turn.
    var records = 0
    /// The document's outcome, once ``ended``.
    var report: DocumentReport?

    /// A document about to be opened, with a fresh context.
    init(index: Int, path: String, context: Extractor.Context) {
        self.index = index
        self.path = path
        self.context = context
    }

    /// Whether a worker reading the document is opening it: no chunk has been handed out yet
    /// (opening checks a big file whole; reading a later chunk is short).
    var isBeingOpened: Bool { reading && handedOut == 0 }

    /// Whether every chunk handed out has been settled: with ``ended``, the document is done.
    var isSettled: Bool { settled == handedOut }
}
