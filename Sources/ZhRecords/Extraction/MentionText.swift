import ZhModel
import ZhPatterns

/// The text the sentence stage matches: the chunk's normalized text with each mention found so
/// far standing as one placeholder character of its type (``ZhModel/RecordType/placeholder``), so
/// that a rule's `MONEY` or `PERCENT` matches a whole record as one literal.
///
/// Keeps the way back: each position's mention (if it is a placeholder) and its range in the
/// normalized text. A document's own characters in the placeholders' block are replaced by
/// U+FFFD, so only real mentions match a mention class.
struct MentionText {
    /// The text, mentions replaced by their placeholders.
    let scalars: [Unicode.Scalar]
    /// The normalized text it was made from.
    let normalized: [Unicode.Scalar]
    /// The mentions, in order of start.
    let mentions: [Mention]
    /// Per position of `scalars`: the index in `mentions` of the mention standing there, or -1.
    private let mentionIndex: [Int32]
    /// Per position of `scalars`, and one past the end: where it starts in the normalized text.
    private let normalizedStart: [Int]

    /// `normalized` with `mentions` (in order of start, not overlapping) replaced.
    init(_ normalized: [Unicode.Scalar], mentions: [Mention]) {
        var scalars: [Unicode.Scalar] = []
        var mentionIndex: [Int32] = []
        var starts: [Int] = []
        scalars.reserveCapacity(normalized.count)
        mentionIndex.reserveCapacity(normalized.count)
        starts.reserveCapacity(normalized.count + 1)
        var position = 0
        for (index, mention) in mentions.enumerated() where mention.range.lowerBound >= position {
            while position < mention.range.lowerBound {
                let scalar = normalized[position]
                scalars.append(RecordType.isPlaceholderBlock(scalar) ? "\u{FFFD}" : scalar)
                mentionIndex.append(-1)
                starts.append(position)
                position += 1
            }
            scalars.append(mention.type.placeholder)
            mentionIndex.append(Int32(index))
            starts.append(position)
            position = mention.range.upperBound
        }
        while position < normalized.count {
            let scalar = normalized[position]
            scalars.append(RecordType.isPlaceholderBlock(scalar) ? "\u{FFFD}" : scalar)
            mentionIndex.append(-1)
            starts.append(position)
            position += 1
        }
        starts.append(normalized.count)
        self.scalars = scalars
        self.normalized = normalized
        self.mentions = mentions
        self.mentionIndex = mentionIndex
        normalizedStart = starts
    }

    /// The mention standing at `position`, if any.
    func mention(at position: Int) -> Mention? {
        guard position >= 0, position < mentionIndex.count, mentionIndex[position] >= 0 else { return nil }
        return mentions[Int(mentionIndex[position])]
    }

    /// The normalized range `range` of this text covers (a placeholder covers its whole mention).
    func normalizedRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return normalizedStart[range.lowerBound]..<normalizedStart[range.lowerBound] }
        let last = range.upperBound - 1
        let end = mention(at: last)?.range.upperBound ?? normalizedStart[last] + 1
        return normalizedStart[range.lowerBound]..<end
    }
}
