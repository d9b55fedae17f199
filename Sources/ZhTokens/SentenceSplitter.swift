import ZhText

/// Cuts normalized text into sentences.
///
/// A sentence ends after a ``SentenceBoundary/isSentenceEnd(_:)`` scalar
/// (`。！？!?`) together with the further ends and the closing quotes and brackets that follow
/// (``SentenceBoundary/isCloser(_:)``: `”’」』)】〕》"'` …), and after a `\n`
/// the normalized view kept (a paragraph break or a table row). It does not end at `；` `，` `…`.
/// Sentences cover the range contiguously: a `\n` belongs to the sentence it closes (also right
/// after `。`).
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
            } else if SentenceBoundary.isSentenceEnd(scalar) {
                while i < range.upperBound, SentenceBoundary.isSentenceEnd(scalars[i]) || SentenceBoundary.isCloser(scalars[i]) {
                    i += 1
                }
                if i < range.upperBound, scalars[i] == "\n" { i += 1 }
                result.append(start..<i)
                start = i
            }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }
}
