import ZhModel
import ZhPatterns
import ZhText
import ZhTokens

/// Extracts contract records from a document's text: normalizes it, scans its tokens, runs the
/// pattern rules, resolves each match with the resolver its rule's type names, and maps every
/// record back to the original text's offsets.
///
/// Built once (pattern files parsed and compiled) and shared by every thread: it holds no
/// mutable state. Per-document state travels in an ``ExtractionContext``.
public struct Extractor: Sendable {
    /// The loaded pattern files.
    public let patterns: PatternSet
    private let matcher: Matcher
    /// The resolver of each rule, by rule index (`nil` for `table-unit` rules).
    private let resolvers: [(any Resolver)?]
    /// The capture layout of each rule, by rule index.
    private let layouts: [CaptureLayout]
    /// Column headers that keep a declared table unit off their column.
    private let tableNotMoney: WordSet

    /// Builds an extractor for the given pattern set.
    public init(patterns: PatternSet) throws {
        self.patterns = patterns
        self.matcher = Matcher(patterns) { $0.compactMap(NormalizedText.fold) }
        let lists = WordLists(patterns: patterns)
        let all: [any Resolver] = [MoneyResolver(lists: lists), QuantityResolver(lists: lists), PercentResolver(lists: lists), DateResolver()]
        let byType = Dictionary(uniqueKeysWithValues: all.map { ($0.type.rawValue, $0) })
        self.resolvers = patterns.rules.map { byType[$0.type] }
        self.layouts = patterns.rules.map(CaptureLayout.init(rule:))
        self.tableNotMoney = lists["table-not-money"]
        let unknown = patterns.rules.filter { byType[$0.type] == nil && $0.type != Self.tableUnitType }
        if !unknown.isEmpty {
            throw PatternErrors(unknown.map {
                PatternError(file: $0.file, line: $0.line, column: 1,
                             message: "rule '\($0.id)' has type '\($0.type)', which no resolver handles (known: \((all.map(\.type.rawValue) + [Self.tableUnitType]).joined(separator: ", ")))")
            })
        }
    }

    /// The rule type that declares a table's unit (see ``DeclaredTableUnit``).
    static let tableUnitType = "table-unit"

    /// Loads the built-in pattern files (see ``BuiltinPatterns``), then the user's folders on top
    /// of them.
    public static func load(patternDirectories extra: [String] = []) throws -> Extractor {
        try Extractor(patterns: PatternSet.builtin(adding: extra))
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
        let draft = draft(text, doc: doc, startOffset: startOffset, startLine: startLine)
        return settle(draft, context: &context) ?? draft.records
    }

    /// The records of `text`, a chunk of a document that starts at scalar offset `startOffset` and
    /// line `startLine`, as far as they do not depend on the chunks before it: no context is
    /// needed, so the chunks of one document can be drafted in parallel, then settled in order
    /// with ``settle(_:context:)``.
    public func draft(_ text: DecodedText, doc: String, startOffset: Int = 0, startLine: Int = 1) -> ChunkDraft {
        let normalized = NormalizedText(decoded: text)
        let scalars = normalized.scalars
        let tokens = TokenScanner().scan(scalars)
        // The matcher chooses among resolvable matches only, so a match its resolver refuses
        // (a "year" 三 in 连续三年) never hides a valid one (the duration 三年). What `accept`
        // concluded is kept for the matches finally chosen.
        var accepted = AcceptedMatches()
        let matches = matcher.matches(in: scalars, tokens: tokens, range: 0..<scalars.count, accept: { match in
            guard let outcome = outcome(of: match, in: scalars) else { return false }
            accepted.append(match, outcome)
            return true
        })
        var mapper = RecordMapper(text: normalized, doc: doc, startOffset: startOffset, startLine: startLine)
        var records: [Record] = []
        records.reserveCapacity(matches.count)
        var declarations: [(Int, DeclaredTableUnit)] = []
        for match in matches {
            switch accepted.take(match) ?? outcome(of: match, in: scalars) {
            case .tableUnit(let unit):
                declarations.append((match.range.lowerBound, unit))
            case .record(let type, let resolution):
                records.append(mapper.record(resolution.span ?? match.range, type: type, pattern: patterns.rules[match.ruleIndex].id,
                                             fields: resolution.fields))
            case nil:
                break
            }
        }
        // Rule matches come in order; a span a resolver widened may start before the record
        // ahead of it.
        Self.sortByStart(&records)
        var openUnit: DeclaredTableUnit?
        let figures = declarations.isEmpty ? [] : tableFigures(tokens: tokens, declarations: declarations, records: records,
                                                               unit: &openUnit, mapper: &mapper)
        return ChunkDraft(records: Self.merged(records, figures), ruleRecords: records, tokens: tokens,
                          declarations: declarations, openUnit: openUnit, mapper: mapper)
    }

    /// Finishes `draft` with `context`, what the chunks before it established, and updates the
    /// context for the chunks after it. Returns the chunk's records when a table open where the
    /// chunk starts changes them, `nil` when they are the draft's ``ChunkDraft/records``.
    public func settle(_ draft: ChunkDraft, context: inout ExtractionContext) -> [Record]? {
        guard context.tableUnit != nil else {
            context.tableUnit = draft.openUnit
            return nil
        }
        var mapper = draft.mapper
        let figures = tableFigures(tokens: draft.tokens, declarations: draft.declarations, records: draft.ruleRecords,
                                   unit: &context.tableUnit, mapper: &mapper)
        return Self.merged(draft.ruleRecords, figures)
    }

    /// `records` and table `figures` (each in order of start) in one list in order of start;
    /// a record before a figure that starts at the same place.
    private static func merged(_ records: [Record], _ figures: [Record]) -> [Record] {
        guard !figures.isEmpty else { return records }
        var all = records + figures
        sortByStart(&all)
        return all
    }

    /// Sorts `records` by start, keeping the order of records that start at the same place;
    /// records already in order (nearly always) are not copied.
    private static func sortByStart(_ records: inout [Record]) {
        if !records.indices.dropFirst().allSatisfy({ records[$0 - 1].start <= records[$0].start }) {
            records.sort { $0.start < $1.start }
        }
    }

    /// What `match` is (a record or a table's unit declaration), or `nil` when it is refused.
    private func outcome(of match: PatternMatch, in scalars: [Unicode.Scalar]) -> AcceptedMatches.Outcome? {
        if resolvers[match.ruleIndex] == nil {
            return DeclaredTableUnit(view(of: match, in: scalars)).map { .tableUnit($0) }
        }
        return resolve(match, in: scalars).map { .record($0.0, $0.1) }
    }

    /// The record type and fields of `match`, or `nil` when its resolver refuses it.
    private func resolve(_ match: PatternMatch, in scalars: [Unicode.Scalar]) -> (RecordType, Resolution)? {
        guard let resolver = resolvers[match.ruleIndex] else { return nil }
        return resolver.resolve(view(of: match, in: scalars)).map { (resolver.type, $0) }
    }

    private func view(of match: PatternMatch, in scalars: [Unicode.Scalar]) -> MatchView {
        MatchView(scalars: scalars, range: match.range, ruleID: patterns.rules[match.ruleIndex].id,
                  captures: match.captures, layout: layouts[match.ruleIndex])
    }

    /// Money records for the bare figures of tables whose unit was declared in the chunk or is
    /// `unit`, open where the chunk starts (see ``DeclaredTableUnit``); `unit` becomes the one
    /// open at the chunk's end; a cell a record of the rules (`records`) covers is no figure.
    /// Asked only when a unit is declared or open.
    private func tableFigures(tokens: [Token], declarations: [(Int, DeclaredTableUnit)], records: [Record],
                              unit open: inout DeclaredTableUnit?, mapper: inout RecordMapper) -> [Record] {
        let scalars = mapper.text.scalars
        var result: [Record] = []
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
                                                        isTaken: { [mapper] in mapper.overlaps($0, anyOf: records) },
                                                        notMoney: tableNotMoney)
                for (range, value) in figures {
                    result.append(mapper.record(range, type: .money, pattern: unit.ruleID,
                                                fields: [Field("value", .number(value)), Field("currency", .string(unit.currency))]))
                }
                open = stillOpen ? unit : nil
            }
            lineStart = lineEnd + 1
        }
        return result
    }
}
