import Foundation
import ZhModel
import ZhModel
import ZhText
import ZhOutput

/// Records of several types for the printer tests, with text that needs quoting in CSV.
enum SampleRecords {
    static let money = Record(doc: "Corpus/news/a,b.txt", type: .money, text: "超2.5亿元", start: 10, end: 16, line: 3,
                              pattern: "money.cjk-scale",
                              fields: [Field("value", .number(ExactDecimal("2.5")!.scaled(byPowerOfTen: 8))),
                                       Field("currency", .string("CNY")), Field("qualifier", .string("over"))])
    static let percent = Record(doc: "Corpus/news/a,b.txt", type: .percent, text: "增长0.21%", start: 20, end: 27, line: 4,
                                pattern: "percent.change",
                                fields: [Field("value", .number(ExactDecimal("0.21")!)), Field("unit", .string("%")),
                                         Field("role", .string("change")), Field("direction", .string("up"))])
    static let docNumber = Record(doc: "b.txt", type: .docNumber, text: "甘政办发〔2025〕41号", start: 0, end: 13, line: 1,
                                  pattern: "doc_number", fields: [Field("issuer", .string("甘政办发")),
                                                                   Field("year", .integer(2025)), Field("serial", .integer(41))])
    static let measure = Record(doc: "b.txt", type: .measure, text: "压减\"三公\"经费\n10%", start: 30, end: 44, line: 7,
                                pattern: "measure.cut",
                                fields: [Field("action", .string("压减")), Field("object", .string("\"三公\"经费")),
                                         Field("figures", .spans([41..<44])), Field("note", .string("x"))])
    static let all = [money, percent, docNumber, measure]

    /// A path in a fresh temporary folder.
    static func temporaryPath(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-output-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// What a printer of `format` writes for `batches` (one ``RecordPrinter/write(_:)`` call each).
    static func printed(_ batches: [[Record]], as format: OutputFormat) throws -> String {
        let path = temporaryPath("out.\(format.rawValue)")
        let printer = try format.makePrinter(path: path)
        try printer.begin(RunInfo(started: Date(), version: "test", arguments: []))
        for batch in batches { try printer.write(batch) }
        try printer.finish(RunSummary(started: Date()))
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}

/// Where two outputs first differ (`nil` when equal), for expectations on big byte arrays that
/// stay cheap when they fail.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int? {
    a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? (a.count == b.count ? nil : a.count)
}
