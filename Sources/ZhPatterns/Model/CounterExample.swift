/// A `counter:` line of a rule: text in which the rule must find no match (`counter: 第三届会议`).
///
/// `counter: INPUT => text=WORDS` narrows it to one part of the input: no record of the rule's
/// type may have that text, while the rest of the input may give records (the context a rule
/// needs, such as the year a document's opening names for `上年`).
public struct CounterExample: Hashable, Sendable {
    /// The text in which the rule must find no match.
    public var input: String
    /// The text no record may have, when the counter-example names one; `nil`: no record at all.
    public var text: String?
    /// 1-based line of the `counter:` line.
    public var line: Int

    /// A counter-example as the parser builds it.
    public init(input: String, text: String? = nil, line: Int) {
        self.input = input
        self.text = text
        self.line = line
    }
}
