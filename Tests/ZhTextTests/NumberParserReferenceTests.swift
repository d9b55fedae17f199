import Testing
import ZhTestSupport
import ZhText

/// `NumberParser` agrees with the slow reference of `ZhTestSupport` (`ReferenceNumber`, also the
/// oracle of the fuzz target `Fuzz/FuzzNumberParser`): same value on what it reads, a refusal
/// where the reference refuses.
@Suite struct NumberParserReferenceTests {
    private static let alphabet = Array(
        "0123456789０５,，.．-+－负〇零一二两三四五六七八九十百千万亿廿卅壹贰叁拾佰仟萬億兩個点个"
            .unicodeScalars)

    /// The reference itself reads the documented forms and refuses the documented refusals
    /// (a check of the reference: it must know the grammar before it can judge the parser).
    @Test(arguments: [
        ("2,312.81", "2312.81"), ("-9,571", "-9571"), ("２．５万", "25000"), ("一千零五十", "1050"), ("十二点五", "12.5"),
        ("三千五百万亿", "3500000000000000"), ("一亿零五百万", "105000000"), ("一万亿三千万", "1000030000000"),
        ("三点五千万", "35000000"), ("十二万五", "125000"), ("一百零五万五", "1055000"), ("两个亿五", "250000000"),
        ("一万二千五", "12500"), ("两千五", "2500"), ("伍億陸仟萬", "560000000"), ("拾万", "100000"), ("卅一", "31"),
        ("3亿4000万5000", "340005000"), ("3千500", "3500"), ("2.5千万", "25000000"), ("1.23456万", "12345.6"),
        ("二〇〇", "200"), ("〇〇七", "7"), ("0万", "0"), ("-0", "0"), ("两", "2"), ("零点五", "0.5"), ("1." + String(repeating: "0", count: 30), "1"),
    ])
    func referenceReadsDocumentedForms(_ input: String, _ expected: String) {
        #expect(ReferenceNumber.parse(input)?.description == expected, "\(input)")
    }

    @Test(arguments: [
        "", "--5", "1,23", "0,5", "1.", ".5", "3点5", "十十", "一百十", "一百零", "十零五", "一万零五千", "三千五万五", "3万4",
        "一千五十", "一万五百", "十万五", "三千万五", "一万亿五", "一亿二千万五", "两十", "十两", "一百零两", "2.5万3000", "12千",
        "0千", "3万四千", "三四", "三五", "三点五十", "2.5十", "零万", "个亿", "两个万", "亿万",
    ])
    func referenceRefusesDocumentedRefusals(_ input: String) {
        #expect(ReferenceNumber.parse(input) == nil, "\(input)")
    }

    @Test func randomNumeralStringsAgree() {
        var generator = SplitMix64(seed: 20_261_208)
        var accepted = 0
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1..<9, using: &generator) {
                scalars.append(Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)])
            }
            let text = String(scalars)
            let parsed = NumberParser.parse(text)
            if parsed != nil { accepted += 1 }
            let problem = ReferenceNumber.disagreement(text, parsed: parsed?.description)
            #expect(problem == nil, "\(problem ?? "")")
            #expect(NumberParser.scale(of: text)?.description == ReferenceNumber.scale(text), "\(text)")
        }
        #expect(accepted > 100)
    }
}
