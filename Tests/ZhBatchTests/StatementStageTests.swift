import Foundation
import Testing
import ZhModel
import ZhOutput
import ZhStatements
import ZhText
@testable import ZhBatch

/// A base extractor for the statement stage: the metric records of known statements, wherever
/// their text stands in a chunk (with whole-document offsets and lines), and a money record for
/// every `元` figure elsewhere, which the stage should drop.
struct KnownStatementsExtractor: DocumentExtractor {
    /// Each statement's text and fields.
    let statements: [(text: String, fields: [Field])]

    func makeContext(doc: String) -> Int { 0 }
    func makeWorker() -> Int { 0 }

    func draft(_ chunk: DecodedChunk, doc: String, worker: inout Int) -> [Record] {
        let scalars = chunk.text.scalars
        var records: [Record] = []
        var lineStarts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { lineStarts.append(index + 1) }
        func line(_ offset: Int) -> Int { chunk.startLine + lineStarts.lastIndex { $0 <= offset }! }
        for (text, fields) in statements {
            let pattern = Array(text.unicodeScalars)
            var start = 0
            while start + pattern.count <= scalars.count {
                if Array(scalars[start..<(start + pattern.count)]) == pattern {
                    records.append(Record(doc: doc, type: .metric, text: text, start: chunk.startOffset + start,
                                          end: chunk.startOffset + start + pattern.count, line: line(start), pattern: "test.metric",
                                          fields: fields))
                    start += pattern.count
                } else {
                    start += 1
                }
            }
        }
        for (index, scalar) in scalars.enumerated() where scalar == "元" {
            records.append(Record(doc: doc, type: .money, text: "元", start: chunk.startOffset + index, end: chunk.startOffset + index + 1,
                                  line: line(index), pattern: "test.yuan", fields: [Field("value", .number(.zero))]))
        }
        return records.sorted { $0.start < $1.start }
    }

    func records(of draft: [Record]) -> [Record] { draft }
    func settle(_ draft: [Record], context: inout Int, worker: inout Int) -> [Record]? { nil }
    func finish(context: inout Int) -> [Record] { [] }
}

/// The statement stage in the batch engine: documents read in many chunks by several workers
/// give the findings the audit gives on their whole text, in input order.
@Suite struct StatementStageTests {
    static let total = "全县一般公共预算收入完成 50000 万元，占年度预算 40000 万元的 115.00%"
    static let tax = "税收收入完成 30000 万元，占年度预算 24000 万元的 125.00%"
    static let nonTax = "非税收入完成 20000 万元，占年度预算 16000 万元的 125.00%"
    static let paragraph = "2024年，\(total)。其中：\(tax)；\(nonTax)。无关的句子，另有 300 元。\n\n"

    static let extractor = KnownStatementsExtractor(statements: [
        (total, fields("一般公共预算收入", actual: "500000000", budget: "400000000", completion: "115")),
        (tax, fields("税收收入", actual: "300000000", budget: "240000000", completion: "125")),
        (nonTax, fields("非税收入", actual: "200000000", budget: "160000000", completion: "125")),
    ])

    static func fields(_ subject: String, actual: String, budget: String, completion: String) -> [Field] {
        [Field("subject", .string(subject)), Field("actual", .number(ExactDecimal(actual)!)),
         Field("budget", .number(ExactDecimal(budget)!)), Field("completion", .number(ExactDecimal(completion)!))]
    }

    static let words: StatementWords = try! StatementWords.builtin()

    @Test func findingsOfDocumentsReadInChunks() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        // 60 paragraphs: about 8,000 scalars, read in 1 KB chunks.
        let document = "# 示例县 2024 年度预算执行情况\n\n" + String(repeating: Self.paragraph, count: 60)
        let paths = [try folder.write("a.txt", document), try folder.write("b.txt", "无关的文字。\n"), try folder.write("c.txt", document)]
        let stage = StatementStage(base: Self.extractor, reader: StatementReader(words: Self.words)) { document in
            StatementAudit().findings(in: document).map(\.record)
        }
        var outputs: [[Record]] = []
        for jobs in [1, 2] {
            let printer = CollectingPrinter()
            let engine = BatchEngine(extractor: stage, options: BatchOptions(jobs: jobs, blockSize: 1 << 10))
            let summary = try engine.run(paths.map { WalkItem(path: $0) }, into: printer,
                                         run: RunInfo(started: Date(), version: "test", arguments: []), observer: CollectingObserver())
            #expect(summary.recordsByType == [.finding: 120])
            outputs.append(printer.records)
        }
        #expect(outputs[0] == outputs[1])
        // The same findings as the audit of each whole document.
        var whole = [Record]()
        for path in [paths[0], paths[2]] {
            var worker = 0
            let records = Self.extractor.draft(DecodedChunk(text: DecodedText(document), startOffset: 0, startLine: 1, byteCount: 0),
                                               doc: path, worker: &worker)
            let statements = StatementReader(words: Self.words).read(records: records, text: document)
            #expect(statements.groups.count == 60, "the 其中 of every paragraph is read across chunks")
            whole += StatementAudit().findings(in: statements).map(\.record)
        }
        #expect(outputs[0] == whole)
        let first = try #require(Finding(outputs[0][0]))
        #expect(first.check == .completion && first.line == 3 && first.stated == ExactDecimal(115))
    }
}
