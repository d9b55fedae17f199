import Foundation
import Testing
import ZhOutput
import ZhModel
import ZhRecords
import ZhTestSupport
import ZhText
@testable import ZhBatch

/// Reading in chunks, checked against decoding the whole file: on random texts with every kind
/// of line end, characters of 1 to 4 bytes and tiny blocks (so cuts also fall where a block has
/// no line break), and with the real extractor on the corpus.
@Suite struct ChunkedReadingTests {
    private static let pieces = ["一", "元", "，", "\n", "\r", "\r\n", "\n\n", " ", "a", "7", "𠮷", "¥", "（", "\t"]

    @Test(arguments: 0..<60)
    func chunksJoinToTheWholeTextWithTheirOffsetsAndLines(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        // The header is not valid UTF-8 in GB18030, so detection on the first chunk sees GB18030.
        var text = "甲乙丙丁：\n"
        for _ in 0..<Int.random(in: 0...400, using: &random) { text += Self.pieces.randomElement(using: &random)! }
        let encoding = SourceEncoding.allCases.randomElement(using: &random)!
        let bytes = Self.encode(text, as: encoding)
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("doc.txt", bytes)

        var chunks: [DecodedChunk] = []
        let blockSize = Int.random(in: 4...160, using: &random)
        let reader = DocumentChunks(path: path, blockSize: blockSize)
        while let chunk = reader.next() { chunks.append(chunk) }
        let report = reader.report
        let whole = try SourceDecoder.decode(bytes)
        let scalars = whole.text.scalars
        let lines = LineIndex(scalars)
        #expect(report == DocumentReport(path: path, status: .read, encoding: whole.encoding.rawValue, bytes: bytes.count,
                                         scalars: scalars.count), "block \(blockSize), \(encoding)")
        #expect(chunks.flatMap(\.text.scalars) == scalars)
        #expect(chunks.map(\.byteCount).reduce(0, +) == bytes.count)
        var offset = 0
        for chunk in chunks {
            #expect(chunk.startOffset == offset)
            #expect(chunk.startLine == lines.line(ofOffset: offset), "chunk at \(offset), block \(blockSize), \(encoding)")
            offset += chunk.text.scalars.count
        }
    }

    @Test func theExtractorGivesTheSameRecordsFromSmallChunksAsFromWholeDocuments() throws {
        let extractor = try Extractor.load()
        let items = CorpusSupport.documents.map { WalkItem(path: $0.path) }
        #expect(items.count >= 4)
        func records(blockSize: Int) throws -> [Record] {
            let printer = CollectingPrinter()
            let engine = BatchEngine(extractor: extractor, options: BatchOptions(jobs: 2, blockSize: blockSize))
            _ = try engine.run(items, into: printer, run: RunInfo(started: Date(), version: "test", arguments: []),
                               observer: CollectingObserver())
            return printer.records
        }
        let whole = try records(blockSize: 64 << 20)
        #expect(whole.count > 500)
        #expect(try records(blockSize: 16 << 10) == whole)
    }

    /// PDF conversions wrap lines inside figures, often across a blank line (`1,203.04⏎⏎万元`);
    /// a chunk cut there lost the record (with blocks of 200 B to 2.6 KB, a third of the sizes did:
    /// the only blank line of the block was inside the figure). Chunks are cut after a line that
    /// ends a sentence when the block has one, in every encoding.
    @Test(arguments: [SourceEncoding.utf8, .utf16LE, .utf16BE, .gb18030])
    func aFigureWrappedAcrossABlankLineIsNotCut(encoding: SourceEncoding) throws {
        let extractor = try Extractor.load()
        let filler = String(repeating: "财政局认真贯彻落实各项工作部署！\n", count: 40)
        let text = filler + "一般公共预算收入完成1,203.04\n\n万元，增长5%；\n" + filler
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("doc.txt", Self.encode(text, as: encoding))
        var lost: [Int] = []
        for blockSize in stride(from: 200, through: 5_000, by: 37) {
            let printer = CollectingPrinter()
            let engine = BatchEngine(extractor: extractor, options: BatchOptions(jobs: 1, blockSize: blockSize))
            _ = try engine.run([WalkItem(path: path)], into: printer, run: RunInfo(started: Date(), version: "test", arguments: []),
                               observer: CollectingObserver())
            if printer.records.filter({ $0.type == .money }).map(\.text) != ["1,203.04\n\n万元"] { lost.append(blockSize) }
        }
        #expect(lost.isEmpty, "\(encoding): the record is lost with blocks of \(lost)")
    }

    private static func encode(_ text: String, as encoding: SourceEncoding) -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return encoding.byteOrderMark + Array(text.utf8)
        case .utf16LE: return encoding.byteOrderMark + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BE: return encoding.byteOrderMark + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case .gb18030: return (try? CorpusSupport.iconv(text, to: "GB18030")) ?? []
        }
    }
}
