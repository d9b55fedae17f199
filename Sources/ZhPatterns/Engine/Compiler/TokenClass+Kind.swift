import ZhTokens

extension TokenClass {
    /// The token kind a whole-token class matches; `nil` for `HAN`, which matches one character.
    var tokenKind: TokenKind? {
        switch self {
        case .number: return .number
        case .chineseNumeral: return .chineseNumeral
        case .latin: return .latin
        case .han: return nil
        }
    }
}
