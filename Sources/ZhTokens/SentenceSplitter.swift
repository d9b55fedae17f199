/// Cuts normalized text into sentences.
///
/// A sentence ends after `。！？!?` together with the closing quotes and brackets that follow
/// (`”’」』)】〕》"'`), and after a `\n` the normalized view kept (a paragraph break or a table row).
/// It does not end at `；` `，` `…`. Sentences cover the range contiguously: a `\n` belongs to the
/// sentence it closes (also right after `。`).
public struct SentenceSplitter: Sendable {
    /// A splitter (it holds no state).
    public init() {}

    /// The sentences of the whole array.
    public func sentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        sentences(scalars, in: 0..<scalars.count)
    }

    /// The sentences of `range`, as ranges of `scalars`.
    public func sentences(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let scalar = scalars[i]
            i += 1
            if scalar == "\n" {
                result.append(start..<i)
                start = i
            } else if Self.isTerminal(scalar) {
                while i < range.upperBound, Self.isTerminal(scalars[i]) || Self.isCloser(scalars[i]) { i += 1 }
                if i < range.upperBound, scalars[i] == "\n" { i += 1 }
                result.append(start..<i)
                start = i
            }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    private static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "。" || s == "!" || s == "?" || s == "！" || s == "？"
    }

    private static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "”", "’", "」", "』", ")", "）", "】", "〕", "》", "\"", "'": return true
        default: return false
        }
    }
}
