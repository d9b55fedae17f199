import ZhRecords

/// The record extractor runs in the batch engine: one ``ExtractionContext`` per document carries
/// what earlier chunks established (a table's declared unit) to the later ones.
extension Extractor: DocumentExtractor {
    public func makeContext(doc: String) -> ExtractionContext {
        ExtractionContext()
    }
}
