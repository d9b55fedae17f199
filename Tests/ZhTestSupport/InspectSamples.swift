import ZhModel
import ZhText

/// A small document for the inspect views' tests, with records that nest (a region in an
/// organization, figures in a metric), one partial overlap, text HTML must escape, and a
/// synthetic audit finding on the metric.
public enum InspectSamples {
    public static let doc = "samples/inspect <test>.txt"
    public static let text = "\n一般公共预算收入完成207450万元，占年度预算的100.17%。\n长治市财政局<b>&“三保”</b>\t办\u{1B}[31m结\r\n"
    public static let scalars = Array(text.unicodeScalars)

    /// The scalar range of the `occurrence`-th `part` of ``text``.
    public static func range(of part: String, occurrence: Int = 0) -> Range<Int> {
        let needle = Array(part.unicodeScalars)
        var found = 0
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            if found == occurrence { return start..<start + needle.count }
            found += 1
        }
        fatalError("'\(part)' is not in the sample text")
    }

    /// A record of `type` on `part` of ``text``, with its line.
    public static func record(_ type: RecordType, _ part: String, pattern: String? = nil, fields: [Field] = []) -> Record {
        let span = range(of: part)
        let line = 1 + scalars[..<span.lowerBound].filter { $0 == "\n" }.count
        return Record(doc: doc, type: type, text: part, start: span.lowerBound, end: span.upperBound, line: line,
                      pattern: pattern ?? type.rawValue + ".test", fields: fields)
    }

    public static let statement = "一般公共预算收入完成207450万元，占年度预算的100.17%"

    /// In the order of extraction (by start, a statement before its figures).
    public static let records = [
        record(.metric, statement, fields: [Field("subject", .string("一般公共预算收入")),
                                            Field("actual", .number(ExactDecimal(2_074_500_000))),
                                            Field("completion", .number(ExactDecimal("100.17")!))]),
        record(.money, "207450万元", fields: [Field("value", .number(ExactDecimal(2_074_500_000))), Field("currency", .string("CNY"))]),
        record(.percent, "100.17%", fields: [Field("value", .number(ExactDecimal("100.17")!)), Field("unit", .string("%")),
                                             Field("role", .string("completion"))]),
        record(.organization, "长治市财政局", fields: [Field("name", .string("长治市财政局")), Field("kind", .string("government"))]),
        record(.region, "长治市", fields: [Field("name", .string("山西省长治市")), Field("level", .string("prefecture")),
                                         Field("code", .string("140400"))]),
        // Crosses the organization's end: a partial overlap.
        record(.document, "财政局<b>&", fields: [Field("title", .string("<b>&")), Field("kind", .string("other"))]),
    ]

    public static let finding = Finding(doc: doc, text: statement, start: range(of: statement).lowerBound, end: range(of: statement).upperBound,
                                 line: 2, check: .completion, stated: ExactDecimal("100.17")!, computed: ExactDecimal("100.05")!,
                                 tolerance: ExactDecimal("0.005")!,
                                 message: "The completion rate 100.17% does not match actual over budget (100.05%) <check>.")
}
