import ZhTokens

/// What can come right after a consuming instruction: the first steps of the rest of its rule.
///
/// The VM checks it when a thread moves past the instruction, and drops a thread whose next
/// position cannot continue it, instead of building the thread's closure there only to see every
/// branch fail. A continuation that can end the match (reach `accept` without consuming) has no
/// follow set: its threads are always kept.
struct FollowSet: Sendable {
    /// Scalar values a next step can begin with, sorted.
    var scalars: [UInt32] = []
    /// Whether a `HAN` step follows.
    var han = false
    /// Token kinds of a following `NUM`, `CNUM` or `LATIN`.
    var kinds: Set<TokenKind> = []

    /// Whether a thread waiting at `position` could take a next step there.
    @inline(__always)
    func allows(_ position: Int, in text: MatchText) -> Bool {
        guard position < text.range.upperBound else { return false }
        let scalar = text.scalars[position]
        if han, HanScalar.contains(scalar) { return true }
        if !kinds.isEmpty, let token = text.tokens.starting(at: position), kinds.contains(token.kind) { return true }
        var low = 0
        var high = scalars.count
        let key = scalar.value
        while low < high {
            let mid = (low + high) >> 1
            if scalars[mid] == key { return true }
            if scalars[mid] < key { low = mid + 1 } else { high = mid }
        }
        return false
    }
}
