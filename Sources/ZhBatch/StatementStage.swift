import ZhModel
import ZhStatements

/// The statement stage of `zhx audit` and `zhx panel`: runs another extractor (the record
/// extractor) through the batch engine, keeps what each document's statements need, and once
/// the document is read through gives what its statements make (findings, panel rows) instead
/// of its records.
///
/// Why a stage rather than a printer that collects a document's records: the audit needs the
/// text around the statements as well as the statements (the `其中` after a total, the
/// enumerators of a numbered list, a table's header), which only the extractor sees; and as the
/// engine's document stage (``DocumentExtractor/finish(context:)``) the audit runs on the
/// workers, in parallel, while the output stays in input order. Chunks are drafted as the base
/// extractor drafts them; settling a chunk hands its records and its text to the document's
/// ``ZhStatements/StatementCollector``, which keeps only the statements, what lies inside them,
/// the opening, and the lines around each statement, so a big document costs memory in
/// proportion to its statements. The chunks give no records of their own.
public struct StatementStage<Base: DocumentExtractor>: DocumentExtractor {
    /// The extractor whose records the statements are read from.
    public let base: Base
    public let reader: StatementReader
    /// What a document's statements give (a finding or a panel row per record).
    private let output: @Sendable (StatementDocument) -> [Record]

    /// A stage over `base` whose documents give `output(statements)`.
    public init(base: Base, reader: StatementReader, output: @escaping @Sendable (StatementDocument) -> [Record]) {
        self.base = base
        self.reader = reader
        self.output = output
    }

    /// The base extractor's context, and what is kept of the document so far.
    public struct Context {
        var base: Base.Context
        var collector = StatementCollector()
    }

    /// The base extractor's draft with the chunk's text.
    public struct Draft: Sendable {
        var base: Base.Draft
        var text: [Unicode.Scalar]
        var startOffset: Int
    }

    public func makeWorker() -> Base.Worker { base.makeWorker() }

    public func makeContext(doc: String) -> Context { Context(base: base.makeContext(doc: doc)) }

    public func draft(_ chunk: DecodedChunk, doc: String, worker: inout Base.Worker) -> Draft {
        Draft(base: base.draft(chunk, doc: doc, worker: &worker), text: chunk.text.scalars, startOffset: chunk.startOffset)
    }

    /// Chunks give no records: the document's come at its end.
    public func records(of draft: Draft) -> [Record] { [] }

    public func settle(_ draft: Draft, context: inout Context, worker: inout Base.Worker) -> [Record]? {
        let records = base.settle(draft.base, context: &context.base, worker: &worker) ?? base.records(of: draft.base)
        context.collector.add(records, text: draft.text, startOffset: draft.startOffset)
        return nil
    }

    public func finish(context: inout Context) -> [Record] {
        context.collector.add(base.finish(context: &context.base))
        return output(reader.read(records: context.collector.records, text: context.collector.text))
    }
}
