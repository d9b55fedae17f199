import Foundation
import Testing
import ZhModel
import ZhTestSupport
import ZhText
@testable import ZhOutput

/// The printers of `zhx audit` (findings as JSON Lines and as a table) and `zhx panel` (CSV and
/// SQLite with wide views).
@Suite struct StatementPrinterTests {
    static let finding = Finding(doc: "r.txt", text: "非税收入完成76495万元,占年度预算35853万元的113.36%", start: 3039, end: 3070, line: 55,
                                 check: .completion, stated: ExactDecimal("113.36")!, computed: ExactDecimal("213.3573")!,
                                 tolerance: ExactDecimal("0.0094")!, message: "The completion rate \"113.36%\" is wrong.")

    @Test func findingsAsJSONLinesHaveTheContractsShape() {
        var bytes = ByteBuffer()
        FindingJSONFormatter().format([Self.finding.record, SampleRecords.money], into: &bytes)
        #expect(bytes.string == #"""
            {"schema":1,"doc":"r.txt","type":"finding","text":"非税收入完成76495万元,占年度预算35853万元的113.36%","start":3039,"end":3070,"line":55,"check":"completion","stated":113.36,"computed":213.3573,"tolerance":0.0094,"message":"The completion rate \"113.36%\" is wrong."}

            """#)
        #expect(Finding(Self.finding.record) == Self.finding)
    }

    @Test func findingsAsATable() throws {
        let path = SampleRecords.temporaryPath("findings.txt")
        let printer = FindingTablePrinter(writer: try ByteWriter(creating: path))
        try printer.begin(RunInfo(started: Date(), version: "t", arguments: []))
        try printer.write([Self.finding.record])
        try printer.endDocument(DocumentReport(path: "r.txt", status: .read))
        try printer.endDocument(DocumentReport(path: "clean.txt", status: .read))
        try printer.finish(RunSummary(started: Date()))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == """
            r.txt: 1 finding
              LINE  CHECK       STATED  COMPUTED       ±  MESSAGE
              55    completion  113.36  213.3573  0.0094  The completion rate "113.36%" is wrong.

            1 finding in 1 of 2 documents audited

            """)
    }

    static let rows = [
        PanelRow(regionCode: "140404", region: "山西省长治市上党区", period: "2023", indicator: "一般公共预算收入", field: "actual",
                 value: ExactDecimal(2074500000), unit: "CNY", doc: "r.txt", line: 9, subject: "一般公共预算收入"),
        PanelRow(regionCode: "140404", region: "山西省长治市上党区", period: "2023", indicator: "一般公共预算收入", field: "completion",
                 value: ExactDecimal("100.17")!, unit: "%", doc: "r.txt", line: 9, subject: "一般公共预算收入"),
        PanelRow(regionCode: "140404", region: "山西省长治市上党区", period: "2023", indicator: "一般公共预算收入", field: "actual",
                 value: ExactDecimal(2074500001), unit: "CNY", doc: "r.txt", line: 55, subject: "全区一般公共预算收入"),
        PanelRow(regionCode: "", region: "市本级", period: "2023", indicator: "一般公共预算收入", field: "completion",
                 value: ExactDecimal("94.86")!, unit: "%", doc: "r.txt", line: 16, subject: "市本级"),
        PanelRow(regionCode: "140404", region: "山西省长治市上党区", period: "2023", indicator: "", field: "actual",
                 value: ExactDecimal(1309550000), unit: "CNY", doc: "r.txt", line: 11, subject: "税务部门, \"其中\""),
    ]

    static func write(_ printer: PanelPrinter) throws {
        try printer.begin(RunInfo(started: Date(), version: "t", arguments: []))
        try printer.write(rows.map { $0.record(text: $0.subject, start: 0, end: 1) } + [SampleRecords.money])
        try printer.endDocument(DocumentReport(path: "r.txt", status: .read))
        try printer.finish(RunSummary(started: Date()))
    }

    @Test func panelAsCSV() throws {
        let path = SampleRecords.temporaryPath("panel.csv")
        try Self.write(try PanelPrinter(path: path, format: .csv))
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.count == 7 && lines.last == "")
        #expect(lines[0] == "region_code,region,period,indicator,field,value,unit,doc,line,subject")
        #expect(lines[1] == "140404,山西省长治市上党区,2023,一般公共预算收入,actual,2074500000,CNY,r.txt,9,一般公共预算收入")
        #expect(lines[5] == #"140404,山西省长治市上党区,2023,,actual,1309550000,CNY,r.txt,11,"税务部门, ""其中""""#)
        #expect(Self.rows.map { PanelRow($0.record(text: "t", start: 0, end: 1)) } == Self.rows)
    }

    @Test func panelAsSQLiteWithAWideViewPerIndicator() throws {
        let path = SampleRecords.temporaryPath("panel.db")
        try Self.write(try PanelPrinter(path: path, format: .sqlite))
        let db = try ReadBack(path: path)
        #expect(db.rows("SELECT count(*), typeof(value), sum(line) FROM panel WHERE field = 'actual'") == [["3", "integer", "75"]])
        #expect(db.rows("SELECT typeof(value) FROM panel WHERE field = 'completion' LIMIT 1") == [["real"]])
        // One row per region and period; the first value stated of each field.
        #expect(db.rows(#"SELECT region_code, region, period, actual, budget, completion FROM "一般公共预算收入""#) == [
            ["", "市本级", "2023", "NULL", "NULL", "94.86"],
            ["140404", "山西省长治市上党区", "2023", "2074500000", "NULL", "100.17"],
        ])
        #expect(db.rows("SELECT name FROM sqlite_master WHERE type = 'view'") == [["一般公共预算收入"]])
    }

    @Test func panelFormatsByExtension() {
        #expect(PanelPrinter.Format(path: "out/panel.csv") == .csv)
        #expect(PanelPrinter.Format(path: "panel.DB") == .sqlite && PanelPrinter.Format(path: "p.sqlite3") == .sqlite)
        #expect(PanelPrinter.Format(path: "panel.json") == nil && PanelPrinter.Format(path: "panel") == nil)
    }
}
