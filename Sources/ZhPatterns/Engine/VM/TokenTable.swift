import ZhTokens

/// The tokens of the matched range, found by start position in O(1) and by end position by
/// binary search.
struct TokenTable {
    let tokens: [Token]
    private let base: Int
    /// Per position of the range (and its end): the index of the token starting there, or -1.
    private let startIndex: [Int32]
    /// The starts, in order, of the tokens in the range whose kind is one of the `startKinds`
    /// given at ``init(tokens:range:kinds:startKinds:)`` (those some rule begins with).
    private let kindStarts: [Int]

    /// The length of the longest token of one of the kinds asked for at ``init(tokens:range:kinds:)``.
    let longestToken: Int

    /// The table of `tokens` in `range`, noting the longest token of one of `kinds`
    /// (``ZhTokens/TokenKind/bit``s): how far a token step can jump; and where the tokens of one
    /// of `startKinds` start, for ``nextStart(atOrAfter:cursor:)``.
    init(tokens: [Token], range: Range<Int>, kinds: UInt8, startKinds: UInt8) {
        self.tokens = tokens
        base = range.lowerBound
        var kindStarts: [Int] = []
        var longest = 0
        // One tight pass over the tokens in the range (they are in order): no per-token bounds
        // checks or uniqueness checks, as this runs over every token of every text matched.
        var startIndex = [Int32](repeating: -1, count: range.count + 1)
        startIndex.withUnsafeMutableBufferPointer { table in
            tokens.withUnsafeBufferPointer { tokens in
                let starts = UnsafeMutablePointer<Int>.allocate(capacity: tokens.count)
                defer { starts.deallocate() }
                var startCount = 0
                var index = Self.firstIndex(in: tokens, atOrAfter: range.lowerBound)
                while index < tokens.count, tokens[index].range.lowerBound < range.upperBound {
                    let token = tokens[index]
                    table[token.range.lowerBound - range.lowerBound] = Int32(index)
                    let bit = token.kind.bit
                    if kinds & bit != 0 { longest = max(longest, token.range.count) }
                    if startKinds & bit != 0 {
                        starts[startCount] = token.range.lowerBound
                        startCount += 1
                    }
                    index += 1
                }
                kindStarts = Array(UnsafeBufferPointer(start: starts, count: startCount))
            }
        }
        self.startIndex = startIndex
        self.kindStarts = kindStarts
        longestToken = longest
    }

    /// The index of the first of `tokens` (in order) that starts at or after `position`.
    private static func firstIndex(in tokens: UnsafeBufferPointer<Token>, atOrAfter position: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The token that starts at `position`.
    @inline(__always)
    func starting(at position: Int) -> Token? {
        let offset = position - base
        guard offset >= 0, offset < startIndex.count, startIndex[offset] >= 0 else { return nil }
        return tokens[Int(startIndex[offset])]
    }

    /// The start of the first token of one of the start kinds that starts in the range at or
    /// after `position`, or `Int.max`. `cursor` (0 at first) carries the search on from one call
    /// to the next, for positions that never go back.
    @inline(__always)
    func nextStart(atOrAfter position: Int, cursor: inout Int) -> Int {
        while cursor < kindStarts.count {
            if kindStarts[cursor] >= position { return kindStarts[cursor] }
            cursor += 1
        }
        return Int.max
    }

    /// The token that ends at `position`.
    func ending(at position: Int) -> Token? {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.upperBound < position { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].range.upperBound == position ? tokens[low] : nil
    }

}
