/// What can come right after a consuming instruction: the first steps of the rest of its rule.
///
/// The VM checks it when a thread moves past the instruction, and drops a thread whose next
/// position cannot continue it, instead of building the thread's closure there only to see every
/// branch fail. A continuation that can end the match (reach `accept` without consuming) has no
/// follow set: its threads are always kept. A plain value (its scalars live in the program's
/// ``FollowScalars``), so checking it touches no reference count.
struct FollowSet: Sendable {
    /// Where its scalars are stored in the program's ``FollowScalars``.
    var scalars: Int
    /// Whether a `HAN` step follows.
    var han: Bool
    /// Token kinds (``ZhTokens/TokenKind/bit``) of a following `NUM`, `CNUM` or `LATIN`.
    var kinds: UInt8

    /// Whether a thread waiting at the position `probe` describes could take a next step there.
    @inline(__always)
    func allows(_ probe: FollowProbe, scalars table: FollowScalars) -> Bool {
        (probe.number >= 0 && table.contains(probe.number, inSetAt: scalars)) || (han && probe.han) || kinds & probe.kind != 0
    }
}
