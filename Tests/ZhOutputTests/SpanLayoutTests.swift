import Testing
@testable import ZhOutput

/// The inspect views' span tree: nesting, the order of spans with the same range, the cut of a
/// partial overlap, and, for random spans, a walk that covers the text once with every span's
/// pieces covering exactly its range.
@Suite struct SpanLayoutTests {
    /// The walk as text: `[` and `]N` (N the span, `+` when the piece is cut, `-` when it
    /// continues a cut one) around the text runs, written as their offsets.
    private func trace(_ spans: [(Range<Int>, Int)], length: Int) -> String {
        let layout = SpanLayout(spans: spans.map { SpanLayout.Span(range: $0.0, rank: $0.1) }, length: length)
        var out = ""
        layout.walk(text: { out += "\($0.lowerBound)-\($0.upperBound)" },
                    open: { out += ($0.isFirst ? "" : "-") + "[" },
                    close: { out += "]\($0.span)" + ($0.isLast ? "" : "+") })
        return out
    }

    @Test func aSpanInsideAnotherNestsInIt() {
        // An organization [0,6) holding a region [0,3): the longer one outside, whatever the input order.
        #expect(trace([(0..<3, 0), (0..<6, 0)], length: 8) == "[[0-3]03-6]16-8")
        #expect(trace([(2..<4, 0), (0..<6, 0), (7..<8, 0)], length: 8) == "[0-2[2-4]04-6]16-7[7-8]2")
    }

    @Test func spansWithTheSameRangeNestByRankThenInputOrder() {
        #expect(trace([(1..<3, 5), (1..<3, 2)], length: 3) == "0-1[[1-3]0]1")
        #expect(trace([(1..<3, 2), (1..<3, 2)], length: 3) == "0-1[[1-3]1]0")
    }

    @Test func aPartialOverlapCutsTheLaterSpanWhereTheEarlierEnds() {
        // [0,5) and [3,8): the second closes inside the first at 5 and goes on to 8.
        #expect(trace([(0..<5, 0), (3..<8, 0)], length: 9) == "[0-3[3-5]1+]0-[5-8]18-9")
        // Cut twice: [4,9) crosses the end of [2,6) and of [0,8).
        #expect(trace([(0..<8, 0), (2..<6, 0), (4..<9, 0)], length: 9)
                == "[0-2[2-4[4-6]2+]1-[6-8]2+]0-[8-9]2")
    }

    @Test func emptyAndOutOfRangeSpansAreClamped() {
        #expect(trace([(2..<2, 0)], length: 4) == "0-2[]02-4")
        #expect(trace([(3..<10, 0), (-2..<1, 0)], length: 5) == "[0-1]11-3[3-5]0")
        #expect(trace([(7..<9, 0)], length: 5) == "0-5[]0")
    }

    @Test func heightsCountTheNestingInside() {
        let layout = SpanLayout(spans: [SpanLayout.Span(range: 0..<10, rank: 0), SpanLayout.Span(range: 1..<5, rank: 0),
                                        SpanLayout.Span(range: 2..<3, rank: 0), SpanLayout.Span(range: 6..<7, rank: 0)], length: 10)
        #expect(layout.pieces.map(\.height) == [2, 1, 0, 0])
    }

    @Test func randomSpansAreCoveredExactlyAndNestProperly() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<300 {
            let length = Int.random(in: 0...30, using: &random)
            let spans = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                let start = Int.random(in: 0...length, using: &random)
                return SpanLayout.Span(range: start..<Int.random(in: start...length, using: &random), rank: Int.random(in: 0...3, using: &random))
            }
            let layout = SpanLayout(spans: spans, length: length)
            var covered: [Int] = []
            var open: [SpanLayout.Piece] = []
            var pieces = [[Range<Int>]](repeating: [], count: spans.count)
            layout.walk(text: { range in
                #expect(range.lowerBound == (covered.last.map { $0 + 1 } ?? 0))
                covered += Array(range)
            }, open: { piece in
                if let parent = open.last {
                    #expect(parent.range.lowerBound <= piece.range.lowerBound && piece.range.upperBound <= parent.range.upperBound)
                }
                open.append(piece)
                pieces[piece.span].append(piece.range)
            }, close: { piece in
                #expect(open.removeLast().range == piece.range)
            })
            #expect(covered == Array(0..<length))
            for (index, span) in spans.enumerated() {
                let ranges = pieces[index]
                #expect(ranges.first?.lowerBound == span.range.lowerBound && ranges.last?.upperBound == span.range.upperBound)
                #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            }
        }
    }
}

/// SplitMix64: the same random spans on every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
