import ZhModel
import ZhPatterns
import ZhText
import ZhTokens

/// The sentence stage: the rules that consume other rules' records (a rule that writes `MONEY`,
/// `PERCENT`, `REGION` …, see ``ZhModel/RecordType/mentionClassName``) run over each sentence
/// that holds a record, once every record of the rules before them is known, and their resolvers
/// see the sentence's records (``MatchView/mention(_:)``).
///
/// A sentence is read as ``MentionText`` gives it: each record one placeholder character, so a
/// statement rule (`subject:HAN+ 完成 actual:MONEY ，占 @budget budget:MONEY 的 completion:PERCENT`)
/// is matched by the same automaton as any rule, and never across a sentence end. What it finds
/// are mentions like the others, in normalized coordinates.
struct SentenceStage: Sendable {
    private let stage: MatchStage

    init(_ stage: MatchStage) {
        self.stage = stage
    }

    /// Whether any rule runs in this stage (none: the stage costs nothing).
    var isEmpty: Bool { stage.patterns.rules.isEmpty }

    /// The records the stage's rules make of `mentions` (in order of start, not overlapping),
    /// found in `normalized`.
    func mentions(from mentions: [Mention], in normalized: [Unicode.Scalar], wordBoundary: (Int) -> Bool) -> [Mention] {
        guard !isEmpty, !mentions.isEmpty else { return [] }
        let text = MentionText(normalized, mentions: mentions)
        let tokens = TokenScanner().scan(text.scalars)
        var found = MatchStage.Found()
        for sentence in SentenceSplitter().sentences(text.scalars) where text.containsMention(in: sentence) {
            stage.run(on: text.scalars, tokens: tokens, range: sentence, mentionText: text,
                      wordBoundary: { wordBoundary(text.normalizedRange(of: $0..<$0).lowerBound) }, into: &found)
        }
        return found.mentions.map { mention in
            var mention = mention
            mention.range = text.normalizedRange(of: mention.range)
            return mention
        }
    }
}
