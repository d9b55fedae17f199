/// One consuming instruction a new thread of a rule reaches from the rule's start through epsilon
/// moves, precomputed so that starting a thread costs one check per entry instead of a closure.
///
/// A rule's entries are in the order the VM's closure would reach them (its priority order).
struct StartEntry: Sendable {
    /// The rule.
    var rule: Int
    /// The consuming instruction.
    var pc: Int
    /// The capture slots saved on the way (all set to the start position): a range of
    /// `Program.startSaves`.
    var saves: Range<Int>
    /// Whether the way passes a word boundary assertion (asked at the start position).
    var needsBoundary: Bool
}
