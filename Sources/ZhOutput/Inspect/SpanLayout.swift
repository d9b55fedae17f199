/// Where the highlighted spans of a document open and close: a tree of properly nested pieces,
/// which both inspect views (``TerminalView``, ``HTMLPage``) walk to write marks around the text.
///
/// Spans nest when one lies inside another (a region inside an organization, a money amount
/// inside a metric). The rules that make the tree:
///
/// - **Order.** Spans are taken by start; at the same start the longer one is outside; spans with
///   the same range nest by `rank` (lower outside: a statement outside its figures), then by
///   their order in the input.
/// - **Partial overlap.** A span that starts inside another and ends after it is *cut* where the
///   other ends: its first piece closes inside the other, and the rest continues as a new piece
///   right after, placed by the same rules (it may be cut again). Every piece of a span knows
///   whether it is the span's first and last, so a view can show the cut.
/// - Ranges are clamped to the text; an empty span gives an empty piece where it starts.
struct SpanLayout {
    /// A span to lay out: a range of scalar offsets and its rank among spans with the same range.
    struct Span {
        var range: Range<Int>
        var rank: Int
    }

    /// A properly nested piece of a span.
    struct Piece {
        /// The index of the piece's span in the input.
        var span: Int
        var range: Range<Int>
        /// Whether the piece starts where its span starts (else it continues a cut span).
        var isFirst: Bool
        /// Whether the piece ends where its span ends (else the span was cut here).
        var isLast: Bool
        /// The pieces directly inside this one, in order (indices into ``SpanLayout/pieces``).
        var children: [Int] = []
        /// 0 for a piece with nothing inside, else one more than its highest child.
        var height = 0
    }

    /// Every piece, in the order they open.
    private(set) var pieces: [Piece] = []
    /// The outermost pieces, in order.
    private(set) var roots: [Int] = []
    /// The length of the text, in scalars.
    let length: Int

    /// Lays out `spans` over a text of `length` scalars.
    init(spans: [Span], length: Int) {
        self.length = length
        // What is left to open, sorted so that the next to open is last.
        var pending = spans.enumerated().map { index, span in
            let start = min(max(span.range.lowerBound, 0), length)
            let end = min(max(span.range.upperBound, start), length)
            return Pending(start: start, end: end, rank: span.rank, span: index, isFirst: true)
        }
        pending.sort { $1.opensBefore($0) }
        var open: [Int] = []
        while let next = pending.popLast() {
            while let top = open.last, pieces[top].range.upperBound <= next.start {
                open.removeLast()
            }
            var end = next.end
            if let top = open.last, pieces[top].range.upperBound < end {
                end = pieces[top].range.upperBound
                let rest = Pending(start: end, end: next.end, rank: next.rank, span: next.span, isFirst: false)
                let at = pending.partitioningIndex { $0.opensBefore(rest) }
                pending.insert(rest, at: at)
            }
            let piece = Piece(span: next.span, range: next.start..<end, isFirst: next.isFirst, isLast: end == next.end)
            pieces.append(piece)
            let index = pieces.count - 1
            if let parent = open.last { pieces[parent].children.append(index) } else { roots.append(index) }
            open.append(index)
        }
        // Children open after their parent: heights come out right from the last piece back.
        for index in pieces.indices.reversed() {
            pieces[index].height = pieces[index].children.map { pieces[$0].height + 1 }.max() ?? 0
        }
    }

    /// Walks the text in order: `text` for each run of text between marks, `open` and `close`
    /// around each piece, properly nested.
    func walk(text: (Range<Int>) -> Void, open: (Piece) -> Void, close: (Piece) -> Void) {
        var position = 0
        func visit(_ index: Int) {
            let piece = pieces[index]
            if position < piece.range.lowerBound { text(position..<piece.range.lowerBound) }
            position = piece.range.lowerBound
            open(piece)
            for child in piece.children { visit(child) }
            if position < piece.range.upperBound { text(position..<piece.range.upperBound) }
            position = piece.range.upperBound
            close(piece)
        }
        for root in roots { visit(root) }
        if position < length { text(position..<length) }
    }

    /// A span (or the rest of a cut one) waiting to open.
    private struct Pending {
        var start: Int
        var end: Int
        var rank: Int
        var span: Int
        var isFirst: Bool

        /// Whether this one opens before `other`: by start, then the longer first, then by rank,
        /// then in input order.
        func opensBefore(_ other: Pending) -> Bool {
            if start != other.start { return start < other.start }
            if end != other.end { return end > other.end }
            if rank != other.rank { return rank < other.rank }
            return span < other.span
        }
    }
}

extension Array {
    /// The first index whose element satisfies `belongsAfter`, in an array partitioned so that
    /// the elements that do come last (binary search).
    fileprivate func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if belongsAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
