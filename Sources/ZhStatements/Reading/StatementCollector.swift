import ZhModel

/// What the statement stage keeps of one document while the batch engine reads it chunk by
/// chunk, so that the audit and the panel can run once the whole document is read: the metric
/// records, the records inside their spans (figures, regions), the date and region records of
/// the opening, and the text of the lines around each metric (``StatementText``) and of the
/// opening. Everything else is dropped as it comes, so a big document with few statements costs
/// little memory.
public struct StatementCollector: Sendable {
    /// Lines kept above a statement's first line (a table's header, the paragraph before a
    /// numbered list, the blank lines between list items) and below its last.
    static let linesBefore = 8
    static let linesAfter = 1

    public private(set) var records: [Record] = []
    public private(set) var text = StatementText()
    /// The original range of the opening once the first chunk is read.
    private var opening: Range<Int>?
    /// The last lines of the chunk before (its offset and text): the lines above a statement at
    /// the top of the next chunk.
    private var tail: (start: Int, scalars: [Unicode.Scalar])?

    public init() {}

    /// Adds one chunk: its records (in any order) and its original text, which starts at
    /// document offset `startOffset`. Chunks come in order.
    public mutating func add(_ chunkRecords: [Record], text scalars: [Unicode.Scalar], startOffset: Int) {
        if startOffset == 0, opening == nil {
            let found = ReportOpening.range(in: scalars[...], from: 0)
            opening = found?.opening ?? 0..<0
            if let range = found?.opening {
                text.keep(scalars[range.clamped(to: 0..<scalars.count)], at: range.lowerBound)
            }
        }
        let metrics = chunkRecords.filter { $0.type == .metric }.sorted { $0.start < $1.start }
        for record in chunkRecords {
            if record.type == .metric {
                records.append(record)
            } else if metrics.contains(where: { $0.start <= record.start && record.end <= $0.end }) {
                records.append(record)
            } else if let opening, opening.contains(record.start), record.type == .date || record.type == .region {
                records.append(record)
            }
        }
        for metric in metrics {
            let lower = Self.lineStart(in: scalars, at: metric.start - startOffset, linesUp: Self.linesBefore)
            let upper = Self.lineEnd(in: scalars, at: metric.end - startOffset, linesDown: Self.linesAfter)
            guard lower < upper else { continue }
            if lower == 0, let tail, tail.start + tail.scalars.count == startOffset {
                text.keep(tail.scalars[...], at: tail.start)
            }
            text.keep(scalars[lower..<upper], at: startOffset + lower)
        }
        let tailStart = Self.lineStart(in: scalars, at: scalars.count, linesUp: Self.linesBefore)
        tail = (startOffset + tailStart, Array(scalars[tailStart...]))
    }

    /// Adds records that come without text (the document stage's).
    public mutating func add(_ documentRecords: [Record]) {
        records += documentRecords.filter { $0.type == .metric }
    }

    /// The start of the line `linesUp` lines above the one holding `offset` (clamped to the chunk).
    static func lineStart(in scalars: [Unicode.Scalar], at offset: Int, linesUp: Int) -> Int {
        var index = min(max(offset, 0), scalars.count)
        var lines = 0
        while index > 0 {
            if scalars[index - 1] == "\n" {
                if lines == linesUp { break }
                lines += 1
            }
            index -= 1
        }
        return index
    }

    /// The end (before its line break) of the line `linesDown` lines below the one holding the
    /// scalar before `offset` (clamped to the chunk).
    static func lineEnd(in scalars: [Unicode.Scalar], at offset: Int, linesDown: Int) -> Int {
        var index = min(max(offset, 0), scalars.count)
        var lines = 0
        while index < scalars.count {
            if scalars[index] == "\n" {
                if lines == linesDown { break }
                lines += 1
            }
            index += 1
        }
        return index
    }
}
