/// The text a named part of a rule matched (`amount:NUM` → `amount`).
public struct Capture: Hashable, Sendable {
    /// The name written before `:` in the rule.
    public var name: String
    /// Normalized scalar offsets.
    public var range: Range<Int>
    /// The value of the list word the capture matched (`"10000"` for `万` in `scale:@scale`),
    /// or `nil` when it matched no list word or the word has no value. When a capture holds
    /// several list words, the last one's value.
    public var value: String?

    /// A capture as the matcher builds it.
    public init(name: String, range: Range<Int>, value: String?) {
        self.name = name
        self.range = range
        self.value = value
    }
}
