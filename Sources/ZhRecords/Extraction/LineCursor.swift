import ZhText

/// The 1-based line of offsets asked for mostly in increasing order, found by walking a
/// ``LineIndex`` forwards (the records of a chunk come nearly sorted by start, so each line start
/// is passed about once); an offset before the current line is found by a binary search.
struct LineCursor: Sendable {
    private let lines: LineIndex
    private var index = 0

    init(_ lines: LineIndex) {
        self.lines = lines
    }

    /// The line holding `offset`.
    mutating func line(of offset: Int) -> Int {
        let starts = lines.lineStarts
        if offset < starts[index] {
            index = lines.line(ofOffset: offset) - 1
        }
        while index + 1 < starts.count, starts[index + 1] <= offset { index += 1 }
        return index + 1
    }
}
