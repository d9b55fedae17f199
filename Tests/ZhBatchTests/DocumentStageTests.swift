import Foundation
import Testing
import ZhModel
import ZhOutput
import ZhText
@testable import ZhBatch

/// The document stage runs once per document, after its last chunk is settled, whichever worker
/// settles it, and its records follow the document's own.
@Suite struct DocumentStageTests {
    @Test func theDocumentStageFollowsEachDocumentsChunks() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var paths = try (0..<12).map { n in
            try folder.write(String(format: "doc%02d.txt", n), generatedDocument(lines: (n * 53) % 300, seed: n))
        }
        paths.insert(try folder.write("empty.txt", [UInt8]()), at: 3)
        paths.insert(folder.path + "/missing.txt", at: 5)
        let items = paths.map { WalkItem(path: $0) }
        let extractor = DigitsYuanExtractor(slowOnSomeChunks: true, totals: true)
        let (one, _, _) = try runEngine(items, jobs: 1, blockSize: 2 << 10, extractor: extractor)
        let (two, _, _) = try runEngine(items, jobs: 2, blockSize: 2 << 10, extractor: extractor)
        #expect(two.records == one.records)
        // One total per document read (none for the missing one), right after its records.
        var count = 0
        var totals = 0
        for record in one.records {
            if record.pattern == "test.total" {
                #expect(record["value"] == .number(ExactDecimal(count)))
                totals += 1
                count = 0
            } else {
                count += 1
            }
        }
        #expect(totals == paths.count - 1 && count == 0)
        #expect(one.reports.filter { $0.status == .read }.map(\.records).reduce(0, +) == one.records.count)
    }
}
