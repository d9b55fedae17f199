import ZhRecords
import ZhText

/// What the batch engine runs on each document: something that turns decoded text into records.
///
/// The engine reads a big document in chunks that end at a line break and calls
/// ``records(in:doc:startOffset:startLine:context:)`` for each chunk, in order, with one
/// ``Context`` per document. Documents are processed on several threads at once, so an extractor
/// must be safe to share (`Sendable`); state for one document lives in its context.
public protocol DocumentExtractor: Sendable {
    associatedtype Context
    /// Fresh per-document state (e.g. a table's declared unit, regions seen so far).
    func makeContext(doc: String) -> Context
    /// Records of one chunk of a document. `text` is a decoded chunk that starts at Unicode-scalar
    /// offset `startOffset` and line `startLine` of the whole document; returned records carry
    /// whole-document offsets and lines. Chunks of one document arrive in order.
    func records(in text: DecodedText, doc: String, startOffset: Int, startLine: Int, context: inout Context) -> [Record]
}
