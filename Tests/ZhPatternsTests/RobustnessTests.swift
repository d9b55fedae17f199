import Testing
import ZhPatterns

/// Malformed input gives errors, never a crash or a hang.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64).
    private struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Pieces pattern files are made of, so random files reach deep into the parser.
    private static let pieces = ["list ", "rule ", "r.x", "\n", "  ", "type: ", "match: ", "not-after: ", "example: ", "counter: ",
                                 "priority: ", "=>", "=", "@", "l", "(", ")", "|", "?", "*", "+", "{", "}", ",", "2", "\"", "\\",
                                 ":", "/", "#", "NUM", "CNUM", "HAN", "元", "万", "x:", " ", "\t", "\r", "\u{0}", "\u{FFFD}", "𠮷"]

    @Test func randomPatternFilesGiveErrorsOrAWorkingMatcher() {
        var random = Random(state: 42)
        var parsed = 0
        var rejected = 0
        for _ in 0..<3_000 {
            var source = "list l\n  元 = 1\n"
            for _ in 0..<random.next(60) { source += Self.pieces[random.next(Self.pieces.count)] }
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

    @Test func randomBytesAsAPatternFile() {
        var random = Random(state: 7)
        for _ in 0..<500 {
            let bytes = (0..<random.next(400)).map { _ in UInt8(random.next(256)) }
            do {
                _ = try PatternSet(source: String(decoding: bytes, as: UTF8.self), file: "bytes.zhp")
            } catch {
                #expect(error.errors.allSatisfy { $0.line >= 1 })
            }
        }
    }
}
