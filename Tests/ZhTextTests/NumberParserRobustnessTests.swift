import Testing
import ZhTestSupport
import ZhText

/// Random strings of numeral characters: the parser never crashes, and whatever it accepts
/// prints as plain decimal text that reads back as the same value.
@Suite struct NumberParserRobustnessTests {
    private static let alphabet = Array(
        "0123456789０５９,，.．-+－−负〇○零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億兩個点个余多 a%"
            .unicodeScalars)

    @Test func randomNumeralStrings() {
        var generator = SplitMix64(seed: 20_251_125)
        var accepted = 0
        for _ in 0..<5_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<9, using: &generator) {
                scalars.append(Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)])
            }
            let text = String(scalars)
            guard let value = NumberParser.parse(text) else { continue }
            accepted += 1
            #expect(NumberParser.parse(value.description) == value, "\(text) -> \(value)")
        }
        // Short random strings are mostly malformed, but some (single digits, 十二, 3万…) are numbers.
        #expect(accepted > 0)
    }

    @Test func longRunsDoNotOverflowOrHang() {
        #expect(NumberParser.parse(String(repeating: "九", count: 10_000)) == nil)
        #expect(NumberParser.parse(String(repeating: "万", count: 10_000)) == nil)
        #expect(NumberParser.parse(String(repeating: "1,", count: 5_000) + "1") == nil)
        // Zeros alone never overflow: they change the exponent, not the digits.
        #expect(NumberParser.parse("1." + String(repeating: "0", count: 30)) == ExactDecimal(1))
        #expect(NumberParser.parse("0." + String(repeating: "0", count: 30) + "1")?.exponent == -31)
        #expect(NumberParser.parse("1" + String(repeating: "0", count: 19)) == nil)
        #expect(NumberParser.parse("1" + String(repeating: "0", count: 18))?.description == "1" + String(repeating: "0", count: 18))
    }
}
