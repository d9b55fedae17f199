import Testing
import ZhPatterns
import ZhTestSupport

/// Malformed input gives errors, never a crash or a hang.
@Suite struct RobustnessTests {
    /// Pieces pattern files are made of, so random files reach deep into the parser.
    private static let pieces = ["list ", "rule ", "r.x", "\n", "  ", "type: ", "match: ", "not-after: ", "example: ", "counter: ",
                                 "priority: ", "=>", "=", "@", "l", "(", ")", "|", "?", "*", "+", "{", "}", ",", "2", "\"", "\\",
                                 ":", "/", "#", "NUM", "CNUM", "HAN", "元", "万", "x:", " ", "\t", "\r", "\u{0}", "\u{FFFD}", "𠮷"]

    @Test func randomPatternFilesGiveErrorsOrAWorkingMatcher() {
        var random = SplitMix64(seed: 42)
        var parsed = 0
        var rejected = 0
        for _ in 0..<3_000 {
            var source = "list l\n  元 = 1\n"
            for _ in 0..<Int.random(in: 0..<60, using: &random) { source += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)] }
            do {
                let set = try PatternSet(source: source, file: "fuzz.zhp")
                parsed += 1
                let harness = Matcher(set)
                let text = Array("超2万元，第三届(元)万元 NUM 𠮷".unicodeScalars)
                for match in harness.matches(in: text, tokens: MatchHarness.tokens(text), range: 0..<text.count) {
                    #expect(!match.range.isEmpty && match.range.upperBound <= text.count)
                }
            } catch {
                rejected += 1
                #expect(!error.errors.isEmpty)
                #expect(error.errors.allSatisfy { $0.file == "fuzz.zhp" && $0.line >= 1 && $0.column >= 1 && !$0.message.isEmpty })
            }
        }
        #expect(parsed > 0 && rejected > 0)
    }

    /// A rule may be up to 2,000 steps once its repetitions are expanded, and the matcher's
    /// precomputed closures grow with the square of a rule's size: 48 such rules fit in the 4 KB
    /// of a fuzz input and took 1.2 GB and 10 s to compile (found while tuning FuzzPatterns).
    /// Together the rules may need as much as four of the largest, no more.
    @Test func manyOfTheLargestRulesAreRefusedTogether() throws {
        let rule = { (index: Int) in "rule big\(index)\n  type: t\n  match: NUM (((甲?){20}){9}){5} 元\n" }
        let four = (0..<4).map(rule).joined()
        #expect(try PatternSet(source: four, file: "big.zhp").rules.count == 4)
        let eight = (0..<8).map(rule).joined()
        #expect {
            try PatternSet(source: eight, file: "big.zhp")
        } throws: { error in
            let errors = (error as? PatternErrors)?.errors ?? []
            return errors.count == 1 && errors[0].file == "big.zhp" && errors[0].line == 13 && errors[0].column == 1
                && errors[0].message.contains("big4")
        }
    }

    @Test func randomBytesAsAPatternFile() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0..<400, using: &random)).map { _ in UInt8(Int.random(in: 0..<256, using: &random)) }
            do {
                _ = try PatternSet(source: String(decoding: bytes, as: UTF8.self), file: "bytes.zhp")
            } catch {
                #expect(error.errors.allSatisfy { $0.line >= 1 })
            }
        }
    }
}
