import ZhModel
import ZhPatterns
import ZhText
import ZhTokens

/// The sentence stage: the rules that consume other rules' records (a rule that writes `MONEY`,
/// `PERCENT`, `REGION` …, see ``ZhModel/RecordType/mentionClassName``) run over each sentence
/// that holds a record, once every record of the rules before them is known, and their resolvers
/// see the sentence's records (``MatchView/mention(_:)``).
///
/// The text is read as ``MentionText`` gives it: each record one placeholder character, so a
/// statement rule (`subject:HAN+ 完成 actual:MONEY ，占 @budget budget:MONEY 的 completion:PERCENT`)
/// is matched by the same automaton as any rule, in one pass over the chunk; a match that
/// reaches across a sentence end (one may end it) is refused, so the next best is taken. What
/// the stage finds are mentions like the others, in normalized coordinates.
///
/// The rules of each record type match in a pass of their own: records of different types may
/// overlap (an organization named inside a document's title, a region inside a statement), those
/// of one type do not.
struct SentenceStage: Sendable {
    /// One pass per record type, in the order the types' first rules were loaded.
    private let passes: [MatchStage]

    /// The stage of `patterns`' rules, resolved by `resolvers` (by type name).
    init(patterns: PatternSet, resolvers: [String: any Resolver]) {
        var types: [String] = []
        for rule in patterns.rules where !types.contains(rule.type) { types.append(rule.type) }
        passes = types.map { type in MatchStage(patterns: patterns.selecting { $0.type == type }, resolvers: resolvers) }
    }

    /// Whether any rule runs in this stage (none: the stage costs nothing).
    var isEmpty: Bool { passes.isEmpty }

    /// The records the stage's rules make of `mentions` (in order of start, not overlapping),
    /// found in `normalized` (also where no mention stands: a rule may take one optionally).
    func mentions(from mentions: [Mention], in normalized: [Unicode.Scalar], wordBoundary: (Int) -> Bool) -> [Mention] {
        guard !isEmpty else { return [] }
        let text = MentionText(normalized, mentions: mentions)
        let tokens = TokenScanner().scan(text.scalars)
        // Sentence ends (。！？) before each position: a match holds none but maybe its last
        // character. A line break stops a rule only where the rule does not take it (a title may).
        var ends = [Int32](repeating: 0, count: text.scalars.count + 1)
        for (index, scalar) in text.scalars.enumerated() {
            ends[index + 1] = ends[index] + (SentenceBoundary.isSentenceEnd(scalar) ? 1 : 0)
        }
        var found = MatchStage.Found()
        for pass in passes {
            pass.run(on: text.scalars, tokens: tokens, range: 0..<text.scalars.count, mentionText: text,
                     wordBoundary: { wordBoundary(text.normalizedRange(of: $0..<$0).lowerBound) },
                     isAllowed: { $0.count < 2 || ends[$0.upperBound - 1] == ends[$0.lowerBound] }, into: &found)
        }
        return found.mentions.map { mention in
            var mention = mention
            mention.range = text.normalizedRange(of: mention.range)
            return mention
        }
    }
}
