import Testing
import ZhModel
import ZhTestSupport
import ZhText
@testable import ZhStatements

/// Odd statements never crash the audit or the panel: zero, negative and huge figures, empty
/// subjects, spans that overlap or run past the text, tables with ragged rows.
@Suite struct RobustnessTests {
    @Test func randomStatements() {
        var random = SplitMix64(seed: 14)
        let pieces = ["其中：", "。", "，", "\n", "\t", "1、", "合计", "万元", "元", "%", "占", "的", "收入", "支出", "增长", "下降", " ", "0", "7", "12.5", "-3"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...120, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let length = text.unicodeScalars.count
            var records: [Record] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let start = Int.random(in: 0...max(0, length + 3), using: &random)
                let end = start + Int.random(in: 0...20, using: &random)
                var fields = [Field("subject", .string(["收入", "支出", "", "合计", "收入"].randomElement(using: &random)!))]
                for field in MetricField.allCases where Bool.random(using: &random) {
                    let value = ExactDecimal(significand: Int64.random(in: -99_999...999_999, using: &random),
                                             exponent: Int.random(in: -3...6, using: &random))
                    fields.append(Field(field.rawValue, .number(value)))
                }
                if Bool.random(using: &random) { fields.append(Field("period", .string(["上年", "--H1", "2023", "x"].randomElement(using: &random)!))) }
                let scalars = Array(text.unicodeScalars)
                let inside = start < end && end <= scalars.count ? String(scalars: scalars[start..<end]) : "x"
                records.append(Record(doc: "r", type: .metric, text: inside, start: start, end: end, line: 1, pattern: "p", fields: fields))
            }
            let document = StatementReader(words: builtinWords).read(records: records, text: text)
            _ = StatementAudit().findings(in: document)
            _ = PanelBuilder(words: builtinWords).rows(for: document)
        }
    }
}
