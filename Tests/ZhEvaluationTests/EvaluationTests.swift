import Testing
import ZhText
import ZhModel
import ZhRecords
@testable import ZhEvaluation

@Suite struct RecordJSONReaderTests {
    @Test func readsContractRecordsWithExactNumbers() throws {
        let text = """
            {"schema":1,"doc":"Corpus/a.txt","type":"money","text":"357.33元","start":3,"end":10,"line":2,"pattern":"gold","value":357.33,"currency":"CNY"}

            {"schema":1,"doc":"Corpus/a.txt","type":"measure","text":"压减\\"5%\\"","start":20,"end":27,"line":3,"pattern":"gold","figures":[[22,24],[25,27]],"big":2.317e9}
            """
        let records = try RecordJSONReader.records(fromJSONLines: text)
        #expect(records.count == 2)
        #expect(records[0]["value"] == .number(ExactDecimal("357.33")!))
        #expect(records[0].line == 2 && records[0].start == 3 && records[0].end == 10)
        #expect(records[1].text == "压减\"5%\"")
        #expect(records[1]["figures"] == .spans([22..<24, 25..<27]))
        #expect(records[1]["big"] == .number(ExactDecimal(2_317_000_000)))
    }

    @Test func readsAmountsBeyondInt64() throws {
        // zhx writes 5555555555555555538 万元 as 55555555555555555380000 yuan (found by FuzzExtractor).
        let line = #"{"schema":1,"doc":"d","type":"money","text":"5555555555555555538 万元","start":0,"end":22,"line":1,"pattern":"money.amount","value":55555555555555555380000,"currency":"CNY"}"#
        let record = try RecordJSONReader.record(fromJSON: line[...])
        #expect(record["value"] == .number(ExactDecimal(significand: 5_555_555_555_555_555_538, exponent: 4)))
    }

    @Test func reportsTheBadLine() {
        #expect(throws: RecordJSONReader.ReadError.self) {
            try RecordJSONReader.records(fromJSONLines: "{\"type\":\"money\"}\n{oops")
        }
        do {
            _ = try RecordJSONReader.records(fromJSONLines: "\n{\"schema\":1,\"doc\":\"d\",\"type\":\"nope\"}")
        } catch let error as RecordJSONReader.ReadError {
            #expect(error.line == 2)
            #expect(error.message.contains("nope"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Suite struct GoldComparisonTests {
    func money(_ start: Int, _ value: String, qualifier: String? = nil) -> Record {
        var fields = [Field("value", .number(ExactDecimal(value)!)), Field("currency", .string("CNY"))]
        if let qualifier { fields.append(Field("qualifier", .string(qualifier))) }
        return Record(doc: "d", type: .money, text: "x", start: start, end: start + 3, line: 1, pattern: "p", fields: fields)
    }

    @Test func scoresMatchesMissesAndWrongValues() {
        let gold = [money(0, "10"), money(10, "20"), money(20, "30", qualifier: "exact")]
        let extracted = [money(0, "10"), money(10, "21"), money(20, "30"), money(40, "5")]
        let comparison = GoldComparison(gold: gold, extracted: extracted, types: [.money, .percent])
        let score = comparison.scores[0]
        #expect(score.gold == 3 && score.extracted == 4 && score.matched == 2)
        #expect(score.precision == 0.5)
        #expect(abs(score.recall - 2.0 / 3.0) < 1e-12)
        #expect(comparison.scores[1].precision == 1 && comparison.scores[1].recall == 1)
        #expect(comparison.differences.map(\.kind) == [.wrong, .spurious])
        #expect(comparison.differences[0].gold?.start == 10)
    }
}

@Suite struct KnownIssuesTests {
    @Test func explainsListedDifferencesAndFindsStaleOnes() throws {
        let file = """
            # doc\ttype\tstart\tkind\ttext\twhy
            d\tmoney\t10\twrong\t20元\ttable cell read as a scale
            d\tdate\t99\tmissing\t2020年\tfixed since
            """
        let known = try KnownIssues(parsing: file, file: "known-issues.tsv")
        let gold = Record(doc: "d", type: .money, text: "x", start: 10, end: 13, line: 1, pattern: "gold")
        let difference = GoldDifference(kind: .wrong, gold: gold, extracted: gold)
        #expect(known.entry(for: difference)?.why == "table cell read as a scale")
        #expect(known.entry(for: GoldDifference(kind: .missing, gold: gold, extracted: nil)) == nil)
        #expect(known.stale(given: [difference]).map(\.start) == [99])
    }

    @Test func namesTheMalformedLine() {
        #expect(throws: KnownIssuesError.self) { try KnownIssues(parsing: "d\tmoney\tten\tmissing\tx\ty", file: "k.tsv") }
    }
}
