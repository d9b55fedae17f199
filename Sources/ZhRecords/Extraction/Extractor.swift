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
    private let resolvers: [String: any Resolver]
    private let resolutionContext: ResolutionContext

    /// Builds an extractor for the given pattern set.
    public init(patterns: PatternSet) throws {
        self.patterns = patterns
        self.matcher = Matcher(patterns) { $0.compactMap(NormalizedText.fold) }
        let all: [any Resolver] = [MoneyResolver(), QuantityResolver(), PercentResolver(), DateResolver()]
        self.resolvers = Dictionary(uniqueKeysWithValues: all.map { ($0.type.rawValue, $0) })
        self.resolutionContext = ResolutionContext(lists: patterns.lists.mapValues { list in
            Dictionary(list.entries.map { ($0.word, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        })
        let unknown = patterns.rules.filter { resolvers[$0.type] == nil }
        if !unknown.isEmpty {
            throw PatternErrors(unknown.map {
                PatternError(file: $0.file, line: $0.line, column: 1,
                             message: "rule '\($0.id)' has type '\($0.type)', which no resolver handles (known: \(all.map(\.type.rawValue).joined(separator: ", ")))")
            })
        }
    }

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
        let normalized = NormalizedText(original: text)
        let scalars = normalized.scalars
        let tokens = TokenScanner().scan(scalars)
        // The matcher chooses among resolvable matches only, so a match its resolver refuses
        // (a "year" 三 in 连续三年) never hides a valid one (the duration 三年).
        let matches = matcher.matches(in: scalars, tokens: tokens, range: 0..<scalars.count,
                                      accept: { resolve($0, in: scalars) != nil })
        var records: [Record] = []
        for match in matches {
            guard let (type, resolution) = resolve(match, in: scalars) else { continue }
            let span = normalized.originalRange(of: resolution.span ?? match.range)
            records.append(Record(doc: doc, type: type, text: normalized.originalText(span),
                                  start: startOffset + span.lowerBound, end: startOffset + span.upperBound,
                                  line: startLine - 1 + normalized.line(ofOriginalOffset: span.lowerBound),
                                  pattern: patterns.rules[match.ruleIndex].id, fields: resolution.fields))
        }
        return records
    }

    /// The record type and fields of `match`, or `nil` when its resolver refuses it.
    private func resolve(_ match: PatternMatch, in scalars: [Unicode.Scalar]) -> (RecordType, Resolution)? {
        let rule = patterns.rules[match.ruleIndex]
        guard let resolver = resolvers[rule.type] else { return nil }
        let view = MatchView(scalars: scalars, range: match.range, ruleID: rule.id,
                             captures: Dictionary(match.captures.map { ($0.name, MatchView.Capture(range: $0.range, value: $0.value)) },
                                                  uniquingKeysWith: { _, last in last }))
        return resolver.resolve(view, context: resolutionContext).map { (resolver.type, $0) }
    }
}
