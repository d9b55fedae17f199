import ZhModel
import ZhRecords

/// What the batch engine runs on each document: something that turns decoded text into records.
///
/// The engine reads a big document in chunks that end at a line break. Chunks are drafted
/// (``draft(_:doc:worker:)``) on any worker, several chunks of one document at once, then settled
/// (``settle(_:context:worker:)``) one at a time in order with one ``Context`` per document, which
/// carries what earlier chunks established to the later ones; when a document's last chunk is
/// settled, ``finish(context:)`` adds what the whole document gives. Documents are processed on
/// several threads at once, so an extractor must be safe to share (`Sendable`); state for one
/// document lives in its context, state for one thread (what is not `Sendable`, such as an ICU
/// iterator) in its ``Worker``.
public protocol DocumentExtractor: Sendable {
    /// Per-document state carried from chunk to chunk.
    associatedtype Context
    /// A chunk's records as far as they do not depend on the chunks before it.
    associatedtype Draft: Sendable
    /// Per-thread state, made on the thread that uses it and never shared.
    associatedtype Worker

    /// Fresh state for one worker thread.
    func makeWorker() -> Worker
    /// Fresh per-document state (e.g. a table's declared unit, regions seen so far).
    func makeContext(doc: String) -> Context
    /// The records of one chunk of document `doc` as far as they do not depend on the chunks
    /// before it, with what settling needs. Records carry whole-document offsets and lines
    /// (``DecodedChunk/startOffset``, ``DecodedChunk/startLine``).
    func draft(_ chunk: DecodedChunk, doc: String, worker: inout Worker) -> Draft
    /// The records of `draft` as drafted: the chunk's records when the context it is settled
    /// with changes nothing.
    func records(of draft: Draft) -> [Record]
    /// Settles `draft` with `context`, what the chunks before it established, and updates the
    /// context; called for the chunks of a document one at a time, in order. Returns the chunk's
    /// records when the context changes them, `nil` when they are ``records(of:)``.
    func settle(_ draft: Draft, context: inout Context, worker: inout Worker) -> [Record]?
    /// The document stage: records that the whole document gives once its last chunk is settled
    /// (written after the chunks' records). Not called for a document that failed.
    func finish(context: inout Context) -> [Record]
}
