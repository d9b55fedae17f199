/// The start offsets of a text's lines, for turning a scalar offset into a 1-based line number.
/// `\n`, `\r\n` and a lone `\r` each end a line.
public struct LineIndex: Sendable {
    /// The scalar offset where each line starts; the first is 0.
    public let lineStarts: [Int]

    /// Indexes the lines of `scalars`.
    public init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        scalars.withUnsafeBufferPointer { s in
            var i = 0
            while i < s.count {
                let v = s[i]
                i += 1
                if v == "\n" {
                    starts.append(i)
                } else if v == "\r" {
                    if i < s.count, s[i] == "\n" { i += 1 }
                    starts.append(i)
                }
            }
        }
        lineStarts = starts
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
