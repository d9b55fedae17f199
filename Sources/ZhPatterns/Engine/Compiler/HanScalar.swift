/// What the `HAN` class matches: one CJK ideograph (unified, extension A and later planes,
/// compatibility ideographs) or `〇`.
enum HanScalar {
    @inline(__always)
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3FFFF).contains(v) || v == 0x3007
    }
}
