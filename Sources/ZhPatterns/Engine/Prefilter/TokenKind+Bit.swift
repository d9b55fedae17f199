import ZhTokens

extension TokenKind {
    /// A distinct bit per kind, for sets of kinds held in one integer.
    @inline(__always)
    var bit: UInt8 {
        switch self {
        case .han: return 1 << 0
        case .number: return 1 << 1
        case .chineseNumeral: return 1 << 2
        case .latin: return 1 << 3
        case .punctuation: return 1 << 4
        case .symbol: return 1 << 5
        case .whitespace: return 1 << 6
        case .other: return 1 << 7
        }
    }
}
