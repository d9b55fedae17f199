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

    /// The record of `mention`; cheapest when asked in order of start. Spans in its fields (a
    /// measure's figures) become whole-document offsets too.
    mutating func record(_ mention: Mention) -> Record {
        let span = text.originalRange(of: mention.range)
        var fields = mention.fields
        for index in fields.indices {
            guard case .spans(let ranges) = fields[index].value else { continue }
            fields[index].value = .spans(ranges.map { range in
                let original = text.originalRange(of: range)
                return (startOffset + original.lowerBound)..<(startOffset + original.upperBound)
            })
        }
        return Record(doc: doc, type: mention.type, text: text.originalText(span),
                      start: startOffset + span.lowerBound, end: startOffset + span.upperBound,
                      line: startLine - 1 + lines.line(of: span.lowerBound), pattern: mention.pattern, fields: fields)
    }
}
