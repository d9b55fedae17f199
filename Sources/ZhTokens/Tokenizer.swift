/// The full token stream of normalized text: the ``TokenScanner``'s tokens, with each `.han` run
/// split into words by ICU's dictionary (``WordSegmenter``). Numbers and Chinese numeral runs stay
/// single tokens.
///
/// Holds an ICU iterator, so use one tokenizer per thread (``clone()``).
public final class Tokenizer {
    private let scanner = TokenScanner()
    private let segmenter: WordSegmenter

    /// A tokenizer with its own word segmenter; `nil` if ICU cannot open one.
    public init?(locale: String = "zh") {
        guard let segmenter = WordSegmenter(locale: locale) else { return nil }
        self.segmenter = segmenter
    }

    private init(segmenter: WordSegmenter) {
        self.segmenter = segmenter
    }

    /// A tokenizer for another thread.
    public func clone() -> Tokenizer? {
        segmenter.clone().map(Tokenizer.init(segmenter:))
    }

    /// The tokens of `range` of `scalars` (a sentence, a paragraph, a whole document).
    public func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        let coarse = scanner.scan(scalars, in: range)
        guard coarse.contains(where: { $0.kind == .han }) else { return coarse }
        // One ICU pass over the whole range; each Han run is cut where a word boundary falls inside it.
        let boundaries = segmenter.boundaries(scalars, in: range)
        var result: [Token] = []
        result.reserveCapacity(coarse.count * 2)
        var b = 0
        for token in coarse {
            guard token.kind == .han else { result.append(token); continue }
            while b < boundaries.count, boundaries[b] <= token.range.lowerBound { b += 1 }
            var start = token.range.lowerBound
            while b < boundaries.count, boundaries[b] < token.range.upperBound {
                result.append(Token(kind: .han, range: start..<boundaries[b]))
                start = boundaries[b]
                b += 1
            }
            result.append(Token(kind: .han, range: start..<token.range.upperBound))
        }
        return result
    }

    /// The tokens of the whole array.
    public func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        tokens(scalars, in: 0..<scalars.count)
    }
}
