/// A token of the normalized text: its kind and its range in normalized scalar offsets.
///
/// Ranges index ``ZhText/NormalizedText/scalars``; map them back to the original document with
/// the text's offset map before showing them to a user.
public struct Token: Hashable, Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// Normalized scalar offsets, end exclusive.
    public var range: Range<Int>

    /// A token of `kind` over `range`.
    public init(kind: TokenKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// What a token is.
public enum TokenKind: String, Hashable, Sendable, CaseIterable {
    /// Han characters other than numerals: a whole run from ``TokenScanner``, one dictionary word
    /// from ``Tokenizer``.
    case han
    /// Arabic digits with their separators and decimals: `207,450.5`, `-9,571`, `100.17`.
    case number
    /// A run of Chinese numeral characters: `两千五百`, `三`, `壹佰`.
    case chineseNumeral
    /// Latin letters (and digits inside them): `PM`, `GDP`, `RMB`.
    case latin
    /// Punctuation: `，` `。` `%` `《` …
    case punctuation
    /// Other symbols: `￥` `$` `+` …
    case symbol
    /// A paragraph or table-row break kept in the normalized view, a table cell separator
    /// (`\t`), and remaining spaces.
    case whitespace
    /// Anything else (Kana, Hangul, emoji …).
    case other
}
