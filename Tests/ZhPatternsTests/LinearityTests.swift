import Testing
import ZhPatterns

/// The VM's work grows linearly with the input, checked on step counts (never on time).
@Suite struct LinearityTests {
    /// Steps per input scalar for `source` over `unit` repeated to `length` and twice `length`
    /// scalars, and the matches in the longer text.
    private func stepsPerScalar(_ source: String, _ unit: String, length: Int = 10_000) throws -> (Double, Double, [PatternMatch]) {
        let harness = try MatchHarness(source)
        var results: [Double] = []
        var lastMatches: [PatternMatch] = []
        for length in [length, 2 * length] {
            let text = String(repeating: unit, count: length / unit.unicodeScalars.count)
            var statistics = MatchStatistics()
            lastMatches = harness.matches(text, statistics: &statistics)
            results.append(Double(statistics.steps) / Double(length))
        }
        return (results[0], results[1], lastMatches)
    }

    @Test func nestedAlternativesUnderAStarStayLinear() throws {
        // (a|a)* b never matches: a backtracking engine takes exponential time per start.
        let (short, long, matches) = try stepsPerScalar("rule r\n  type: t\n  match: (a|a|(a|a))* b\n", "a")
        #expect(matches.isEmpty)
        #expect(long <= short * 1.05)
        #expect(long < 40)
    }

    @Test func manyOptionalPartsStayLinear() throws {
        let optional = String(repeating: "a? ", count: 15) + String(repeating: "a ", count: 15)
        let (short, long, matches) = try stepsPerScalar("rule r\n  type: t\n  match: \(optional)\n", "a", length: 1_500)
        #expect(matches.count == 100 && matches.allSatisfy { $0.range.count == 30 })
        #expect(long <= short * 1.05)
        #expect(long < 100)
    }

    @Test func longMatchesAreScannedOnce() throws {
        let (short, long, matches) = try stepsPerScalar("rule r\n  type: t\n  match: (a|a)+\n", "a")
        #expect(matches.count == 1 && matches[0].range == 0..<20_000)
        #expect(long <= short * 1.05)
        #expect(long < 20)
    }

    @Test func aRuleThatRunsPastTheChosenMatchDoesNotMakeTheScanBackUp() throws {
        // Each 甲 is a match of `short`; from every 甲, `long` runs to the end of the text waiting
        // for a 乙 that never comes. A scan that resumed after each match would read the rest of
        // the text once per match (quadratic); the chain of pending choices reads it once.
        let (short, long, matches) = try stepsPerScalar("rule short\n  type: t\n  match: 甲\nrule long\n  type: t\n  match: 甲 HAN* 乙\n", "甲", length: 5_000)
        #expect(matches.count == 10_000 && matches.allSatisfy { $0.range.count == 1 })
        #expect(long <= short * 1.05)
        #expect(long < 20)
    }

    @Test func aLongChainOfChosenMatchesIsNotScannedAtEveryPosition() throws {
        // The thread of `long` (started at the first 甲) waits for a 乙 while every 甲 is chosen:
        // the chain of chosen matches grows with the text, and telling at each position whether
        // that old thread is alive must not walk the whole chain (it did: 80,000 甲 took 2 s).
        let harness = try MatchHarness("rule short\n  type: t\n  match: 甲\nrule long\n  type: t\n  match: 甲 HAN* 乙\n")
        var probesPerScalar: [Double] = []
        for length in [10_000, 20_000] {
            var statistics = MatchStatistics()
            let matches = harness.matches(String(repeating: "甲", count: length), statistics: &statistics)
            #expect(matches.count == length)
            probesPerScalar.append(Double(statistics.chainProbes) / Double(length))
        }
        #expect(probesPerScalar[1] <= probesPerScalar[0] * 1.25)
        #expect(probesPerScalar[1] < 40)
    }

    @Test func textNoRuleCanStartIsSkippedWithoutSteps() throws {
        let harness = try MatchHarness("rule r\n  type: t\n  match: NUM 元\n")
        var statistics = MatchStatistics()
        _ = harness.matches(String(repeating: "财政预算收入完成，", count: 2_000), statistics: &statistics)
        #expect(statistics.steps == 0 && statistics.positions == 0)
    }

    @Test func firstScalarWithoutWhatMustFollowItIsSkippedWithoutSteps() throws {
        // 上 begins rules only before 年, 半 (a list word), a Han character after 第, or a number:
        // the other 上 of the text are passed over by the skip loop.
        let source = "list half\n  上半年\n  上季度\nrule a\n  type: t\n  match: 上 年\nrule b\n  type: t\n  match: @half\n"
            + "rule c\n  type: t\n  match: 上 第 HAN\nrule d\n  type: t\n  match: 上 NUM 次\n"
        let harness = try MatchHarness(source)
        var statistics = MatchStatistics()
        let text = String(repeating: "上上下下，", count: 500) + "上年，上半年，上季度，上第三，上3次"
        let found = harness.matches(text, statistics: &statistics)
        #expect(harness.found(text) == ["a:上年", "b:上半年", "b:上季度", "c:上第三", "d:上3次"])
        #expect(found.count == 5)
        #expect(statistics.positions < 20)
    }
}
