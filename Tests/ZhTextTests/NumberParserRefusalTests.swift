import Testing
import ZhText

/// Text that is not exactly one well-formed number is refused, never guessed at.
@Suite struct NumberParserRefusalTests {
    @Test(arguments: [
        // Empty, lone marks and signs.
        "", ".", "-", "--5", "+-3", ",", "点五", "十点",
        // Separators and points out of place.
        "1,2,3", "1,23", "1,2345", "1234,567", "0,5", "1,234,56", "1..2", "1.", ".5", "1.2.3", "3点5",
        // Units without a coefficient, repeated or out of order.
        "万", "百", "亿万", "十十", "万三", "亿亿", "一亿亿", "五百五百", "二十三十", "个亿", "两个万",
        "一百十", "零万",
        // 零 where no place is skipped, or nothing follows it.
        "一百零", "一万零零五", "一百零五十", "十零五", "一万零五千",
        // Ambiguous elisions and skipped places without 零.
        "三千五万五", "三千五万", "一万二亿", "一亿五千", "一千五十", "一万五百", "3万4", "3千5", "1亿2000",
        "３万４", "一百五点五", "十万五", "二十万五", "三千万五", "一万亿五", "一亿二千万五",
        // 两 where it is not written: before 十, as the last digit (also an elided one: 六万两 is
        // 60000 taels as often as 62000; found by the differential fuzz target FuzzNumberParser).
        "两十", "十两", "一百零两", "二两", "两〇", "一万两", "六万两", "一亿兩", "两万两", "一百两", "两千两", "八千兩",
        "一万零两", "一亿零两",
        // Decimals followed by more than units; Arabic coefficients of 十百千 above nine.
        "2.5万3000", "12千", "0千", "3万4000.5",
        // Mixed scripts, digit runs with units, qualifiers, other text.
        "3万四千", "一二万", "10余万", "5%", "3 000", "一 百", "abc", "第三", "三四十", "三四", "一二", "三五", "七八", "九八", "二〇", "零五", "三点五十", "2.5十", "零万",
        // Overflow.
        "99999999999999999999", "9223372036854775808", "10000000000万亿", "一二三四五六七八九〇一二三四五六七八九〇",
    ])
    func refused(_ input: String) {
        #expect(NumberParser.parse(input) == nil, "\(input) -> \(String(describing: NumberParser.parse(input)))")
    }
}
