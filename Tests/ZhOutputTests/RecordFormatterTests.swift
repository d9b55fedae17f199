import Foundation
import Testing
import ZhModel
import ZhModel
@testable import ZhOutput

/// The formatters give the bytes their printers write, however the records are split into calls
/// and whichever copy formats them, and the printers write formatted bytes as they are.
@Suite struct RecordFormatterTests {
    /// Records of several documents (runs of one document, and documents mixed within a batch),
    /// with every awkward string, so a formatter's per-document prefix and field layouts change often.
    static let records: [Record] = {
        var renamed = SampleRecords.percent
        renamed.doc = "quote\"and,comma\n.txt"
        return SampleRecords.all + [renamed, SampleRecords.money, renamed] + ByteOutputTests.awkwardRecords + SampleRecords.all
    }()

    /// Everything but the header row a printer of `format` writes for `records` in one call.
    private static func printedRecords(_ records: [Record], as format: OutputFormat) throws -> [UInt8] {
        let text = try SampleRecords.printed([records], as: format)
        let header = format == .csv ? CSVFormatter().header.utf8.count : 0
        return Array(text.utf8.dropFirst(header))
    }

    private static func makeFormatter(_ format: OutputFormat) throws -> any RecordFormatter {
        let printer = try #require(try format.makePrinter(path: SampleRecords.temporaryPath("unused")) as? any FormattingPrinter)
        return printer.makeFormatter()
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func formattedBytesAreThePrintersWhateverTheSplit(format: OutputFormat) throws {
        let expected = try Self.printedRecords(Self.records, as: format)
        for size in [1, 2, 7, 64, Self.records.count] {
            // One formatter for every call, as a worker formats a document's chunks in turn.
            var formatter = try Self.makeFormatter(format)
            var bytes = ByteBuffer()
            var pieces: [UInt8] = []
            for start in stride(from: 0, to: Self.records.count, by: size) {
                bytes.removeAll()
                formatter.format(Array(Self.records[start..<min(start + size, Self.records.count)]), into: &bytes)
                pieces += Array(bytes.bytes)
            }
            #expect(firstDifference(pieces, expected) == nil, "\(format) in calls of \(size)")
        }
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func copiesFormatIndependentlyOnSeveralThreads(format: OutputFormat) async throws {
        let expected = try Self.printedRecords(Self.records, as: format)
        let template = try Self.makeFormatter(format)
        let results = await withTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var formatter = template
                    var bytes = ByteBuffer()
                    var all: [UInt8] = []
                    for _ in 0..<25 {
                        bytes.removeAll()
                        formatter.format(Self.records, into: &bytes)
                        all += Array(bytes.bytes)
                    }
                    return all
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 4)
        let all = Array(Array(repeating: expected, count: 25).joined())
        #expect(results.allSatisfy { firstDifference($0, all) == nil })
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func printersWriteFormattedBytesAsTheirRecords(format: OutputFormat) throws {
        // Enough records that one formatted block is bigger than the writer's buffer.
        let many = Array(Array(repeating: Self.records, count: 40).joined())
        var formatter = try Self.makeFormatter(format)
        var small = ByteBuffer(), big = ByteBuffer()
        formatter.format(Array(many.prefix(3)), into: &small)
        formatter.format(Array(many.dropFirst(3)), into: &big)
        #expect(big.count > 1 << 16)

        let path = SampleRecords.temporaryPath("formatted.\(format.rawValue)")
        let printer = try #require(try format.makePrinter(path: path) as? any FormattingPrinter)
        try printer.begin(RunInfo(started: Date(), version: "test", arguments: []))
        try printer.write(formatted: small.bytes)
        try printer.write(formatted: big.bytes)
        try printer.write(Array(many.prefix(2)))
        try printer.finish(RunSummary(started: Date()))
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        let printed = Array(try SampleRecords.printed([many, Array(many.prefix(2))], as: format).utf8)
        #expect(firstDifference(Array(written), printed) == nil)
    }
}
