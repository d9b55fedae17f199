import ZhText

/// The 1-based line of offsets asked for in increasing order, found by walking a ``LineIndex``
/// forwards (the records of a chunk come sorted by start, so each line start is passed once).
struct LineCursor {
    private let lineStarts: [Int]
    private var index = 0

    init(_ lines: LineIndex) {
        lineStarts = lines.lineStarts
    }

    /// The line holding `offset`; offsets must not decrease from one call to the next.
    mutating func line(of offset: Int) -> Int {
        while index + 1 < lineStarts.count, lineStarts[index + 1] <= offset { index += 1 }
        return index + 1
    }
}
