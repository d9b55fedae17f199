import Foundation
import ZhBatch
import ZhOutput
import ZhModel
import ZhRecords
import ZhText

/// A small extractor for the engine's tests: every run of ASCII digits followed by 元 is a money
/// record. The context numbers the records of a document, so a lost or reset context, or chunks
/// settled out of order, show in the pattern ids; a draft numbers from 1 as if it were the
/// document's first chunk, and settling renumbers it. Offsets and lines are whole-document
/// ones, as the protocol asks.
struct DigitsYuanExtractor: DocumentExtractor {
    /// Whether records are numbered through the document; when not, every draft stands as it is.
    var numbered = true
    /// Whether drafting a chunk that starts on a line divisible by 3 takes a few milliseconds,
    /// so that workers hand chunks of one document back out of order.
    var slowOnSomeChunks = false
    /// Whether the document stage adds a record counting the document's records (`test.total`).
    var totals = false

    func makeContext(doc: String) -> Int { 0 }

    /// A worker counts the chunks it drafted: per-thread state, never shared.
    func makeWorker() -> Int { 0 }

    func draft(_ chunk: DecodedChunk, doc: String, worker: inout Int) -> [Record] {
        worker += 1
        if slowOnSomeChunks, chunk.startLine % 3 == 0 { usleep(3_000) }
        let scalars = chunk.text.scalars
        var records: [Record] = []
        var line = chunk.startLine
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\n" { line += 1 }
            guard scalars[i].properties.numericType != nil, scalars[i].isASCII else { i += 1; continue }
            var end = i
            while end < scalars.count, scalars[end].isASCII, scalars[end].properties.numericType != nil { end += 1 }
            if end < scalars.count, scalars[end] == "元" {
                let digits = String(String.UnicodeScalarView(scalars[i..<end]))
                records.append(Record(doc: doc, type: .money, text: digits + "元", start: chunk.startOffset + i,
                                      end: chunk.startOffset + end + 1, line: line,
                                      pattern: numbered ? Self.pattern(records.count + 1) : "test.money",
                                      fields: [Field("value", .number(ExactDecimal(digits)!)), Field("currency", .string("CNY"))]))
            }
            i = end
        }
        return records
    }

    func records(of draft: [Record]) -> [Record] { draft }

    func settle(_ draft: [Record], context: inout Int, worker: inout Int) -> [Record]? {
        defer { context += draft.count }
        guard numbered, context > 0 else { return nil }
        return draft.enumerated().map { n, record in
            var record = record
            record.pattern = Self.pattern(context + n + 1)
            return record
        }
    }

    func finish(context: inout Int) -> [Record] {
        guard totals else { return [] }
        return [Record(doc: "", type: .quantity, text: "", start: 0, end: 0, line: 1, pattern: "test.total",
                       fields: [Field("value", .number(ExactDecimal(context))), Field("unit", .string("records"))])]
    }

    private static func pattern(_ number: Int) -> String { "test.money#\(number)" }
}

/// A printer that keeps everything in memory.
final class CollectingPrinter: RecordPrinter {
    var records: [Record] = []
    var reports: [DocumentReport] = []
    var began = false
    var finished: RunSummary?

    func begin(_ run: RunInfo) throws(OutputError) { began = true }
    func write(_ records: [Record]) throws(OutputError) { self.records += records }
    func endDocument(_ report: DocumentReport) throws(OutputError) { reports.append(report) }
    func finish(_ summary: RunSummary) throws(OutputError) { finished = summary }
}

/// An observer that ignores progress and keeps the documents' outcomes.
final class CollectingObserver: BatchObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [DocumentReport] = []

    var reports: [DocumentReport] { lock.withLock { collected } }
    func progressed(bytes: Int, records: Int) {}
    func finished(_ report: DocumentReport) { lock.withLock { collected.append(report) } }
}

/// A fresh temporary folder, with helpers to fill it.
struct TemporaryFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-batch-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` at `relative`, creating folders; returns the full path.
    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Generated report-like text: numbered lines with figures, blank lines between paragraphs,
/// CJK and a character outside the BMP, so offsets in scalars and UTF-16 differ.
func generatedDocument(lines: Int, seed: Int = 0) -> String {
    var text = ""
    for n in 0..<lines {
        let k = n &* 7919 &+ seed
        text += "第\(n)行：全县𠮷收入\(k % 100_000)元，同比增长\(k % 17)%，另有\(k % 13)元。\n"
        if k % 5 == 0 { text += "\n" }
        if k % 11 == 0 { text += "\r\n" }
    }
    return text
}

/// Runs the engine with the test extractor and returns what was printed and observed.
func runEngine(_ items: [WalkItem], jobs: Int = 2, blockSize: Int = 8 << 20, recordLimit: Int = 20_000,
               extractor: DigitsYuanExtractor = DigitsYuanExtractor()) throws -> (CollectingPrinter, CollectingObserver, RunSummary) {
    let printer = CollectingPrinter()
    let observer = CollectingObserver()
    let options = BatchOptions(jobs: jobs, blockSize: blockSize, recordLimit: recordLimit)
    let engine = BatchEngine(extractor: extractor, options: options)
    let summary = try engine.run(items, into: printer, run: RunInfo(started: Date(), version: "test", arguments: []), observer: observer)
    return (printer, observer, summary)
}

/// Where two outputs first differ (`nil` when equal), for expectations on big byte arrays that
/// stay cheap when they fail.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
    a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? (a.count == b.count ? nil : a.count)
}
