import ZhModel
import ZhText

/// Turns the mentions of a chunk's normalized text into contract records: maps a normalized
/// range back to the original text, and gives it whole-document offsets and a line.
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

    /// The record of `mention`; cheapest when asked in order of start.
    mutating func record(_ mention: Mention) -> Record {
        let span = text.originalRange(of: mention.range)
        return Record(doc: doc, type: mention.type, text: text.originalText(span),
                      start: startOffset + span.lowerBound, end: startOffset + span.upperBound,
                      line: startLine - 1 + lines.line(of: span.lowerBound), pattern: mention.pattern, fields: mention.fields)
    }
}
