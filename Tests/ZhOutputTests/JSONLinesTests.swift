import Testing
import ZhModel
import ZhModel
import ZhText
@testable import ZhOutput

@Suite struct JSONLinesTests {
    @Test func writesTheContractShape() {
        let record = Record(doc: "Corpus/news/quxian.txt", type: .money, text: "超2万亿元", start: 812, end: 817,
                            line: 41, pattern: "money.cjk-scale",
                            fields: [Field("value", .number(ExactDecimal("2")!.scaled(byPowerOfTen: 12))),
                                     Field("currency", .string("CNY")), Field("qualifier", .string("over"))])
        #expect(JSONLines.line(for: record) ==
            #"{"schema":1,"doc":"Corpus/news/quxian.txt","type":"money","text":"超2万亿元","start":812,"end":817,"line":41,"pattern":"money.cjk-scale","value":2000000000000,"currency":"CNY","qualifier":"over"}"#)
    }

    @Test func escapesStrings() {
        var out = ""
        JSONLines.appendString("a\"b\\c\nd\u{1}", to: &out)
        #expect(out == #""a\"b\\c\nd\u0001""#)
    }

    @Test func writesSpansAndIntegers() {
        var out = ""
        JSONLines.appendValue(.spans([3..<7, 10..<12]), to: &out)
        JSONLines.appendValue(.integer(2025), to: &out)
        #expect(out == "[[3,7],[10,12]]2025")
    }

    @Test func writesBooleansAndListsOfStringsAndReadsThemBack() throws {
        let region = Record(doc: "d", type: .region, text: "朝阳", start: 0, end: 2, line: 1, pattern: "region",
                            fields: [Field("name", .string("北京市朝阳区")), Field("level", .string("county")),
                                     Field("candidates", .strings(["110105", "220104"])), Field("former", .boolean(false)),
                                     Field("relative", .boolean(true)), Field("figures", .spans([]))])
        let line = JSONLines.line(for: region)
        #expect(line.hasSuffix(#""candidates":["110105","220104"],"former":false,"relative":true,"figures":[]}"#))
        #expect(try RecordJSONReader.records(fromJSONLines: line) == [region])
        #expect(throws: RecordJSONReader.ReadError.self) { try RecordJSONReader.records(fromJSONLines: #"{"schema":1,"doc":"d","type":"region","text":"x","start":0,"end":1,"line":1,"pattern":"p","former":tru}"#) }
    }
}

@Suite struct JSONStringEscapingTests {
    @Test func escapesLineSeparatorsButKeepsOtherPunctuation() {
        var out = ""
        JSONLines.appendString("“一”—\u{2028}x\u{2029}", to: &out)
        #expect(out == "\"“一”—\\u2028x\\u2029\"")
        out = ""
        JSONLines.appendString("超2万亿元", to: &out)
        #expect(out == "\"超2万亿元\"")
    }
}
