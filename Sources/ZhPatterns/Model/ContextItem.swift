/// One entry of a rule's `not-after:` or `not-before:` list.
///
/// `not-after` looks at the text that ends where the match starts, `not-before` at the text that
/// starts where the match ends; both look at the whole text, beyond the range being matched.
public enum ContextItem: Hashable, Sendable, CustomStringConvertible {
    /// Literal text (`第`, `"PM"`).
    case literal([Unicode.Scalar])
    /// Any word of a list (`@ordinal`).
    case list(ListReference)
    /// A token of the class ends (not-after) or starts (not-before) there; `HAN` is one Han character.
    case tokenClass(TokenClass)

    /// The item in pattern syntax (`"第"`, `@ordinal`, `NUM`).
    public var description: String {
        switch self {
        case .literal(let scalars): return PatternNode.quoted(scalars)
        case .list(let reference): return reference.description
        case .tokenClass(let tokenClass): return tokenClass.rawValue
        }
    }
}
