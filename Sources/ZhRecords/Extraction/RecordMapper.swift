import ZhModel
import ZhText

/// Turns what the rules found in a chunk's normalized text into contract records: maps a
/// normalized range back to the original text, and gives it whole-document offsets and a line.
struct RecordMapper: Sendable {
    /// The chunk's text.
    let text: NormalizedText
    /// The document the chunk is part of.
    let doc: String
    /// Where the chunk starts in the document: scalar offset and line.
    let startOffset: Int
    let startLine: Int
    private var lines: LineCursor

    init(text: NormalizedText, doc: String, startOffset: Int, startLine: Int) {
        self.text = text
        self.doc = doc
        self.startOffset = startOffset
        self.startLine = startLine
        lines = LineCursor(text.lines)
    }

    /// Whether the normalized `range` overlaps one of `records` (records this mapper made). The
    /// map to the original text is strictly increasing, so ranges overlap in the normalized view
    /// exactly where their original spans do.
    func overlaps(_ range: Range<Int>, anyOf records: [Record]) -> Bool {
        let span = text.originalRange(of: range)
        let original = (startOffset + span.lowerBound)..<(startOffset + span.upperBound)
        return records.contains { original.overlaps($0.start..<$0.end) }
    }

    /// The record of the normalized `range`; cheapest when asked in order of start.
    mutating func record(_ range: Range<Int>, type: RecordType, pattern: String, fields: [Field]) -> Record {
        let span = text.originalRange(of: range)
        return Record(doc: doc, type: type, text: text.originalText(span),
                      start: startOffset + span.lowerBound, end: startOffset + span.upperBound,
                      line: startLine - 1 + lines.line(of: span.lowerBound), pattern: pattern, fields: fields)
    }
}
