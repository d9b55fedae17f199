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
