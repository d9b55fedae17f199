/// What a Han character (a Chinese ideograph) is, for every part of the pipeline: the token
/// scanner's Han runs, the patterns' `HAN` class and context checks, and the resolvers' tests for
/// a Chinese word after a figure.
///
/// The blocks, by range (no Unicode property lookup; the test is a few comparisons, and code in
/// other modules inlines it):
/// - CJK unified ideographs U+4E00–9FFF and extension A U+3400–4DBF;
/// - CJK compatibility ideographs U+F900–FAFF;
/// - the supplementary ideographic planes U+20000–3FFFF (extensions B and later, and the
///   compatibility supplement U+2F800–2FA1F);
/// - `〇` U+3007, the ideographic zero (script Han; the token scanner reads it as a numeral,
///   see ``NumeralScalar/isChineseNumeral(_:)``).
///
/// Unassigned code points inside these blocks count too (a later Unicode version fills them with
/// ideographs). Radicals, strokes, the Hangzhou numerals `〡`…`〩`, `〆`, Tangut and Nüshu are not
/// Han characters here.
public enum HanCharacter {
    /// Whether the scalar value `v` is a Han character.
    @inlinable @inline(__always)
    public static func contains(_ v: UInt32) -> Bool {
        // Most text is in the unified block: one subtraction and one comparison for it.
        v &- 0x4E00 < 0x5200 || v &- 0x3400 < 0x19C0 || v &- 0xF900 < 0x200 || v &- 0x2_0000 < 0x2_0000 || v == 0x3007
    }

    /// Whether `scalar` is a Han character.
    @inlinable @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        contains(scalar.value)
    }
}
