/// The punctuation that ends a sentence or breaks a clause in Chinese text, and the closing
/// quotes and brackets that go with a sentence's end: the one definition of each that the
/// sentence splitter, the resolvers' sentence and clause scopes, the normalizer's line shapes and
/// the chunk reader's cuts use.
///
/// The tests take a scalar value, so they apply to the original text and to the normalized view
/// alike (normalization folds the full-width `！？；：` to ASCII and keeps `。，、`). None of them
/// counts a line break: whether one ends a sentence depends on the view (the normalized one keeps
/// only real breaks), so callers that stop there test it apart.
public enum SentenceBoundary {
    /// Whether `v` ends a sentence: the ideographic full stop `。` (and its half-width form `｡`),
    /// `！` `？` and their ASCII forms `!` `?`.
    ///
    /// The ASCII full stop `.` is not one: in Chinese text it is mostly a decimal point. Nor is
    /// `；`, which breaks a clause inside a sentence (see ``isClauseBreak(_:)``), or `…`.
    @inlinable @inline(__always)
    public static func isSentenceEnd(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF61, 0xFF01, 0x21, 0xFF1F, 0x3F: return true  // 。 ｡ ！ ! ？ ?
        default: return false
        }
    }

    /// Whether `scalar` ends a sentence (see ``isSentenceEnd(_:)``).
    @inlinable @inline(__always)
    public static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        isSentenceEnd(scalar.value)
    }

    /// Whether `v` breaks a clause inside a sentence: the comma `，` `,`, the enumeration comma
    /// `、` (and its half-width form `､`), the semicolon `；` `;` and the colon `：` `:`.
    ///
    /// The ASCII comma and colon also stand inside numbers and times (`1,234`, `10:30`); callers
    /// that meet raw figures judge those by their neighbours.
    @inlinable @inline(__always)
    public static func isClauseBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0xFF0C, 0x2C, 0x3001, 0xFF64, 0xFF1B, 0x3B, 0xFF1A, 0x3A: return true  // ， , 、 ､ ； ; ： :
        default: return false
        }
    }

    /// Whether `scalar` breaks a clause (see ``isClauseBreak(_:)``).
    @inlinable @inline(__always)
    public static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        isClauseBreak(scalar.value)
    }

    /// Whether `v` is a closing quote or bracket, which belongs to the sentence whose end it
    /// follows (`他说：“好。”`): `”` `’` `」` `』` `）` `】` `〕` `》` `〉` `］` and the ASCII `)` `]`
    /// `"` `'` (full-width `＂` `＇` too).
    @inlinable @inline(__always)
    public static func isCloser(_ v: UInt32) -> Bool {
        switch v {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x3011, 0x3015, 0x300B, 0x3009, 0xFF3D,
             0x29, 0x5D, 0x22, 0x27, 0xFF02, 0xFF07:
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` is a closing quote or bracket (see ``isCloser(_:)``).
    @inlinable @inline(__always)
    public static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        isCloser(scalar.value)
    }
}
