import ZhText

/// The parts of a document's original text that the statements need: the lines around each
/// metric statement and the document's opening (its title and first lines), kept by the original
/// offsets records carry. The whole text of a small document, or only these excerpts of a big one
/// read in chunks (``StatementCollector``), so that auditing keeps memory bounded by what the
/// statements cover.
///
/// The audit reads structure from the *normalized* view of each excerpt (``View``), where layout
/// breaks inside sentences are gone, paragraphs are one line each, and table rows keep their
/// tab-separated cells (see ``ZhText/NormalizedText``).
public struct StatementText: Sendable {
    /// A run of whole lines of the original text.
    struct Piece: Sendable {
        /// Original offset of the first scalar.
        var start: Int
        var scalars: [Unicode.Scalar]
        var end: Int { start + scalars.count }
    }

    private(set) var pieces: [Piece] = []

    /// No text: the audit then checks each statement on its own.
    public init() {}

    /// The whole document.
    public init(_ text: String) {
        pieces = [Piece(start: 0, scalars: Array(text.unicodeScalars))]
    }

    /// Whether no text is kept.
    public var isEmpty: Bool { pieces.isEmpty }

    /// Keeps `scalars`, the original text from offset `start`; pieces are added in order of
    /// offset, and one that touches or overlaps the last is merged with it.
    mutating func keep(_ scalars: ArraySlice<Unicode.Scalar>, at start: Int) {
        guard !scalars.isEmpty else { return }
        if var last = pieces.last, start <= last.end {
            let end = start + scalars.count
            if end > last.end {
                last.scalars += scalars.dropFirst(last.end - start)
                pieces[pieces.count - 1] = last
            }
            return
        }
        pieces.append(Piece(start: start, scalars: Array(scalars)))
    }

    /// The original text of `range`, if it is kept whole.
    func original(_ range: Range<Int>) -> String? {
        guard let piece = pieces.first(where: { $0.start <= range.lowerBound && range.upperBound <= $0.end }) else { return nil }
        return String(scalars: piece.scalars[(range.lowerBound - piece.start)..<(range.upperBound - piece.start)])
    }

    /// The normalized views of the pieces, in order.
    func views() -> [View] {
        pieces.map { View(start: $0.start, text: NormalizedText(originalScalars: $0.scalars)) }
    }

    /// The normalized view of one piece, with the map between its offsets and the document's.
    struct View {
        /// Original offset of the piece's first scalar.
        let start: Int
        let text: NormalizedText
        var scalars: [Unicode.Scalar] { text.scalars }
        /// The original offset one past the piece.
        var end: Int { start + text.original.count }

        /// Whether the original range lies in the piece.
        func contains(_ range: Range<Int>) -> Bool { start <= range.lowerBound && range.upperBound <= end }

        /// The first normalized offset whose original offset is at or after `offset` (a
        /// document offset).
        func normalized(_ offset: Int) -> Int {
            let target = Int32(offset - start)
            var low = 0, high = text.originalOffsets.count
            while low < high {
                let mid = (low + high) / 2
                if text.originalOffsets[mid] < target { low = mid + 1 } else { high = mid }
            }
            return low
        }

        /// The normalized range of a document range.
        func normalized(_ range: Range<Int>) -> Range<Int> {
            let lower = normalized(range.lowerBound)
            return lower..<max(lower, normalized(range.upperBound))
        }

        /// The document offset of a normalized offset.
        func original(_ normalized: Int) -> Int { start + text.originalOffset(of: normalized) }

        /// The normalized line (a paragraph, a heading or a table row) holding `index`.
        func line(at index: Int) -> Range<Int> {
            var lower = min(index, scalars.count)
            while lower > 0, scalars[lower - 1] != "\n" { lower -= 1 }
            var upper = min(index, scalars.count)
            while upper < scalars.count, scalars[upper] != "\n" { upper += 1 }
            return lower..<upper
        }

        /// The normalized text of a range.
        func string(_ range: Range<Int>) -> String {
            String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
        }
    }
}
