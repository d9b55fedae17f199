/// For the rules that begin with a whole token (`NUM`, `CNUM`, `LATIN`): which of them can go on
/// after the token, by what the position after it holds (a ``FollowProbe``), precomputed as bit
/// masks so that a thread is only started where its follow set allows the next position.
///
/// A kind's start entries (the ``StartFilter``'s list for that kind, in order) are numbered by
/// their place in that list; entries past the 64th are never filtered out here.
struct TokenStartTable: Sendable {
    /// Per kind (bit index): per follow scalar number + 1 (0: a scalar no set holds), the entries
    /// a position holding that scalar allows (entries with no follow set included).
    private var byNumber = [[UInt64]](repeating: [], count: 8)
    /// Per kind: the entries a Han character allows, and per kind of the next token, the entries
    /// that token allows.
    private var byHan = [UInt64](repeating: 0, count: 8)
    private var byKind = [[UInt64]](repeating: Array(repeating: 0, count: 8), count: 8)

    /// The table for the start entries `lists` (per kind, as in the ``StartFilter``).
    init(lists: [[Int]], entries: [ClosureEntry], followSets: [FollowSet], scalars table: FollowScalars) {
        for (kind, list) in lists.enumerated() where !list.isEmpty {
            byNumber[kind] = Array(repeating: 0, count: table.numberCount + 1)
            for (slot, index) in list.prefix(64).enumerated() {
                let bit: UInt64 = 1 << UInt64(slot)
                let follow = Int(entries[index].follow)
                guard follow >= 0 else {
                    for number in byNumber[kind].indices { byNumber[kind][number] |= bit }
                    continue
                }
                let set = followSets[follow]
                for number in 0..<table.numberCount where table.contains(number, inSetAt: set.scalars) {
                    byNumber[kind][number + 1] |= bit
                }
                if set.han { byHan[kind] |= bit }
                for next in 0..<8 where set.kinds & (1 << UInt8(next)) != 0 { byKind[kind][next] |= bit }
            }
        }
    }

    /// The start entries of token kind `kind` (bit index) that can go on at the position `probe`
    /// describes: bit `i` for the `i`-th entry of the kind's list (all bits past the 64th set).
    @inline(__always)
    func allowed(kind: Int, after probe: FollowProbe) -> UInt64 {
        var mask = byNumber[kind][probe.number + 1]
        if probe.han { mask |= byHan[kind] }
        if probe.kind != 0 { mask |= byKind[kind][probe.kind.trailingZeroBitCount] }
        return mask
    }
}
