/// A `counter:` line of a rule: text in which the rule must find no match (`counter: 第三届会议`).
public struct CounterExample: Hashable, Sendable {
    /// The text in which the rule must find no match.
    public var input: String
    /// 1-based line of the `counter:` line.
    public var line: Int

    /// A counter-example as the parser builds it.
    public init(input: String, line: Int) {
        self.input = input
        self.line = line
    }
}
