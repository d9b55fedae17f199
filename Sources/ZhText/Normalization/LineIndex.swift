/// The start offsets of a text's lines, for turning a scalar offset into a 1-based line number.
/// `\n`, `\r\n` and a lone `\r` each end a line.
public struct LineIndex: Sendable {
    /// The scalar offset where each line starts; the first is 0.
    public let lineStarts: [Int]

    /// Indexes the lines of `scalars`.
    public init(_ scalars: [Unicode.Scalar]) {
        lineStarts = scalars.withUnsafeBufferPointer { LineScan($0).lineStarts }
    }

    /// An index of lines already found.
    init(lineStarts: [Int]) {
        self.lineStarts = lineStarts
    }

    /// The 1-based line that holds `offset` (an offset past the end gives the last line).
    public func line(ofOffset offset: Int) -> Int {
        var low = 0, high = lineStarts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid }
        }
        return low + 1
    }
}
