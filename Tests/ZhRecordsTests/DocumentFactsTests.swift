import Testing
import ZhModel
import ZhText
@testable import ZhRecords

/// Values that depend on the document: the currency of its 元 (where it is from), the year of its
/// relative dates (the year its opening names), short years, days written alone; settled the
/// same whether the document comes whole or in chunks.
@Suite struct DocumentFactsTests {
    static let extractor = Result { try Extractor.load() }

    private func records(_ text: String) throws -> [Record] {
        var context = ExtractionContext()
        return try Self.extractor.get().records(in: text, doc: "d", context: &context)
    }

    /// The money records of `text`.
    private func amounts(_ text: String) throws -> [Record] {
        try records(text).filter { $0.type == .money }
    }

    /// The records of `chunks`, drafted each on its own (as the batch engine's workers do) and
    /// settled in order with one context.
    private func records(chunks: [String]) throws -> [Record] {
        let extractor = try Self.extractor.get()
        var worker = extractor.makeWorker()
        var context = ExtractionContext()
        var offset = 0, line = 1
        var result: [Record] = []
        for chunk in chunks {
            let draft = extractor.draft(DecodedText(chunk), doc: "d", startOffset: offset, startLine: line, worker: &worker)
            result += extractor.settle(draft, context: &context, worker: &worker) ?? draft.records
            offset += chunk.unicodeScalars.count
            line += chunk.filter { $0 == "\n" }.count
        }
        return result
    }

    private func value(_ records: [Record], _ text: String) -> FieldValue? {
        records.first { $0.text == text }?["value"]
    }

    @Test func relativeYearsResolveAgainstTheYearTheOpeningNames() throws {
        let text = "2023年度财政决算报告\n收入比上年增长5%，上半年完成过半，明年将继续。"
        let found = try records(text)
        #expect(value(found, "上年") == .string("2022"))
        #expect(found.first { $0.text == "上年" }?["relative"] == .boolean(true))
        #expect(value(found, "上半年") == .string("2023-H1"))
        #expect(value(found, "明年") == .string("2024"))
        #expect(found.first { $0.text == "2023年度" }?["relative"] == nil)
    }

    @Test func withoutAYearInTheOpeningRelativeYearsGiveNoRecord() throws {
        let text = "财政工作情况\n收入比上年增长5%，上半年完成过半。" + String(repeating: "财政工作持续推进。", count: 30) + "2023年"
        let found = try records(text)
        #expect(!found.contains { $0.text == "上年" })
        #expect(value(found, "上半年") == .string("--H1"))
        #expect(value(found, "2023年") == .string("2023"))
    }

    @Test func aLaterChunkTakesTheYearAndTheCurrencyFromTheChunksBefore() throws {
        let first = "2024年工作报告\n全年营收以新台币计。\n"
        let second = "上年同期营收1.2亿元，今年一季度增长。\n"
        let chunked = try records(chunks: [first, second])
        let whole = try records(first + second)
        #expect(chunked == whole)
        #expect(value(chunked, "上年同期") == .string("2023"))
        #expect(value(chunked, "今年一季度") == .string("2024-Q1"))
        #expect(chunked.first { $0.text == "1.2亿元" }?["currency"] == .string("TWD"))
    }

    @Test func theCurrencyOfYuanFollowsWhereTheDocumentIsFrom() throws {
        #expect(try amounts("臺北市政府今年編列預算300億元，較去年增加")[0]["currency"] == .string("TWD"))
        #expect(try amounts("香港政府財政司宣布撥款50億元")[0]["currency"] == .string("HKD"))
        #expect(try amounts("山西省長治市財政局支出5億元")[0]["currency"] == .string("CNY"))
        #expect(try amounts("营收3000亿新台币，净利润500亿元").last?["currency"] == .string("TWD"))
        #expect(try amounts("营收3000亿新台币，约合700亿元人民币，利润50亿元").last?["currency"] == .string("CNY"))
        // An amount that names its currency keeps it.
        #expect(try amounts("臺北市政府撥款50億美元")[0]["currency"] == .string("USD"))
    }

    @Test func shortYearsAreOfTheCenturyOrOfTheRepublicOfChinaInTaiwan() throws {
        #expect(value(try records("97年7月1日"), "97年7月1日") == .string("1997-07-01"))
        #expect(value(try records("臺灣經濟部97年7月統計"), "97年7月") == .string("2008-07"))
        #expect(value(try records("臺北市政府113年度總預算"), "113年度") == .string("2024"))
        #expect(!(try records("113年度")).contains { $0.type == .date })
    }

    @Test func aDayAloneTakesTheMonthOfTheDateBeforeItInTheParagraph() throws {
        let found = try records("2024年3月10日开幕，15日闭幕。\n20日另有安排。")
        #expect(value(found, "15日") == .string("2024-03-15"))
        #expect(!found.contains { $0.text == "20日" })
        #expect(!(try records("3月31日开幕，31日结束，2月30日")).contains { $0.text == "30日" })
    }

    @Test func webAddressesHoldNoFigures() throws {
        #expect(try records("详见https://www.gov.cn/2023/12/05/content_5%20.htm，下载").isEmpty)
        #expect(try records("访问www.example.com/rate=50%25&y=2023年").isEmpty)
    }

    @Test func fillingAValuesYearSlots() {
        #expect(DocumentFacts.filling("-", year: 2022) == "2022")
        #expect(DocumentFacts.filling("--H1", year: 2023) == "2023-H1")
        #expect(DocumentFacts.filling("--01/--10", year: 2025) == "2025-01/2025-10")
    }

    @Test func theLocaleOfTheEvidence() {
        var evidence = LocaleEvidence()
        #expect(evidence.locale == .mainland)
        evidence.traditional = 10
        #expect(evidence.locale == .taiwan)
        evidence.mainland = 1
        #expect(evidence.locale == .mainland)
        evidence.macau = 2
        #expect(evidence.locale == .macau)
        evidence = LocaleEvidence()
        evidence.taiwanCurrency = 1
        #expect(evidence.locale == .taiwan)
        evidence.renminbi = 1
        #expect(evidence.locale == .mainland)
    }
}
