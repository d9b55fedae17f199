import ZhPatterns

/// What a resolver sees of one pattern match: the normalized text, the match's range, and its
/// named captures with their ranges and list values.
public struct MatchView: Sendable {
    /// The normalized text the match was found in.
    public let scalars: [Unicode.Scalar]
    /// The whole match, in normalized offsets.
    public let range: Range<Int>
    /// The rule that matched.
    public let ruleID: String
    /// The captures, as the matcher gives them (a handful: looked up by a linear scan).
    public let captures: [Capture]

    public init(scalars: [Unicode.Scalar], range: Range<Int>, ruleID: String, captures: [Capture]) {
        self.scalars = scalars
        self.range = range
        self.ruleID = ruleID
        self.captures = captures
    }

    /// The capture `name`, if it took part in the match (the last one, if it repeats).
    public func capture(_ name: String) -> Capture? { captures.last { $0.name == name } }

    /// Whether the capture `name` matched.
    public func has(_ name: String) -> Bool { capture(name) != nil }

    /// The normalized text of the capture `name`.
    public func text(_ name: String) -> String? {
        capture(name).map { text(of: $0.range) }
    }

    /// The normalized scalars of the capture `name` (no copy).
    public func scalars(_ name: String) -> ArraySlice<Unicode.Scalar>? {
        capture(name).map { scalars[$0.range] }
    }

    /// The list value of the capture `name`.
    public func value(_ name: String) -> String? { capture(name)?.value }

    /// The normalized text of `range`.
    public func text(of range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }
}

/// What a resolver makes of a match: the record's type-specific fields and, where the record
/// covers less than the whole match (a cue word matched only for context), its own span.
public struct Resolution: Sendable {
    public var fields: [Field]
    /// The record's span in normalized offsets; `nil` means the whole match.
    public var span: Range<Int>?

    public init(fields: [Field], span: Range<Int>? = nil) {
        self.fields = fields
        self.span = span
    }
}
