import Foundation
import Testing
import ZhBatch
import ZhOutput

@Suite struct BatchJobTests {
    private func run(_ job: BatchJob) -> BatchJob.Outcome {
        job.run(with: DigitsYuanExtractor(), version: "test", arguments: ["extract"])
    }

    private func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
    }

    @Test func aFailingFileFailsTheJobButTheOthersOutputIsComplete() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        try folder.write("docs/a.txt", "一10元\n二20元\n")
        try folder.write("docs/b.txt", [0xB6, 0xFE, 0xFF, 0x31, 0x30])
        try folder.write("docs/c.txt", "三30元")
        let binary = try folder.write("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x31, 0x30])
        let out = folder.path + "/out.jsonl"
        let outcome = run(BatchJob(paths: [folder.path + "/docs", binary], output: out, quiet: true))
        #expect(outcome == .documentsFailed)
        let records = try lines(out)
        #expect(records.count == 3)
        #expect(records.map { $0.contains("\"doc\":\"\(folder.path)/docs/a.txt\"") } == [true, true, false])
        #expect(records[2].contains("\"text\":\"30元\""))

        #expect(run(BatchJob(paths: [folder.path + "/docs/a.txt", binary], output: out, quiet: true)) == .success,
                "a skipped binary file is not a failure")
    }

    @Test func thePreviousOutputIsNotReadAsInput() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "一10元\n")
        let out = folder.path + "/out.txt"
        #expect(run(BatchJob(paths: [folder.path], output: out, quiet: true)) == .success)
        #expect(run(BatchJob(paths: [folder.path], output: out, quiet: true)) == .success)
        let records = try lines(out)
        #expect(records.count == 1 && records[0].contains("a.txt"))
    }

    @Test func shardsOfAFileListConcatenateToTheWholeOutput() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let paths = try (0..<7).map { try folder.write("d\($0).txt", generatedDocument(lines: 10 + $0, seed: $0)) }
        let list = try folder.write("list.txt", paths.joined(separator: "\r\n") + "\n")
        let whole = folder.path + "/whole.csv"
        #expect(run(BatchJob(paths: [], filesFrom: list, format: .csv, output: whole, quiet: true)) == .success)
        var concatenated: [String] = []
        for index in 1...3 {
            let part = folder.path + "/part\(index).csv"
            #expect(run(BatchJob(paths: [], filesFrom: list, shard: Shard("\(index)/3"), format: .csv, output: part, quiet: true)) == .success)
            concatenated += try lines(part).dropFirst()
        }
        let wholeLines = try lines(whole)
        #expect(wholeLines.count > 100)
        #expect(Array(wholeLines.dropFirst()) == concatenated)
    }

    @Test func aMissingListOrAnUnwritableOutputStopsTheJob() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "1元")
        #expect(run(BatchJob(paths: [], filesFrom: folder.path + "/no-list.txt", quiet: true)) == .stopped)
        #expect(run(BatchJob(paths: [folder.path], output: folder.path + "/missing/out.jsonl", quiet: true)) == .stopped)
        #expect(run(BatchJob(paths: [folder.path + "/missing.txt"], output: folder.path + "/out.jsonl", quiet: true)) == .documentsFailed)
    }
}
