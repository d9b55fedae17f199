import ZhModel
import ZhPatterns
import ZhText
import ZhTokens

/// One pass of rules over a text: the rules' automaton, and per rule the resolver its `type:`
/// names and its capture layout. The extractor runs two: the rules that read characters and
/// tokens (money, quantities, percentages, dates, table units), then, in the sentence stage, the
/// rules that consume the records the first found (``SentenceStage``).
///
/// Built once, immutable, shared by every thread.
struct MatchStage: Sendable {
    /// The stage's rules and the lists they use.
    let patterns: PatternSet
    private let matcher: Matcher
    /// The resolver of each rule, by rule index (`nil` for `table-unit` and `ignore` rules).
    private let resolvers: [(any Resolver)?]
    /// Whether each rule, by rule index, is of type `ignore` (its matches give no record).
    private let ignores: [Bool]
    /// The capture layout of each rule, by rule index.
    private let layouts: [CaptureLayout]

    /// The stage of `patterns`' rules; `resolvers` by the type name rules write.
    init(patterns: PatternSet, resolvers: [String: any Resolver]) {
        self.patterns = patterns
        matcher = Matcher(patterns) { $0.compactMap(NormalizedText.fold) }
        self.resolvers = patterns.rules.map { resolvers[$0.type] }
        ignores = patterns.rules.map { $0.type == Extractor.ignoreType }
        layouts = patterns.rules.map(CaptureLayout.init(rule:))
    }

    /// What the stage found in a text: records (in the text's coordinates, in order of end) and
    /// table unit declarations with their positions.
    struct Found {
        var mentions: [Mention] = []
        var declarations: [(Int, DeclaredTableUnit)] = []
        /// What the mentions still take from the document (see ``Pending``).
        var pending = PendingKinds()
    }

    /// The stage's matches in `range` of `scalars` (the normalized text, or the sentence stage's
    /// ``MentionText``, given as `mentionText`), resolved. `wordBoundary` answers a rule's `/`;
    /// a match whose range `isAllowed` refuses is passed over.
    func run(on scalars: [Unicode.Scalar], tokens: [Token], range: Range<Int>, mentionText: MentionText? = nil,
             wordBoundary: (Int) -> Bool, isAllowed: (Range<Int>) -> Bool = { _ in true }, into found: inout Found) {
        // The matcher chooses among resolvable matches only, so a match its resolver refuses
        // (a "year" 三 in 连续三年) never hides a valid one (the duration 三年). What `accept`
        // concluded is kept for the matches finally chosen.
        var accepted = AcceptedMatches()
        let matches = matcher.matches(in: scalars, tokens: tokens, range: range, wordBoundary: wordBoundary, accept: { match in
            guard isAllowed(match.range), let outcome = outcome(of: match, in: scalars, mentionText: mentionText) else { return false }
            accepted.append(match, outcome)
            return true
        })
        for match in matches {
            switch accepted.take(match) ?? outcome(of: match, in: scalars, mentionText: mentionText) {
            case .tableUnit(let unit):
                found.declarations.append((match.range.lowerBound, unit))
            case .record(let type, let resolution):
                if let pending = resolution.pending { found.pending.note(pending) }
                var mention = Mention(type: type, range: resolution.span ?? match.range,
                                      pattern: patterns.rules[match.ruleIndex].id, fields: resolution.fields,
                                      pending: resolution.pending)
                mention.needsSupport = resolution.needsSupport
                found.mentions.append(mention)
            case .ignored, nil:
                break
            }
        }
    }

    /// What `match` is (a record, a table's unit declaration, or text to pass over), or `nil` when
    /// it is refused.
    private func outcome(of match: PatternMatch, in scalars: [Unicode.Scalar], mentionText: MentionText?) -> AcceptedMatches.Outcome? {
        if ignores[match.ruleIndex] { return .ignored }
        let view = MatchView(scalars: scalars, range: match.range, ruleID: patterns.rules[match.ruleIndex].id,
                             captures: match.captures, layout: layouts[match.ruleIndex], mentionText: mentionText)
        guard let resolver = resolvers[match.ruleIndex] else {
            return DeclaredTableUnit(view).map { .tableUnit($0) }
        }
        return resolver.resolve(view).map { .record(resolver.type, $0) }
    }
}
