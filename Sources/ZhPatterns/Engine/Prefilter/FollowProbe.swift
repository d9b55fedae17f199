import ZhText

/// A position as follow sets (``FollowSet``) see it, worked out once and checked against every
/// follow set that asks about that position: its scalar's number in the program's
/// ``FollowScalars`` (-1 if no set holds it), whether it is a Han character, and the kind of the
/// token starting there. Past the end of the range nothing can follow.
struct FollowProbe {
    /// The position described (-1: none yet).
    var position = -1
    var number = -1
    var han = false
    /// ``ZhTokens/TokenKind/bit`` of the token starting at the position, or 0.
    var kind: UInt8 = 0

    init() {}

    /// Describes `position` of `text`.
    @inline(__always)
    init(_ position: Int, in text: MatchText, scalars table: FollowScalars) {
        self.position = position
        guard position < text.range.upperBound else { return }
        let scalar = text.scalars[position]
        number = table.number(of: scalar)
        han = HanCharacter.contains(scalar)
        kind = text.tokens.starting(at: position)?.kind.bit ?? 0
    }
}
