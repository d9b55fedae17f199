/// One `rule` block of a pattern file: what to match, what record type it gives, and the examples
/// that document and test it.
public struct Rule: Hashable, Sendable {
    /// Dotted id, unique across all loaded files (`money.cjk-scale`); records carry it as `pattern`.
    public var id: String
    /// The record type the rule produces: the name of the resolver that turns matches into records.
    public var type: String
    /// Breaks ties between matches of equal length that start at the same place (default 0).
    public var priority: Int
    /// The pattern file the rule was read from.
    public var file: String
    /// 1-based line of the `rule` line in ``file``.
    public var line: Int
    /// The `match:` expression as written.
    public var source: String
    /// The parsed `match:` expression.
    public var pattern: PatternNode
    /// A match is rejected if the text right before it ends with one of these.
    public var notAfter: [ContextItem]
    /// A match is rejected if the text right after it starts with one of these.
    public var notBefore: [ContextItem]
    /// `example:` lines: inputs the rule must match, with the fields the record must have.
    public var examples: [RuleExample]
    /// `counter:` lines: inputs the rule must not match anywhere.
    public var counterExamples: [CounterExample]

    /// A rule as the parser builds it; tests and tools may build rules directly.
    public init(id: String, type: String, priority: Int = 0, file: String, line: Int, source: String,
                pattern: PatternNode, notAfter: [ContextItem] = [], notBefore: [ContextItem] = [],
                examples: [RuleExample] = [], counterExamples: [CounterExample] = []) {
        self.id = id
        self.type = type
        self.priority = priority
        self.file = file
        self.line = line
        self.source = source
        self.pattern = pattern
        self.notAfter = notAfter
        self.notBefore = notBefore
        self.examples = examples
        self.counterExamples = counterExamples
    }
}
