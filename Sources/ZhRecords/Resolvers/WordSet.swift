/// A pattern file's word list prepared for the resolvers' context checks: which words occur
/// in a stretch of normalized text, and which end or start at a place. Works on scalars
/// directly (no `String` search), indexing the words by their first scalar.
struct WordSet: Sendable {
    /// The words, by first scalar, longest first.
    private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// The words, by last scalar, longest first.
    private let byLast: [Unicode.Scalar: [[Unicode.Scalar]]]

    init<S: Sequence>(_ words: S) where S.Element == String {
        let scalarWords = Set(words).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        byFirst = Dictionary(grouping: scalarWords, by: { $0[0] }).mapValues { $0.sorted { $0.count > $1.count } }
        byLast = Dictionary(grouping: scalarWords, by: { $0[$0.count - 1] }).mapValues { $0.sorted { $0.count > $1.count } }
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// Whether some word lies wholly inside `range` of `scalars`.
    func occurs(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
        for i in range where longestWord(startingAt: i, before: range.upperBound, in: scalars) != nil { return true }
        return false
    }

    /// The length of the longest word that starts at `start` and ends by `limit`.
    func longestWord(startingAt start: Int, before limit: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard start < limit, let candidates = byFirst[scalars[start]] else { return nil }
        for word in candidates where start + word.count <= limit {
            if scalars[start..<(start + word.count)].elementsEqual(word) { return word.count }
        }
        return nil
    }

    /// The length of the longest word that ends at `end` and starts at or after `floor`.
    func longestWord(endingAt end: Int, after floor: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard end > floor, let candidates = byLast[scalars[end - 1]] else { return nil }
        for word in candidates where end - word.count >= floor {
            if scalars[(end - word.count)..<end].elementsEqual(word) { return word.count }
        }
        return nil
    }
}
