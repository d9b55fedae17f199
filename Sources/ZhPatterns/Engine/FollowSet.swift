/// What can come right after a consuming instruction: the first steps of the rest of its rule.
///
/// The VM checks it when a thread moves past the instruction, and drops a thread whose next
/// position cannot continue it, instead of building the thread's closure there only to see every
/// branch fail. A continuation that can end the match (reach `accept` without consuming) has no
/// follow set: its threads are always kept. A plain value (its scalars live in the program's
/// `followScalars`), so checking it touches no reference count.
struct FollowSet: Sendable {
    /// The scalar values a next step can begin with: a sorted range of `Program.followScalars`.
    var scalars: Range<Int>
    /// Whether a `HAN` step follows.
    var han: Bool
    /// Token kinds (``ZhTokens/TokenKind/bit``) of a following `NUM`, `CNUM` or `LATIN`.
    var kinds: UInt8

    /// Whether a thread waiting at `position` could take a next step there.
    @inline(__always)
    func allows(_ position: Int, in text: MatchText, scalars table: [UInt32]) -> Bool {
        guard position < text.range.upperBound else { return false }
        let scalar = text.scalars[position]
        if han, HanScalar.contains(scalar) { return true }
        if kinds != 0, let token = text.tokens.starting(at: position), kinds & token.kind.bit != 0 { return true }
        var low = scalars.lowerBound
        var high = scalars.upperBound
        let key = scalar.value
        while low < high {
            let mid = (low + high) >> 1
            if table[mid] == key { return true }
            if table[mid] < key { low = mid + 1 } else { high = mid }
        }
        return false
    }
}
