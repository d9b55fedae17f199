import Testing
import ZhText

@Suite struct ExactDecimalTests {
    @Test func scalingIsExact() {
        #expect(ExactDecimal("23.17")!.scaled(byPowerOfTen: 8).description == "2317000000")
        #expect(ExactDecimal("7.591592")!.scaled(byPowerOfTen: 8).description == "759159200")
        #expect(ExactDecimal("0.17")!.scaled(byPowerOfTen: 8) == ExactDecimal(17_000_000))
    }

    @Test func normalizesAndPrints() {
        #expect(ExactDecimal("100.170")!.description == "100.17")
        #expect(ExactDecimal("-0.05")!.description == "-0.05")
        #expect(ExactDecimal("000")!.description == "0")
        #expect(ExactDecimal("12.50") == ExactDecimal("12.5"))
    }

    /// Every value prints as plain decimal text that reads back as itself, however many zeros
    /// its printing has (found by FuzzExtractor: 5555555555555555538万元 was written as
    /// 55555555555555555380000, which did not read back).
    @Test(arguments: [(Int64(5_555_555_555_555_555_538), 4), (Int64.max, 30), (-Int64.max, 5), (1, 19), (1, -30),
                      (Int64.max, -19), (-123, -2), (7, 0), (0, 0)])
    func plainNotationReadsBack(_ significand: Int64, _ exponent: Int) {
        let value = ExactDecimal(significand: significand, exponent: exponent)
        #expect(ExactDecimal(value.description) == value, "\(value)")
        let padded = (value.isNegative ? "" : "+") + value.description + (value.isInteger ? ".000" : "000")
        #expect(ExactDecimal(padded) == value, "\(padded)")
    }

    @Test func refusesWhatIsNotPlainDecimal() {
        for bad in ["", "-", "1.2.3", "1,000", "1e5", "１２", "abc"] {
            #expect(ExactDecimal(bad) == nil, "\(bad)")
        }
        #expect(ExactDecimal("99999999999999999999") == nil)
    }

    @Test func wholeValuesAsInt64() {
        #expect(ExactDecimal("2317000000")!.int64Value == 2_317_000_000)
        #expect(ExactDecimal("23.17")!.scaled(byPowerOfTen: 8).int64Value == 2_317_000_000)
        #expect(ExactDecimal("-9571")!.int64Value == -9571)
        #expect(ExactDecimal("0")!.int64Value == 0)
        #expect(ExactDecimal("12.5")!.int64Value == nil)
        #expect(ExactDecimal(significand: 1, exponent: 19).int64Value == nil)
        #expect(ExactDecimal(significand: 9, exponent: 18).int64Value == 9_000_000_000_000_000_000)
    }

    @Test func arithmetic() {
        #expect(ExactDecimal("0.1")!.adding(ExactDecimal("0.2")!) == ExactDecimal("0.3"))
        #expect(ExactDecimal(3).multiplied(by: ExactDecimal(4)) == ExactDecimal(12))
        #expect(ExactDecimal("1.5")! < ExactDecimal(2))
        #expect(ExactDecimal(Int64.max.description)!.adding(ExactDecimal(1)) == nil)
    }
}
