/// The Traditional → Simplified ideograph pairs normalization applies (萬→万, 億→亿, 財→财, 與→与 …).
///
/// They are ICU's `Hant-Hans` transform restricted to one-to-one mappings of single BMP
/// ideographs, minus the characters that are also ordinary Simplified ones (著, 乾, 俱 …).
/// `Scripts/generate-traditional-table.sh` writes them into ``pairText`` (a committed file),
/// because computing them from ICU at start-up takes 60–80 ms.
enum TraditionalToSimplified {
    /// `(traditional, simplified)` scalar values, in code point order.
    static var pairs: [(UInt32, UInt32)] {
        var result: [(UInt32, UInt32)] = []
        result.reserveCapacity(3000)
        var pending: UInt32?
        for scalar in pairText.unicodeScalars where scalar.value > 0x7F {
            if let traditional = pending {
                result.append((traditional, scalar.value))
                pending = nil
            } else {
                pending = scalar.value
            }
        }
        return result
    }
}
