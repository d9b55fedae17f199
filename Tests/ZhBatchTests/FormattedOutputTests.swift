import Foundation
import Testing
import ZhOutput
import ZhModel
import ZhRecords
@testable import ZhBatch

/// The engine's formatted path: workers format their records into bytes (JSON Lines, CSV) and the
/// ordered output only copies them; the file must be byte for byte what one thread writing
/// records gives, whatever the number of jobs, chunk size and buffering limit.
@Suite struct FormattedOutputTests {
    /// A printer that only takes records: the engine's record path, as SQLite uses it.
    private final class RecordsOnly: RecordPrinter {
        let printer: any RecordPrinter
        init(_ printer: any RecordPrinter) { self.printer = printer }
        func begin(_ run: RunInfo) throws(OutputError) { try printer.begin(run) }
        func write(_ records: [Record]) throws(OutputError) { try printer.write(records) }
        func endDocument(_ report: DocumentReport) throws(OutputError) { try printer.endDocument(report) }
        func finish(_ summary: RunSummary) throws(OutputError) { try printer.finish(summary) }
    }

    /// What a run over `items` writes in `format`, with the observed reports and the summary;
    /// `formatted: false` hides the printer's formatter, so records are written under the lock.
    private static func run(_ items: [WalkItem], format: OutputFormat, formatted: Bool = true,
                            extractor: DigitsYuanExtractor = DigitsYuanExtractor(), jobs: Int,
                            blockSize: Int = 8 << 20, recordLimit: Int = 20_000, byteLimit: Int = 16 << 20) throws
        -> (bytes: [UInt8], reports: [DocumentReport], summary: RunSummary) {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/out." + format.rawValue
        let made = try format.makePrinter(path: path)
        #expect(made is any FormattingPrinter)
        let printer = formatted ? made : RecordsOnly(made)
        let observer = CollectingObserver()
        let engine = BatchEngine(extractor: extractor,
                                 options: BatchOptions(jobs: jobs, blockSize: blockSize, recordLimit: recordLimit,
                                                       byteLimit: byteLimit))
        let summary = try engine.run(items, into: printer, run: RunInfo(started: Date(), version: "test", arguments: []),
                                     observer: observer)
        return (Array(try Data(contentsOf: URL(fileURLWithPath: path))), observer.reports, summary)
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func manySmallDocumentsGiveTheSingleThreadBytes(format: OutputFormat) throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        // Sizes vary, some documents are empty or have no records, so workers overtake each other.
        let items = try (0..<120).map { n in
            WalkItem(path: try folder.write(String(format: "doc%03d.txt", n), generatedDocument(lines: (n * 53) % 90, seed: n)))
        }
        let reference = try Self.run(items, format: format, formatted: false, jobs: 1)
        #expect(reference.summary.records > 5000)
        for (jobs, limit) in [(1, 16 << 20), (2, 16 << 20), (4, 16 << 20), (2, 500), (4, 1)] {
            let run = try Self.run(items, format: format, jobs: jobs, blockSize: 1 << 10, byteLimit: limit)
            #expect(firstDifference(run.bytes, reference.bytes) == nil, "\(format), jobs \(jobs), limit \(limit)")
            #expect(run.reports == reference.reports)
            #expect(run.reports.map(\.path) == items.map(\.path))
            #expect(run.summary.records == reference.summary.records && run.summary.filesRead == 120)
            #expect(run.summary.recordsByType == reference.summary.recordsByType)
        }
    }

    @Test(arguments: [false, true])
    func chunksOfOneDocumentDraftedOutOfOrderAreWrittenInOrder(numbered: Bool) throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        // Workers share the document's chunks; some take longer, so later chunks come back first
        // and wait, formatted, for their turn (unnumbered drafts stand; numbered ones are redone).
        let items = [WalkItem(path: try folder.write("big.txt", generatedDocument(lines: 1500, seed: 3))),
                     WalkItem(path: try folder.write("small.txt", generatedDocument(lines: 40, seed: 4)))]
        let extractor = DigitsYuanExtractor(numbered: numbered, slowOnSomeChunks: true)
        let reference = try Self.run(items, format: .jsonl, formatted: false,
                                     extractor: DigitsYuanExtractor(numbered: numbered), jobs: 1)
        #expect(reference.summary.records > 2000)
        for jobs in [2, 4] {
            let run = try Self.run(items, format: .jsonl, extractor: extractor, jobs: jobs, blockSize: 1 << 10)
            #expect(firstDifference(run.bytes, reference.bytes) == nil, "jobs \(jobs), numbered \(numbered)")
            #expect(run.reports == reference.reports)
        }
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func aDocumentBiggerThanTheLimitWaitsForItsTurn(format: OutputFormat) throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        // A big document first, then a bigger one behind it that overflows the per-document
        // limit while the first is still the head, then small ones.
        var items = [WalkItem(path: try folder.write("a-big.txt", generatedDocument(lines: 3000, seed: 1)))]
        items.append(WalkItem(path: try folder.write("b-bigger.txt", generatedDocument(lines: 4000, seed: 2))))
        for n in 0..<10 { items.append(WalkItem(path: try folder.write("c\(n).txt", generatedDocument(lines: 5 + n, seed: n)))) }
        let reference = try Self.run(items, format: format, formatted: false, jobs: 1)
        for jobs in [2, 3] {
            let run = try Self.run(items, format: format, jobs: jobs, blockSize: 2 << 10, byteLimit: 8 << 10)
            #expect(run.bytes.count > 100 * (8 << 10), "the documents are many times the limit")
            #expect(firstDifference(run.bytes, reference.bytes) == nil, "\(format), jobs \(jobs)")
            #expect(run.reports == reference.reports)
        }
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func aFailingDocumentInTheMiddleLeavesTheOthersWhole(format: OutputFormat) throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var items = try (0..<30).map { n in
            WalkItem(path: try folder.write(String(format: "doc%02d.txt", n), generatedDocument(lines: 40 + n, seed: n)))
        }
        // Bad bytes after the first chunk: the document gives no output at all.
        let bad = try folder.write("bad.txt", Array(generatedDocument(lines: 200).utf8) + [0xC3, 0x28])
        items.insert(WalkItem(path: bad), at: 15)
        items.insert(WalkItem(path: folder.path + "/missing.txt", problem: "no such file or folder"), at: 7)
        let good = items.filter { $0.path != bad && $0.problem == nil }
        let reference = try Self.run(good, format: format, formatted: false, jobs: 1)
        for jobs in [1, 2, 4] {
            let run = try Self.run(items, format: format, jobs: jobs, blockSize: 1 << 10)
            #expect(firstDifference(run.bytes, reference.bytes) == nil, "\(format), jobs \(jobs)")
            #expect(run.reports.map(\.path) == items.map(\.path))
            #expect(run.reports.map(\.status) == items.map { $0.path == bad || $0.problem != nil ? .failed : .read })
            #expect(run.summary.filesFailed == 2 && run.summary.filesRead == 30)
            #expect(run.summary.records == reference.summary.records)
        }
    }
}
