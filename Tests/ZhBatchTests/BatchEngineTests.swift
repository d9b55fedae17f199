import Foundation
import Testing
import ZhOutput
import ZhModel
import ZhRecords
@testable import ZhBatch

@Suite struct BatchEngineTests {
    /// The encodings a document is written in, with its bytes.
    private static func encoded(_ text: String) -> [(String, [UInt8])] {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        return [
            ("utf8", Array(text.utf8)),
            ("utf-8-bom", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            ("utf-16le", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ("utf-16be", [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            ("gb18030", Array(text.data(using: gb18030)!)),
        ]
    }

    @Test(arguments: 0..<5)
    func chunkedRunGivesTheRecordsOfAWholeFileRun(encodingIndex: Int) throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let text = generatedDocument(lines: 3000)
        let (encoding, bytes) = Self.encoded(text)[encodingIndex]
        let path = try folder.write("doc.txt", bytes)
        let (whole, _, _) = try runEngine([WalkItem(path: path)], blockSize: 8 << 20)
        let (chunked, _, _) = try runEngine([WalkItem(path: path)], blockSize: 1 << 10)

        #expect(whole.records.count > 5000)
        #expect(chunked.records == whole.records)
        // Offsets and lines are the whole document's.
        let scalars = Array(text.unicodeScalars)
        let lineStarts = [0] + scalars.indices.filter { scalars[$0] == "\n" }.map { $0 + 1 }
        for record in chunked.records {
            #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text)
            #expect(lineStarts.lastIndex { $0 <= record.start }! + 1 == record.line)
        }
        #expect(chunked.records.last!.pattern == "test.money#\(chunked.records.count)", "one context across chunks")
        let report = try #require(chunked.reports.first)
        #expect(report == DocumentReport(path: path, status: .read, encoding: encoding, bytes: bytes.count,
                                         scalars: scalars.count, records: chunked.records.count))
    }

    @Test func outputIsInInputOrderWhateverTheNumberOfJobs() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let paths = try (0..<40).map { n in
            try folder.write(String(format: "doc%02d.txt", n), generatedDocument(lines: (n * 37) % 400, seed: n))
        }
        let items = paths.map { WalkItem(path: $0) }
        let (one, oneObserved, _) = try runEngine(items, jobs: 1, blockSize: 4 << 10)
        for (jobs, limit) in [(2, 20_000), (4, 20_000), (4, 5)] {
            let (many, observed, summary) = try runEngine(items, jobs: jobs, blockSize: 4 << 10, recordLimit: limit)
            #expect(many.records == one.records, "jobs \(jobs), limit \(limit)")
            #expect(many.reports == one.reports)
            #expect(observed.reports == oneObserved.reports)
            #expect(summary.records == one.records.count && summary.filesRead == 40)
        }
        #expect(one.reports.map(\.path) == paths)
        #expect(one.records.map(\.doc) == one.records.map(\.doc).sorted())
    }

    @Test func shardsConcatenatedGiveTheWholeRun() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        for n in 0..<13 { try folder.write("d/\(n).txt", generatedDocument(lines: 20 + n, seed: n)) }
        let items = FileWalker().walk([folder.path])
        let (whole, _, _) = try runEngine(items)
        for count in [1, 2, 3, 5, 13, 20] {
            var records: [Record] = []
            for index in 1...count {
                records += try runEngine(Array(Shard("\(index)/\(count)")!.slice(of: items))).0.records
            }
            #expect(records == whole.records, "\(count) shards")
        }
    }

    @Test func aFailingDocumentIsReportedAndTheOthersAreComplete() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("a.txt", "收入100元\n支出20元\n")
        let bad = try folder.write("b.txt", Array("收入100元\n".utf8) + [0xFF, 0xFF, 0xFF] + Array("30元".utf8))
        let binary = try folder.write("c.txt", Array("5元".utf8) + [0, 1, 2])
        // A big file whose bad bytes come after its first chunk gives no records at all.
        let bigBad = try folder.write("d.txt", Array(generatedDocument(lines: 200).utf8) + [0xC3, 0x28])
        let last = try folder.write("e.txt", "又7元")
        let items = [WalkItem(path: good), WalkItem(path: bad), WalkItem(path: binary), WalkItem(path: bigBad),
                     WalkItem(path: folder.path + "/missing.txt", problem: "no such file or folder"), WalkItem(path: last)]
        let (printer, observer, summary) = try runEngine(items, jobs: 3, blockSize: 1 << 10)

        #expect(printer.records.map(\.text) == ["100元", "20元", "7元"])
        #expect(printer.reports.map(\.status) == [.read, .failed, .skipped, .failed, .failed, .read])
        // The encoding is the one found, none for a binary file or bytes that fit no encoding.
        #expect(printer.reports.map(\.encoding) == ["utf8", nil, nil, "utf8", nil, "utf8"])
        #expect(printer.reports[1].message == "not valid UTF-8 or GB18030 (first bad byte at offset 13)")
        let bigSize = try FileManager.default.attributesOfItem(atPath: bigBad)[.size] as! Int
        #expect(printer.reports[3].message == "not valid UTF-8 (first bad byte at offset \(bigSize - 2))")
        #expect(observer.reports == printer.reports)
        #expect(summary.filesRead == 2 && summary.filesFailed == 3 && summary.filesSkipped == 1)
        #expect(summary.recordsByType == [.money: 3])
        #expect(ConsoleReporter.problemLine(printer.reports[1]) == "zhx: \(bad): not valid UTF-8 or GB18030 (first bad byte at offset 13)")
        #expect(ConsoleReporter.problemLine(printer.reports[2]) == "zhx: \(binary): skipped: binary file (NUL byte at offset 4)")
        #expect(ConsoleReporter.problemLine(printer.reports[4]) == "zhx: \(folder.path)/missing.txt: no such file or folder")
        #expect(ConsoleReporter.problemLine(printer.reports[0]) == nil)
    }

    @Test func theSummaryGivesTheTimeInMillisecondsUnderASecond() {
        var summary = RunSummary(started: Date(timeIntervalSince1970: 0))
        summary.filesRead = 4
        summary.bytes = 94_229
        summary.recordsByType = [.money: 510, .date: 112]
        summary.finished = Date(timeIntervalSince1970: 0.0042)
        #expect(ConsoleReporter.summaryText(summary) == "zhx: 4 files read, 0 failed, 0 skipped; 622 records (money 510, date 112); 4 ms, 22.4 MB/s")
        summary.finished = Date(timeIntervalSince1970: 1.2)
        summary.filesRead = 1
        #expect(ConsoleReporter.summaryText(summary).hasPrefix("zhx: 1 file read, "))
        #expect(ConsoleReporter.summaryText(summary).hasSuffix("; 1.20 s, 0.1 MB/s"))
    }

    @Test func aFailingOutputStopsTheRun() {
        final class FullDisk: RecordPrinter {
            func begin(_ run: RunInfo) throws(OutputError) {}
            func write(_ records: [Record]) throws(OutputError) { throw OutputError("out.jsonl: cannot write: No space left on device") }
            func endDocument(_ report: DocumentReport) throws(OutputError) {}
            func finish(_ summary: RunSummary) throws(OutputError) {}
        }
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let items = (0..<20).map { n in WalkItem(path: (try? folder.write("\(n).txt", "\(n)元\n")) ?? "") }
        let engine = BatchEngine(extractor: DigitsYuanExtractor(), options: BatchOptions(jobs: 4))
        #expect(throws: OutputError.self) {
            try engine.run(items, into: FullDisk(), run: RunInfo(started: Date(), version: "test", arguments: []),
                           observer: CollectingObserver())
        }
    }
}
