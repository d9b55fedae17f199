/// A pattern file's word list prepared for the resolvers' context checks: which words occur
/// in a stretch of normalized text, and which end or start at a place. Works on scalars
/// directly (no `String` search): a bitmap of first and last scalars rejects most places with
/// one bit test, then the words are found by their first or last scalar in a sorted table
/// (a binary search: no hashing).
struct WordSet: Sendable {
    /// Bit per BMP scalar: some word starts (`firstBits`) or ends (`lastBits`) with it.
    private let firstBits: [UInt64]
    private let lastBits: [UInt64]
    /// The words, by first scalar, longest first.
    private let byFirst: Index
    /// The words, by last scalar, longest first.
    private let byLast: Index

    /// Words grouped by one of their scalars: the scalars sorted, each with its words.
    private struct Index: Sendable {
        /// The scalars words are grouped by, in ascending order.
        let keys: [Unicode.Scalar]
        private let words: [[[Unicode.Scalar]]]

        init(_ words: [[Unicode.Scalar]], by key: ([Unicode.Scalar]) -> Unicode.Scalar) {
            let groups = Dictionary(grouping: words, by: key).sorted { $0.key.value < $1.key.value }
            keys = groups.map(\.key)
            self.words = groups.map { $0.value.sorted { $0.count > $1.count } }
        }

        var isEmpty: Bool { keys.isEmpty }

        /// The words keyed by `scalar`, longest first.
        subscript(scalar: Unicode.Scalar) -> [[Unicode.Scalar]]? {
            var (low, high) = (0, keys.count)
            while low < high {
                let middle = (low + high) / 2
                if keys[middle].value < scalar.value { low = middle + 1 } else { high = middle }
            }
            return low < keys.count && keys[low] == scalar ? words[low] : nil
        }
    }

    init<S: Sequence>(_ words: S) where S.Element == String {
        let scalarWords = Set(words).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        byFirst = Index(scalarWords) { $0[0] }
        byLast = Index(scalarWords) { $0[$0.count - 1] }
        firstBits = Self.bitmap(byFirst.keys)
        lastBits = Self.bitmap(byLast.keys)
    }

    private static func bitmap<S: Sequence>(_ scalars: S) -> [UInt64] where S.Element == Unicode.Scalar {
        var bits = [UInt64](repeating: 0, count: 1024)
        for scalar in scalars {
            // Scalars beyond the BMP share the top bit, which sends them to the index.
            let v = min(Int(scalar.value), 0xFFFF)
            bits[v >> 6] |= 1 << UInt64(v & 63)
        }
        return bits
    }

    @inline(__always)
    private static func test(_ bits: [UInt64], _ scalar: Unicode.Scalar) -> Bool {
        let v = min(Int(scalar.value), 0xFFFF)
        return bits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// Whether some word lies wholly inside `range` of `scalars`.
    func occurs(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
        for i in range where longestWord(startingAt: i, before: range.upperBound, in: scalars) != nil { return true }
        return false
    }

    /// The length of the longest word that starts at `start` and ends by `limit`. The bitmap
    /// test, which most places fail, is inlined into the caller's loop.
    @inline(__always)
    func longestWord(startingAt start: Int, before limit: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard start < limit, Self.test(firstBits, scalars[start]) else { return nil }
        return longestWord(byFirst[scalars[start]], at: start, before: limit, in: scalars)
    }

    /// The length of the longest word that ends at `end` and starts at or after `floor`.
    @inline(__always)
    func longestWord(endingAt end: Int, after floor: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard end > floor, Self.test(lastBits, scalars[end - 1]) else { return nil }
        guard let candidates = byLast[scalars[end - 1]] else { return nil }
        for word in candidates where end - word.count >= floor && Self.matches(word, at: end - word.count, in: scalars) {
            return word.count
        }
        return nil
    }

    /// The length of the longest of `candidates` (longest first) written at `start`, ending by `limit`.
    private func longestWord(_ candidates: [[Unicode.Scalar]]?, at start: Int, before limit: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard let candidates else { return nil }
        for word in candidates where start + word.count <= limit && Self.matches(word, at: start, in: scalars) {
            return word.count
        }
        return nil
    }

    /// Whether `word` is written at `start` of `scalars` (which hold it: the caller checked the bounds).
    private static func matches(_ word: [Unicode.Scalar], at start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        for (offset, scalar) in word.enumerated() where scalars[start + offset] != scalar { return false }
        return true
    }
}
