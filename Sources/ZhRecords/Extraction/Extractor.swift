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
/// 3. settle what the mentions leave to the document (``Pending``: the currency of `元`, the
///    year of `上年`, a day's month) with the document's facts (``DocumentFacts``: where it is
///    from, counted by ``DocumentSignals``, and the year its opening names);
/// 4. the sentence stage: the rules that consume those records run over the chunk, a record
///    type a pass (``SentenceStage``), and the rows of tables give metrics (``TableMetrics``);
/// 5. map every mention to the original text's offsets and lines (``RecordMapper``);
/// 6. when the document is finished, the document stage (``finish(context:)``).
///
/// A document may come in chunks: each is drafted on any thread without context
/// (``draft(_:doc:startOffset:startLine:worker:)``, with the facts the chunk gives by itself),
/// then the drafts are settled in order with what the chunks before established
/// (``settle(_:context:worker:)``: a declared table's unit, the document's facts).
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
    /// The words that tell where a document is from.
    private let signals: DocumentSignals
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
        let unknown = patterns.rules.filter { byType[$0.type] == nil && !Self.builtinTypes.contains($0.type) }
        if !unknown.isEmpty {
            throw PatternErrors(unknown.map {
                PatternError(file: $0.file, line: $0.line, column: 1,
                             message: "rule '\($0.id)' has type '\($0.type)', which no resolver handles (known: \((all.map(\.type.rawValue) + Self.builtinTypes).joined(separator: ", ")))")
            })
        }
        ruleStage = MatchStage(patterns: patterns.selecting { !$0.pattern.usesMentions }, resolvers: byType)
        sentenceStage = SentenceStage(patterns: patterns.selecting { $0.pattern.usesMentions }, resolvers: byType)
        tableNotMoney = lists["table-not-money"]
        signals = DocumentSignals(patterns: patterns)
        regions = patterns.rules.contains { $0.type == RecordType.region.rawValue } ? (byType[RecordType.region.rawValue] as? RegionResolver)?.table : nil
        tables = patterns.rules.contains { $0.type == RecordType.metric.rawValue } ? TableMetrics(lists: lists) : nil
    }

    /// The rule type that declares a table's unit (see ``DeclaredTableUnit``).
    static let tableUnitType = "table-unit"
    /// The rule type of text that holds no figure however it looks (a web address, an e-mail
    /// address): a match gives no record, and no other rule's match may overlap it.
    public static let ignoreType = "ignore"
    /// The rule types no resolver handles.
    static let builtinTypes = [tableUnitType, ignoreType]

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
        var pending = found.pending
        let figures = found.declarations.isEmpty ? [] : tableFigures(scalars: scalars, tokens: tokens, declarations: found.declarations,
                                                                     mentions: found.mentions, unit: &openUnit, pending: &pending)
        let mapper = RecordMapper(text: normalized, doc: doc, startOffset: startOffset, startLine: startLine)
        // The facts the chunk gives by itself: where it is from, and (when it starts the
        // document) the year its opening names.
        let evidence = signals.evidence(in: scalars, traditional: normalized.traditionalCount)
        let isFirst = startOffset == 0
        let locale = evidence.locale
        let openingYear = isFirst ? Self.openingYear(of: found.mentions, locale: locale) : nil
        let facts = DocumentFacts(year: openingYear, locale: locale)
        var regions = RegionContext()
        let (records, regionsOpen) = finish(found.mentions, figures, in: scalars, mapper: mapper, facts: facts, pending: pending,
                                            regions: &regions, worker: &worker)
        return ChunkDraft(records: records, ruleMentions: found.mentions, tokens: tokens,
                          declarations: found.declarations, openUnit: openUnit, regionCodes: regions.codes, regionsOpen: regionsOpen,
                          evidence: evidence, isFirst: isFirst, openingYear: openingYear, facts: facts,
                          rulePending: found.pending, pending: pending, mapper: mapper)
    }

    /// The year a document's opening names: that of its first date, within
    /// ``DocumentFacts/openingLength`` scalars of its start, that is a single year, month or day
    /// written with its year (`2023 年度`, `2025年以来`, `2024年11月20日`), not a span or a
    /// relative date.
    static func openingYear(of mentions: [Mention], locale: DocumentLocale) -> Int? {
        let facts = DocumentFacts(locale: locale)
        for mention in mentions {
            guard mention.range.lowerBound < DocumentFacts.openingLength else { break }
            guard mention.type == .date, let settled = facts.settle(mention), settled["relative"] == nil,
                  case .string(let value)? = settled["value"], !value.contains("/") else { continue }
            let scalars = Array(value.unicodeScalars)
            guard scalars.count >= 4, scalars[..<4].allSatisfy({ ("0"..."9").contains($0) }),
                  scalars.count == 4 || scalars[4] == "-", let year = Int(String(value.prefix(4))) else { continue }
            return year
        }
        return nil
    }

    /// Finishes `draft` with `context`, what the chunks before it established, and updates the
    /// context for the chunks after it. Returns the chunk's records when the context changes them
    /// (a table open where the chunk starts, regions named before that settle the chunk's open
    /// ones, the document's facts), `nil` when they are the draft's ``ChunkDraft/records``.
    public func settle(_ draft: ChunkDraft, context: inout ExtractionContext, worker: inout ExtractionWorker) -> [Record]? {
        context.evidence.add(draft.evidence)
        if draft.isFirst { context.year = draft.openingYear }
        let facts = context.facts
        let factsDiffer = draft.pending.settleDifferently(facts, draft.facts)
        guard context.tableUnit != nil || factsDiffer || (draft.regionsOpen && !context.regions.codes.isEmpty) else {
            context.tableUnit = draft.openUnit
            context.regions.codes.formUnion(draft.regionCodes)
            return nil
        }
        let scalars = draft.mapper.text.scalars
        // The rule mentions' own; the table figures note theirs again as they are made.
        var pending = draft.rulePending
        let figures = context.tableUnit == nil && draft.declarations.isEmpty ? [] :
            tableFigures(scalars: scalars, tokens: draft.tokens, declarations: draft.declarations,
                         mentions: draft.ruleMentions, unit: &context.tableUnit, pending: &pending)
        if context.tableUnit == nil { context.tableUnit = draft.openUnit }
        worker.begin()
        return finish(draft.ruleMentions, figures, in: scalars, mapper: draft.mapper, facts: facts, pending: pending,
                      regions: &context.regions, worker: &worker).records
    }

    /// The document stage: what the whole document, once read, adds after its chunks' records.
    /// Extraction itself adds nothing here (its document context is settled chunk by chunk);
    /// the audit and the panel add their findings and rows in the stage that wraps it
    /// (`StatementStage` in ZhBatch).
    public func finish(context: inout ExtractionContext) -> [Record] {
        []
    }

    /// The chunk's records: the rules' `mentions` and the table `figures` (each in order of
    /// start), the open regions settled with `regions` (what the document named before), the
    /// records written in the document's terms settled with its `facts`, what the sentence stage
    /// and the tables make of them, mapped to the original text in order of start (a rule's record
    /// before a figure or a statement that starts at the same place); and whether an open region
    /// was met.
    private func finish(_ mentions: [Mention], _ figures: [Mention], in scalars: [Unicode.Scalar], mapper: RecordMapper,
                        facts: DocumentFacts, pending: PendingKinds, regions context: inout RegionContext,
                        worker: inout ExtractionWorker) -> (records: [Record], regionsOpen: Bool) {
        var all = mentions
        if !figures.isEmpty {
            all += figures
            all.sortByStart()
        }
        let regionsOpen = regions.map { context.settle(&all, table: $0) } ?? false
        var settling = pending.needSettling(with: facts)
        if settling, pending.daysOfMonth { Self.resolveDaysOfMonth(&all, in: scalars) }
        if !sentenceStage.isEmpty || tables != nil {
            // The sentence stage and the tables read settled records.
            if settling {
                all = all.compactMap(facts.settle)
                settling = false
            }
            var statements = sentenceStage.mentions(from: all, in: scalars,
                                                    wordBoundary: { worker.isWordBoundary(at: $0, in: scalars) })
            if let tables { statements += tables.metrics(in: scalars, mentions: all) }
            if !statements.isEmpty {
                all += statements
                all.sortByStart()
            }
        }
        // Mentions are settled as they are mapped: only the few pending ones are copied (an amount
        // in 元 in a mainland document is left as drafted).
        var mapper = mapper
        guard settling else { return (all.map { mapper.record($0) }, regionsOpen) }
        let mainland = facts.locale == .mainland
        var records: [Record] = []
        records.reserveCapacity(all.count)
        for mention in all {
            guard let kind = mention.pending, kind != .localCurrency || !mainland else {
                records.append(mapper.record(mention))
                continue
            }
            var settled = mention
            if facts.settle(&settled) { records.append(mapper.record(settled)) }
        }
        return (records, regionsOpen)
    }

    /// Money mentions for the bare figures of tables whose unit was declared in the chunk or is
    /// `unit`, open where the chunk starts (see ``DeclaredTableUnit``); `unit` becomes the one
    /// open at the chunk's end; a cell a rule's mention (`mentions`, in order of start) covers is
    /// no figure. Asked only when a unit is declared or open.
    private func tableFigures(scalars: [Unicode.Scalar], tokens: [Token], declarations: [(Int, DeclaredTableUnit)],
                              mentions: [Mention], unit open: inout DeclaredTableUnit?, pending: inout PendingKinds) -> [Mention] {
        var result: [Mention] = []
        var waiting = declarations[...]
        var lineStart = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            if let (position, unit) = waiting.first, position < lineEnd || lineEnd == scalars.count {
                // The declaration's own line is a title, not a row.
                open = unit
                waiting.removeFirst()
            } else if var unit = open {
                let (figures, stillOpen) = unit.figures(inLine: lineStart..<lineEnd, of: scalars, tokens: tokens,
                                                        isTaken: { Self.overlaps($0, anyOf: mentions) },
                                                        notMoney: tableNotMoney)
                for (range, value) in figures {
                    result.append(Mention(type: .money, range: range, pattern: unit.ruleID,
                                          fields: [Field("value", .number(value)), Field("currency", .string(unit.currency))],
                                          pending: unit.isLocal ? .localCurrency : nil))
                    if unit.isLocal { pending.note(.localCurrency) }
                }
                open = stillOpen ? unit : nil
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    /// Gives each day written alone (``Pending/dayOfMonth``, value `---DD`) the year and month of
    /// the nearest date before it in the same paragraph that names a month (`3月5日…；15日` →
    /// `--03-15`), and that date's own dependence on the document (`去年12月…20日` is relative
    /// too); a day with no such date, or not in that month, stays pending and gives no record.
    static func resolveDaysOfMonth(_ mentions: inout [Mention], in scalars: [Unicode.Scalar]) {
        // The dates before the day, nearest first, are asked for their month only when a day needs it.
        var dates: [Int] = []
        for index in mentions.indices where mentions[index].type == .date {
            guard mentions[index].pending == .dayOfMonth else {
                dates.append(index)
                continue
            }
            let day = mentions[index]
            guard case .string(let value)? = day["value"], let number = Int(value.dropFirst(3)) else { continue }
            for previous in dates.reversed() {
                let date = mentions[previous]
                guard date.range.upperBound <= day.range.lowerBound,
                      !scalars[date.range.upperBound..<day.range.lowerBound].contains("\n") else { break }
                guard case .string(let dateValue)? = date["value"], let prefix = DateResolver.monthPrefix(of: dateValue) else { continue }
                if let resolved = DateResolver.day(number, of: prefix) {
                    mentions[index].fields = day.fields.map { $0.key == "value" ? Field("value", .string(resolved)) : $0 }
                    mentions[index].pending = date.pending
                    // A relative year's record carries `relative` from its resolver (see DateResolver).
                    if case .relativeYear(_, true)? = date.pending { mentions[index].fields.append(Field("relative", .boolean(true))) }
                }
                break
            }
        }
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
