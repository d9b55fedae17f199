import ZhModel
import ZhRecords

/// The record extractor runs in the batch engine: chunks are drafted in parallel, and one
/// ``ExtractionContext`` per document carries what earlier chunks established (a table's
/// declared unit) to the later ones when they are settled.
extension Extractor: DocumentExtractor {
    public func makeContext(doc: String) -> ExtractionContext {
        ExtractionContext()
    }

    public func draft(_ chunk: DecodedChunk, doc: String, worker: inout ExtractionWorker) -> ChunkDraft {
        draft(chunk.text, doc: doc, startOffset: chunk.startOffset, startLine: chunk.startLine, worker: &worker)
    }

    public func records(of draft: ChunkDraft) -> [Record] {
        draft.records
    }
}
