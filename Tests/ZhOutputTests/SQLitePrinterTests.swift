import Foundation
import Testing
import ZhModel
import ZhTestSupport
@testable import ZhOutput

@Suite struct SQLitePrinterTests {
    @Test func recordsDocumentsAndRunReadBack() throws {
        let path = SampleRecords.temporaryPath("out.db")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: path))
        let printer = try OutputFormat.sqlite.makePrinter(path: path)
        let started = Date()
        try printer.begin(RunInfo(started: started, version: "9.9", arguments: ["extract", "Corpus/", "--format", "sqlite"]))
        var summary = RunSummary(started: started)
        try printer.write(Array(SampleRecords.all[0...1]))
        let first = DocumentReport(path: "Corpus/news/a,b.txt", status: .read, encoding: "utf8", bytes: 90, scalars: 40, records: 2)
        try printer.endDocument(first)
        let failed = DocumentReport(path: "bad.txt", status: .failed, message: "invalid GB18030 at byte 7")
        try printer.endDocument(failed)
        try printer.write(Array(SampleRecords.all[2...3]))
        try printer.endDocument(DocumentReport(path: "b.txt", status: .read, encoding: "gb18030", bytes: 50, scalars: 45, records: 2))
        summary.count(first); summary.count(failed)
        summary.count(SampleRecords.all)
        try printer.finish(summary)

        let db = try ReadBack(path: path)
        #expect(db.rows("SELECT type, text, value, value_num, typeof(value_num) FROM records ORDER BY id LIMIT 2") == [
            ["money", "超2.5亿元", "250000000", "250000000", "integer"],
            ["percent", "增长0.21%", "0.21", "0.21", "real"],
        ])
        #expect(db.rows("SELECT issuer, year, typeof(year), serial FROM records WHERE type = 'doc_number'") ==
            [["甘政办发", "2025", "integer", "41"]])
        #expect(db.rows("SELECT figures, extra, \"end\" FROM records WHERE type = 'measure'") == [["[[41,44]]", #"{"note":"x"}"#, "44"]])
        #expect(db.rows("SELECT path, status, encoding, records, error FROM documents ORDER BY id") == [
            ["Corpus/news/a,b.txt", "read", "utf8", "2", "NULL"],
            ["bad.txt", "failed", "NULL", "0", "invalid GB18030 at byte 7"],
            ["b.txt", "read", "gb18030", "2", "NULL"],
        ])
        #expect(db.rows("SELECT version, arguments, files, failed, records, finished IS NOT NULL FROM runs") ==
            [["9.9", #"["extract","Corpus/","--format","sqlite"]"#, "2", "1", "4", "1"]])
        #expect(db.rows("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") == [["records_doc"], ["records_type"]])
    }

    @Test func refusesAnUncreatableDatabase() {
        #expect(throws: OutputError.self) { try SQLitePrinter(path: "/nonexistent-folder/out.db") }
    }
}
