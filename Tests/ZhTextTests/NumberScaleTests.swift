import Testing
import ZhText

/// Scale words written after a number (万元, 千万元, 亿元, 万亿元).
@Suite struct NumberScaleTests {
    @Test(arguments: [
        ("十", "10"), ("百", "100"), ("千", "1000"), ("万", "10000"), ("十万", "100000"), ("百万", "1000000"),
        ("千万", "10000000"), ("亿", "100000000"), ("十亿", "1000000000"), ("百亿", "10000000000"),
        ("千亿", "100000000000"), ("万亿", "1000000000000"), ("萬", "10000"), ("億", "100000000"),
        ("拾万", "100000"), ("仟萬", "10000000"), ("万万", "100000000"),
    ])
    func scale(_ word: String, _ expected: String) {
        #expect(NumberParser.scale(of: word)?.description == expected, "\(word)")
    }

    @Test(arguments: ["", "亿万", "百千", "十百", "个", "五万", "万元", "两", "万十", "亿亿"])
    func notAScale(_ word: String) {
        #expect(NumberParser.scale(of: word) == nil, "\(word)")
    }

    @Test func scaleOfSubstring() {
        let text = "207450万元"
        #expect(NumberParser.scale(of: text.dropFirst(6).prefix(1)) == ExactDecimal(10_000))
    }
}
