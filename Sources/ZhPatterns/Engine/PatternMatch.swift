/// One match chosen by a ``Matcher``: which rule, where, and its captures.
public struct PatternMatch: Hashable, Sendable {
    /// Index of the rule in ``PatternSet/rules`` (and ``Matcher/patterns``).
    public var ruleIndex: Int
    /// Normalized scalar offsets of the whole match.
    public var range: Range<Int>
    /// Captures that took part in the match, in the order the rule first names them. A capture
    /// that matched more than once (in a repetition) reports its last match; an optional capture
    /// that did not match is absent.
    public var captures: [Capture]

    /// A match as the matcher builds it.
    public init(ruleIndex: Int, range: Range<Int>, captures: [Capture]) {
        self.ruleIndex = ruleIndex
        self.range = range
        self.captures = captures
    }

    /// The capture named `name`, if it took part in the match.
    public subscript(name: String) -> Capture? {
        captures.first { $0.name == name }
    }
}
