import Testing
import ZhModel
import ZhText
@testable import ZhStatements

/// How a figure's rounding is read from the way it is written.
@Suite struct WrittenFigureTests {
    @Test(arguments: [
        ("207450 万元", "2074500000", "5000", 4),
        ("88.88%", "88.88", "0.005", 0),
        ("1,203.04万元", "12030400", "50", 4),
        ("１２．５％", "12.5", "0.05", 0),
        ("193\n4万元", "19340000", "5000", 4),
        ("-231万元", "-2310000", "5000", 4),
        ("23.17亿元", "2317000000", "500000", 8),
        ("867718 元", "867718", "0.5", 0),
        ("1.2个百分点", "1.2", "0.05", 0),
        ("100%", "100", "0.5", 0),
    ])
    func writtenNumbers(text: String, value: String, tolerance: String, scale: Int) throws {
        let number = try #require(WrittenNumber.first(in: text))
        #expect(number.value == n(value))
        #expect(number.tolerance == n(tolerance))
        #expect(number.scale == scale)
    }

    @Test func numbersInRunningTextStopAtSpaces() {
        let numbers = WrittenNumber.all(in: Array("完成 2453 3207 万元，PM2.5浓度，占比 30%".unicodeScalars))
        #expect(numbers.map(\.value) == [n("2453"), n("32070000"), n("30")])
    }

    @Test func figuresComeFromTheFigureRecordsFirst() {
        let text = "税收收入完成130955万元，占年度预算171247万元的76.47%，与上年同期相比下降10.30%，减收15042万元"
        let metric = metric(text, in: text, [("subject", "税收收入"), ("actual", "1309550000"), ("budget", "1712470000"),
                                             ("completion", "76.47"), ("change_pct", "-10.3"), ("change_amount", "-150420000")])
        let at = offset(of: "10.30%", in: text)
        let percent = Record(doc: "test.txt", type: .percent, text: "10.30%", start: at, end: at + 6, line: 1, pattern: "p",
                             fields: [Field("value", .number(n("10.3"))), Field("unit", .string("%"))])
        let figures = FigureReader.figures(of: metric, among: [percent])
        #expect(figures.map(\.field) == [.actual, .budget, .completion, .changePct, .changeAmount])
        // 10.30% as written: two decimals, though the value is 10.3.
        #expect(figures[3].tolerance == n("0.005") && figures[3].text == "10.30%" && figures[3].value == n("-10.3"))
        // The others read from the statement's text.
        #expect(figures[0].tolerance == n("5000") && figures[0].scale == 4 && figures[0].unit == "CNY")
        #expect(figures[4].text == "15042万元" && figures[4].value == n("-150420000"))
    }

    @Test func withoutAWrittenFormTheValueSetsTheRounding() {
        let metric = Record(doc: "d", type: .metric, text: "某收入", start: 0, end: 3, line: 1, pattern: "p",
                            fields: [Field("subject", .string("某收入")), Field("actual", .number(n("2074500000"))),
                                     Field("completion", .number(n("100.1")))])
        let figures = FigureReader.figures(of: metric, among: [])
        #expect(figures[0].tolerance == n("50000"), "an amount to its last non-zero digit, never narrower than written")
        #expect(figures[1].tolerance == n("0.05") && figures[1].unit == "%")
    }

    @Test func relativePeriodsResolveAgainstTheReportsYear() {
        let words = builtinWords
        #expect(ReportOpening.resolve(nil, year: 2023, words: words) == "2023")
        #expect(ReportOpening.resolve("上年", year: 2023, words: words) == "2022")
        #expect(ReportOpening.resolve("去年", year: 2023, words: words) == "2022")
        #expect(ReportOpening.resolve("今年", year: 2023, words: words) == "2023")
        #expect(ReportOpening.resolve("上半年", year: 2023, words: words) == "2023-H1")
        #expect(ReportOpening.resolve("上年上半年", year: 2023, words: words) == "2022-H1")
        #expect(ReportOpening.resolve("--H1", year: 2024, words: words) == "2024-H1")
        #expect(ReportOpening.resolve("--01/--10", year: 2024, words: words) == "2024-01/2024-10")
        #expect(ReportOpening.resolve("2021", year: 2023, words: words) == "2021")
        #expect(ReportOpening.resolve(nil, year: nil, words: words) == nil)
    }

    @Test func theReportsYearAndRegionComeFromItsTitle() {
        let document = GoldReport.document
        #expect(document.year == 2023)
        #expect(document.mainRegion?.code == "140404" && document.mainRegion?.name == "山西省长治市上党区")
        #expect(document.statements.allSatisfy { $0.period == "2023" })
    }
}

/// What the statement stage keeps of a document read in chunks.
@Suite struct StatementCollectorTests {
    @Test func keepsTheStatementsWhatIsInsideThemAndTheOpening() {
        let text = "# 某县 2024 年报告\n\n无关 5 元。\n\n" + String(repeating: "无关的一行。\n", count: 20) + "收入完成 50 万元。\n尾行。\n"
        let scalars = Array(text.unicodeScalars)
        func record(_ type: RecordType, _ piece: String, _ fields: [Field] = []) -> Record {
            let start = offset(of: piece, in: text)
            return Record(doc: "d", type: type, text: piece, start: start, end: start + piece.unicodeScalars.count, line: 1, pattern: "p", fields: fields)
        }
        let metric = record(.metric, "收入完成 50 万元", [Field("subject", .string("收入")), Field("actual", .number(n("500000")))])
        let inside = record(.money, "50 万元", [Field("value", .number(n("500000")))])
        let outside = record(.money, "5 元", [Field("value", .number(n("5")))])
        let year = record(.date, "2024 年", [Field("value", .string("2024"))])
        var collector = StatementCollector()
        collector.add([year, outside, metric, inside], text: scalars, startOffset: 0)
        #expect(collector.records == [year, metric, inside])
        // The opening and the lines around the statement (eight above, one below), not the rest.
        #expect(collector.text.pieces.count == 2)
        #expect(collector.text.original(metric.start..<metric.end) == metric.text)
        #expect(collector.text.original(outside.start..<outside.end) == "5 元", "the opening's three lines")
        #expect(collector.text.original(offset(of: "尾行", in: text)..<(offset(of: "尾行", in: text) + 2)) == "尾行")
        let document = StatementReader(words: builtinWords).read(records: collector.records, text: collector.text)
        #expect(document.year == 2024 && document.statements.count == 1)
    }
}

extension StatementCollectorTests {
    /// A table whose header ends one chunk and whose rows start the next keeps its header.
    @Test func linesAboveAStatementAtTheTopOfAChunkComeFromTheChunkBefore() {
        let header = "表1 收入\n乡镇\t预算数\t累计完成\n"
        let rows = "甲镇\t600\t540\n乙镇\t400\t360\n"
        var collector = StatementCollector()
        let first = "# 报告\n\n第一行。\n第二行。\n第三行。\n" + header
        collector.add([], text: Array(first.unicodeScalars), startOffset: 0)
        let start = first.unicodeScalars.count
        let metrics = ["甲镇\t600\t540", "乙镇\t400\t360"].enumerated().map { index, row in
            Record(doc: "d", type: .metric, text: row, start: start + index * 11, end: start + index * 11 + 10, line: 5 + index, pattern: "p",
                   fields: [Field("subject", .string(String(row.prefix(2))))])
        }
        collector.add(metrics, text: Array(rows.unicodeScalars), startOffset: start)
        let document = StatementReader(words: builtinWords).read(records: collector.records, text: collector.text)
        #expect(document.tables.first?.columns.map(\.role) == [.budget, .actual])
        #expect(document.tables.first?.titles == ["表1收入"])
    }
}
