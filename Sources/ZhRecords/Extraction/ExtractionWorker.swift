import ZhText
import ZhTokens

/// What one worker thread keeps for itself while extracting: the ICU word segmenter (an ICU
/// iterator must not be shared between threads) and the word boundaries it last found. Made once
/// per thread (``Extractor/makeWorker()``) and passed to every ``Extractor/draft(_:doc:startOffset:startLine:worker:)``
/// the thread runs, so a rule's `/` is answered during extraction with no lock.
///
/// The segmenter is opened the first time a rule asks, and asked only about the sentence around
/// the position in question (at most ``reach`` characters either side), never the whole text:
/// dictionary segmentation runs at about 17 MB/s.
public struct ExtractionWorker {
    private var segmenter: WordSegmenter?
    /// The range last segmented, and the boundaries found in it (in order).
    private var window: Range<Int> = 0..<0
    private var boundaries: [Int] = []

    /// How far either side of a position the segmented window reaches, at most.
    static let reach = 64

    /// A worker with no segmenter opened yet.
    public init() {}

    /// Forgets the boundaries found, before a new text.
    mutating func begin() {
        window = 0..<0
        boundaries = []
    }

    /// Whether a word boundary falls at `position` of `scalars` (the text last passed to
    /// ``begin()``): the text's ends always, else as ICU's dictionary segmentation of the sentence
    /// around it says (a break between two characters that are not both Han is always a boundary
    /// when ICU cannot be opened).
    mutating func isWordBoundary(at position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard position > 0, position < scalars.count else { return true }
        if !(window.lowerBound < position && position < window.upperBound) {
            segment(around: position, in: scalars)
        }
        guard !boundaries.isEmpty else { return true }
        var low = 0, high = boundaries.count
        while low < high {
            let mid = (low + high) / 2
            if boundaries[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low < boundaries.count && boundaries[low] == position
    }

    /// Segments the sentence around `position`, cut at ``reach`` either side.
    private mutating func segment(around position: Int, in scalars: [Unicode.Scalar]) {
        var start = position
        while start > 0, position - start < Self.reach, !Self.endsClause(scalars[start - 1]) { start -= 1 }
        var end = position
        while end < scalars.count, end - position < Self.reach, !Self.endsClause(scalars[end]) { end += 1 }
        window = start..<end
        if segmenter == nil { segmenter = WordSegmenter() }
        boundaries = segmenter?.boundaries(scalars, in: start..<end) ?? []
    }

    /// Whether `scalar` ends a clause or a sentence (the window stops there).
    private static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || SentenceBoundary.isSentenceEnd(scalar) || SentenceBoundary.isClauseBreak(scalar)
    }
}
