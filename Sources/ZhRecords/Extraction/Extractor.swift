import ZhModel
import ZhPatterns
import ZhText
import ZhTokens

/// Extracts contract records from a document's text, stage by stage (see `README.md`, "Design"):
///
/// 1. normalize (``ZhText/NormalizedText``: full width, Traditional script, layout breaks) and
///    scan tokens;
/// 2. match the rules that read characters and tokens, and resolve each match into a
///    ``Mention`` with the resolver its rule's type names (``MatchStage``); add the bare figures
///    of tables whose unit was declared (``DeclaredTableUnit``);
/// 3. the sentence stage: the rules that consume those records run over the chunk, a record
///    type a pass (``SentenceStage``), and the rows of tables give metrics (``TableMetrics``);
/// 4. map every mention to the original text's offsets and lines (``RecordMapper``);
/// 5. when the document is finished, the document stage (``finish(context:)``).
///
/// A document may come in chunks: each is drafted on any thread without context
/// (``draft(_:doc:startOffset:startLine:worker:)``), then the drafts are settled in order with what
/// the chunks before established (``settle(_:context:worker:)``).
///
/// Built once (pattern files parsed and compiled) and shared by every thread: it holds no
/// mutable state. Per-document state travels in an ``ExtractionContext``, per-thread state (the
/// word segmenter) in an ``ExtractionWorker``.
public struct Extractor: Sendable {
    /// The loaded pattern files.
    public let patterns: PatternSet
    /// The rules that read characters and tokens.
    private let ruleStage: MatchStage
    /// The rules that consume other rules' records.
    private let sentenceStage: SentenceStage
    /// Column headers that keep a declared table unit off their column.
    private let tableNotMoney: WordSet
    /// The divisions region records name, when a rule makes region records.
    private let regions: RegionTable?
    /// The metrics of table rows, when a rule makes metric records.
    private let tables: TableMetrics?

    /// Builds an extractor for the given pattern set.
    public init(patterns: PatternSet) throws {
        try self.init(patterns: patterns, resolvers: Resolvers.all)
    }

    /// Builds an extractor for `patterns` whose rules name the types of `resolverTypes` (a later
    /// resolver of a type replaces an earlier one).
    init(patterns: PatternSet, resolvers resolverTypes: [any Resolver.Type]) throws {
        self.patterns = patterns
        let lists = WordLists(patterns: patterns)
        let all = resolverTypes.map { $0.init(lists: lists) }
        let byType = Dictionary(all.map { ($0.type.rawValue, $0) }, uniquingKeysWith: { _, last in last })
        let unknown = patterns.rules.filter { byType[$0.type] == nil && $0.type != Self.tableUnitType }
        if !unknown.isEmpty {
            throw PatternErrors(unknown.map {
                PatternError(file: $0.file, line: $0.line, column: 1,
                             message: "rule '\($0.id)' has type '\($0.type)', which no resolver handles (known: \((all.map(\.type.rawValue) + [Self.tableUnitType]).joined(separator: ", ")))")
            })
        }
        ruleStage = MatchStage(patterns: patterns.selecting { !$0.pattern.usesMentions }, resolvers: byType)
        sentenceStage = SentenceStage(patterns: patterns.selecting { $0.pattern.usesMentions }, resolvers: byType)
        tableNotMoney = lists["table-not-money"]
        regions = patterns.rules.contains { $0.type == RecordType.region.rawValue } ? (byType[RecordType.region.rawValue] as? RegionResolver)?.table : nil
        tables = patterns.rules.contains { $0.type == RecordType.metric.rawValue } ? TableMetrics(lists: lists) : nil
    }

    /// The rule type that declares a table's unit (see ``DeclaredTableUnit``).
    static let tableUnitType = "table-unit"

    /// Loads the built-in pattern files (see ``BuiltinPatterns``), then the user's folders on top
    /// of them.
    public static func load(patternDirectories extra: [String] = []) throws -> Extractor {
        try Extractor(patterns: PatternSet.builtin(adding: extra))
    }

    /// The state one thread keeps while extracting (the word segmenter).
    public func makeWorker() -> ExtractionWorker {
        ExtractionWorker()
    }

    /// The records of `text`, a whole document or one chunk of it that starts at scalar offset
    /// `startOffset` and line `startLine` of the document; records carry whole-document offsets.
    public func records(in text: String, doc: String, startOffset: Int = 0, startLine: Int = 1,
                        context: inout ExtractionContext) -> [Record] {
        records(in: DecodedText(text), doc: doc, startOffset: startOffset, startLine: startLine, context: &context)
    }

    /// ``records(in:doc:startOffset:startLine:context:)-(String,_,_,_,_)`` for text already
    /// decoded (the batch engine's files).
    public func records(in text: DecodedText, doc: String, startOffset: Int = 0, startLine: Int = 1,
                        context: inout ExtractionContext) -> [Record] {
        var worker = makeWorker()
        let draft = draft(text, doc: doc, startOffset: startOffset, startLine: startLine, worker: &worker)
        return settle(draft, context: &context, worker: &worker) ?? draft.records
    }

    /// The records of `text`, a chunk of a document that starts at scalar offset `startOffset` and
    /// line `startLine`, as far as they do not depend on the chunks before it: no context is
    /// needed, so the chunks of one document can be drafted in parallel (each thread with its own
    /// `worker`), then settled in order with ``settle(_:context:worker:)``.
    public func draft(_ text: DecodedText, doc: String, startOffset: Int = 0, startLine: Int = 1,
                      worker: inout ExtractionWorker) -> ChunkDraft {
        let normalized = NormalizedText(decoded: text)
        let scalars = normalized.scalars
        let tokens = TokenScanner().scan(scalars)
        worker.begin()
        var found = MatchStage.Found()
        ruleStage.run(on: scalars, tokens: tokens, range: 0..<scalars.count,
                      wordBoundary: { worker.isWordBoundary(at: $0, in: scalars) }, into: &found)
        // Rule matches come in order; a span a resolver narrowed may start before the one ahead.
        found.mentions.sortByStart()
        var openUnit: DeclaredTableUnit?
        let figures = found.declarations.isEmpty ? [] : tableFigures(scalars: scalars, tokens: tokens, declarations: found.declarations,
                                                                     mentions: found.mentions, unit: &openUnit)
        let mapper = RecordMapper(text: normalized, doc: doc, startOffset: startOffset, startLine: startLine)
        var regions = RegionContext()
        let (records, regionsOpen) = finish(found.mentions, figures, in: scalars, mapper: mapper, regions: &regions, worker: &worker)
        return ChunkDraft(records: records, ruleMentions: found.mentions, figures: figures, tokens: tokens,
                          declarations: found.declarations, openUnit: openUnit, regionCodes: regions.codes,
                          regionsOpen: regionsOpen, mapper: mapper)
    }

    /// Finishes `draft` with `context`, what the chunks before it established, and updates the
    /// context for the chunks after it. Returns the chunk's records when the context changes them
    /// (a table open where the chunk starts, regions named before that settle the chunk's open
    /// ones), `nil` when they are the draft's ``ChunkDraft/records``.
    public func settle(_ draft: ChunkDraft, context: inout ExtractionContext, worker: inout ExtractionWorker) -> [Record]? {
        let tableOpen = context.tableUnit != nil
        guard tableOpen || (draft.regionsOpen && !context.regions.codes.isEmpty) else {
            context.tableUnit = draft.openUnit
            context.regions.codes.formUnion(draft.regionCodes)
            return nil
        }
        let scalars = draft.mapper.text.scalars
        var figures = draft.figures
        if tableOpen {
            figures = tableFigures(scalars: scalars, tokens: draft.tokens, declarations: draft.declarations,
                                   mentions: draft.ruleMentions, unit: &context.tableUnit)
        } else {
            context.tableUnit = draft.openUnit
        }
        worker.begin()
        return finish(draft.ruleMentions, figures, in: scalars, mapper: draft.mapper, regions: &context.regions, worker: &worker).records
    }

    /// The document stage: what the whole document, once read, adds after its chunks' records.
    /// No built-in record needs it yet; the statements' audit will.
    public func finish(context: inout ExtractionContext) -> [Record] {
        []
    }

    /// The chunk's records: the rules' `mentions` and the table `figures` (each in order of
    /// start), the open regions settled with `regions` (what the document named before), what the
    /// sentence stage makes of them, mapped to the original text in order of start (a rule's
    /// record before a figure or a statement that starts at the same place); and whether an open
    /// region was met.
    private func finish(_ mentions: [Mention], _ figures: [Mention], in scalars: [Unicode.Scalar], mapper: RecordMapper,
                        regions context: inout RegionContext, worker: inout ExtractionWorker) -> (records: [Record], regionsOpen: Bool) {
        var all = mentions
        if !figures.isEmpty {
            all += figures
            all.sortByStart()
        }
        let regionsOpen = regions.map { context.settle(&all, table: $0) } ?? false
        var statements: [Mention] = []
        if !sentenceStage.isEmpty {
            statements = sentenceStage.mentions(from: all, in: scalars, wordBoundary: { worker.isWordBoundary(at: $0, in: scalars) })
        }
        if let tables { statements += tables.metrics(in: scalars, mentions: all) }
        if !statements.isEmpty {
            all += statements
            all.sortByStart()
        }
        var mapper = mapper
        return (all.map { mapper.record($0) }, regionsOpen)
    }

    /// Money mentions for the bare figures of tables whose unit was declared in the chunk or is
    /// `unit`, open where the chunk starts (see ``DeclaredTableUnit``); `unit` becomes the one
    /// open at the chunk's end; a cell a rule's mention (`mentions`, in order of start) covers is
    /// no figure. Asked only when a unit is declared or open.
    private func tableFigures(scalars: [Unicode.Scalar], tokens: [Token], declarations: [(Int, DeclaredTableUnit)],
                              mentions: [Mention], unit open: inout DeclaredTableUnit?) -> [Mention] {
        var result: [Mention] = []
        var pending = declarations[...]
        var lineStart = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            if let (position, unit) = pending.first, position < lineEnd || lineEnd == scalars.count {
                // The declaration's own line is a title, not a row.
                open = unit
                pending.removeFirst()
            } else if var unit = open {
                let (figures, stillOpen) = unit.figures(inLine: lineStart..<lineEnd, of: scalars, tokens: tokens,
                                                        isTaken: { Self.overlaps($0, anyOf: mentions) },
                                                        notMoney: tableNotMoney)
                for (range, value) in figures {
                    result.append(Mention(type: .money, range: range, pattern: unit.ruleID,
                                          fields: [Field("value", .number(value)), Field("currency", .string(unit.currency))]))
                }
                open = stillOpen ? unit : nil
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    /// Whether `range` overlaps one of `mentions` (in order of start and not overlapping, so their
    /// ends are in order too): a binary search for the first that ends after `range` starts.
    private static func overlaps(_ range: Range<Int>, anyOf mentions: [Mention]) -> Bool {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < mentions.count && mentions[low].range.overlaps(range)
    }
}
