import ZhPatterns
import ZhTokens

/// Runs a pattern source over a text with the real token scanner, and shows matches as text.
struct MatchHarness {
    let matcher: Matcher

    init(_ source: String) throws {
        matcher = Matcher(try PatternSet(source: source, file: "test.zhp"))
    }

    /// Matches in the whole text.
    func matches(_ text: String, wordBoundary: (Int) -> Bool = { _ in true }) -> [PatternMatch] {
        var statistics = MatchStatistics()
        return matches(text, wordBoundary: wordBoundary, statistics: &statistics)
    }

    func matches(_ text: String, wordBoundary: (Int) -> Bool = { _ in true }, statistics: inout MatchStatistics) -> [PatternMatch] {
        let scalars = Array(text.unicodeScalars)
        let tokens = TokenScanner().scan(scalars)
        return matcher.matches(in: scalars, tokens: tokens, range: 0..<scalars.count, wordBoundary: wordBoundary, statistics: &statistics)
    }

    /// `rule-id:matched text` for every match.
    func found(_ text: String, wordBoundary: (Int) -> Bool = { _ in true }) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return matches(text, wordBoundary: wordBoundary).map { "\(matcher.rule(of: $0).id):\(Self.text(scalars, $0.range))" }
    }

    /// `name=text` (and `(value)` when the capture has one) for the captures of the first match.
    func captures(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return matches(text).first?.captures.map { capture in
            "\(capture.name)=\(Self.text(scalars, capture.range))" + (capture.value.map { "(\($0))" } ?? "")
        } ?? []
    }

    static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// The real token scanner's tokens, for tests that call the matcher directly.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        TokenScanner().scan(scalars)
    }
}
