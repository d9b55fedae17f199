import ZhOutput

/// Watches a run: progress as chunks are processed (from any worker thread), and each document's
/// outcome once its output is written (in input order, one call at a time).
public protocol BatchObserver: Sendable {
    /// A chunk of `bytes` input bytes gave `records` records.
    func progressed(bytes: Int, records: Int)
    /// A document's output is complete (or it failed or was skipped).
    func finished(_ report: DocumentReport)
}
