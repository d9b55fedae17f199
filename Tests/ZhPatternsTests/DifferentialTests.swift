import Testing
@testable import ZhPatterns
import ZhTestSupport
import ZhTokens

/// The VM (with its start filter, start closures, follow sets and back-up) chooses exactly the
/// matches a brute-force walk of the pattern trees chooses, on random rules and texts.
@Suite struct DifferentialTests {
    private static let atoms = ["a", "b", "ab", "元", "万", "第", "NUM", "CNUM", "HAN", "LATIN", "@w", "@w=x", "/"]
    private static let textPieces = ["a", "b", "ab", "元", "万", "第", "1", "23", "4.5", "一", "十二", "GDP", "PM2.5", " ", "，", "年"]

    private func randomExpression(_ random: inout SplitMix64, depth: Int = 0) -> String {
        var items: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            var item: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0 where depth < 2:
                item = "(" + randomExpression(&random, depth: depth + 1) + " | " + randomExpression(&random, depth: depth + 1) + ")"
            case 1 where depth < 2:
                item = "(" + randomExpression(&random, depth: depth + 1) + ")"
            default:
                item = Self.atoms[Int.random(in: 0..<Self.atoms.count, using: &random)]
            }
            if item != "/" { item += ["", "", "", "?", "*", "+", "{1,2}"][Int.random(in: 0..<7, using: &random)] }
            if item != "/", Int.random(in: 0..<4, using: &random) == 0 { item = "c\(items.count):" + item }
            items.append(item)
        }
        return items.joined(separator: " ")
    }

    /// With a ring of one or two positions, threads that jump further wait aside (as past a
    /// token longer than ``ThreadRing/longest``) and must come back in the same order.
    @Test(arguments: [ThreadRing.longest, 1, 2])
    func vmAgreesWithABruteForceWalkOnRandomRules(ringLimit: Int) throws {
        var random = SplitMix64(seed: 2024)
        var compared = 0
        for round in 0..<1000 {
            var source = "list w\n  a = x\n  ab = y\n  元\n"
            for index in 0..<Int.random(in: 1...3, using: &random) {
                source += "rule r\(index)\n  type: t\n  priority: \(Int.random(in: 0...1, using: &random))\n  match: \(randomExpression(&random))\n"
                if Int.random(in: 0..<3, using: &random) == 0 { source += "  not-after: 第 @w\n" }
                if Int.random(in: 0..<3, using: &random) == 0 { source += "  not-before: 元 NUM\n" }
            }
            guard let patterns = try? PatternSet(source: source, file: "r\(round).zhp") else { continue }
            let matcher = Matcher(patterns, normalize: { $0 })
            for _ in 0..<5 {
                let text = (0..<Int.random(in: 0..<14, using: &random)).map { _ in Self.textPieces[Int.random(in: 0..<Self.textPieces.count, using: &random)] }.joined()
                let scalars = Array(text.unicodeScalars)
                let tokens = TokenScanner().scan(scalars)
                let boundary = { (position: Int) in position % 3 != 1 }
                let expected = ReferenceMatcher(patterns: patterns, scalars: scalars, tokens: tokens, range: 0..<scalars.count, wordBoundary: boundary).matches()
                var statistics = MatchStatistics()
                let got = matcher.matches(in: scalars, tokens: tokens, range: 0..<scalars.count, wordBoundary: boundary,
                                          accept: { _ in true }, statistics: &statistics, ringLimit: ringLimit)
                    .map { "\($0.ruleIndex):\($0.range.lowerBound)..<\($0.range.upperBound)" }
                #expect(got == expected, "rules:\n\(source)text: \(text)")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }
}
