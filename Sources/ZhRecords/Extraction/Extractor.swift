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

    /// Loads the built-in pattern files, then the user's folders on top of them.
    public static func load(patternDirectories extra: [String] = []) throws -> Extractor {
        guard let builtin = BuiltinPatterns.directory() else {
            throw PatternErrors([PatternError(file: "Patterns", line: 0, column: 0,
                                              message: "built-in pattern folder not found (set ZHX_PATTERNS)")])
        }
        return try Extractor(patterns: PatternSet.load(directories: [builtin] + extra))
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
        var found: [Found] = []
        found.reserveCapacity(matches.count)
        var declarations: [(Int, DeclaredTableUnit)] = []
        for match in matches {
            switch accepted.take(match) ?? outcome(of: match, in: scalars) {
            case .tableUnit(let unit):
                declarations.append((match.range.lowerBound, unit))
            case .record(let type, let resolution):
                found.append(Found(range: resolution.span ?? match.range, type: type,
                                   pattern: patterns.rules[match.ruleIndex].id, fields: resolution.fields))
            case nil:
                break
            }
        }
        var openUnit: DeclaredTableUnit?
        let figures = declarations.isEmpty ? [] : tableFigures(scalars: scalars, tokens: tokens, declarations: declarations,
                                                               taken: found.map(\.range), unit: &openUnit)
        return ChunkDraft(records: records(of: found, and: figures, in: normalized, doc: doc, startOffset: startOffset, startLine: startLine),
                          text: normalized, tokens: tokens, found: found, declarations: declarations, openUnit: openUnit,
                          doc: doc, startOffset: startOffset, startLine: startLine)
    }

    /// Finishes `draft` with `context`, what the chunks before it established, and updates the
    /// context for the chunks after it. Returns the chunk's records when a table open where the
    /// chunk starts changes them, `nil` when they are the draft's ``ChunkDraft/records``.
    public func settle(_ draft: ChunkDraft, context: inout ExtractionContext) -> [Record]? {
        guard context.tableUnit != nil else {
            context.tableUnit = draft.openUnit
            return nil
        }
        let figures = tableFigures(scalars: draft.text.scalars, tokens: draft.tokens, declarations: draft.declarations,
                                   taken: draft.found.map(\.range), unit: &context.tableUnit)
        return records(of: draft.found, and: figures, in: draft.text, doc: draft.doc, startOffset: draft.startOffset,
                       startLine: draft.startLine)
    }

    /// Contract records of `found` and table `figures`, mapped back to the original text of a
    /// chunk that starts at scalar offset `startOffset` and line `startLine` of document `doc`,
    /// in order of start.
    private func records(of found: [Found], and figures: [Found], in normalized: NormalizedText, doc: String,
                         startOffset: Int, startLine: Int) -> [Record] {
        var found = found
        if !figures.isEmpty { found += figures }
        // Rule matches come in order, so the array is copied to be sorted only when a span or a
        // table figure is out of place (the sort is stable: the result is the same).
        if !found.indices.dropFirst().allSatisfy({ found[$0 - 1].range.lowerBound <= found[$0].range.lowerBound }) {
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        var records: [Record] = []
        records.reserveCapacity(found.count)
        var lines = LineCursor(normalized.lines)
        for item in found {
            let span = normalized.originalRange(of: item.range)
            records.append(Record(doc: doc, type: item.type, text: normalized.originalText(span),
                                  start: startOffset + span.lowerBound, end: startOffset + span.upperBound,
                                  line: startLine - 1 + lines.line(of: span.lowerBound),
                                  pattern: item.pattern, fields: item.fields))
        }
        return records
    }

    /// A record before it is mapped back to the original text: normalized range, type, rule id, fields.
    struct Found: Sendable {
        var range: Range<Int>
        var type: RecordType
        var pattern: String
        var fields: [Field]
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
    /// open at the chunk's end. Asked only when a unit is declared or open.
    private func tableFigures(scalars: [Unicode.Scalar], tokens: [Token], declarations: [(Int, DeclaredTableUnit)],
                              taken: [Range<Int>], unit open: inout DeclaredTableUnit?) -> [Found] {
        var result: [Found] = []
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
                let (figures, stillOpen) = unit.figures(inLine: lineStart..<lineEnd, of: scalars, tokens: tokens, taken: taken,
                                                   notMoney: tableNotMoney)
                for (range, value) in figures {
                    result.append(Found(range: range, type: .money, pattern: unit.ruleID,
                                        fields: [Field("value", .number(value)), Field("currency", .string(unit.currency))]))
                }
                open = stillOpen ? unit : nil
            }
            lineStart = lineEnd + 1
        }
        return result
    }
}
