/// An `example:` line of a rule: `example: 超2万亿元 => value=2000000000000 qualifier=over`.
///
/// The input must give a match of the rule; the expected fields are checked against the record
/// the rule's resolver makes from it (`zhx test`). The key `text` names the matched text itself,
/// for inputs with context around the figure:
/// `example: 完成207450万元，占 => text=207450万元 value=2074500000`.
public struct RuleExample: Hashable, Sendable {
    /// A `key=value` after `=>`, in written order.
    public struct Field: Hashable, Sendable {
        /// The field name (`value`, `currency`, or `text` for the matched text).
        public var key: String
        /// The expected value as written.
        public var value: String

        /// A `key=value` pair.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The text before `=>`.
    public var input: String
    /// The `key=value` pairs after `=>`, in written order (keys may repeat, e.g. for arrays).
    public var expected: [Field]
    /// 1-based line of the `example:` line.
    public var line: Int

    /// An example as the parser builds it.
    public init(input: String, expected: [Field], line: Int) {
        self.input = input
        self.expected = expected
        self.line = line
    }

    /// The expected value of `key` (the first, if written more than once).
    public subscript(key: String) -> String? {
        expected.first { $0.key == key }?.value
    }
}
